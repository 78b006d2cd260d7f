/**
 * The rule sets Retur answers, in one list: the API, the CLI, docs/rules.md and the meta-tests all iterate
 * over it. Add a rule set here and it is served, documented and tested.
 */
import type { RuleSet } from './engine/ruleset.ts';
import type { Trace } from './engine/trace.ts';
import type { z } from 'zod';
import { forcedReturnCategoryRuleSet } from './forced-return/category.ts';
import { assistedReturnEligibilityRuleSet } from './assisted-return/eligibility.ts';
import { assistedReturnSupportRuleSet } from './assisted-return/support.ts';
import { reEntryRuleSet } from './re-entry/re-entry.ts';
import { departureSituationRuleSet } from './departure/situation.ts';
import { registryCorrectionRuleSet } from './departure/registry-correction.ts';
import { unaccompaniedMinorRuleSet } from './forced-return/unaccompanied-minor.ts';

// A list of rule sets mixes input types, so the element type is loose; each rule set is fully typed where defined.
export type AnyRuleSet = RuleSet<z.ZodType, { trace?: Trace }>;

export const ruleSets: readonly AnyRuleSet[] = [
  assistedReturnEligibilityRuleSet,
  forcedReturnCategoryRuleSet,
  assistedReturnSupportRuleSet,
  reEntryRuleSet,
  departureSituationRuleSet,
  registryCorrectionRuleSet,
  unaccompaniedMinorRuleSet,
] as unknown as readonly AnyRuleSet[];

export function ruleSetById(id: string): AnyRuleSet | undefined {
  return ruleSets.find((r) => r.id === id);
}
