/**
 * Rules with labelled exceptions, the Catala way.
 *
 * A definition (one value the law decides, e.g. "the eligibility outcome") is a set of rules. Each rule has an
 * id, the sentence it implements, a condition and an effect, and may be an exception to other rules (named by
 * their id or their label). To decide:
 *   1. every rule whose condition holds *applies*;
 *   2. an applicable rule is *defeated* when an applicable rule is an exception to it;
 *   3. the applicable rules that are not defeated are *decisive*; they must agree on the effect, or the
 *      definition raises RULES_CONFLICT naming them. Array order never settles anything.
 *   4. when no rule is decisive the definition raises RULES_NO_RULE_APPLIES (give it a default rule).
 */
import type { Context } from './context.ts';
import { RulesError } from './errors.ts';
import type { Source } from './source.ts';
import type { RuleTraceEntry } from './trace.ts';

export interface Explanation {
  /** Plain-language sentence, in English, for when the rule applies. */
  readonly en: string;
  /** The same in Norwegian bokmål. */
  readonly nb: string;
}

export interface Rule<F, E> {
  /** Stable id, e.g. `assisted-return.eligibility.excluded-nationality`. Renaming one is a breaking change. */
  readonly id: string;
  /** A group name shared by rules at one level, so that an exception can name them all. */
  readonly label?: string;
  /** Ids or labels of the rules this rule is an exception to. */
  readonly exceptionTo?: readonly string[];
  /** The sentences the rule implements, word for word. */
  readonly source: readonly Source[];
  /** Plain-language statement of the rule, shown in docs/rules.md. */
  readonly description: string;
  /** The condition. Parameters are read through the context. */
  readonly when: (facts: F, ctx: Context) => boolean;
  /** The effect when the rule decides. */
  readonly then: E | ((facts: F, ctx: Context) => E);
  /** What the rule means for the person when it applies. */
  readonly explain: Explanation | ((facts: F) => Explanation);
  /** The facts the condition reads, shown with their values in the trace. */
  readonly reads?: readonly (keyof F & string)[];
}

export interface Definition<F, E> {
  readonly id: string;
  readonly description: string;
  readonly rules: readonly Rule<F, E>[];
  /** Effects with different keys conflict. */
  readonly key: (effect: E) => string;
}

export interface Decision<F, E> {
  readonly value: E;
  /** The rules that decided, in definition order. */
  readonly decisive: readonly Rule<F, E>[];
  /** Every rule that applied, decisive or defeated. */
  readonly applied: readonly Rule<F, E>[];
}

/** Checks a definition once, when its module loads: unique ids, exceptions to rules that exist, no cycles. */
export function defineRules<F, E>(definition: Definition<F, E>): Definition<F, E> {
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const rule of definition.rules) {
    if (ids.has(rule.id)) fail(definition, `duplicate rule id ${rule.id}`);
    if (rule.source.length === 0) fail(definition, `rule ${rule.id} cites no source`);
    ids.add(rule.id);
    names.add(rule.id);
    if (rule.label) names.add(rule.label);
  }
  for (const rule of definition.rules) {
    for (const target of rule.exceptionTo ?? []) {
      if (!names.has(target)) fail(definition, `rule ${rule.id} is an exception to ${target}, which is neither a rule id nor a label here`);
      if (target === rule.id || target === rule.label) fail(definition, `rule ${rule.id} is an exception to itself`);
    }
  }
  // No cycles: following "is an exception to" from any rule must never come back to it.
  const targetsOf = (rule: Rule<F, E>) =>
    definition.rules.filter((r) => (rule.exceptionTo ?? []).some((t) => t === r.id || t === r.label));
  for (const start of definition.rules) {
    const seen = new Set<Rule<F, E>>();
    const stack = targetsOf(start);
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (next === start) fail(definition, `exception cycle through ${start.id}`);
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...targetsOf(next));
    }
  }
  return definition;
}

function fail(definition: { id: string }, message: string): never {
  throw new RulesError('RULES_INVALID_DEFINITION', `Definition ${definition.id}: ${message}`, { definition: definition.id });
}

function isExceptionTo<F, E>(exception: Rule<F, E>, rule: Rule<F, E>): boolean {
  const targets = exception.exceptionTo;
  if (!targets) return false;
  for (const t of targets) if (t === rule.id || (rule.label !== undefined && t === rule.label)) return true;
  return false;
}

export function explanationOf<F, E>(rule: Rule<F, E>, facts: F): Explanation {
  return typeof rule.explain === 'function' ? rule.explain(facts) : rule.explain;
}

/** Decides a definition for the facts, recording the step in the context's trace. */
export function decide<F, E>(definition: Definition<F, E>, facts: F, ctx: Context, subject?: string): Decision<F, E> {
  const rules = definition.rules;
  const applies: boolean[] = new Array<boolean>(rules.length);
  const reads: string[][] | undefined = ctx.tracing ? [] : undefined;
  ctx.takeReads();
  for (let i = 0; i < rules.length; i++) {
    applies[i] = rules[i]!.when(facts, ctx);
    if (reads) reads.push(ctx.takeReads());
  }
  const applied: Rule<F, E>[] = [];
  const decisive: Rule<F, E>[] = [];
  const defeatedBy: string[][] | undefined = ctx.tracing ? rules.map(() => []) : undefined;
  for (let i = 0; i < rules.length; i++) {
    if (!applies[i]) continue;
    const rule = rules[i]!;
    applied.push(rule);
    let defeated = false;
    for (let j = 0; j < rules.length; j++) {
      if (j !== i && applies[j] && isExceptionTo(rules[j]!, rule)) {
        defeated = true;
        if (defeatedBy) defeatedBy[i]!.push(rules[j]!.id);
        else break;
      }
    }
    if (!defeated) decisive.push(rule);
  }
  if (decisive.length === 0) {
    throw new RulesError('RULES_NO_RULE_APPLIES', `Definition ${definition.id}: no rule applies to these facts`, {
      definition: definition.id,
      ...(subject === undefined ? {} : { subject }),
    });
  }
  const effects = decisive.map((rule) => (typeof rule.then === 'function' ? (rule.then as (f: F, c: Context) => E)(facts, ctx) : rule.then));
  const key = definition.key(effects[0]!);
  for (let i = 1; i < effects.length; i++) {
    if (definition.key(effects[i]!) !== key) {
      throw new RulesError(
        'RULES_CONFLICT',
        `Definition ${definition.id}: rules ${decisive[0]!.id} and ${decisive[i]!.id} both apply with different effects (${key} and ${definition.key(effects[i]!)})`,
        { definition: definition.id, rules: decisive.map((r) => r.id), effects: effects.map((e) => definition.key(e)) },
      );
    }
  }
  const value = effects[0]!;
  if (ctx.tracing) {
    const entries: RuleTraceEntry[] = rules.map((rule, i) => ({
      rule: rule.id,
      ...(rule.label === undefined ? {} : { label: rule.label }),
      ...(rule.exceptionTo === undefined ? {} : { exceptionTo: rule.exceptionTo }),
      applied: applies[i]!,
      decisive: applies[i]! && defeatedBy![i]!.length === 0,
      defeatedBy: defeatedBy![i]!,
      facts: Object.fromEntries((rule.reads ?? []).map((k) => [k, facts[k]])),
      parameters: reads![i]!,
      source: rule.source,
    }));
    ctx.record({ kind: 'definition', id: definition.id, ...(subject === undefined ? {} : { subject }), value: definition.key(value), rules: entries });
  }
  return { value, decisive, applied };
}
