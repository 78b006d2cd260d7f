/**
 * What the cases (support.cases.ts) cannot say one input at a time: properties over many households and
 * dates, the shape of the trace, and where a refusal points.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../engine/dates.ts';
import type { DefinitionStep } from '../engine/trace.ts';
import { evaluateSupport, supportInput } from './support.ts';
import { adultAge, CURRENT_RATES_START, RATES_2015_START, supportParameters, travelDocumentSupplement } from './support.parameters.ts';

const parse = (raw: unknown) => supportInput.parse(raw);

describe('the cash total', () => {
  const households = [
    [{ dateOfBirth: '1980-01-01' }],
    [{ dateOfBirth: '1980-01-01' }, { dateOfBirth: '1982-03-03' }],
    // A child in 2015 who is an adult by 2020, and two children throughout.
    [{ dateOfBirth: '1980-01-01' }, { dateOfBirth: '2001-05-05' }, { dateOfBirth: '2008-09-09' }, { dateOfBirth: '2014-12-12' }],
  ];
  const dates = ['2015-09-01', '2018-06-30', '2020-03-25', '2020-03-26', '2026-03-10'];
  const deadlines = (date: string) => [null, addDays(date, 5), date, addDays(date, -1)];

  it('is the sum of the lines, and country programmes are never added to it', () => {
    let checked = 0;
    for (const travellers of households) {
      for (const applicationDate of dates) {
        for (const departureDeadline of deadlines(applicationDate)) {
          for (const citizenship of ['IQ', 'SO', 'AF']) {
            for (const registeredInNorway of [true, false]) {
              const result = evaluateSupport(parse({ applicationDate, departureDeadline, registeredInNorway, citizenship, travellers }));
              expect(result.total).toBe(result.lines.reduce((sum, line) => sum + line.amount, 0));
              // One grant line per traveller, one more per child.
              const children = result.lines.filter((line) => line.ageGroup === 'child').length / 2;
              expect(result.lines.length).toBe(travellers.length + children);
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBe(households.length * dates.length * 4 * 3 * 2);
  });

  it('is never lower before the deadline than after it, for the same household and date', () => {
    for (const applicationDate of dates) {
      for (const travellers of households) {
        const before = evaluateSupport(parse({ applicationDate, departureDeadline: applicationDate, citizenship: 'AF', travellers }));
        const after = evaluateSupport(parse({ applicationDate, departureDeadline: addDays(applicationDate, -1), citizenship: 'AF', travellers }));
        expect(before.total).toBeGreaterThan(after.total);
      }
    }
  });
});

describe('the days left before the rate drops', () => {
  it('counts down to 1 on the deadline day and is null from the day after', () => {
    const deadline = '2026-03-31';
    for (let daysBefore = 40; daysBefore >= -3; daysBefore--) {
      const applicationDate = addDays(deadline, -daysBefore);
      const result = evaluateSupport(parse({ applicationDate, departureDeadline: deadline, citizenship: 'ER', travellers: [{ dateOfBirth: '1990-01-01' }] }));
      if (daysBefore >= 0) {
        expect(result.daysLeftBeforeRateDrops, applicationDate).toBe(daysBefore + 1);
        expect(result.rateDropsAfter).toBe(deadline);
        expect(result.total).toBe(15_000);
      } else {
        expect(result.daysLeftBeforeRateDrops, applicationDate).toBeNull();
        expect(result.rateDropsAfter).toBeNull();
        expect(result.total).toBe(5_000);
      }
    }
  });
});

describe('the trace', () => {
  const traced = evaluateSupport(
    parse({
      applicationDate: '2026-03-10',
      departureDeadline: '2026-01-15',
      registeredInNorway: false,
      citizenship: 'IQ',
      travellers: [{ dateOfBirth: '1990-05-01' }, { dateOfBirth: '2012-02-02' }],
    }),
  );
  const steps = traced.trace!.steps;

  it('says which rule made it "before the deadline" and which it set aside', () => {
    const timing = steps.find((s): s is DefinitionStep => s.kind === 'definition' && s.id === 'assisted-return.support.timing')!;
    const byId = Object.fromEntries(timing.rules.map((r) => [r.rule, r]));
    expect(timing.value).toBe('before-deadline');
    expect(byId['assisted-return.support.timing.not-registered']).toMatchObject({ applied: true, decisive: true, reads: ['registeredInNorway'] });
    expect(timing.facts).toMatchObject({ registeredInNorway: false });
    expect(byId['assisted-return.support.timing.after-deadline']).toMatchObject({
      applied: true,
      decisive: false,
      defeatedBy: ['assisted-return.support.timing.not-registered'],
    });
  });

  it('decides the age group and the grant per traveller, each with its subject', () => {
    const subjects = steps.filter((s) => s.kind === 'definition' && s.id === 'assisted-return.support.grant').map((s) => s.subject);
    expect(subjects).toEqual(['traveller-0', 'traveller-1']);
    const ages = steps.filter((s) => s.kind === 'computation' && s.id === 'assisted-return.support.age').map((s) => [s.subject, s.value]);
    expect(ages).toEqual([
      ['traveller-0', 35],
      ['traveller-1', 14],
    ]);
  });

  it('lists each rate read once, with the date it took effect and its source', () => {
    const all = traced.trace!.parameters;
    // The adult age is read too (a dated parameter, not a rate): from the first rates encoded.
    expect(all.filter((r) => r.parameter === 'assisted-return.support.adult-age').map((r) => [r.value, r.inForceFrom])).toEqual([[18, RATES_2015_START]]);
    const reads = all.filter((r) => r.parameter !== 'assisted-return.support.adult-age');
    expect(reads.map((r) => r.parameter)).toEqual([
      'assisted-return.support.adult.before-deadline',
      'assisted-return.support.child.before-deadline',
      'assisted-return.support.child-extra.before-deadline',
      'assisted-return.support.country-programmes',
    ]);
    for (const read of reads) {
      expect(read.inForceFrom).toBe(CURRENT_RATES_START);
      expect(read.source.document).toBe('udi-return-programmes');
      expect(read.source.note).toMatch(/not known/);
    }
  });
});

describe('the dated parameters', () => {
  it('the rates all start on 1 September 2015 and change together on the day the current rates are taken to start', () => {
    for (const parameter of supportParameters.filter((p) => p !== travelDocumentSupplement && p !== adultAge)) {
      expect(
        parameter.values.map((v) => v.from),
        parameter.id,
      ).toEqual([RATES_2015_START, CURRENT_RATES_START]);
    }
  });

  it('a traveller is an adult from 18, a dated parameter from the first rates Retur encodes', () => {
    expect(adultAge.values.map((v) => [v.from, v.value])).toEqual([[RATES_2015_START, 18]]);
  });

  it('the travel-document support is NOK 5,000 from its announcement on 18 June 2015 and nothing from 1 February 2018', () => {
    expect(travelDocumentSupplement.values.map((v) => [v.from, v.value])).toEqual([
      ['2015-06-18', 5_000],
      ['2018-02-01', 0],
    ]);
  });
});

describe('refusals', () => {
  it('point at the traveller born after the application date', () => {
    const result = supportInput.safeParse({
      applicationDate: '2026-03-10',
      departureDeadline: null,
      citizenship: 'AF',
      travellers: [{ dateOfBirth: '1990-05-01' }, { dateOfBirth: '2026-03-11' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['travellers', 1, 'dateOfBirth']]);
  });
});
