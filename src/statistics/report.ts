/**
 * The police's (NPIS) forced-return report "as of" a month (seed 004), computed from aggregate rows.
 * Definitions, word for word as they were specified (src/statistics/README.md):
 * - thisYear is 1 January to the last day of the report's month; lastYear the same months a year earlier.
 * - changePercent = 100 × (thisYear − lastYear) / lastYear, rounded half away from zero; null when lastYear is 0.
 * - Top lists: citizenships 13, destinations 13, convicted offenders' destinations 12; every country tied with
 *   the last place is included; ordered by count descending, then English country name. `others` is the rest.
 *   `percent` is the share of the period's total (for convicted offenders, of their total), rounded half up.
 * - Third-country nationals: citizens of countries outside the EU, the EEA and Switzerland (the dated
 *   parameter, read for the last day of the report's month).
 * - Minors: under 18 on the departure date (aggregate rows carry that already); withFamily is minors not
 *   flagged unaccompanied.
 */
import { z } from 'zod';
import { Temporal } from 'temporal-polyfill';
import type { ForcedReturnCategory } from '../rules/forced-return/category.ts';
import { countryName, eeaAndSwitzerland } from '../rules/common/countries.ts';
import { lookup } from '../rules/engine/parameter.ts';
import { lastDayOfMonth } from '../rules/engine/dates.ts';
import { parseInput } from '../shared/parse.ts';
import { monthSchema, type AggregateRow } from './aggregate.ts';

export const TOP_CITIZENSHIPS = 13;
export const TOP_DESTINATIONS = 13;
export const TOP_CONVICTED_DESTINATIONS = 12;
/** Months in the convicted offenders' series ("Forced return of convicted offenders last 2 years"). */
export const CONVICTED_MONTHS = 24;

export const reportSources = ['database', 'file'] as const;

export const reportOptionsSchema = z.strictObject({
  month: monthSchema.describe('The report is "as of" the end of this month'),
  producedAt: z.iso.datetime({ offset: true }).describe('When the report was produced (the caller reads the clock)'),
  source: z.enum(reportSources).describe('Where the records came from'),
});

export type ReportOptions = z.input<typeof reportOptionsSchema>;

const count = z.number().int().nonnegative();
const percent = z.number().int().nonnegative();
const country = z.string().regex(/^[A-Z]{2}$/);

const topListSchema = z.object({
  top: z.array(z.object({ country, count, percent })),
  others: z.object({ count, percent }),
});

const yearsSchema = z.object({ thisYear: count, lastYear: count });

/** The report's JSON. */
export const forcedReturnReportSchema = z
  .object({
    month: monthSchema,
    total: yearsSchema.extend({ changePercent: z.number().int().nullable() }),
    byCategory: z.object({ asylum: yearsSchema, dublin: yearsSchema, ip: yearsSchema, refused: yearsSchema, expelled: yearsSchema }),
    byMonth: z.array(yearsSchema.extend({ month: monthSchema })),
    citizenships: topListSchema,
    destinations: topListSchema,
    thirdCountryNationals: z.object({ count, percent, citizenships: topListSchema }),
    convictedOffenders: yearsSchema.extend({
      changePercent: z.number().int().nullable(),
      destinations: topListSchema,
      byMonth: z.array(z.object({ month: monthSchema, count })),
    }),
    minors: z.object({
      withFamily: count,
      unaccompanied: count,
      byMonth: z.array(z.object({ month: monthSchema, withFamily: count, unaccompanied: count })),
    }),
    producedAt: z.string(),
    source: z.enum(reportSources),
  })
  .meta({ id: 'ForcedReturnReport' });

export type ForcedReturnReport = z.infer<typeof forcedReturnReportSchema>;
export type TopList = z.infer<typeof topListSchema>;

/** 100 × part / whole rounded half up, in whole numbers (exact: integer arithmetic). 0 when whole is 0. */
export function percentOf(part: number, whole: number): number {
  if (whole === 0) return 0;
  return Math.floor((200 * part + whole) / (2 * whole));
}

/** 100 × (thisYear − lastYear) / lastYear rounded half away from zero (+2.5 → 3, −2.5 → −3); null when lastYear is 0. */
export function changePercent(thisYear: number, lastYear: number): number | null {
  if (lastYear === 0) return null;
  const difference = thisYear - lastYear;
  const magnitude = Math.floor((200 * Math.abs(difference) + lastYear) / (2 * lastYear));
  return difference < 0 ? -magnitude : magnitude;
}

const englishOrder = new Intl.Collator('en');

/**
 * The top `size` countries by count, with every country tied with the last place, ordered by count descending
 * then English country name; `others` is everything else. Percentages are of `whole`.
 */
export function topList(counts: ReadonlyMap<string, number>, size: number, whole: number): TopList {
  const ranked = [...counts.entries()]
    .filter(([, n]) => n > 0)
    .map(([code, n]) => ({ country: code, count: n, name: countryName(code) }))
    .sort((a, b) => b.count - a.count || englishOrder.compare(a.name, b.name) || (a.country < b.country ? -1 : 1));
  const cutOff = ranked.length > size ? ranked[size - 1]!.count : 0;
  const top = ranked.filter((entry) => entry.count >= cutOff);
  const othersCount = ranked.slice(top.length).reduce((sum, entry) => sum + entry.count, 0);
  return {
    top: top.map((entry) => ({ country: entry.country, count: entry.count, percent: percentOf(entry.count, whole) })),
    others: { count: othersCount, percent: percentOf(othersCount, whole) },
  };
}

/** The months from `first` to `last` inclusive, `YYYY-MM`. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  const end = Temporal.PlainYearMonth.from(last);
  for (let m = Temporal.PlainYearMonth.from(first); Temporal.PlainYearMonth.compare(m, end) <= 0; m = m.add({ months: 1 })) {
    months.push(m.toString());
  }
  return months;
}

function shiftMonth(month: string, months: number): string {
  return Temporal.PlainYearMonth.from(month).add({ months }).toString();
}

/**
 * The first and last day of the records a report needs (the 24 months of the convicted offenders' series,
 * which hold this year's and last year's months too), for the caller's query.
 */
export function reportPeriod(month: string): { from: string; to: string } {
  const checked = parseInput(monthSchema, month, 'month');
  return { from: `${shiftMonth(checked, 1 - CONVICTED_MONTHS)}-01`, to: lastDayOfMonth(checked) };
}

function add(counts: Map<string, number>, key: string, n: number): void {
  counts.set(key, (counts.get(key) ?? 0) + n);
}

/**
 * The report for a month from aggregate rows (from `aggregate` or `aggregateSql`); rows outside the months the
 * report looks at are ignored, and a month with no rows gives an all-zero report. Throws REQUEST_INVALID for
 * a malformed month (or options), and RULES_PARAM_NOT_IN_FORCE for a month before the EU/EEA list (2007).
 */
export function buildForcedReturnReport(rows: Iterable<AggregateRow>, options: ReportOptions): ForcedReturnReport {
  const { month, producedAt, source } = parseInput(reportOptionsSchema, options, 'report options');
  const year = Number(month.slice(0, 4));
  const thisYearMonths = monthsBetween(`${year}-01`, month);
  const lastYearMonths = thisYearMonths.map((m) => shiftMonth(m, -12));
  const convictedMonths = monthsBetween(shiftMonth(month, 1 - CONVICTED_MONTHS), month);
  const inThisYear = new Set(thisYearMonths);
  const inLastYear = new Set(lastYearMonths);
  const freeMovement = new Set(lookup(eeaAndSwitzerland, lastDayOfMonth(month)).value);

  const perMonth = new Map<string, number>();
  const convictedPerMonth = new Map<string, number>();
  const withFamilyPerMonth = new Map<string, number>();
  const unaccompaniedPerMonth = new Map<string, number>();
  const categoryThisYear = new Map<string, number>();
  const categoryLastYear = new Map<string, number>();
  const citizenships = new Map<string, number>();
  const destinations = new Map<string, number>();
  const thirdCountryCitizenships = new Map<string, number>();
  const convictedDestinations = new Map<string, number>();
  let thisYear = 0;
  let lastYear = 0;
  let convictedThisYear = 0;
  let convictedLastYear = 0;
  let thirdCountryNationals = 0;

  for (const row of rows) {
    const n = row.count;
    add(perMonth, row.month, n);
    if (row.convicted) add(convictedPerMonth, row.month, n);
    if (inLastYear.has(row.month)) {
      lastYear += n;
      add(categoryLastYear, row.category, n);
      if (row.convicted) convictedLastYear += n;
    }
    if (!inThisYear.has(row.month)) continue;
    thisYear += n;
    add(categoryThisYear, row.category, n);
    add(citizenships, row.citizenship, n);
    add(destinations, row.destination, n);
    if (!freeMovement.has(row.citizenship)) {
      thirdCountryNationals += n;
      add(thirdCountryCitizenships, row.citizenship, n);
    }
    if (row.convicted) {
      convictedThisYear += n;
      add(convictedDestinations, row.destination, n);
    }
    if (row.minor === 'with-family') add(withFamilyPerMonth, row.month, n);
    if (row.minor === 'unaccompanied') add(unaccompaniedPerMonth, row.month, n);
  }

  const categoryYears = (category: ForcedReturnCategory) => ({
    thisYear: categoryThisYear.get(category) ?? 0,
    lastYear: categoryLastYear.get(category) ?? 0,
  });
  const minorsByMonth = thisYearMonths.map((m) => ({
    month: m,
    withFamily: withFamilyPerMonth.get(m) ?? 0,
    unaccompanied: unaccompaniedPerMonth.get(m) ?? 0,
  }));

  return {
    month,
    total: { thisYear, lastYear, changePercent: changePercent(thisYear, lastYear) },
    byCategory: {
      asylum: categoryYears('asylum'),
      dublin: categoryYears('dublin'),
      ip: categoryYears('ip'),
      refused: categoryYears('refused'),
      expelled: categoryYears('expelled'),
    },
    byMonth: thisYearMonths.map((m, i) => ({ month: m, thisYear: perMonth.get(m) ?? 0, lastYear: perMonth.get(lastYearMonths[i]!) ?? 0 })),
    citizenships: topList(citizenships, TOP_CITIZENSHIPS, thisYear),
    destinations: topList(destinations, TOP_DESTINATIONS, thisYear),
    thirdCountryNationals: {
      count: thirdCountryNationals,
      percent: percentOf(thirdCountryNationals, thisYear),
      citizenships: topList(thirdCountryCitizenships, TOP_CITIZENSHIPS, thisYear),
    },
    convictedOffenders: {
      thisYear: convictedThisYear,
      lastYear: convictedLastYear,
      changePercent: changePercent(convictedThisYear, convictedLastYear),
      destinations: topList(convictedDestinations, TOP_CONVICTED_DESTINATIONS, convictedThisYear),
      byMonth: convictedMonths.map((m) => ({ month: m, count: convictedPerMonth.get(m) ?? 0 })),
    },
    minors: {
      withFamily: minorsByMonth.reduce((sum, m) => sum + m.withFamily, 0),
      unaccompanied: minorsByMonth.reduce((sum, m) => sum + m.unaccompanied, 0),
      byMonth: minorsByMonth,
    },
    producedAt,
    source,
  };
}
