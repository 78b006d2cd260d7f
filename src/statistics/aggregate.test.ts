/**
 * Records, their derived fields (minor status on the departure date) and the aggregate rows the report is
 * built from.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { ageOn } from '../rules/engine/dates.ts';
import { aggregate, aggregateRowSchema, createAggregator } from './aggregate.ts';
import { demoForcedReturns } from './demo.ts';
import { forcedReturnRecord, isMinorOn, minorStatusOf, type ForcedReturnRecord } from './records.ts';

const record = (overrides: Partial<ForcedReturnRecord>): ForcedReturnRecord => ({
  id: 'x',
  departureDate: '2026-03-15',
  category: 'refused',
  citizenship: 'AL',
  destination: 'AL',
  dateOfBirth: null,
  unaccompaniedMinor: false,
  convicted: false,
  ...overrides,
});

describe('minor status on the departure date', () => {
  it.each([
    ['2008-03-16', false, 'with-family'],
    ['2008-03-15', false, 'none'], // 18 today
    ['2008-03-16', true, 'unaccompanied'],
    ['2008-03-15', true, 'none'],
    ['2026-03-15', false, 'with-family'], // born on the day
    ['1980-01-01', true, 'none'],
    [null, true, 'none'],
  ] as const)('born %s, flagged unaccompanied %s: %s', (dateOfBirth, unaccompaniedMinor, expected) => {
    expect(minorStatusOf(record({ dateOfBirth, unaccompaniedMinor }))).toBe(expected);
  });

  it('agrees with ageOn on every day around the 18th birthday, 29 February included', () => {
    const births = ['2008-02-29', '2008-02-28', '2008-03-01', '2007-12-31', '2008-01-01', '2006-02-28'];
    for (const birth of births) {
      const eighteenth = Temporal.PlainDate.from(birth).add({ years: 18 });
      for (let d = -400; d <= 400; d++) {
        const day = eighteenth.add({ days: d }).toString();
        expect(isMinorOn(birth, day), `${birth} on ${day}`).toBe(ageOn(birth, day) < 18);
      }
    }
  });

  it('refuses a record born after its departure', () => {
    expect(forcedReturnRecord.safeParse(record({ dateOfBirth: '2026-03-16' })).success).toBe(false);
    expect(forcedReturnRecord.safeParse(record({ dateOfBirth: '2026-03-15' })).success).toBe(true);
  });
});

describe('aggregate rows', () => {
  it('counts records with the same month, category, countries, conviction and minor status together', () => {
    const rows = aggregate([
      record({ id: 'a', departureDate: '2026-03-01' }),
      record({ id: 'b', departureDate: '2026-03-31' }),
      record({ id: 'c', departureDate: '2026-03-31', convicted: true }),
      record({ id: 'd', departureDate: '2026-04-01' }),
      record({ id: 'e', departureDate: '2026-03-02', dateOfBirth: '2015-01-01', unaccompaniedMinor: true }),
      record({ id: 'f', departureDate: '2026-03-02', dateOfBirth: '1990-01-01', unaccompaniedMinor: true }),
    ]);
    const base = { category: 'refused', citizenship: 'AL', destination: 'AL' };
    expect(rows).toEqual([
      { month: '2026-03', ...base, convicted: false, minor: 'none', count: 3 },
      { month: '2026-03', ...base, convicted: false, minor: 'unaccompanied', count: 1 },
      { month: '2026-03', ...base, convicted: true, minor: 'none', count: 1 },
      { month: '2026-04', ...base, convicted: false, minor: 'none', count: 1 },
    ]);
  });

  it('loses no record and gives rows that fit the schema the database rows are read with', () => {
    const records = demoForcedReturns();
    const rows = aggregate(records);
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(records.length);
    for (const row of rows) expect(aggregateRowSchema.parse(row)).toEqual(row);
    const keys = rows.map((r) => `${r.month}|${r.category}|${r.citizenship}|${r.destination}|${r.convicted}|${r.minor}`);
    expect(new Set(keys).size).toBe(rows.length);
  });

  it('gives the same rows one record at a time, in any order', () => {
    const records = demoForcedReturns();
    const aggregator = createAggregator();
    for (const r of [...records].reverse()) aggregator.add(r);
    expect(aggregator.rows()).toEqual(aggregate(records));
  });
});
