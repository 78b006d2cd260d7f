/**
 * Opening a case (the decision that a household must leave), linking the people who help the household,
 * and recording documents. These belong to no single process.
 */
import { z } from 'zod';
import { isoDateSchema } from '../../rules/engine/output.ts';
import { decisionInput, documentKinds, personInput, type CaseDoc, type CaseDocument, type Person } from '../model.ts';
import { defineAction, precondition } from '../process.ts';
import { decodeUpload, uploadSchema } from '../uploads.ts';

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

/** The case as it stands when the decision is registered. */
export function newCase(id: string, reference: string, input: OpenCaseInput, personIds: readonly string[], at: string): CaseDoc {
  const household: Person[] = input.household.map((p, i) => ({ ...p, id: personIds[i]! }));
  return {
    id,
    reference,
    status: 'open',
    openedAt: at,
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
