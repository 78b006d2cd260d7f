/**
 * The golden test of the forced-return report: the demo data gives, for 2026-03, exactly the police's published tables
 * (seed 004, "Forced Returns from Norway as of March 2026"); and the published outputs (report JSON,
 * JSON-stat, tidy CSV) match their golden files. Set UPDATE_GOLDEN=1 to rewrite the golden files after a
 * deliberate change of format, and review the diff.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countryName, eeaAndSwitzerland } from '../rules/common/countries.ts';
import { lookup } from '../rules/engine/parameter.ts';
import { aggregate } from './aggregate.ts';
import { parseForcedReturnCsv } from './csv.ts';
import { tidyCsv } from './csv-out.ts';
import { demoForcedReturns, demoForcedReturnsCsv } from './demo.ts';
import { forcedReturnJsonStat } from './jsonstat.ts';
import { minorStatusOf } from './records.ts';
import { buildForcedReturnReport, type TopList } from './report.ts';

const records = demoForcedReturns();
const report = buildForcedReturnReport(aggregate(records), { month: '2026-03', producedAt: '2026-04-01T06:00:00Z', source: 'database' });

/** A table of the seed: country name as the police print it, our code, number, percentage. */
type SeedTable = [name: string, code: string, count: number, percent: number][];

/** The seed's "Turkey" is CLDR's "Türkiye"; every other name is the same. */
const seedNames: Record<string, string> = { TR: 'Turkey' };

function rowsOf(list: TopList): SeedTable {
  return list.top.map((t) => [seedNames[t.country] ?? countryName(t.country), t.country, t.count, t.percent]);
}

describe('the demo data reproduces the seed (Forced Returns from Norway as of March 2026)', () => {
  it('So far this year 578, same period last year 560, percentage change 3 %', () => {
    expect(report.total).toEqual({ thisYear: 578, lastYear: 560, changePercent: 3 });
  });

  it('Top 13 Citizenships: 14 rows with the tie at 15, Others 199 (34 %)', () => {
    const seed: SeedTable = [
      ['Romania', 'RO', 61, 11],
      ['Colombia', 'CO', 50, 9],
      ['Ukraine', 'UA', 50, 9],
      ['China', 'CN', 40, 7],
      ['Lithuania', 'LT', 32, 6],
      ['Turkey', 'TR', 27, 5],
      ['Russia', 'RU', 22, 4],
      ['Poland', 'PL', 19, 3],
      ['United Kingdom', 'GB', 17, 3],
      ['Sweden', 'SE', 16, 3],
      ['Afghanistan', 'AF', 15, 3],
      ['India', 'IN', 15, 3],
      ['United States', 'US', 15, 3],
    ];
    expect(rowsOf(report.citizenships)).toEqual(seed);
    expect(report.citizenships.others).toEqual({ count: 199, percent: 34 });
    expect(seed.reduce((sum, row) => sum + row[2], 0) + 199).toBe(578);
  });

  it('Top 13 Destinations: 14 rows with the tie at 13, Others 178 (31 %)', () => {
    const seed: SeedTable = [
      ['Romania', 'RO', 63, 11],
      ['Colombia', 'CO', 49, 8],
      ['Germany', 'DE', 44, 8],
      ['United Kingdom', 'GB', 44, 8],
      ['Poland', 'PL', 43, 7],
      ['Lithuania', 'LT', 33, 6],
      ['Sweden', 'SE', 28, 5],
      ['Spain', 'ES', 22, 4],
      ['China', 'CN', 20, 3],
      ['Turkey', 'TR', 15, 3],
      ['Croatia', 'HR', 13, 2],
      ['France', 'FR', 13, 2],
      ['United States', 'US', 13, 2],
    ];
    expect(rowsOf(report.destinations)).toEqual(seed);
    expect(report.destinations.others).toEqual({ count: 178, percent: 31 });
  });

  it('Convicted offenders: 250, the Top 12 Destinations with five tied at 5, Others 59 (24 %)', () => {
    expect(report.convictedOffenders.thisYear).toBe(250);
    // The seed lists these alphabetically; the report orders by number, then name.
    const seed: SeedTable = [
      ['Romania', 'RO', 62, 25],
      ['Lithuania', 'LT', 32, 13],
      ['Poland', 'PL', 19, 8],
      ['Sweden', 'SE', 18, 7],
      ['China', 'CN', 15, 6],
      ['United Kingdom', 'GB', 12, 5],
      ['United States', 'US', 8, 3],
      ['Albania', 'AL', 5, 2],
      ['Germany', 'DE', 5, 2],
      ['Latvia', 'LV', 5, 2],
      ['Netherlands', 'NL', 5, 2],
      ['Ukraine', 'UA', 5, 2],
    ];
    expect(rowsOf(report.convictedOffenders.destinations)).toEqual(seed);
    expect(report.convictedOffenders.destinations.others).toEqual({ count: 59, percent: 24 });
    expect(seed.reduce((sum, row) => sum + row[2], 0) + 59).toBe(250);
  });

  it('Minors with family 36, unaccompanied minors 4, total 40', () => {
    expect(report.minors.withFamily).toBe(36);
    expect(report.minors.unaccompanied).toBe(4);
    expect(report.minors.byMonth.reduce((sum, m) => sum + m.withFamily + m.unaccompanied, 0)).toBe(40);
  });

  it('every country in "Others" stays below its table\'s cut-off', () => {
    const counts = (pick: (r: (typeof records)[number]) => string | null) => {
      const out = new Map<string, number>();
      for (const r of records) {
        const key = r.departureDate >= '2026-01-01' ? pick(r) : null;
        if (key !== null) out.set(key, (out.get(key) ?? 0) + 1);
      }
      return out;
    };
    const below = (all: Map<string, number>, list: TopList, cutOff: number) => {
      const top = new Set(list.top.map((t) => t.country));
      return [...all].filter(([code, n]) => !top.has(code) && n >= cutOff);
    };
    expect(
      below(
        counts((r) => r.citizenship),
        report.citizenships,
        15,
      ),
    ).toEqual([]);
    expect(
      below(
        counts((r) => r.destination),
        report.destinations,
        13,
      ),
    ).toEqual([]);
    expect(
      below(
        counts((r) => (r.convicted ? r.destination : null)),
        report.convictedOffenders.destinations,
        5,
      ),
    ).toEqual([]);
  });
});

describe('the demo data is plausible and stable', () => {
  it('has departures in every month of 2025 and January–March 2026, and nowhere else', () => {
    const months = new Set(records.map((r) => r.departureDate.slice(0, 7)));
    expect([...months].sort()).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    const days = new Set(records.filter((r) => r.departureDate.startsWith('2026-03')).map((r) => r.departureDate));
    expect(days.size, 'departures are spread over the days of the month').toBeGreaterThan(20);
  });

  it('sends Dublin and IP returns to a European country, and most people home', () => {
    const europe = new Set(lookup(eeaAndSwitzerland, '2026-03-31').value);
    expect(records.filter((r) => (r.category === 'dublin' || r.category === 'ip') && !europe.has(r.destination))).toEqual([]);
    const home = records.filter((r) => r.citizenship === r.destination).length;
    expect(home / records.length).toBeGreaterThan(0.6);
  });

  it('has mostly refused and expelled people, and some asylum, Dublin and IP returns', () => {
    const thisYear = report.byCategory;
    expect(thisYear.refused.thisYear + thisYear.expelled.thisYear).toBeGreaterThan(report.total.thisYear / 2);
    for (const category of ['asylum', 'dublin', 'ip'] as const) expect(thisYear[category].thisYear).toBeGreaterThan(0);
  });

  it('gives dates of birth to most people, minors only where counted, and no convicted minors', () => {
    const unknown = records.filter((r) => r.dateOfBirth === null).length;
    expect(unknown).toBeGreaterThan(0);
    expect(unknown / records.length).toBeLessThan(0.1);
    expect(records.filter((r) => r.convicted && minorStatusOf(r) !== 'none')).toEqual([]);
    expect(records.filter((r) => r.unaccompaniedMinor && minorStatusOf(r) !== 'unaccompanied')).toEqual([]);
  });

  it('is the same on every run, with unique stable ids', () => {
    expect(demoForcedReturns()).toEqual(records);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    expect(records[0]!.id).toBe('demo-2025-01-0001');
    expect(records.at(-1)!.id).toBe('demo-2026-03-0209');
  });

  it('exports as an import file that reads back to the same records', async () => {
    const parsed = await parseForcedReturnCsv(demoForcedReturnsCsv());
    expect(parsed.ok && parsed.records).toEqual(records);
  });
});

describe('golden files of the published outputs for 2026-03', () => {
  const folder = join(dirname(fileURLToPath(import.meta.url)), '../../test/golden/statistics');
  const golden = (name: string, actual: string) => {
    const path = join(folder, name);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(folder, { recursive: true });
      writeFileSync(path, actual);
    }
    expect(actual, `${name} differs from its golden file (UPDATE_GOLDEN=1 rewrites it)`).toBe(readFileSync(path, 'utf8'));
  };

  it('the report JSON', () => {
    golden('forced-returns-2026-03.json', JSON.stringify(report, null, 2) + '\n');
  });

  it('the JSON-stat collection', () => {
    golden('forced-returns-2026-03.jsonstat.json', JSON.stringify(forcedReturnJsonStat(report), null, 2) + '\n');
  });

  it('the tidy CSV', () => {
    golden('forced-returns-2026-03.csv', tidyCsv(forcedReturnJsonStat(report)));
  });
});
