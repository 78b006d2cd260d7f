/**
 * The forced-return report as open data: a JSON-stat 2.0 collection of embedded datasets, one per table of the
 * report. Each dataset has `version`, `class`, `id` and `size` (same order), `dimension` with each category's
 * `index` and `label`, a row-major `value` array (the last dimension varies fastest), `role` for time, geography
 * and the measure, and `updated`, `source`, `label`. Every figure is taken from the report object, so the
 * JSON-stat, the tidy CSV (csv-out.ts) and the report JSON cannot disagree.
 *
 * Conventions: periods are ISO 8601 intervals of months (`2026-01/2026-03`), months are `YYYY-MM`, countries
 * are ISO 3166-1 alpha-2 codes (`XK` for Kosovo); a top list adds `OTHERS` and `TOTAL`; the `measure` dimension
 * is `count` (persons) and, for the top lists, `percent` (of the period's total, or of the convicted
 * offenders' total for their destinations, as in the report).
 */
import { z } from 'zod';
import { forcedReturnCategories } from '../rules/forced-return/category.ts';
import { countryName } from '../rules/common/countries.ts';
import { monthsBetween, type ForcedReturnReport, type TopList } from './report.ts';

const unitSchema = z.object({
  decimals: z.number().int(),
  label: z.string(),
  symbol: z.string().optional(),
  position: z.enum(['start', 'end']).optional(),
});

const dimensionSchema = z.object({
  label: z.string(),
  category: z.object({
    index: z.array(z.string()),
    label: z.record(z.string(), z.string()),
    unit: z.record(z.string(), unitSchema).optional(),
  }),
});

export const jsonStatDatasetSchema = z
  .object({
    version: z.literal('2.0'),
    class: z.literal('dataset'),
    label: z.string(),
    source: z.string(),
    updated: z.string(),
    note: z.array(z.string()).optional(),
    id: z.array(z.string()),
    size: z.array(z.number().int().positive()),
    role: z.object({ time: z.array(z.string()).optional(), geo: z.array(z.string()).optional(), metric: z.array(z.string()).optional() }),
    dimension: z.record(z.string(), dimensionSchema),
    value: z.array(z.number().nullable()),
    extension: z.object({ id: z.string(), month: z.string() }),
  })
  .meta({ id: 'JsonStatDataset', description: 'A JSON-stat 2.0 dataset (https://json-stat.org/full/)' });

export const jsonStatCollectionSchema = z
  .object({
    version: z.literal('2.0'),
    class: z.literal('collection'),
    label: z.string(),
    source: z.string(),
    updated: z.string(),
    note: z.array(z.string()),
    link: z.object({ item: z.array(jsonStatDatasetSchema) }),
    extension: z.object({ month: z.string() }),
  })
  .meta({ id: 'JsonStatCollection', description: 'A JSON-stat 2.0 collection of embedded datasets' });

export type JsonStatDataset = z.infer<typeof jsonStatDatasetSchema>;
export type JsonStatCollection = z.infer<typeof jsonStatCollectionSchema>;
type Unit = z.infer<typeof unitSchema>;

// ------------------------------------------------------------------------------------- the generic part

/** A dimension of a dataset: its id, label, and categories in order (with a unit where one is given). */
export interface CubeDimension {
  readonly id: string;
  readonly label: string;
  readonly categories: readonly { readonly id: string; readonly label: string; readonly unit?: Unit }[];
}

export interface CubeSpec<E extends JsonStatDataset['extension']> {
  readonly label: string;
  readonly source: string;
  readonly updated: string;
  readonly note?: readonly string[];
  readonly dimensions: readonly CubeDimension[];
  readonly role: JsonStatDataset['role'];
  /** The value of the cell with these category ids, one per dimension id. */
  readonly value: (cell: Readonly<Record<string, string>>) => number | null;
  readonly extension: E;
}

/**
 * A JSON-stat 2.0 dataset from its dimensions and a value per cell, in this file's conventions: `id` and
 * `size` in the same order, each category's `index` and `label` (and `unit` where given), and a dense
 * row-major `value` array (the last dimension varies fastest). The forced-return report's datasets below,
 * the assisted-return figures (assisted.ts) and the Eurostat export (eurostat.ts) are all built with it.
 */
export function jsonStatCube<E extends JsonStatDataset['extension']>(spec: CubeSpec<E>): Omit<JsonStatDataset, 'extension'> & { extension: E } {
  const value: (number | null)[] = [];
  const cell: Record<string, string> = {};
  const fill = (d: number): void => {
    if (d === spec.dimensions.length) {
      value.push(spec.value(cell));
      return;
    }
    const dimension = spec.dimensions[d]!;
    for (const category of dimension.categories) {
      cell[dimension.id] = category.id;
      fill(d + 1);
    }
  };
  fill(0);
  return {
    version: '2.0',
    class: 'dataset',
    label: spec.label,
    source: spec.source,
    updated: spec.updated,
    ...(spec.note ? { note: [...spec.note] } : {}),
    id: spec.dimensions.map((d) => d.id),
    size: spec.dimensions.map((d) => d.categories.length),
    role: spec.role,
    dimension: Object.fromEntries(
      spec.dimensions.map((d) => {
        const units = d.categories.filter((c) => c.unit !== undefined);
        return [
          d.id,
          {
            label: d.label,
            category: {
              index: d.categories.map((c) => c.id),
              label: Object.fromEntries(d.categories.map((c) => [c.id, c.label])),
              ...(units.length > 0 ? { unit: Object.fromEntries(units.map((c) => [c.id, c.unit!])) } : {}),
            },
          },
        ];
      }),
    ),
    value,
    extension: spec.extension,
  };
}

// ------------------------------------------------------------------------------ the forced-return report

interface Dimension extends CubeDimension {
  readonly id: 'time' | 'category' | 'citizenship' | 'destination' | 'minor' | 'measure';
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function monthLabel(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** January to the report's month of a year, as an ISO interval and its label ("January–March 2026"). */
function period(year: number, month: string): { id: string; label: string } {
  const last = `${year}-${month.slice(5, 7)}`;
  const first = `${year}-01`;
  const lastName = MONTH_NAMES[Number(month.slice(5, 7)) - 1]!;
  return { id: `${first}/${last}`, label: lastName === 'January' ? `January ${year}` : `January–${lastName} ${year}` };
}

/** The categories' names as the police's report gives them (the JSON-stat labels and the report page's). */
export const categoryLabels = {
  asylum: 'Asylum',
  dublin: 'Dublin',
  ip: 'International protection (IP)',
  refused: 'Refused entry or stay',
  expelled: 'Expelled',
} as const;

const COUNT = { id: 'count', label: 'Number of persons', unit: { decimals: 0, label: 'persons' } };
const PERCENT = { id: 'percent', label: 'Percentage', unit: { decimals: 0, label: 'per cent', symbol: '%', position: 'end' as const } };

function time(categories: readonly { id: string; label: string }[]): Dimension {
  return { id: 'time', label: 'Time', categories };
}

function measure(withPercent: boolean): Dimension {
  return { id: 'measure', label: 'Measure', categories: withPercent ? [COUNT, PERCENT] : [COUNT] };
}

interface DatasetSpec {
  readonly id: string;
  readonly label: string;
  readonly dimensions: readonly Dimension[];
  /** The value of the cell with these category ids, one per dimension. */
  readonly value: (cell: Readonly<Record<string, string>>) => number | null;
  readonly note?: string[];
}

function dataset(spec: DatasetSpec, report: ForcedReturnReport, source: string): JsonStatDataset {
  const has = (id: string) => spec.dimensions.some((d) => d.id === id);
  const geo = ['citizenship', 'destination'].filter(has);
  return jsonStatCube({
    label: spec.label,
    source,
    updated: report.producedAt,
    ...(spec.note ? { note: spec.note } : {}),
    dimensions: spec.dimensions,
    role: { time: ['time'], ...(geo.length > 0 ? { geo } : {}), metric: ['measure'] },
    value: spec.value,
    extension: { id: spec.id, month: report.month },
  });
}

/** The countries of a top list with OTHERS and TOTAL, as a geographic dimension. */
function countries(id: 'citizenship' | 'destination', label: string, list: TopList): Dimension {
  return {
    id,
    label,
    categories: [
      ...list.top.map((t) => ({ id: t.country, label: countryName(t.country) })),
      { id: 'OTHERS', label: 'Others' },
      { id: 'TOTAL', label: 'Total' },
    ],
  };
}

/** The count or percent of a top-list row; TOTAL is the list's total and its share of `whole`. */
function topListValue(list: TopList, code: string, measureId: string, total: { count: number; percent: number }): number | null {
  const row = code === 'TOTAL' ? total : code === 'OTHERS' ? list.others : list.top.find((t) => t.country === code);
  if (!row) return null;
  return measureId === 'percent' ? row.percent : row.count;
}

/** The JSON-stat 2.0 collection of the report's tables. */
export function forcedReturnJsonStat(report: ForcedReturnReport): JsonStatCollection {
  const year = Number(report.month.slice(0, 4));
  const thisYear = period(year, report.month);
  const lastYear = period(year - 1, report.month);
  const thisYearMonths = report.byMonth.map((m) => m.month);
  const lastYearMonths = monthsBetween(`${year - 1}-01`, `${year - 1}-${report.month.slice(5, 7)}`);
  const perMonth = new Map<string, number>();
  for (const m of report.byMonth) perMonth.set(m.month, m.thisYear);
  report.byMonth.forEach((m, i) => perMonth.set(lastYearMonths[i]!, m.lastYear));
  const source = report.source === 'database' ? 'Retur, from the departures recorded in the case work' : 'Retur, from an imported file of forced returns';
  const all = { count: report.total.thisYear, percent: report.total.thisYear > 0 ? 100 : 0 };
  const convictedAll = { count: report.convictedOffenders.thisYear, percent: report.convictedOffenders.thisYear > 0 ? 100 : 0 };
  const tcn = report.thirdCountryNationals;
  const asOf = monthLabel(report.month);
  const byCategory = new Map<string, { thisYear: number; lastYear: number }>([['total', report.total], ...Object.entries(report.byCategory)]);

  const specs: DatasetSpec[] = [
    {
      id: 'by-category',
      label: `Forced returns by category, ${thisYear.label} and ${lastYear.label}`,
      dimensions: [
        time([lastYear, thisYear]),
        {
          id: 'category',
          label: 'Category',
          categories: [{ id: 'total', label: 'Total' }, ...forcedReturnCategories.map((c) => ({ id: c, label: categoryLabels[c] }))],
        },
        measure(false),
      ],
      value: (c) => {
        const years = byCategory.get(c.category!);
        if (!years) return null;
        return c.time === thisYear.id ? years.thisYear : years.lastYear;
      },
    },
    {
      id: 'by-month',
      label: `Forced returns per month, ${thisYear.label} and ${lastYear.label}`,
      dimensions: [time([...lastYearMonths, ...thisYearMonths].map((m) => ({ id: m, label: monthLabel(m) }))), measure(false)],
      value: (c) => perMonth.get(c.time!) ?? null,
    },
    {
      id: 'citizenships',
      label: `Forced returns per citizenship, top ${report.citizenships.top.length}, ${thisYear.label}`,
      dimensions: [time([thisYear]), countries('citizenship', 'Citizenship', report.citizenships), measure(true)],
      value: (c) => topListValue(report.citizenships, c.citizenship!, c.measure!, all),
    },
    {
      id: 'destinations',
      label: `Forced returns per destination, top ${report.destinations.top.length}, ${thisYear.label}`,
      dimensions: [time([thisYear]), countries('destination', 'Destination', report.destinations), measure(true)],
      value: (c) => topListValue(report.destinations, c.destination!, c.measure!, all),
    },
    {
      id: 'third-country-nationals',
      label: `Forced returns of third-country nationals per citizenship, ${thisYear.label}`,
      note: ['Third-country nationals are citizens of countries outside the EU, the EEA and Switzerland. Percentages are of all forced returns in the period.'],
      dimensions: [time([thisYear]), countries('citizenship', 'Citizenship', tcn.citizenships), measure(true)],
      value: (c) => topListValue(tcn.citizenships, c.citizenship!, c.measure!, { count: tcn.count, percent: tcn.percent }),
    },
    {
      id: 'convicted-offenders',
      label: `Forced returns of convicted offenders, ${thisYear.label} and ${lastYear.label}`,
      dimensions: [time([lastYear, thisYear]), measure(false)],
      value: (c) => (c.time === thisYear.id ? report.convictedOffenders.thisYear : report.convictedOffenders.lastYear),
    },
    {
      id: 'convicted-destinations',
      label: `Forced returns of convicted offenders per destination, top ${report.convictedOffenders.destinations.top.length}, ${thisYear.label}`,
      note: ['Percentages are of the convicted offenders returned in the period.'],
      dimensions: [time([thisYear]), countries('destination', 'Destination', report.convictedOffenders.destinations), measure(true)],
      value: (c) => topListValue(report.convictedOffenders.destinations, c.destination!, c.measure!, convictedAll),
    },
    {
      id: 'convicted-by-month',
      label: `Forced returns of convicted offenders per month, the last 2 years to ${asOf}`,
      dimensions: [time(report.convictedOffenders.byMonth.map((m) => ({ id: m.month, label: monthLabel(m.month) }))), measure(false)],
      value: (c) => report.convictedOffenders.byMonth.find((m) => m.month === c.time)?.count ?? null,
    },
    {
      id: 'minors',
      label: `Forced returns of minors per month, ${thisYear.label}`,
      note: ['A minor is under 18 on the departure date; an unknown date of birth is not counted as a minor.'],
      dimensions: [
        time(thisYearMonths.map((m) => ({ id: m, label: monthLabel(m) }))),
        {
          id: 'minor',
          label: 'Minors',
          categories: [
            { id: 'with-family', label: 'Minors with family' },
            { id: 'unaccompanied', label: 'Unaccompanied minors' },
          ],
        },
        measure(false),
      ],
      value: (c) => {
        const m = report.minors.byMonth.find((row) => row.month === c.time);
        if (!m) return null;
        return c.minor === 'unaccompanied' ? m.unaccompanied : m.withFamily;
      },
    },
  ];

  return {
    version: '2.0',
    class: 'collection',
    label: `Forced returns from Norway as of ${asOf}`,
    source,
    updated: report.producedAt,
    note: ['Minor adjustments to the statistics may occur due to delay in system registrations.'],
    link: { item: specs.map((spec) => dataset(spec, report, source)) },
    extension: { month: report.month },
  };
}
