/**
 * The JSON-stat 2.0 collection follows the specification and reads back through jsonstat-toolkit with the
 * report's figures; the tidy CSV holds the same observations.
 */
import JSONstat from 'jsonstat-toolkit';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { aggregate } from './aggregate.ts';
import { csvField, csvLine, observations, tidyColumns, tidyCsv } from './csv-out.ts';
import { demoForcedReturns } from './demo.ts';
import { forcedReturnJsonStat, jsonStatCollectionSchema, type JsonStatDataset } from './jsonstat.ts';
import { buildForcedReturnReport } from './report.ts';

const report = buildForcedReturnReport(aggregate(demoForcedReturns()), { month: '2026-03', producedAt: '2026-04-01T06:00:00Z', source: 'database' });
const collection = forcedReturnJsonStat(report);
const datasets = collection.link.item;
const byId = (id: string): JsonStatDataset => {
  const found = datasets.find((d) => d.extension.id === id);
  if (!found) throw new Error(`no dataset ${id}`);
  return found;
};

/** jsonstat-toolkit rewrites category indexes in place, so it gets a copy. */
const toolkit = () => JSONstat(structuredClone(collection));

describe('JSON-stat 2.0', () => {
  it('is a collection of embedded datasets that fits its schema', () => {
    expect(jsonStatCollectionSchema.parse(collection)).toEqual(collection);
    expect(collection).toMatchObject({ version: '2.0', class: 'collection', updated: '2026-04-01T06:00:00Z' });
    expect(datasets.map((d) => d.extension.id)).toEqual([
      'by-category',
      'by-month',
      'citizenships',
      'destinations',
      'third-country-nationals',
      'convicted-offenders',
      'convicted-destinations',
      'convicted-by-month',
      'minors',
    ]);
  });

  it.each(datasets.map((d) => [d.extension.id, d] as const))('%s: ids, sizes, indexes, labels, roles and values agree', (_id, dataset) => {
    expect(dataset.version).toBe('2.0');
    expect(dataset.class).toBe('dataset');
    expect(Object.keys(dataset.dimension).sort()).toEqual([...dataset.id].sort());
    dataset.id.forEach((dimensionId, i) => {
      const category = dataset.dimension[dimensionId]!.category;
      expect(category.index).toHaveLength(dataset.size[i]!);
      expect(new Set(category.index).size).toBe(category.index.length);
      expect(Object.keys(category.label).sort()).toEqual([...category.index].sort());
    });
    expect(dataset.value).toHaveLength(dataset.size.reduce((a, b) => a * b, 1));
    expect(dataset.value.every((v) => v !== null)).toBe(true);
    for (const ids of Object.values(dataset.role)) for (const id of ids ?? []) expect(dataset.id).toContain(id);
    expect(dataset.role.time).toEqual(['time']);
    expect(dataset.role.metric).toEqual(['measure']);
    expect(Object.keys(dataset.dimension.measure!.category.unit ?? {})).toEqual(dataset.dimension.measure!.category.index);
    expect(dataset).toMatchObject({ updated: collection.updated, source: collection.source });
  });

  it('is read back by jsonstat-toolkit, every value in its place', () => {
    const read = toolkit();
    expect(read.class).toBe('collection');
    expect(read.length).toBe(datasets.length);
    datasets.forEach((dataset, i) => {
      const back = read.Dataset(i)!;
      expect(back.id).toEqual(dataset.id);
      expect(back.size).toEqual(dataset.size);
      expect(back.label).toBe(dataset.label);
      for (const { categories, value } of observations(dataset)) expect(back.Data(categories)?.value).toBe(value);
    });
  });

  it("holds the seed's figures where the toolkit looks for them", () => {
    const read = toolkit();
    const at = (id: string, coordinates: Record<string, string>) => read.Dataset(datasets.indexOf(byId(id)))!.Data(coordinates)?.value;
    expect(at('by-category', { time: '2026-01/2026-03', category: 'total', measure: 'count' })).toBe(578);
    expect(at('by-category', { time: '2025-01/2025-03', category: 'total', measure: 'count' })).toBe(560);
    expect(at('citizenships', { time: '2026-01/2026-03', citizenship: 'RO', measure: 'count' })).toBe(61);
    expect(at('citizenships', { time: '2026-01/2026-03', citizenship: 'RO', measure: 'percent' })).toBe(11);
    expect(at('citizenships', { time: '2026-01/2026-03', citizenship: 'OTHERS', measure: 'count' })).toBe(199);
    expect(at('citizenships', { time: '2026-01/2026-03', citizenship: 'TOTAL', measure: 'percent' })).toBe(100);
    expect(at('destinations', { time: '2026-01/2026-03', destination: 'OTHERS', measure: 'percent' })).toBe(31);
    expect(at('convicted-destinations', { time: '2026-01/2026-03', destination: 'RO', measure: 'count' })).toBe(62);
    expect(at('convicted-destinations', { time: '2026-01/2026-03', destination: 'TOTAL', measure: 'count' })).toBe(250);
    expect(at('minors', { time: '2026-03', minor: 'with-family', measure: 'count' })).toBe(report.minors.byMonth[2]!.withFamily);
    expect(at('convicted-by-month', { time: '2024-04', measure: 'count' })).toBe(0);
    const citizenship = read.Dataset(2)!.Dimension('citizenship')!;
    expect(citizenship.role).toBe('geo');
    expect(citizenship.Category('GB')!.label).toBe('United Kingdom');
    expect(read.Dataset(2)!.Dimension('time')!.role).toBe('time');
  });

  it('labels periods and months in English', () => {
    expect(byId('by-category').dimension.time!.category.label).toEqual({ '2025-01/2025-03': 'January–March 2025', '2026-01/2026-03': 'January–March 2026' });
    expect(byId('convicted-by-month').dimension.time!.category.index).toHaveLength(24);
    expect(byId('convicted-by-month').dimension.time!.category.label['2024-04']).toBe('April 2024');
    const january = forcedReturnJsonStat(buildForcedReturnReport([], { month: '2026-01', producedAt: '2026-02-01T06:00:00Z', source: 'file' }));
    expect(january.link.item[0]!.dimension.time!.category.label).toEqual({ '2025-01/2025-01': 'January 2025', '2026-01/2026-01': 'January 2026' });
  });
});

describe('tidy CSV', () => {
  const text = tidyCsv(collection);
  const rows: string[][] = parse(text);

  it('has a header and one row per observation of every dataset', () => {
    expect(rows[0]).toEqual([...tidyColumns]);
    expect(rows.length - 1).toBe(datasets.reduce((n, d) => n + d.value.length, 0));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
  });

  it('holds the same values as the JSON-stat, read back by the toolkit', () => {
    const read = toolkit();
    for (const row of rows.slice(1)) {
      const [datasetId, ...rest] = row;
      const value = rest.pop();
      const dataset = byId(datasetId!);
      const coordinates: Record<string, string> = {};
      tidyColumns.slice(1, -1).forEach((column, i) => {
        if (rest[i] !== '') coordinates[column] = rest[i]!;
      });
      expect(Object.keys(coordinates).sort()).toEqual([...dataset.id].sort());
      expect(String(read.Dataset(datasets.indexOf(dataset))!.Data(coordinates)?.value)).toBe(value);
    }
  });

  it('quotes fields as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(12)).toBe('12');
    expect(csvLine(['a', 'b,c', null])).toBe('a,"b,c",\r\n');
  });
});
