/**
 * Assisted-return figures ("applications and departures by month, citizenship, before or after the
 * deadline, granted or rejected") for a year, or for a year to the end of a month. Aggregates only: no ids,
 * names or dates of birth reach the report.
 *
 * ```
 * assisted_return_applications ─applicationRowsFromDatabase─▶ application rows ─────┐
 *                                                                                   ├─buildAssistedReturnReport─▶ report JSON ─assistedReturnJsonStat─▶ JSON-stat ─▶ tidy CSV
 * departures (return_type = 'assisted') ─departureRowsFromDatabase─▶ departure rows ┘
 * ```
 *
 * Definitions (the choices made where the request for these figures is silent are in src/statistics/README.md):
 * - An **application** is the assisted-return application a case holds (one per household), counted in the
 *   month of its application date; its **citizenship** is the applicant's first citizenship (the applicant the
 *   application names, who need not be the first person of the household).
 * - **Before or after the deadline** is the support rule set's `timing` as stored with the application
 *   (src/rules/assisted-return/support.ts): `before-deadline` also covers "no deadline given" and "not
 *   registered in Norway", which get the same higher rate.
 * - The **outcome** is the decision on the application as it stands when the report is produced: granted (by
 *   UDI, or by UNE reversing a rejection on appeal), rejected (a rejection under appeal included), withdrawn
 *   before any decision, or pending.
 * - A **departure** is a person who left with assisted return (`departures.return_type = 'assisted'`), in the
 *   month of the departure date, by that person's citizenship.
 */
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../store/schema.ts';
import { countryName } from '../rules/common/countries.ts';
import { timings } from '../rules/assisted-return/support.ts';
import { lastDayOfMonth } from '../rules/engine/dates.ts';
import { parseInput } from '../shared/parse.ts';
import { FIRST_YEAR, LAST_YEAR, monthSchema } from './aggregate.ts';
import { country } from './records.ts';
import { monthsBetween } from './report.ts';
import {
  jsonStatCollectionSchema,
  jsonStatCube,
  jsonStatDatasetSchema,
  type CubeDimension,
  type JsonStatCollection,
  type JsonStatDataset,
} from './jsonstat.ts';
import { tidyCsvOf } from './csv-out.ts';

// ------------------------------------------------------------------------------------------------ period

/** A year as the edges take it (CLI option, query string): four digits. */
export const yearParam = z
  .string()
  .regex(/^[0-9]{4}$/, { message: 'a year in the form YYYY, e.g. "2026"', abort: true })
  .refine((year) => Number(year) >= FIRST_YEAR && Number(year) <= LAST_YEAR, `a year from ${FIRST_YEAR} to ${LAST_YEAR}`)
  .meta({ formatMinimum: String(FIRST_YEAR), formatMaximum: String(LAST_YEAR) });

export const periodOptionsSchema = z
  .strictObject({
    year: z.number().int().min(FIRST_YEAR).max(LAST_YEAR).describe('The year'),
    month: monthSchema.optional().describe('The figures run from January to the end of this month of the year (default: the whole year)'),
  })
  .refine((p) => p.month === undefined || Number(p.month.slice(0, 4)) === p.year, { path: ['month'], message: 'the month must be in the year' });

export interface Period {
  readonly year: number;
  /** The months counted, `YYYY-MM`, January first. */
  readonly months: readonly string[];
  /** The first and last day counted. */
  readonly from: string;
  readonly to: string;
}

/** January to `month` (or December) of `year`. Throws REQUEST_INVALID for a month outside the year. */
export function periodOf(options: z.input<typeof periodOptionsSchema>): Period {
  const { year, month } = parseInput(periodOptionsSchema, options, 'period');
  const last = month ?? `${year}-12`;
  return { year, months: monthsBetween(`${year}-01`, last), from: `${year}-01-01`, to: lastDayOfMonth(last) };
}

const monthFormat = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthOnlyFormat = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
const utc = (month: string) => Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);

/** "March 2026". */
export function monthLabel(month: string): string {
  return monthFormat.format(utc(month));
}

/** The period as an ISO interval of months and its label: `2026-01/2026-03`, "January–March 2026". */
function periodCategory(period: Period): { id: string; label: string } {
  const first = period.months[0]!;
  const last = period.months[period.months.length - 1]!;
  const label = first === last ? monthLabel(last) : `${monthOnlyFormat.format(utc(first))}–${monthLabel(last)}`;
  return { id: `${first}/${last}`, label };
}

// -------------------------------------------------------------------------------------------------- rows

export { timings };
export const applicationOutcomes = ['granted', 'rejected', 'pending', 'withdrawn'] as const;
export type ApplicationOutcome = (typeof applicationOutcomes)[number];

/** Applications counted by what the report breaks them down by (one row per combination, from SQL). */
export const applicationRowSchema = z.strictObject({
  month: monthSchema.describe('The month of the application date'),
  citizenship: country.describe("The applicant's first citizenship"),
  timing: z.enum(timings).describe("The support rule set's timing: the higher rate (before-deadline) or the lower"),
  decision: z.enum(['granted', 'rejected']).nullable().describe("UDI's decision, null while there is none"),
  appeal: z.enum(['upheld', 'reversed']).nullable().describe("UNE's decision on an appeal of a rejection, null while there is none"),
  withdrawn: z.boolean().describe('The application is withdrawn'),
  count: z.number().int().positive(),
});
export type ApplicationRow = z.infer<typeof applicationRowSchema>;

/** People who left with assisted return, per month of departure and citizenship. */
export const departureRowSchema = z.strictObject({
  month: monthSchema,
  citizenship: country,
  count: z.number().int().positive(),
});
export type DepartureRow = z.infer<typeof departureRowSchema>;

/**
 * The outcome of an application as it stands: a rejection reversed by UNE is granted; otherwise UDI's
 * decision (a withdrawal after it does not undo it); withdrawn when withdrawn before any decision; else pending.
 */
export function outcomeOf(row: Pick<ApplicationRow, 'decision' | 'appeal' | 'withdrawn'>): ApplicationOutcome {
  if (row.appeal === 'reversed') return 'granted';
  if (row.decision !== null) return row.decision;
  return row.withdrawn ? 'withdrawn' : 'pending';
}

/**
 * The application rows of applications made between two days, from the table the case work keeps for the
 * figures (`assisted_return_applications`, written with every event that changes an application; the
 * mapping from a case is src/cases/projections.ts). A case holds its latest application: applying again
 * after a withdrawal replaces the earlier one.
 */
export async function applicationRowsFromDatabase(db: Kysely<Database>, from: string, to: string): Promise<ApplicationRow[]> {
  const result = await sql<Record<string, unknown>>`
    SELECT to_char(applied_on, 'YYYY-MM') AS month, citizenship, timing, decision, appeal, withdrawn, count(*)::int AS count
      FROM assisted_return_applications
     WHERE applied_on BETWEEN ${from}::date AND ${to}::date
     GROUP BY 1, 2, 3, 4, 5, 6
     ORDER BY 1, 2, 3, 4, 5, 6`.execute(db);
  return result.rows.map((row) => applicationRowSchema.parse(row));
}

/** The assisted departures between two days, per month and citizenship. */
export async function departureRowsFromDatabase(db: Kysely<Database>, from: string, to: string): Promise<DepartureRow[]> {
  const result = await sql<Record<string, unknown>>`
    SELECT to_char(departure_date, 'YYYY-MM') AS month, citizenship, count(*)::int AS count
      FROM departures
     WHERE return_type = 'assisted' AND departure_date BETWEEN ${from}::date AND ${to}::date
     GROUP BY 1, 2
     ORDER BY 1, 2`.execute(db);
  return result.rows.map((row) => departureRowSchema.parse({ ...row, citizenship: String(row.citizenship).trim() }));
}

// ------------------------------------------------------------------------------------------------ report

const count = z.number().int().nonnegative();

const figuresSchema = z.object({
  count: count.describe('Applications'),
  beforeDeadline: count.describe('Applied before the deadline (or with no deadline, or not registered in Norway): the higher rate'),
  afterDeadline: count.describe('Applied after the deadline: the lower rate'),
  granted: count,
  rejected: count.describe('Rejected, appeals pending included'),
  pending: count.describe('No decision yet'),
  withdrawn: count.describe('Withdrawn before a decision'),
});
export type Figures = z.infer<typeof figuresSchema>;

export const assistedReturnReportSchema = z
  .object({
    year: z.number().int(),
    months: z.object({ first: monthSchema, last: monthSchema }).describe('The months counted: January to the last'),
    applications: z.object({
      total: figuresSchema,
      byMonth: z.array(figuresSchema.extend({ month: monthSchema })).describe('Every month of the period, by the month of the application date'),
      byCitizenship: z.array(figuresSchema.extend({ country })).describe('Every citizenship of an applicant, by count descending, then English country name'),
    }),
    departures: z.object({
      total: count.describe('People who left with assisted return'),
      byMonth: z.array(z.object({ month: monthSchema, count })),
      byCitizenship: z.array(z.object({ country, count })),
    }),
    producedAt: z.string(),
    source: z.literal('database'),
  })
  .meta({
    id: 'AssistedReturnReport',
    description: 'Applications for assisted return (per household) and departures (per person) in a year or a year to a month',
  });

export type AssistedReturnReport = z.infer<typeof assistedReturnReportSchema>;

export const assistedReportOptionsSchema = z.strictObject({
  year: z.number(),
  month: monthSchema.optional(),
  producedAt: z.iso.datetime({ offset: true }).describe('When the report was produced (the caller reads the clock)'),
});

const zero = (): Figures => ({ count: 0, beforeDeadline: 0, afterDeadline: 0, granted: 0, rejected: 0, pending: 0, withdrawn: 0 });

function addTo(figures: Figures, row: ApplicationRow): void {
  figures.count += row.count;
  if (row.timing === 'before-deadline') figures.beforeDeadline += row.count;
  else figures.afterDeadline += row.count;
  figures[outcomeOf(row)] += row.count;
}

const englishOrder = new Intl.Collator('en');

/** Count descending, then English country name, then code. */
function byCountThenName<T extends { country: string; count: number }>(list: T[]): T[] {
  return list.sort((a, b) => b.count - a.count || englishOrder.compare(countryName(a.country), countryName(b.country)) || (a.country < b.country ? -1 : 1));
}

/**
 * The report for a year (or the year to a month) from aggregate rows; rows outside the period are ignored, and
 * a period without rows gives an all-zero report. Throws REQUEST_INVALID for bad options.
 */
export function buildAssistedReturnReport(
  rows: { applications: Iterable<ApplicationRow>; departures: Iterable<DepartureRow> },
  options: z.input<typeof assistedReportOptionsSchema>,
): AssistedReturnReport {
  const { year, month, producedAt } = parseInput(assistedReportOptionsSchema, options, 'report options');
  const period = periodOf({ year, ...(month === undefined ? {} : { month }) });
  const inPeriod = new Set(period.months);

  const total = zero();
  const perMonth = new Map(period.months.map((m) => [m, zero()]));
  const perCitizenship = new Map<string, Figures>();
  for (const row of rows.applications) {
    if (!inPeriod.has(row.month)) continue;
    addTo(total, row);
    addTo(perMonth.get(row.month)!, row);
    let figures = perCitizenship.get(row.citizenship);
    if (!figures) perCitizenship.set(row.citizenship, (figures = zero()));
    addTo(figures, row);
  }

  let departures = 0;
  const departuresPerMonth = new Map(period.months.map((m) => [m, 0]));
  const departuresPerCitizenship = new Map<string, number>();
  for (const row of rows.departures) {
    if (!inPeriod.has(row.month)) continue;
    departures += row.count;
    departuresPerMonth.set(row.month, departuresPerMonth.get(row.month)! + row.count);
    departuresPerCitizenship.set(row.citizenship, (departuresPerCitizenship.get(row.citizenship) ?? 0) + row.count);
  }

  return {
    year,
    months: { first: period.months[0]!, last: period.months[period.months.length - 1]! },
    applications: {
      total,
      byMonth: period.months.map((m) => ({ month: m, ...perMonth.get(m)! })),
      byCitizenship: byCountThenName([...perCitizenship].map(([code, figures]) => ({ country: code, ...figures }))),
    },
    departures: {
      total: departures,
      byMonth: period.months.map((m) => ({ month: m, count: departuresPerMonth.get(m)! })),
      byCitizenship: byCountThenName([...departuresPerCitizenship].map(([code, n]) => ({ country: code, count: n }))),
    },
    producedAt,
    source: 'database',
  };
}

/** The live report from the database. */
export async function assistedReturnReportFromDatabase(
  db: Kysely<Database>,
  options: { year: number; month?: string },
  producedAt = new Date(),
): Promise<AssistedReturnReport> {
  const period = periodOf(options);
  const [applications, departures] = [
    await applicationRowsFromDatabase(db, period.from, period.to),
    await departureRowsFromDatabase(db, period.from, period.to),
  ];
  return buildAssistedReturnReport({ applications, departures }, { ...options, producedAt: producedAt.toISOString() });
}

// -------------------------------------------------------------------------------- JSON-stat, the report

const COUNT = { id: 'count', label: 'Number', unit: { decimals: 0, label: 'applications or persons' } };
const measure: CubeDimension = { id: 'measure', label: 'Measure', categories: [COUNT] };

const timingDimension: CubeDimension = {
  id: 'timing',
  label: 'Applied before or after the departure deadline',
  categories: [
    { id: 'total', label: 'Total' },
    { id: 'before-deadline', label: 'Before the deadline (or no deadline, or not registered in Norway)' },
    { id: 'after-deadline', label: 'After the deadline' },
  ],
};

const outcomeDimension: CubeDimension = {
  id: 'outcome',
  label: 'Decision',
  categories: [
    { id: 'total', label: 'Total' },
    { id: 'granted', label: 'Granted' },
    { id: 'rejected', label: 'Rejected (appeals pending included)' },
    { id: 'pending', label: 'Not yet decided' },
    { id: 'withdrawn', label: 'Withdrawn before a decision' },
  ],
};

const figureOf: Record<string, keyof Figures> = {
  total: 'count',
  'before-deadline': 'beforeDeadline',
  'after-deadline': 'afterDeadline',
  granted: 'granted',
  rejected: 'rejected',
  pending: 'pending',
  withdrawn: 'withdrawn',
};

/** The columns of the tidy CSV of the assisted-return figures. */
export const assistedCsvColumns = ['dataset', 'time', 'citizenship', 'timing', 'outcome', 'measure', 'value'] as const;

/**
 * The report as a JSON-stat 2.0 collection of six datasets: applications per month and per citizenship, each
 * by timing and by outcome, and departures per month and per citizenship. Every figure is taken from the
 * report, so the JSON, the JSON-stat and the CSV cannot disagree.
 */
export function assistedReturnJsonStat(report: AssistedReturnReport): JsonStatCollection {
  const period = periodOf({ year: report.year, month: report.months.last });
  const whole = periodCategory(period);
  const months: CubeDimension = {
    id: 'time',
    label: 'Time',
    categories: report.applications.byMonth.map((m) => ({ id: m.month, label: monthLabel(m.month) })),
  };
  const thePeriod: CubeDimension = { id: 'time', label: 'Time', categories: [whole] };
  const citizenships = (list: readonly { country: string }[]): CubeDimension => ({
    id: 'citizenship',
    label: 'Citizenship',
    categories: [...list.map((c) => ({ id: c.country, label: countryName(c.country) })), { id: 'TOTAL', label: 'Total' }],
  });
  const source = 'Retur, from the assisted-return applications and departures recorded in the case work';
  const applicationsNote =
    'An application is one household’s application for assisted return, counted in the month it was made, by the applicant’s citizenship. The decision is as it stood when the figures were produced.';
  const departuresNote = 'A departure is one person who left Norway with assisted return, counted in the month of departure, by that person’s citizenship.';
  const perMonth = new Map(report.applications.byMonth.map((m) => [m.month, m]));
  const perCitizenship = new Map(report.applications.byCitizenship.map((c) => [c.country, c]));
  const departuresPerMonth = new Map(report.departures.byMonth.map((m) => [m.month, m.count]));
  const departuresPerCitizenship = new Map(report.departures.byCitizenship.map((c) => [c.country, c.count]));
  const citizenshipFigures = (code: string): Figures | undefined => (code === 'TOTAL' ? report.applications.total : perCitizenship.get(code));

  const dataset = (
    id: string,
    label: string,
    note: string,
    dimensions: CubeDimension[],
    value: (cell: Readonly<Record<string, string>>) => number | null,
  ): JsonStatDataset =>
    jsonStatCube({
      label,
      source,
      updated: report.producedAt,
      note: [note],
      dimensions: [...dimensions, measure],
      role: { time: ['time'], ...(dimensions.some((d) => d.id === 'citizenship') ? { geo: ['citizenship'] } : {}), metric: ['measure'] },
      value,
      extension: { id, month: report.months.last },
    });

  const items = [
    dataset(
      'applications-timing-by-month',
      `Applications for assisted return per month, before or after the deadline, ${whole.label}`,
      applicationsNote,
      [months, timingDimension],
      (c) => {
        const figures = perMonth.get(c.time!);
        return figures ? figures[figureOf[c.timing!]!] : null;
      },
    ),
    dataset(
      'applications-outcome-by-month',
      `Applications for assisted return per month, by decision, ${whole.label}`,
      applicationsNote,
      [months, outcomeDimension],
      (c) => {
        const figures = perMonth.get(c.time!);
        return figures ? figures[figureOf[c.outcome!]!] : null;
      },
    ),
    dataset(
      'applications-timing-by-citizenship',
      `Applications for assisted return per citizenship, before or after the deadline, ${whole.label}`,
      applicationsNote,
      [thePeriod, citizenships(report.applications.byCitizenship), timingDimension],
      (c) => {
        const figures = citizenshipFigures(c.citizenship!);
        return figures ? figures[figureOf[c.timing!]!] : null;
      },
    ),
    dataset(
      'applications-outcome-by-citizenship',
      `Applications for assisted return per citizenship, by decision, ${whole.label}`,
      applicationsNote,
      [thePeriod, citizenships(report.applications.byCitizenship), outcomeDimension],
      (c) => {
        const figures = citizenshipFigures(c.citizenship!);
        return figures ? figures[figureOf[c.outcome!]!] : null;
      },
    ),
    dataset(
      'departures-by-month',
      `Departures with assisted return per month, ${whole.label}`,
      departuresNote,
      [months],
      (c) => departuresPerMonth.get(c.time!) ?? null,
    ),
    dataset(
      'departures-by-citizenship',
      `Departures with assisted return per citizenship, ${whole.label}`,
      departuresNote,
      [thePeriod, citizenships(report.departures.byCitizenship)],
      (c) => (c.citizenship === 'TOTAL' ? report.departures.total : (departuresPerCitizenship.get(c.citizenship!) ?? null)),
    ),
  ];

  return jsonStatCollectionSchema.parse({
    version: '2.0',
    class: 'collection',
    label: `Assisted returns from Norway, ${whole.label}`,
    source,
    updated: report.producedAt,
    note: ['Aggregates only. Figures for recent months may change as late registrations come in.'],
    link: { item: items.map((item) => jsonStatDatasetSchema.parse(item)) },
    extension: { month: report.months.last },
  });
}

// ----------------------------------------------------------------------------------------------- formats

export const assistedReturnFormats = ['json', 'json-stat', 'csv'] as const;
export type AssistedReturnFormat = (typeof assistedReturnFormats)[number];

/** The report in one of its published formats, with its media type: what the CLI prints and the API sends. */
export function formatAssistedReturnReport(report: AssistedReturnReport, format: AssistedReturnFormat): { type: string; body: string } {
  switch (format) {
    case 'json':
      return { type: 'application/json; charset=utf-8', body: JSON.stringify(report, null, 2) + '\n' };
    case 'json-stat':
      return { type: 'application/json; charset=utf-8', body: JSON.stringify(assistedReturnJsonStat(report), null, 2) + '\n' };
    case 'csv':
      return { type: 'text/csv; charset=utf-8', body: tidyCsvOf(assistedReturnJsonStat(report).link.item, assistedCsvColumns) };
  }
}

/** A file name for the report: `assisted-returns-2026` or `assisted-returns-2026-01-to-2026-03`. */
export function assistedReturnFileName(report: AssistedReturnReport): string {
  return report.months.last === `${report.year}-12` ? `assisted-returns-${report.year}` : `assisted-returns-${report.months.first}-to-${report.months.last}`;
}
