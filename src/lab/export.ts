/**
 * The simulation report as JSON-stat 2.0 and tidy CSV, built with the statistics' own writers
 * (src/statistics/jsonstat.ts, csv-out.ts). Exports are public: always from the public report (counts of
 * 1–4 suppressed as null, no samples), whatever report they are given.
 */
import { countryName } from '../rules/common/countries.ts';
import { jsonStatCollectionSchema, jsonStatCube, type CubeDimension, type JsonStatCollection, type JsonStatDataset } from '../statistics/jsonstat.ts';
import { tidyCsvOf } from '../statistics/csv-out.ts';
import type { householdTypes } from './households.ts';
import { publicReport, type Figures, type SimulationReport } from './simulate.ts';

export const simulationFormats = ['json', 'json-stat', 'csv', 'html'] as const;
export type SimulationFormat = (typeof simulationFormats)[number];

export const householdTypeLabels: Record<(typeof householdTypes)[number], string> = {
  'single-adult': 'One adult',
  'adults-without-children': 'Adults without children',
  'adults-with-children': 'Adults with children',
  'children-only': 'Children without an adult',
};

export const measureLabels: Record<keyof Figures, string> = {
  households: 'Households',
  persons: 'Persons',
  changed: 'Households whose answer changes',
  eligibleBefore: 'Eligible under the law',
  eligibleAfter: 'Eligible under the reform',
  paidBefore: 'Support paid under the law (NOK)',
  paidAfter: 'Support paid under the reform (NOK)',
  difference: 'Difference (NOK)',
};
const measures = Object.keys(measureLabels) as (keyof Figures)[];

export const forwardMeasureLabels = {
  households: 'Households brought forward',
  persons: 'Persons',
  extraSupport: 'Support the campaign adds (NOK)',
} as const;
const measureDimension: CubeDimension = {
  id: 'measure',
  label: 'Measure',
  categories: measures.map((m) => ({
    id: m,
    label: measureLabels[m],
    unit: { decimals: 0, label: m.startsWith('paid') || m === 'difference' ? 'NOK' : 'count' },
  })),
};

/** The columns of the tidy CSV. */
export const simulationCsvColumns = ['dataset', 'transition', 'citizenship', 'householdType', 'month', 'measure', 'value'] as const;

export function simulationJsonStat(given: SimulationReport): JsonStatCollection {
  const report = given.disclosure === 'public' ? given : publicReport(given);
  const source = `Retur, policy lab: the reform "${report.reform.name}" over the case load (${report.cases} cases)`;
  const note = [
    `A simulation, not statistics of what happened: every household under the law and under the reform "${report.reform.name}" (from ${report.reform.effective}), on the same facts and dates.`,
    ...report.assumptions,
    'Counts of 1 to 4, and the amounts of rows with 1 to 4 households, are suppressed (null).',
  ];
  const extension = (id: string) => ({ id, month: report.asOf.slice(0, 7), reform: report.reform.name, asOf: report.asOf });
  const dataset = (
    id: string,
    label: string,
    dimensions: CubeDimension[],
    value: (cell: Readonly<Record<string, string>>) => number | null,
    role: JsonStatDataset['role'],
  ): JsonStatDataset => jsonStatCube({ label, source, updated: report.producedAt, note, dimensions, role, value, extension: extension(id) });
  const byDimension = <R extends Figures>(
    id: string,
    dimension: string,
    label: string,
    rows: readonly R[],
    key: (row: R) => string,
    categoryLabel: (key: string) => string,
    role: JsonStatDataset['role'],
  ) => {
    const byKey = new Map(rows.map((r) => [key(r), r]));
    const categories = [...rows.map((r) => ({ id: key(r), label: categoryLabel(key(r)) })), { id: 'TOTAL', label: 'Total' }];
    return dataset(
      id,
      label,
      [{ id: dimension, label: label.split(', by ')[1] ?? dimension, categories }, measureDimension],
      (cell) => {
        const figures = cell[dimension] === 'TOTAL' ? report.total : byKey.get(cell[dimension]!);
        return figures ? figures[cell.measure as keyof Figures] : null;
      },
      role,
    );
  };
  const transitions: CubeDimension = {
    id: 'transition',
    label: 'Eligibility outcome under the law → under the reform',
    categories: report.transitions.map((t) => ({ id: `${t.from}>${t.to}`, label: t.from === t.to ? `${t.from} (support changed)` : `${t.from} → ${t.to}` })),
  };
  const byTransition = new Map(report.transitions.map((t) => [`${t.from}>${t.to}`, t]));
  const items = [
    dataset(
      'transitions',
      'Households whose answer changes, by transition',
      [
        transitions,
        {
          id: 'measure',
          label: 'Measure',
          categories: [
            { id: 'households', label: 'Households' },
            { id: 'persons', label: 'Persons' },
          ],
        },
      ],
      (cell) => {
        const t = byTransition.get(cell.transition!);
        return t ? (cell.measure === 'households' ? t.households : t.persons) : null;
      },
      { metric: ['measure'] },
    ),
    byDimension(
      'by-citizenship',
      'citizenship',
      'Households and support, by citizenship',
      report.byCitizenship,
      (r) => r.citizenship,
      (code) => (code === 'TOTAL' ? 'Total' : countryName(code)),
      { geo: ['citizenship'], metric: ['measure'] },
    ),
    byDimension(
      'by-household-type',
      'householdType',
      'Households and support, by household type',
      report.byHouseholdType,
      (r) => r.householdType,
      (k) => householdTypeLabels[k as keyof typeof householdTypeLabels] ?? k,
      { metric: ['measure'] },
    ),
    byDimension(
      'by-deadline-month',
      'month',
      'Households and support, by month of the departure deadline',
      report.byDeadlineMonth,
      (r) => r.month,
      (m) => (m === 'none' ? 'No deadline' : m),
      { time: ['month'], metric: ['measure'] },
    ),
  ];
  const forward = report.broughtForward;
  if (forward !== null) {
    // The applications a campaign would bring forward, by the month each household would apply in.
    const byMonth = new Map(forward.byMonth.map((m) => [m.month, m]));
    const measure = (id: keyof typeof forwardMeasureLabels) => ({
      id,
      label: forwardMeasureLabels[id],
      unit: { decimals: 0, label: id === 'extraSupport' ? 'NOK' : 'count' },
    });
    items.push(
      dataset(
        'brought-forward',
        'Applications a campaign would bring forward, by the month they would be made',
        [
          {
            id: 'month',
            label: 'Month of the last day that still pays more',
            categories: [...forward.byMonth.map((m) => ({ id: m.month, label: m.month })), { id: 'TOTAL', label: 'Total' }],
          },
          { id: 'measure', label: 'Measure', categories: [measure('households'), measure('persons'), measure('extraSupport')] },
        ],
        (cell) => {
          const figures = cell.month === 'TOTAL' ? forward : byMonth.get(cell.month!);
          return figures ? figures[cell.measure as keyof typeof forwardMeasureLabels] : null;
        },
        { time: ['month'], metric: ['measure'] },
      ),
    );
  }
  return jsonStatCollectionSchema.parse({
    version: '2.0',
    class: 'collection',
    label: `Policy lab: ${report.reform.name}`,
    source,
    updated: report.producedAt,
    note,
    link: { item: items },
    extension: { month: report.asOf.slice(0, 7) },
  });
}

export function simulationCsv(report: SimulationReport): string {
  return tidyCsvOf(simulationJsonStat(report).link.item, simulationCsvColumns);
}
