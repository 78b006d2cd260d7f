/**
 * The departures a case records, one row per person, in the shape the statistics count (the `departures`
 * table). A forced return carries its category from the rules (forced-return.ts `departureRecords`);
 * assisted and own departures have none.
 */
import type { Insertable } from 'kysely';
import type { CaseDoc } from './model.ts';
import type { CaseWorkTables } from '../store/tables.ts';
import { departureRecords, isUnaccompaniedMinorOn } from './processes/forced-return.ts';
import { departureColumns } from '../statistics/records.ts';

export function departureRows(doc: CaseDoc): Insertable<CaseWorkTables['departures']>[] {
  const departure = doc.departure;
  if (!departure) return [];
  const common = { source: 'case' as const, case_id: doc.id, return_type: departure.type };
  if (departure.type === 'forced') {
    return departureRecords(doc).map((r) => ({
      ...common,
      id: `case:${doc.id}:${r.personId}`,
      person_id: r.personId,
      ...departureColumns(r),
    }));
  }
  return doc.household.map((person) => ({
    ...common,
    id: `case:${doc.id}:${person.id}`,
    person_id: person.id,
    departure_date: departure.date,
    category: null,
    citizenship: person.citizenships[0]!,
    destination: departure.destination,
    date_of_birth: person.dateOfBirth,
    unaccompanied_minor: isUnaccompaniedMinorOn(person, departure.date),
    convicted: false,
  }));
}
