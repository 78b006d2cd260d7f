/**
 * Rule set 6: correcting a registration as moved (seed 001, with UDI's page on registration as moved).
 *
 * Given the day a person was registered as moved from Norway in the National Registry and the day they ask:
 * whether the registration can be corrected with UDI's form. Seed 001 gives the form for a registration "after
 * 1 October 2017"; UDI's page says UDI and UNE decide registrations as moved "Fra og med 1. oktober 2017"
 * (from and including that day), so a registration made on 1 October 2017 is theirs and counts, and one made
 * on 30 September 2017 does not. The day is the departure-situation rule set's dated parameter
 * (`departure.udi-decides-registration-as-moved`), read on the day of the registration: that rule set tells
 * the person about the form before they ask; this one answers the request (the case work's
 * `registry.request-correction` asks it).
 */
import { z } from 'zod';
import { Context } from '../engine/context.ts';
import { compareDates } from '../engine/dates.ts';
import { decide, defineRules } from '../engine/rule.ts';
import { defineRuleSet, type EvaluateOptions } from '../engine/ruleset.ts';
import { isoDateSchema, reasonSchema, reasonsOf, traceSchema, type Reason } from '../engine/output.ts';
import type { Trace } from '../engine/trace.ts';
import { cases } from './registry-correction.cases.ts';
import { registrationDecidedByUdiOn, udiDecidesRegistrations } from './situation.ts';
import { correctionFormNote, registeredAsMovedNote, seed, udiDecidesRegistrationFrom } from './situation.notes.ts';

export const registryCorrectionInput = z
  .strictObject({
    date: isoDateSchema.describe('The day the person asks for the registration to be corrected (today)'),
    registeredAsMovedOn: isoDateSchema.describe('The day the person was registered as moved from Norway in the National Registry'),
  })
  .superRefine((input, ctx) => {
    if (compareDates(input.registeredAsMovedOn, input.date) > 0) {
      ctx.addIssue({ code: 'custom', path: ['registeredAsMovedOn'], message: 'the registration is after the day of the request: it has not been made yet' });
    }
  })
  .meta({ id: 'RegistryCorrectionInput' });

export type RegistryCorrectionInput = z.output<typeof registryCorrectionInput>;

interface RegistryCorrectionFacts extends RegistryCorrectionInput {
  /** The registration was made on or after 1 October 2017, when UDI and UNE decide registrations as moved. */
  readonly registrationDecidedByUdi: boolean;
}

export const registryCorrectionDefinition = defineRules<RegistryCorrectionFacts, 'registered-as-moved' | 'correction-form'>({
  id: 'registry-correction',
  description: 'Whether a registration as moved in the National Registry can be corrected with UDI’s form',
  key: (value) => value,
  rules: [
    {
      id: 'registry-correction.not-by-form',
      description:
        'A registration as moved made before 1 October 2017 was not decided by UDI or UNE: UDI’s form for correcting a mistake of the immigration authorities is not for it.',
      source: [
        { ...seed.correctionForm, note: 'The form is for registrations from 1 October 2017; an earlier one stands as registered.' },
        { ...udiDecidesRegistrationFrom, note: 'Before 1 October 2017 UDI and UNE did not decide registrations as moved.' },
      ],
      when: () => true,
      then: 'registered-as-moved',
      // What the person is told: they are registered as moved (the departure-situation rule set tells a person
      // registered before 1 October 2017 the same, without the form).
      key: registeredAsMovedNote.key,
    },
    {
      id: 'registry-correction.correction-form',
      exceptionTo: ['registry-correction.not-by-form'],
      description:
        'A person registered as moved on or after 1 October 2017 who believes the immigration authorities made a mistake asks for a correction with UDI’s form.',
      source: [seed.correctionForm, udiDecidesRegistrationFrom],
      reads: ['registrationDecidedByUdi'],
      when: (f) => f.registrationDecidedByUdi,
      then: 'correction-form',
      key: correctionFormNote.key,
    },
  ],
});

export const registryCorrectionOutput = z
  .object({
    registeredAsMovedOn: isoDateSchema.describe('The day of the registration as moved, as given'),
    correctionForm: z.boolean().describe('The registration can be corrected with UDI’s form (it was made on or after 1 October 2017)'),
    reasons: z.array(reasonSchema),
    trace: traceSchema.optional(),
  })
  .meta({ id: 'RegistryCorrectionOutput' });

export interface RegistryCorrectionResult {
  readonly registeredAsMovedOn: string;
  readonly correctionForm: boolean;
  readonly reasons: readonly Reason[];
  readonly trace?: Trace;
}

export function evaluateRegistryCorrection(input: RegistryCorrectionInput, options: EvaluateOptions = {}): RegistryCorrectionResult {
  const ctx = new Context('registry-correction', input.date, options.trace ?? true, options.reform);
  const facts: RegistryCorrectionFacts = {
    ...input,
    registrationDecidedByUdi: registrationDecidedByUdiOn(ctx, input.registeredAsMovedOn, { registeredAsMovedOn: input.registeredAsMovedOn }),
  };
  const decision = decide(registryCorrectionDefinition, facts, ctx);
  return {
    registeredAsMovedOn: input.registeredAsMovedOn,
    correctionForm: decision.value === 'correction-form',
    reasons: reasonsOf(decision, facts),
    trace: ctx.tracing ? ctx.trace() : undefined,
  };
}

export const registryCorrectionRuleSet = defineRuleSet({
  id: 'registry-correction',
  title: 'Correcting a registration as moved',
  description:
    'Whether a registration as moved from Norway in the National Registry can be corrected with UDI’s form: only a registration made on or after 1 October 2017, when UDI and UNE decide them (seed 001, UDI).',
  path: 'registry-correction',
  command: ['check', 'registry-correction'],
  input: registryCorrectionInput,
  output: registryCorrectionOutput,
  dateOf: (input) => input.date,
  evaluate: evaluateRegistryCorrection,
  definitions: [registryCorrectionDefinition],
  parameters: [udiDecidesRegistrations],
  cases,
});
