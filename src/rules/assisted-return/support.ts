/**
 * Rule set 2: the reintegration support (cash grant) for an assisted return, for a household travelling
 * together (seed 002 and UDI's pages on the rates; the rates are dated parameters in support.parameters.ts).
 *
 * 1. Timing, once for the household: the higher rate applies when no deadline has been given, when the
 *    application is made on or before the deadline day, or when the person is not registered in Norway
 *    (an exception to "after the deadline"); otherwise the lower rate.
 * 2. For each traveller: the age on the application date makes them an adult (18 or over) or a child; the
 *    grant follows from (adult or child) × (timing), and each child gets the child extra at the higher
 *    rate only; a traveller who hands in a valid travel document gets NOK 5,000 more while that scheme ran
 *    (18 June 2015 to 31 January 2018), not with a residence permit in another Schengen country. One output
 *    line per traveller and rule.
 * 3. Country programmes with services in kind (Iraq, Somalia) are listed apart, never added to the total.
 *
 * `daysLeftBeforeRateDrops` counts the days from the application date up to and including the deadline
 * day, the days on which an application still gets the higher rate: 1 on the deadline day itself, since
 * a deadline expires only when its day is over. It is null when the rate cannot drop (no deadline, not
 * registered in Norway) or has already dropped.
 */
import { z } from 'zod';
import { Context } from '../engine/context.ts';
import { ageOn, compareDates, daysBetween } from '../engine/dates.ts';
import { decide, defineRules, type Decision } from '../engine/rule.ts';
import { defineRuleSet, type EvaluateOptions } from '../engine/ruleset.ts';
import { isoDateSchema, messageSchema, reasonSchema, reasonsOf, sourceSchema, traceSchema, type Message, type Reason } from '../engine/output.ts';
import type { Source } from '../engine/source.ts';
import type { Trace } from '../engine/trace.ts';
import { countryCode } from '../common/countries.ts';
import { cite } from '../sources.ts';
import {
  adultAge,
  adultAfterDeadline,
  adultBeforeDeadline,
  childAfterDeadline,
  childBeforeDeadline,
  childExtraBeforeDeadline,
  countryProgrammes,
  supportParameters,
  travelDocumentSupplement,
  type CountryProgramme,
} from './support.parameters.ts';
import { cases } from './support.cases.ts';

export const supportInput = z
  .strictObject({
    applicationDate: isoDateSchema.describe('The day the application for assisted return is made: the rates and every age are taken as of this day'),
    departureDeadline: isoDateSchema
      .nullable()
      .describe('The deadline for leaving Norway, as written on the first page of the decision; null when no deadline has been given'),
    registeredInNorway: z
      .boolean()
      .default(true)
      .describe(
        'Has had a case registered with UDI (in DUF). False for someone without legal residence who has never been registered: they get the higher rate whatever the deadline',
      ),
    citizenship: countryCode.describe('Citizenship, ISO 3166-1 alpha-2 (XK for Kosovo); decides which country programmes are listed'),
    travellers: z
      .array(
        z.strictObject({
          dateOfBirth: isoDateSchema.describe('Date of birth; born on or before the application date'),
          validTravelDocument: z
            .boolean()
            .default(false)
            .describe(
              'Hands in a valid travel document with the application, or has handed one in earlier, or is named in one (a passport naming several people counts for each)',
            ),
          residencePermitInOtherSchengenCountry: z
            .boolean()
            .default(false)
            .describe('Holds a valid residence permit in another Schengen country (no travel-document support then)'),
        }),
      )
      .min(1, 'at least one traveller')
      .max(100, 'at most 100 travellers: a household travelling together')
      .describe('Everyone in the household travelling together, the applicant included'),
  })
  .superRefine((input, ctx) => {
    input.travellers.forEach((traveller, i) => {
      if (
        typeof traveller?.dateOfBirth === 'string' &&
        typeof input.applicationDate === 'string' &&
        compareDates(traveller.dateOfBirth, input.applicationDate) > 0
      ) {
        ctx.addIssue({ code: 'custom', path: ['travellers', i, 'dateOfBirth'], message: 'a traveller cannot be born after the application date' });
      }
    });
  })
  .meta({ id: 'AssistedReturnSupportInput' });

export type SupportInput = z.output<typeof supportInput>;

/** The two rates: the higher (applied by the deadline, or none given, or not registered in Norway) and the lower. */
export const timings = ['before-deadline', 'after-deadline'] as const;
export type Timing = (typeof timings)[number];
export type AgeGroup = 'adult' | 'child';

const RULE = {
  noDeadline: 'assisted-return.support.timing.no-deadline',
  onOrBeforeDeadline: 'assisted-return.support.timing.on-or-before-deadline',
  afterDeadline: 'assisted-return.support.timing.after-deadline',
  notRegistered: 'assisted-return.support.timing.not-registered',
} as const;

const ratesTable = (quote: string) => cite('udi-return-programmes', quote);
const applyBefore = cite(
  'udi-assisted-return-irq',
  'If you apply before your deadline for leaving the country has expired, or before you are given a deadline for leaving, you will receive NOK 15,000.',
);
const somaliaRates = cite(
  'udi-assisted-return-som-families',
  'Hvis dere søker før utreisefristen deres går ut, eller før dere får en utreisefrist, får dere 15 000 kroner per voksen og 25 000 kroner per barn som var under 18 år da dere søkte assistert retur.',
);
const seed002Money = cite('seed-002', 'The assisted return scheme provides help and money to return to and resettle in your home country.');

export const timingDefinition = defineRules<SupportInput, Timing>({
  id: 'assisted-return.support.timing',
  description: 'Whether the household gets the rate for applying before the departure deadline or the lower rate after it',
  key: (timing) => timing,
  rules: [
    {
      id: RULE.noDeadline,
      description: 'A person who has not been given a departure deadline gets the rate for applying before the deadline.',
      source: [applyBefore, somaliaRates],
      reads: ['departureDeadline'],
      when: (f) => f.departureDeadline === null,
      then: 'before-deadline',
    },
    {
      id: RULE.onOrBeforeDeadline,
      description:
        'An application made on or before the day of the departure deadline gets the rate for applying before the deadline: the deadline expires only when its day is over.',
      source: [
        cite('seed-001', 'You can receive additional financial assistance if you apply before the deadline for leaving has expired.', {
          note: 'A deadline expires when its day is over, so an application on the deadline day itself comes before it has expired.',
        }),
        applyBefore,
        ratesTable('Amount if you have applied before the deadline for leaving the country or are not registered in Norway'),
      ],
      reads: ['applicationDate', 'departureDeadline'],
      when: (f) => f.departureDeadline !== null && compareDates(f.applicationDate, f.departureDeadline) <= 0,
      then: 'before-deadline',
      params: (f) => ({ deadline: f.departureDeadline ?? '' }),
    },
    {
      id: RULE.afterDeadline,
      description: 'An application made after the day of the departure deadline gets the lower rate, and no child extra.',
      source: [
        cite('udi-assisted-return-irq', 'If you apply after your deadline for leaving the country has expired, you will receive NOK 5,000.'),
        ratesTable('Amount if you have applied after the deadline for leaving the country'),
      ],
      reads: ['applicationDate', 'departureDeadline'],
      when: (f) => f.departureDeadline !== null && compareDates(f.applicationDate, f.departureDeadline) > 0,
      then: 'after-deadline',
      params: (f) => ({ deadline: f.departureDeadline ?? '' }),
    },
    {
      id: RULE.notRegistered,
      exceptionTo: [RULE.afterDeadline],
      description: 'A person who is not registered in Norway gets the rate for applying before the deadline, whatever the deadline.',
      source: [
        ratesTable('Amount if you have applied before the deadline for leaving the country or are not registered in Norway'),
        cite(
          'seed-003',
          'they do not have legal residence and have not had a case registered in the computer system used for immigration and refugee cases (DUF)',
          {
            note: 'The group that may apply without a registered case (UDI: "you do not have a registered application at UDI"): the route this rule is for.',
          },
        ),
      ],
      reads: ['registeredInNorway'],
      when: (f) => !f.registeredInNorway,
      then: 'before-deadline',
    },
  ],
});

interface AgeFacts {
  readonly traveller: number;
  readonly age: number;
}

const childUnder18 = cite(
  'udi-assisted-return-som-families',
  'Hvis dere søker før utreisefristen deres går ut, eller før dere får en utreisefrist, får dere 15 000 kroner per voksen og 25 000 kroner per barn som var under 18 år da dere søkte assistert retur.',
  { note: 'A child is a traveller under 18 on the application date.' },
);

export const ageGroupDefinition = defineRules<AgeFacts, AgeGroup>({
  id: 'assisted-return.support.age-group',
  description: 'Whether a traveller counts as an adult or a child, by their age on the application date',
  key: (group) => group,
  rules: [
    {
      id: 'assisted-return.support.age-group.adult',
      description: 'A traveller who is 18 or over on the application date is an adult (the age is a dated parameter).',
      source: [ratesTable('Reintegration grant for adults (over the age of 18)'), childUnder18],
      reads: ['age'],
      when: (f, ctx) => f.age >= ctx.param(adultAge),
      then: 'adult',
    },
    {
      id: 'assisted-return.support.age-group.child',
      description: 'A traveller who is under 18 on the application date is a child (the age is a dated parameter).',
      source: [childUnder18],
      reads: ['age'],
      when: (f, ctx) => f.age < ctx.param(adultAge),
      then: 'child',
    },
  ],
});

interface TravellerFacts {
  readonly traveller: number;
  readonly age: number;
  readonly ageGroup: AgeGroup;
  readonly timing: Timing;
}

const adultRow = ratesTable('Reintegration grant for adults (over the age of 18) | NOK 15 000 per person | NOK 5 000 per person');
const childRow = ratesTable('Reintegration grant for each child travelling with family or a guardian | NOK 15 000 per person | NOK 5 000 per person');

export const grantDefinition = defineRules<TravellerFacts, number>({
  id: 'assisted-return.support.grant',
  description: 'The reintegration grant for one traveller, in NOK',
  key: (amount) => String(amount),
  rules: [
    {
      id: 'assisted-return.support.grant.adult.before-deadline',
      description: 'An adult gets the adult rate for applying before the deadline.',
      source: [seed002Money, adultRow],
      reads: ['ageGroup', 'timing'],
      when: (f) => f.ageGroup === 'adult' && f.timing === 'before-deadline',
      then: (_f, ctx) => ctx.param(adultBeforeDeadline),
    },
    {
      id: 'assisted-return.support.grant.adult.after-deadline',
      description: 'An adult gets the adult rate for applying after the deadline.',
      source: [seed002Money, adultRow],
      reads: ['ageGroup', 'timing'],
      when: (f) => f.ageGroup === 'adult' && f.timing === 'after-deadline',
      then: (_f, ctx) => ctx.param(adultAfterDeadline),
    },
    {
      id: 'assisted-return.support.grant.child.before-deadline',
      description: 'A child travelling with the family gets the child rate for applying before the deadline (the child extra comes on top).',
      source: [seed002Money, childRow],
      reads: ['ageGroup', 'timing'],
      when: (f) => f.ageGroup === 'child' && f.timing === 'before-deadline',
      then: (_f, ctx) => ctx.param(childBeforeDeadline),
    },
    {
      id: 'assisted-return.support.grant.child.after-deadline',
      description: 'A child travelling with the family gets the child rate for applying after the deadline.',
      source: [seed002Money, childRow],
      reads: ['ageGroup', 'timing'],
      when: (f) => f.ageGroup === 'child' && f.timing === 'after-deadline',
      then: (_f, ctx) => ctx.param(childAfterDeadline),
    },
  ],
});

const childExtraRow = ratesTable('Extra reintegration grant for each child travelling with family or a guardian | NOK 10 000 per person | no grant');

export const childExtraDefinition = defineRules<TravellerFacts, number>({
  id: 'assisted-return.support.child-extra',
  description: 'The extra reintegration grant for one child, in NOK: paid at the higher rate only',
  key: (amount) => String(amount),
  rules: [
    {
      id: 'assisted-return.support.child-extra.before-deadline',
      description: 'Each child gets the child extra when the household gets the rate for applying before the deadline.',
      source: [childExtraRow],
      reads: ['ageGroup', 'timing'],
      when: (f) => f.ageGroup === 'child' && f.timing === 'before-deadline',
      then: (_f, ctx) => ctx.param(childExtraBeforeDeadline),
    },
    {
      id: 'assisted-return.support.child-extra.after-deadline',
      description: 'There is no child extra when the application comes after the deadline.',
      source: [childExtraRow],
      reads: ['ageGroup', 'timing'],
      when: (f) => f.ageGroup === 'child' && f.timing === 'after-deadline',
      then: 0,
    },
  ],
});

interface TravelDocumentFacts extends TravellerFacts {
  readonly validTravelDocument: boolean;
  readonly residencePermitInOtherSchengenCountry: boolean;
}

const travelDocumentPage = (quote: string) => cite('udi-travel-document-supplement', quote);

export const travelDocumentDefinition = defineRules<TravelDocumentFacts, number>({
  id: 'assisted-return.support.travel-document',
  description: 'The extra support for a traveller who hands in a valid travel document, in NOK (asked only for such a traveller)',
  key: (amount) => String(amount),
  rules: [
    {
      id: 'assisted-return.support.travel-document.paid',
      label: 'travel-document',
      description: 'Each traveller who hands in a valid travel document, or is named in one, gets the extra support while the scheme runs.',
      source: [
        travelDocumentPage('You can receive extra cash if you hand in a valid travel document when you apply for assisted return.'),
        travelDocumentPage(
          'The extra economic support is given per person. In case several persons are named in the same passport, each person will receive extra cash.',
        ),
      ],
      reads: ['validTravelDocument'],
      when: (f, ctx) => f.validTravelDocument && ctx.param(travelDocumentSupplement) > 0,
      then: (_f, ctx) => ctx.param(travelDocumentSupplement),
    },
    {
      id: 'assisted-return.support.travel-document.closed',
      label: 'travel-document',
      description: 'The scheme closed on 1 February 2018: an application from that day gets no extra support for a travel document.',
      source: [cite('udi-travel-document-supplement-ends', 'This scheme will be closed from 1 February 2018.')],
      reads: ['validTravelDocument'],
      when: (f, ctx) => f.validTravelDocument && ctx.param(travelDocumentSupplement) === 0,
      then: 0,
    },
    {
      id: 'assisted-return.support.travel-document.residence-in-other-schengen-country',
      exceptionTo: ['assisted-return.support.travel-document.paid'],
      description: 'A traveller with a valid residence permit in another Schengen country gets no extra support for a travel document.',
      source: [travelDocumentPage('You cannot receive this extra economic support if you have a valid residence permit in another country within Schengen')],
      reads: ['validTravelDocument', 'residencePermitInOtherSchengenCountry'],
      when: (f) => f.validTravelDocument && f.residencePermitInOtherSchengenCountry,
      then: 0,
    },
  ],
});

interface ProgrammeFacts {
  readonly programme: string;
  readonly country: string;
  readonly citizenship: string;
  readonly onlyForFamiliesWithChildren: boolean;
  readonly householdHasChild: boolean;
}

const specialSchemes = ratesTable(
  'Special schemes have been established for assisted return to some countries. These schemes provide dedicated financial grants arrangements and practical help to find work, education, and a place to live in the home country.',
);

export const programmeDefinition = defineRules<ProgrammeFacts, boolean>({
  id: 'assisted-return.support.programme',
  description: 'Whether a country programme with services in kind is listed for the household (never added to the cash total)',
  key: (offered) => String(offered),
  rules: [
    {
      id: 'assisted-return.support.programme.not-offered',
      description:
        'A country programme is not listed unless it is for the household’s citizenship (and, for a programme for families, the household has a child).',
      source: [specialSchemes],
      when: () => true,
      then: false,
    },
    {
      id: 'assisted-return.support.programme.offered',
      exceptionTo: ['assisted-return.support.programme.not-offered'],
      description:
        'A country programme is listed for a household of its citizenship; a programme for families with children only when a traveller is under 18 on the application date.',
      source: [
        specialSchemes,
        cite('udi-assisted-return-som-families', 'Familier med barn under 18 år', {
          note: 'The heading of the Somalia page: its programme is for families with children.',
        }),
      ],
      reads: ['citizenship', 'country', 'onlyForFamiliesWithChildren', 'householdHasChild'],
      when: (f) => f.citizenship === f.country && (!f.onlyForFamiliesWithChildren || f.householdHasChild),
      then: true,
    },
  ],
});

export const supportOutput = z
  .object({
    currency: z.literal('NOK'),
    total: z.number().int().describe('The cash grant for the whole household; country programmes are not included'),
    timing: z
      .enum(['before-deadline', 'after-deadline'])
      .describe(
        'The rate that applies: before-deadline (no deadline given, applied on or before the deadline day, or not registered in Norway) or after-deadline',
      ),
    lines: z
      .array(
        z.object({
          traveller: z.number().int().describe('The traveller’s position in the input list, from 0'),
          age: z.number().int().describe('Age in whole years on the application date'),
          ageGroup: z.enum(['adult', 'child']),
          rule: z.string().describe('The rule that gives this amount'),
          amount: z.number().int(),
          label: messageSchema.describe('What the line is for: the message of the rule that gives it'),
        }),
      )
      .describe('One line per traveller and rule'),
    daysLeftBeforeRateDrops: z
      .number()
      .int()
      .nullable()
      .describe(
        'Days from the application date up to and including the deadline day on which an application still gets the higher rate (1 on the deadline day); null when there is no deadline, the person is not registered in Norway, or the deadline has passed',
      ),
    rateDropsAfter: isoDateSchema
      .nullable()
      .describe('The last day of the higher rate (the departure deadline), or null when the rate cannot drop or already has'),
    programmes: z
      .array(
        z.object({
          id: z.string(),
          country: z.string(),
          provider: z.string(),
          currency: z.literal('NOK'),
          servicesWorth: z.number().int().describe('The value of the services in kind, as the source states it'),
          perPerson: z.boolean().describe('True when each person gets the services; false when the source states one amount'),
          label: messageSchema.describe('What the programme gives, in plain language'),
          source: sourceSchema,
        }),
      )
      .describe('Country programmes with services in kind, listed apart and never added to the cash total'),
    reasons: z.array(reasonSchema),
    trace: traceSchema.optional(),
  })
  .meta({ id: 'AssistedReturnSupportOutput' });

export interface SupportLine {
  readonly traveller: number;
  readonly age: number;
  readonly ageGroup: AgeGroup;
  readonly rule: string;
  readonly amount: number;
  readonly label: Message;
}

export interface ListedProgramme {
  readonly id: string;
  readonly country: string;
  readonly provider: string;
  readonly currency: 'NOK';
  readonly servicesWorth: number;
  readonly perPerson: boolean;
  readonly label: Message;
  readonly source: Source;
}

export interface SupportResult {
  readonly currency: 'NOK';
  readonly total: number;
  readonly timing: Timing;
  readonly lines: readonly SupportLine[];
  readonly daysLeftBeforeRateDrops: number | null;
  readonly rateDropsAfter: string | null;
  readonly programmes: readonly ListedProgramme[];
  readonly reasons: readonly Reason[];
  readonly trace?: Trace;
}

/** The line for the decisive rule of a per-traveller decision (the rules of a definition here never tie). */
function lineOf<F extends TravellerFacts>(decision: Decision<F, number>, facts: F): SupportLine {
  const [reason] = reasonsOf(decision, facts);
  return {
    traveller: facts.traveller,
    age: facts.age,
    ageGroup: facts.ageGroup,
    rule: reason!.rule,
    amount: decision.value,
    label: { key: reason!.key, params: reason!.params },
  };
}

function programmeEntry(programme: CountryProgramme): ListedProgramme {
  return {
    id: programme.id,
    country: programme.country,
    provider: programme.provider,
    currency: 'NOK',
    servicesWorth: programme.servicesWorth,
    perPerson: programme.perPerson,
    label: programme.label,
    source: programme.source,
  };
}

export function evaluateSupport(input: SupportInput, options: EvaluateOptions = {}): SupportResult {
  const ctx = new Context('assisted-return-support', input.applicationDate, options.trace ?? true, options.reform);
  const timingDecision = decide(timingDefinition, input, ctx);
  const timing = timingDecision.value;

  const lines: SupportLine[] = [];
  const travellerReasons: Reason[] = [];
  input.travellers.forEach((traveller, index) => {
    const subject = `traveller-${index}`;
    const age = ctx.computed(
      'assisted-return.support.age',
      ageOn(traveller.dateOfBirth, input.applicationDate),
      { dateOfBirth: traveller.dateOfBirth, applicationDate: input.applicationDate },
      [childUnder18],
      subject,
    );
    const ageGroup = decide(ageGroupDefinition, { traveller: index, age }, ctx, subject).value;
    const facts: TravellerFacts = { traveller: index, age, ageGroup, timing };
    const grant = decide(grantDefinition, facts, ctx, subject);
    lines.push(lineOf(grant, facts));
    travellerReasons.push(...reasonsOf(grant, facts));
    if (ageGroup === 'child') {
      const extra = decide(childExtraDefinition, facts, ctx, subject);
      lines.push(lineOf(extra, facts));
      travellerReasons.push(...reasonsOf(extra, facts));
    }
    if (traveller.validTravelDocument) {
      const documentFacts: TravelDocumentFacts = {
        ...facts,
        validTravelDocument: traveller.validTravelDocument,
        residencePermitInOtherSchengenCountry: traveller.residencePermitInOtherSchengenCountry,
      };
      const supplement = decide(travelDocumentDefinition, documentFacts, ctx, subject);
      lines.push(lineOf(supplement, documentFacts));
      travellerReasons.push(...reasonsOf(supplement, documentFacts));
    }
  });

  const total = ctx.computed(
    'assisted-return.support.total',
    lines.reduce((sum, line) => sum + line.amount, 0),
    { amounts: lines.map((line) => line.amount) },
    [ratesTable('The amount will depend on when the migrants apply in relation to the deadline for leaving the country.')],
  );

  // The rate can drop only when the deadline not having passed is the one thing that gives the higher rate.
  const decisive = timingDecision.decisive.map((rule) => rule.id);
  const rateCanDrop = decisive.includes(RULE.onOrBeforeDeadline) && !decisive.includes(RULE.notRegistered);
  const rateDropsAfter = rateCanDrop ? input.departureDeadline : null;
  const daysLeftBeforeRateDrops = ctx.computed(
    'assisted-return.support.days-left-before-rate-drops',
    rateDropsAfter === null ? null : daysBetween(input.applicationDate, rateDropsAfter) + 1,
    { applicationDate: input.applicationDate, departureDeadline: input.departureDeadline, rateCanDrop },
    [
      cite('seed-001', 'You can receive additional financial assistance if you apply before the deadline for leaving has expired.', {
        note: 'Counted from the application date up to and including the deadline day: 1 on the deadline day itself.',
      }),
    ],
  );

  const householdHasChild = lines.some((line) => line.ageGroup === 'child');
  const programmes: ListedProgramme[] = [];
  const programmeReasons: Reason[] = [];
  for (const programme of ctx.param(countryProgrammes)) {
    const facts: ProgrammeFacts = {
      programme: programme.id,
      country: programme.country,
      citizenship: input.citizenship,
      onlyForFamiliesWithChildren: programme.onlyForFamiliesWithChildren,
      householdHasChild,
    };
    const decision = decide(programmeDefinition, facts, ctx, programme.id);
    if (decision.value) {
      programmes.push(programmeEntry(programme));
      programmeReasons.push(...reasonsOf(decision, facts));
    }
  }

  return {
    currency: 'NOK',
    total,
    timing,
    lines,
    daysLeftBeforeRateDrops,
    rateDropsAfter,
    programmes,
    reasons: [...reasonsOf(timingDecision, input), ...firstOfEachRule(travellerReasons), ...programmeReasons],
    // Not a spread of a conditional object: V8 copies those slowly, and this is the hot path.
    trace: ctx.tracing ? ctx.trace() : undefined,
  };
}

/** The reasons of the travellers, once per rule: a family of five has one "grant for a child" reason, not three. */
function firstOfEachRule(reasons: readonly Reason[]): Reason[] {
  const byRule = new Map<string, Reason>();
  for (const reason of reasons) if (!byRule.has(reason.rule)) byRule.set(reason.rule, reason);
  return [...byRule.values()];
}

export const assistedReturnSupportRuleSet = defineRuleSet({
  id: 'assisted-return-support',
  title: 'Assisted return: reintegration support',
  description:
    'The cash reintegration grant for a household returning with assisted return: the rate before or after the departure deadline, per adult and per child, with the days left before the rate drops, and the country programmes that give services in kind (seed 002, udi.no).',
  path: 'assisted-return/support',
  command: ['support'],
  input: supportInput,
  output: supportOutput,
  dateOf: (input) => input.applicationDate,
  evaluate: evaluateSupport,
  definitions: [timingDefinition, ageGroupDefinition, grantDefinition, childExtraDefinition, travelDocumentDefinition, programmeDefinition],
  parameters: supportParameters,
  cases,
});
