/**
 * Pieces every rule set's output shares: the reasons (rule, source, plain-language sentence in English and
 * Norwegian bokmål) and the trace, with their schemas for the OpenAPI document.
 */
import { z } from 'zod';
import type { Decision, Rule } from './rule.ts';
import type { Source } from './source.ts';

export interface Reason {
  readonly rule: string;
  readonly source: readonly Source[];
  readonly en: string;
  readonly nb: string;
}

/**
 * The reasons for a decision: the rules that decided it and, with `includeDefeated`, the rules that applied
 * but were set aside by an exception (so "normally excluded, but…" can be told), in definition order.
 */
/** The reason a rule gives: built once by defineRules when its explanation does not depend on the facts. */
export function reasonOf<F, E>(rule: Rule<F, E>, facts: F): Reason {
  if (rule.reason !== undefined) return rule.reason;
  const { en, nb } = typeof rule.explain === 'function' ? rule.explain(facts) : rule.explain;
  return { rule: rule.id, source: rule.source, en, nb };
}

export function reasonsOf<F, E>(decision: Decision<F, E>, facts: F, options: { includeDefeated?: boolean } = {}): Reason[] {
  const rules = options.includeDefeated ? decision.applied : decision.decisive;
  const out: Reason[] = new Array<Reason>(rules.length);
  for (let i = 0; i < rules.length; i++) out[i] = reasonOf(rules[i]!, facts);
  return out;
}

export const sourceSchema = z
  .object({ document: z.string(), quote: z.string(), url: z.string().optional(), note: z.string().optional() })
  .meta({ id: 'Source', description: 'A document and the sentence a rule implements, word for word' });

export const reasonSchema = z
  .object({ rule: z.string(), source: z.array(sourceSchema), en: z.string(), nb: z.string() })
  .meta({ id: 'Reason', description: 'A rule that decided the answer, with its source and a plain-language sentence' });

export const traceSchema = z
  .object({
    ruleSet: z.string(),
    date: z.string(),
    steps: z.array(z.record(z.string(), z.unknown())),
    parameters: z.array(
      z.object({ parameter: z.string(), date: z.string(), inForceFrom: z.string(), value: z.unknown(), source: sourceSchema }),
    ),
  })
  .meta({ id: 'Trace', description: 'Every rule considered, whether it applied and why, and every parameter value read' });

/** A YYYY-MM-DD calendar date. */
export const isoDateSchema = z.iso.date({ message: 'a calendar date, YYYY-MM-DD' });
