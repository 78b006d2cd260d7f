/**
 * Returns of third-country nationals in a year or a quarter, as one JSON-stat 2.0 dataset shaped like
 * Eurostat's enforcement-of-immigration-legislation (EIL) return datasets `migr_eirtn` (returned following an
 * order to leave, by citizenship and age) and `migr_eirt_ass` (by assistance received), and as tidy CSV
 * (asked for as "returns of third-country nationals by citizenship, age group (under 14, 14–17, 18–34, 35 and
 * over) and type of return (forced, assisted)"; Eurostat's EIL metadata, migr_eil_esms).
 *
 * ```
 * departures ─returnRowsFromDatabase (SQL)─┐
 *                                          ├─▶ rows (citizenship × age group × kind of return) ─buildEurostatReturns─▶ JSON-stat ─▶ tidy CSV
 * records ─aggregateReturns (the same, in TS)┘
 * ```
 *
 * The choices, each written into the dataset's `note` as well:
 * - **Third-country nationals** are citizens of countries outside the EU, the EEA and Switzerland: the dated
 *   parameter `eeaAndSwitzerland` read on the last day of the period (one list for the whole period, as the
 *   forced-return report does). Britons count from 2021 (the end of the transition period).
 * - **Age group** is the age in whole years on the departure date (`ageOn`: born on 29 February, a birthday
 *   on 28 February in a common year): Y_LT14, Y14-17, Y18-34, Y_GE35, and UNK when the date of birth is not
 *   known. These are Eurostat's age codes (as in its asylum and EIL tables; ⚠️ Y_GE35 not confirmed for the
 *   EIL tables).
 * - **Type of return**: FORCED (a forced return by the police), ASSIST (left with assisted return) and
 *   VOL_NASS (left on one's own after the decision, without assistance). Own departures are counted: the EIL
 *   data cover third-country nationals "returned following an order to leave" (Eurostat's EIL metadata, Regulation (EC)
 *   862/2007 Art. 7 as amended by 2020/851), and someone who leaves on their own after the decision has done
 *   that; `migr_eirt_ass` splits them into assisted and non-assisted, and they are non-assisted. So
 *   non-assisted = FORCED + VOL_NASS, and TOTAL = FORCED + ASSIST + VOL_NASS. ⚠️ The codes are Retur's own:
 *   Eurostat's codes for type of return and assistance have not been checked against its data structure definition.
 * - **Country codes** are written as Eurostat writes them: ISO 3166-1 alpha-2 except EL for Greece and UK for
 *   the United Kingdom; XK for Kosovo.
 * - `geo` is NO (the reporting country), `unit` PER (persons), `time` `2025` or `2025-Q1`.
 * - Eurostat publishes these tables rounded (their titles say "(rounded)"); Retur does not round: exact counts.
 */
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../store/schema.ts';
import { countryName, eeaAndSwitzerland } from '../rules/common/countries.ts';
import { ageOn, lastDayOfMonth } from '../rules/engine/dates.ts';
import { lookup } from '../rules/engine/parameter.ts';
import { parseInput } from '../shared/parse.ts';
import { FIRST_YEAR, LAST_YEAR } from './aggregate.ts';
import { country, isoDate } from './records.ts';
import { tidyCsvOf } from './csv-out.ts';
import { jsonStatCube, type CubeDimension, type JsonStatDataset } from './jsonstat.ts';

// ------------------------------------------------------------------------------------------------ period

/** A quarter as the edges take it: 1 to 4. */
export const quarterParam = z.enum(['1', '2', '3', '4'], 'a quarter: 1, 2, 3 or 4');

export const eurostatPeriodSchema = z.strictObject({
  year: z.number().int().min(FIRST_YEAR).max(LAST_YEAR),
  quarter: z.number().int().min(1).max(4).optional().describe('Regulation (EU) 2020/851 made the return statistics quarterly'),
});

export interface EurostatPeriod {
  /** Eurostat's time code: `2025` or `2025-Q1`. */
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** The last month of the period, `YYYY-MM`. */
  readonly lastMonth: string;
}

/** The year, or a quarter of it. Throws REQUEST_INVALID for a quarter outside 1–4. */
export function eurostatPeriod(options: z.input<typeof eurostatPeriodSchema>): EurostatPeriod {
  const { year, quarter } = parseInput(eurostatPeriodSchema, options, 'period');
  if (quarter === undefined) return { id: String(year), from: `${year}-01-01`, to: `${year}-12-31`, lastMonth: `${year}-12` };
  const firstMonth = String(quarter * 3 - 2).padStart(2, '0');
  const lastMonth = `${year}-${String(quarter * 3).padStart(2, '0')}`;
  return { id: `${year}-Q${quarter}`, from: `${year}-${firstMonth}-01`, to: lastDayOfMonth(lastMonth), lastMonth };
}

// -------------------------------------------------------------------------------------------------- rows

export const kindsOfReturn = ['forced', 'assisted', 'own'] as const;
export type KindOfReturn = (typeof kindsOfReturn)[number];

export const ageGroups = ['Y_LT14', 'Y14-17', 'Y18-34', 'Y_GE35', 'UNK'] as const;
export type AgeGroup = (typeof ageGroups)[number];

/** The age group on the departure date: under 14, 14–17, 18–34, 35 and over, or UNK without a date of birth. */
export function ageGroupOn(dateOfBirth: string | null, departureDate: string): AgeGroup {
  if (dateOfBirth === null) return 'UNK';
  const age = ageOn(dateOfBirth, departureDate);
  if (age < 14) return 'Y_LT14';
  if (age < 18) return 'Y14-17';
  if (age < 35) return 'Y18-34';
  return 'Y_GE35';
}

/** One person who left, as this export needs them (a row of `departures`). */
export const returnRecordSchema = z.strictObject({
  departureDate: isoDate,
  kind: z.enum(kindsOfReturn),
  citizenship: country,
  dateOfBirth: isoDate.nullable(),
});
export type ReturnRecord = z.infer<typeof returnRecordSchema>;

/** People who left, counted by citizenship, age group on the departure date and kind of return. */
export const returnRowSchema = z.strictObject({
  citizenship: country.describe('ISO 3166-1 alpha-2 (GB, GR: the Eurostat codes are given only in the dataset)'),
  age: z.enum(ageGroups),
  kind: z.enum(kindsOfReturn),
  count: z.number().int().positive(),
});
export type ReturnRow = z.infer<typeof returnRowSchema>;

const rowOrder = (a: ReturnRow, b: ReturnRow): number => {
  const key = (r: ReturnRow) => `${r.citizenship}|${ageGroups.indexOf(r.age)}|${kindsOfReturn.indexOf(r.kind)}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
};

/** Rows in one order (citizenship, age group, kind), whichever way they were made. */
export function sortReturnRows(rows: readonly ReturnRow[]): ReturnRow[] {
  return [...rows].sort(rowOrder);
}

/** The rows of the records that left between two days (inclusive), as `returnRowsFromDatabase` gives them. */
export function aggregateReturns(records: Iterable<ReturnRecord>, from: string, to: string): ReturnRow[] {
  const counts = new Map<string, ReturnRow>();
  for (const record of records) {
    if (record.departureDate < from || record.departureDate > to) continue;
    const age = ageGroupOn(record.dateOfBirth, record.departureDate);
    const key = `${record.citizenship}|${age}|${record.kind}`;
    const row = counts.get(key);
    if (row) row.count += 1;
    else counts.set(key, { citizenship: record.citizenship, age, kind: record.kind, count: 1 });
  }
  return sortReturnRows([...counts.values()]);
}

/**
 * The rows from the departures table (every kind of return, every citizenship: the filter for third-country
 * nationals is applied by `buildEurostatReturns`). A birthday is `date_of_birth + interval 'n years'`, which
 * PostgreSQL, like `ageOn`, moves from 29 February to 28 February in a common year.
 */
export async function returnRowsFromDatabase(db: Kysely<Database>, from: string, to: string): Promise<ReturnRow[]> {
  const result = await sql<Record<string, unknown>>`
    SELECT citizenship,
           CASE
             WHEN date_of_birth IS NULL THEN 'UNK'
             WHEN date_of_birth + interval '14 years' > departure_date THEN 'Y_LT14'
             WHEN date_of_birth + interval '18 years' > departure_date THEN 'Y14-17'
             WHEN date_of_birth + interval '35 years' > departure_date THEN 'Y18-34'
             ELSE 'Y_GE35'
           END AS age,
           return_type AS kind,
           count(*)::int AS count
      FROM departures
     WHERE departure_date BETWEEN ${from}::date AND ${to}::date
     GROUP BY 1, 2, 3`.execute(db);
  return sortReturnRows(result.rows.map((row) => returnRowSchema.parse({ ...row, citizenship: String(row.citizenship).trim() })));
}

// ----------------------------------------------------------------------------------------------- dataset

/** Eurostat writes ISO 3166-1 alpha-2 codes except these two. */
const EUROSTAT_CODES: Readonly<Record<string, string>> = { GR: 'EL', GB: 'UK' };
export function eurostatCountryCode(iso: string): string {
  return EUROSTAT_CODES[iso] ?? iso;
}

export const typeCodes = { forced: 'FORCED', assisted: 'ASSIST', own: 'VOL_NASS' } as const satisfies Record<KindOfReturn, string>;

const ageLabels: Record<AgeGroup | 'TOTAL', string> = {
  TOTAL: 'Total',
  Y_LT14: 'Less than 14 years',
  'Y14-17': 'From 14 to 17 years',
  'Y18-34': 'From 18 to 34 years',
  Y_GE35: '35 years or over',
  UNK: 'Unknown',
};

const typeLabels: Record<string, string> = {
  TOTAL: 'Total',
  FORCED: 'Forced return',
  ASSIST: 'Assisted return',
  VOL_NASS: 'Left on their own, without assistance',
};

export interface EurostatExtension {
  readonly id: 'eurostat-returns';
  /** The last month of the period (the figures run to its end). */
  readonly month: string;
  /** Eurostat's time code of the period. */
  readonly period: string;
  /** The Eurostat datasets this one is shaped like. */
  readonly shapedLike: readonly string[];
  /** Eurostat rounds; these are exact counts. */
  readonly rounded: false;
}

export type EurostatReturnsDataset = Omit<JsonStatDataset, 'extension'> & { extension: EurostatExtension };

export const eurostatReportOptionsSchema = eurostatPeriodSchema.extend({
  producedAt: z.iso.datetime({ offset: true }).describe('When the dataset was produced (the caller reads the clock)'),
  source: z.string().min(1).default('Retur, from the departures recorded in the case work and the imported records of forced returns'),
});

/** The dimension ids in order, Eurostat's way (classifications, then unit, geo and time last). */
export const eurostatDimensions = ['citizen', 'age', 'type', 'unit', 'geo', 'time'] as const;
/** The columns of the tidy CSV: the dimensions, then the value. */
export const eurostatCsvColumns = [...eurostatDimensions, 'value'] as const;

/**
 * The dataset from rows of the period (rows of other citizenships are dropped here: only third-country
 * nationals count). Every cell has a value, 0 where nobody left; TOTAL in `citizen`, `age` and `type` is the
 * sum over the other categories of that dimension. Throws REQUEST_INVALID for bad options and
 * RULES_PARAM_NOT_IN_FORCE for a period before the EU/EEA list begins (2007).
 */
export function buildEurostatReturns(rows: Iterable<ReturnRow>, options: z.input<typeof eurostatReportOptionsSchema>): EurostatReturnsDataset {
  const { year, quarter, producedAt, source } = parseInput(eurostatReportOptionsSchema, options, 'options');
  const period = eurostatPeriod({ year, ...(quarter === undefined ? {} : { quarter }) });
  const freeMovement = new Set(lookup(eeaAndSwitzerland, period.to).value);

  const counts = new Map<string, number>();
  const add = (key: string, n: number) => counts.set(key, (counts.get(key) ?? 0) + n);
  const citizenships = new Map<string, string>(); // Eurostat code → label
  for (const row of rows) {
    if (freeMovement.has(row.citizenship)) continue;
    const citizen = eurostatCountryCode(row.citizenship);
    citizenships.set(citizen, countryName(row.citizenship));
    for (const c of [citizen, 'TOTAL']) for (const a of [row.age, 'TOTAL']) for (const t of [typeCodes[row.kind], 'TOTAL']) add(`${c}|${a}|${t}`, row.count);
  }

  const dimensions: CubeDimension[] = [
    {
      id: 'citizen',
      label: 'Country of citizenship',
      categories: [{ id: 'TOTAL', label: 'Total' }, ...[...citizenships].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, label]) => ({ id, label }))],
    },
    { id: 'age', label: 'Age class', categories: (['TOTAL', ...ageGroups] as const).map((id) => ({ id, label: ageLabels[id] })) },
    { id: 'type', label: 'Type of return', categories: ['TOTAL', ...Object.values(typeCodes)].map((id) => ({ id, label: typeLabels[id]! })) },
    { id: 'unit', label: 'Unit of measure', categories: [{ id: 'PER', label: 'Person', unit: { decimals: 0, label: 'persons' } }] },
    { id: 'geo', label: 'Geopolitical entity (reporting)', categories: [{ id: 'NO', label: 'Norway' }] },
    { id: 'time', label: 'Time', categories: [{ id: period.id, label: period.id }] },
  ];

  return jsonStatCube({
    label: `Third-country nationals returned following an order to leave, by citizenship, age and type of return: Norway, ${period.id}`,
    source,
    updated: producedAt,
    note: [
      `Third-country nationals are citizens of countries outside the EU, the EEA and Switzerland, as those stood on ${period.to}.`,
      'Exact counts of persons: Eurostat publishes these figures rounded; Retur does not round.',
      'Age is the age in whole years on the departure date (someone born on 29 February has their birthday on 28 February in a common year); UNK when the date of birth is not known.',
      'Type of return: FORCED is a forced return by the police; ASSIST a departure with assisted return; VOL_NASS a departure on one’s own after the decision, without assistance. Non-assisted returns are FORCED plus VOL_NASS. These codes are Retur’s own: Eurostat’s codes for type of return and assistance have not been confirmed.',
      'Country codes are ISO 3166-1 alpha-2 as Eurostat writes them: EL for Greece, UK for the United Kingdom, XK for Kosovo.',
      'Every departure Retur records after a decision to leave is counted, Dublin transfers and refusals of entry included; whether Eurostat counts those in these tables has not been checked. Eurostat’s breakdowns by sex and by country of destination (c_dest) are not given.',
    ],
    dimensions,
    role: { time: ['time'], geo: ['geo'] },
    value: (cell) => counts.get(`${cell.citizen}|${cell.age}|${cell.type}`) ?? 0,
    extension: { id: 'eurostat-returns', month: period.lastMonth, period: period.id, shapedLike: ['migr_eirtn', 'migr_eirt_ass'], rounded: false },
  });
}

/** The live dataset from the database. */
export async function eurostatReturnsFromDatabase(
  db: Kysely<Database>,
  options: { year: number; quarter?: number },
  producedAt = new Date(),
): Promise<EurostatReturnsDataset> {
  const period = eurostatPeriod(options);
  const rows = await returnRowsFromDatabase(db, period.from, period.to);
  return buildEurostatReturns(rows, { ...options, producedAt: producedAt.toISOString() });
}

// ----------------------------------------------------------------------------------------------- formats

export const eurostatFormats = ['json-stat', 'csv'] as const;
export type EurostatFormat = (typeof eurostatFormats)[number];

/** The dataset in one of its formats, with its media type: what the CLI prints and the API sends. */
export function formatEurostatReturns(dataset: EurostatReturnsDataset, format: EurostatFormat): { type: string; body: string } {
  switch (format) {
    case 'json-stat':
      return { type: 'application/json; charset=utf-8', body: JSON.stringify(dataset, null, 2) + '\n' };
    case 'csv':
      return { type: 'text/csv; charset=utf-8', body: tidyCsvOf([dataset], eurostatCsvColumns) };
  }
}
