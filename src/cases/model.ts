/**
 * The case: one household's return, from the decision that they must leave to the day they leave, and
 * after. It is the projection of the case's events (see process.ts); the API shows each role the part of it
 * that role needs (access.ts).
 */
import { z } from 'zod';
import { countryCode } from '../rules/common/countries.ts';
import { isoDateSchema } from '../rules/engine/output.ts';
import { departureDecisions } from '../rules/departure/situation.ts';
import type { ReadmissionAnswer } from '../rules/forced-return/readmission.ts';
import type { StateOf } from './process.ts';

export const personInput = z.strictObject({
  name: z.string().trim().min(1).max(200).describe('Full name as registered'),
  dateOfBirth: isoDateSchema.describe('Date of birth (YYYY-MM-DD)'),
  citizenships: z.array(countryCode).min(1).max(5).describe('Citizenships, ISO 3166-1 alpha-2 (XK for Kosovo)'),
  udiCaseNumber: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]{3,40}$/, 'letters, digits and hyphens')
    .optional()
    .describe("UDI's case number (DUF)"),
  preferredLanguage: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "ar" or "fa-AF"')
    .optional(),
  contact: z.strictObject({ phone: z.string().max(40).optional(), email: z.email().optional(), address: z.string().max(300).optional() }).optional(),
  role: z.enum(['adult', 'child']).describe('Adult or child in the household'),
  unaccompaniedMinor: z.boolean().default(false).describe('A child in Norway without a parent or other guardian'),
});
export type PersonInput = z.output<typeof personInput>;
export interface Person extends PersonInput {
  readonly id: string;
}

/** The kinds of decision the departure-situation rules know (seeds 000 and 001): one list, the rules'. */
export const decisionKinds = departureDecisions;
export type DecisionKind = (typeof decisionKinds)[number];

export const decisionInput = z
  .strictObject({
    kind: z.enum(decisionKinds).describe('The kind of decision that the household must leave'),
    authority: z.enum(['udi', 'une', 'police']).describe('The authority that made the decision'),
    date: isoDateSchema.describe('The date of the decision'),
    departureDeadline: isoDateSchema.nullable().describe('The deadline for leaving, or null when none was given (must leave immediately)'),
    notifiedOn: isoDateSchema.nullable().default(null).describe('The day the decision was notified to the person'),
    expelled: z.boolean().default(false).describe('The decision includes an expulsion (and so an entry ban)'),
    receivingCountry: countryCode.optional().describe('For a Dublin transfer: the Dublin country responsible'),
  })
  .superRefine((d, ctx) => {
    if (d.departureDeadline !== null && d.departureDeadline < d.date) {
      ctx.addIssue({ code: 'custom', path: ['departureDeadline'], message: 'the deadline cannot be before the decision date' });
    }
    if (d.notifiedOn !== null && d.notifiedOn < d.date) {
      ctx.addIssue({ code: 'custom', path: ['notifiedOn'], message: 'the decision cannot be notified before it is made' });
    }
    if (d.kind === 'dublin-transfer' && d.receivingCountry === undefined) {
      ctx.addIssue({ code: 'custom', path: ['receivingCountry'], message: 'a Dublin transfer names the receiving country' });
    }
  });
export type DecisionInput = z.output<typeof decisionInput>;

export interface Decision extends DecisionInput {
  readonly recordedAt: string;
}

/** A rule set's answer as stored with the event that asked it: the answer, and the trace it rests on. */
export interface StoredRuleAnswer {
  readonly ruleSet: string;
  readonly answer: Readonly<Record<string, unknown>>;
  readonly trace?: unknown;
}

/**
 * A rule set's answer as the case keeps it: the answer, and the number of the event whose payload holds it
 * with its trace. The trace stays in the event log only (it is the larger part of an answer, tens of KB for
 * eligibility): the case document is read and rewritten by every later command and every read of the case.
 */
export interface RecordedRuleAnswer {
  readonly ruleSet: string;
  readonly answer: Readonly<Record<string, unknown>>;
  /** The event (its sequence number in the case's log) that holds the answer with its trace. */
  readonly traceInEvent: number;
}

/** The answer to keep in the case, from the answer an event holds. */
export function recorded(stored: StoredRuleAnswer, event: { readonly sequence: number }): RecordedRuleAnswer {
  return { ruleSet: stored.ruleSet, answer: stored.answer, traceInEvent: event.sequence };
}

export const documentKinds = [
  'passport',
  'id-document',
  'residence-permit-outside-eea',
  'medical',
  'letter-from-organisation',
  'own-letter',
  'travel-document',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

export interface CaseDocument {
  readonly id: string;
  readonly personId: string | null;
  readonly kind: DocumentKind;
  /** `uploaded` (a copy is on file), `will-send-later`, or `original-held` (the authorities hold the original). */
  readonly status: 'uploaded' | 'will-send-later' | 'original-held';
  readonly receivedOn: string | null;
  /** What became of an original the authorities held. */
  readonly original: 'held' | 'returned' | 'handed-to-home-authorities' | null;
  readonly description?: string;
  /** The uploaded copy, when there is one: its type, size and SHA-256 (the bytes are in document_files). */
  readonly file?: { readonly mediaType: string; readonly size: number; readonly sha256: string };
}

/** The states of each process are declared once, in its table (process.ts). */
export type AssistedReturnStatus = StateOf<'assisted-return'>;

export interface AssistedReturn {
  readonly status: AssistedReturnStatus;
  readonly appliedOn?: string;
  /** The person who applied (the main applicant; not always the first person of the household). */
  readonly applicantId?: string;
  /** Who submitted: the person, or IOM, a reception centre or a lawyer on their behalf. */
  readonly submittedBy?: string;
  readonly destination?: string;
  /** How UDI and IOM can reach the applicant (given with the application). */
  readonly contact?: { readonly phone?: string; readonly email?: string };
  readonly eligibility?: RecordedRuleAnswer;
  readonly support?: RecordedRuleAnswer;
  readonly decision?: {
    readonly outcome: 'granted' | 'rejected';
    readonly on: string;
    readonly reasons: string;
    readonly by: string;
    /** The day a rejection reached the person (recorded afterwards): the time limit for an appeal runs from it. */
    readonly notifiedOn?: string;
  };
  readonly appeal?: { readonly lodgedOn: string; readonly decidedOn?: string; readonly outcome?: 'upheld' | 'reversed' };
  readonly travel?: { readonly travelDate: string; readonly travelDocument: string; readonly ticket: string; readonly arrangedOn: string };
  readonly withdrawnOn?: string;
  /** The hash of the secret the person uses with the reference to see their application (never the secret). */
  readonly secretHash?: string;
  /** Earlier applications on this case (withdrawn, then applied for again), oldest first, as they ended. */
  readonly previous?: readonly PreviousApplication[];
}

/** An application that was withdrawn before a new one was made: kept for the record, without its secret. */
export type PreviousApplication = Omit<AssistedReturn, 'previous' | 'secretHash'>;

export type AppealStatus = StateOf<'appeal'>;
export interface Appeal {
  readonly status: AppealStatus;
  readonly registeredOn?: string;
  readonly decidedOn?: string;
  readonly newDeadline?: string | null;
  /** UNE's reasons for its decision on the appeal. */
  readonly reasons?: string;
}

export type DeferralStatus = StateOf<'deferral'>;
export interface Deferral {
  readonly status: DeferralStatus;
  readonly requestedOn?: string;
  readonly decidedOn?: string;
  readonly decidedBy?: 'une' | 'udi';
  /** The reasons given with the answer (a denial is always answered with reasons). */
  readonly reasons?: string;
}

export type ForcedReturnStatus = StateOf<'forced-return'>;

/** Who meets a returned unaccompanied minor (seed 004; utlendingsloven § 90 eighth paragraph). */
export const receptionRelations = ['family-member', 'appointed-guardian', 'institution', 'child-welfare-services'] as const;
export type ReceptionRelation = (typeof receptionRelations)[number];
export interface ReceptionArrangement {
  readonly personId: string;
  /** The family member, guardian, institution or child welfare service that will meet the child. */
  readonly metBy: string;
  readonly relation: ReceptionRelation;
  readonly recordedOn: string;
}

export interface ForcedReturn {
  readonly status: ForcedReturnStatus;
  readonly receivingCountryNotifiedOn?: string;
  /** For unaccompanied minors: who will meet them (family member or institution). */
  readonly receptionArrangement?: { readonly personId: string; readonly metBy: string; readonly relation: string };
  /** One per unaccompanied minor in the household: who will meet them (a later record replaces an earlier one). */
  readonly receptionArrangements?: readonly ReceptionArrangement[];
  readonly plan?: {
    readonly date: string;
    readonly flight: string;
    readonly escort: string;
    readonly destination: string;
    readonly plannedOn?: string;
    /** Whether Norway has a readmission agreement with the destination on the day of the return. */
    readonly readmission?: ReadmissionAnswer;
  };
  readonly cancelled?: { readonly on: string; readonly reason: string };
  readonly executed?: {
    readonly date: string;
    readonly destination: string;
    readonly escort: string;
    readonly category: RecordedRuleAnswer;
    readonly cost: number;
    readonly paidByPerson: number;
    /** The people in the household who are convicted offenders (one or more criminal sanctions). */
    readonly convictedOffenders?: readonly string[];
    /** The part of the cost the authorities paid, which became the person's debt. */
    readonly debt?: number;
  };
}

export type OwnDepartureStatus = StateOf<'own-departure'>;
export interface OwnDeparture {
  readonly status: OwnDepartureStatus;
  readonly announcedDate?: string;
  readonly announcedBy?: string;
  readonly confirmedDate?: string;
}

export interface Departure {
  readonly date: string;
  readonly type: 'assisted' | 'forced' | 'own';
  readonly destination: string;
}

export interface Debt {
  readonly costs: readonly { readonly on: string; readonly amount: number; readonly what: string }[];
  readonly repayments: readonly { readonly on: string; readonly amount: number }[];
  readonly balance: number;
}

export interface EntryBan {
  readonly decisionDate: string;
  readonly length: 1 | 2 | 5 | 10 | 'permanent';
  readonly scope: 'norway' | 'schengen';
  readonly from: string | null;
  readonly until: string | null;
}

export interface RegistryStatus {
  readonly status: 'not-registered' | 'resident' | 'moved';
  readonly movedOn?: string;
  readonly correction?: { readonly requestedOn: string; readonly reason: string };
}

export type CaseStatus = StateOf<'case'>;

/** The staff users linked to a case: the person's lawyer, guardian and reception centre. */
export interface CaseLinks {
  readonly lawyer: readonly string[];
  readonly guardian: readonly string[];
  readonly reception: readonly string[];
}

export interface CaseDoc {
  readonly id: string;
  /** The public reference of the case (also the assisted-return application reference). */
  readonly reference: string;
  readonly status: CaseStatus;
  readonly openedAt: string;
  /**
   * How the case was opened: absent when an authority registered the decision (`case.opened` by UDI, UNE or
   * the police); `applicant` when the person opened it by applying for assisted return with no case in Retur
   * (the household and the decision are then as the person told them, until UDI checks them).
   */
  readonly origin?: 'applicant';
  readonly household: readonly Person[];
  readonly links: CaseLinks;
  readonly decision: Decision;
  readonly assistedReturn: AssistedReturn;
  readonly appeal: Appeal;
  readonly deferral: Deferral;
  readonly forcedReturn: ForcedReturn;
  readonly ownDeparture: OwnDeparture;
  readonly departure: Departure | null;
  readonly documents: readonly CaseDocument[];
  readonly debt: Debt;
  readonly entryBans: readonly EntryBan[];
  readonly registry: RegistryStatus;
  readonly reEntryChecks: readonly { readonly on: string; readonly outcome: string; readonly answer: RecordedRuleAnswer }[];
  /**
   * The events of the log each role does not see, by role (access.ts, noteHiddenEvent): those that left
   * its view as it was. Never shown; absent when every role sees every event.
   */
  readonly hiddenEvents?: Readonly<Record<string, readonly number[]>>;
}

/** The deadline now in force: a new deadline after an upheld appeal replaces the decision's. */
export function currentDeadline(doc: CaseDoc): string | null {
  if (doc.appeal.status === 'upheld' && doc.appeal.newDeadline !== undefined) return doc.appeal.newDeadline;
  return doc.decision.departureDeadline;
}
