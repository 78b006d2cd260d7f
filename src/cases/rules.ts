/**
 * The case work asks the rules through the same rule sets the API serves, by id, and stores each answer
 * with its trace: the record of what a decision was based on.
 */
import { z } from 'zod';
import { ruleSetById } from '../rules/index.ts';
import type { StoredRuleAnswer } from './model.ts';

const answerShape = z.looseObject({ trace: z.unknown().optional() });

/** Evaluates a rule set on facts the case work assembled. Facts that do not fit the rule set are a bug. */
export function ask(ruleSetId: string, facts: unknown): StoredRuleAnswer {
  const ruleSet = ruleSetById(ruleSetId);
  if (!ruleSet) throw new Error(`No rule set ${ruleSetId}`);
  const { trace, ...answer } = answerShape.parse(ruleSet.evaluate(ruleSet.input.parse(facts), { trace: true }));
  return { ruleSet: ruleSetId, answer, ...(trace === undefined ? {} : { trace }) };
}
