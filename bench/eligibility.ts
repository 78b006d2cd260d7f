/**
 * Issue 2's benchmark: assisted-return eligibility for 1,000,000 generated inputs, through the rules engine
 * with and without the trace, against a hand-written function that answers the same question directly (the
 * same dated lists, the same outcome, conditions, alternatives and the ids of the rules that give the
 * reasons). Goals: the traced engine at least a tenth of the baseline's speed, the untraced at least a third.
 */
import {
  assistedReturnEligibilityInput,
  evaluateAssistedReturnEligibility,
  type AssistedReturnEligibilityInput,
} from '../src/rules/assisted-return/eligibility.ts';
import { excludedNationalities, visaExemptNationalities } from '../src/rules/assisted-return/eligibility.parameters.ts';
import { eeaAndSwitzerland } from '../src/rules/common/countries.ts';
import { lookup } from '../src/rules/engine/parameter.ts';
import { measure, random, report } from './harness.ts';

type Input = AssistedReturnEligibilityInput;

const COUNTRIES = ['AF', 'IQ', 'SY', 'ER', 'SO', 'ET', 'IR', 'MA', 'AL', 'GE', 'XK', 'UA', 'PL', 'RO', 'US', 'CO', 'CN', 'TR', 'RU', 'NG'];
const DATES = ['2023-12-31', '2024-01-01', '2025-06-15', '2026-03-10'];
const PROTECTION = ['none', 'pending', 'rejected', 'withdrawn', 'granted'] as const;
const VULNERABILITIES = [[], [], [], ['trafficking'], ['over-60-single-without-network'], ['health-condition-needing-treatment-at-home']] as const;

export function generate(count: number, seed = 2026): Input[] {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const flag = (p: number) => r() < p;
  const out: Input[] = new Array(count);
  for (let i = 0; i < count; i++) {
    out[i] = assistedReturnEligibilityInput.parse({
      date: pick(DATES),
      citizenship: pick(COUNTRIES),
      legalResidence: flag(0.05),
      protection: pick(PROTECTION),
      residenceApplication: flag(0.1) ? 'rejected' : 'none',
      registeredWithUdi: flag(0.8),
      dublinTransferDecision: flag(0.1),
      temporaryResidenceUntil18: flag(0.02),
      possibleTraffickingVictim: flag(0.03),
      unaccompaniedMinorAsylumSeeker: flag(0.05),
      previouslyReturnedWithSupportAndReimmigrated: flag(0.03),
      wantsToGoToDublinCountry: flag(0.05),
      permitOnOtherGroundsEnded: flag(0.03),
      rejectedForStatusInOtherEeaCountry: flag(0.03),
      fortyEightHourProcedure: flag(0.05),
      vulnerabilities: [...pick(VULNERABILITIES)],
    });
  }
  return out;
}

/** The seeds read directly, with no engine, no trace and no sources: what a hand-written checker would do. */
export function baseline(input: Input): { outcome: string; conditions: string[]; alternatives: string[]; reasons: string[] } {
  if (input.legalResidence && !input.temporaryResidenceUntil18) {
    return { outcome: 'not-eligible', conditions: [], alternatives: ['repatriation'], reasons: ['legal-residence'] };
  }
  const reasons: string[] = [];
  const trafficking = input.possibleTraffickingVictim || input.vulnerabilities.includes('trafficking');
  const neverApplied = input.protection === 'none' && input.residenceApplication === 'none';
  if (input.protection === 'rejected' || input.protection === 'withdrawn' || input.residenceApplication === 'rejected') reasons.push('rejected');
  if (input.protection === 'pending') reasons.push('pending');
  if (!input.legalResidence && !input.registeredWithUdi && neverApplied) reasons.push('not-registered');
  if (input.dublinTransferDecision) reasons.push('dublin');
  if (input.temporaryResidenceUntil18) reasons.push('temporary-residence-until-18');
  if (trafficking) reasons.push('trafficking');
  if (input.unaccompaniedMinorAsylumSeeker) reasons.push('unaccompanied-minor');
  if (input.vulnerabilities.length > 0 && input.protection === 'none') reasons.push('vulnerable');
  if (reasons.length === 0) return { outcome: 'not-eligible', conditions: [], alternatives: [], reasons: ['no-group'] };
  const c = input.citizenship;
  const before = reasons.length;
  if (lookup(excludedNationalities, input.date).value.includes(c)) reasons.push('excluded-nationality');
  if (lookup(visaExemptNationalities, input.date).value.includes(c)) reasons.push('visa-exempt');
  if (lookup(eeaAndSwitzerland, input.date).value.includes(c)) reasons.push('eea');
  if (input.previouslyReturnedWithSupportAndReimmigrated && input.wantsToGoToDublinCountry) reasons.push('reimmigrated');
  if (input.permitOnOtherGroundsEnded) reasons.push('permit-ended');
  if (input.rejectedForStatusInOtherEeaCountry) reasons.push('status-in-other-eea-country');
  if (input.fortyEightHourProcedure) reasons.push('48-hour-procedure');
  const excluded = reasons.length > before;
  const outcome = !excluded ? 'eligible' : input.unaccompaniedMinorAsylumSeeker || trafficking ? 'eligible-by-exception' : 'normally-not-eligible';
  reasons.push(outcome);
  return { outcome, conditions: input.dublinTransferDecision ? ['leave-within-dublin-deadlines'] : [], alternatives: [], reasons };
}

export function run(count = 1_000_000): boolean {
  console.log(`Generating ${count.toLocaleString('en-GB')} eligibility inputs…`);
  const inputs = generate(count);
  let sink = 0;
  const warm = inputs.slice(0, Math.min(50_000, count));
  for (const input of warm) {
    sink += baseline(input).reasons.length;
    sink += evaluateAssistedReturnEligibility(input, { trace: false }).reasons.length;
    sink += evaluateAssistedReturnEligibility(input, { trace: true }).reasons.length;
  }
  // The engine and the baseline must agree, or the comparison means nothing.
  for (const input of warm) {
    const a = baseline(input).outcome;
    const b = evaluateAssistedReturnEligibility(input, { trace: false }).outcome;
    if (a !== b) throw new Error(`baseline and engine disagree on ${JSON.stringify(input)}: ${a} vs ${b}`);
  }
  const base = measure('hand-written baseline', count, () => {
    for (const input of inputs) sink += baseline(input).reasons.length;
  });
  const untraced = measure('rules engine, no trace', count, () => {
    for (const input of inputs) sink += evaluateAssistedReturnEligibility(input, { trace: false }).reasons.length;
  });
  const traced = measure('rules engine, with trace', count, () => {
    for (const input of inputs) sink += evaluateAssistedReturnEligibility(input, { trace: true }).reasons.length;
  });
  if (sink === 42) console.log('');
  return report(
    'Assisted-return eligibility (issue 2)',
    [base, untraced, traced],
    [
      { label: 'untraced / baseline', of: untraced, to: base, goal: 1 / 3 },
      { label: 'traced / baseline', of: traced, to: base, goal: 1 / 10 },
    ],
  );
}
