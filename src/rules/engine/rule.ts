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
import type { MessageParams } from './output.ts';

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
  /**
   * What the rule means for the person when it applies: a message in the `rules` namespace of the catalogues
   * (src/i18n/messages/en/rules.ts), by default `rules.<id>`; `key` names another (a message several rules
   * share), and `params` gives the values of its placeholders from the facts (see `MessageParams`).
   */
  readonly key?: string;
  readonly params?: (facts: F) => MessageParams;
  /** The facts the condition reads, shown with their values in the trace. */
  readonly reads?: readonly (keyof F & string)[];
  /**
   * An exception the law does not have, which a reform may add (the rule set lists it in
   * `reformable.exceptions`): it never applies unless a reform in force on the date added it.
   */
  readonly addable?: boolean;
  /** Filled by defineRules: the reason of a rule whose explanation does not depend on the facts, built once. */
  readonly reason?: { readonly rule: string; readonly source: readonly Source[]; readonly key: string; readonly params: MessageParams };
}

export interface Definition<F, E> {
  /** Filled by defineRules: what decide needs, worked out once. */
  readonly compiled?: unknown;
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
  const targetsOf = (rule: Rule<F, E>) => definition.rules.filter((r) => (rule.exceptionTo ?? []).some((t) => t === r.id || t === r.label));
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
  // Every rule gets the same shape (the same keys in the same order), so that reading `when` or `then` in
  // `decide` is one monomorphic property access instead of a megamorphic look-up per rule.
  const normalised: Definition<F, E> = {
    id: definition.id,
    description: definition.description,
    key: definition.key,
    rules: definition.rules.map((rule) => ({
      id: rule.id,
      label: rule.label,
      exceptionTo: rule.exceptionTo,
      source: rule.source,
      description: rule.description,
      // An addable exception's condition is asked only when a reform added it (one look-up, on its rule alone).
      when: rule.addable === true ? addableCondition(rule.id, rule.when) : rule.when,
      then: rule.then,
      key: rule.key ?? `rules.${rule.id}`,
      params: rule.params,
      reads: rule.reads,
      addable: rule.addable === true,
      reason:
        rule.params !== undefined ? undefined : Object.freeze({ rule: rule.id, source: rule.source, key: rule.key ?? `rules.${rule.id}`, params: NO_PARAMS }),
    })),
  };
  return { ...normalised, compiled: compileDefinition(normalised) };
}

function addableCondition<F>(id: string, when: (facts: F, ctx: Context) => boolean): (facts: F, ctx: Context) => boolean {
  return (facts, ctx) => ctx.rulesAdded !== undefined && ctx.rulesAdded.has(id) && when(facts, ctx);
}

function fail(definition: { id: string }, message: string): never {
  throw new RulesError('RULES_INVALID_DEFINITION', `Definition ${definition.id}: ${message}`, { definition: definition.id });
}

/**
 * What `decide` needs of a definition, worked out once: for each rule, the indices of the rules that are
 * exceptions to it; a function that evaluates every condition and sorts the rules into applied and decisive;
 * for the trace, a function that evaluates every condition into an array with the parameters each read, and
 * one that copies the facts the rules read.
 *
 * The functions are generated (`new Function`) from nothing but array indices and the property names a rule
 * declares in `reads`, checked to be plain identifiers. The reason is speed: a loop that calls
 * `rules[i].when(…)` is one call site shared by every rule of every definition, which V8 cannot inline; one
 * call site per rule it can, and evaluation runs about twice as fast (see bench/eligibility.ts); writing
 * each rule's exceptions out as `a3 || a5` saves the loop over them. The behaviour is exactly that of the
 * loops they replace (the traced path still runs those loops, and the tests compare both paths).
 */
/** Evaluates every condition and sorts the rules that apply into applied and decisive (untraced). */
type Resolve<F, E> = (facts: F, ctx: Context, applied: Rule<F, E>[], decisive: Rule<F, E>[]) => void;
type TracedConditions<F> = (facts: F, ctx: Context, applies: boolean[], reads: (readonly string[])[]) => void;

interface Compiled<F, E = unknown> {
  readonly exceptionsTo: readonly (readonly number[])[];
  /**
   * For the untraced path, conditions and exceptions in one generated function: each rule's condition into a
   * local, then each rule that applied into `applied`, and into `decisive` unless one of its exceptions
   * applied (the exceptions are known when the definition is compiled, so each test is written out).
   */
  readonly resolve: Resolve<F, E>;
  /** For the trace: each condition into `applies`, with the parameters it read, to attribute them to its rule. */
  readonly tracedConditions: TracedConditions<F>;
  /** Copies the facts the definition's rules read (for the trace). */
  readonly factsOf: (facts: F) => Record<string, unknown>;
  /**
   * Scratch space for the conditions of one evaluation, reused by the next: `decide` reads it only before it
   * returns and never runs inside itself for the same definition.
   */
  readonly applies: boolean[];
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function compileDefinition<F, E>(definition: Definition<F, E>): Compiled<F, E> {
  const rules = definition.rules;
  const whens = rules.map((rule) => rule.when);
  const exceptionsTo = rules.map((rule) =>
    rules.flatMap((other, j) => ((other.exceptionTo ?? []).some((t) => t === rule.id || (rule.label !== undefined && t === rule.label)) ? [j] : [])),
  );
  const resolveBody = [
    ...rules.map((_, i) => `const a${i} = when${i}(facts, ctx);`),
    ...rules.map((_, i) => {
      const exceptions = exceptionsTo[i]!;
      const decisive = exceptions.length === 0 ? `decisive.push(rule${i});` : `if (!(${exceptions.map((j) => `a${j}`).join(' || ')})) decisive.push(rule${i});`;
      return `if (a${i}) { applied.push(rule${i}); ${decisive} }`;
    }),
  ].join('\n');
  const resolve = new Function(
    ...whens.map((_, i) => `when${i}`),
    ...rules.map((_, i) => `rule${i}`),
    `return function resolve(facts, ctx, applied, decisive) {\n${resolveBody}\n};`,
  )(...whens, ...rules) as Resolve<F, E>;
  const tracedBody = rules.map((_, i) => `applies[${i}] = when${i}(facts, ctx); reads[${i}] = ctx.takeReads();`).join('\n');
  const tracedConditions = new Function(
    ...whens.map((_, i) => `when${i}`),
    `return function tracedConditions(facts, ctx, applies, reads) {\nctx.takeReads();\n${tracedBody}\n};`,
  )(...whens) as TracedConditions<F>;
  const keys = [...new Set(rules.flatMap((rule) => (rule.reads ?? []).map(String)))];
  for (const key of keys)
    if (!IDENTIFIER.test(key))
      throw new RulesError('RULES_INVALID_DEFINITION', `Definition ${definition.id} reads ${key}, not an identifier`, { definition: definition.id });
  const factsOf = new Function('facts', `return { ${keys.map((k) => `${k}: facts.${k}`).join(', ')} };`) as (facts: F) => Record<string, unknown>;
  return {
    exceptionsTo,
    resolve,
    tracedConditions,
    factsOf,
    applies: rules.map(() => false),
  };
}

/** What defineRules compiled (a definition not made by defineRules is compiled now, and not kept). */
function compile<F, E>(definition: Definition<F, E>): Compiled<F, E> {
  return (definition.compiled as Compiled<F, E> | undefined) ?? compileDefinition(definition);
}

const NONE: readonly string[] = Object.freeze([]);

const NO_PARAMS: MessageParams = Object.freeze({});

/** Reports, for one rule, the facts its condition touched on one evaluation. */
export type FactReadRecorder = (definition: string, rule: string, facts: readonly string[]) => void;

let factReadRecorder: FactReadRecorder | undefined;

/**
 * For the meta-tests, which check each rule's `reads` against what its condition really reads: while a
 * recorder is set, every traced `decide` also evaluates each condition on a proxy of the facts that notes each
 * property read, and reports them. Pass `undefined` to stop. Off otherwise, and never on the untraced path.
 */
export function recordFactReads(recorder: FactReadRecorder | undefined): void {
  factReadRecorder = recorder;
}

function reportFactReads<F, E>(definition: Definition<F, E>, facts: F, ctx: Context, recorder: FactReadRecorder): void {
  for (const rule of definition.rules) {
    const touched = new Set<string>();
    const proxy = new Proxy(facts as object, {
      get(target, property, receiver) {
        if (typeof property === 'string') touched.add(property);
        return Reflect.get(target, property, receiver) as unknown;
      },
    }) as F;
    rule.when(proxy, ctx);
    recorder(definition.id, rule.id, [...touched]);
  }
}

/** Decides a definition for the facts, recording the step in the context's trace. */
export function decide<F, E>(definition: Definition<F, E>, facts: F, ctx: Context, subject?: string): Decision<F, E> {
  const rules = definition.rules;
  const { exceptionsTo, tracedConditions, resolve, factsOf, applies } = compile(definition);
  const n = rules.length;
  const tracing = ctx.tracing;
  if (tracing && factReadRecorder) reportFactReads(definition, facts, ctx, factReadRecorder);
  // Rules a reform switched off: the conditions are evaluated one by one (the generated function cannot leave
  // one out), and a rule switched off never applies.
  const off = ctx.rulesOff;
  const reads: (readonly string[])[] | undefined = tracing || off !== undefined ? new Array<readonly string[]>(n) : undefined;
  const applied: Rule<F, E>[] = [];
  const decisive: Rule<F, E>[] = [];
  if (reads) {
    tracedConditions(facts, ctx, applies, reads);
    if (off !== undefined) for (let i = 0; i < n; i++) if (off.has(rules[i]!.id)) applies[i] = false;
    for (let i = 0; i < n; i++) {
      if (!applies[i]) continue;
      const rule = rules[i]!;
      applied.push(rule);
      const exceptions = exceptionsTo[i]!;
      let defeated = false;
      for (let k = 0; k < exceptions.length; k++) {
        if (applies[exceptions[k]!]) {
          defeated = true;
          break;
        }
      }
      if (!defeated) decisive.push(rule);
    }
  } else {
    resolve(facts, ctx, applied, decisive);
  }
  if (decisive.length === 0) {
    throw new RulesError('RULES_NO_RULE_APPLIES', `Definition ${definition.id}: no rule applies to these facts`, {
      definition: definition.id,
      ...(subject === undefined ? {} : { subject }),
    });
  }
  const first = decisive[0]!;
  const value = typeof first.then === 'function' ? (first.then as (f: F, c: Context) => E)(facts, ctx) : first.then;
  if (decisive.length > 1) {
    const key = definition.key(value);
    for (let i = 1; i < decisive.length; i++) {
      const rule = decisive[i]!;
      const effect = typeof rule.then === 'function' ? (rule.then as (f: F, c: Context) => E)(facts, ctx) : rule.then;
      if (definition.key(effect) !== key) {
        throw new RulesError(
          'RULES_CONFLICT',
          `Definition ${definition.id}: rules ${first.id} and ${rule.id} both apply with different effects (${key} and ${definition.key(effect)})`,
          { definition: definition.id, rules: decisive.map((r) => r.id), effects: [key, definition.key(effect)] },
        );
      }
    }
  }
  if (tracing) {
    const entries: RuleTraceEntry[] = new Array<RuleTraceEntry>(n);
    for (let i = 0; i < n; i++) {
      const rule = rules[i]!;
      let defeatedBy: readonly string[] = NONE;
      if (applies[i]) {
        const exceptions = exceptionsTo[i]!;
        for (let k = 0; k < exceptions.length; k++) {
          const j = exceptions[k]!;
          if (!applies[j]) continue;
          if (defeatedBy === NONE) defeatedBy = [];
          (defeatedBy as string[]).push(rules[j]!.id);
        }
      }
      entries[i] = {
        rule: rule.id,
        label: rule.label,
        exceptionTo: rule.exceptionTo,
        applied: applies[i]!,
        decisive: applies[i]! && defeatedBy.length === 0,
        defeatedBy,
        reads: rule.reads ?? NONE,
        parameters: reads![i]!,
        source: rule.source,
      };
      const switchedOffBy = off?.get(rule.id);
      if (switchedOffBy !== undefined) entries[i] = { ...entries[i]!, switchedOffBy };
      const addedBy = rule.addable ? ctx.rulesAdded?.get(rule.id) : undefined;
      if (addedBy !== undefined) entries[i] = { ...entries[i]!, addedBy };
    }
    ctx.record({ kind: 'definition', id: definition.id, subject, value: definition.key(value), facts: factsOf(facts), rules: entries });
  }
  return { value, decisive, applied };
}
