/**
 * Unit tests for rule set 1 that the case format cannot express: the lists against their sources, and the
 * engine's answer against a hand-written reference over every combination of a grid of facts (so that no
 * combination raises RULES_CONFLICT or RULES_NO_RULE_APPLIES, and the exception structure says what the seeds say).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryName, eeaAndSwitzerland, isCountryCode } from '../common/countries.ts';
import { lookup } from '../engine/parameter.ts';
import { assistedReturnEligibilityInput, evaluateAssistedReturnEligibility, type AssistedReturnEligibilityInput } from './eligibility.ts';
import { excludedNationalities, visaExemptNationalities } from './eligibility.parameters.ts';

const seed003 = readFileSync(new URL('../../../docs/sources/003_c2248d09914449de.txt', import.meta.url), 'utf8');

describe('the excluded nationalities', () => {
  it("are exactly the 19 countries named in seed 003's sentence", () => {
    const sentence = /are citizens of (.+?)\n/.exec(seed003)?.[1];
    expect(sentence).toBeDefined();
    const names = sentence!.replace(', or ', ', ').split(', ');
    expect(names).toHaveLength(19);
    // The seed's spellings where CLDR's English names differ.
    const seedSpelling: Record<string, string> = { MK: 'Northern Macedonia', BA: 'Bosnia and Herzegovina' };
    const codes = lookup(excludedNationalities, '2026-03-10').value;
    expect([...codes].map((code) => seedSpelling[code] ?? countryName(code, 'en')).sort()).toEqual([...names].sort());
  });
});

describe('the visa-exempt nationalities', () => {
  for (const value of visaExemptNationalities.values) {
    it(`(from ${value.from}) are current country codes, sorted, without duplicates, and never EU/EEA/Swiss`, () => {
      const codes = value.value ?? [];
      for (const code of codes) expect(isCountryCode(code), code).toBe(true);
      expect([...codes]).toEqual([...new Set(codes)].sort());
      const eea = lookup(eeaAndSwitzerland, value.from).value;
      expect(codes.filter((code) => eea.includes(code))).toEqual([]);
    });
  }

  it('change only as the amendments say: Vanuatu out from 4 February 2023, Kosovo in from 1 January 2024', () => {
    const on = (date: string) => new Set(lookup(visaExemptNationalities, date).value);
    expect(on('2023-02-03').has('VU')).toBe(true);
    expect(on('2023-02-04').has('VU')).toBe(false);
    expect(on('2023-12-31').has('XK')).toBe(false);
    expect(on('2024-01-01').has('XK')).toBe(true);
    // Nothing else moves.
    const before = [...on('2021-01-01')].filter((c) => c !== 'VU');
    expect([...on('2024-01-01')].filter((c) => c !== 'XK')).toEqual(before);
  });

  it('cover British citizens on every day, as EU/EEA citizens until the transition ended and as visa-exempt after', () => {
    expect(lookup(eeaAndSwitzerland, '2020-12-31').value).toContain('GB');
    expect(lookup(visaExemptNationalities, '2020-12-31').value).not.toContain('GB');
    expect(lookup(eeaAndSwitzerland, '2021-01-01').value).not.toContain('GB');
    expect(lookup(visaExemptNationalities, '2021-01-01').value).toContain('GB');
  });
});

// ─── The engine against a hand-written reference ─────────────────────────────────────────────────────────────

type Input = AssistedReturnEligibilityInput;

/** The seeds read directly, without the engine: the answer the rules must give. */
function reference(input: Input): { outcome: string; conditions: string[]; alternatives: string[] } {
  const trafficking = input.possibleTraffickingVictim || input.vulnerabilities.includes('trafficking');
  // Legal residence bars every group but the three seed 003 sets no residence condition on.
  if (input.legalResidence && !input.temporaryResidenceUntil18 && !trafficking && !input.unaccompaniedMinorAsylumSeeker) {
    return { outcome: 'not-eligible', conditions: [], alternatives: ['repatriation'] };
  }
  const neverApplied = input.protection === 'none' && input.residenceApplication === 'none';
  const inGroup =
    input.protection === 'rejected' ||
    input.protection === 'withdrawn' ||
    input.residenceApplication === 'rejected' ||
    input.protection === 'pending' ||
    (!input.legalResidence && !input.registeredWithUdi && neverApplied) ||
    input.dublinTransferDecision ||
    input.temporaryResidenceUntil18 ||
    trafficking ||
    input.unaccompaniedMinorAsylumSeeker ||
    (input.vulnerabilities.length > 0 && input.protection === 'none');
  if (!inGroup) return { outcome: 'not-eligible', conditions: [], alternatives: [] };
  const c = input.citizenship;
  const excluded =
    lookup(excludedNationalities, input.date).value.includes(c) ||
    lookup(visaExemptNationalities, input.date).value.includes(c) ||
    lookup(eeaAndSwitzerland, input.date).value.includes(c) ||
    (input.previouslyReturnedWithSupportAndReimmigrated && input.wantsToGoToDublinCountry) ||
    input.permitOnOtherGroundsEnded ||
    input.rejectedForStatusInOtherEeaCountry;
  const outcome = !excluded ? 'eligible' : input.unaccompaniedMinorAsylumSeeker || trafficking ? 'eligible-by-exception' : 'normally-not-eligible';
  const conditions = [
    ...(input.dublinTransferDecision ? ['leave-within-dublin-deadlines'] : []),
    // Circular G-02/2018: an unaccompanied minor is returned only to family, a guardian or other adequate care (G-02/2018).
    ...(input.unaccompaniedMinorAsylumSeeker ? ['met-by-family-or-carers'] : []),
  ];
  return { outcome, conditions, alternatives: [] };
}

const FLAGS = [
  'legalResidence',
  'registeredWithUdi',
  'dublinTransferDecision',
  'temporaryResidenceUntil18',
  'possibleTraffickingVictim',
  'unaccompaniedMinorAsylumSeeker',
  'previouslyReturnedWithSupportAndReimmigrated',
  'wantsToGoToDublinCountry',
  'permitOnOtherGroundsEnded',
  'rejectedForStatusInOtherEeaCountry',
  'fortyEightHourProcedure',
] as const;

const FLAG_SETS = Array.from({ length: 1 << FLAGS.length }, (_, mask) => Object.fromEntries(FLAGS.map((flag, i) => [flag, (mask & (1 << i)) !== 0])));

/** Every combination: the non-flag fields are parsed once each, then every combination of the flags is set. */
function* grid(step = 1): Generator<Input> {
  // No exclusion by nationality; on the list and visa-exempt; EU; on the list only (Kosovo before 2024).
  for (const [date, citizenships] of [
    ['2026-03-10', ['AF', 'AL', 'PL']],
    ['2023-12-31', ['XK']],
  ] as const) {
    for (const citizenship of citizenships) {
      for (const protection of ['none', 'pending', 'rejected', 'withdrawn', 'granted']) {
        for (const residenceApplication of ['none', 'rejected']) {
          for (const vulnerabilities of [[], ['over-60-single-without-network'], ['trafficking']]) {
            const base = assistedReturnEligibilityInput.parse({ date, citizenship, protection, residenceApplication, vulnerabilities });
            for (let mask = 0; mask < FLAG_SETS.length; mask += step) yield { ...base, ...FLAG_SETS[mask] };
          }
        }
      }
    }
  }
}

describe('the rules against the reference, over every combination of a grid of facts', () => {
  it('agree on the outcome, conditions and alternatives, and never conflict', () => {
    let count = 0;
    const disagreements: string[] = [];
    for (const input of grid()) {
      const { outcome, conditions, alternatives } = evaluateAssistedReturnEligibility(input, { trace: false });
      const expected = reference(input);
      const actual = { outcome, conditions: [...conditions], alternatives: [...alternatives] };
      if (JSON.stringify(actual) !== JSON.stringify(expected) && disagreements.length < 5) {
        disagreements.push(`${JSON.stringify(input)}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
      }
      count++;
    }
    expect(disagreements).toEqual([]);
    expect(count).toBe(4 * 5 * 2 * 3 * 2 ** FLAGS.length);
  });

  it('tell a story without the bare default of a definition when another of its rules applied', () => {
    for (const input of grid(97)) {
      // A spread sample (every 97th combination of the flags): the traced path is slower.
      const result = evaluateAssistedReturnEligibility(input);
      const rules = result.reasons.map((r) => r.rule);
      const groups = rules.filter((r) => r.startsWith('assisted-return.eligibility.group.'));
      const exclusions = rules.filter((r) => r.startsWith('assisted-return.eligibility.exclusion.'));
      if (groups.includes('assisted-return.eligibility.group.none')) expect(groups, JSON.stringify(input)).toHaveLength(1);
      if (exclusions.includes('assisted-return.eligibility.exclusion.none')) expect(exclusions, JSON.stringify(input)).toHaveLength(1);
      if (rules.includes('assisted-return.eligibility.cannot-apply')) expect(result.outcome).toBe('not-eligible');
      for (const reason of result.reasons) {
        // Its message (the catalogue has it, with these placeholders: src/i18n/rules-messages.test.ts).
        expect(reason.key, reason.rule).toBe(`rules.${reason.rule}`);
      }
    }
  });
});
