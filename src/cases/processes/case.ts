/**
 * Opening a case (the decision that a household must leave), linking the people who help the household,
 * and recording documents. These belong to no single process.
 */
import { z } from 'zod';
import { isoDateSchema } from '../../rules/engine/output.ts';
import { countryCode } from '../../rules/common/countries.ts';
import { decisionInput, decisionKinds, documentKinds, personInput, type CaseDoc, type CaseDocument, type Person } from '../model.ts';
import { defineAction, precondition } from '../process.ts';
import { decodeUpload, uploadSchema } from '../uploads.ts';
import { applyInput } from './assisted-return.ts';

export const openCaseInput = z
  .strictObject({
    household: z.array(personInput).min(1).max(30).describe('Everyone the decision concerns: families are returned together'),
    decision: decisionInput,
    registeredAsMovedOn: isoDateSchema
      .optional()
      .describe('If the person had a Norwegian identity number: the day they were registered as moved in the National Registry'),
  })
  .superRefine((input, ctx) => {
    if (!input.household.some((p) => p.role === 'adult') && !input.household.some((p) => p.unaccompaniedMinor)) {
      ctx.addIssue({ code: 'custom', path: ['household'], message: 'a household without an adult must be unaccompanied minors' });
    }
    input.household.forEach((p, i) => {
      if (p.dateOfBirth > input.decision.date) ctx.addIssue({ code: 'custom', path: ['household', i, 'dateOfBirth'], message: 'born after the decision' });
      if (p.unaccompaniedMinor && p.role !== 'child')
        ctx.addIssue({ code: 'custom', path: ['household', i, 'unaccompaniedMinor'], message: 'only a child can be an unaccompanied minor' });
    });
  })
  .meta({ id: 'OpenCaseInput' });
export type OpenCaseInput = z.output<typeof openCaseInput>;

/**
 * The decisions a person with no case may tell when they apply (seed 002: "Anyone whose application for
 * protection has been rejected or is still waiting for an answer can apply for assisted return"). A Dublin
 * transfer is left out: its case names the Dublin country responsible, which the person's pages do not ask,
 * and such a case is the police's to open.
 */
export const statedDecisionKinds = decisionKinds.filter((k) => k !== 'dublin-transfer');

/**
 * What someone with no case in Retur tells when they apply for assisted return on the public pages: who they
 * are, the decision they got, and the application. Parsed once (commands.ts, applyForNewCase); the case opened
 * from it has the origin `applicant`. Only the applicant: a household of more than one is opened by UDI, UNE or
 * the police (POST /cases), or by a helper for the person.
 */
export const applicantCaseInput = z
  .strictObject({
    applicant: z.strictObject({
      name: personInput.shape.name,
      dateOfBirth: isoDateSchema.describe('Date of birth (YYYY-MM-DD); the applicant is 18 or older'),
      citizenship: countryCode.describe('Citizenship, ISO 3166-1 alpha-2'),
      preferredLanguage: personInput.shape.preferredLanguage,
    }),
    decision: z.strictObject({
      kind: z.enum(statedDecisionKinds).describe('The kind of decision, as the person tells it'),
      date: isoDateSchema.describe('The date of the decision'),
      departureDeadline: isoDateSchema.nullable().describe('The deadline for leaving, or null when the decision gives none'),
    }),
    /** The application: what assisted-return.apply takes from the person (the applicant and the traveller are the one person, applying today). */
    application: applyInput.pick({ destination: true, facts: true, contact: true }).strict(),
  })
  .superRefine((input, ctx) => {
    if (input.applicant.dateOfBirth > input.decision.date)
      ctx.addIssue({ code: 'custom', path: ['applicant', 'dateOfBirth'], message: 'born after the decision' });
    if (input.decision.departureDeadline !== null && input.decision.departureDeadline < input.decision.date)
      ctx.addIssue({ code: 'custom', path: ['decision', 'departureDeadline'], message: 'the deadline cannot be before the decision date' });
  })
  .meta({ id: 'ApplicantCaseInput' });
export type ApplicantCaseInput = z.output<typeof applicantCaseInput>;

/**
 * The case a person with no case opens by applying, as `case.opened` records it: the applicant alone, as an
 * adult, and the decision as they told it (revocations are UNE's decisions, the others UDI's), neither notified
 * on a known day nor with an expulsion the person has not told of.
 */
export function openCaseInputOf(stated: Pick<ApplicantCaseInput, 'applicant' | 'decision'>): OpenCaseInput {
  const { applicant, decision } = stated;
  return {
    household: [
      {
        name: applicant.name,
        dateOfBirth: applicant.dateOfBirth,
        citizenships: [applicant.citizenship],
        ...(applicant.preferredLanguage === undefined ? {} : { preferredLanguage: applicant.preferredLanguage }),
        role: 'adult',
        unaccompaniedMinor: false,
      },
    ],
    decision: {
      kind: decision.kind,
      authority: decision.kind === 'permit-revoked' || decision.kind === 'citizenship-revoked' ? 'une' : 'udi',
      date: decision.date,
      departureDeadline: decision.departureDeadline,
      notifiedOn: null,
      expelled: false,
    },
  };
}

/** The case as it stands when the decision is registered (or, with `origin`, when the person applies with no case). */
export function newCase(id: string, reference: string, input: OpenCaseInput, personIds: readonly string[], at: string, origin?: 'applicant'): CaseDoc {
  const household: Person[] = input.household.map((p, i) => ({ ...p, id: personIds[i]! }));
  return {
    id,
    reference,
    status: 'open',
    openedAt: at,
    ...(origin === undefined ? {} : { origin }),
    household,
    links: { lawyer: [], guardian: [], reception: [] },
    decision: { ...input.decision, recordedAt: at },
    assistedReturn: { status: 'none' },
    appeal: { status: 'none' },
    deferral: { status: 'none' },
    forcedReturn: { status: 'none' },
    ownDeparture: { status: 'none' },
    departure: null,
    documents: [],
    debt: { costs: [], repayments: [], balance: 0 },
    entryBans: [],
    registry: input.registeredAsMovedOn ? { status: 'moved', movedOn: input.registeredAsMovedOn } : { status: 'not-registered' },
    reEntryChecks: [],
  };
}

export const linkHelper = defineAction({
  id: 'case.link',
  process: 'case',
  title: 'Link a lawyer, guardian or reception centre',
  description: 'Gives a lawyer, a guardian or reception-centre staff access to this case (their client, ward or resident).',
  roles: ['udi', 'une', 'police'],
  from: ['open', 'departed'],
  input: z.strictObject({
    relation: z.enum(['lawyer', 'guardian', 'reception']),
    userId: z.uuid().describe('The staff account to link'),
  }),
  changesPersonalData: false,
  prepare: (_doc, input) => input,
  apply: (doc, payload) => ({
    ...doc,
    links: { ...doc.links, [payload.relation]: [...new Set([...doc.links[payload.relation], payload.userId])] },
  }),
});

export const recordDocument = defineAction({
  id: 'case.record-document',
  process: 'case',
  title: 'Record a document',
  description:
    'Records a document: a copy uploaded, one the person will send later, or an original the authorities hold (a passport handed in with a protection claim).',
  source:
    'seed-002: "If your documents are not available when you start filling out an application, you can still go ahead and submit your application and send in your documents to UDI later."',
  roles: ['udi', 'iom', 'police', 'lawyer', 'guardian', 'reception', 'person'],
  from: ['open'],
  input: z
    .strictObject({
      kind: z.enum(documentKinds),
      personId: z.uuid().nullable().default(null).describe('Whose document; null for the household'),
      status: z.enum(['uploaded', 'will-send-later', 'original-held']),
      description: z.string().max(500).optional(),
      content: uploadSchema.optional().describe('The copy itself (PDF, JPEG or PNG, at most 5 MiB), with status "uploaded"'),
    })
    .superRefine((input, issues) => {
      if (input.content !== undefined && input.status !== 'uploaded') {
        issues.addIssue({ code: 'custom', path: ['content'], message: 'only an uploaded document has content' });
      }
    }),
  check: (doc, input, ctx) => {
    precondition(
      input.personId === null || doc.household.some((p) => p.id === input.personId),
      'person-in-household',
      'The document must belong to someone in the household',
    );
    const role = ctx.principal.kind === 'staff' ? ctx.principal.role : 'person';
    precondition(
      input.status !== 'original-held' || role === 'udi' || role === 'police',
      'original-held-by-authority',
      'Only UDI or the police record originals they hold',
    );
  },
  prepare: (doc, input, ctx) => {
    // A document that was to be sent later and now arrives replaces the "later" entry.
    const pending = doc.documents.find((d) => d.kind === input.kind && d.personId === input.personId && d.status === 'will-send-later');
    const document: CaseDocument = {
      id: pending && input.status === 'uploaded' ? pending.id : ctx.newId(),
      personId: input.personId,
      kind: input.kind,
      status: input.status,
      receivedOn: input.status === 'will-send-later' ? null : ctx.today,
      original: input.status === 'original-held' ? 'held' : null,
      ...(input.description === undefined ? {} : { description: input.description }),
      ...(input.content === undefined
        ? {}
        : { file: { mediaType: input.content.mediaType, size: decodeUpload(input.content).size, sha256: decodeUpload(input.content).sha256 } }),
    };
    return { document };
  },
  apply: (doc, { document }) => ({ ...doc, documents: [...doc.documents.filter((d) => d.id !== document.id), document] }),
  files: (input, { document }) => {
    if (input.content === undefined) return [];
    const { bytes, sha256 } = decodeUpload(input.content);
    return [{ documentId: document.id, mediaType: input.content.mediaType, bytes, sha256 }];
  },
});

/**
 * A sign-in code for the person: with the case's reference it lets them sign in to their own case (to apply
 * for assisted return themself, send documents and follow the case). Given by those who help the household
 * apply (seed 002: the person applies alone or with IOM, a reception centre, a lawyer or a guardian), and by
 * UDI; told once, only its hash kept. A new code replaces the old one (a lost code), and applying replaces it
 * with the application's secret.
 */
export const issueSignInCode = defineAction({
  id: 'case.issue-sign-in-code',
  process: 'case',
  title: 'Give the person a sign-in code',
  description:
    'Gives the person a code to sign in to their own case with its reference, to apply for assisted return themself, send documents and follow the case. The code is told once (in `revealed.secret`); a new one replaces the old.',
  source: 'seed-002: "If you opt to send documents to UDI at a later time, log into the Send documents to UDI page on udi.no."',
  roles: ['udi', 'iom', 'reception', 'lawyer', 'guardian'],
  from: ['open'],
  input: z.strictObject({}),
  prepare: (_doc, _input, ctx) => {
    const secret = ctx.newSecret();
    ctx.reveal('secret', secret);
    return { secretHash: ctx.hashSecret(secret), on: ctx.today };
  },
  apply: (doc, p) => ({ ...doc, assistedReturn: { ...doc.assistedReturn, secretHash: p.secretHash } }),
});

export const caseActions = [linkHelper, recordDocument, issueSignInCode] as const;
