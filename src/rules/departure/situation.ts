/**
 * Rule set 3: the departure situation (seeds 000 and 001, with seed 002 on assisted return).
 *
 * Given the kind of decision, its date, the departure deadline, any appeal and request for deferred
 * implementation, and the day of the assessment: whether the person must leave now, must leave by a date (with
 * the days left), or may remain for now; what happens if they do not leave; their options; and the notes on
 * the entry ban, documents handed in and the National Registry.
 *
 * The status is one Catala-style definition in three levels:
 *   base       nobody with no legal right to stay may stay: leave now;
 *   deadline   a deadline that has not passed: leave by it; one that has passed: leave now; a revoked permit
 *              with no deadline and no expulsion: not obliged to leave;
 *   exceptions staying without permission (leave now, whatever the deadline); deferred implementation granted
 *              or pending while UNE considers an appeal; deferred implementation denied after an expulsion
 *              (leave now: seed 001 says "must leave Norway immediately" only in its expulsion section; after
 *              any other decision the denial leaves the deadline in the decision to run); a new application
 *              after a revocation.
 * The exceptions never meet: the input schema refuses an appeal with "staying without permission" and an
 * appeal pending before UNE against UNE's own revocation, and deferred implementation has one state at a time.
 *
 * Days are calendar days. The deadline day itself is still in time: on that day the status is `must-leave-by`;
 * the day after, it is `must-leave-now`. `daysLeft` counts the days still in time, from the assessment date up
 * to and including the deadline day: 1 on the deadline day, 2 the day before (as rule set 2 counts the days
 * left before the support drops).
 */
import { z } from 'zod';
import { Context } from '../engine/context.ts';
import { addDays, compareDates, daysBetween, type IsoDate } from '../engine/dates.ts';
import { decide, defineRules, type Decision } from '../engine/rule.ts';
import { defineRuleSet, type EvaluateOptions } from '../engine/ruleset.ts';
import { defineParameter } from '../engine/parameter.ts';
import { EARLIEST_DATE, isoDateSchema, messageSchema, reasonSchema, reasonsOf, sourceSchema, traceSchema, type Reason } from '../engine/output.ts';
import type { Trace } from '../engine/trace.ts';
import { cases } from './situation.cases.ts';
import { cite } from '../sources.ts';
import {
  appealCountedAsCourtsCount,
  easterHolyDays,
  fixedHolyDays,
  highDays,
  nextWorkingDaySentence,
  onOrNextWorkingDay,
  type PublicHolidays,
} from '../common/holidays.ts';
import {
  assistedReturnNote,
  consequences,
  correctionFormNote,
  documentNotes,
  dutyToLeaveSchengen,
  entryBanNote,
  higherSupportNote,
  noAdditionalSupportNote,
  noExpulsionNote,
  registeredAsMovedNote,
  rejectionMeansLeavingSchengen,
  seed,
  udiDecidesRegistrationFrom,
  type DepartureNote,
} from './situation.notes.ts';

export const departureDecisions = [
  'protection-rejected',
  'dublin-transfer',
  'residence-rejected',
  'expelled',
  'permit-revoked',
  'citizenship-revoked',
  'staying-without-permission',
] as const;
export type DepartureDecision = (typeof departureDecisions)[number];

export const appealStates = ['none', 'pending', 'decided'] as const;
export const deferredImplementationStates = ['not-requested', 'pending', 'granted', 'denied'] as const;

export const departureStatuses = [
  'must-leave-now',
  'must-leave-by',
  'may-remain-while-une-considers',
  'awaiting-answer-on-deferred-implementation',
  'may-remain-while-new-application-considered',
  'not-obliged-to-leave',
] as const;
export type DepartureStatus = (typeof departureStatuses)[number];

const isRevocation = (decision: DepartureDecision) => decision === 'permit-revoked' || decision === 'citizenship-revoked';

export const departureSituationInput = z
  .strictObject({
    assessmentDate: isoDateSchema.describe('The day the situation is assessed (today, for the person asking)'),
    decision: z
      .enum(departureDecisions)
      .describe(
        'The decision the person must act on: protection (asylum) rejected; rejected as a Dublin case (transfer to another Dublin country); an application for a residence permit rejected; expelled; residence permit or Norwegian citizenship revoked by UNE; or staying without permission after an earlier deadline',
      ),
    decisionDate: isoDateSchema.describe('The date of the decision'),
    departureDeadline: isoDateSchema
      .nullable()
      .default(null)
      .describe('The deadline for leaving written on the first page of the decision; null when none was given'),
    expelled: z.boolean().default(false).describe('Only for a revoked permit or citizenship: UNE has also expelled the person'),
    newApplicationPending: z
      .boolean()
      .default(false)
      .describe('Only for a revoked permit or citizenship: a new application for a residence permit is under consideration'),
    appeal: z
      .enum(appealStates)
      .default('none')
      .describe('An appeal to UNE: none; pending (UNE is considering it); decided (UNE has decided it and the duty to leave stands)'),
    deferredImplementation: z
      .enum(deferredImplementationStates)
      .default('not-requested')
      .describe('A request to remain in Norway while UNE considers the appeal (deferred implementation), and its answer'),
    residencePermitInOtherSchengenCountry: z
      .boolean()
      .default(false)
      .describe(
        'Holds a residence permit, or another basis for residence, in another Schengen country: the person must then leave Norway but not the Schengen area (it changes nothing for a Dublin transfer, which sends the person to the responsible Dublin country)',
      ),
    hasNorwegianIdNumber: z.boolean().default(false).describe('Has a Norwegian personal identity number because of an earlier residence permit in Norway'),
    registeredAsMovedOn: isoDateSchema
      .nullable()
      .default(null)
      .describe('The day the person was registered as moved from Norway in the National Registry; null when not (yet) registered or not known'),
    notifiedOn: isoDateSchema
      .nullable()
      .default(null)
      .describe('The day the person was notified of the decision (it reached them); the time limit for an appeal runs from it. Null when not known'),
  })
  .superRefine((input, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (compareDates(input.assessmentDate, input.decisionDate) < 0) {
      problem('assessmentDate', 'the assessment date is before the decision date: the decision has not been made yet');
    }
    if (input.departureDeadline !== null && compareDates(input.departureDeadline, input.decisionDate) < 0) {
      problem('departureDeadline', 'the departure deadline is before the decision date');
    }
    const revoked = isRevocation(input.decision);
    if (input.expelled && !revoked) {
      problem('expelled', 'only for a revoked permit or citizenship; for an expulsion decision, use decision "expelled"');
    }
    if (input.newApplicationPending && !revoked) problem('newApplicationPending', 'only for a revoked permit or citizenship');
    if (revoked && input.appeal === 'pending') {
      problem('appeal', 'a revocation by UNE is UNE’s own decision on the case: no appeal to UNE is pending against it');
    }
    if (input.decision === 'staying-without-permission' && input.appeal !== 'none') {
      problem('appeal', 'a person staying without permission has no appeal before UNE; give the decision under appeal instead');
    }
    if (
      input.decision === 'staying-without-permission' &&
      input.departureDeadline !== null &&
      compareDates(input.departureDeadline, input.assessmentDate) >= 0
    ) {
      problem('departureDeadline', 'a person staying without permission has a deadline that has passed; this one has not');
    }
    if (input.appeal === 'none' && input.deferredImplementation !== 'not-requested') {
      problem('deferredImplementation', 'deferred implementation is asked for with an appeal; there is none');
    }
    if (input.appeal === 'decided' && input.deferredImplementation === 'pending') {
      problem('deferredImplementation', 'UNE has decided the appeal, so the request for deferred implementation is no longer pending');
    }
    if (input.registeredAsMovedOn !== null && !input.hasNorwegianIdNumber) {
      problem('registeredAsMovedOn', 'only a person with a Norwegian personal identity number is registered as moved');
    }
    if (input.registeredAsMovedOn !== null && compareDates(input.registeredAsMovedOn, input.assessmentDate) > 0) {
      problem('registeredAsMovedOn', 'the registration is after the assessment date');
    }
  })
  .meta({ id: 'DepartureSituationInput' });

export type DepartureSituationInput = z.output<typeof departureSituationInput>;

/** Where the deadline stands on the assessment date. */
export type DeadlineState = 'none' | 'not-passed' | 'passed';

/** The facts every definition of this rule set reads: the input and what is computed from it first. */
export interface DepartureFacts extends DepartureSituationInput {
  readonly deadline: DeadlineState;
  /** The registration as moved is (or, not yet made, will be) on or after 1 October 2017. */
  readonly registrationDecidedByUdi: boolean;
}

const underExpulsion = (f: DepartureFacts) => f.decision === 'expelled' || (isRevocation(f.decision) && f.expelled);
const deadlineText = (f: DepartureFacts) => f.departureDeadline ?? '';

// ---------------------------------------------------------------------------------------------------------
// The status

const BASE = 'departure.status.base';
const DEADLINE = 'departure.status.deadline';
const EXCEPTIONS = 'departure.status.exceptions';

export const statusDefinition = defineRules<DepartureFacts, DepartureStatus>({
  id: 'departure.status',
  description: 'Whether the person must leave now, must leave by a date, or may remain for now',
  key: (status) => status,
  rules: [
    {
      id: 'departure.status.no-right-to-stay',
      label: BASE,
      description: 'A person with no legal right to stay, and no deadline that still runs, must leave now.',
      source: [seed.mustLeave],
      when: () => true,
      then: 'must-leave-now',
    },
    {
      id: 'departure.status.by-deadline',
      label: DEADLINE,
      exceptionTo: [BASE],
      description: 'A person given a deadline that has not passed must leave by it; the deadline day itself is still in time.',
      source: [seed.obligedByDeadline, seed.revokedExpelledDeadline, seed.deadlineAfterDeferred, seed.revokedDecisionStates],
      reads: ['deadline'],
      when: (f) => f.deadline === 'not-passed',
      then: 'must-leave-by',
      params: (f) => ({ deadline: deadlineText(f) }),
    },
    {
      id: 'departure.status.deadline-passed',
      label: DEADLINE,
      exceptionTo: [BASE],
      description: 'A person whose deadline has passed is in Norway illegally and must leave now.',
      source: [seed.illegalAfterDeadline, seed.residenceRejected],
      reads: ['deadline'],
      when: (f) => f.deadline === 'passed',
      then: 'must-leave-now',
      params: (f) => ({ deadline: deadlineText(f) }),
    },
    {
      id: 'departure.status.revoked-no-deadline',
      label: DEADLINE,
      exceptionTo: [BASE],
      description:
        'UNE gives a deadline to everyone whose revocation obliges them to leave; a revocation without expulsion and without a deadline does not oblige the person to leave.',
      source: [seed.revokedDecisionStates],
      reads: ['decision', 'expelled', 'deadline'],
      when: (f) => isRevocation(f.decision) && !f.expelled && f.deadline === 'none',
      then: 'not-obliged-to-leave',
    },
    {
      id: 'departure.status.staying-without-permission',
      label: EXCEPTIONS,
      exceptionTo: [BASE, DEADLINE],
      description: 'A person staying without permission (an earlier deadline has passed) must leave immediately.',
      source: [seed.withoutPermission],
      reads: ['decision'],
      when: (f) => f.decision === 'staying-without-permission',
      then: 'must-leave-now',
    },
    {
      id: 'departure.status.deferred-implementation-granted',
      label: EXCEPTIONS,
      exceptionTo: [BASE, DEADLINE],
      description: 'A person allowed to remain while UNE considers the appeal may stay until UNE has decided; a new deadline follows.',
      source: [seed.deferredGranted, seed.deadlineAfterDeferred],
      reads: ['appeal', 'deferredImplementation'],
      when: (f) => f.appeal === 'pending' && f.deferredImplementation === 'granted',
      then: 'may-remain-while-une-considers',
    },
    {
      id: 'departure.status.deferred-implementation-pending',
      label: EXCEPTIONS,
      exceptionTo: [BASE, DEADLINE],
      description: 'A person who has asked to remain while UNE considers the appeal waits for the answer; most are not allowed to remain.',
      source: [seed.deferredImplementation, seed.deferredNotified],
      reads: ['appeal', 'deferredImplementation'],
      when: (f) => f.appeal === 'pending' && f.deferredImplementation === 'pending',
      then: 'awaiting-answer-on-deferred-implementation',
      params: (f) => ({ deadlineRuns: f.deadline === 'not-passed' ? 'yes' : 'no', deadline: deadlineText(f) }),
    },
    {
      id: 'departure.status.deferred-implementation-denied',
      label: EXCEPTIONS,
      exceptionTo: [BASE, DEADLINE],
      description:
        'An expelled person not allowed to remain while UNE considers the appeal is staying illegally and must leave immediately, whatever the deadline. Seed 001 says so only in its section for expulsion; after any other kind of decision a refusal leaves the deadline in the decision to run (a Dublin transfer is then carried out by the police, as its consequences say).',
      source: [seed.expelledObliged, seed.deferredDenied],
      reads: ['appeal', 'deferredImplementation', 'decision'],
      // Only an expulsion decision: a revocation (with or without expulsion) has no appeal pending before UNE,
      // which the input refuses.
      when: (f) => f.appeal === 'pending' && f.deferredImplementation === 'denied' && f.decision === 'expelled',
      then: 'must-leave-now',
    },
    {
      id: 'departure.status.new-application-pending',
      label: EXCEPTIONS,
      exceptionTo: [BASE, DEADLINE],
      description:
        'After a revocation, a person with a new application for a residence permit under consideration may be entitled to remain while it is considered (also when expelled; UNE’s decision says what applies).',
      source: [seed.revokedNewApplication],
      reads: ['decision', 'newApplicationPending'],
      when: (f) => isRevocation(f.decision) && f.newApplicationPending,
      then: 'may-remain-while-new-application-considered',
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------
// Which area the person must leave (only asked when the person is obliged to leave)

export const departureAreas = ['norway', 'norway-and-schengen-area'] as const;
export type DepartureArea = (typeof departureAreas)[number];

/** The rules that send the person out of the Schengen area too, which a residence permit elsewhere in it sets aside. */
const SCHENGEN_AREA = 'departure.area.schengen';

export const areaDefinition = defineRules<DepartureFacts, DepartureArea>({
  id: 'departure.area',
  description:
    'Whether the duty to leave covers Norway or Norway and the Schengen area, for each kind of decision; the kinds are disjoint and together cover every decision, so no default is needed',
  key: (area) => area,
  rules: [
    {
      id: 'departure.area.dublin-transfer',
      description:
        'A Dublin decision obliges the person to leave Norway for the Dublin country responsible for their asylum application, to which the police transfer them; it does not send them out of the Schengen area.',
      source: [seed.dublinTransferred, seed.dublinArrest],
      reads: ['decision'],
      when: (f) => f.decision === 'dublin-transfer',
      then: 'norway',
    },
    {
      id: 'departure.area.schengen-after-rejection',
      label: SCHENGEN_AREA,
      description:
        'A rejected application for protection or for a residence permit obliges the person to leave Norway, and so the Schengen area (utlendingsforskriften § 17-14a); so does staying without permission after the deadline of such a decision has passed.',
      source: [seed.residenceRejected, seed.withoutPermission, dutyToLeaveSchengen, rejectionMeansLeavingSchengen],
      reads: ['decision'],
      when: (f) => f.decision === 'protection-rejected' || f.decision === 'residence-rejected' || f.decision === 'staying-without-permission',
      then: 'norway-and-schengen-area',
    },
    {
      id: 'departure.area.schengen-when-expelled',
      label: SCHENGEN_AREA,
      description: 'An expelled person must also leave the Schengen area, unless they hold a residence permit in another Schengen country.',
      source: [seed.expelledObliged, seed.revokedExpelledDeadline],
      reads: ['decision', 'expelled'],
      when: underExpulsion,
      then: 'norway-and-schengen-area',
    },
    {
      id: 'departure.area.schengen-when-revoked',
      label: SCHENGEN_AREA,
      description: 'After a revocation without a new permit in Norway, the person is usually obliged to leave Norway and the Schengen area.',
      source: [seed.revokedUsuallyLeave],
      reads: ['decision', 'expelled'],
      when: (f) => isRevocation(f.decision) && !f.expelled,
      then: 'norway-and-schengen-area',
    },
    {
      id: 'departure.area.norway-with-schengen-permit',
      exceptionTo: [SCHENGEN_AREA],
      description:
        'A person who holds a residence permit (or another basis for residence) in another Schengen country must leave Norway, but not the Schengen area, whatever the decision (seed 001 says so for expulsions, utlendingsforskriften § 17-14a for every decision that obliges a person to leave).',
      source: [seed.expelledObliged, seed.revokedExpelledDeadline, dutyToLeaveSchengen],
      reads: ['decision', 'residencePermitInOtherSchengenCountry'],
      when: (f) => f.residencePermitInOtherSchengenCountry && f.decision !== 'dublin-transfer',
      then: 'norway',
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------
// The consequences of not leaving: seed 001 gives a list per kind of decision (only asked when the person
// is obliged to leave). The kinds are disjoint and together cover every decision, so no default is needed.

const notesKey = (notes: readonly DepartureNote[]) => notes.map((n) => n.code).join(',') || '(none)';
const sourcesOf = (notes: readonly DepartureNote[]) => [...new Set(notes.flatMap((n) => n.source))];
/** The reason every consequences rule gives (the notes themselves say what can happen). */
const CONSEQUENCES_MESSAGE = 'rules.departure.consequences';

export const consequencesDefinition = defineRules<DepartureFacts, readonly DepartureNote[]>({
  id: 'departure.consequences',
  description: 'What can happen to a person who does not leave when they must, by kind of decision',
  key: notesKey,
  rules: [
    {
      id: 'departure.consequences.protection-rejected',
      description:
        'After a rejected asylum application: arrest and forced return, the family together, the costs as a debt, expulsion with a 1–5 year Schengen ban, no work, less money at a reception centre.',
      source: sourcesOf(consequences.protectionRejected),
      reads: ['decision'],
      when: (f) => f.decision === 'protection-rejected',
      then: consequences.protectionRejected,
      key: CONSEQUENCES_MESSAGE,
    },
    {
      id: 'departure.consequences.dublin-transfer',
      description:
        'After a Dublin decision: arrest and transfer to the responsible country, the family together, expulsion with a 1–5 year Schengen ban, no work.',
      source: sourcesOf(consequences.dublinTransfer),
      reads: ['decision'],
      when: (f) => f.decision === 'dublin-transfer',
      then: consequences.dublinTransfer,
      key: CONSEQUENCES_MESSAGE,
    },
    {
      id: 'departure.consequences.expelled',
      description: 'After an expulsion: arrest and forced return, the family together, the costs as a debt, a new expulsion with a longer ban.',
      source: sourcesOf(consequences.expelled),
      reads: ['decision'],
      when: (f) => f.decision === 'expelled',
      then: consequences.expelled,
      key: CONSEQUENCES_MESSAGE,
    },
    {
      id: 'departure.consequences.residence-rejected',
      description:
        'After a rejected application for a residence permit, or when staying without permission: arrest and forced return, the family together, the costs as a debt, expulsion with a ban for a set period or permanently.',
      source: sourcesOf(consequences.residenceRejected),
      reads: ['decision'],
      when: (f) => f.decision === 'residence-rejected' || f.decision === 'staying-without-permission',
      then: consequences.residenceRejected,
      key: CONSEQUENCES_MESSAGE,
    },
    {
      id: 'departure.consequences.revoked',
      description:
        'After a revoked permit or citizenship: arrest and forced return, the family together, the costs as a debt, expulsion with a 1–5 year Schengen ban, no work.',
      source: sourcesOf(consequences.revoked),
      reads: ['decision'],
      when: (f) => isRevocation(f.decision),
      then: consequences.revoked,
      key: CONSEQUENCES_MESSAGE,
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------
// Assisted return (seed 002's list of who may apply; the higher support and, as a general rule, no expulsion
// for those who apply before the deadline). Whether a particular person is eligible is rule set 1's question.

export type AssistedReturnOption = 'not-listed' | 'may-apply' | 'may-apply-before-deadline';

/** The decisions seed 002 names among those who may apply for assisted return. */
const mayApplyForAssistedReturn = (f: DepartureFacts) =>
  f.decision === 'protection-rejected' ||
  f.decision === 'residence-rejected' ||
  f.decision === 'dublin-transfer' ||
  f.decision === 'staying-without-permission';

export const assistedReturnDefinition = defineRules<DepartureFacts, AssistedReturnOption>({
  id: 'departure.assisted-return',
  description: 'Whether assisted return is an option to list, and whether the deadline for the additional support has passed',
  key: (option) => option,
  rules: [
    {
      id: 'departure.assisted-return.not-listed',
      description: 'Assisted return is offered only in some cases; seed 002 does not list expulsions or revocations among them.',
      source: [seed.helpInSomeCases],
      when: () => true,
      then: 'not-listed',
    },
    {
      id: 'departure.assisted-return.may-apply',
      exceptionTo: ['departure.assisted-return.not-listed'],
      description: 'People whose application was rejected, who have a Dublin decision but would rather go home, or who stay without legal residence may apply.',
      source: [seed.groupRejected, seed.groupDublin, seed.alternativeToIllegalStay, seed.assistedVoluntaryReturn, seed.iomHelp],
      reads: ['decision'],
      when: mayApplyForAssistedReturn,
      then: 'may-apply',
    },
    {
      id: 'departure.assisted-return.before-deadline',
      exceptionTo: ['departure.assisted-return.not-listed', 'departure.assisted-return.may-apply'],
      description:
        'Applying before the deadline (or before any deadline is given) brings additional support and, as a general rule, no expulsion. A person staying without permission has had a deadline, which has passed.',
      source: [seed.additionalAssistanceBeforeDeadline, seed.noExpulsionIfGranted],
      reads: ['decision', 'deadline'],
      when: (f) => mayApplyForAssistedReturn(f) && (f.deadline === 'not-passed' || (f.deadline === 'none' && f.decision !== 'staying-without-permission')),
      then: 'may-apply-before-deadline',
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------
// The entry ban runs from the day the person leaves (seed 001, expulsion).

export const entryBanDefinition = defineRules<DepartureFacts, 'none' | 'runs-from-departure'>({
  id: 'departure.entry-ban',
  description: 'Whether the person has an entry ban, which runs from the day they leave',
  key: (value) => value,
  rules: [
    {
      id: 'departure.entry-ban.none',
      description: 'Without an expulsion there is no entry ban: a person deported is not forbidden to re-enter.',
      source: [seed.deportedNotBanned],
      when: () => true,
      then: 'none',
    },
    {
      id: 'departure.entry-ban.runs-from-departure',
      exceptionTo: ['departure.entry-ban.none'],
      description: 'An expelled person’s entry ban runs from the day they leave Norway and the Schengen area, so they should tell the police when they leave.',
      source: entryBanNote.source,
      reads: ['decision', 'expelled'],
      when: underExpulsion,
      then: 'runs-from-departure',
      key: entryBanNote.key,
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------
// Documents handed in (seed 000: for people who claimed protection and were rejected).

export const documentsDefinition = defineRules<DepartureFacts, 'not-applicable' | 'protection-claim'>({
  id: 'departure.documents',
  description: 'What happens to the passport and documents handed in with a claim for protection',
  key: (value) => value,
  rules: [
    {
      id: 'departure.documents.not-applicable',
      description: 'The seed’s note on documents is for people whose claim for protection was unsuccessful.',
      source: [{ ...seed.documentsAfterVoluntaryReturn, note: 'Applies only to a claim for protection that was unsuccessful.' }],
      when: () => true,
      then: 'not-applicable',
    },
    {
      id: 'departure.documents.protection-claim',
      exceptionTo: ['departure.documents.not-applicable'],
      description:
        'After a rejected claim for protection, documents are returned at the latest on arrival after a voluntary return, and handed to the home country’s authorities after a forced one.',
      source: documentNotes.flatMap((n) => n.source),
      reads: ['decision'],
      when: (f) => f.decision === 'protection-rejected',
      then: 'protection-claim',
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------
// The National Registry (seed 001; only asked when the person is obliged to leave).

/**
 * Whether UDI and UNE decide a registration as moved (and UDI's correction form applies), by the day of the
 * registration: from 1 October 2017. A dated parameter, so the boundary-date meta-test holds its change date.
 */
export const udiDecidesRegistrations = defineParameter<boolean>({
  id: 'departure.udi-decides-registration-as-moved',
  description:
    'UDI and UNE decide registrations as moved from Norway in the National Registry, and UDI’s correction form applies, for a registration made on this day',
  unit: 'yes or no',
  values: [
    {
      from: EARLIEST_DATE,
      value: false,
      source: {
        ...udiDecidesRegistrationFrom,
        note: 'UDI’s page dates only the change. Before it, UDI and UNE did not decide registrations as moved; Retur takes that back to the earliest date it accepts (1900-01-01).',
      },
    },
    { from: '2017-10-01', value: true, source: udiDecidesRegistrationFrom },
  ],
});

/** The time limit for an appeal, in days from the day the decision reached the person: three weeks. */
const appealSentence = cite('fvl-29', 'Fristen for klage er tre uker fra det tidspunkt underretning om vedtaket er kommet fram til vedkommende part.');
export const appealPeriod = defineParameter<number>({
  id: 'departure.appeal-period-days',
  description: 'The days after the day a decision reached the person within which they may appeal it',
  unit: 'days',
  values: [
    {
      from: EARLIEST_DATE,
      value: 21,
      source: {
        ...appealSentence,
        note: 'Three weeks, counted from the day the decision reached the person: the last day is the same weekday three weeks later, or the next working day when that is a Saturday, a Sunday or a public holiday (domstolloven § 149). The Act dates from 1967; Retur takes the rule back to the earliest date it accepts (1900-01-01).',
      },
    },
  ],
});

/**
 * Whether UDI and UNE decide (or decided) a registration as moved made on a day, so that UDI's correction form
 * applies to it: the parameter read on that day, recorded in the trace. This rule set and the registry-correction
 * rule set (registry-correction.ts) both ask it.
 */
export function registrationDecidedByUdiOn(ctx: Context, day: IsoDate, inputs: Record<string, unknown>): boolean {
  return ctx.computed('departure.registration-decided-by-udi', ctx.param(udiDecidesRegistrations, day), inputs, [
    seed.correctionForm,
    udiDecidesRegistrationFrom,
  ]);
}

export const nationalRegistryDefinition = defineRules<DepartureFacts, 'not-relevant' | 'registered-as-moved' | 'correction-form'>({
  id: 'departure.national-registry',
  description: 'Whether the person is registered as moved in the National Registry, and whether UDI’s correction form applies',
  key: (value) => value,
  rules: [
    {
      id: 'departure.national-registry.not-relevant',
      description: 'Only a person with a Norwegian personal identity number from an earlier residence permit is registered as moved.',
      source: [{ ...seed.registeredAsMoved, note: 'Applies only to a person with a Norwegian personal identity number.' }],
      when: () => true,
      then: 'not-relevant',
    },
    {
      id: 'departure.national-registry.registered-as-moved',
      exceptionTo: ['departure.national-registry.not-relevant'],
      description: 'A person with a Norwegian personal identity number from an earlier permit is registered as moved from Norway.',
      source: [seed.registeredAsMoved],
      reads: ['hasNorwegianIdNumber'],
      when: (f) => f.hasNorwegianIdNumber,
      then: 'registered-as-moved',
      key: registeredAsMovedNote.key,
    },
    {
      id: 'departure.national-registry.correction-form',
      exceptionTo: ['departure.national-registry.not-relevant', 'departure.national-registry.registered-as-moved'],
      description:
        'A person registered as moved from 1 October 2017 on (or not yet registered) who believes the immigration authorities made a mistake must use UDI’s form.',
      source: [seed.registeredAsMoved, seed.correctionForm, udiDecidesRegistrationFrom],
      reads: ['hasNorwegianIdNumber', 'registrationDecidedByUdi'],
      when: (f) => f.hasNorwegianIdNumber && f.registrationDecidedByUdi,
      then: 'correction-form',
      key: correctionFormNote.key,
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------
// Output

const noteSchema = z
  .object({ code: z.string(), ...messageSchema.shape, source: z.array(sourceSchema) })
  .meta({ id: 'DepartureNote', description: 'A note for the person: a stable code, its message (key, params, text) and its source' });

export const departureSituationOutput = z
  .object({
    status: z.enum(departureStatuses),
    deadline: z.string().nullable().describe('The departure deadline given in the decision (YYYY-MM-DD), or null'),
    deadlinePassed: z.boolean().describe('The deadline was before the assessment date (the deadline day itself is still in time)'),
    daysLeft: z
      .number()
      .int()
      .nullable()
      .describe(
        'The days still in time while the deadline runs for the person, from the assessment date up to and including the deadline day (1 on the deadline day, 2 the day before); otherwise null',
      ),
    appealBy: isoDateSchema
      .nullable()
      .describe(
        'The last day to appeal the decision to UNE (three weeks after the day it reached the person, or the next working day when that is a Saturday, a Sunday or a public holiday), for a decision that can still be appealed and whose notification day is known; otherwise null',
      ),
    area: z.enum(departureAreas).nullable().describe('The area the person must leave; null when not obliged to leave'),
    consequences: z.array(noteSchema).describe('What can happen if the person does not leave when they must'),
    options: z.array(noteSchema).describe('Assisted return, and what applying before the deadline brings'),
    entryBanNote: noteSchema.nullable().describe('For an expelled person: the ban runs from the day they leave, so tell the police'),
    documents: z.array(noteSchema).describe('What happens to documents handed in with a claim for protection'),
    nationalRegistry: z
      .object({ registeredAsMovedOn: z.string().nullable(), correctionForm: z.boolean(), notes: z.array(noteSchema) })
      .nullable()
      .describe('Registration as moved in the National Registry; null when not relevant'),
    reasons: z.array(reasonSchema),
    trace: traceSchema.optional(),
  })
  .meta({ id: 'DepartureSituationOutput' });

export interface DepartureSituationResult {
  readonly status: DepartureStatus;
  readonly deadline: IsoDate | null;
  readonly deadlinePassed: boolean;
  readonly daysLeft: number | null;
  readonly appealBy: IsoDate | null;
  readonly area: DepartureArea | null;
  readonly consequences: readonly DepartureNote[];
  readonly options: readonly DepartureNote[];
  readonly entryBanNote: DepartureNote | null;
  readonly documents: readonly DepartureNote[];
  readonly nationalRegistry: {
    readonly registeredAsMovedOn: IsoDate | null;
    readonly correctionForm: boolean;
    readonly notes: readonly DepartureNote[];
  } | null;
  readonly reasons: readonly Reason[];
  readonly trace?: Trace;
}

function optionNotes(option: AssistedReturnOption, facts: DepartureFacts): DepartureNote[] {
  if (option === 'not-listed') return [];
  const assisted = assistedReturnNote(facts.decision === 'dublin-transfer');
  return option === 'may-apply-before-deadline' ? [assisted, higherSupportNote, noExpulsionNote] : [assisted, noAdditionalSupportNote];
}

/**
 * The last day to appeal a decision that reached the person on a day: three weeks later (forvaltningsloven
 * § 29), or the next working day when that is a Saturday, a Sunday or a public holiday (domstolloven § 149),
 * with the holidays in force on that day.
 */
function lastDayToAppeal(ctx: Context, notifiedOn: IsoDate): IsoDate {
  const threeWeeks = addDays(notifiedOn, ctx.param(appealPeriod, notifiedOn));
  const holidays: PublicHolidays = {
    fixed: [...ctx.param(fixedHolyDays, threeWeeks), ...ctx.param(highDays, threeWeeks)],
    fromEaster: ctx.param(easterHolyDays, threeWeeks),
  };
  return onOrNextWorkingDay(threeWeeks, holidays);
}

/**
 * The last day to appeal to UNE a decision that reached the person on `notifiedOn`, reckoned as `appealBy` is
 * (forvaltningsloven § 29, domstolloven § 149), for a first-instance decision other than the one that the
 * person must leave: UDI's rejection of assisted return (its letter, src/cases/letters.ts).
 */
export function appealDeadline(notifiedOn: IsoDate): IsoDate {
  return lastDayToAppeal(new Context('departure-situation', notifiedOn, false), notifiedOn);
}

export function evaluateDepartureSituation(input: DepartureSituationInput, options: EvaluateOptions = {}): DepartureSituationResult {
  const ctx = new Context('departure-situation', input.assessmentDate, options.trace ?? true, options.reform);

  const deadline = ctx.computed<DeadlineState>(
    'departure.deadline-state',
    input.departureDeadline === null ? 'none' : compareDates(input.assessmentDate, input.departureDeadline) <= 0 ? 'not-passed' : 'passed',
    { departureDeadline: input.departureDeadline, assessmentDate: input.assessmentDate },
    [{ ...seed.obligedByDeadline, note: 'Leaving "by" the deadline: the deadline day itself is still in time.' }, seed.illegalAfterDeadline],
  );
  // A registration not made by the assessment date will be made later, so the assessment date bounds it.
  const registrationDecidedByUdi = registrationDecidedByUdiOn(ctx, input.registeredAsMovedOn ?? input.assessmentDate, {
    registeredAsMovedOn: input.registeredAsMovedOn,
    assessmentDate: input.assessmentDate,
  });
  const facts: DepartureFacts = { ...input, deadline, registrationDecidedByUdi };

  const status = decide(statusDefinition, facts, ctx);
  const obliged = status.value !== 'not-obliged-to-leave';
  const area: Decision<DepartureFacts, DepartureArea> | null = obliged ? decide(areaDefinition, facts, ctx) : null;
  const consequenceNotes = obliged ? decide(consequencesDefinition, facts, ctx).value : [];
  const assistedReturn = decide(assistedReturnDefinition, facts, ctx).value;
  const entryBan = decide(entryBanDefinition, facts, ctx).value;
  const documents = decide(documentsDefinition, facts, ctx).value;
  const registry = obliged ? decide(nationalRegistryDefinition, facts, ctx).value : 'not-relevant';

  // The last day to appeal to UNE: for a first-instance decision not yet appealed, from the day it reached the
  // person. Not for a revocation (UNE's own decision) or for staying without permission (no decision to appeal).
  const appealable = input.appeal === 'none' && !isRevocation(input.decision) && input.decision !== 'staying-without-permission';
  // Three weeks after that day, moved off a Saturday, a Sunday or a public holiday to the next working day.
  const appealBy = ctx.computed(
    'departure.appeal-by',
    appealable && input.notifiedOn !== null ? lastDayToAppeal(ctx, input.notifiedOn) : null,
    { notifiedOn: input.notifiedOn, decision: input.decision, appeal: input.appeal },
    [appealSentence, nextWorkingDaySentence, appealCountedAsCourtsCount],
  );

  const deadlineRuns = status.value === 'must-leave-by' || status.value === 'awaiting-answer-on-deferred-implementation';
  const daysLeft = ctx.computed(
    'departure.days-left',
    deadlineRuns && input.departureDeadline !== null && deadline === 'not-passed' ? daysBetween(input.assessmentDate, input.departureDeadline) + 1 : null,
    { assessmentDate: input.assessmentDate, departureDeadline: input.departureDeadline, status: status.value },
    [
      {
        ...seed.obligedByDeadline,
        note: 'The days still in time, from the assessment date up to and including the deadline day: 1 on the deadline day itself.',
      },
    ],
  );

  return {
    status: status.value,
    deadline: input.departureDeadline,
    deadlinePassed: deadline === 'passed',
    daysLeft,
    appealBy,
    area: area?.value ?? null,
    consequences: consequenceNotes,
    options: optionNotes(assistedReturn, facts),
    entryBanNote: entryBan === 'runs-from-departure' ? entryBanNote : null,
    documents: documents === 'protection-claim' ? documentNotes : [],
    nationalRegistry:
      registry === 'not-relevant'
        ? null
        : {
            registeredAsMovedOn: input.registeredAsMovedOn,
            correctionForm: registry === 'correction-form',
            notes: registry === 'correction-form' ? [registeredAsMovedNote, correctionFormNote] : [registeredAsMovedNote],
          },
    reasons: [...reasonsOf(status, facts), ...(area ? reasonsOf(area, facts) : [])],
    // Not a spread of a conditional object: V8 copies those slowly, and this is the hot path.
    trace: ctx.tracing ? ctx.trace() : undefined,
  };
}

export const departureSituationRuleSet = defineRuleSet({
  id: 'departure-situation',
  title: 'The departure situation',
  description:
    'Whether a person must leave Norway now, by a deadline (with the days left), or may remain for now, after each kind of decision; what happens if they do not leave; assisted return; the entry ban; documents handed in; and the National Registry (seeds 000, 001 and 002).',
  path: 'departure-situation',
  command: ['check', 'departure-situation'],
  input: departureSituationInput,
  output: departureSituationOutput,
  dateOf: (input) => input.assessmentDate,
  evaluate: evaluateDepartureSituation,
  definitions: [
    statusDefinition,
    areaDefinition,
    consequencesDefinition,
    assistedReturnDefinition,
    entryBanDefinition,
    documentsDefinition,
    nationalRegistryDefinition,
  ],
  parameters: [udiDecidesRegistrations, appealPeriod, fixedHolyDays, easterHolyDays, highDays],
  cases,
});
