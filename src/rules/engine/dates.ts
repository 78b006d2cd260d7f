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
  return fields(value) !== undefined;
}

/** Compares two ISO dates: negative, zero or positive. ISO strings of the same form sort as dates. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The day `days` after (or before) a date. Plain arithmetic on the day number (a result page asks for it on every
 * request, and Temporal's parser took a tenth of a millisecond), Temporal for what falls outside years
 * 0000–9999; dates.test.ts checks the two agree.
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const f = fields(date);
  const out = f === undefined || !Number.isSafeInteger(days) ? undefined : isoOf(civil(epochDay(f) + days));
  return out ?? parseDate(date).add({ days }).toString();
}

export function addYears(date: IsoDate, years: number): IsoDate {
  // A ban or age running from 29 February ends on 28 February in a common year (overflow 'constrain').
  const f = fields(date);
  const y = f === undefined || !Number.isSafeInteger(years) ? undefined : f.y + years;
  const out = f === undefined || y === undefined ? undefined : isoOf({ y, m: f.m, d: Math.min(f.d, daysInMonth(y, f.m)) });
  return out ?? parseDate(date).add({ years }, { overflow: 'constrain' }).toString();
}

/** YYYY-MM-DD of a date in years 0000–9999 (the form Temporal writes them in), or undefined outside them. */
function isoOf({ y, m, d }: { y: number; m: number; d: number }): IsoDate | undefined {
  if (y < 0 || y > 9999) return undefined;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * The year, month and day of a real YYYY-MM-DD date, or undefined for anything else. Plain arithmetic: the
 * bulk paths (the policy lab evaluates support for millions of households) spent most of their time in
 * Temporal's parser. dates.test.ts checks these against Temporal.
 */
function fields(iso: IsoDate): { y: number; m: number; d: number } | undefined {
  if (iso.length !== 10 || !ISO_DATE.test(iso)) return undefined;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return { y, m, d };
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1]!;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function epochDay({ y, m, d }: { y: number; m: number; d: number }): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The proleptic Gregorian date of a day number since 1970-01-01 (Howard Hinnant's civil_from_days). */
function civil(day: number): { y: number; m: number; d: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = fields(from);
  const b = fields(to);
  if (a === undefined || b === undefined) return parseDate(from).until(parseDate(to), { largestUnit: 'days' }).days;
  return epochDay(b) - epochDay(a);
}

/**
 * Age in whole years on a date. A person born on 29 February has their birthday on 28 February in a
 * common year (Temporal's constrained addition), so they turn 18 on 28 February.
 */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  const b = fields(dateOfBirth);
  const o = fields(on);
  if (b !== undefined && o !== undefined && dateOfBirth <= on) {
    let years = o.y - b.y;
    // The birthday in the year of `on`: 29 February falls on 28 February in a common year.
    const birthdayDay = b.m === 2 && b.d === 29 && !isLeap(o.y) ? 28 : b.d;
    if (o.m < b.m || (o.m === b.m && o.d < birthdayDay)) years -= 1;
    return years;
  }
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
