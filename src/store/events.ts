/**
 * The event log: the record of every case. A case's events are numbered 1, 2, 3, ... and its `version` is
 * the number of its last event. Writing names the version the writer read (`expectedVersion`): if the case
 * has moved on, nothing is written and STORE_VERSION_CONFLICT is thrown (the API's 412), never a merge.
 *
 * The write functions take a transaction (`Trx`, from withTransaction) so that events, the projections the
 * caller writes beside them and the audit rows commit together or not at all.
 */
import { sql, type Kysely, type Updateable } from 'kysely';
import { z } from 'zod';
import { StoreError } from './errors.ts';
import type { Database, JsonObject } from './schema.ts';
import type { CaseWorkTables } from './tables.ts';
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
  projection: z.record(z.string(), z.unknown()).optional(),
  audit: z.object({ what: text, why: text }).optional(),
});

const createArgs = z.object({
  id: caseId.optional(),
  kind: text,
  status: text,
  actor: actorSchema,
  events: z.array(newEventSchema).min(1),
  projection: z.record(z.string(), z.unknown()).optional(),
  audit: z.object({ what: text, why: text }).optional(),
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
  args: { id?: string; kind: string; status: string; actor: Actor; events: readonly NewEvent[]; projection?: CaseProjection; audit?: AppendArgs['audit'] },
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
  const appended = await appendEvents(trx, {
    caseId: inserted.id,
    expectedVersion: 0,
    actor: a.actor,
    events: a.events,
    ...(args.projection === undefined ? {} : { projection: args.projection }),
    ...(a.audit === undefined ? {} : { audit: a.audit }),
  });
  return { case: appended.case, events: appended.events };
}

/** Columns of the case row that the case work writes with each event (its list columns and its document). */
export type CaseProjection = Updateable<CaseWorkTables['cases']>;

export interface AppendArgs {
  readonly caseId: string;
  readonly expectedVersion: number;
  readonly actor: Actor;
  readonly events: readonly NewEvent[];
  /** The case's new status, when it changes. */
  readonly status?: string;
  /** Projection columns to write on the case row with the new version. */
  readonly projection?: CaseProjection;
  /** An audit row for the change (who and which case are the append's). */
  readonly audit?: { readonly what: string; readonly why: string };
}

const projectionColumns = new Set<keyof CaseProjection>([
  'reference',
  'state',
  'authority',
  'decision_kind',
  'deadline',
  'assisted_status',
  'appeal_status',
  'deferral_status',
  'forced_status',
  'departed_on',
]);

/**
 * Appends events to a case at `expectedVersion`, numbering them from expectedVersion + 1, and moves the
 * case to the new version (and to `status`, when given) in the same transaction; writes the `projection`
 * columns and the `audit` row with them.
 * Throws STORE_NOT_FOUND, or STORE_VERSION_CONFLICT with `details.expectedVersion` and
 * `details.actualVersion`; in both cases nothing is written.
 *
 * It is one statement: the version check and bump (an UPDATE … RETURNING), and the inserts of the events and
 * the audit row that select from its result, so they write nothing when the version did not match. A
 * concurrent writer either sees our new version or waits for our transaction and then finds its own
 * expected version stale. One round trip instead of four matters: a command's cost is mostly its statements.
 * (Kysely's builder cannot join a VALUES list to a data-modifying CTE, so the statement is written with its
 * `sql` tag; every value is a parameter and every column name comes from the lists above.)
 */
export async function appendEvents(trx: Trx, args: AppendArgs): Promise<{ case: CaseRecord; events: StoredEvent[] }> {
  const a = parseArgs(appendArgs, args, 'appendEvents');
  const projection = Object.entries(args.projection ?? {});
  for (const [column] of projection) {
    if (!projectionColumns.has(column as keyof CaseProjection)) throw new StoreError('STORE_INVALID_ARGUMENT', `appendEvents: ${column} is not a projection column`, { column });
  }
  const set = [
    sql`version = version + ${a.events.length}`,
    sql`updated_at = now()`,
    ...(a.status === undefined ? [] : [sql`status = ${a.status}`]),
    ...projection.map(([column, value]) => sql`${sql.ref(column)} = ${value as unknown}`),
  ];
  const rows = a.events.map((event, i) => sql`(${a.expectedVersion + 1 + i}::integer, ${event.type}::text, ${JSON.stringify(event.payload)}::jsonb)`);
  const audited = a.audit
    ? sql`, audited AS (
        INSERT INTO audit (actor, role, case_id, action, what, why)
        SELECT ${a.actor.id}, ${a.actor.role}, bumped.id, 'change', ${a.audit.what}, ${a.audit.why} FROM bumped
      )`
    : sql``;
  const result = await sql<Record<string, unknown>>`
    WITH bumped AS (
      UPDATE cases SET ${sql.join(set)} WHERE id = ${a.caseId} AND version = ${a.expectedVersion}
      RETURNING ${sql.join(CASE_COLUMNS.map((c) => sql.ref(c)))}
    ), appended AS (
      INSERT INTO events (case_id, sequence, type, payload, actor, role)
      SELECT bumped.id, v.sequence, v.type, v.payload, ${a.actor.id}, ${a.actor.role}
      FROM bumped CROSS JOIN (VALUES ${sql.join(rows)}) AS v (sequence, type, payload)
      RETURNING occurred_at
    )${audited}
    SELECT bumped.*, (SELECT min(occurred_at) FROM appended) AS occurred_at FROM bumped`.execute(trx);
  const updated = result.rows[0];
  if (updated === undefined) {
    const current = await trx.selectFrom('cases').select('version').where('id', '=', a.caseId).executeTakeFirst();
    if (current === undefined) throw notFound(a.caseId);
    throw new StoreError(
      'STORE_VERSION_CONFLICT',
      `Case ${a.caseId} is at version ${current.version}, not ${a.expectedVersion}: it changed since it was read.`,
      { caseId: a.caseId, expectedVersion: a.expectedVersion, actualVersion: current.version },
    );
  }
  const occurredAt = z.date().parse(updated.occurred_at);
  const events = a.events.map(
    (event, i): StoredEvent => ({ caseId: a.caseId, sequence: a.expectedVersion + 1 + i, type: event.type, payload: event.payload, actor: a.actor.id, role: a.actor.role, occurredAt }),
  );
  return { case: toCase(updated), events };
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
