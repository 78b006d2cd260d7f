/**
 * Rule set 5: may a person who was returned or expelled come back on a given day? (seed 000; utlendingsloven §§ 71, 91 and 124; utlendingsforskriften § 14-2)
 *
 * Two things can stand in the way, and the answer names the stronger one:
 *   - an entry ban from an expulsion (utlendingsloven § 71): `entry-banned`, for as long as the ban runs;
 *   - deportation costs not paid back (§ 91, seed 000): `may-be-refused-unpaid-costs`, a possible refusal
 *     of entry to Norway, never a ban;
 * otherwise `no-bar`. When both apply the ban wins, as an exception to the debt rule (not by list order);
 * every ban and the balance are reported either way.
 *
 * When a ban starts and ends:
 *   - it runs from the day the person left Norway if they were in Norway when the decision was made, and from
 *     the decision date if they were abroad (UDI; UNE; seed 001);
 *   - the day it starts is its first day ("applies from the day you leave", seed 001), so a ban of N years
 *     covers N whole years: its last day is the day before the N-th anniversary of its start, and the person
 *     may enter on the anniversary itself. The anniversary is computed with `addYears`, so a ban that starts on
 *     29 February has its anniversary on 28 February in a common year (last day 27 February).
 *     ⚠️ No public source found states the last day in words; this is the ordinary way a period of whole years
 *     that includes its first day is counted (the way an age is). Changing it means changing `banPeriod` only.
 *
 * The allowed ban lengths are a dated parameter read on the decision date (10 years only from 20 June 2016).
 * A recorded ban the law did not allow on that date (or an EU/EEA citizen's ban under two years) is still in
 * force until it is reversed: it is answered as decided, with a warning naming the expulsion. So is a ban
 * decided before 1 January 2010 under the 1988 Act, whose allowed lengths Retur does not hold.
 */
import { z } from 'zod';
import { Context } from '../engine/context.ts';
import { addDays, addYears } from '../engine/dates.ts';
import { RulesError } from '../engine/errors.ts';
import { isoDateSchema, messageSchema, reasonSchema, reasonsOf, traceSchema, type MessageParams, type Reason } from '../engine/output.ts';
import { decide, defineRules } from '../engine/rule.ts';
import { defineRuleSet, type EvaluateOptions } from '../engine/ruleset.ts';
import type { Trace } from '../engine/trace.ts';
import { cite } from '../sources.ts';
import { countryCode, eeaAndSwitzerland } from '../common/countries.ts';
import { cases } from './re-entry.cases.ts';
import { ACT_2008_IN_FORCE, allowedBanLengths, banLengths, eeaMinimumBanYears, reEntryParameters, type BanLength } from './re-entry.parameters.ts';

export const outcomes = ['entry-banned', 'may-be-refused-unpaid-costs', 'no-bar'] as const;
export type ReEntryOutcome = (typeof outcomes)[number];
export const banScopes = ['norway', 'schengen'] as const;
export type BanScope = (typeof banScopes)[number];
export const destinations = ['norway', 'other-schengen'] as const;
export type Destination = (typeof destinations)[number];

// ---------------------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------------------

/** True for an amount with at most two decimals (whole øre). */
function isWholeOre(amount: number): boolean {
  const ore = amount * 100;
  return Number.isSafeInteger(Math.round(ore)) && Math.abs(ore - Math.round(ore)) < 1e-6;
}

const amountNok = z
  .number()
  .positive()
  .refine(isWholeOre, 'an amount in NOK with at most two decimals')
  .describe('Amount in Norwegian kroner (NOK), at most two decimals');

const returnSchema = z.strictObject({
  date: isoDateSchema.describe('The day the person left Norway'),
  forced: z.boolean().default(false).describe('The person was deported (returned by force by the police); false for a voluntary or assisted return'),
});

const expulsionSchema = z.strictObject({
  decisionDate: isoDateSchema.describe('The date of the expulsion decision (the date in the decision)'),
  banLength: z.literal(banLengths).describe('The length of the entry ban set in the decision: 1, 2, 5 or 10 years (10 only from 20 June 2016), or "permanent"'),
  scope: z.enum(banScopes).describe('Where the ban applies: Norway only, or the whole Schengen area'),
  inNorwayAtDecision: z
    .boolean()
    .default(false)
    .describe('The person was in Norway when the decision was made: the ban then runs from the departure date, otherwise from the decision date'),
  departureDate: isoDateSchema
    .optional()
    .describe('The day the person left Norway (and the Schengen area, for a Schengen-wide ban); required when inNorwayAtDecision'),
  eeaNational: z
    .boolean()
    .default(false)
    .describe('The person is a citizen of an EU/EEA country (the ban is then at least two years); or give citizenships and let the rules decide'),
  citizenships: z
    .array(countryCode)
    .max(100)
    .default([])
    .describe(
      'The citizenships of the person (or household) the ban was decided on: a citizen of a country on the EU/EEA list on the decision date has the EU/EEA minimum',
    ),
});

const moneySchema = z.strictObject({
  date: isoDateSchema.describe('The day the amount was charged or paid'),
  amountNok,
});

export const reEntryInput = z
  .strictObject({
    plannedEntryDate: isoDateSchema.describe('The day the person plans to enter; the answer is as of this day'),
    destination: z
      .enum(destinations)
      .default('norway')
      .describe('Where the person plans to enter: Norway, or another Schengen country (a Norway-only ban does not stop that)'),
    returns: z.array(returnSchema).max(100).default([]).describe('Earlier departures from Norway, forced or not'),
    expulsions: z.array(expulsionSchema).max(100).default([]).describe('Expulsion decisions, each with its entry ban'),
    deportationCosts: z
      .array(moneySchema)
      .max(1000)
      .default([])
      .describe('Costs of deportation the Norwegian authorities paid and the person owes (utlendingsloven § 91)'),
    repayments: z.array(moneySchema).max(1000).default([]).describe('Amounts the person has paid back'),
  })
  .superRefine((input, ctx) => {
    const planned = input.plannedEntryDate;
    input.returns.forEach((r, i) => {
      if (r.date > planned) {
        ctx.addIssue({ code: 'custom', path: ['returns', i, 'date'], message: `a return must be on or before the planned entry date (${planned})` });
      }
    });
    input.expulsions.forEach((e, i) => {
      if (e.decisionDate > planned) {
        ctx.addIssue({
          code: 'custom',
          path: ['expulsions', i, 'decisionDate'],
          message: `the decision must be on or before the planned entry date (${planned})`,
        });
      }
      if (e.inNorwayAtDecision && e.departureDate === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['expulsions', i, 'departureDate'],
          message: 'required when inNorwayAtDecision: the ban runs from the day the person left Norway',
        });
      }
      if (e.departureDate === undefined) return;
      if (e.departureDate > planned) {
        ctx.addIssue({
          code: 'custom',
          path: ['expulsions', i, 'departureDate'],
          message: `the departure must be on or before the planned entry date (${planned})`,
        });
      }
      if (e.inNorwayAtDecision && e.departureDate < e.decisionDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['expulsions', i, 'departureDate'],
          message: 'a person in Norway at the decision leaves on or after the decision date',
        });
      }
      if (!e.inNorwayAtDecision && e.departureDate > e.decisionDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['expulsions', i, 'departureDate'],
          message: 'a departure after the decision means the person was in Norway at the decision: set inNorwayAtDecision',
        });
      }
    });
  })
  .meta({ id: 'ReEntryInput' });

export type ReEntryInput = z.output<typeof reEntryInput>;
type Expulsion = ReEntryInput['expulsions'][number];

// ---------------------------------------------------------------------------------------------------------
// One ban: is it in force on the planned entry date?
// ---------------------------------------------------------------------------------------------------------

interface BanFacts {
  readonly plannedEntryDate: string;
  readonly decisionDate: string;
  readonly banLength: BanLength;
  readonly scope: BanScope;
  /** The first day of the ban. */
  readonly start: string;
  /** The last day of the ban, inclusive; null for a permanent ban. */
  readonly lastDay: string | null;
}

export const banDefinition = defineRules<BanFacts, 'in-force' | 'expired'>({
  id: 're-entry.ban',
  description: 'Whether the entry ban of one expulsion is in force on the planned entry date',
  key: (state) => state,
  rules: [
    {
      id: 're-entry.ban.in-force',
      description: 'An expulsion bars later entry: its entry ban is in force from its start, permanently or until its last day.',
      source: [
        cite('utl-71', 'Utvisningen er til hinder for senere innreise i riket.'),
        cite(
          'seed-000',
          'The Norwegian Directorate of Immigration (UDI) may decide that you will be expelled from the country permanently or for one or more years. You will not be allowed to re-enter the country for as long as the entry ban is in force.',
        ),
      ],
      when: () => true,
      then: 'in-force',
      params: (f) => ({
        decisionDate: f.decisionDate,
        scope: f.scope,
        permanent: f.lastDay === null ? 'yes' : 'no',
        years: Number(f.banLength) || 0,
        start: f.start,
        lastDay: f.lastDay ?? '',
      }),
    },
    {
      id: 're-entry.ban.expired',
      exceptionTo: ['re-entry.ban.in-force'],
      description: 'A time-limited entry ban no longer applies after its last day.',
      source: [
        cite('utl-71', 'Innreiseforbudet kan gjøres varig eller tidsbegrenset, men ikke for kortere tidsrom enn ett år.'),
        cite('udi-eea-expulsion', 'Du kan komme tilbake til Norge når innreiseforbudet ditt har gått ut.'),
      ],
      reads: ['plannedEntryDate', 'lastDay'],
      when: (f) => f.lastDay !== null && f.plannedEntryDate > f.lastDay,
      then: 'expired',
      params: (f) => ({ decisionDate: f.decisionDate, lastDay: f.lastDay ?? '' }),
    },
  ],
});

/** The facts of where one ban applies: its scope and where the person plans to enter. */
interface ScopeFacts {
  readonly scope: BanScope;
  readonly destination: Destination;
}

export const scopeDefinition = defineRules<ScopeFacts, boolean>({
  id: 're-entry.scope',
  description: 'Whether the entry ban of one expulsion covers the place the person plans to enter (asked whether or not it is in force)',
  key: (applies) => String(applies),
  rules: [
    {
      id: 're-entry.scope.norway-only',
      description: 'A ban the decision limits to Norway bars entry to Norway, not to another Schengen country.',
      source: [
        cite('utl-71', 'Utvisningen er til hinder for senere innreise i riket.'),
        cite('seed-000', 'An entry ban will often apply to the whole Schengen area.', { note: 'Often, not always: the decision says which.' }),
      ],
      reads: ['destination'],
      when: (f) => f.destination === 'other-schengen',
      then: false,
    },
    {
      id: 're-entry.scope.norway',
      description: 'Every entry ban bars entry to Norway.',
      source: [cite('utl-71', 'Utvisningen er til hinder for senere innreise i riket.')],
      reads: ['destination'],
      when: (f) => f.destination === 'norway',
      then: true,
    },
    {
      id: 're-entry.scope.schengen',
      exceptionTo: ['re-entry.scope.norway-only'],
      description: 'A ban the decision makes Schengen-wide bars entry to every Schengen country, not only Norway.',
      source: [
        cite('seed-000', 'An entry ban will often apply to the whole Schengen area. Breach of an entry ban is a criminal offence.'),
        cite(
          'seed-001',
          'You can be expelled from Norway and other Schengen countries because you have stayed illegally in Norway and be prohibited from entering the whole Schengen area for a period of 1–5 years.',
        ),
      ],
      reads: ['scope', 'destination'],
      when: (f) => f.scope === 'schengen' && f.destination === 'other-schengen',
      then: true,
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------
// The answer
// ---------------------------------------------------------------------------------------------------------

interface OutcomeFacts {
  readonly plannedEntryDate: string;
  readonly destination: Destination;
  /** Any earlier return was a deportation. */
  readonly deported: boolean;
  /** Bans in force on the planned entry date that apply where the person wants to enter. */
  readonly bansInForceForDestination: number;
  /** `schengen` when one of those bans covers the whole Schengen area, `norway` when all are Norway only, null when there are none. */
  readonly where: BanScope | null;
  /** The last day of those bans (the latest), or null when one is permanent or there are none. */
  readonly until: string | null;
  /** The deportation costs still owed on the planned entry date, in NOK. */
  readonly owedNok: number;
}

export const outcomeDefinition = defineRules<OutcomeFacts, ReEntryOutcome>({
  id: 're-entry.outcome',
  description: 'Whether anything stands in the way of entering on the planned day',
  key: (outcome) => outcome,
  rules: [
    {
      id: 're-entry.outcome.no-bar',
      description: 'Being deported does not in itself forbid coming back: with no ban in force and no debt, nothing bars entry.',
      source: [cite('seed-000', 'You are not forbidden to re-enter the country if you have been deported.')],
      when: () => true,
      then: 'no-bar',
      params: (f) => ({
        deported: f.deported ? 'yes' : 'no',
        destination: f.destination,
        plannedEntryDate: f.plannedEntryDate,
        owes: f.owedNok > 0 ? 'yes' : 'no',
        owed: f.owedNok,
      }),
    },
    {
      id: 're-entry.outcome.unpaid-costs',
      exceptionTo: ['re-entry.outcome.no-bar'],
      description: 'Deportation costs not paid back by the planned entry date may lead to refusal of entry to Norway (and to expulsion).',
      source: [
        cite(
          'seed-000',
          'When you are deported, you yourself must pay the necessary travel costs. The Norwegian authorities will pay the cost on your behalf if you do not have enough money. That then becomes a debt you must pay back.',
        ),
        cite(
          'seed-000',
          'If you do not pay back the money you owe the Norwegian authorities, you may be refused entry if you try to come back to Norway at a later date.',
        ),
        cite('seed-000', 'But if you have not repaid the money you owe the Norwegian authorities in connection with your deportation, you may be expelled.'),
        cite('utl-91', 'En utlending som i medhold av loven føres ut av riket, plikter å betale utgiftene ved sin egen utreise'),
        cite(
          'politiet-retur',
          'Hvis du ikke betaler tilbake utgiftene … kan det gi grunnlag for bortvisning dersom du senere ønsker å reise tilbake til Norge.',
          {
            note: 'The police’s page on return. Refusal for debt concerns entry to Norway, so it does not apply to entry to another Schengen country.',
          },
        ),
      ],
      reads: ['destination', 'owedNok'],
      when: (f) => f.destination === 'norway' && f.owedNok > 0,
      then: 'may-be-refused-unpaid-costs',
      params: (f) => ({ owed: f.owedNok }),
    },
    {
      id: 're-entry.outcome.entry-banned',
      exceptionTo: ['re-entry.outcome.no-bar', 're-entry.outcome.unpaid-costs'],
      description: 'An entry ban in force where the person wants to enter bars entry, whatever the debt; breaking it is a criminal offence.',
      source: [
        cite('seed-000', 'You will not be allowed to re-enter the country for as long as the entry ban is in force.'),
        cite('seed-000', 'An entry ban will often apply to the whole Schengen area. Breach of an entry ban is a criminal offence.'),
        cite('politiet-retur', 'vil ofte gjelde for hele Schengen-området', { note: 'The police’s page on return, on expulsion and so on the entry ban.' }),
      ],
      reads: ['bansInForceForDestination'],
      when: (f) => f.bansInForceForDestination > 0,
      then: 'entry-banned',
      params: (f) => ({
        destination: f.destination,
        plannedEntryDate: f.plannedEntryDate,
        permanent: f.until === null ? 'yes' : 'no',
        until: f.until ?? '',
        schengen: f.where === 'schengen' ? 'yes' : 'no',
      }),
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------------------

const banStartSources = [
  cite(
    'udi-eea-expulsion',
    'Hvis du oppholder deg i Norge regnes innreiseforbudet fra den datoen du forlater Norge. Hvis du befinner deg utenfor Norge, regnes det fra datoen som står i vedtaket.',
  ),
  cite('une-expulsion', 'Innreiseforbudet regnes vanligvis fra det tidspunktet utlendingen forlater Norge', { note: 'UNE’s page on expulsion.' }),
  cite('seed-001', 'The prohibition on entry applies from the day you leave Norway and the Schengen area.', {
    note: 'The day the ban starts is its first day, so a ban of N years covers N whole years: the last day is the day before the N-th anniversary of the start (a start on 29 February has its anniversary on 28 February in a common year). No public source states the last day in words.',
  }),
];

const balanceSources = [
  cite('seed-000', 'That then becomes a debt you must pay back.'),
  cite('utl-91', 'En utlending som i medhold av loven føres ut av riket, plikter å betale utgiftene ved sin egen utreise'),
];

export const reEntryWarnings = ['decided-before-2010', 'length-not-allowed-on-decision-date', 'eea-ban-under-minimum'] as const;
export type ReEntryWarning = (typeof reEntryWarnings)[number];

/** A warning about one recorded expulsion: its code, the expulsion's index, and its message (`rules.re-entry.warning.<code>`). */
export interface ReEntryWarningMessage {
  readonly code: ReEntryWarning;
  readonly expulsion: number;
  readonly key: string;
  readonly params: MessageParams;
}

const stillInForce = cite('seed-000', 'You will not be allowed to re-enter the country for as long as the entry ban is in force.', {
  note: 'A recorded expulsion is in force until it is reversed (utlendingsloven § 71: "Innreiseforbudet kan etter søknad oppheves"), whatever the length it set, so it is answered as decided, with a warning.',
});

/**
 * Checks a recorded ban against the law on its decision date. A decision stays in force until it is reversed,
 * so a ban the rules would not allow (or one decided under the 1988 Act, whose lengths Retur does not hold) is
 * answered as decided, with a warning naming the expulsion; it is never refused.
 */
function banWarnings(expulsion: Expulsion, index: number, ctx: Context, warnings: ReEntryWarningMessage[]): void {
  const warn = (code: ReEntryWarning, params: MessageParams) =>
    warnings.push(
      ctx.computed(
        're-entry.warning',
        { code, expulsion: index, key: `rules.re-entry.warning.${code}`, params },
        { expulsion: index, decisionDate: expulsion.decisionDate, banLength: expulsion.banLength },
        [stillInForce],
        `expulsions/${index}`,
      ),
    );
  if (expulsion.decisionDate < ACT_2008_IN_FORCE) {
    warn('decided-before-2010', { decisionDate: expulsion.decisionDate });
    return;
  }
  if (!ctx.param(allowedBanLengths, expulsion.decisionDate).includes(expulsion.banLength)) {
    warn('length-not-allowed-on-decision-date', { decisionDate: expulsion.decisionDate });
  }
  if (isEeaNationalOn(expulsion, ctx) && expulsion.banLength !== 'permanent') {
    const minimum = ctx.param(eeaMinimumBanYears, expulsion.decisionDate);
    if (expulsion.banLength < minimum) warn('eea-ban-under-minimum', { decisionDate: expulsion.decisionDate, minimum });
  }
}

/**
 * Whether the ban was decided on a citizen of an EU/EEA country: as the caller says (`eeaNational`), or by a
 * citizenship on the EU/EEA list on the decision date (the list is a dated parameter: Croatia from 1 July
 * 2013, the United Kingdom until 31 December 2020).
 */
function isEeaNationalOn(expulsion: Expulsion, ctx: Context): boolean {
  if (expulsion.eeaNational) return true;
  if (expulsion.citizenships.length === 0) return false;
  const eea = ctx.param(eeaAndSwitzerland, expulsion.decisionDate);
  return expulsion.citizenships.some((c) => eea.includes(c));
}

/** The first and last day of a ban (the last is null for a permanent ban), and the first day it no longer applies. */
export function banPeriod(expulsion: Pick<Expulsion, 'decisionDate' | 'inNorwayAtDecision' | 'departureDate' | 'banLength'>): {
  start: string;
  lastDay: string | null;
  expiresOn: string | null;
} {
  let start = expulsion.decisionDate;
  if (expulsion.inNorwayAtDecision) {
    // The schema requires it; this guards a caller that skips the schema.
    if (expulsion.departureDate === undefined) {
      throw new RulesError('RULES_INVALID_INPUT', 'A person in Norway at the expulsion decision needs a departureDate: the ban runs from it', {});
    }
    start = expulsion.departureDate;
  }
  if (expulsion.banLength === 'permanent') return { start, lastDay: null, expiresOn: null };
  const expiresOn = addYears(start, expulsion.banLength);
  return { start, lastDay: addDays(expiresOn, -1), expiresOn };
}

const toOre = (amount: number) => Math.round(amount * 100);

export const banResultSchema = z.object({
  expulsion: z.number().int().describe('The index of the expulsion in the input'),
  decisionDate: z.string(),
  banLength: z.literal(banLengths),
  scope: z.enum(banScopes),
  start: z.string().describe('The first day of the ban'),
  lastDay: z.string().nullable().describe('The last day of the ban, inclusive; null for a permanent ban'),
  expiresOn: z.string().nullable().describe('The first day the ban no longer applies; null for a permanent ban'),
  inForce: z.boolean().describe('The ban is in force on the planned entry date'),
  appliesToDestination: z.boolean().describe('The ban is in force and covers where the person plans to enter'),
});

export const reEntryOutput = z
  .object({
    plannedEntryDate: z.string(),
    destination: z.enum(destinations),
    outcome: z.enum(outcomes),
    entryBan: z
      .object({
        until: z.string().nullable().describe('The last day of the ban(s) in the way, inclusive; null when permanent'),
        expiresOn: z.string().nullable().describe('The first day no ban is in the way; null when permanent'),
        permanent: z.boolean(),
        where: z
          .enum(banScopes)
          .describe('schengen when one of the bans in the way covers the whole Schengen area, else norway (each ban has its own scope in bans)'),
        criminalOffence: z.literal(true).describe('Entering while banned is a criminal offence'),
      })
      .nullable()
      .describe('Set when the outcome is entry-banned'),
    bans: z.array(banResultSchema).describe('Every expulsion in the input, with its ban period and whether it is in force'),
    balance: z
      .object({
        currency: z.literal('NOK'),
        costs: z.number().describe('Deportation costs charged on or before the planned entry date'),
        repaid: z.number().describe('Repayments made on or before the planned entry date'),
        owed: z.number().describe('Costs minus repayments, never below zero'),
      })
      .describe('The deportation debt as of the planned entry date'),
    deported: z.boolean().describe('An earlier return was a deportation'),
    warnings: z
      .array(
        z.object({ code: z.enum(reEntryWarnings), expulsion: z.number().int().describe('The index of the expulsion in the input'), ...messageSchema.shape }),
      )
      .describe(
        'Recorded expulsions the rules would not allow on their decision date (or decided before 2010, under the 1988 Act): each is answered as decided, since a decision is in force until it is reversed; check it',
      ),
    reasons: z.array(reasonSchema),
    trace: traceSchema.optional(),
  })
  .meta({ id: 'ReEntryOutput' });

export type BanResult = z.output<typeof banResultSchema>;

export interface ReEntryResult {
  readonly plannedEntryDate: string;
  readonly destination: Destination;
  readonly outcome: ReEntryOutcome;
  readonly entryBan: {
    readonly until: string | null;
    readonly expiresOn: string | null;
    readonly permanent: boolean;
    readonly where: BanScope;
    readonly criminalOffence: true;
  } | null;
  readonly bans: readonly BanResult[];
  readonly balance: { readonly currency: 'NOK'; readonly costs: number; readonly repaid: number; readonly owed: number };
  readonly deported: boolean;
  readonly warnings: readonly ReEntryWarningMessage[];
  readonly reasons: readonly Reason[];
  readonly trace?: Trace;
}

export function evaluateReEntry(input: ReEntryInput, options: EvaluateOptions = {}): ReEntryResult {
  const planned = input.plannedEntryDate;
  const ctx = new Context('re-entry', planned, options.trace ?? true, options.reform);

  // Each ban: its length checked against the law on the decision date, its period, and whether it is in force.
  const bans: BanResult[] = [];
  const banReasons: Reason[] = [];
  const warnings: ReEntryWarningMessage[] = [];
  input.expulsions.forEach((expulsion, index) => {
    const subject = `expulsions/${index}`;
    banWarnings(expulsion, index, ctx, warnings);
    const period = ctx.computed(
      're-entry.ban-period',
      banPeriod(expulsion),
      {
        decisionDate: expulsion.decisionDate,
        inNorwayAtDecision: expulsion.inNorwayAtDecision,
        departureDate: expulsion.departureDate ?? null,
        banLength: expulsion.banLength,
      },
      banStartSources,
      subject,
    );
    const facts: BanFacts = {
      plannedEntryDate: planned,
      decisionDate: expulsion.decisionDate,
      banLength: expulsion.banLength,
      scope: expulsion.scope,
      start: period.start,
      lastDay: period.lastDay,
    };
    const decision = decide(banDefinition, facts, ctx, subject);
    const inForce = decision.value === 'in-force';
    const covers = decide(scopeDefinition, { scope: expulsion.scope, destination: input.destination }, ctx, subject).value;
    bans.push({
      expulsion: index,
      decisionDate: expulsion.decisionDate,
      banLength: expulsion.banLength,
      scope: expulsion.scope,
      ...period,
      inForce,
      // A Schengen-wide ban covers every destination; a Norway-only ban covers Norway only (rules above).
      appliesToDestination: inForce && covers,
    });
    banReasons.push(...reasonsOf(decision, facts));
  });

  // The debt as of the planned entry date: costs and repayments dated after it are not counted.
  const counted = (entries: readonly { date: string; amountNok: number }[]) =>
    entries.filter((e) => e.date <= planned).reduce((sum, e) => sum + toOre(e.amountNok), 0);
  const costsOre = counted(input.deportationCosts);
  const repaidOre = counted(input.repayments);
  const balance = ctx.computed(
    're-entry.balance',
    { currency: 'NOK' as const, costs: costsOre / 100, repaid: repaidOre / 100, owed: Math.max(0, costsOre - repaidOre) / 100 },
    { plannedEntryDate: planned, deportationCosts: input.deportationCosts, repayments: input.repayments },
    balanceSources,
  );

  const blocking = bans.filter((b) => b.appliesToDestination);
  const permanent = blocking.some((b) => b.lastDay === null);
  const latest = (dates: (string | null)[]) => dates.reduce<string | null>((max, d) => (d !== null && (max === null || d > max) ? d : max), null);
  const until = permanent ? null : latest(blocking.map((b) => b.lastDay));
  const scope: BanScope | null = blocking.length === 0 ? null : blocking.some((b) => b.scope === 'schengen') ? 'schengen' : 'norway';
  const facts: OutcomeFacts = {
    plannedEntryDate: planned,
    destination: input.destination,
    deported: input.returns.some((r) => r.forced),
    bansInForceForDestination: blocking.length,
    where: scope,
    until,
    owedNok: balance.owed,
  };
  const decision = decide(outcomeDefinition, facts, ctx);
  const outcome = decision.value;

  // The deciding reason first; then a bar that applied but was set aside (the debt, when a ban wins), so both are
  // told. The default "nothing bars entry" is told only when it decides.
  const decisiveReasons = reasonsOf(decision, facts);
  const setAsideReasons = reasonsOf(decision, facts, { includeDefeated: true }).filter(
    (r) => r.rule !== 're-entry.outcome.no-bar' && !decisiveReasons.some((d) => d.rule === r.rule),
  );

  return {
    plannedEntryDate: planned,
    destination: input.destination,
    outcome,
    entryBan:
      outcome === 'entry-banned' && scope !== null
        ? { until, expiresOn: until === null ? null : addDays(until, 1), permanent, where: scope, criminalOffence: true }
        : null,
    bans,
    balance,
    deported: facts.deported,
    warnings,
    reasons: [...decisiveReasons, ...setAsideReasons, ...banReasons],
    // Not a spread of a conditional object: V8 copies those slowly, and this is the hot path.
    trace: ctx.tracing ? ctx.trace() : undefined,
  };
}

export const reEntryRuleSet = defineRuleSet({
  id: 're-entry',
  title: 'Re-entry after a return or an expulsion',
  description:
    'Whether a person may enter Norway (or another Schengen country) on a planned day: barred by an entry ban in force (until when, where; entering is a criminal offence), liable to be refused for unpaid deportation costs (the balance), or not barred (seed 000; utlendingsloven §§ 71, 91 and 124; utlendingsforskriften § 14-2).',
  path: 're-entry',
  command: ['check', 're-entry'],
  input: reEntryInput,
  output: reEntryOutput,
  dateOf: (input) => input.plannedEntryDate,
  evaluate: evaluateReEntry,
  definitions: [banDefinition, scopeDefinition, outcomeDefinition],
  parameters: reEntryParameters,
  cases,
});
