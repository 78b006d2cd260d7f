/**
 * Calendar dates for the rules: ISO strings (YYYY-MM-DD) at the edges, Temporal.PlainDate for the maths.
 * Dates here are calendar days in Europe/Oslo; there is no time of day and no clock.
 */
import { Temporal } from 'temporal-polyfill';
import { RulesError } from './errors.ts';

export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses a YYYY-MM-DD string into a calendar date; throws on anything else (31 February included). */
export function parseDate(iso: IsoDate): Temporal.PlainDate {
  if (!ISO_DATE.test(iso)) throw new RulesError('RULES_INVALID_INPUT', `Not a date (YYYY-MM-DD): ${iso}`, { value: iso });
  try {
    return Temporal.PlainDate.from(iso, { overflow: 'reject' });
  } catch {
    throw new RulesError('RULES_INVALID_INPUT', `Not a calendar date: ${iso}`, { value: iso });
  }
}

/** True when the string is a real calendar date in YYYY-MM-DD form. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  try {
    Temporal.PlainDate.from(value, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

/** Compares two ISO dates: negative, zero or positive. ISO strings of the same form sort as dates. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return parseDate(date).add({ days }).toString();
}

export function addYears(date: IsoDate, years: number): IsoDate {
  // A ban or age running from 29 February ends on 28 February in a common year (overflow 'constrain').
  return parseDate(date).add({ years }, { overflow: 'constrain' }).toString();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return parseDate(from).until(parseDate(to), { largestUnit: 'days' }).days;
}

/**
 * Age in whole years on a date. A person born on 29 February has their birthday on 28 February in a
 * common year (Temporal's constrained addition), so they turn 18 on 28 February.
 */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  const birth = parseDate(dateOfBirth);
  const day = parseDate(on);
  if (Temporal.PlainDate.compare(day, birth) < 0) {
    throw new RulesError('RULES_INVALID_INPUT', `Date of birth ${dateOfBirth} is after ${on}`, { dateOfBirth, on });
  }
  let years = day.year - birth.year;
  const birthday = birth.add({ years }, { overflow: 'constrain' });
  if (Temporal.PlainDate.compare(birthday, day) > 0) years -= 1;
  return years;
}

/** The last day of the month of a YYYY-MM string. */
export function lastDayOfMonth(month: string): IsoDate {
  return Temporal.PlainYearMonth.from(month).toPlainDate({ day: 1 }).add({ months: 1 }).subtract({ days: 1 }).toString();
}
