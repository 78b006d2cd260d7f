/**
 * What the case format cannot express: which expulsion a warning names, the paths of
 * schema refusals, which date the ban-length parameter is read on, and that every answer fits the output
 * schema published in the OpenAPI document.
 */
import { describe, expect, it } from 'vitest';
import { RulesError } from '../engine/errors.ts';
import { banPeriod, evaluateReEntry, reEntryInput, reEntryOutput } from './re-entry.ts';
import { cases } from './re-entry.cases.ts';

describe('re-entry: recorded bans the law would not allow are answered as decided, with a warning naming the expulsion', () => {
  it('a 10-year ban decided before 20 June 2016 is in force as decided, and the warning names that expulsion', () => {
    const answer = evaluateReEntry(
      reEntryInput.parse({
        plannedEntryDate: '2020-01-01',
        expulsions: [
          { decisionDate: '2017-01-01', banLength: 10, scope: 'norway' },
          { decisionDate: '2016-06-19', banLength: 10, scope: 'schengen' },
        ],
      }),
    );
    expect(answer.outcome).toBe('entry-banned');
    expect(answer.bans.map((b) => b.inForce)).toEqual([true, true]);
    expect(answer.warnings).toEqual([
      {
        code: 'length-not-allowed-on-decision-date',
        expulsion: 1,
        key: 'rules.re-entry.warning.length-not-allowed-on-decision-date',
        params: { decisionDate: '2016-06-19' },
      },
    ]);
  });

  it('a one-year ban for an EU/EEA citizen is in force as decided, with the two-year minimum in the warning', () => {
    const answer = evaluateReEntry(
      reEntryInput.parse({ plannedEntryDate: '2020-01-01', expulsions: [{ decisionDate: '2019-03-01', banLength: 1, scope: 'norway', eeaNational: true }] }),
    );
    expect(answer.outcome).toBe('entry-banned');
    expect(answer.warnings).toMatchObject([{ code: 'eea-ban-under-minimum', expulsion: 0, params: { minimum: 2 } }]);
  });

  it('a ban decided under the 1988 Act reads no parameter that starts in 2010 (it was refused with RULES_PARAM_NOT_IN_FORCE)', () => {
    expect(() =>
      evaluateReEntry(
        reEntryInput.parse({ plannedEntryDate: '2020-01-01', expulsions: [{ decisionDate: '2008-05-14', banLength: 'permanent', scope: 'norway' }] }),
      ),
    ).not.toThrow();
  });
});

describe('re-entry: refusals name the field', () => {
  it('a missing departure date is refused by the schema at that field', () => {
    const parsed = reEntryInput.safeParse({
      plannedEntryDate: '2023-01-01',
      expulsions: [
        { decisionDate: '2022-01-10', banLength: 2, scope: 'norway' },
        { decisionDate: '2022-01-10', banLength: 2, scope: 'norway', inNorwayAtDecision: true },
      ],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path)).toEqual([['expulsions', 1, 'departureDate']]);
  });

  it('a caller that skips the schema and leaves out the departure date gets a coded error, not a crash', () => {
    expect(() => banPeriod({ decisionDate: '2022-01-10', inNorwayAtDecision: true, departureDate: undefined, banLength: 2 })).toThrow(RulesError);
  });
});

describe('re-entry: the ban lengths are read on the decision date', () => {
  it('the trace shows the parameter read on each decision date, not on the planned entry date', () => {
    const result = evaluateReEntry(
      reEntryInput.parse({
        plannedEntryDate: '2024-01-01',
        expulsions: [
          { decisionDate: '2016-06-19', banLength: 'permanent', scope: 'norway' },
          { decisionDate: '2016-06-20', banLength: 10, scope: 'norway' },
        ],
      }),
    );
    const reads = result.trace?.parameters.filter((p) => p.parameter === 're-entry.allowed-ban-lengths');
    expect(reads?.map((r) => [r.date, r.inForceFrom])).toEqual([
      ['2016-06-19', '2010-01-01'],
      ['2016-06-20', '2016-06-20'],
    ]);
  });
});

describe('re-entry: ban periods', () => {
  it('a ban of N years from abroad ends the day before the N-th anniversary of the decision', () => {
    expect(banPeriod({ decisionDate: '2021-03-15', inNorwayAtDecision: false, departureDate: undefined, banLength: 2 })).toEqual({
      start: '2021-03-15',
      lastDay: '2023-03-14',
      expiresOn: '2023-03-15',
    });
  });

  it('a five-year ban from 29 February 2020 has its anniversary on 28 February 2025, so its last day is 27 February', () => {
    expect(banPeriod({ decisionDate: '2020-02-29', inNorwayAtDecision: false, departureDate: undefined, banLength: 5 })).toEqual({
      start: '2020-02-29',
      lastDay: '2025-02-27',
      expiresOn: '2025-02-28',
    });
  });

  it('a permanent ban has no last day', () => {
    expect(banPeriod({ decisionDate: '2019-01-01', inNorwayAtDecision: true, departureDate: '2019-02-01', banLength: 'permanent' })).toEqual({
      start: '2019-02-01',
      lastDay: null,
      expiresOn: null,
    });
  });
});

describe('re-entry: every answer fits the published output schema', () => {
  for (const testCase of cases) {
    if (testCase.expectError) continue;
    it(testCase.name, () => {
      const result = evaluateReEntry(reEntryInput.parse(testCase.input));
      // Parsing keeps only the declared keys: equality means nothing is undeclared and nothing is missing.
      expect(reEntryOutput.parse(JSON.parse(JSON.stringify(result)))).toEqual(JSON.parse(JSON.stringify(result)));
      for (const reason of result.reasons) {
        expect(reason.key).toBe(`rules.${reason.rule}`);
      }
    });
  }
});
