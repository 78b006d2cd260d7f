/**
 * The trace of an evaluation, in the shape of OpenFisca's /trace: every rule considered (applied or not, and
 * why: the facts it read), which rules decided, and every parameter value read with its date and source.
 * The same trace feeds the caseworker's view, the plain-language reasons and the audit record of a decision.
 */
import type { Source } from './source.ts';
import type { IsoDate } from './dates.ts';

export interface ParameterRead {
  readonly parameter: string;
  /** The date asked for. */
  readonly date: IsoDate;
  /** The date the value read took effect. */
  readonly inForceFrom: IsoDate;
  readonly value: unknown;
  readonly source: Source;
  /** The reform the value came from, when the evaluation ran under one and the reform set this value. */
  readonly reform?: string;
}

export interface RuleTraceEntry {
  readonly rule: string;
  readonly label?: string;
  readonly exceptionTo?: readonly string[];
  /** Whether the rule's condition held for these facts. */
  readonly applied: boolean;
  /** Whether the rule decided the value (it applied and no applicable exception defeated it). */
  readonly decisive: boolean;
  /** The applicable exceptions that set this rule aside. */
  readonly defeatedBy: readonly string[];
  /** The facts the rule's condition reads; their values are in the step's `facts`. */
  readonly reads: readonly string[];
  /** Parameters read while evaluating the rule's condition. */
  readonly parameters: readonly string[];
  readonly source: readonly Source[];
  /** The reform that switched the rule off (its condition was not evaluated); absent for the law as it is. */
  readonly switchedOffBy?: string;
  /** The reform that added the rule, an exception the law does not have; absent for the law as it is. */
  readonly addedBy?: string;
}

export interface DefinitionStep {
  readonly kind: 'definition';
  /** The definition's id, e.g. `assisted-return.eligibility.outcome`. */
  readonly id: string;
  /** The entity the value is for, when a rule set evaluates a definition per person or per item. */
  readonly subject?: string;
  readonly value: unknown;
  /** The values of the facts the definition's rules read. */
  readonly facts: Readonly<Record<string, unknown>>;
  readonly rules: readonly RuleTraceEntry[];
}

export interface ComputationStep {
  readonly kind: 'computation';
  readonly id: string;
  readonly subject?: string;
  readonly value: unknown;
  /** The values it was computed from. */
  readonly inputs: Readonly<Record<string, unknown>>;
  readonly source: readonly Source[];
}

export type TraceStep = DefinitionStep | ComputationStep;

export interface Trace {
  readonly ruleSet: string;
  /** The date the evaluation was made as of. */
  readonly date: IsoDate;
  readonly steps: readonly TraceStep[];
  readonly parameters: readonly ParameterRead[];
  /** The reform the evaluation ran under (src/rules/reform.ts); absent for the law as it is. */
  readonly reform?: string;
}
