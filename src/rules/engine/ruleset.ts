/**
 * A rule set is what the edges (API, CLI, web, cases) ask: one input schema (the only parser of outside
 * input), an evaluate function returning the answer and its trace, the definitions and parameters it uses
 * (for docs/rules.md and the meta-tests), and its test cases as data.
 */
import type { z } from 'zod';
import type { Definition } from './rule.ts';
import type { Parameter } from './parameter.ts';
import type { Trace } from './trace.ts';
import type { IsoDate } from './dates.ts';
import type { ReformedLaw } from './reformed.ts';

export interface EvaluateOptions {
  /** Build the trace (default true). The untraced path is for bulk work and benchmarks. */
  readonly trace?: boolean;
  /** Evaluate under a reform (src/rules/reform.ts) instead of the law as it is. */
  readonly reform?: ReformedLaw;
}

export interface TestCase<I> {
  /** What the case shows, as a sentence. */
  readonly name: string;
  /** The document and sentence the case tests. */
  readonly source: string;
  /** The input as a caller would send it (before parsing and defaults). */
  readonly input: I;
  /** A subset of the output that must match (deep partial: objects match on the keys given, arrays in full). */
  readonly expect?: Readonly<Record<string, unknown>>;
  /** Or: the input must be refused with this error code. */
  readonly expectError?: string;
}

export interface RuleSet<S extends z.ZodType, O extends { trace?: Trace }> {
  /** e.g. `assisted-return-eligibility`. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** URL path below /api/v1/rules, e.g. `assisted-return/eligibility`. */
  readonly path: string;
  /** The CLI words after `retur`, e.g. ['check', 'assisted-return']. */
  readonly command: readonly string[];
  readonly input: S;
  /** The output schema, for the OpenAPI document. */
  readonly output: z.ZodType;
  /** The date the answer is computed as of, from a parsed input. */
  readonly dateOf: (input: z.output<S>) => IsoDate;
  readonly evaluate: (input: z.output<S>, options?: EvaluateOptions) => O;
  readonly definitions: readonly AnyDefinition[];
  readonly parameters: readonly Parameter<unknown>[];
  /**
   * Cases as data. Inputs are raw JSON as a caller would send it (some cases are deliberately invalid);
   * the case runner checks that every case without `expectError` parses.
   */
  readonly cases: readonly TestCase<unknown>[];
  /**
   * What a reform may change beyond the parameters: the rules it may switch off (src/rules/reform.ts). A rule
   * not listed here cannot be switched off by a reform.
   */
  readonly reformable?: {
    readonly rules: readonly string[];
    /** The exceptions a reform may add: rules of the rule set marked `addable`, each citing its source. */
    readonly exceptions?: readonly string[];
  };
}

// A definition of any facts and effects: a list of them mixes variances, so it can only be typed loosely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDefinition = Definition<any, any>;

/** Identity helper that keeps the schema's types. */
export function defineRuleSet<S extends z.ZodType, O extends { trace?: Trace }>(ruleSet: RuleSet<S, O>): RuleSet<S, O> {
  return ruleSet;
}
