/**
 * Rule set 4: the category of a forced return and the authority responsible for it (seed 004, the police's
 * statistics page). The categories are tried as a chain of exceptions: IP, then Dublin, then asylum, then
 * expelled; a return none of them fits is "refused entry or stay". "Expelled" is the seed's definition (not
 * applied for protection, expelled due to a criminal conviction) and, as a rule of its own, every other
 * expulsion: "refused entry or stay" is for persons not banned from future entry, and an expulsion bans.
 */
import { z } from 'zod';
import { Context } from '../engine/context.ts';
import { decide, defineRules } from '../engine/rule.ts';
import { defineRuleSet, type EvaluateOptions } from '../engine/ruleset.ts';
import { isoDateSchema, reasonSchema, reasonsOf, traceSchema, type Reason } from '../engine/output.ts';
import type { Trace } from '../engine/trace.ts';
import { cite } from '../sources.ts';
import { cases } from './category.cases.ts';

export const forcedReturnCategories = ['asylum', 'dublin', 'ip', 'refused', 'expelled'] as const;
export type ForcedReturnCategory = (typeof forcedReturnCategories)[number];
export const responsibleAuthorities = ['npis', 'police-district', 'udi'] as const;
export type ResponsibleAuthority = (typeof responsibleAuthorities)[number];

export const forcedReturnCategoryInput = z
  .strictObject({
    date: isoDateSchema.describe('The day of the return, or of the assessment'),
    returnType: z.enum(['forced', 'assisted']).default('forced').describe('A forced return by the police, or an assisted return through UDI'),
    protectionInOtherSchengenCountry: z.boolean().default(false).describe('Holds international protection granted by another Schengen country'),
    dublinTransfer: z.boolean().default(false).describe('Returned under the Dublin Regulation to the country responsible for the asylum claim'),
    protection: z.enum(['none', 'pending', 'rejected', 'withdrawn', 'granted']).default('none').describe('The application for protection (asylum) in Norway'),
    expelled: z.boolean().default(false).describe('Subject to an expulsion order (and so to an entry ban)'),
    convictedOffender: z
      .boolean()
      .default(false)
      .describe('Has received one or more criminal convictions (a fine, prison, community service or another sanction)'),
  })
  .meta({ id: 'ForcedReturnCategoryInput' });

export type ForcedReturnCategoryInput = z.output<typeof forcedReturnCategoryInput>;

const seed004 = (quote: string) => cite('seed-004', quote);
const REFUSED_QUOTE =
  '**Refused entry or stay** – Persons who, for various reasons, must leave Norway as they have no permit to stay. They are not banned from future entry.';
const EXPELLED_QUOTE =
  '**Expelled** – Persons who have not applied for protection (asylum) and have been expelled due to a criminal conviction. They are banned from entering Norway for a specific period of time. Violation of the re-entry ban is a punishable offence.';
/** The two rules that put a return in the category "expelled": the seed's definition, and the other expulsions. */
const EXPELLED = 'forced-return.category.expelled-rules';

export const categoryDefinition = defineRules<ForcedReturnCategoryInput, ForcedReturnCategory>({
  id: 'forced-return.category',
  description: 'The statistics category of a forced return',
  key: (category) => category,
  rules: [
    {
      id: 'forced-return.category.refused',
      description: 'A forced return that fits no other category is a return after refusal of entry or stay.',
      source: [seed004(REFUSED_QUOTE)],
      when: () => true,
      then: 'refused',
    },
    {
      id: 'forced-return.category.expelled',
      label: EXPELLED,
      exceptionTo: ['forced-return.category.refused'],
      description:
        'A person who has not applied for protection and was expelled due to a criminal conviction is in the category "expelled", and is banned from re-entry (the seed’s definition, word for word).',
      source: [seed004(EXPELLED_QUOTE)],
      reads: ['expelled', 'protection', 'convictedOffender'],
      when: (f) => f.expelled && f.protection === 'none' && f.convictedOffender,
      then: 'expelled',
    },
    {
      id: 'forced-return.category.expelled-on-another-ground',
      label: EXPELLED,
      exceptionTo: ['forced-return.category.refused'],
      description:
        'An expulsion the seed’s definition does not name (not due to a criminal conviction, or after an application for protection that was not rejected) is still counted as "expelled": "refused entry or stay" is for persons "not banned from future entry", and every expulsion bans later entry; the police count those refused entry or stay and those expelled apart.',
      source: [
        { ...seed004(EXPELLED_QUOTE), note: 'The definition names the usual expulsion; it does not put another expulsion in another category.' },
        seed004(REFUSED_QUOTE),
        cite('utl-71', 'Utvisningen er til hinder for senere innreise i riket.'),
      ],
      reads: ['expelled', 'protection', 'convictedOffender'],
      when: (f) => f.expelled && !(f.protection === 'none' && f.convictedOffender),
      then: 'expelled',
      key: 'rules.forced-return.category.expelled',
    },
    {
      id: 'forced-return.category.asylum',
      exceptionTo: ['forced-return.category.refused', EXPELLED],
      description: 'A person whose application for protection was processed and rejected is in the category "asylum", also when expelled as well.',
      source: [
        seed004(
          '**Asylum** – Persons who have applied for protection (asylum) in Norway and who have had their application processed and rejected. This category also includes persons who in addition are subject to an expulsion order.',
        ),
      ],
      reads: ['protection'],
      when: (f) => f.protection === 'rejected',
      then: 'asylum',
    },
    {
      id: 'forced-return.category.dublin',
      exceptionTo: ['forced-return.category.refused', EXPELLED, 'forced-return.category.asylum'],
      description: 'A person returned under the Dublin Regulation is in the category "Dublin".',
      source: [
        seed004(
          '**Dublin** – Persons returned under the Dublin Regulation, which governs which European country is responsible for processing the asylum claim. This applies to persons who have an additional expulsion order.',
        ),
      ],
      reads: ['dublinTransfer'],
      when: (f) => f.dublinTransfer,
      then: 'dublin',
    },
    {
      id: 'forced-return.category.ip',
      exceptionTo: ['forced-return.category.refused', EXPELLED, 'forced-return.category.asylum', 'forced-return.category.dublin'],
      description: 'A person granted international protection in another Schengen country is in the category "IP", no longer "Dublin".',
      source: [
        seed004(
          "**International protection (IP)** – Persons granted international protection in another Schengen country. Previously categorised as 'Dublin' returns, but now treated as a separate category.",
        ),
      ],
      reads: ['protectionInOtherSchengenCountry'],
      when: (f) => f.protectionInOtherSchengenCountry,
      then: 'ip',
    },
  ],
});

interface ResponsibleFacts {
  readonly returnType: 'forced' | 'assisted';
  readonly category: ForcedReturnCategory | null;
}

export const responsibleDefinition = defineRules<ResponsibleFacts, ResponsibleAuthority>({
  id: 'forced-return.responsible',
  description: 'The authority responsible for carrying out a return',
  key: (authority) => authority,
  rules: [
    {
      id: 'forced-return.responsible.npis',
      description: 'NPIS returns persons whose asylum applications were rejected, and Dublin and safe-third-country (IP) returns.',
      source: [
        seed004(
          'while the NPIS is responsible for returning persons who have had their asylum applications rejected or who are returned under the Dublin procedure or to safe third countries.',
        ),
      ],
      reads: ['returnType', 'category'],
      when: (f) => f.returnType === 'forced' && (f.category === 'asylum' || f.category === 'dublin' || f.category === 'ip'),
      then: 'npis',
    },
    {
      id: 'forced-return.responsible.police-district',
      description: 'The police districts return persons refused entry or stay, and expelled persons.',
      source: [seed004('Police districts are responsible for returns following refusal of entry or stay and expulsion,')],
      reads: ['returnType', 'category'],
      when: (f) => f.returnType === 'forced' && (f.category === 'refused' || f.category === 'expelled'),
      then: 'police-district',
    },
    {
      id: 'forced-return.responsible.udi',
      description: 'UDI is responsible for assisted returns.',
      source: [seed004('The Norwegian Directorate of Immigration (UDI) is responsible for assisted returns, previously called voluntary returns.')],
      reads: ['returnType'],
      when: (f) => f.returnType === 'assisted',
      then: 'udi',
    },
  ],
});

export const forcedReturnCategoryOutput = z
  .object({
    returnType: z.enum(['forced', 'assisted']),
    category: z.enum(forcedReturnCategories).nullable().describe('The statistics category; null for an assisted return'),
    responsible: z.enum(responsibleAuthorities),
    bannedFromReEntry: z.boolean(),
    convictedOffender: z.boolean(),
    reasons: z.array(reasonSchema),
    trace: traceSchema.optional(),
  })
  .meta({ id: 'ForcedReturnCategoryOutput' });

export interface ForcedReturnCategoryResult {
  readonly returnType: 'forced' | 'assisted';
  readonly category: ForcedReturnCategory | null;
  readonly responsible: ResponsibleAuthority;
  readonly bannedFromReEntry: boolean;
  readonly convictedOffender: boolean;
  readonly reasons: readonly Reason[];
  readonly trace?: Trace;
}

export function evaluateForcedReturnCategory(input: ForcedReturnCategoryInput, options: EvaluateOptions = {}): ForcedReturnCategoryResult {
  const ctx = new Context('forced-return-category', input.date, options.trace ?? true, options.reform);
  const categoryDecision = input.returnType === 'forced' ? decide(categoryDefinition, input, ctx) : null;
  const category = categoryDecision?.value ?? null;
  const responsibleFacts: ResponsibleFacts = { returnType: input.returnType, category };
  const responsible = decide(responsibleDefinition, responsibleFacts, ctx);
  return {
    returnType: input.returnType,
    category,
    responsible: responsible.value,
    bannedFromReEntry: category === 'expelled' || input.expelled,
    convictedOffender: input.convictedOffender,
    reasons: [...(categoryDecision ? reasonsOf(categoryDecision, input) : []), ...reasonsOf(responsible, responsibleFacts)],
    // Not a spread of a conditional object: V8 copies those slowly, and this is the hot path.
    trace: ctx.tracing ? ctx.trace() : undefined,
  };
}

export const forcedReturnCategoryRuleSet = defineRuleSet({
  id: 'forced-return-category',
  title: 'Forced-return category and responsible authority',
  description:
    'Which category of the police statistics a return falls in (IP, Dublin, asylum, expelled, refused entry or stay) and which authority carries it out (seed 004).',
  path: 'forced-return-category',
  command: ['check', 'forced-return-category'],
  input: forcedReturnCategoryInput,
  output: forcedReturnCategoryOutput,
  dateOf: (input) => input.date,
  evaluate: evaluateForcedReturnCategory,
  definitions: [categoryDefinition, responsibleDefinition],
  parameters: [],
  cases,
});
