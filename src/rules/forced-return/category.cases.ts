/**
 * Test cases for rule set 4, as data: a sentence for a name, the source it tests, the input as a caller
 * sends it, and the part of the answer that must match. They run in src/rules/cases.test.ts and, through the
 * HTTP API, in test/api-rules.test.ts.
 */
import type { TestCase } from '../engine/ruleset.ts';

export const cases: readonly TestCase<unknown>[] = [
  {
    name: 'A person with no permit to stay and no other ground is returned as refused entry or stay by the police district, with no ban',
    source: 'seed-004: Refused entry or stay',
    input: { date: '2026-03-10' },
    expect: { category: 'refused', responsible: 'police-district', bannedFromReEntry: false },
  },
  {
    name: 'A person who never applied for protection and was expelled after a conviction is returned as expelled, banned from re-entry',
    source: 'seed-004: Expelled',
    input: { date: '2026-03-10', expelled: true, convictedOffender: true },
    expect: {
      category: 'expelled',
      responsible: 'police-district',
      bannedFromReEntry: true,
      convictedOffender: true,
      reasons: [{ rule: 'forced-return.category.expelled' }, { rule: 'forced-return.responsible.police-district' }],
    },
  },
  {
    name: 'A person expelled with no criminal conviction is not in the seed’s definition of "expelled", but is counted as expelled, not as refused entry or stay, since the expulsion bans re-entry',
    source:
      'seed-004: Expelled ("expelled due to a criminal conviction"); Refused entry or stay ("They are not banned from future entry."); utlendingsloven § 71 (2)',
    input: { date: '2026-03-10', expelled: true },
    expect: {
      category: 'expelled',
      bannedFromReEntry: true,
      reasons: [{ rule: 'forced-return.category.expelled-on-another-ground' }, { rule: 'forced-return.responsible.police-district' }],
    },
  },
  {
    name: 'A convicted person expelled after withdrawing an application for protection has applied for protection, so is outside the seed’s definition of "expelled", and is counted as expelled on another ground',
    source: 'seed-004: Expelled ("Persons who have not applied for protection (asylum)"); Asylum ("processed and rejected")',
    input: { date: '2026-03-10', expelled: true, convictedOffender: true, protection: 'withdrawn' },
    expect: {
      category: 'expelled',
      reasons: [{ rule: 'forced-return.category.expelled-on-another-ground' }, { rule: 'forced-return.responsible.police-district' }],
    },
  },
  {
    name: 'A rejected asylum seeker who is also expelled is counted as asylum, returned by NPIS',
    source: 'seed-004: Asylum ("also includes persons who in addition are subject to an expulsion order")',
    input: { date: '2026-03-10', protection: 'rejected', expelled: true },
    expect: { category: 'asylum', responsible: 'npis', bannedFromReEntry: true },
  },
  {
    name: 'A rejected asylum seeker without an expulsion order is counted as asylum',
    source: 'seed-004: Asylum',
    input: { date: '2026-03-10', protection: 'rejected' },
    expect: { category: 'asylum', responsible: 'npis', bannedFromReEntry: false },
  },
  {
    name: 'A person whose protection claim is still pending and who has no other ground is refused entry or stay',
    source: 'seed-004: Asylum ("processed and rejected")',
    input: { date: '2026-03-10', protection: 'pending' },
    expect: { category: 'refused' },
  },
  {
    name: 'A Dublin transfer is counted as Dublin even when the asylum claim was rejected and the person expelled',
    source: 'seed-004: Dublin',
    input: { date: '2026-03-10', dublinTransfer: true, protection: 'rejected', expelled: true },
    expect: { category: 'dublin', responsible: 'npis' },
  },
  {
    name: 'A person with protection in another Schengen country is counted as IP, no longer as Dublin',
    source: 'seed-004: International protection (IP) ("Previously categorised as \'Dublin\' returns")',
    input: { date: '2026-03-10', protectionInOtherSchengenCountry: true, dublinTransfer: true },
    expect: { category: 'ip', responsible: 'npis' },
  },
  {
    name: 'An assisted return has no forced-return category and is UDI’s responsibility',
    source: 'seed-004: "The Norwegian Directorate of Immigration (UDI) is responsible for assisted returns"',
    input: { date: '2026-03-10', returnType: 'assisted', protection: 'rejected' },
    expect: { returnType: 'assisted', category: null, responsible: 'udi' },
  },
  {
    name: 'An unknown field is refused',
    source: 'Retur: every input is parsed by one schema; unknown fields are an error',
    input: { date: '2026-03-10', categroy: 'ip' },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A date that is not in the calendar is refused',
    source: 'Retur: dates are calendar dates',
    input: { date: '2026-02-29' },
    expectError: 'REQUEST_INVALID',
  },
];
