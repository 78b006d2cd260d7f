/**
 * The assisted-return figures on hand-made rows: the outcome of an application, the period (a year or the
 * year to a month), the report's totals, months and citizenships, and the JSON-stat collection read back by
 * jsonstat-toolkit with the same figures, and its tidy CSV.
 */
import JSONstat from 'jsonstat-toolkit';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ReturError } from '../shared/errors.ts';
import { observations } from './csv-out.ts';
import { jsonStatCollectionSchema } from './jsonstat.ts';
import {
  assistedCsvColumns,
  assistedReturnFileName,
  assistedReturnJsonStat,
  assistedReturnReportSchema,
  buildAssistedReturnReport,
  formatAssistedReturnReport,
  outcomeOf,
  periodOf,
  type ApplicationRow,
  type DepartureRow,
} from './assisted.ts';

const producedAt = '2026-04-02T06:00:00Z';

const application = (
  month: string,
  citizenship: string,
  timing: ApplicationRow['timing'],
  facts: Partial<Pick<ApplicationRow, 'decision' | 'appeal' | 'withdrawn'>> = {},
  count = 1,
): ApplicationRow => ({
  month,
  citizenship,
  timing,
  decision: facts.decision ?? null,
  appeal: facts.appeal ?? null,
  withdrawn: facts.withdrawn ?? false,
  count,
});

const applications: ApplicationRow[] = [
  application('2025-12', 'AF', 'before-deadline', { decision: 'granted' }, 7), // last year: not counted
  application('2026-01', 'AF', 'before-deadline', { decision: 'granted' }, 3),
  application('2026-01', 'AF', 'after-deadline', { decision: 'rejected' }),
  application('2026-02', 'IQ', 'after-deadline', { decision: 'rejected', appeal: 'reversed' }),
  application('2026-02', 'IQ', 'before-deadline', { decision: 'rejected', appeal: 'upheld' }),
  application('2026-03', 'SO', 'before-deadline', {}, 2),
  application('2026-03', 'GE', 'after-deadline', { withdrawn: true }),
  application('2026-04', 'GE', 'before-deadline', {}, 5), // after the report's month: not counted
];

const departures: DepartureRow[] = [
  { month: '2025-12', citizenship: 'AF', count: 9 },
  { month: '2026-02', citizenship: 'AF', count: 4 },
  { month: '2026-03', citizenship: 'IQ', count: 2 },
  { month: '2026-03', citizenship: 'AF', count: 1 },
  { month: '2026-05', citizenship: 'SO', count: 3 },
];

const report = buildAssistedReturnReport({ applications, departures }, { year: 2026, month: '2026-03', producedAt });

describe('the outcome of an application', () => {
  it.each([
    ['granted by UDI', { decision: 'granted', appeal: null, withdrawn: false }, 'granted'],
    ['rejected by UDI', { decision: 'rejected', appeal: null, withdrawn: false }, 'rejected'],
    ['rejected, the rejection upheld by UNE', { decision: 'rejected', appeal: 'upheld', withdrawn: false }, 'rejected'],
    ['rejected, and granted when UNE reversed the rejection', { decision: 'rejected', appeal: 'reversed', withdrawn: false }, 'granted'],
    ['withdrawn before a decision', { decision: null, appeal: null, withdrawn: true }, 'withdrawn'],
    ['granted, then withdrawn: the decision stands', { decision: 'granted', appeal: null, withdrawn: true }, 'granted'],
    ['not decided', { decision: null, appeal: null, withdrawn: false }, 'pending'],
  ] as const)('%s is %s', (_name, facts, expected) => {
    expect(outcomeOf(facts)).toBe(expected);
  });
});

describe('the period', () => {
  it('is the whole year, or January to the month', () => {
    expect(periodOf({ year: 2026 })).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodOf({ year: 2026 }).months).toHaveLength(12);
    expect(periodOf({ year: 2024, month: '2024-02' })).toEqual({ year: 2024, months: ['2024-01', '2024-02'], from: '2024-01-01', to: '2024-02-29' });
  });

  it('refuses a month of another year, and a malformed month', () => {
    expect(() => periodOf({ year: 2026, month: '2025-03' })).toThrow(ReturError);
    expect(() => periodOf({ year: 2026, month: '2026-13' })).toThrow(ReturError);
  });
});

describe('the report', () => {
  it('fits its schema and counts only the months of the period', () => {
    expect(assistedReturnReportSchema.parse(report)).toEqual(report);
    expect(report.months).toEqual({ first: '2026-01', last: '2026-03' });
    expect(report.applications.total).toEqual({ count: 9, beforeDeadline: 6, afterDeadline: 3, granted: 4, rejected: 2, pending: 2, withdrawn: 1 });
    expect(report.departures.total).toBe(7);
  });

  it('has every month of the period, with zeros where nothing happened', () => {
    expect(report.applications.byMonth).toEqual([
      { month: '2026-01', count: 4, beforeDeadline: 3, afterDeadline: 1, granted: 3, rejected: 1, pending: 0, withdrawn: 0 },
      { month: '2026-02', count: 2, beforeDeadline: 1, afterDeadline: 1, granted: 1, rejected: 1, pending: 0, withdrawn: 0 },
      { month: '2026-03', count: 3, beforeDeadline: 2, afterDeadline: 1, granted: 0, rejected: 0, pending: 2, withdrawn: 1 },
    ]);
    expect(report.departures.byMonth).toEqual([
      { month: '2026-01', count: 0 },
      { month: '2026-02', count: 4 },
      { month: '2026-03', count: 3 },
    ]);
  });

  it('lists the citizenships by count, then English name', () => {
    expect(report.applications.byCitizenship.map((c) => [c.country, c.count])).toEqual([
      ['AF', 4],
      ['IQ', 2],
      ['SO', 2],
      ['GE', 1],
    ]);
    expect(report.applications.byCitizenship.find((c) => c.country === 'IQ')).toEqual({
      country: 'IQ',
      count: 2,
      beforeDeadline: 1,
      afterDeadline: 1,
      granted: 1,
      rejected: 1,
      pending: 0,
      withdrawn: 0,
    });
    expect(report.departures.byCitizenship).toEqual([
      { country: 'AF', count: 5 },
      { country: 'IQ', count: 2 },
    ]);
  });

  it('is all zero for a year without rows, and has twelve months without --month', () => {
    const empty = buildAssistedReturnReport({ applications: [], departures: [] }, { year: 2027, producedAt });
    expect(empty.applications.byMonth).toHaveLength(12);
    expect(empty.applications.total.count).toBe(0);
    expect(empty.applications.byCitizenship).toEqual([]);
    expect(empty.departures.total).toBe(0);
    expect(assistedReturnFileName(empty)).toBe('assisted-returns-2027');
    expect(assistedReturnFileName(report)).toBe('assisted-returns-2026-01-to-2026-03');
  });
});

describe('JSON-stat 2.0 and tidy CSV', () => {
  const collection = assistedReturnJsonStat(report);
  const toolkit = () => JSONstat(structuredClone(collection));

  it('is a collection of six datasets that fits the schema', () => {
    expect(jsonStatCollectionSchema.parse(collection)).toEqual(collection);
    expect(collection.link.item.map((d) => d.extension.id)).toEqual([
      'applications-timing-by-month',
      'applications-outcome-by-month',
      'applications-timing-by-citizenship',
      'applications-outcome-by-citizenship',
      'departures-by-month',
      'departures-by-citizenship',
    ]);
    for (const dataset of collection.link.item) {
      expect(dataset.value).toHaveLength(dataset.size.reduce((a, b) => a * b, 1));
      expect(dataset.value.every((v) => v !== null)).toBe(true);
      dataset.id.forEach((id, i) => expect(dataset.dimension[id]!.category.index).toHaveLength(dataset.size[i]!));
      expect(dataset.role.time).toEqual(['time']);
      expect(dataset.role.metric).toEqual(['measure']);
      expect(dataset.updated).toBe(producedAt);
    }
  });

  it('reads back through jsonstat-toolkit with the report’s figures', () => {
    const read = toolkit();
    expect(read.class).toBe('collection');
    const timingByMonth = read.Dataset(0)!;
    expect(timingByMonth.extension?.id).toBe('applications-timing-by-month');
    expect(timingByMonth.Data({ time: '2026-01', timing: 'after-deadline', measure: 'count' })!.value).toBe(1);
    expect(timingByMonth.Data({ time: '2026-03', timing: 'total', measure: 'count' })!.value).toBe(3);
    const outcomeByCitizenship = read.Dataset(3)!;
    expect(outcomeByCitizenship.extension?.id).toBe('applications-outcome-by-citizenship');
    expect(outcomeByCitizenship.Dimension('citizenship')!.role).toBe('geo');
    expect(outcomeByCitizenship.Dimension('citizenship')!.Category('IQ')!.label).toBe('Iraq');
    expect(outcomeByCitizenship.Data({ time: '2026-01/2026-03', citizenship: 'IQ', outcome: 'granted', measure: 'count' })!.value).toBe(1);
    expect(outcomeByCitizenship.Data({ time: '2026-01/2026-03', citizenship: 'TOTAL', outcome: 'pending', measure: 'count' })!.value).toBe(2);
    expect(outcomeByCitizenship.Dimension('time')!.Category('2026-01/2026-03')!.label).toBe('January–March 2026');
    const departuresByCitizenship = read.Dataset(5)!;
    expect(departuresByCitizenship.Data({ time: '2026-01/2026-03', citizenship: 'TOTAL', measure: 'count' })!.value).toBe(7);
    expect(departuresByCitizenship.Data({ time: '2026-01/2026-03', citizenship: 'AF', measure: 'count' })!.value).toBe(5);
  });

  it('agrees with the report in every cell', () => {
    const [timingByMonth, outcomeByMonth, , , departuresByMonth] = collection.link.item;
    const key = { total: 'count', 'before-deadline': 'beforeDeadline', 'after-deadline': 'afterDeadline' } as const;
    for (const o of observations(timingByMonth!)) {
      const month = report.applications.byMonth.find((m) => m.month === o.categories.time)!;
      expect(o.value).toBe(month[key[o.categories.timing as keyof typeof key]]);
    }
    for (const o of observations(outcomeByMonth!)) {
      const month = report.applications.byMonth.find((m) => m.month === o.categories.time)!;
      const field = o.categories.outcome === 'total' ? 'count' : (o.categories.outcome as 'granted' | 'rejected' | 'pending' | 'withdrawn');
      expect(o.value).toBe(month[field]);
    }
    expect(departuresByMonth!.value).toEqual(report.departures.byMonth.map((m) => m.count));
  });

  it('writes one CSV row per observation, codes only', () => {
    const { type, body } = formatAssistedReturnReport(report, 'csv');
    expect(type).toBe('text/csv; charset=utf-8');
    const rows: string[][] = parse(body);
    expect(rows[0]).toEqual([...assistedCsvColumns]);
    expect(rows.length - 1).toBe(collection.link.item.reduce((n, d) => n + d.value.length, 0));
    expect(rows).toContainEqual(['applications-outcome-by-citizenship', '2026-01/2026-03', 'IQ', '', 'granted', 'count', '1']);
    expect(rows).toContainEqual(['departures-by-month', '2026-02', '', '', '', 'count', '4']);
  });

  it('prints the report and the JSON-stat as JSON', () => {
    expect(JSON.parse(formatAssistedReturnReport(report, 'json').body)).toEqual(report);
    expect(JSON.parse(formatAssistedReturnReport(report, 'json-stat').body)).toEqual(collection);
  });
});
