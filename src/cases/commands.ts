/**
 * The case work on storage. Each command is one transaction: read the case (locked), check who may act,
 * the version the caller saw, the state and the conditions; append the event; write the projections (the
 * case document and its list columns, the links, the departures the statistics count); write the audit row;
 * and store the answer under the Idempotency-Key, so that a retry gets the same answer and the command runs
 * once. Reads of a case are audited too.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { caseWork } from '../store/tables.ts';
import type { Database, JsonObject, JsonValue } from '../store/schema.ts';
import { withTransaction, type Trx } from '../store/transaction.ts';
import { appendEvents, createCase, type AlsoInsert, type CaseProjection } from '../store/events.ts';
import { recordAudit } from '../store/audit.ts';
import { claimIdempotencyKey, hashRequest, saveIdempotentResponse } from '../store/idempotency.ts';
import { parseInput } from '../shared/parse.ts';
import { actionById } from './actions.ts';
import {
  canApplyForNewCase,
  canListCases,
  canOpenCase,
  canReadEvents,
  canSeeCase,
  canTake,
  eventsFor,
  noteHiddenEvent,
  versionFor,
  viewFor,
  type EventView,
} from './access.ts';
import { execute } from './execute.ts';
import { currentDeadline, type CaseDoc } from './model.ts';
import { applicantCaseInput, newCase, openCaseInput, openCaseInputOf, recordDocument } from './processes/case.ts';
import { apply as applyForAssistedReturn } from './processes/assisted-return.ts';
import { precondition, type ActionContext, type AnyAction } from './process.ts';
import { ageOn } from '../rules/engine/dates.ts';
import { actorOf, roleOf, type Principal } from './roles.ts';
import { assistedApplicationRow, departureRows, labApplicationRow, labCaseRow } from './projections.ts';
import { osloToday } from '../shared/clock.ts';
import { letterFor, type Letter, type LetterKind } from './letters.ts';
import { isoDateBetween, isoDateSchema, LATEST_DATE } from '../rules/engine/output.ts';
import { ReturError } from '../shared/errors.ts';

/** The database as the store opens it; the case work reads its own tables through `withTables`. */
export type Db = Kysely<Database>;
const q = caseWork;

export interface CommandResult {
  readonly case: CaseDoc;
  /** The case's version as the caller sees it (access.ts, versionFor): what its next If-Match sends. */
  readonly version: number;
  /** Told to the caller once and never stored in clear (the person's secret). */
  readonly revealed: Record<string, string>;
  /** On a replay: the names of what the first answer told once and that is not kept (so not told again). */
  readonly shownOnce?: readonly string[];
}

export interface CommandOptions {
  /** The version of the case as the caller sees it (versionFor) that the command is based on: the If-Match. */
  readonly expectedVersion?: number;
  readonly idempotencyKey?: string;
  /** The date and time of the command (tests); defaults to now. */
  readonly now?: Date;
}

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

function context(principal: Principal, now: Date, sequence: number, revealed: Record<string, string>): ActionContext {
  return {
    today: osloToday(now),
    at: now.toISOString(),
    principal,
    sequence,
    newId: () => randomUUID(),
    newSecret: () => randomBytes(12).toString('base64url'),
    hashSecret,
    reveal: (key, value) => {
      revealed[key] = value;
    },
  };
}

/** A reference a person can read out on the phone: RT- and eight characters without look-alikes. */
export function newReference(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(8);
  return `RT-${[...bytes].map((b) => alphabet[b % alphabet.length]).join('')}`;
}

const stateSchema = z.looseObject({ id: z.string(), household: z.array(z.unknown()) });

function docOf(state: unknown): CaseDoc {
  // The state column is written only by this module, from CaseDoc values; the check guards against a row
  // written by something else.
  stateSchema.parse(state);
  return state as CaseDoc;
}

/** The projection of a case on its row: the columns the lists filter and sort on, and the document. */
function columnsOf(doc: CaseDoc): CaseProjection {
  return {
    authority: doc.decision.authority,
    decision_kind: doc.decision.kind,
    deadline: currentDeadline(doc),
    assisted_status: doc.assistedReturn.status,
    appeal_status: doc.appeal.status,
    deferral_status: doc.deferral.status,
    forced_status: doc.forcedReturn.status,
    departed_on: doc.departure?.date ?? null,
    last_document_on: lastDocumentOn(doc),
    debt_balance: Math.max(0, doc.debt.balance),
    state: JSON.stringify(doc),
  };
}

/** The day the latest uploaded document arrived (UDI's queue of documents that arrived), or null. */
function lastDocumentOn(doc: CaseDoc): string | null {
  let latest: string | null = null;
  for (const d of doc.documents) if (d.status === 'uploaded' && d.receivedOn !== null && (latest === null || d.receivedOn > latest)) latest = d.receivedOn;
  return latest;
}

async function audit(db: Kysely<Database>, principal: Principal, caseId: string | null, action: 'read' | 'change', what: string, why: string): Promise<void> {
  await recordAudit(db, { actor: { id: actorOf(principal), role: roleOf(principal) }, caseId, action, what, why });
}

/**
 * JSON as stored: plain data only (what JSON.stringify keeps: undefined fields go). What JSON.parse gives is
 * JSON by construction, so it needs no check here; appendEvents checks event payloads once more, as the
 * store's boundary.
 */
function json(value: unknown): JsonObject {
  return JSON.parse(JSON.stringify(value ?? {})) as JsonObject;
}

/** What is kept of an answer under its Idempotency-Key: never the secret itself. */
const storedAnswer = z.object({ case: z.unknown(), version: z.number(), shownOnce: z.array(z.string()) });

/**
 * Runs a command once per Idempotency-Key: a retry with the same key and request gets the stored answer; the
 * same key with another request is refused. The answer is stored in the command's own transaction, without
 * what was told once (the person's secret): a replay names it in `shownOnce` instead. Keys are purged after
 * a day (startIdempotencyKeyPurge, run by the server).
 */
async function withIdempotency(
  trx: Trx | null,
  principal: Principal,
  key: string | undefined,
  request: { method: string; path: string; body: unknown },
  run: () => Promise<CommandResult>,
): Promise<CommandResult> {
  if (key === undefined) return run();
  if (trx === null) throw new Error('An idempotent command must run in a transaction');
  const actor = actorOf(principal);
  const claim = await claimIdempotencyKey(trx, { key, actor, requestHash: hashRequest(request) });
  if (claim.state === 'replay') {
    const stored = storedAnswer.parse(claim.body);
    return { case: docOf(stored.case), version: stored.version, revealed: {}, shownOnce: stored.shownOnce };
  }
  const result = await run();
  const answer: z.input<typeof storedAnswer> = { case: result.case, version: result.version, shownOnce: Object.keys(result.revealed) };
  await saveIdempotentResponse(trx, { key, actor, status: 200, body: json(answer) as JsonValue });
  return result;
}

/** A name as the border check compares it: lower case, each run of punctuation and spaces one space. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The event whose payload holds the facts the rules took at an application (processes/assisted-return.ts). */
const applyAction = 'assisted-return.apply';

/**
 * The rows a command writes beside its event: new links to helpers, the departures of a departure, the
 * assisted-return application when it changed (projections.ts), the people of a new case, and the policy
 * lab's rows: the case's when it changed, the application's with an application (`event`: the one written).
 */
function alsoInsert(before: CaseDoc | null, after: CaseDoc, event?: { readonly type: string; readonly payload: unknown }): AlsoInsert[] {
  const linked = (doc: CaseDoc | null) =>
    doc
      ? (['lawyer', 'guardian', 'reception'] as const).flatMap((relation) =>
          doc.links[relation].map((userId) => ({ case_id: doc.id, user_id: userId, relation })),
        )
      : [];
  const newLinks = linked(after).filter((l) => !linked(before).some((b) => b.user_id === l.user_id && b.relation === l.relation));
  const departures = after.departure && !before?.departure ? departureRows(after) : [];
  const application = assistedApplicationRow(after);
  const applicationChanged = application !== null && JSON.stringify(application) !== JSON.stringify(before === null ? null : assistedApplicationRow(before));
  const lab = labCaseRow(after);
  const labChanged = before === null || JSON.stringify(lab) !== JSON.stringify(labCaseRow(before));
  // The people of a new case, as the border check finds them (they do not change after the case is opened).
  const people =
    before === null
      ? after.household.map((p) => ({
          case_id: after.id,
          person_id: p.id,
          date_of_birth: p.dateOfBirth,
          citizenship: p.citizenships[0]!,
          name_key: nameKey(p.name),
        }))
      : [];
  return [
    { table: 'case_links', rows: newLinks },
    { table: 'departures', rows: departures },
    { table: 'case_people', rows: people },
    { table: 'assisted_return_applications', rows: applicationChanged ? [application] : [] },
    { table: 'lab_cases', rows: labChanged ? [lab] : [] },
    { table: 'lab_applications', rows: event?.type === applyAction ? [labApplicationRow(after.id, event.payload)] : [] },
  ];
}

/**
 * How a command runs. Its writes (the event, the case's projection, the audit row, links and departures)
 * are one statement (appendEvents), atomic on its own, and the case it rests on was read at the version that
 * statement checks: so a command without an Idempotency-Key and without files needs no transaction around
 * it, and costs two round trips. With a key (whose claim and stored answer must commit with the command) or
 * files (another table), it runs in a READ COMMITTED transaction that reads the case FOR UPDATE: the row lock
 * puts concurrent commands on one case in a line, each reads the case as the one before left it, and the
 * version check decides (200 or 412). Serializable would abort every waiter whose snapshot the lock holder
 * made stale, and give up after a few (a 503 where 200 or 412 was right). The Idempotency-Key's claim under
 * READ COMMITTED: a second request with the same key waits on the first one's uncommitted key row, then finds
 * it committed (and replays its answer) or gone (and runs).
 */
async function inCommand<T>(db: Db, transactional: boolean, fn: (executor: Db, trx: Trx | null) => Promise<T>): Promise<T> {
  if (!transactional) return fn(db, null);
  return withTransaction(db, (trx) => fn(trx, trx), { isolation: 'read committed' });
}

/** Opens a case: the decision that a household must leave. */
export async function openCase(db: Db, principal: Principal, raw: unknown, options: CommandOptions = {}): Promise<CommandResult> {
  if (!canOpenCase(principal)) throw new ReturError('AUTH_FORBIDDEN', 'Only UDI, UNE or the police open a case');
  const input = parseInput(openCaseInput, raw, 'case');
  const key = options.idempotencyKey;
  return inCommand(db, key !== undefined, (executor, trx) =>
    withIdempotency(trx, principal, key, { method: 'POST', path: '/cases', body: raw }, async () => {
      const now = options.now ?? new Date();
      const id = randomUUID();
      const doc = newCase(
        id,
        newReference(),
        input,
        input.household.map(() => randomUUID()),
        now.toISOString(),
      );
      await createCase(executor, {
        id,
        kind: 'return',
        status: doc.status,
        actor: { id: actorOf(principal), role: roleOf(principal) },
        events: [{ type: 'case.opened', payload: json({ input, personIds: doc.household.map((p) => p.id), reference: doc.reference, at: doc.openedAt }) }],
        projection: { reference: doc.reference, ...columnsOf(doc) },
        audit: { what: 'case.opened', why: 'decision registered' },
        also: alsoInsert(null, doc),
      });
      return { case: viewFor(principal, doc), version: versionFor(roleOf(principal), doc, 1), revealed: {} };
    }),
  );
}

/** What applying with no case gives: the new case as the person sees it, and its reference and secret, told once. */
export interface NewCaseApplication extends CommandResult {
  readonly reference: string;
  readonly secret: string;
}

/**
 * A person with no case in Retur applies for assisted return (the public pages, without a sign-in): one new
 * case, opened by the person (origin `applicant`, access.ts canApplyForNewCase), written as the events the
 * same actions write on any case, in one statement: `case.opened` with the applicant and the decision as they
 * told it, `case.record-document` for each copy the application asks for and that the person will send later
 * (their passport or ID document, and a residence permit when they return to a country not their own), and
 * `assisted-return.apply`, whose rules' answers and secret are those of every application. Every event is the
 * person's (`person:<reference>`), as if they had signed in to the case and applied. The secret is told once, in
 * the answer; UDI finds the case in its queue of applications (assisted_status `applied`).
 */
export async function applyForNewCase(db: Db, principal: Principal | null, raw: unknown, options: CommandOptions = {}): Promise<NewCaseApplication> {
  if (!canApplyForNewCase(principal)) throw new ReturError('AUTH_FORBIDDEN', 'Only someone with no case and no sign-in applies this way');
  const input = parseInput(applicantCaseInput, raw, 'application');
  const now = options.now ?? new Date();
  const today = osloToday(now);
  precondition(ageOn(input.applicant.dateOfBirth, today) >= 18, 'applicant-adult', 'Someone under 18 applies with their guardian');
  const id = randomUUID();
  const reference = newReference();
  const opened = openCaseInputOf(input);
  const personIds = [randomUUID()];
  const person: Principal = { kind: 'person', caseId: id, reference };
  const actor = actorOf(person);
  const revealed: Record<string, string> = {};
  let doc = newCase(id, reference, opened, personIds, now.toISOString(), 'applicant');
  const events: { type: string; payload: JsonObject }[] = [
    { type: 'case.opened', payload: json({ input: opened, personIds, reference, at: doc.openedAt, origin: 'applicant' }) },
  ];
  const take = (action: AnyAction, actionInput: unknown) => {
    const sequence = events.length + 1;
    const executed = execute(doc, action, actionInput, context(person, now, sequence, revealed), actor);
    doc = noteHiddenEvent(doc, executed.doc, sequence);
    events.push({ type: action.id, payload: json(executed.payload) });
  };
  const application = input.application;
  const [personId] = personIds as [string];
  take(recordDocument, { kind: 'id-document', personId, status: 'will-send-later' });
  if (application.destination !== input.applicant.citizenship)
    take(recordDocument, { kind: 'residence-permit-outside-eea', personId, status: 'will-send-later' });
  take(applyForAssistedReturn, { ...application, applicantId: personId, travellerIds: [personId] });
  const secret = revealed.secret;
  if (secret === undefined) throw new Error('The application revealed no secret');
  await createCase(db, {
    id,
    kind: 'return',
    status: doc.status,
    actor: { id: actor, role: 'person' },
    events,
    projection: { reference, ...columnsOf(doc) },
    audit: { what: 'case.opened', why: 'the person applied for assisted return with no case' },
    also: alsoInsert(null, doc),
  });
  return { case: viewFor(person, doc), version: versionFor('person', doc, events.length), revealed, reference, secret };
}

async function load(executor: Db, caseId: string, lock: boolean) {
  if (!z.uuid().safeParse(caseId).success) throw new ReturError('CASE_NOT_FOUND', 'No such case', { caseId });
  const query = q(executor).selectFrom('cases').select(['id', 'version', 'state']).where('id', '=', caseId);
  const row = await (lock ? query.forUpdate() : query).executeTakeFirst();
  if (!row || row.state === null) throw new ReturError('CASE_NOT_FOUND', 'No such case', { caseId });
  return { version: row.version, doc: docOf(row.state) };
}

/** A stale If-Match: the caller's view of the case moved on from the version it sent. */
const versionConflict = (current: number, expected: number) =>
  new ReturError('CASE_VERSION_CONFLICT', `The case is at version ${current}, not ${expected}`, { currentVersion: current });

/**
 * Takes an action on a case. The If-Match is compared with the case's version as the caller sees it
 * (versionFor), so a change the caller may not see neither refuses its write nor shows in the 412; the write
 * itself checks the case's real version in the store. A command without a transaction that finds the case
 * moved on between its read and its write is taken again with the case row locked (inCommand), where whether
 * the caller's version is stale is decided on the case as it then is.
 */
export async function act(db: Db, principal: Principal, caseId: string, actionId: string, raw: unknown, options: CommandOptions = {}): Promise<CommandResult> {
  const action: AnyAction | undefined = actionById(actionId);
  if (!action) throw new ReturError('CASE_NOT_FOUND', `No action ${actionId}`);
  const key = options.idempotencyKey;
  const request = { method: 'POST', path: `/cases/${caseId}/actions/${actionId}`, body: { raw, expectedVersion: options.expectedVersion ?? null } };
  const take = (locked: boolean) =>
    inCommand(db, locked, (executor, trx) =>
      withIdempotency(trx, principal, key, request, () => takeAction(executor, trx !== null, principal, caseId, action, raw, options)),
    );
  if (key !== undefined || action.files !== undefined) return take(true);
  try {
    return await take(false);
  } catch (error) {
    if (error instanceof ReturError && error.code === 'STORE_VERSION_CONFLICT') return take(true);
    throw error;
  }
}

async function takeAction(
  executor: Db,
  locked: boolean,
  principal: Principal,
  caseId: string,
  action: AnyAction,
  raw: unknown,
  options: CommandOptions,
): Promise<CommandResult> {
  const { version, doc } = await load(executor, caseId, locked);
  const role = roleOf(principal);
  if (!canSeeCase(principal, caseId, doc.links)) throw new ReturError('CASE_NOT_FOUND', 'No such case', { caseId });
  if (!canTake(principal, action, caseId, doc.links))
    throw new ReturError('AUTH_FORBIDDEN', `Your role may not: ${action.title.toLowerCase()}`, { action: action.id });
  if (options.expectedVersion === undefined) throw new ReturError('CASE_VERSION_REQUIRED', 'Send If-Match with the version of the case you based this on');
  const seen = versionFor(role, doc, version);
  if (options.expectedVersion !== seen) throw versionConflict(seen, options.expectedVersion);
  const now = options.now ?? new Date();
  const revealed: Record<string, string> = {};
  const executed = execute(doc, action, raw, context(principal, now, version + 1, revealed), actorOf(principal));
  const { payload, files } = executed;
  const after = noteHiddenEvent(doc, executed.doc, version + 1);
  const event = { type: action.id, payload: json(payload) };
  await appendEvents(executor, {
    caseId,
    expectedVersion: version,
    actor: { id: actorOf(principal), role },
    events: [event],
    status: after.status,
    projection: columnsOf(after),
    ...(action.changesPersonalData === false ? {} : { audit: { what: action.id, why: action.title } }),
    also: alsoInsert(doc, after, event),
  });
  for (const file of files) {
    const row = {
      case_id: caseId,
      document_id: file.documentId,
      media_type: file.mediaType,
      size: file.bytes.length,
      sha256: file.sha256,
      content: file.bytes,
    };
    await q(executor)
      .insertInto('document_files')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['case_id', 'document_id']).doUpdateSet({ media_type: row.media_type, size: row.size, sha256: row.sha256, content: row.content }),
      )
      .execute();
  }
  return { case: viewFor(principal, after), version: versionFor(role, after, version + 1), revealed };
}

/** The case as stored, when the caller may see it (not audited: the callers audit what they show). */
async function readable(db: Db, principal: Principal, caseId: string): Promise<{ doc: CaseDoc; version: number }> {
  if (!z.uuid().safeParse(caseId).success) throw new ReturError('CASE_NOT_FOUND', 'No such case', { caseId });
  const row = await q(db).selectFrom('cases').select(['version', 'state']).where('id', '=', caseId).executeTakeFirst();
  if (!row || row.state === null) throw new ReturError('CASE_NOT_FOUND', 'No such case', { caseId });
  const doc = docOf(row.state);
  if (!canSeeCase(principal, caseId, doc.links)) throw new ReturError('CASE_NOT_FOUND', 'No such case', { caseId });
  return { doc, version: row.version };
}

/**
 * The version of a case as a principal sees it, for code that takes a case through several hands (the demo
 * seed, tests): each hand's If-Match is its own view's version. Not audited: it shows nothing of the case.
 */
export async function versionAs(db: Db, principal: Principal, caseId: string): Promise<number> {
  const { doc, version } = await readable(db, principal, caseId);
  return versionFor(roleOf(principal), doc, version);
}

/** Reads a case as the caller may see it; the read is audited with its reason. */
export async function getCase(db: Db, principal: Principal, caseId: string, why: string): Promise<{ case: CaseDoc; version: number }> {
  const { doc, version } = await readable(db, principal, caseId);
  await audit(db, principal, caseId, 'read', 'case', why);
  return { case: viewFor(principal, doc), version: versionFor(roleOf(principal), doc, version) };
}

/** The bytes of an uploaded document, for those who may see the document (the read is audited). */
export async function documentContent(
  db: Db,
  principal: Principal,
  caseId: string,
  documentId: string,
  why: string,
): Promise<{ mediaType: string; bytes: Uint8Array }> {
  const { case: doc } = await getCase(db, principal, caseId, why);
  const document = doc.documents.find((d) => d.id === documentId);
  if (!document?.file) throw new ReturError('CASE_NOT_FOUND', 'No such document', { caseId, documentId });
  const row = await q(db)
    .selectFrom('document_files')
    .select(['media_type', 'content'])
    .where('case_id', '=', caseId)
    .where('document_id', '=', documentId)
    .executeTakeFirst();
  if (!row) throw new ReturError('CASE_NOT_FOUND', 'No such document', { caseId, documentId });
  await audit(db, principal, caseId, 'read', `document ${document.kind}`, why);
  return { mediaType: row.media_type, bytes: row.content };
}

/**
 * A decision letter of a case (letters.ts), built from the caller's view of it, so that it holds nothing the view
 * hides; null when the case has no such decision yet. The read is audited as a read of that letter, with why.
 */
export async function caseLetter(
  db: Db,
  principal: Principal,
  caseId: string,
  kind: LetterKind,
  why: string,
): Promise<{ letter: Letter | null; case: CaseDoc }> {
  const { doc } = await readable(db, principal, caseId);
  const view = viewFor(principal, doc);
  await audit(db, principal, caseId, 'read', `letter ${kind}`, why);
  return { letter: letterFor(view, kind), case: view };
}

/**
 * The event log of a case as the caller may see it (access.ts, eventsFor: only the events that changed its
 * view, numbered as it sees them, reduced where it sees their subject only in part; never a secret). Every
 * role that reads the case may read its log: the record behind each decision, for the person and their
 * helpers too. The read is audited as a read of the event log.
 */
export async function caseEvents(db: Db, principal: Principal, caseId: string, why: string): Promise<{ caseId: string; events: EventView[] }> {
  if (!canReadEvents(principal)) throw new ReturError('AUTH_FORBIDDEN', 'Your role does not read cases');
  const { doc } = await readable(db, principal, caseId);
  const rows = await q(db)
    .selectFrom('events')
    .select(['sequence', 'type', 'payload', 'actor', 'role', 'occurred_at'])
    .where('case_id', '=', caseId)
    .orderBy('sequence')
    .execute();
  await audit(db, principal, caseId, 'read', 'events', why);
  const stored = rows.map((r) => ({
    sequence: r.sequence,
    type: r.type,
    payload: r.payload,
    actor: r.actor,
    role: r.role,
    occurredAt: new Date(r.occurred_at).toISOString(),
  }));
  return { caseId: doc.id, events: eventsFor(principal, doc, stored) };
}

export const listFilters = z.strictObject({
  status: z.enum(['open', 'departed', 'closed']).optional(),
  authority: z.enum(['udi', 'une', 'police']).optional(),
  assistedReturn: z
    .string()
    .regex(/^[a-z-]+$/)
    .optional()
    .describe('Assisted-return state, e.g. applied'),
  deadlineBefore: isoDateSchema.optional().describe('Deadline on or before this date'),
  deadlineAfter: isoDateSchema.optional().describe('Deadline on or after this date'),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .describe("Open cases whose deadline has passed without a departure, and no deferred implementation granted or pending: the police's queue"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional().describe('The `next` of the previous page'),
});
export type ListFilters = z.output<typeof listFilters>;

const cursorSchema = z.tuple([z.string(), z.string()]);

// A case with no deadline must leave immediately: it sorts first in deadline order, as the most overdue.
const NO_DEADLINE = '0001-01-01';
const DEADLINE_ORDER = sql<string>`coalesce(deadline, ${sql.lit(NO_DEADLINE)}::date)`;
// The day of a cursor's key: a deadline, NO_DEADLINE or the day of a creation time (PostgreSQL has no year 0000).
const cursorDay = isoDateBetween(NO_DEADLINE, LATEST_DATE);

function encodeCursor(sortKey: string, id: string): string {
  return Buffer.from(JSON.stringify([sortKey, id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new ReturError('CASE_NOT_FOUND', 'That cursor is not one this list gave');
  }
}

export const caseSummarySchema = z
  .object({
    id: z.string(),
    reference: z.string().nullable(),
    status: z.string(),
    authority: z.string().nullable(),
    decisionKind: z.string().nullable(),
    deadline: z.string().nullable(),
    assistedReturn: z.string(),
    appeal: z.string(),
    deferral: z.string(),
    forcedReturn: z.string(),
    departedOn: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'CaseSummary', description: 'A case in a list: states and dates, no personal data' });
export type CaseSummary = z.infer<typeof caseSummarySchema>;

/**
 * Lists cases the caller may see, a page at a time (keyset pagination: stable under inserts). Overdue lists
 * and deadline filters sort by deadline; the rest by creation. The list holds no personal data.
 */
export async function listCases(db: Db, principal: Principal, filters: ListFilters, now = new Date()): Promise<{ items: CaseSummary[]; next: string | null }> {
  const role = roleOf(principal);
  if (!canListCases(principal) || principal.kind !== 'staff') {
    throw new ReturError('AUTH_FORBIDDEN', 'Your role does not list cases');
  }
  const byDeadline = filters.overdue === 'true' || filters.deadlineBefore !== undefined || filters.deadlineAfter !== undefined;
  const qd = q(db);
  let query = qd
    .selectFrom('cases')
    .select([
      'id',
      'reference',
      'status',
      'authority',
      'decision_kind',
      'deadline',
      'assisted_status',
      'appeal_status',
      'deferral_status',
      'forced_status',
      'departed_on',
      'version',
      'created_at',
    ])
    // The version as the caller sees it (versionFor): the log's length less the events hidden from its role.
    .select(sql<number>`coalesce(jsonb_array_length(state -> 'hiddenEvents' -> ${role}), 0)`.as('hidden_events'))
    .where('state', 'is not', null);
  if (role === 'lawyer' || role === 'guardian' || role === 'reception') {
    query = query.where('id', 'in', qd.selectFrom('case_links').select('case_id').where('user_id', '=', principal.userId).where('relation', '=', role));
  }
  if (filters.status) query = query.where('status', '=', filters.status);
  if (filters.authority) query = query.where('authority', '=', filters.authority);
  if (filters.assistedReturn) query = query.where('assisted_status', '=', filters.assistedReturn);
  if (filters.deadlineBefore) query = query.where('deadline', '<=', filters.deadlineBefore);
  if (filters.deadlineAfter) query = query.where('deadline', '>=', filters.deadlineAfter);
  if (filters.overdue === 'true') {
    query = query
      .where('status', '=', 'open')
      // No deadline means "leave immediately": such a case is overdue from the start.
      .where((eb) => eb.or([eb('deadline', '<', osloToday(now)), eb('deadline', 'is', null)]))
      .where('deferral_status', 'not in', ['requested', 'granted'])
      .where('appeal_status', '!=', 'reversed')
      .where('forced_status', '!=', 'executed');
  }
  if (filters.cursor) {
    const [key, id] = decodeCursor(filters.cursor);
    if (!cursorDay.safeParse(key.slice(0, 10)).success || (!z.iso.date().safeParse(key).success && !z.iso.datetime({ offset: true }).safeParse(key).success)) {
      throw new ReturError('CASE_NOT_FOUND', 'That cursor is not one this list gave');
    }
    if (!z.uuid().safeParse(id).success) throw new ReturError('CASE_NOT_FOUND', 'That cursor is not one this list gave');
    query = byDeadline
      ? query.where(sql<boolean>`(${DEADLINE_ORDER}, id) > (${key}::date, ${id}::uuid)`)
      : query.where(sql<boolean>`(created_at, id) > (${key}::timestamptz, ${id}::uuid)`);
  }
  query = byDeadline ? query.orderBy(DEADLINE_ORDER).orderBy('id') : query.orderBy('created_at').orderBy('id');
  const rows = await query.limit(filters.limit + 1).execute();
  const page = rows.slice(0, filters.limit);
  const last = page[page.length - 1];
  const next =
    rows.length > filters.limit && last ? encodeCursor(byDeadline ? (last.deadline ?? NO_DEADLINE) : new Date(last.created_at).toISOString(), last.id) : null;
  return {
    items: page.map((r) => ({
      id: r.id,
      reference: r.reference,
      status: r.status,
      authority: r.authority,
      decisionKind: r.decision_kind,
      deadline: r.deadline,
      assistedReturn: r.assisted_status,
      appeal: r.appeal_status,
      deferral: r.deferral_status,
      // As in viewFor: only the police learn of a forced return before it is carried out.
      forcedReturn: role === 'police' || r.forced_status === 'executed' ? r.forced_status : 'none',
      departedOn: r.departed_on,
      version: r.version - Number(r.hidden_events),
    })),
    next,
  };
}
