/**
 * Dated parameters, the OpenFisca way: a list of values, each with the date it takes effect and its source;
 * a `null` value ends the parameter. Asking for a date before the first value or after an end throws
 * RULES_PARAM_NOT_IN_FORCE; there is no silent fall-back to the last known value.
 */
import { z } from 'zod';
import { isIsoDate, type IsoDate } from './dates.ts';
import { RulesError } from './errors.ts';
import type { Source } from './source.ts';

export interface ParameterValue<T> {
  /** The first day the value is in force. */
  readonly from: IsoDate;
  /** The value, or `null` when the parameter ends on `from`. */
  readonly value: T | null;
  readonly source: Source;
  /** The name of the reform the value comes from (src/rules/reform.ts); absent for the law as it is. */
  readonly reform?: string;
}

export interface Parameter<T> {
  readonly id: string;
  readonly description: string;
  /** The unit of the value: `NOK`, `years`, `country codes`… */
  readonly unit: string;
  readonly values: readonly ParameterValue<T>[];
}

const sourceSchema = z.strictObject({
  document: z.string().min(1),
  quote: z.string().min(1),
  url: z.string().url().optional(),
  note: z.string().optional(),
});

const parameterShape = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'a dotted kebab-case id'),
  description: z.string().min(1),
  unit: z.string().min(1),
  values: z.array(z.object({ from: z.string().refine(isIsoDate, 'a YYYY-MM-DD date'), value: z.unknown(), source: sourceSchema })).min(1),
});

/** Checks a parameter when its module loads: real dates, strictly ascending, a source on every value. */
export function defineParameter<T>(parameter: Parameter<T>): Parameter<T> {
  const parsed = parameterShape.safeParse(parameter);
  if (!parsed.success) {
    throw new RulesError('RULES_INVALID_DEFINITION', `Parameter ${parameter.id} is malformed: ${parsed.error.message}`, {
      parameter: parameter.id,
    });
  }
  parameter.values.forEach((v, i) => {
    const previous = parameter.values[i - 1];
    if (previous && previous.from >= v.from) {
      throw new RulesError(
        'RULES_INVALID_DEFINITION',
        `Parameter ${parameter.id}: values must be in strictly ascending date order (${previous.from} then ${v.from})`,
        {
          parameter: parameter.id,
        },
      );
    }
    if (previous && previous.value === null && v.value === null) {
      throw new RulesError('RULES_INVALID_DEFINITION', `Parameter ${parameter.id}: two ends in a row at ${v.from}`, { parameter: parameter.id });
    }
  });
  if (parameter.values[0]?.value === null) {
    throw new RulesError('RULES_INVALID_DEFINITION', `Parameter ${parameter.id}: the first value cannot be an end`, { parameter: parameter.id });
  }
  return Object.freeze({ ...parameter, values: Object.freeze([...parameter.values]) });
}

/** The value in force on a date, with the date it took effect and its source. */
export function lookup<T>(parameter: Parameter<T>, date: IsoDate): { value: T; from: IsoDate; source: Source; reform?: string } {
  const values = parameter.values;
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i]!;
    if (v.from <= date) {
      if (v.value === null) break;
      // The stored value itself: it has the shape asked for, and no copy is made on this hot path.
      return v as { value: T; from: IsoDate; source: Source; reform?: string };
    }
  }
  const first = values[0]!.from;
  const end = values.find((v) => v.value === null && v.from <= date)?.from;
  throw new RulesError(
    'RULES_PARAM_NOT_IN_FORCE',
    end === undefined
      ? `Parameter ${parameter.id} has no value for ${date}: it starts on ${first}`
      : `Parameter ${parameter.id} has no value for ${date}: it ended on ${end}`,
    { parameter: parameter.id, date, firstDate: first, ...(end === undefined ? {} : { endDate: end }) },
  );
}

/** The dates on which a parameter changes (every value after the first), for boundary tests and docs. */
export function changeDates(parameter: Parameter<unknown>): IsoDate[] {
  return parameter.values.slice(1).map((v) => v.from);
}
