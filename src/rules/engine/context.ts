/**
 * The evaluation context: the date everything is computed as of, and (when tracing) the record of what was
 * read and decided. Rules receive it; it is the only way to read a parameter.
 */
import type { IsoDate } from './dates.ts';
import type { Parameter } from './parameter.ts';
import { lookup } from './parameter.ts';
import type { ComputationStep, ParameterRead, Trace, TraceStep } from './trace.ts';
import type { Source } from './source.ts';

export class Context {
  readonly date: IsoDate;
  readonly tracing: boolean;
  readonly ruleSet: string;
  private readonly steps: TraceStep[] = [];
  private readonly reads: ParameterRead[] = [];
  private readonly readKeys = new Set<string>();
  /** Parameter ids read since the last call to `takeReads`, to attribute reads to the rule that made them. */
  private pending: string[] = [];

  constructor(ruleSet: string, date: IsoDate, tracing: boolean) {
    this.ruleSet = ruleSet;
    this.date = date;
    this.tracing = tracing;
  }

  /** The value of a parameter on a date (the evaluation date unless another is given). */
  param<T>(parameter: Parameter<T>, date: IsoDate = this.date): T {
    const found = lookup(parameter, date);
    if (this.tracing) {
      const key = `${parameter.id}@${date}`;
      this.pending.push(parameter.id);
      if (!this.readKeys.has(key)) {
        this.readKeys.add(key);
        this.reads.push({
          parameter: parameter.id,
          date,
          inForceFrom: found.from,
          value: found.value,
          source: found.source,
        });
      }
    }
    return found.value;
  }

  /** @internal the parameters read since the last call. */
  takeReads(): string[] {
    const taken = this.pending;
    this.pending = [];
    return taken;
  }

  /** @internal */
  record(step: TraceStep): void {
    if (this.tracing) this.steps.push(step);
  }

  /** Records a computed value (a date, a sum, a count) with what it was computed from and its source. */
  computed<T>(id: string, value: T, inputs: Record<string, unknown>, source: readonly Source[], subject?: string): T {
    if (this.tracing) {
      const step: ComputationStep = {
        kind: 'computation',
        id,
        ...(subject === undefined ? {} : { subject }),
        value,
        inputs,
        source,
      };
      this.steps.push(step);
      this.pending = [];
    }
    return value;
  }

  trace(): Trace {
    return { ruleSet: this.ruleSet, date: this.date, steps: this.steps, parameters: this.reads };
  }
}
