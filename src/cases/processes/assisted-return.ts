/**
 * Assisted return (seeds 002 and 003): the person applies, alone or helped by IOM, a reception centre or a
 * lawyer; eligibility and support are computed by the rules as of the application date and stored with
 * their trace; UDI grants or rejects with reasons (an appeal goes to UNE); IOM arranges the journey; the
 * departure is recorded and originals the person handed in are returned.
 *
 *   none ─apply→ applied ─grant→ granted ─arrange-travel→ travel-arranged ─record-departure→ departed
 *                   │  └─reject→ rejected ─appeal→ appealed ─decide-appeal→ granted | rejected-final
 *                   └─ withdraw (from applied, granted, appealed, travel-arranged) → withdrawn ─apply→ …
 */
import { z } from 'zod';
import { countryCode } from '../../rules/common/countries.ts';
import { isoDateSchema } from '../../rules/engine/output.ts';
import { currentDeadline, recorded, type AssistedReturn, type CaseDoc, type PreviousApplication } from '../model.ts';
import { defineAction, precondition } from '../process.ts';
import { ask } from '../rules.ts';
import { entryBansFrom } from './entry-bans.ts';

const vulnerability = z.enum([
  'former-unaccompanied-minor-aged-18-to-23',
  'over-60-single-without-network',
  'trafficking',
  'violence-coercion-or-exploitation',
  'health-condition-needing-treatment-at-home',
]);

/** Facts for the eligibility rules that the case does not already hold. */
const eligibilityFacts = z.strictObject({
  legalResidence: z.boolean().optional(),
  protection: z.enum(['none', 'pending', 'rejected', 'withdrawn', 'granted']).optional(),
  residenceApplication: z.enum(['none', 'pending', 'rejected', 'granted']).optional(),
  registeredWithUdi: z.boolean().optional(),
  temporaryResidenceUntil18: z.boolean().optional(),
  possibleTraffickingVictim: z.boolean().optional(),
  previouslyReturnedWithSupportAndReimmigrated: z.boolean().optional(),
  wantsToGoToDublinCountry: z.boolean().optional(),
  permitOnOtherGroundsEnded: z.boolean().optional(),
  rejectedForStatusInOtherEeaCountry: z.boolean().optional(),
  fortyEightHourProcedure: z.boolean().optional(),
  vulnerabilities: z.array(vulnerability).max(5).optional(),
});

export const applyInput = z.strictObject({
  applicationDate: isoDateSchema.optional().describe('The day the application is made (default today)'),
  applicantId: z.uuid().optional().describe('The main applicant (default the first adult, or the first person)'),
  travellerIds: z.array(z.uuid()).min(1).optional().describe('Who travels (default the whole household)'),
  destination: countryCode.describe('The home country, or a country outside the EU/EEA where the applicant holds a valid residence permit'),
  registeredInNorway: z.boolean().default(true).describe('Registered in Norway (false: no case registered with UDI)'),
  facts: eligibilityFacts.default({}).describe('Facts for the eligibility rules the case does not hold'),
  contact: z
    .strictObject({
      phone: z
        .string()
        .trim()
        .regex(/^\+?[0-9 ()-]{5,30}$/, 'a telephone number')
        .optional(),
      email: z.email().max(200).optional(),
    })
    .optional()
    .describe('How UDI and IOM can reach the applicant'),
});

function applicantOf(doc: CaseDoc, id: string | undefined) {
  const person = id ? doc.household.find((p) => p.id === id) : (doc.household.find((p) => p.role === 'adult') ?? doc.household[0]);
  precondition(person !== undefined, 'applicant-in-household', 'The applicant must be someone in the household');
  return person!;
}

function hasResidencePermitCopy(doc: CaseDoc, personId: string, acceptLater: boolean): boolean {
  return doc.documents.some(
    (d) =>
      d.kind === 'residence-permit-outside-eea' &&
      (d.personId === personId || d.personId === null) &&
      (d.status === 'uploaded' || (acceptLater && d.status === 'will-send-later')),
  );
}

function endedApplication(application: AssistedReturn): PreviousApplication {
  const { previous: _previous, secretHash: _secretHash, ...ended } = application;
  return ended;
}

export const apply = defineAction({
  id: 'assisted-return.apply',
  process: 'assisted-return',
  title: 'Apply for assisted return',
  description:
    'The person applies, alone or helped by IOM, a reception centre, a lawyer or a guardian. Eligibility and support are computed as of the application date and stored with their traces in the event; the case keeps the answers and the event’s number.',
  source: 'seed-002: "Anyone whose application for protection has been rejected or is still waiting for an answer can apply for assisted return."',
  roles: ['person', 'udi', 'iom', 'reception', 'lawyer', 'guardian'],
  from: ['none', 'withdrawn'],
  to: 'applied',
  input: applyInput,
  check: (doc, input, ctx) => {
    const applicant = applicantOf(doc, input.applicantId);
    for (const id of input.travellerIds ?? [])
      precondition(
        doc.household.some((p) => p.id === id),
        'traveller-in-household',
        'Every traveller must be in the household',
      );
    const date = input.applicationDate ?? ctx.today;
    precondition(date <= ctx.today, 'application-not-in-future', 'An application cannot be dated in the future');
    if (!applicant.citizenships.includes(input.destination)) {
      // seed 002: "If you have a residence permit in a country outside the EU/EEA (where you are not a citizen), you can apply
      // for assisted return to return there. In such case, you will need to submit a copy of a valid residence permit."
      const where = ask('assisted-return-eligibility', { date, citizenship: applicant.citizenships[0], returnToCountryOfResidence: input.destination });
      precondition(
        where.answer.destination !== 'not-to-an-eea-country',
        'destination-outside-eea',
        'Assisted return to a country that is not your own must be to a country outside the EU/EEA',
      );
      precondition(
        hasResidencePermitCopy(doc, applicant.id, true),
        'residence-permit-copy',
        'Returning to a country you are not a citizen of needs a copy of a valid residence permit there (upload it, or record that it will be sent later)',
      );
    }
  },
  prepare: (doc, input, ctx) => {
    const applicant = applicantOf(doc, input.applicantId);
    const applicationDate = input.applicationDate ?? ctx.today;
    const travellers = doc.household.filter((p) => (input.travellerIds ?? doc.household.map((h) => h.id)).includes(p.id));
    const kind = doc.decision.kind;
    const eligibility = ask('assisted-return-eligibility', {
      date: applicationDate,
      citizenship: applicant.citizenships[0],
      dateOfBirth: applicant.dateOfBirth,
      protection: kind === 'protection-rejected' ? 'rejected' : 'none',
      residenceApplication: kind === 'residence-rejected' ? 'rejected' : 'none',
      registeredWithUdi: input.registeredInNorway,
      dublinTransferDecision: kind === 'dublin-transfer',
      unaccompaniedMinorAsylumSeeker: applicant.unaccompaniedMinor && kind === 'protection-rejected',
      permitOnOtherGroundsEnded: kind === 'permit-revoked',
      ...(applicant.citizenships.includes(input.destination) ? {} : { returnToCountryOfResidence: input.destination }),
      ...input.facts,
    });
    const support = ask('assisted-return-support', {
      applicationDate,
      departureDeadline: currentDeadline(doc),
      registeredInNorway: input.registeredInNorway,
      citizenship: input.destination,
      travellers: travellers.map((p) => ({ dateOfBirth: p.dateOfBirth })),
    });
    const secret = ctx.newSecret();
    ctx.reveal('secret', secret);
    return {
      applicationDate,
      applicantId: applicant.id,
      travellerIds: travellers.map((p) => p.id),
      destination: input.destination,
      submittedBy: ctx.principal.kind === 'person' ? 'person' : ctx.principal.role,
      ...(input.contact === undefined ? {} : { contact: input.contact }),
      eligibility,
      support,
      secretHash: ctx.hashSecret(secret),
    };
  },
  apply: (doc, p, event) => ({
    ...doc,
    assistedReturn: {
      // A new application after a withdrawal keeps the earlier ones for the record (without their secrets).
      ...(doc.assistedReturn.status === 'none' ? {} : { previous: [...(doc.assistedReturn.previous ?? []), endedApplication(doc.assistedReturn)] }),
      status: doc.assistedReturn.status,
      appliedOn: p.applicationDate,
      applicantId: p.applicantId,
      submittedBy: p.submittedBy,
      destination: p.destination,
      ...(p.contact === undefined ? {} : { contact: p.contact }),
      eligibility: recorded(p.eligibility, event),
      support: recorded(p.support, event),
      secretHash: p.secretHash,
    },
  }),
});

const outcomeOf = (doc: CaseDoc) => String(doc.assistedReturn.eligibility?.answer.outcome ?? '');

export const grant = defineAction({
  id: 'assisted-return.grant',
  process: 'assisted-return',
  title: 'Grant assisted return',
  description:
    'UDI grants the application. Someone who is "normally not eligible" can be granted only with reasons (the exceptions are not exhaustive: seed 003 "There are exceptions").',
  source: 'seed-003: "There are exceptions, but the above bullet list contains the main rules."',
  roles: ['udi'],
  from: ['applied'],
  to: 'granted',
  input: z.strictObject({ reasons: z.string().trim().max(4000).default('').describe('Why; required when the rules say normally not eligible') }),
  guard: (doc) => {
    precondition(outcomeOf(doc) !== 'not-eligible', 'eligible', 'The rules say the person is not eligible (no group that may apply, or legal residence)');
  },
  check: (doc, input) => {
    precondition(
      outcomeOf(doc) !== 'normally-not-eligible' || input.reasons.length > 0,
      'reasons-for-exception',
      'Granting someone who is normally not eligible needs reasons',
    );
    const applicant = doc.household[0];
    if (applicant && doc.assistedReturn.destination && !doc.household.some((p) => p.citizenships.includes(doc.assistedReturn.destination!))) {
      precondition(
        doc.household.some((p) => hasResidencePermitCopy(doc, p.id, false)),
        'residence-permit-copy-received',
        'The copy of the residence permit in the destination country has not been received yet',
      );
    }
  },
  prepare: (_doc, input, ctx) => ({ on: ctx.today, reasons: input.reasons, by: ctx.principal.kind === 'staff' ? ctx.principal.userId : 'person' }),
  apply: (doc, p) => ({ ...doc, assistedReturn: { ...doc.assistedReturn, decision: { outcome: 'granted', ...p } } }),
});

export const reject = defineAction({
  id: 'assisted-return.reject',
  process: 'assisted-return',
  title: 'Reject assisted return',
  description:
    'UDI rejects the application with reasons. The rejection can be appealed to UNE; UDI then assesses whether assisted return with the police can be offered.',
  source: 'UDI 2022-007: an assisted-return decision is an individual decision and UNE is the appeal body.',
  roles: ['udi'],
  from: ['applied'],
  to: 'rejected',
  input: z.strictObject({ reasons: z.string().trim().min(1).max(4000) }),
  prepare: (_doc, input, ctx) => ({ on: ctx.today, reasons: input.reasons, by: ctx.principal.kind === 'staff' ? ctx.principal.userId : 'person' }),
  apply: (doc, p) => ({ ...doc, assistedReturn: { ...doc.assistedReturn, decision: { outcome: 'rejected', ...p } } }),
});

/**
 * The day UDI's rejection reached the person: the three weeks to appeal to UNE run from it (forvaltningsloven
 * § 29), and the rejection letter gives the last day the rules work out from it. Recorded when it is known
 * (the rejection is sent, then it arrives), and again to correct it, while the rejection stands unappealed.
 */
export const recordRejectionNotified = defineAction({
  id: 'assisted-return.record-notification',
  process: 'assisted-return',
  title: 'Record when the rejection reached the person',
  description:
    'UDI records the day the rejection reached the person (handed over, or delivered): the time limit for an appeal to UNE runs from it, and the rejection letter gives the last day to appeal.',
  source: 'fvl-29: "Fristen for klage er tre uker fra det tidspunkt underretning om vedtaket er kommet fram til vedkommende part."',
  roles: ['udi'],
  from: ['rejected'],
  input: z.strictObject({ notifiedOn: isoDateSchema.describe('The day the rejection reached the person') }),
  check: (doc, input, ctx) => {
    const rejectedOn = doc.assistedReturn.decision?.on ?? input.notifiedOn;
    precondition(input.notifiedOn >= rejectedOn, 'rejection-notified-after-decision', 'The rejection cannot have reached the person before it was made');
    precondition(input.notifiedOn <= ctx.today, 'rejection-notified-not-in-future', 'The day the rejection reached the person cannot be in the future');
  },
  prepare: (_doc, input, ctx) => ({ notifiedOn: input.notifiedOn, recordedOn: ctx.today }),
  apply: (doc, p) => {
    const decision = doc.assistedReturn.decision;
    return decision === undefined ? doc : { ...doc, assistedReturn: { ...doc.assistedReturn, decision: { ...decision, notifiedOn: p.notifiedOn } } };
  },
});

export const appealRejection = defineAction({
  id: 'assisted-return.appeal',
  process: 'assisted-return',
  title: 'Appeal the rejection to UNE',
  description: 'The person, their lawyer or guardian appeals the rejection of assisted return to UNE.',
  roles: ['person', 'lawyer', 'guardian'],
  from: ['rejected'],
  to: 'appealed',
  input: z.strictObject({ grounds: z.string().trim().max(4000).default('') }),
  prepare: (_doc, input, ctx) => ({ lodgedOn: ctx.today, grounds: input.grounds }),
  apply: (doc, p) => ({ ...doc, assistedReturn: { ...doc.assistedReturn, appeal: { lodgedOn: p.lodgedOn } } }),
});

export const decideAppeal = defineAction({
  id: 'assisted-return.decide-appeal',
  process: 'assisted-return',
  title: 'Decide the appeal (UNE)',
  description: 'UNE upholds the rejection (final) or reverses it (the application is granted).',
  roles: ['une'],
  from: ['appealed'],
  // Reversed: the application is granted; upheld: the rejection is final.
  to: ['granted', 'rejected-final'],
  input: z.strictObject({ outcome: z.enum(['upheld', 'reversed']), reasons: z.string().trim().min(1).max(4000) }),
  prepare: (_doc, input, ctx) => ({ decidedOn: ctx.today, ...input }),
  // The outcome in the payload picks which of `to`.
  target: (p) => (p.outcome === 'reversed' ? 'granted' : 'rejected-final'),
  apply: (doc, p) => ({
    ...doc,
    assistedReturn: {
      ...doc.assistedReturn,
      appeal: { lodgedOn: doc.assistedReturn.appeal?.lodgedOn ?? p.decidedOn, decidedOn: p.decidedOn, outcome: p.outcome },
    },
  }),
});

export const arrangeTravel = defineAction({
  id: 'assisted-return.arrange-travel',
  process: 'assisted-return',
  title: 'Arrange the journey (IOM)',
  description: 'IOM obtains travel documents, books the ticket and sends the travel details.',
  source: 'seed-000: "UDI processes the application for assisted return, while IOM provide practical assistance for the journey."',
  roles: ['iom'],
  from: ['granted'],
  to: 'travel-arranged',
  input: z.strictObject({
    travelDate: isoDateSchema,
    travelDocument: z.string().trim().min(1).max(200).describe('The travel document obtained (e.g. passport, laissez-passer)'),
    ticket: z.string().trim().min(1).max(200).describe('Booking reference'),
  }),
  check: (_doc, input, ctx) => precondition(input.travelDate >= ctx.today, 'travel-date-not-past', 'The travel date cannot be in the past'),
  prepare: (_doc, input, ctx) => ({ ...input, arrangedOn: ctx.today }),
  apply: (doc, p) => ({ ...doc, assistedReturn: { ...doc.assistedReturn, travel: p } }),
});

export const recordDeparture = defineAction({
  id: 'assisted-return.record-departure',
  process: 'assisted-return',
  title: 'Record the departure',
  description: 'The household has left with assisted return. Documents the person handed in are returned, at the latest on arrival.',
  source:
    'seed-000: "If your claim was unsuccessful and you return to your homeland voluntarily, your passport and any other documents you handed over when you came to Norway will be returned to you. You will receive the documents at the latest when you arrive in your home country."',
  roles: ['iom', 'police'],
  from: ['travel-arranged'],
  to: 'departed',
  also: { departed: { case: 'departed', 'after-departure': 'departed' } },
  input: z.strictObject({ date: isoDateSchema.describe('The day the household left Norway') }),
  check: (_doc, input, ctx) => precondition(input.date <= ctx.today, 'departure-not-in-future', 'A departure cannot be recorded before it happens'),
  prepare: (doc, input, ctx) => {
    // An entry ban recorded before and not yet running starts as the re-entry rules say (entry-bans.ts).
    const { bans, entryBanAnswer } = entryBansFrom(doc, undefined, { date: input.date, forced: false, asOf: ctx.today });
    return { date: input.date, destination: doc.assistedReturn.destination ?? '', entryBans: bans, ...(entryBanAnswer === null ? {} : { entryBanAnswer }) };
  },
  apply: (doc, p) => ({
    ...doc,
    departure: { date: p.date, type: 'assisted', destination: p.destination },
    documents: doc.documents.map((d) => (d.original === 'held' ? { ...d, original: 'returned' } : d)),
    entryBans: p.entryBans,
  }),
});

export const withdraw = defineAction({
  id: 'assisted-return.withdraw',
  process: 'assisted-return',
  title: 'Withdraw the application',
  description: 'The person withdraws the application for assisted return.',
  roles: ['person', 'lawyer', 'guardian', 'udi'],
  from: ['applied', 'granted', 'appealed', 'travel-arranged'],
  to: 'withdrawn',
  input: z.strictObject({}),
  prepare: (_doc, _input, ctx) => ({ on: ctx.today }),
  apply: (doc, p) => ({ ...doc, assistedReturn: { ...doc.assistedReturn, withdrawnOn: p.on } }),
});

export const assistedReturnActions = [
  apply,
  grant,
  reject,
  recordRejectionNotified,
  appealRejection,
  decideAppeal,
  arrangeTravel,
  recordDeparture,
  withdraw,
] as const;
