/**
 * The event log: the record of every case. A case's events are numbered 1, 2, 3, ... and its `version` is
 * the number of its last event. Writing names the version the writer read (`expectedVersion`): if the case
 * has moved on, nothing is written and STORE_VERSION_CONFLICT is thrown (the API's 412), never a merge.
 *
 * The write functions take a transaction (`Trx`, from withTransaction) so that events, the projections the
 * caller writes beside them and the audit rows commit together or not at all.
 */
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { StoreError } from './errors.ts';
import type { Database, JsonObject } from './schema.ts';
import type { Trx } from './transaction.ts';

export { withTransaction, type Trx } from './transaction.ts';
export { recordAudit } from './audit.ts';

/** Who did it: the user or system id, and the role they acted in. */
export interface Actor {
  readonly id: string;
  readonly role: string;
}

export interface NewEvent {
  /** What happened, named in the past tense by the cases layer: 'ApplicationSubmitted'. */
  readonly type: string;
  readonly payload: JsonObject;
}

export interface StoredEvent {
  readonly caseId: string;
  readonly sequence: number;
  readonly type: string;
  readonly payload: JsonObject;
  readonly actor: string;
  readonly role: string;
  readonly occurredAt: Date;
}

export interface CaseRecord {
  readonly id: string;
  readonly kind: string;
  readonly status: string;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

const text = z.string().min(1);
const caseId = z.guid();
const actorSchema = z.object({ id: text, role: text });
const newEventSchema = z.object({ type: text, payload: z.record(z.string(), z.json()) });

const appendArgs = z.object({
  caseId,
  expectedVersion: z.int().min(0),
  actor: actorSchema,
  events: z.array(newEventSchema).min(1),
  status: text.optional(),
});

const createArgs = z.object({
  id: caseId.optional(),
  kind: text,
  status: text,
  actor: actorSchema,
  events: z.array(newEventSchema).min(1),
});

/** A row as both drivers return it (db.ts makes their value types agree); parsing it checks they do. */
const eventRow = z.object({
  case_id: z.string(),
  sequence: z.int(),
  type: z.string(),
  payload: z.record(z.string(), z.json()),
  actor: z.string(),
  role: z.string(),
  occurred_at: z.date(),
});

const caseRow = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.string(),
  version: z.int(),
  created_at: z.date(),
  updated_at: z.date(),
});

const EVENT_COLUMNS = ['case_id', 'sequence', 'type', 'payload', 'actor', 'role', 'occurred_at'] as const;
const CASE_COLUMNS = ['id', 'kind', 'status', 'version', 'created_at', 'updated_at'] as const;

function toEvent(row: unknown): StoredEvent {
  const r = eventRow.parse(row);
  return { caseId: r.case_id, sequence: r.sequence, type: r.type, payload: r.payload, actor: r.actor, role: r.role, occurredAt: r.occurred_at };
}

function toCase(row: unknown): CaseRecord {
  const r = caseRow.parse(row);
  return { id: r.id, kind: r.kind, status: r.status, version: r.version, createdAt: r.created_at, updatedAt: r.updated_at };
}

function parseArgs<T>(schema: z.ZodType<T>, args: unknown, fn: string): T {
  const result = schema.safeParse(args);
  if (!result.success) {
    throw new StoreError('STORE_INVALID_ARGUMENT', `${fn}: ${z.prettifyError(result.error)}`, { issues: result.error.issues });
  }
  return result.data;
}

function notFound(id: string): StoreError {
  return new StoreError('STORE_NOT_FOUND', `There is no case ${id}.`, { caseId: id });
}

/**
 * Opens a case: inserts it at version 0 and appends its first events (at least one, saying why it exists).
 * The id is the caller's (a UUID) or a new random one.
 */
export async function createCase(
  trx: Trx,
  args: { id?: string; kind: string; status: string; actor: Actor; events: readonly NewEvent[] },
): Promise<{ case: CaseRecord; events: StoredEvent[] }> {
  const a = parseArgs(createArgs, args, 'createCase');
  const inserted = await trx
    .insertInto('cases')
    .values({ ...(a.id === undefined ? {} : { id: a.id }), kind: a.kind, status: a.status, version: 0 })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted === undefined) {
    throw new StoreError('STORE_ALREADY_EXISTS', `A case ${a.id ?? ''} already exists.`, { caseId: a.id });
  }
  const appended = await appendEvents(trx, { caseId: inserted.id, expectedVersion: 0, actor: a.actor, events: a.events });
  return { case: appended.case, events: appended.events };
}

/**
 * Appends events to a case at `expectedVersion`, numbering them from expectedVersion + 1, and moves the
 * case to the new version (and to `status`, when given) in the same transaction.
 * Throws STORE_NOT_FOUND, or STORE_VERSION_CONFLICT with `details.expectedVersion` and
 * `details.actualVersion`; in both cases nothing is written.
 */
export async function appendEvents(
  trx: Trx,
  args: { caseId: string; expectedVersion: number; actor: Actor; events: readonly NewEvent[]; status?: string },
): Promise<{ case: CaseRecord; events: StoredEvent[] }> {
  const a = parseArgs(appendArgs, args, 'appendEvents');
  // The version check and the bump are one statement: a concurrent writer either sees our new version or
  // waits for our transaction and then finds its own expected version stale.
  const updated = await trx
    .updateTable('cases')
    .set({
      version: sql<number>`version + ${a.events.length}`,
      updated_at: sql<Date>`now()`,
      ...(a.status === undefined ? {} : { status: a.status }),
    })
    .where('id', '=', a.caseId)
    .where('version', '=', a.expectedVersion)
    .returning(CASE_COLUMNS)
    .executeTakeFirst();
  if (updated === undefined) {
    const current = await trx.selectFrom('cases').select('version').where('id', '=', a.caseId).executeTakeFirst();
    if (current === undefined) throw notFound(a.caseId);
    throw new StoreError(
      'STORE_VERSION_CONFLICT',
      `Case ${a.caseId} is at version ${current.version}, not ${a.expectedVersion}: it changed since it was read.`,
      { caseId: a.caseId, expectedVersion: a.expectedVersion, actualVersion: current.version },
    );
  }
  const rows = await trx
    .insertInto('events')
    .values(
      a.events.map((event, i) => ({
        case_id: a.caseId,
        sequence: a.expectedVersion + 1 + i,
        type: event.type,
        payload: JSON.stringify(event.payload),
        actor: a.actor.id,
        role: a.actor.role,
      })),
    )
    .returning(EVENT_COLUMNS)
    .execute();
  return { case: toCase(updated), events: rows.map(toEvent).sort((x, y) => x.sequence - y.sequence) };
}

/** The events of a case in order, or those after `afterSequence`. Throws STORE_NOT_FOUND for no such case. */
export async function readEvents(db: Kysely<Database>, id: string, options: { afterSequence?: number } = {}): Promise<StoredEvent[]> {
  if (!caseId.safeParse(id).success) throw notFound(id);
  const rows = await db
    .selectFrom('events')
    .select(EVENT_COLUMNS)
    .where('case_id', '=', id)
    .where('sequence', '>', options.afterSequence ?? 0)
    .orderBy('sequence')
    .execute();
  if (rows.length === 0) await getCase(db, id);
  return rows.map(toEvent);
}

/** The case row (kind, status, version, times). Throws STORE_NOT_FOUND for no such case. */
export async function getCase(db: Kysely<Database>, id: string): Promise<CaseRecord> {
  if (!caseId.safeParse(id).success) throw notFound(id);
  const row = await db.selectFrom('cases').select(CASE_COLUMNS).where('id', '=', id).executeTakeFirst();
  if (row === undefined) throw notFound(id);
  return toCase(row);
}
