import { describe, expect, it } from 'vitest';
import { lookup } from '../engine/parameter.ts';
import { easterHolyDays, easterSunday, fixedHolyDays, highDays, isPublicHoliday, onOrNextWorkingDay, type PublicHolidays } from './holidays.ts';

const on = '2026-12-06';
const holidays: PublicHolidays = {
  fixed: [...lookup(fixedHolyDays, on).value, ...lookup(highDays, on).value],
  fromEaster: lookup(easterHolyDays, on).value,
};

describe('Norway’s public holidays', () => {
  it('puts Easter Sunday where the Gregorian tables do, from the earliest (22 March) to the latest (25 April)', () => {
    const known: Record<number, string> = {
      1900: '1900-04-15',
      1943: '1943-04-25',
      1961: '1961-04-02',
      2000: '2000-04-23',
      2008: '2008-03-23',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2038: '2038-04-25',
      2285: '2285-03-22',
    };
    for (const [year, day] of Object.entries(known)) expect(easterSunday(Number(year)), year).toBe(day);
  });

  it('knows every holiday of 2026 and nothing else in the year but Sundays', () => {
    const expected = [
      '2026-01-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-17',
      '2026-05-24',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ];
    const found: string[] = [];
    for (let d = new Date('2026-01-01T00:00:00Z'); d.getUTCFullYear() === 2026; d.setUTCDate(d.getUTCDate() + 1)) {
      const iso = d.toISOString().slice(0, 10);
      if (isPublicHoliday(iso, holidays)) found.push(iso);
    }
    expect(found).toEqual(expected);
  });

  it('moves a day off a weekend or holiday to the next working day, and leaves a working day alone', () => {
    expect(onOrNextWorkingDay('2026-03-25', holidays)).toBe('2026-03-25');
    expect(onOrNextWorkingDay('2026-03-28', holidays)).toBe('2026-03-30');
    expect(onOrNextWorkingDay('2026-04-02', holidays)).toBe('2026-04-07');
    expect(onOrNextWorkingDay('2027-05-16', holidays)).toBe('2027-05-18'); // Whit Sunday, then Whit Monday and 17 May on one day
    expect(onOrNextWorkingDay('2026-12-31', holidays)).toBe('2026-12-31');
  });
});
