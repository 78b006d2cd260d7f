/**
 * Reforms (reform.ts): a reform that changes nothing changes no answer; each kind of change does what it says
 * from its day and not the day before; the trace marks what the reform set; a reform that does not fit the
 * law is refused with a code naming the change.
 */
import { describe, expect, it } from 'vitest';
import { ruleSets } from './index.ts';
import { applyReform, affectedRuleSets, reformSchema, type Reform } from './reform.ts';
import { RulesError } from './engine/errors.ts';
import type { DefinitionStep, Trace } from './engine/trace.ts';
import { evaluateSupport, supportInput } from './assisted-return/support.ts';
import { assistedReturnEligibilityInput, evaluateAssistedReturnEligibility } from './assisted-return/eligibility.ts';

const reform = (raw: Record<string, unknown>): Reform => reformSchema.parse({ name: 'test', effective: '2027-03-01', ...raw });
const family = (applicationDate: string) =>
  supportInput.parse({
    applicationDate,
    departureDeadline: null,
    citizenship: 'IQ',
    travellers: [{ dateOfBirth: '1990-01-01' }, { dateOfBirth: '2015-01-01' }],
  });
const georgian = (date: string, citizenship = 'GE') => assistedReturnEligibilityInput.parse({ date, citizenship, protection: 'rejected' });

function refusal(raw: Record<string, unknown>): RulesError {
  try {
    applyReform(reform(raw));
  } catch (error) {
    if (error instanceof RulesError) return error;
    throw error;
  }
  throw new Error('the reform was not refused');
}

const withoutReformMarks = (trace: Trace | undefined) => {
  if (!trace) return trace;
  const { reform: _reform, ...rest } = trace;
  return rest;
};

describe('a reform that changes nothing', () => {
  const nothing = applyReform(reform({}));
  for (const ruleSet of ruleSets) {
    it(`gives every case of ${ruleSet.id} the law's answer and trace`, () => {
      let compared = 0;
      for (const testCase of ruleSet.cases) {
        if (testCase.expectError) continue;
        const input = ruleSet.input.parse(testCase.input);
        let law: unknown;
        try {
          law = ruleSet.evaluate(input);
        } catch (error) {
          expect(() => ruleSet.evaluate(input, { reform: nothing })).toThrow((error as Error).message);
          continue;
        }
        const { trace, ...answer } = ruleSet.evaluate(input, { reform: nothing });
        const { trace: lawTrace, ...lawAnswer } = law as { trace?: Trace };
        expect(answer).toEqual(lawAnswer);
        expect(withoutReformMarks(trace)).toEqual(lawTrace);
        expect(trace?.reform).toBe('test');
        compared++;
      }
      expect(compared).toBeGreaterThan(0);
    });
  }
  it('affects no rule set', () => {
    expect(affectedRuleSets(nothing)).toEqual([]);
  });
});

describe('a new value from a date', () => {
  const raise = applyReform(reform({ parameters: [{ change: 'value', parameter: 'assisted-return.support.adult.before-deadline', value: 20_000 }] }));

  it('applies from its first day, not the day before, and the trace names the reform for that value only', () => {
    const before = evaluateSupport(family('2027-02-28'), { reform: raise });
    const from = evaluateSupport(family('2027-03-01'), { reform: raise });
    expect(before.total).toBe(15_000 + 15_000 + 10_000);
    expect(from.total).toBe(20_000 + 15_000 + 10_000);
    const reads = from.trace!.parameters;
    expect(reads.find((r) => r.parameter === 'assisted-return.support.adult.before-deadline')).toMatchObject({
      value: 20_000,
      inForceFrom: '2027-03-01',
      reform: 'test',
      source: { document: 'reform' },
    });
    expect(reads.find((r) => r.parameter === 'assisted-return.support.child.before-deadline')).not.toHaveProperty('reform');
    expect(before.trace!.parameters.some((r) => 'reform' in r)).toBe(false);
  });

  it('ends with `until`, and the law’s value comes back the day after', () => {
    const campaign = applyReform(
      reform({ parameters: [{ change: 'value', parameter: 'assisted-return.support.adult.before-deadline', value: 25_000, until: '2027-06-30' }] }),
    );
    expect(evaluateSupport(family('2027-06-30'), { reform: campaign }).lines[0]!.amount).toBe(25_000);
    const after = evaluateSupport(family('2027-07-01'), { reform: campaign });
    expect(after.lines[0]!.amount).toBe(15_000);
    expect(after.trace!.parameters[0]).not.toHaveProperty('reform');
  });

  it('is the same on the untraced path', () => {
    for (const date of ['2027-02-28', '2027-03-01']) {
      expect(evaluateSupport(family(date), { reform: raise, trace: false }).total).toBe(evaluateSupport(family(date), { reform: raise }).total);
    }
  });

  it('leaves the law untouched', () => {
    expect(evaluateSupport(family('2027-03-01')).total).toBe(40_000);
  });

  it('touches only the rule sets that read the parameter', () => {
    expect(affectedRuleSets(raise).map((r) => r.id)).toEqual(['assisted-return-support']);
  });
});

describe('a country added to or removed from a list, and a rule switched off', () => {
  const removeGeorgia = { change: 'list', parameter: 'assisted-return.excluded-nationalities', remove: ['GE'] };
  const switchOffVisaExempt = { change: 'switch-off', rule: 'assisted-return.eligibility.exclusion.visa-exempt-nationality' };

  it('a Georgian stays normally not eligible when only the list changes: Georgia is visa-exempt too', () => {
    const law = applyReform(reform({ parameters: [removeGeorgia] }));
    const answer = evaluateAssistedReturnEligibility(georgian('2027-03-01'), { reform: law });
    expect(answer.outcome).toBe('normally-not-eligible');
    const exclusion = answer.trace!.steps.find((s) => s.id === 'assisted-return.eligibility.exclusion') as DefinitionStep;
    expect(exclusion.rules.find((r) => r.rule === 'assisted-return.eligibility.exclusion.excluded-nationality')!.applied).toBe(false);
    expect(exclusion.rules.find((r) => r.rule === 'assisted-return.eligibility.exclusion.visa-exempt-nationality')!.decisive).toBe(true);
  });

  it('with the visa-exempt exclusion switched off too, a Georgian is eligible from the day, and the trace says which rule the reform switched off', () => {
    const law = applyReform(reform({ parameters: [removeGeorgia], rules: [switchOffVisaExempt] }));
    expect(evaluateAssistedReturnEligibility(georgian('2027-02-28'), { reform: law }).outcome).toBe('normally-not-eligible');
    const answer = evaluateAssistedReturnEligibility(georgian('2027-03-01'), { reform: law });
    expect(answer.outcome).toBe('eligible');
    const exclusion = answer.trace!.steps.find((s) => s.id === 'assisted-return.eligibility.exclusion') as DefinitionStep;
    expect(exclusion.rules.find((r) => r.rule === 'assisted-return.eligibility.exclusion.visa-exempt-nationality')).toMatchObject({
      applied: false,
      switchedOffBy: 'test',
    });
    expect(answer.trace!.parameters.find((p) => p.parameter === 'assisted-return.excluded-nationalities')).toMatchObject({ reform: 'test' });
    expect(evaluateAssistedReturnEligibility(georgian('2027-03-01'), { reform: law, trace: false }).outcome).toBe('eligible');
  });

  it('an added country is excluded from the day', () => {
    const law = applyReform(reform({ parameters: [{ change: 'list', parameter: 'assisted-return.excluded-nationalities', add: ['IQ'] }] }));
    expect(evaluateAssistedReturnEligibility(georgian('2027-02-28', 'IQ'), { reform: law }).outcome).toBe('eligible');
    expect(evaluateAssistedReturnEligibility(georgian('2027-03-01', 'IQ'), { reform: law }).outcome).toBe('normally-not-eligible');
  });

  it('a list change edits every later value of the law within the change', () => {
    const law = applyReform(
      reform({
        effective: '2022-01-01',
        parameters: [{ change: 'list', parameter: 'schengen.visa-exempt-nationalities', remove: ['GE'], until: '2024-06-30' }],
      }),
    );
    const values = law.parameters.get('schengen.visa-exempt-nationalities')!.values;
    expect(values.map((v) => [v.from, (v.value as string[]).includes('GE'), (v.value as string[]).includes('XK'), v.reform ?? null])).toEqual([
      ['2020-03-01', true, false, null],
      ['2021-01-01', true, false, null],
      ['2022-01-01', false, false, 'test'],
      ['2023-02-04', false, false, 'test'],
      ['2024-01-01', false, true, 'test'],
      ['2024-07-01', true, true, null],
    ]);
  });
});

describe('an end', () => {
  it('leaves no value from its day: a lookup then throws RULES_PARAM_NOT_IN_FORCE', () => {
    const law = applyReform(reform({ parameters: [{ change: 'end', parameter: 'assisted-return.support.child-extra.before-deadline' }] }));
    expect(evaluateSupport(family('2027-02-28'), { reform: law }).total).toBe(40_000);
    expect(() => evaluateSupport(family('2027-03-01'), { reform: law })).toThrow(expect.objectContaining({ code: 'RULES_PARAM_NOT_IN_FORCE' }));
  });
});

describe('a reform that does not fit the law is refused, naming the change', () => {
  it('an unknown parameter or rule', () => {
    expect(refusal({ parameters: [{ change: 'value', parameter: 'no.such', value: 1 }] })).toMatchObject({
      code: 'RULES_REFORM_UNKNOWN',
      details: { path: '/parameters/0', parameter: 'no.such' },
    });
    expect(refusal({ rules: [{ change: 'switch-off', rule: 'no.such' }] })).toMatchObject({
      code: 'RULES_REFORM_UNKNOWN',
      details: { path: '/rules/0', rule: 'no.such' },
    });
  });

  it('a rule its rule set does not list, and a parameter that is not an amount, a number or a country list', () => {
    expect(refusal({ rules: [{ change: 'switch-off', rule: 'assisted-return.eligibility.group.rejected' }] })).toMatchObject({
      code: 'RULES_REFORM_NOT_ALLOWED',
      details: { rule: 'assisted-return.eligibility.group.rejected' },
    });
    expect(refusal({ parameters: [{ change: 'value', parameter: 'assisted-return.support.country-programmes', value: [] }] })).toMatchObject({
      code: 'RULES_REFORM_NOT_ALLOWED',
    });
  });

  it('a value of the wrong type', () => {
    for (const value of ['20000', 20_000.5, -1, null, ['GE']]) {
      expect(refusal({ parameters: [{ change: 'value', parameter: 'assisted-return.support.adult.before-deadline', value }] })).toMatchObject({
        code: 'RULES_REFORM_WRONG_TYPE',
        details: { path: '/parameters/0/value', parameter: 'assisted-return.support.adult.before-deadline' },
      });
    }
    expect(refusal({ parameters: [{ change: 'value', parameter: 'assisted-return.excluded-nationalities', value: ['GE', 'QQ'] }] })).toMatchObject({
      code: 'RULES_REFORM_WRONG_TYPE',
    });
    expect(refusal({ parameters: [{ change: 'list', parameter: 'assisted-return.support.adult.before-deadline', add: ['GE'] }] })).toMatchObject({
      code: 'RULES_REFORM_WRONG_TYPE',
    });
  });

  it('two changes of one parameter or rule on the same day', () => {
    const raise = (from: string, until?: string) => ({
      change: 'value',
      parameter: 'assisted-return.support.adult.before-deadline',
      value: 20_000,
      from,
      ...(until ? { until } : {}),
    });
    expect(refusal({ parameters: [raise('2027-03-01'), raise('2028-01-01')] })).toMatchObject({
      code: 'RULES_REFORM_OVERLAP',
      details: { paths: ['/parameters/0', '/parameters/1'] },
    });
    expect(refusal({ parameters: [raise('2027-03-01', '2027-12-31'), raise('2027-12-31')] })).toMatchObject({ code: 'RULES_REFORM_OVERLAP' });
    expect(() => applyReform(reform({ parameters: [raise('2027-03-01', '2027-12-31'), raise('2028-01-01')] }))).not.toThrow();
    const off = { change: 'switch-off', rule: 'assisted-return.eligibility.exclusion.permit-on-other-grounds-ended' };
    expect(refusal({ rules: [off, off] })).toMatchObject({ code: 'RULES_REFORM_OVERLAP', details: { rule: off.rule } });
  });

  it('a change where the parameter has no value to change, or that would leave one without a value', () => {
    // The excluded list starts on 1 March 2020.
    expect(
      refusal({ effective: '2019-01-01', parameters: [{ change: 'list', parameter: 'assisted-return.excluded-nationalities', remove: ['GE'] }] }),
    ).toMatchObject({
      code: 'RULES_REFORM_GAP',
      details: { path: '/parameters/0', parameter: 'assisted-return.excluded-nationalities', date: '2019-01-01' },
    });
    expect(refusal({ effective: '2019-01-01', parameters: [{ change: 'end', parameter: 'assisted-return.excluded-nationalities' }] })).toMatchObject({
      code: 'RULES_REFORM_GAP',
    });
    expect(
      refusal({
        effective: '2019-01-01',
        parameters: [{ change: 'value', parameter: 'assisted-return.excluded-nationalities', value: [], until: '2019-12-31' }],
      }),
    ).toMatchObject({
      code: 'RULES_REFORM_GAP',
      details: { date: '2020-01-01' },
    });
    const end = { change: 'end', parameter: 'assisted-return.support.adult.after-deadline' };
    expect(refusal({ parameters: [end, { ...end, from: '2028-01-01' }] })).toMatchObject({ code: 'RULES_REFORM_OVERLAP' });
  });

  it('a list change that changes nothing', () => {
    expect(refusal({ parameters: [{ change: 'list', parameter: 'assisted-return.excluded-nationalities', remove: ['IQ'] }] })).toMatchObject({
      code: 'RULES_REFORM_NO_EFFECT',
      details: { countries: ['IQ'] },
    });
    expect(refusal({ parameters: [{ change: 'list', parameter: 'assisted-return.excluded-nationalities', add: ['GE'] }] })).toMatchObject({
      code: 'RULES_REFORM_NO_EFFECT',
    });
  });

  it('the schema refuses a change before the reform takes effect, an end before a start, and an empty list change', () => {
    const issues = (raw: Record<string, unknown>) =>
      reformSchema.safeParse({ name: 'x', effective: '2027-03-01', ...raw }).error?.issues.map((i) => i.path.join('/'));
    expect(issues({ parameters: [{ change: 'value', parameter: 'a', value: 1, from: '2027-01-01' }] })).toEqual(['parameters/0/from']);
    expect(issues({ parameters: [{ change: 'value', parameter: 'a', value: 1, until: '2027-01-01' }] })).toEqual(['parameters/0/until']);
    expect(issues({ parameters: [{ change: 'list', parameter: 'a' }] })).toEqual(['parameters/0']);
    expect(issues({ rules: [{ change: 'switch-off', rule: 'a', from: '2026-01-01' }] })).toEqual(['rules/0/from']);
    expect(issues({ colour: 'red' })).toEqual(['']);
  });
});

describe('what a rule set lets a reform switch off', () => {
  it('is a rule of its own definitions', () => {
    for (const set of ruleSets) {
      const ids = new Set(set.definitions.flatMap((d) => d.rules.map((r) => r.id)));
      for (const rule of set.reformable?.rules ?? []) expect(ids.has(rule), `${set.id}: ${rule}`).toBe(true);
    }
  });
});

describe('an exception added from the list the rule set declares', () => {
  const VIOLENCE = 'assisted-return.eligibility.exception.violence-coercion-or-exploitation';
  const addViolence = { change: 'add-exception', rule: VIOLENCE, source: 'A draft circular' };
  const victim = (date: string) =>
    assistedReturnEligibilityInput.parse({ date, citizenship: 'GH', protection: 'rejected', vulnerabilities: ['violence-coercion-or-exploitation'] });

  it('never applies under the law; added, it makes a victim of violence from an excluded country eligible by exception from the day, marked in the trace as the reform’s', () => {
    const law = applyReform(reform({ rules: [addViolence] }));
    expect(evaluateAssistedReturnEligibility(victim('2027-03-01')).outcome).toBe('normally-not-eligible');
    expect(evaluateAssistedReturnEligibility(victim('2027-02-28'), { reform: law }).outcome).toBe('normally-not-eligible');
    const answer = evaluateAssistedReturnEligibility(victim('2027-03-01'), { reform: law });
    expect(answer.outcome).toBe('eligible-by-exception');
    const outcome = answer.trace!.steps.find((s) => s.id === 'assisted-return.eligibility.outcome') as DefinitionStep;
    expect(outcome.rules.find((r) => r.rule === VIOLENCE)).toMatchObject({ applied: true, decisive: true, addedBy: 'test' });
    expect(outcome.rules.find((r) => r.rule === 'assisted-return.eligibility.normally-excluded')).toMatchObject({
      applied: true,
      decisive: false,
      defeatedBy: [VIOLENCE],
    });
    expect(answer.reasons.map((r) => r.rule)).toContain(VIOLENCE);
    // Untraced, the same answer; and no one without the vulnerability is moved.
    expect(evaluateAssistedReturnEligibility(victim('2027-03-01'), { reform: law, trace: false }).outcome).toBe('eligible-by-exception');
    expect(evaluateAssistedReturnEligibility(georgian('2027-03-01', 'GH'), { reform: law }).outcome).toBe('normally-not-eligible');
    // Under the law the rule is in the trace, not applied, with no reform's mark.
    const lawOutcome = evaluateAssistedReturnEligibility(victim('2027-03-01')).trace!.steps.find(
      (s) => s.id === 'assisted-return.eligibility.outcome',
    ) as DefinitionStep;
    expect(lawOutcome.rules.find((r) => r.rule === VIOLENCE)).toMatchObject({ applied: false });
    expect(lawOutcome.rules.find((r) => r.rule === VIOLENCE)).not.toHaveProperty('addedBy');
    expect(affectedRuleSets(law).map((s) => s.id)).toEqual(['assisted-return-eligibility']);
  });

  it('is refused for a rule that is not on the list, twice on one day, or as a switch-off', () => {
    expect(refusal({ rules: [{ change: 'add-exception', rule: 'assisted-return.eligibility.exception.possible-trafficking-victim' }] })).toMatchObject({
      code: 'RULES_REFORM_NOT_ALLOWED',
      details: { path: '/rules/0' },
    });
    expect(refusal({ rules: [{ change: 'add-exception', rule: 'no.such.rule' }] })).toMatchObject({
      code: 'RULES_REFORM_UNKNOWN',
      details: { path: '/rules/0', rule: 'no.such.rule' },
    });
    expect(refusal({ rules: [addViolence, { ...addViolence, from: '2027-06-01' }] })).toMatchObject({
      code: 'RULES_REFORM_OVERLAP',
      details: { paths: ['/rules/0', '/rules/1'] },
    });
    expect(refusal({ rules: [{ change: 'switch-off', rule: VIOLENCE }] })).toMatchObject({ code: 'RULES_REFORM_NOT_ALLOWED' });
  });
});

describe('what a rule set lets a reform add', () => {
  it('is each of its rules marked addable, and no other', () => {
    for (const set of ruleSets) {
      const addable = set.definitions.flatMap((d) => d.rules.filter((r) => r.addable).map((r) => r.id)).sort();
      expect([...(set.reformable?.exceptions ?? [])].sort(), set.id).toEqual(addable);
    }
    expect(ruleSets.find((s) => s.id === 'assisted-return-eligibility')!.reformable!.exceptions).toEqual([
      'assisted-return.eligibility.exception.violence-coercion-or-exploitation',
    ]);
  });
});
