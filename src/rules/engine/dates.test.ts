/**
 * The plain-arithmetic `ageOn`, `daysBetween`, `addDays`, `addYears` and `isIsoDate` give exactly what Temporal
 * gives, on every day of a range that holds leap years, century years and 29 February births; refusals stay
 * refusals.
 */
import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { addDays, addYears, ageOn, daysBetween, isIsoDate } from './dates.ts';

const temporalAge = (birth: string, on: string) => {
  const b = Temporal.PlainDate.from(birth);
  const d = Temporal.PlainDate.from(on);
  let years = d.year - b.year;
  if (Temporal.PlainDate.compare(b.add({ years }, { overflow: 'constrain' }), d) > 0) years -= 1;
  return years;
};

describe('dates', () => {
  const births = ['1900-02-28', '1904-02-29', '1999-12-31', '2000-02-29', '2000-03-01', '2008-02-29', '2010-06-15', '2012-01-01'];
  let day = Temporal.PlainDate.from('2015-12-25');
  const days: string[] = [];
  while (Temporal.PlainDate.compare(day, Temporal.PlainDate.from('2029-03-05')) <= 0) {
    days.push(day.toString());
    day = day.add({ days: 3 });
  }
  days.push('2100-02-28', '2100-03-01', '2028-02-28', '2028-02-29', '2029-02-28', '2029-03-01');

  it('ageOn is Temporal’s age, 29 February births turning a year older on 28 February in a common year', () => {
    for (const birth of births) for (const on of days) expect(ageOn(birth, on), `${birth} on ${on}`).toBe(temporalAge(birth, on));
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(18);
    expect(ageOn('2008-02-29', '2026-02-27')).toBe(17);
    expect(ageOn('2008-02-29', '2028-02-28')).toBe(19);
  });

  it('daysBetween is Temporal’s count of days, either way', () => {
    for (const from of births) {
      for (const to of days) {
        expect(daysBetween(from, to)).toBe(Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: 'days' }).days);
        expect(daysBetween(to, from)).toBe(-daysBetween(from, to));
      }
    }
  });

  it('addDays and addYears are Temporal’s, forwards and back, across months, leap days, centuries and the ends of years 0000–9999', () => {
    const starts = [...births, ...days, '0000-01-01', '0000-03-01', '1600-02-29', '9999-12-31', '9999-02-28'];
    for (const from of starts) {
      const date = Temporal.PlainDate.from(from);
      for (const n of [0, 1, -1, 2, 28, -29, 59, 60, 365, -366, 1461, 36524, -146097, 3_000_000]) {
        expect(addDays(from, n), `${from} + ${n} days`).toBe(date.add({ days: n }).toString());
      }
      for (const n of [0, 1, -1, 4, -4, 18, 100, -100, 400, 20_000]) {
        expect(addYears(from, n), `${from} + ${n} years`).toBe(date.add({ years: n }, { overflow: 'constrain' }).toString());
      }
    }
    expect(addYears('2008-02-29', 18)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('isIsoDate takes the real calendar dates Temporal takes, and nothing else', () => {
    for (const value of [...days, ...births, '0000-02-29', '2000-02-29']) expect(isIsoDate(value), value).toBe(true);
    for (const value of ['1900-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01', ' 2026-01-01', '20260101', ''])
      expect(isIsoDate(value), value).toBe(false);
  });

  it('refuses what it refused: a birth after the date, and dates that are not real', () => {
    expect(() => ageOn('2026-03-02', '2026-03-01')).toThrow(expect.objectContaining({ code: 'RULES_INVALID_INPUT' }));
    expect(() => ageOn('2026-02-30', '2026-03-01')).toThrow(expect.objectContaining({ code: 'RULES_INVALID_INPUT' }));
    expect(() => daysBetween('2026-13-01', '2026-03-01')).toThrow(expect.objectContaining({ code: 'RULES_INVALID_INPUT' }));
    expect(() => daysBetween('2025-02-29', '2026-03-01')).toThrow(expect.objectContaining({ code: 'RULES_INVALID_INPUT' }));
  });
});
