/**
 * Rule set 7: whether someone returned is an unaccompanied minor on the day they leave (seed 004, the police's
 * statistics page): "a foreigner who arrived in Norway without a parent or other guardian, and was under the
 * age of 18 on departure." The case work asks it for each person who leaves: an unaccompanied minor may be
 * returned by force only once it has recorded who will meet them, and the departures statistics count them.
 *
 * The age is the support rule set's dated parameter for the age from which a traveller is an adult
 * (`assisted-return.support.adult-age`, 18), read on the day of departure: the two sentences draw the same
 * line, so a change of it is made once. The answer is a computation with its source (no rule with a message):
 * it tells the person nothing, it decides what the case work must do and what the figures count.
 */
import { z } from 'zod';
import { adultAge } from '../assisted-return/support.parameters.ts';
import { Context } from '../engine/context.ts';
import { ageOn, compareDates } from '../engine/dates.ts';
import { defineRuleSet, type EvaluateOptions } from '../engine/ruleset.ts';
import { isoDateSchema, traceSchema } from '../engine/output.ts';
import type { Trace } from '../engine/trace.ts';
import { cite } from '../sources.ts';
import { cases } from './unaccompanied-minor.cases.ts';

export const unaccompaniedMinorInput = z
  .strictObject({
    date: isoDateSchema.describe('The day of departure (or of the assessment)'),
    dateOfBirth: isoDateSchema.describe('Date of birth (YYYY-MM-DD), not after `date`'),
    arrivedWithoutParentOrGuardian: z.boolean().default(false).describe('Arrived in Norway without a parent or other guardian'),
  })
  .superRefine((input, ctx) => {
    if (compareDates(input.dateOfBirth, input.date) > 0) {
      ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: 'the date of birth is after the day of departure' });
    }
  })
  .meta({ id: 'UnaccompaniedMinorInput' });

export type UnaccompaniedMinorInput = z.output<typeof unaccompaniedMinorInput>;

export const unaccompaniedMinorOutput = z
  .object({
    age: z.number().int().describe('Age in whole years on the day of departure'),
    unaccompaniedMinor: z.boolean().describe('An unaccompanied minor on the day of departure'),
    trace: traceSchema.optional(),
  })
  .meta({ id: 'UnaccompaniedMinorOutput' });

export interface UnaccompaniedMinorResult {
  readonly age: number;
  readonly unaccompaniedMinor: boolean;
  readonly trace?: Trace;
}

const DEFINITION = cite(
  'seed-004',
  'An unaccompanied minor is a foreigner who arrived in Norway without a parent or other guardian, and was under the age of 18 on departure.',
);

export function evaluateUnaccompaniedMinor(input: UnaccompaniedMinorInput, options: EvaluateOptions = {}): UnaccompaniedMinorResult {
  const ctx = new Context('unaccompanied-minor', input.date, options.trace ?? true, options.reform);
  const age = ctx.computed(
    'forced-return.unaccompanied-minor.age',
    ageOn(input.dateOfBirth, input.date),
    { dateOfBirth: input.dateOfBirth, date: input.date },
    [DEFINITION],
  );
  const adult = ctx.param(adultAge);
  const unaccompaniedMinor = ctx.computed(
    'forced-return.unaccompanied-minor',
    input.arrivedWithoutParentOrGuardian && age < adult,
    { arrivedWithoutParentOrGuardian: input.arrivedWithoutParentOrGuardian, age, adultAge: adult },
    [DEFINITION],
  );
  return { age, unaccompaniedMinor, trace: ctx.tracing ? ctx.trace() : undefined };
}

export const unaccompaniedMinorRuleSet = defineRuleSet({
  id: 'unaccompanied-minor',
  title: 'Unaccompanied minor on departure',
  description:
    'Whether a person who leaves is an unaccompanied minor: arrived in Norway without a parent or other guardian, and under 18 on the day of departure (seed 004). The case work asks it before a forced return (an unaccompanied minor must be met) and for the departures statistics.',
  path: 'unaccompanied-minor',
  command: ['check', 'unaccompanied-minor'],
  input: unaccompaniedMinorInput,
  output: unaccompaniedMinorOutput,
  dateOf: (input) => input.date,
  evaluate: evaluateUnaccompaniedMinor,
  definitions: [],
  parameters: [adultAge],
  cases,
});
