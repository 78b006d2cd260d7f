/**
 * The evaluation context: the date everything is computed as of, and (when tracing) the record of what was
 * read and decided. Rules receive it; it is the only way to read a parameter.
 */
import type { IsoDate } from './dates.ts';
import type { Parameter } from './parameter.ts';
import { lookup } from './parameter.ts';
import type { ComputationStep, ParameterRead, Trace, TraceStep } from './trace.ts';
import type { Source } from './source.ts';
import type { ReformedLaw } from './reformed.ts';

const NO_READS: readonly string[] = Object.freeze([]);
// Shared by untraced contexts, which never push to it.
const NO_PENDING: string[] = [];

export class Context {
  readonly date: IsoDate;
  readonly tracing: boolean;
  readonly ruleSet: string;
  // The record is kept only when tracing; an untraced evaluation allocates none of it.
  private readonly steps: TraceStep[] | undefined;
  private readonly reads: ParameterRead[] | undefined;
  /** Parameter ids read since the last call to `takeReads`, to attribute reads to the rule that made them. */
  private pending: string[] = NO_PENDING;
  /** The reform evaluated under, if any: its changed parameters, and the rules it has switched off by `date`. */
  readonly reform: string | undefined;
  private readonly reformed: ReadonlyMap<string, Parameter<unknown>> | undefined;
  /** @internal the rules a reform has switched off on the evaluation date, undefined when none is. */
  readonly rulesOff: ReadonlyMap<string, string> | undefined;
  /** @internal the addable exceptions a reform has added by `date` (by rule id, the reform's name), undefined when none is. */
  readonly rulesAdded: ReadonlyMap<string, string> | undefined;

  constructor(ruleSet: string, date: IsoDate, tracing: boolean, reform?: ReformedLaw) {
    this.ruleSet = ruleSet;
    this.date = date;
    this.tracing = tracing;
    if (tracing) {
      this.steps = [];
      this.reads = [];
      this.pending = [];
    }
    if (reform) {
      this.reform = reform.name;
      this.reformed = reform.parameters.size > 0 ? reform.parameters : undefined;
      const off = new Map<string, string>();
      for (const [rule, from] of reform.switchedOff) if (from <= date) off.set(rule, reform.name);
      this.rulesOff = off.size > 0 ? off : undefined;
      const added = new Map<string, string>();
      for (const [rule, from] of reform.exceptionsAdded) if (from <= date) added.set(rule, reform.name);
      this.rulesAdded = added.size > 0 ? added : undefined;
    } else {
      this.rulesAdded = undefined;
    }
  }

  /** The value of a parameter on a date (the evaluation date unless another is given). */
  param<T>(parameter: Parameter<T>, date: IsoDate = this.date): T {
    const found = lookup(this.reformed === undefined ? parameter : ((this.reformed.get(parameter.id) as Parameter<T> | undefined) ?? parameter), date);
    if (this.reads) {
      this.pending.push(parameter.id);
      if (!this.reads.some((r) => r.parameter === parameter.id && r.date === date)) {
        const read: ParameterRead = { parameter: parameter.id, date, inForceFrom: found.from, value: found.value, source: found.source };
        this.reads.push(found.reform === undefined ? read : { ...read, reform: found.reform });
      }
    }
    return found.value;
  }

  /** @internal the parameters read since the last call. */
  takeReads(): readonly string[] {
    if (this.pending.length === 0) return NO_READS;
    const taken = this.pending;
    this.pending = [];
    return taken;
  }

  /** @internal */
  record(step: TraceStep): void {
    this.steps?.push(step);
  }

  /**
   * Records a computed value (a date, a sum, a count) with what it was computed from and its source. Give the
   * inputs as a function to build them only when tracing.
   */
  computed<T>(id: string, value: T, inputs: Record<string, unknown> | (() => Record<string, unknown>), source: readonly Source[], subject?: string): T {
    if (this.steps) {
      const step: ComputationStep = {
        kind: 'computation',
        id,
        ...(subject === undefined ? {} : { subject }),
        value,
        inputs: typeof inputs === 'function' ? inputs() : inputs,
        source,
      };
      this.steps.push(step);
      this.pending.length = 0;
    }
    return value;
  }

  trace(): Trace {
    const trace: Trace = { ruleSet: this.ruleSet, date: this.date, steps: this.steps ?? [], parameters: this.reads ?? [] };
    return this.reform === undefined ? trace : { ...trace, reform: this.reform };
  }
}
