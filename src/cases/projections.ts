/**
 * What the case work writes for the statistics beside each event, in the same statement: the rows of the
 * tables the statistics read, so that they never read the case document or the event payloads. The mapping
 * from a case to those rows is here and nowhere else; store/tables.ts lists the tables' columns.
 *
 * - `departures`: one row per person who left (forced, assisted or on their own), written once, when the
 *   case records the departure. A forced return carries its category from the rules (forced-return.ts
 *   `departureRecords`); assisted and own departures have none.
 * - `assisted_return_applications`: the case's assisted-return application as the figures count it (its
 *   date, the applicant's citizenship, the support rule set's timing, the decisions, withdrawn or not),
 *   replaced whenever it changes.
 * - `lab_cases` and `lab_applications`, for the policy lab (src/lab/README.md): the case's status, decision,
 *   deadline, people (without names) and application date and destination, replaced whenever they change;
 *   and the facts the rules took at the latest assisted-return application, from the traces its event
 *   stores, written with that event.
 */
import type { Insertable } from 'kysely';
import { z } from 'zod';
import { timings } from '../rules/assisted-return/support.ts';
import { departureRow, type CaseWorkTables } from '../store/tables.ts';
import { currentDeadline, type CaseDoc } from './model.ts';
import { departureRecords, isUnaccompaniedMinorOn } from './processes/forced-return.ts';

export type DepartureRow = Insertable<CaseWorkTables['departures']>;
export type AssistedApplicationRow = Insertable<CaseWorkTables['assisted_return_applications']>;
export type LabCaseRow = Insertable<CaseWorkTables['lab_cases']>;
export type LabApplicationRow = Insertable<CaseWorkTables['lab_applications']>;

/** The departures a case records, one row per person. */
export function departureRows(doc: CaseDoc): DepartureRow[] {
  const departure = doc.departure;
  if (!departure) return [];
  const common = { source: 'case' as const, caseId: doc.id, returnType: departure.type };
  if (departure.type === 'forced') {
    return departureRecords(doc).map((r) => departureRow({ ...common, ...r, id: `case:${doc.id}:${r.personId}` }));
  }
  return doc.household.map((person) =>
    departureRow({
      ...common,
      id: `case:${doc.id}:${person.id}`,
      personId: person.id,
      departureDate: departure.date,
      category: null,
      citizenship: person.citizenships[0]!,
      destination: departure.destination,
      dateOfBirth: person.dateOfBirth,
      unaccompaniedMinor: isUnaccompaniedMinorOn(person, departure.date),
      convicted: false,
    }),
  );
}

/** What of the support rule set's answer the figures count: its timing (a rename there fails here). */
const supportAnswer = z.object({ timing: z.enum(timings) });

/**
 * The case's assisted-return application as the figures count it, or null when it has none. Throws when
 * the application lacks what the figures need (its applicant, its support answer): a case the figures
 * would miscount is an error, not a row left out.
 */
export function assistedApplicationRow(doc: CaseDoc): AssistedApplicationRow | null {
  const application = doc.assistedReturn;
  if (application.status === 'none') return null;
  const applicant = doc.household.find((p) => p.id === application.applicantId);
  if (application.appliedOn === undefined || applicant === undefined) throw new Error(`Case ${doc.id}: the application has no date or no applicant`);
  return {
    case_id: doc.id,
    applied_on: application.appliedOn,
    citizenship: applicant.citizenships[0]!,
    timing: supportAnswer.parse(application.support?.answer).timing,
    decision: application.decision?.outcome ?? null,
    appeal: application.appeal?.outcome ?? null,
    withdrawn: application.status === 'withdrawn',
  };
}

/** The case as the policy lab reads it: no names, only what the rules take. */
export function labCaseRow(doc: CaseDoc): LabCaseRow {
  return {
    case_id: doc.id,
    status: doc.status,
    decision_kind: doc.decision.kind,
    deadline: currentDeadline(doc),
    household: doc.household.map((p) => ({
      id: p.id,
      dateOfBirth: p.dateOfBirth,
      citizenships: p.citizenships,
      role: p.role,
      unaccompaniedMinor: p.unaccompaniedMinor,
    })),
    applied_on: doc.assistedReturn.appliedOn ?? null,
    destination: doc.assistedReturn.destination ?? null,
  };
}

const factsOfTrace = z.object({
  trace: z.object({ steps: z.array(z.looseObject({ kind: z.string(), facts: z.record(z.string(), z.unknown()).optional() })) }),
});
/** What of the assisted-return.apply event's payload the lab keeps (a rename in the process fails here). */
const applyPayload = z.looseObject({
  applicantId: z.string(),
  travellerIds: z.array(z.string()),
  eligibility: factsOfTrace,
  support: factsOfTrace,
});

/** The facts of a trace's definition steps, a later step's value over an earlier one's; only `keys` when given. */
function definitionFacts(steps: z.infer<typeof factsOfTrace>['trace']['steps'], keys?: ReadonlySet<string>): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const step of steps) {
    if (step.kind !== 'definition') continue;
    for (const [key, value] of Object.entries(step.facts ?? {})) if (keys === undefined || keys.has(key)) facts[key] = value;
  }
  return facts;
}

const supportFactKeys: ReadonlySet<string> = new Set(['departureDeadline', 'registeredInNorway']);

/** The facts the rules took at an application, from the payload of its assisted-return.apply event. */
export function labApplicationRow(caseId: string, payload: unknown): LabApplicationRow {
  const p = applyPayload.parse(payload);
  return {
    case_id: caseId,
    applicant_id: p.applicantId,
    traveller_ids: p.travellerIds,
    eligibility_facts: definitionFacts(p.eligibility.trace.steps),
    support_facts: definitionFacts(p.support.trace.steps, supportFactKeys),
  };
}
