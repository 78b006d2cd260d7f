import { describe, expect, it } from 'vitest';
import { osloToday } from './clock.ts';

describe('osloToday', () => {
  it('turns the day at midnight in Oslo, in winter and in summer time, whichever instant is asked first', () => {
    const asked: [string, string][] = [
      ['2026-03-29T21:59:59.999Z', '2026-03-29'], // 23:59:59.999 summer time, the day the clocks went forward
      ['2026-03-28T22:59:59.999Z', '2026-03-28'], // 23:59:59.999 winter time
      ['2026-03-28T23:00:00.000Z', '2026-03-29'],
      ['2026-03-29T22:00:00.000Z', '2026-03-30'],
      ['2026-10-25T22:59:59.999Z', '2026-10-25'], // the day the clocks went back has 25 hours
      ['2026-10-24T21:59:59.999Z', '2026-10-24'],
      ['2026-10-24T22:00:00.000Z', '2026-10-25'],
      ['2026-10-25T23:00:00.000Z', '2026-10-26'],
    ];
    for (const [instant, day] of asked) expect(osloToday(new Date(instant)), instant).toBe(day);
  });
});
