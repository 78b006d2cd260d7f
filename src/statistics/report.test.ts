/**
 * The report's definitions (src/statistics/README.md), each on a small file made for it: ties at the cut-off, year boundaries, leap
 * days, 18th birthdays on the departure date, the rounding of changePercent and percent, third-country
 * nationals on the dated EU/EEA list, and the month argument.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { eeaAndSwitzerland } from '../rules/common/countries.ts';
import { ReturError } from '../shared/errors.ts';
import { aggregate } from './aggregate.ts';
import { parseForcedReturnCsv } from './csv.ts';
import { csvColumns } from './records.ts';
import { buildForcedReturnReport, changePercent, percentOf, reportPeriod, topList, type ForcedReturnReport } from './report.ts';

interface Row {
  departure: string;
  category?: string;
  citizenship?: string;
  destination?: string;
  birth?: string;
  unaccompanied?: boolean;
  convicted?: boolean;
}

let nextId = 0;

/** A hand-made import file: the header, then one line per row (`times` repeats a row). */
function file(...rows: (Row & { times?: number })[]): string {
  const lines = [csvColumns.join(',')];
  for (const row of rows) {
    for (let i = 0; i < (row.times ?? 1); i++) {
      nextId += 1;
      lines.push(
        [
          `r${nextId}`,
          row.departure,
          row.category ?? 'refused',
          row.citizenship ?? 'AF',
          row.destination ?? row.citizenship ?? 'AF',
          row.birth ?? '',
          String(row.unaccompanied ?? false),
          String(row.convicted ?? false),
        ].join(','),
      );
    }
  }
  return lines.join('\n') + '\n';
}

async function reportOf(csv: string, month: string): Promise<ForcedReturnReport> {
  const parsed = await parseForcedReturnCsv(csv);
  if (!parsed.ok) throw new Error(`the test file is bad: ${JSON.stringify(parsed.errors)}`);
  return buildForcedReturnReport(aggregate(parsed.records), { month, producedAt: '2026-04-01T06:00:00Z', source: 'file' });
}

const codes = (report: ForcedReturnReport['citizenships']) => report.top.map((t) => `${t.country} ${t.count}`);

describe('top lists: 13 citizenships, 13 destinations, 12 convicted destinations, ties at the cut-off included', () => {
  // Twelve countries with 30 down to 19 returns, then the 13th place.
  const twelve = ['RO', 'CO', 'UA', 'CN', 'LT', 'TR', 'RU', 'PL', 'GB', 'SE', 'IN', 'US'].map((citizenship, i) => ({
    departure: '2026-02-10',
    citizenship,
    times: 30 - i,
  }));

  it('includes every country tied with the 13th place, in English name order', async () => {
    const report = await reportOf(
      file(
        ...twelve,
        { departure: '2026-02-10', citizenship: 'SO', times: 5 },
        { departure: '2026-02-10', citizenship: 'AF', times: 5 },
        { departure: '2026-02-10', citizenship: 'ER', times: 5 },
        { departure: '2026-02-11', citizenship: 'SY', times: 4 },
      ),
      '2026-03',
    );
    expect(report.citizenships.top).toHaveLength(15);
    expect(codes(report.citizenships).slice(12)).toEqual(['AF 5', 'ER 5', 'SO 5']);
    expect(report.citizenships.others.count).toBe(4);
  });

  it('stops at 13 when the 14th place has fewer', async () => {
    const report = await reportOf(
      file(...twelve, { departure: '2026-02-10', citizenship: 'SO', times: 5 }, { departure: '2026-02-10', citizenship: 'AF', times: 4 }),
      '2026-03',
    );
    expect(report.citizenships.top).toHaveLength(13);
    expect(report.citizenships.others).toEqual({ count: 4, percent: percentOf(4, report.total.thisYear) });
  });

  it('does not lengthen a list for a tie above the cut-off', () => {
    const counts = new Map([
      ['DE', 3],
      ['SE', 3],
      ['NO', 2],
      ['DK', 1],
    ]);
    expect(topList(counts, 2, 9).top.map((t) => t.country)).toEqual(['DE', 'SE']);
    expect(topList(counts, 3, 9).top.map((t) => t.country)).toEqual(['DE', 'SE', 'NO']);
  });

  it('orders equal counts by English country name, not by code', () => {
    // Germany (DE), Netherlands (NL), United Kingdom (GB).
    const list = topList(
      new Map([
        ['GB', 2],
        ['NL', 2],
        ['DE', 2],
        ['AL', 9],
      ]),
      13,
      15,
    );
    expect(list.top.map((t) => t.country)).toEqual(['AL', 'DE', 'NL', 'GB']);
    expect(list.others).toEqual({ count: 0, percent: 0 });
  });

  it("cuts the convicted offenders' destinations at 12, with percentages of the convicted total", async () => {
    const destinations = ['RO', 'LT', 'PL', 'SE', 'CN', 'GB', 'US', 'AL', 'DE', 'LV', 'NL', 'UA', 'FR'];
    const rows = destinations.map((destination, i) => ({ departure: '2026-01-05', citizenship: destination, convicted: true, times: i < 12 ? 20 - i : 3 }));
    const report = await reportOf(file(...rows, { departure: '2026-01-06', citizenship: 'ES', times: 100 }), '2026-01');
    const convicted = report.convictedOffenders;
    expect(convicted.thisYear).toBe(177); // 20 + 19 + … + 9, and 3
    expect(convicted.destinations.top).toHaveLength(12);
    expect(convicted.destinations.top.at(-1)).toEqual({ country: 'UA', count: 9, percent: 5 });
    expect(convicted.destinations.others).toEqual({ count: 3, percent: 2 });
    // 20 / 177 = 11.3 % of the convicted offenders (of all 277 returns it would be 7 %).
    expect(convicted.destinations.top[0]).toEqual({ country: 'RO', count: 20, percent: 11 });
    // The citizenships list of the same file goes to 13.
    expect(report.citizenships.top).toHaveLength(13);
  });
});

describe('this year and last year', () => {
  it('counts 1 January to the end of the month against the same months a year earlier', async () => {
    const report = await reportOf(
      file(
        { departure: '2025-01-01' },
        { departure: '2025-03-31', times: 2 },
        { departure: '2025-04-01', times: 7 },
        { departure: '2026-01-01', times: 3 },
        { departure: '2026-03-31' },
        { departure: '2026-04-01', times: 9 },
      ),
      '2026-03',
    );
    expect(report.total).toEqual({ thisYear: 4, lastYear: 3, changePercent: 33 });
    expect(report.byMonth).toEqual([
      { month: '2026-01', thisYear: 3, lastYear: 1 },
      { month: '2026-02', thisYear: 0, lastYear: 0 },
      { month: '2026-03', thisYear: 1, lastYear: 2 },
    ]);
  });

  it("does not count a December departure in the next year's report", async () => {
    const csv = file({ departure: '2025-12-31', convicted: true, times: 5 }, { departure: '2026-01-01', convicted: true });
    const january = await reportOf(csv, '2026-01');
    expect(january.total).toEqual({ thisYear: 1, lastYear: 0, changePercent: null });
    expect(january.convictedOffenders.thisYear).toBe(1);
    expect(january.citizenships.top).toEqual([{ country: 'AF', count: 1, percent: 100 }]);
    // …but the 24-month series of convicted offenders shows December.
    expect(january.convictedOffenders.byMonth.slice(-2)).toEqual([
      { month: '2025-12', count: 5 },
      { month: '2026-01', count: 1 },
    ]);
    const december = await reportOf(csv, '2025-12');
    expect(december.total.thisYear).toBe(5);
    expect(december.byMonth).toHaveLength(12);
  });

  it('counts a departure on 29 February in February, this year and, a year later, last year', async () => {
    const csv = file({ departure: '2024-02-29', times: 2 }, { departure: '2024-03-01' }, { departure: '2025-02-28' });
    const leapYear = await reportOf(csv, '2024-02');
    expect(leapYear.byMonth).toEqual([
      { month: '2024-01', thisYear: 0, lastYear: 0 },
      { month: '2024-02', thisYear: 2, lastYear: 0 },
    ]);
    const nextYear = await reportOf(csv, '2025-02');
    expect(nextYear.total).toEqual({ thisYear: 1, lastYear: 2, changePercent: -50 });
  });

  it("gives 24 months of convicted offenders up to the report's month, across the year boundary", async () => {
    const report = await reportOf(file({ departure: '2024-04-01', convicted: true }, { departure: '2024-03-31', convicted: true, times: 4 }), '2026-03');
    expect(report.convictedOffenders.byMonth).toHaveLength(24);
    expect(report.convictedOffenders.byMonth[0]).toEqual({ month: '2024-04', count: 1 });
    expect(report.convictedOffenders.byMonth[23]).toEqual({ month: '2026-03', count: 0 });
    expect(reportPeriod('2026-03')).toEqual({ from: '2024-04-01', to: '2026-03-31' });
    expect(reportPeriod('2024-02')).toEqual({ from: '2022-03-01', to: '2024-02-29' });
  });
});

describe('minors: under 18 on the departure date', () => {
  it('is not a minor on the 18th birthday, and is the day before', async () => {
    const report = await reportOf(
      file(
        { departure: '2026-03-14', birth: '2008-03-15' },
        { departure: '2026-03-15', birth: '2008-03-15' },
        { departure: '2026-03-15', birth: '2008-03-15', unaccompanied: true },
        { departure: '2026-03-14', birth: '2008-03-15', unaccompanied: true },
      ),
      '2026-03',
    );
    expect(report.minors).toMatchObject({ withFamily: 1, unaccompanied: 1 });
  });

  it('turns 18 on 28 February in a common year when born on 29 February', async () => {
    const report = await reportOf(
      file(
        { departure: '2026-02-27', birth: '2008-02-29' },
        { departure: '2026-02-28', birth: '2008-02-29' },
        { departure: '2026-03-01', birth: '2008-02-29' },
      ),
      '2026-03',
    );
    expect(report.minors.byMonth).toEqual([
      { month: '2026-01', withFamily: 0, unaccompanied: 0 },
      { month: '2026-02', withFamily: 1, unaccompanied: 0 },
      { month: '2026-03', withFamily: 0, unaccompanied: 0 },
    ]);
  });

  it('counts the age on a departure on 29 February', async () => {
    const report = await reportOf(
      file(
        { departure: '2024-02-29', birth: '2006-03-01', unaccompanied: true },
        { departure: '2024-02-29', birth: '2006-02-28', unaccompanied: true },
        { departure: '2024-02-29', birth: '2006-02-27' },
      ),
      '2024-02',
    );
    expect(report.minors).toMatchObject({ withFamily: 0, unaccompanied: 1 });
  });

  it('does not count an unknown date of birth, nor the unaccompanied flag on an adult', async () => {
    const report = await reportOf(
      file(
        { departure: '2026-01-10', unaccompanied: true },
        { departure: '2026-01-10', birth: '1990-01-01', unaccompanied: true },
        { departure: '2026-01-10', birth: '2020-06-01' },
      ),
      '2026-01',
    );
    expect(report.minors).toEqual({ withFamily: 1, unaccompanied: 0, byMonth: [{ month: '2026-01', withFamily: 1, unaccompanied: 0 }] });
  });
});

describe('rounding', () => {
  it('rounds changePercent half away from zero, and gives null when last year is 0', () => {
    expect(changePercent(41, 40)).toBe(3); // +2.5
    expect(changePercent(39, 40)).toBe(-3); // −2.5
    expect(changePercent(1049, 1000)).toBe(5); // +4.9
    expect(changePercent(951, 1000)).toBe(-5); // −4.9
    expect(changePercent(1024, 1000)).toBe(2); // +2.4
    expect(changePercent(976, 1000)).toBe(-2); // −2.4
    expect(changePercent(578, 560)).toBe(3); // +3.2, the seed
    expect(changePercent(0, 7)).toBe(-100);
    expect(changePercent(5, 0)).toBeNull();
    expect(changePercent(0, 0)).toBeNull();
  });

  it('rounds changePercent half away from zero in a report', async () => {
    const up = await reportOf(file({ departure: '2025-01-15', times: 40 }, { departure: '2026-01-15', times: 41 }), '2026-01');
    expect(up.total.changePercent).toBe(3);
    const down = await reportOf(file({ departure: '2025-01-15', times: 40 }, { departure: '2026-01-15', times: 39 }), '2026-01');
    expect(down.total.changePercent).toBe(-3);
  });

  it('rounds percentages half up', () => {
    expect(percentOf(1, 8)).toBe(13); // 12.5
    expect(percentOf(1, 40)).toBe(3); // 2.5
    expect(percentOf(29, 200)).toBe(15); // 14.5, which 29 / 200 * 100 computes as 14.4999…
    expect(percentOf(1, 200)).toBe(1); // 0.5
    expect(percentOf(1, 201)).toBe(0); // 0.497…
    expect(percentOf(199, 578)).toBe(34); // the seed's Others
    expect(percentOf(0, 0)).toBe(0);
  });

  it('rounds percentages half up in a report', async () => {
    const report = await reportOf(file({ departure: '2026-01-15', citizenship: 'SO' }, { departure: '2026-01-15', citizenship: 'ER', times: 7 }), '2026-01');
    expect(report.citizenships.top).toEqual([
      { country: 'ER', count: 7, percent: 88 }, // 87.5
      { country: 'SO', count: 1, percent: 13 }, // 12.5
    ]);
  });
});

describe("third-country nationals: outside the EU, the EEA and Switzerland on the report's last day", () => {
  it("leaves out EU, EEA and Swiss citizens, and gives percentages of the period's total", async () => {
    const report = await reportOf(
      file(
        { departure: '2026-01-15', citizenship: 'RO', times: 5 },
        { departure: '2026-01-15', citizenship: 'CH', times: 2 },
        { departure: '2026-01-15', citizenship: 'AF', times: 3 },
        { departure: '2026-01-15', citizenship: 'XK' },
      ),
      '2026-01',
    );
    expect(report.thirdCountryNationals).toEqual({
      count: 4,
      percent: 36, // 4 / 11
      citizenships: {
        top: [
          { country: 'AF', count: 3, percent: 27 },
          { country: 'XK', count: 1, percent: 9 },
        ],
        others: { count: 0, percent: 0 },
      },
    });
  });

  it('reads the dated list: British citizens count from the month the United Kingdom is off it', async () => {
    const left = eeaAndSwitzerland.values.find((v) => v.value !== null && !v.value.includes('GB'))!.from;
    const before = Temporal.PlainDate.from(left).subtract({ months: 1 }).toPlainYearMonth().toString();
    const after = left.slice(0, 7);
    const csv = file(
      { departure: `${before}-15`, citizenship: 'GB' },
      { departure: `${after}-15`, citizenship: 'GB' },
      { departure: `${after}-15`, citizenship: 'GB' },
    );
    expect((await reportOf(csv, before)).thirdCountryNationals.count).toBe(0);
    expect((await reportOf(csv, after)).thirdCountryNationals).toMatchObject({ count: 2, citizenships: { top: [{ country: 'GB', count: 2 }] } });
  });
});

describe('the month argument', () => {
  it('gives an all-zero report for a month with no data', () => {
    const report = buildForcedReturnReport([], { month: '2026-03', producedAt: '2026-04-01T06:00:00Z', source: 'database' });
    expect(report.total).toEqual({ thisYear: 0, lastYear: 0, changePercent: null });
    expect(report.byCategory.asylum).toEqual({ thisYear: 0, lastYear: 0 });
    expect(report.byMonth.map((m) => m.thisYear + m.lastYear)).toEqual([0, 0, 0]);
    expect(report.citizenships).toEqual({ top: [], others: { count: 0, percent: 0 } });
    expect(report.thirdCountryNationals).toEqual({ count: 0, percent: 0, citizenships: { top: [], others: { count: 0, percent: 0 } } });
    expect(report.convictedOffenders.byMonth).toHaveLength(24);
    expect(report.minors).toMatchObject({ withFamily: 0, unaccompanied: 0 });
  });

  it.each(['2026-13', '2026-00', '2026-3', '26-03', '2026-03-01', '', 'March 2026'])('refuses the month %j', (month) => {
    expect(() => buildForcedReturnReport([], { month, producedAt: '2026-04-01T06:00:00Z', source: 'file' })).toThrow(ReturError);
  });

  it('refuses a producedAt that is not a date and time', () => {
    expect(() => buildForcedReturnReport([], { month: '2026-03', producedAt: 'yesterday', source: 'file' })).toThrow(ReturError);
  });

  it('ignores rows outside the months it looks at', () => {
    const row = { category: 'asylum', citizenship: 'AF', destination: 'DE', convicted: true, minor: 'none', count: 4 } as const;
    const report = buildForcedReturnReport(
      [
        { ...row, month: '2024-03' },
        { ...row, month: '2026-04' },
      ],
      { month: '2026-03', producedAt: '2026-04-01T06:00:00Z', source: 'file' },
    );
    expect(report.total.thisYear + report.total.lastYear).toBe(0);
    expect(report.convictedOffenders.byMonth.reduce((sum, m) => sum + m.count, 0)).toBe(0);
  });
});
