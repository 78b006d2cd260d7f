/**
 * Forced return (seeds 000 and 004): when the deadline has passed without a departure, the police plan the
 * return of the whole household, notify the receiving country of a Dublin transfer, record who will meet each
 * unaccompanied minor, and carry the return out. Carrying it out records the departure, the category (from the
 * rules, with its trace), the cost and the debt it leaves, the entry ban of an expulsion, and hands the
 * documents of a rejected asylum seeker to the home country's authorities.
 *
 *   none ─plan→ planned ─execute→ executed
 *     ▲           │
 *     └─ cancelled ◀─cancel┘   (cancelled ─plan→ planned)
 *   notify-receiving-country, record-reception-arrangement: in none, planned, cancelled
 *
 * Nothing about a planned return is shown to the person, their lawyer, guardian or reception centre before it
 * happens (access.ts, viewFor; seed 000: "You will not be told when you could be arrested").
 */
import { z } from 'zod';
import { countryCode } from '../../rules/common/countries.ts';
import { departureSituationInput, departureStatuses, type DepartureStatus } from '../../rules/departure/situation.ts';
import { isoDateSchema } from '../../rules/engine/output.ts';
import { forcedReturnCategories, type ForcedReturnCategory } from '../../rules/forced-return/category.ts';
import { readmissionAgreement } from '../../rules/forced-return/readmission.ts';
import { currentDeadline, receptionRelations, recorded, type CaseDoc, type Person, type StoredRuleAnswer } from '../model.ts';
import { defineAction, precondition } from '../process.ts';
import { ask } from '../rules.ts';
import { assertEntryBan, entryBanInput, entryBansFrom, isExpulsion } from './entry-bans.ts';

const categorySchema = z.enum(forcedReturnCategories);
const departureStatus = z.enum(departureStatuses);

// ---------------------------------------------------------------------------------------------------------
// Conditions shared by planning and carrying out a return

const isRevocation = (doc: CaseDoc) => doc.decision.kind === 'permit-revoked' || doc.decision.kind === 'citizenship-revoked';

/** The case's facts as the departure-situation rules take them, on a day (also the decision letters'). */
export function departureFacts(doc: CaseDoc, on: string) {
  const appeal = doc.appeal.status === 'registered' ? 'pending' : doc.appeal.status === 'upheld' ? 'decided' : 'none';
  const deferral = { none: 'not-requested', requested: 'pending', granted: 'granted', denied: 'denied' } as const;
  return {
    assessmentDate: on,
    decision: doc.decision.kind,
    decisionDate: doc.decision.date,
    // After an upheld appeal, the deadline UNE gave replaces the decision's.
    departureDeadline: currentDeadline(doc),
    expelled: isRevocation(doc) && doc.decision.expelled,
    appeal,
    // With no appeal there is nothing to defer; once UNE has decided, a request still unanswered is moot (appeal.ts).
    deferredImplementation:
      appeal === 'none' || (appeal === 'decided' && doc.deferral.status === 'requested') ? 'not-requested' : deferral[doc.deferral.status],
    // The last day to appeal runs from it (the letters print it).
    notifiedOn: doc.decision.notifiedOn,
  };
}

/** Why the departure situation stands in the way of a forced return, by the rules' status. */
const notYet: Record<Exclude<DepartureStatus, 'must-leave-now'>, { condition: string; message: string }> = {
  'must-leave-by': { condition: 'departure-deadline-passed', message: 'The deadline for leaving has not passed: the household may still leave on their own' },
  'may-remain-while-une-considers': {
    condition: 'deferred-implementation-granted',
    message: 'Deferred implementation was granted: the person may stay until UNE has decided the appeal',
  },
  'awaiting-answer-on-deferred-implementation': {
    condition: 'deferred-implementation-pending',
    message: 'Deferred implementation was requested and has not been answered',
  },
  'may-remain-while-new-application-considered': {
    condition: 'new-application-pending',
    message: 'A new application for a residence permit is being considered',
  },
  'not-obliged-to-leave': { condition: 'obliged-to-leave', message: 'The decision does not oblige the person to leave Norway' },
};

/**
 * The departure-situation rules' answer on a day: a forced return may go ahead only when they say the person
 * "must leave now" (the deadline has passed, none was given, or deferred implementation was denied; seed 000:
 * "The police will deport you if you do not go voluntarily."). Facts the rules cannot take (a case whose
 * decision and appeal do not fit together) stop the return rather than guess.
 */
function departureSituation(doc: CaseDoc, on: string): StoredRuleAnswer {
  const facts = departureSituationInput.safeParse(departureFacts(doc, on));
  precondition(facts.success, 'departure-situation-known', `The departure situation cannot be assessed: ${facts.error?.issues[0]?.message ?? ''}`);
  return ask('departure-situation', facts.data);
}

/**
 * The household may be returned by force on a day: the case is open, UNE has not reversed the decision, they are
 * not leaving with assisted return, and the departure-situation rules say they must leave now. Checked when the
 * return is planned (as of today) and again when it is carried out (as of the departure day), since an appeal or
 * a request for deferred implementation can come in between.
 */
function assertMayBeReturned(doc: CaseDoc, on: string): void {
  precondition(doc.appeal.status !== 'reversed', 'appeal-not-reversed', 'UNE reversed the decision on appeal: there is nothing to enforce');
  precondition(doc.status === 'open', 'case-open', 'The case is not open: the household has already left, or the case is closed');
  precondition(
    doc.assistedReturn.status !== 'travel-arranged',
    'assisted-return-not-arranged',
    'IOM has arranged the journey home with assisted return: the household is leaving with assistance',
  );
  const situation = departureSituation(doc, on);
  const status = departureStatus.parse(situation.answer.status);
  if (status !== 'must-leave-now') precondition(false, notYet[status].condition, `${notYet[status].message} (departure situation on ${on}: ${status})`);
}

const isDublinTransfer = (doc: CaseDoc) => doc.decision.kind === 'dublin-transfer';

/**
 * Whether a person is an unaccompanied minor on a departure day, as rule set 7 answers it (seed 004: "arrived
 * in Norway without a parent or other guardian, and was under the age of 18 on departure"), with its trace.
 */
export function unaccompaniedMinorAnswer(person: Person, departureDate: string): StoredRuleAnswer {
  return ask('unaccompanied-minor', { date: departureDate, dateOfBirth: person.dateOfBirth, arrivedWithoutParentOrGuardian: person.unaccompaniedMinor });
}

const unaccompaniedMinorShape = z.object({ unaccompaniedMinor: z.boolean() });

/** The rules' answer alone: an unaccompanied minor on the departure day. */
export const isUnaccompaniedMinor = (answer: StoredRuleAnswer): boolean => unaccompaniedMinorShape.parse(answer.answer).unaccompaniedMinor;

/** Asks rule set 7 and keeps only the answer (the guard, the statistics); an event keeps the whole answer. */
export const isUnaccompaniedMinorOn = (person: Person, departureDate: string): boolean => isUnaccompaniedMinor(unaccompaniedMinorAnswer(person, departureDate));

function assertDublinDestination(doc: CaseDoc, destination: string): void {
  if (!isDublinTransfer(doc)) return;
  // seed 000: "you will be returned to the country that: received your original application for asylum, or is
  // responsible for processing your application."
  precondition(
    destination === doc.decision.receivingCountry,
    'dublin-destination',
    `A Dublin transfer goes to the Dublin country responsible (${doc.decision.receivingCountry ?? ''})`,
  );
}

// ---------------------------------------------------------------------------------------------------------
// Actions

export const notifyReceivingCountry = defineAction({
  id: 'forced-return.notify-receiving-country',
  process: 'forced-return',
  title: 'Record that the receiving Dublin country was notified',
  description: 'The police notify the Dublin country responsible before the transfer; a Dublin transfer cannot be carried out until this is recorded.',
  source: 'seed-000: "That country will always be notified before you are sent back there."',
  roles: ['police'],
  from: ['none', 'planned', 'cancelled'],
  input: z.strictObject({ notifiedOn: isoDateSchema.optional().describe('The day the receiving country was notified (default today)') }),
  guard: (doc) => precondition(isDublinTransfer(doc), 'dublin-transfer', 'Only a Dublin transfer has a receiving country to notify'),
  check: (doc, input, ctx) => {
    precondition((input.notifiedOn ?? ctx.today) <= ctx.today, 'notified-not-in-future', 'A notification cannot be recorded before it is made');
    precondition((input.notifiedOn ?? ctx.today) >= doc.decision.date, 'notified-after-decision', 'The receiving country is notified after the decision');
  },
  prepare: (doc, input, ctx) => ({ notifiedOn: input.notifiedOn ?? ctx.today, country: doc.decision.receivingCountry ?? '' }),
  apply: (doc, p) => ({ ...doc, forcedReturn: { ...doc.forcedReturn, receivingCountryNotifiedOn: p.notifiedOn } }),
});

export const recordReceptionArrangement = defineAction({
  id: 'forced-return.record-reception-arrangement',
  process: 'forced-return',
  title: 'Record who will meet an unaccompanied minor',
  description:
    'For each unaccompanied minor: the family member, appointed guardian, institution or child welfare service in the receiving country that will meet and care for the child. The return cannot be carried out without it.',
  source:
    'seed-004: "All returned unaccompanied minors must be met by either family members or others who will care for them, e.g. representatives of relevant institutions or the child welfare services in the receiving country." (utlendingsloven § 90 eighth paragraph)',
  roles: ['police'],
  from: ['none', 'planned', 'cancelled'],
  input: z.strictObject({
    personId: z.uuid().describe('The unaccompanied minor'),
    metBy: z.string().trim().min(1).max(300).describe('Who will meet the child: name, and the institution or service'),
    relation: z.enum(receptionRelations).describe('Their relation to the child'),
  }),
  guard: (doc) =>
    precondition(
      doc.household.some((p) => p.unaccompaniedMinor),
      'unaccompanied-minor',
      'A reception arrangement is recorded for an unaccompanied minor in the household',
    ),
  check: (doc, input) => {
    const child = doc.household.find((p) => p.id === input.personId);
    precondition(
      child !== undefined && child.unaccompaniedMinor,
      'unaccompanied-minor',
      'A reception arrangement is recorded for an unaccompanied minor in the household',
    );
  },
  prepare: (_doc, input, ctx) => ({ ...input, recordedOn: ctx.today }),
  apply: (doc, p) => ({
    ...doc,
    forcedReturn: {
      ...doc.forcedReturn,
      receptionArrangements: [...(doc.forcedReturn.receptionArrangements ?? []).filter((a) => a.personId !== p.personId), p],
    },
  }),
});

export const plan = defineAction({
  id: 'forced-return.plan',
  process: 'forced-return',
  title: 'Plan the forced return',
  description:
    'The police plan the return of the whole household (date, flight, escort, destination) once the deadline has passed, or at once when there is none. The plan shows whether Norway has a readmission agreement with the destination. It is never shown to the person, their lawyer, guardian or reception centre.',
  source: 'seed-001: "the police will try to deport all of you together"; seed-000: "The police will deport you if you do not go voluntarily."',
  roles: ['police'],
  from: ['none', 'cancelled'],
  to: 'planned',
  input: z.strictObject({
    date: isoDateSchema.describe('The day of the return'),
    flight: z.string().trim().min(1).max(100).describe('Flight number or other means of transport'),
    escort: z.string().trim().min(1).max(200).describe('Who escorts the household'),
    destination: countryCode.describe('The home country, a country where the person may legally live, or the Dublin country responsible'),
  }),
  guard: (doc, ctx) => assertMayBeReturned(doc, ctx.today),
  check: (doc, input, ctx) => {
    precondition(input.date >= ctx.today, 'plan-date-not-past', 'A return cannot be planned for a day that has passed');
    assertDublinDestination(doc, input.destination);
  },
  // The whole household travels: a plan has no list of travellers.
  prepare: (doc, input, ctx) => ({
    plan: { ...input, plannedOn: ctx.today, readmission: readmissionAgreement(input.destination, input.date) },
    // Kept with the event (not on the case): what the decision to plan the return rested on.
    departureSituation: departureSituation(doc, ctx.today),
  }),
  apply: (doc, p) => {
    const { cancelled: _cancelled, ...forcedReturn } = doc.forcedReturn;
    return { ...doc, forcedReturn: { ...forcedReturn, plan: p.plan } };
  },
});

export const cancel = defineAction({
  id: 'forced-return.cancel',
  process: 'forced-return',
  title: 'Cancel the planned return',
  description:
    'The police cancel a planned return (for example after a request for deferred implementation, or when the flight is lost). It can be planned again.',
  roles: ['police'],
  from: ['planned'],
  to: 'cancelled',
  input: z.strictObject({ reason: z.string().trim().min(1).max(2000) }),
  changesPersonalData: false,
  prepare: (_doc, input, ctx) => ({ on: ctx.today, reason: input.reason }),
  apply: (doc, p) => ({ ...doc, forcedReturn: { ...doc.forcedReturn, cancelled: p } }),
});

/** True for an amount in NOK with at most two decimals (whole øre). */
function isWholeOre(amount: number): boolean {
  const ore = amount * 100;
  return Number.isSafeInteger(Math.round(ore)) && Math.abs(ore - Math.round(ore)) < 1e-6;
}
const toOre = (amount: number) => Math.round(amount * 100);
const amountNok = z.number().nonnegative().max(100_000_000).refine(isWholeOre, 'an amount in NOK with at most two decimals');

const executeInput = z.strictObject({
  date: isoDateSchema.optional().describe('The day the household left Norway (default: the planned date)'),
  destination: countryCode.optional().describe('Where they were returned (default: the planned destination)'),
  escort: z.string().trim().min(1).max(200).optional().describe('Who escorted them (default: the planned escort)'),
  convictedOffenders: z
    .array(z.uuid())
    .max(30)
    .default([])
    .describe('The people in the household who have received one or more criminal convictions (a fine, prison, community service or another sanction)'),
  protectionInOtherSchengenCountry: z.boolean().default(false).describe('The person holds international protection granted by another Schengen country'),
  cost: z.strictObject({
    totalNok: amountNok.describe('The cost of the return (travel, and escort where needed)'),
    paidByPersonNok: amountNok.default(0).describe('How much of it the person paid; the authorities pay the rest, which becomes the person’s debt'),
  }),
  entryBan: entryBanInput,
});
type ExecuteInput = z.output<typeof executeInput>;

function resolved(doc: CaseDoc, input: ExecuteInput) {
  const planned = doc.forcedReturn.plan;
  return {
    date: input.date ?? planned?.date ?? '',
    destination: input.destination ?? planned?.destination ?? '',
    escort: input.escort ?? planned?.escort ?? '',
  };
}

export const carryOut = defineAction({
  id: 'forced-return.execute',
  process: 'forced-return',
  title: 'Carry out the forced return',
  description:
    'Records the departure (date, destination, escort, convicted offenders), the category from the rules, the cost and the debt it leaves, the entry ban of an expulsion (from the departure date), and hands the documents of a rejected asylum seeker to the home country’s authorities.',
  source:
    'seed-000: "When you are deported, you yourself must pay the necessary travel costs. The Norwegian authorities will pay the cost on your behalf if you do not have enough money. That then becomes a debt you must pay back."',
  roles: ['police'],
  from: ['planned'],
  to: 'executed',
  also: { executed: { case: 'departed', 'after-departure': 'departed' } },
  input: executeInput,
  check: (doc, input, ctx) => {
    const { date, destination } = resolved(doc, input);
    precondition(date <= ctx.today, 'departure-not-in-future', 'A return cannot be recorded before it happens');
    precondition(date >= doc.decision.date, 'departure-after-decision', 'The return cannot be before the decision');
    assertMayBeReturned(doc, date);
    assertDublinDestination(doc, destination);
    if (isDublinTransfer(doc)) {
      const notified = doc.forcedReturn.receivingCountryNotifiedOn;
      precondition(
        notified !== undefined && notified <= date,
        'receiving-country-notified',
        'A Dublin transfer cannot go ahead until the receiving country has been notified (seed 000: "That country will always be notified before you are sent back there.")',
      );
    }
    const arranged = new Set((doc.forcedReturn.receptionArrangements ?? []).map((a) => a.personId));
    for (const p of doc.household) {
      precondition(
        !isUnaccompaniedMinorOn(p, date) || arranged.has(p.id),
        'reception-arrangement',
        'Every unaccompanied minor must be met by a family member or others who will care for them: record who (seed 004)',
      );
    }
    for (const id of input.convictedOffenders)
      precondition(
        doc.household.some((p) => p.id === id),
        'convicted-in-household',
        'A convicted offender must be someone in the household',
      );
    precondition(toOre(input.cost.paidByPersonNok) <= toOre(input.cost.totalNok), 'paid-not-more-than-cost', 'The person cannot have paid more than the cost');
    assertEntryBan(doc, input.entryBan);
  },
  prepare: (doc, input) => {
    const { date, destination, escort } = resolved(doc, input);
    const category = ask('forced-return-category', {
      date,
      returnType: 'forced',
      protectionInOtherSchengenCountry: input.protectionInOtherSchengenCountry,
      dublinTransfer: isDublinTransfer(doc),
      protection: doc.decision.kind === 'protection-rejected' ? 'rejected' : 'none',
      expelled: isExpulsion(doc),
      // The rules tell the seed's "expelled due to a criminal conviction" from other expulsions (both count as
      // expelled); they are asked once for the household, so this says whether it includes a convicted
      // offender. Who is convicted is recorded per person (convictedOffenders).
      convictedOffender: input.convictedOffenders.length > 0,
    });
    const debtOre = toOre(input.cost.totalNok) - toOre(input.cost.paidByPersonNok);
    const { bans, entryBanAnswer } = entryBansFrom(doc, input.entryBan, { date, forced: true, asOf: date });
    // seed 000: "If your claim was unsuccessful and we have to deport you, your documents will be handed to the
    // authorities in your home country." A claim was unsuccessful when the rules put the return in the asylum
    // category (a Dublin or IP return goes to another European country, not the home country). Only identity
    // documents the authorities hold in original go; other originals stay held.
    const rejectedAsylumSeeker = category.answer.category === 'asylum';
    const handedOver = rejectedAsylumSeeker
      ? doc.documents
          .filter((d) => d.original === 'held' && (d.kind === 'passport' || d.kind === 'id-document' || d.kind === 'travel-document'))
          .map((d) => d.id)
      : [];
    return {
      date,
      destination,
      escort,
      category,
      convictedOffenders: input.convictedOffenders,
      cost: input.cost.totalNok,
      paidByPerson: input.cost.paidByPersonNok,
      debt: debtOre / 100,
      departureSituation: departureSituation(doc, date),
      entryBans: bans,
      ...(entryBanAnswer === null ? {} : { entryBanAnswer }),
      handedOver,
      // What the reception-arrangement guard relied on, per person, with the rules' trace.
      unaccompaniedMinors: doc.household.map((p) => ({ personId: p.id, answer: unaccompaniedMinorAnswer(p, date) })),
    };
  },
  apply: (doc, p, event) => ({
    ...doc,
    forcedReturn: {
      ...doc.forcedReturn,
      executed: {
        date: p.date,
        destination: p.destination,
        escort: p.escort,
        category: recorded(p.category, event),
        cost: p.cost,
        paidByPerson: p.paidByPerson,
        convictedOffenders: p.convictedOffenders,
        debt: p.debt,
      },
    },
    departure: { date: p.date, type: 'forced', destination: p.destination },
    debt:
      p.debt > 0
        ? {
            ...doc.debt,
            costs: [...doc.debt.costs, { on: p.date, amount: p.debt, what: 'Cost of the forced return paid by the Norwegian authorities' }],
            balance: (toOre(doc.debt.balance) + toOre(p.debt)) / 100,
          }
        : doc.debt,
    entryBans: p.entryBans,
    documents: doc.documents.map((d) => (p.handedOver.includes(d.id) ? { ...d, original: 'handed-to-home-authorities' } : d)),
  }),
});

export const forcedReturnActions = [notifyReceivingCountry, recordReceptionArrangement, plan, cancel, carryOut] as const;

// ---------------------------------------------------------------------------------------------------------
// What the statistics count

export interface DepartureRecord {
  readonly personId: string;
  readonly departureDate: string;
  readonly category: ForcedReturnCategory;
  /** The first citizenship registered. */
  readonly citizenship: string;
  readonly destination: string;
  readonly dateOfBirth: string;
  readonly unaccompaniedMinor: boolean;
  readonly convicted: boolean;
}

/** One record per person returned by force on this case (none when the case has no forced departure). */
export function departureRecords(doc: CaseDoc): DepartureRecord[] {
  const executed = doc.forcedReturn.executed;
  if (doc.departure?.type !== 'forced' || doc.forcedReturn.status !== 'executed' || executed === undefined) return [];
  const category = categorySchema.parse(executed.category.answer.category);
  const convicted = new Set(executed.convictedOffenders ?? []);
  return doc.household.map((p) => ({
    personId: p.id,
    departureDate: executed.date,
    category,
    citizenship: p.citizenships[0] ?? '',
    destination: executed.destination,
    dateOfBirth: p.dateOfBirth,
    unaccompaniedMinor: isUnaccompaniedMinorOn(p, executed.date),
    convicted: convicted.has(p.id),
  }));
}
