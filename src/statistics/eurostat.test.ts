/**
 * The Eurostat-shaped export on hand-made records: age groups on the 14th, 18th and 35th birthdays and for
 * someone born on 29 February, the filter for third-country nationals around 1 January 2021 (a Romanian
 * never counts, a Briton from 2021), the kinds of return and their totals, quarters, and the JSON-stat read
 * back by jsonstat-toolkit and the tidy CSV.
 */
import JSONstat from 'jsonstat-toolkit';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ReturError } from '../shared/errors.ts';
import { jsonStatDatasetSchema } from './jsonstat.ts';
import { observations } from './csv-out.ts';
import {
  aggregateReturns,
  ageGroupOn,
  buildEurostatReturns,
  eurostatCountryCode,
  eurostatCsvColumns,
  eurostatPeriod,
  formatEurostatReturns,
  type EurostatReturnsDataset,
  type ReturnRecord,
} from './eurostat.ts';

const producedAt = '2026-04-02T06:00:00Z';

/** The dataset for a period from records, as the database path does it: rows of the period, then the dataset. */
function datasetOf(records: ReturnRecord[], year: number, quarter?: number): EurostatReturnsDataset {
  const period = eurostatPeriod({ year, ...(quarter === undefined ? {} : { quarter }) });
  return buildEurostatReturns(aggregateReturns(records, period.from, period.to), { year, ...(quarter === undefined ? {} : { quarter }), producedAt });
}

/** The value of one cell; the unit, geo and time have one category each. */
function cell(dataset: EurostatReturnsDataset, citizen: string, age: string, type: string): number | null {
  const table = JSONstat(structuredClone(dataset));
  const found = table.Data({ citizen, age, type, unit: 'PER', geo: 'NO', time: dataset.extension.period });
  return found ? found.value : null;
}

const record = (departureDate: string, kind: ReturnRecord['kind'], citizenship: string, dateOfBirth: string | null): ReturnRecord => ({
  departureDate,
  kind,
  citizenship,
  dateOfBirth,
});

describe('age group on the departure date', () => {
  it.each([
    ['the day before the 14th birthday', '2011-06-15', '2025-06-14', 'Y_LT14'],
    ['on the 14th birthday', '2011-06-15', '2025-06-15', 'Y14-17'],
    ['the day before the 18th birthday', '2007-06-15', '2025-06-14', 'Y14-17'],
    ['on the 18th birthday', '2007-06-15', '2025-06-15', 'Y18-34'],
    ['the day before the 35th birthday', '1990-06-15', '2025-06-14', 'Y18-34'],
    ['on the 35th birthday', '1990-06-15', '2025-06-15', 'Y_GE35'],
    ['born on 29 February, on 27 February of the year they turn 14', '2012-02-29', '2026-02-27', 'Y_LT14'],
    ['born on 29 February, on 28 February of a common year they turn 14', '2012-02-29', '2026-02-28', 'Y14-17'],
    ['born on 29 February, on 28 February of a common year they turn 18', '2008-02-29', '2026-02-28', 'Y18-34'],
    ['born on 29 February, the day before 28 February of the common year they turn 18', '2008-02-29', '2026-02-27', 'Y14-17'],
    ['born on 29 February, on 29 February of a leap year they turn 16', '2008-02-29', '2024-02-29', 'Y14-17'],
    ['born on 29 February 1992, the day before their 35th birthday in 2027', '1992-02-29', '2027-02-27', 'Y18-34'],
    ['born on 29 February 1992, on 28 February 2027', '1992-02-29', '2027-02-28', 'Y_GE35'],
    ['born on the departure day', '2025-03-01', '2025-03-01', 'Y_LT14'],
  ])('%s: %s on %s is %s', (_name, dateOfBirth, departureDate, expected) => {
    expect(ageGroupOn(dateOfBirth, departureDate)).toBe(expected);
  });

  it('is UNK when the date of birth is not known', () => {
    expect(ageGroupOn(null, '2025-06-15')).toBe('UNK');
  });

  it('counts the same boundaries through the dataset, with UNK and TOTAL', () => {
    const dataset = datasetOf(
      [
        record('2025-06-14', 'forced', 'AF', '2011-06-15'),
        record('2025-06-15', 'forced', 'AF', '2011-06-15'),
        record('2025-06-15', 'forced', 'AF', '2007-06-15'),
        record('2025-06-15', 'forced', 'AF', '1990-06-15'),
        record('2025-06-15', 'forced', 'AF', null),
      ],
      2025,
    );
    expect(cell(dataset, 'AF', 'Y_LT14', 'FORCED')).toBe(1);
    expect(cell(dataset, 'AF', 'Y14-17', 'FORCED')).toBe(1);
    expect(cell(dataset, 'AF', 'Y18-34', 'FORCED')).toBe(1);
    expect(cell(dataset, 'AF', 'Y_GE35', 'FORCED')).toBe(1);
    expect(cell(dataset, 'AF', 'UNK', 'FORCED')).toBe(1);
    expect(cell(dataset, 'AF', 'TOTAL', 'TOTAL')).toBe(5);
  });
});

describe('third-country nationals', () => {
  const records = [
    record('2020-12-31', 'forced', 'RO', '1980-01-01'),
    record('2021-01-01', 'forced', 'RO', '1980-01-01'),
    record('2020-12-31', 'forced', 'GB', '1980-01-01'),
    record('2021-01-01', 'assisted', 'GB', '1980-01-01'),
    record('2020-12-31', 'forced', 'IQ', '1980-01-01'),
    record('2021-01-01', 'forced', 'IQ', '1980-01-01'),
  ];

  it('leaves out a Romanian in 2020 and in 2021, and a Briton in 2020, when the United Kingdom was still in the list', () => {
    const dataset = datasetOf(records, 2020);
    expect(dataset.dimension.citizen!.category.index).toEqual(['TOTAL', 'IQ']);
    expect(cell(dataset, 'TOTAL', 'TOTAL', 'TOTAL')).toBe(1);
    expect(dataset.note?.[0]).toContain('2020-12-31');
  });

  it('counts a Briton who left on 1 January 2021, under Eurostat’s code UK, but never a Romanian', () => {
    const dataset = datasetOf(records, 2021);
    expect(dataset.dimension.citizen!.category.index).toEqual(['TOTAL', 'IQ', 'UK']);
    expect(dataset.dimension.citizen!.category.label.UK).toBe('United Kingdom');
    expect(cell(dataset, 'UK', 'Y18-34', 'ASSIST')).toBe(0);
    expect(cell(dataset, 'UK', 'Y_GE35', 'ASSIST')).toBe(1);
    expect(cell(dataset, 'TOTAL', 'TOTAL', 'TOTAL')).toBe(2);
    expect(dataset.note?.[0]).toContain('2021-12-31');
  });

  it('counts the same in the first quarter of 2021, which ends after the transition period', () => {
    const dataset = datasetOf(records, 2021, 1);
    expect(dataset.id).toEqual(['citizen', 'age', 'type', 'unit', 'geo', 'time']);
    expect(dataset.dimension.time!.category.index).toEqual(['2021-Q1']);
    expect(dataset.dimension.citizen!.category.index).toEqual(['TOTAL', 'IQ', 'UK']);
    expect(cell(dataset, 'TOTAL', 'TOTAL', 'TOTAL')).toBe(2);
  });

  it('writes country codes as Eurostat does (EL for Greece, UK for the United Kingdom), though a Greek never counts', () => {
    expect(['GR', 'GB', 'XK', 'AF'].map(eurostatCountryCode)).toEqual(['EL', 'UK', 'XK', 'AF']);
    expect(datasetOf([record('2025-05-05', 'forced', 'GR', null)], 2025).dimension.citizen!.category.index).toEqual(['TOTAL']);
  });
});

describe('type of return, quarters and totals', () => {
  const records = [
    record('2025-01-10', 'forced', 'AF', '1990-01-01'),
    record('2025-02-10', 'assisted', 'AF', '1990-01-01'),
    record('2025-02-10', 'assisted', 'AF', '2015-01-01'),
    record('2025-03-31', 'own', 'SO', '2000-01-01'),
    record('2025-04-01', 'forced', 'SO', '2000-01-01'),
    record('2025-12-31', 'assisted', 'XK', null),
  ];

  it('gives FORCED, ASSIST and VOL_NASS, and TOTAL is their sum in every dimension', () => {
    const dataset = datasetOf(records, 2025);
    expect(dataset.dimension.type!.category.index).toEqual(['TOTAL', 'FORCED', 'ASSIST', 'VOL_NASS']);
    expect(dataset.dimension.age!.category.index).toEqual(['TOTAL', 'Y_LT14', 'Y14-17', 'Y18-34', 'Y_GE35', 'UNK']);
    expect(dataset.dimension.citizen!.category.index).toEqual(['TOTAL', 'AF', 'SO', 'XK']);
    expect(cell(dataset, 'TOTAL', 'TOTAL', 'FORCED')).toBe(2);
    expect(cell(dataset, 'TOTAL', 'TOTAL', 'ASSIST')).toBe(3);
    expect(cell(dataset, 'TOTAL', 'TOTAL', 'VOL_NASS')).toBe(1);
    expect(cell(dataset, 'TOTAL', 'TOTAL', 'TOTAL')).toBe(6);
    expect(cell(dataset, 'AF', 'Y_LT14', 'ASSIST')).toBe(1);
    expect(cell(dataset, 'AF', 'Y_GE35', 'ASSIST')).toBe(1); // born 1990-01-01: 35 in 2025
    expect(cell(dataset, 'AF', 'Y18-34', 'ASSIST')).toBe(0);
    expect(cell(dataset, 'XK', 'UNK', 'ASSIST')).toBe(1);
    expect(cell(dataset, 'SO', 'TOTAL', 'TOTAL')).toBe(2);

    // Every TOTAL is the sum of the other categories of its dimension, everywhere in the cube.
    const values = new Map(observations(dataset).map((o) => [`${o.categories.citizen}|${o.categories.age}|${o.categories.type}`, o.value!]));
    const dims = {
      citizen: dataset.dimension.citizen!.category.index,
      age: dataset.dimension.age!.category.index,
      type: dataset.dimension.type!.category.index,
    };
    for (const c of dims.citizen)
      for (const a of dims.age) {
        const parts = dims.type.filter((t) => t !== 'TOTAL').reduce((sum, t) => sum + values.get(`${c}|${a}|${t}`)!, 0);
        expect(values.get(`${c}|${a}|TOTAL`)).toBe(parts);
      }
    for (const a of dims.age)
      for (const t of dims.type) {
        const parts = dims.citizen.filter((c) => c !== 'TOTAL').reduce((sum, c) => sum + values.get(`${c}|${a}|${t}`)!, 0);
        expect(values.get(`TOTAL|${a}|${t}`)).toBe(parts);
      }
  });

  it('counts a quarter from its first to its last day', () => {
    expect(eurostatPeriod({ year: 2025, quarter: 1 })).toEqual({ id: '2025-Q1', from: '2025-01-01', to: '2025-03-31', lastMonth: '2025-03' });
    expect(eurostatPeriod({ year: 2024, quarter: 1 }).to).toBe('2024-03-31');
    expect(eurostatPeriod({ year: 2025, quarter: 4 })).toEqual({ id: '2025-Q4', from: '2025-10-01', to: '2025-12-31', lastMonth: '2025-12' });
    expect(eurostatPeriod({ year: 2025 })).toEqual({ id: '2025', from: '2025-01-01', to: '2025-12-31', lastMonth: '2025-12' });
    const q1 = datasetOf(records, 2025, 1);
    const q2 = datasetOf(records, 2025, 2);
    expect(cell(q1, 'TOTAL', 'TOTAL', 'TOTAL')).toBe(4);
    expect(cell(q1, 'SO', 'TOTAL', 'VOL_NASS')).toBe(1);
    expect(cell(q2, 'TOTAL', 'TOTAL', 'TOTAL')).toBe(1);
    expect(cell(q2, 'SO', 'TOTAL', 'FORCED')).toBe(1);
    expect(q2.extension).toMatchObject({ period: '2025-Q2', month: '2025-06' });
  });

  it('is a valid dataset with only TOTAL for citizenship when nobody left', () => {
    const empty = datasetOf([], 2025, 3);
    expect(empty.size).toEqual([1, 6, 4, 1, 1, 1]);
    expect(empty.value).toEqual(new Array(24).fill(0));
  });

  it('refuses a quarter outside 1 to 4, and a year before the EU/EEA list begins', () => {
    expect(() => eurostatPeriod({ year: 2025, quarter: 5 })).toThrow(ReturError);
    // The year is refused as input, before the rules are asked: statistics start where the EU/EEA list does.
    expect(() => buildEurostatReturns([], { year: 2006, producedAt })).toThrow(ReturError);
    expect(() => buildEurostatReturns([], { year: 2007, producedAt })).not.toThrow();
  });
});

describe('JSON-stat 2.0 and tidy CSV', () => {
  const dataset = datasetOf(
    [record('2025-03-01', 'forced', 'AF', '1990-01-01'), record('2025-03-02', 'assisted', 'IQ', '2012-01-01'), record('2025-03-03', 'own', 'GB', '1950-01-01')],
    2025,
  );

  it('fits the JSON-stat schema: ids and sizes agree, every category labelled, a dense row-major value', () => {
    expect(jsonStatDatasetSchema.parse(dataset)).toMatchObject({ version: '2.0', class: 'dataset', updated: producedAt });
    expect(Object.keys(dataset.dimension)).toEqual(dataset.id);
    dataset.id.forEach((id, i) => {
      const category = dataset.dimension[id]!.category;
      expect(category.index).toHaveLength(dataset.size[i]!);
      expect(Object.keys(category.label).sort()).toEqual([...category.index].sort());
    });
    expect(dataset.value).toHaveLength(dataset.size.reduce((a, b) => a * b, 1));
    expect(dataset.role).toEqual({ time: ['time'], geo: ['geo'] });
    expect(dataset.dimension.geo!.category.index).toEqual(['NO']);
    expect(dataset.dimension.unit!.category.index).toEqual(['PER']);
    expect(dataset.note?.join(' ')).toMatch(/Eurostat publishes these figures rounded; Retur does not round/);
    expect(dataset.note?.join(' ')).toMatch(/have not been confirmed/);
    expect(dataset.extension).toEqual({
      id: 'eurostat-returns',
      month: '2025-12',
      period: '2025',
      shapedLike: ['migr_eirtn', 'migr_eirt_ass'],
      rounded: false,
    });
  });

  it('reads back through jsonstat-toolkit with its roles, labels and values', () => {
    const table = JSONstat(structuredClone(dataset));
    expect(table.class).toBe('dataset');
    expect(table.id).toEqual(['citizen', 'age', 'type', 'unit', 'geo', 'time']);
    expect(table.Dimension('time')!.role).toBe('time');
    expect(table.Dimension('geo')!.role).toBe('geo');
    expect(table.Dimension('citizen')!.Category('UK')!.label).toBe('United Kingdom');
    expect(table.Dimension('age')!.Category('Y_GE35')!.label).toBe('35 years or over');
    expect(table.Data({ citizen: 'IQ', age: 'Y_LT14', type: 'ASSIST', unit: 'PER', geo: 'NO', time: '2025' })!.value).toBe(1);
    expect(table.Data({ citizen: 'UK', age: 'Y_GE35', type: 'VOL_NASS', unit: 'PER', geo: 'NO', time: '2025' })!.value).toBe(1);
    expect(table.Data({ citizen: 'TOTAL', age: 'TOTAL', type: 'TOTAL', unit: 'PER', geo: 'NO', time: '2025' })!.value).toBe(3);
    const rows = table.toTable({ type: 'arrobj', content: 'id' });
    expect(rows).toHaveLength(dataset.value.length);
  });

  it('gives the same observations as tidy CSV, one row each, codes only', () => {
    const { type, body } = formatEurostatReturns(dataset, 'csv');
    expect(type).toBe('text/csv; charset=utf-8');
    const rows: string[][] = parse(body);
    expect(rows[0]).toEqual([...eurostatCsvColumns]);
    const expected = observations(dataset).map((o) => [...dataset.id.map((id) => o.categories[id]!), String(o.value)]);
    expect(rows.slice(1)).toEqual(expected);
    expect(rows.slice(1)).toContainEqual(['UK', 'Y_GE35', 'VOL_NASS', 'PER', 'NO', '2025', '1']);
    expect(body).not.toContain('1950-01-01');
  });

  it('prints JSON-stat that parses back to the same dataset', () => {
    const { type, body } = formatEurostatReturns(dataset, 'json-stat');
    expect(type).toBe('application/json; charset=utf-8');
    expect(JSON.parse(body)).toEqual(dataset);
  });
});
