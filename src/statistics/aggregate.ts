/**
 * The report is computed from aggregate rows, never from records: counts per month and per combination of
 * the fields the report breaks down by. The same rows come from a list of records (`aggregate`, for an
 * imported file) or from PostgreSQL (`rollupSql`, from the monthly rollup that triggers keep up to date, or
 * `aggregateSql`, a GROUP BY over the departures themselves), so one report builder serves both, and no
 * personal data (ids, dates of birth) reaches the report.
 */
import { z } from 'zod';
import { forcedReturnCategories } from '../rules/forced-return/category.ts';
import { LATEST_DATE } from '../rules/engine/output.ts';
import { eeaAndSwitzerland } from '../rules/common/countries.ts';
import { country, departureMonth, minorStatuses, minorStatusOf, type ForcedReturnRecord } from './records.ts';

/**
 * The first and the last month a report may be asked for. The statistics tell third-country nationals apart
 * (outside the EU, the EEA and Switzerland), and the rules know who those are from the first day of their
 * list (2007-01-01); the last is that of every date Retur takes (2199-12-31).
 */
export const FIRST_MONTH = eeaAndSwitzerland.values[0]!.from.slice(0, 7);
export const LAST_MONTH = LATEST_DATE.slice(0, 7);
export const FIRST_YEAR = Number(FIRST_MONTH.slice(0, 4));
export const LAST_YEAR = Number(LAST_MONTH.slice(0, 4));

/** A month, `YYYY-MM`, from 2007-01 to 2199-12. */
export const monthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'a month in the form YYYY-MM, e.g. "2026-03"', abort: true })
  .refine((month) => month >= FIRST_MONTH && month <= LAST_MONTH, `a month from ${FIRST_MONTH} to ${LAST_MONTH}`)
  .meta({ formatMinimum: FIRST_MONTH, formatMaximum: LAST_MONTH });

export const aggregateRowSchema = z.strictObject({
  month: monthSchema,
  category: z.enum(forcedReturnCategories),
  citizenship: country,
  destination: country,
  convicted: z.boolean(),
  minor: z.enum(minorStatuses).describe('Minor status on the departure date: none (adult or unknown date of birth), with-family or unaccompanied'),
  count: z.number().int().positive(),
});

export type AggregateRow = z.infer<typeof aggregateRowSchema>;

/**
 * The PostgreSQL query that gives the same rows as `aggregate`, over the forced returns in the `departures`
 * table (migration 0002: `departure_date date`, `date_of_birth date` (null when unknown),
 * `unaccompanied_minor` and `convicted` boolean). `$1` and `$2` are the first and last day to count (the
 * report needs the 24 months up to its month: `reportPeriod(month)`). database.ts runs it.
 *
 * The 18th birthday is `date_of_birth + interval '18 years'`: PostgreSQL, like `ageOn`, moves 29 February to
 * 28 February in a common year. (`age()` does not do the same for the day before, so it is not used.)
 */
export const aggregateSql = `SELECT to_char(departure_date, 'YYYY-MM') AS month,
       category,
       citizenship,
       destination,
       convicted,
       CASE
         WHEN date_of_birth IS NULL OR date_of_birth + interval '18 years' <= departure_date THEN 'none'
         WHEN unaccompanied_minor THEN 'unaccompanied'
         ELSE 'with-family'
       END AS minor,
       count(*)::int AS count
  FROM departures
 WHERE return_type = 'forced' AND departure_date BETWEEN $1::date AND $2::date
 GROUP BY 1, 2, 3, 4, 5, 6
 ORDER BY 1, 2, 3, 4, 5, 6`;

/**
 * The same rows as `aggregateSql`, in the same order, for whole months: `$1` and `$2` are the first and last
 * month to count (`YYYY-MM`). They come from `forced_return_rollup` (migration 0006), which triggers on
 * `departures` keep up to date in the transaction of every insert, update and delete, with the minor status
 * computed as above. It reads one row per combination instead of every departure: the report for a month
 * reads the rows of its 24 months (42,970 with the benchmark's 10,000,000 departures) through the primary
 * key. database.ts runs it; the tests compare it with `aggregateSql` after every kind of write.
 */
export const rollupSql = `SELECT to_char(month, 'YYYY-MM') AS month, category, citizenship, destination, convicted, minor, count
  FROM forced_return_rollup
 WHERE month BETWEEN ($1::text || '-01')::date AND ($2::text || '-01')::date
 ORDER BY month, category, citizenship, destination, convicted, minor`;

function keyOf(month: string, record: ForcedReturnRecord, minor: string): string {
  return `${month}|${record.category}|${record.citizenship}|${record.destination}|${record.convicted}|${minor}`;
}

/** Counts records into aggregate rows one at a time, for a stream of records that is never held in memory. */
export function createAggregator(): { add(record: ForcedReturnRecord): void; rows(): AggregateRow[] } {
  const rows = new Map<string, AggregateRow>();
  return {
    add(record) {
      const month = departureMonth(record);
      const minor = minorStatusOf(record);
      const key = keyOf(month, record, minor);
      const row = rows.get(key);
      if (row) row.count += 1;
      else {
        rows.set(key, {
          month,
          category: record.category,
          citizenship: record.citizenship,
          destination: record.destination,
          convicted: record.convicted,
          minor,
          count: 1,
        });
      }
    },
    rows() {
      return [...rows.values()].sort(compareRows);
    },
  };
}

/** The aggregate rows of a list of records, in the order of `aggregateSql` (month, category, citizenship…). */
export function aggregate(records: Iterable<ForcedReturnRecord>): AggregateRow[] {
  const aggregator = createAggregator();
  for (const record of records) aggregator.add(record);
  return aggregator.rows();
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compareRows(a: AggregateRow, b: AggregateRow): number {
  return (
    byText(a.month, b.month) ||
    byText(a.category, b.category) ||
    byText(a.citizenship, b.citizenship) ||
    byText(a.destination, b.destination) ||
    Number(a.convicted) - Number(b.convicted) ||
    byText(a.minor, b.minor)
  );
}
