/**
 * One forced return as the statistics count it (src/statistics/README.md): the departure date, the category, citizenship and
 * destination, the date of birth (may be unknown), and the two flags. The import CSV has one column per field
 * (`csvColumns`); `forcedReturnRecord` is the typed record the rest of statistics/ works with.
 */
import { z } from 'zod';
import { forcedReturnCategories } from '../rules/forced-return/category.ts';
import { isCountryCode } from '../rules/common/countries.ts';
import { ageOn, isIsoDate } from '../rules/engine/dates.ts';
import { EARLIEST_DATE, LATEST_DATE } from '../rules/engine/output.ts';

/** The columns of the import file, in this order, and nothing else. */
export const csvColumns = ['id', 'departure_date', 'category', 'citizenship', 'destination', 'date_of_birth', 'unaccompanied_minor', 'convicted'] as const;
export type CsvColumn = (typeof csvColumns)[number];

// isCountryCode asks Intl twice per call (about 6 µs); a million-row import checks two codes a row, and there
// are only 676 two-letter strings, so the answers are remembered.
const knownCountry = new Map<string, boolean>();
function isKnownCountry(code: string): boolean {
  let known = knownCountry.get(code);
  if (known === undefined) {
    known = isCountryCode(code);
    if (/^[A-Z]{2}$/.test(code)) knownCountry.set(code, known);
  }
  return known;
}

// Checking a date with Temporal takes about 2.5 µs; a file has a few thousand distinct valid dates, so those
// are remembered (invalid strings are not, so the set stays bounded by the calendar).
const validDates = new Set<string>();
function isValidDate(value: string): boolean {
  if (validDates.has(value)) return true;
  if (!isIsoDate(value)) return false;
  validDates.add(value);
  return true;
}

export const isoDate = z
  .string()
  .refine(isValidDate, { message: 'a calendar date in the form YYYY-MM-DD', abort: true })
  .refine((date) => date >= EARLIEST_DATE && date <= LATEST_DATE, { message: `a date from ${EARLIEST_DATE} to ${LATEST_DATE}`, abort: true })
  .meta({ format: 'date', formatMinimum: EARLIEST_DATE, formatMaximum: LATEST_DATE });
export const country = z.string().refine(isKnownCountry, 'an ISO 3166-1 alpha-2 country code in upper case, e.g. "RO" (XK for Kosovo)');
export const recordId = z.string().regex(/^[^\s\p{Cc}]{1,100}$/u, 'an id of 1 to 100 characters without spaces or control characters');

export const forcedReturnRecord = z
  .strictObject({
    id: recordId,
    departureDate: isoDate,
    category: z.enum(forcedReturnCategories),
    citizenship: country,
    destination: country,
    dateOfBirth: isoDate.nullable(),
    unaccompaniedMinor: z.boolean(),
    convicted: z.boolean().describe('Has received one or more criminal convictions (a fine, prison, community service or another sanction)'),
  })
  .refine((r) => r.dateOfBirth === null || r.dateOfBirth <= r.departureDate, {
    message: 'the date of birth is after the departure date',
    path: ['dateOfBirth'],
  });

export type ForcedReturnRecord = z.infer<typeof forcedReturnRecord>;

const csvBoolean = z.enum(['true', 'false'], 'exactly "true" or "false"').transform((v) => v === 'true');

/**
 * One row of the import file, by column name, as csv-parse gives it (strings), turned into a record.
 * Nothing is coerced: dates are YYYY-MM-DD, booleans exactly `true`/`false`, an empty date of birth is unknown.
 */
export const csvRow = z
  .strictObject({
    id: recordId,
    departure_date: isoDate,
    category: z.enum(forcedReturnCategories, `one of ${forcedReturnCategories.join(', ')}`),
    citizenship: country,
    destination: country,
    date_of_birth: z.union([z.literal(''), isoDate], `empty (unknown) or a calendar date in the form YYYY-MM-DD from ${EARLIEST_DATE} to ${LATEST_DATE}`),
    unaccompanied_minor: csvBoolean,
    convicted: csvBoolean,
  })
  .refine((r) => r.date_of_birth === '' || r.date_of_birth <= r.departure_date, {
    message: 'the date of birth is after the departure date',
    path: ['date_of_birth'],
  })
  .transform((r): ForcedReturnRecord => ({
    id: r.id,
    departureDate: r.departure_date,
    category: r.category,
    citizenship: r.citizenship,
    destination: r.destination,
    dateOfBirth: r.date_of_birth === '' ? null : r.date_of_birth,
    unaccompaniedMinor: r.unaccompanied_minor,
    convicted: r.convicted,
  }));

/** The record as a row of the import file, column by column (the inverse of `csvRow`). */
export function toCsvFields(record: ForcedReturnRecord): string[] {
  return [
    record.id,
    record.departureDate,
    record.category,
    record.citizenship,
    record.destination,
    record.dateOfBirth ?? '',
    String(record.unaccompaniedMinor),
    String(record.convicted),
  ];
}

export const minorStatuses = ['none', 'with-family', 'unaccompanied'] as const;
export type MinorStatus = (typeof minorStatuses)[number];

/** Under 18 on the day (ageOn: someone born on 29 February turns 18 on 28 February in a common year). */
export function isMinorOn(dateOfBirth: string, day: string): boolean {
  // Only a person born 18 years before the day's year can be either; the others need no calendar maths.
  const years = Number(day.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  if (years !== 18) return years < 18;
  return ageOn(dateOfBirth, day) < 18;
}

/**
 * As specified for the statistics: "Minors: under 18 on the departure date (unknown date of birth: not counted as a minor);
 * `withFamily` is minors not flagged unaccompanied." The unaccompanied flag on someone who is not a minor on
 * the departure date (an adult, or an unknown date of birth) does not count.
 */
export function minorStatusOf(record: Pick<ForcedReturnRecord, 'dateOfBirth' | 'departureDate' | 'unaccompaniedMinor'>): MinorStatus {
  if (record.dateOfBirth === null || !isMinorOn(record.dateOfBirth, record.departureDate)) return 'none';
  return record.unaccompaniedMinor ? 'unaccompanied' : 'with-family';
}

/** The month of the departure, `YYYY-MM`. */
export function departureMonth(record: Pick<ForcedReturnRecord, 'departureDate'>): string {
  return record.departureDate.slice(0, 7);
}
