/**
 * The event log: the record of every case. A case's events are numbered 1, 2, 3, ... and its `version` is
 * the number of its last event. Writing names the version the writer read (`expectedVersion`): if the case
 * has moved on, nothing is written and STORE_VERSION_CONFLICT is thrown (the API's 412), never a merge.
 *
 * Each write function is one statement: the case row, its events, and the projection, audit row and other
 * rows the caller passes commit together or not at all, with or without a transaction around them. Pass a
 * transaction (`Trx`, from withTransaction) when other writes must commit with them.
 */
import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import { z } from 'zod';
import type { Database, JsonObject } from './schema.ts';
import { alsoTables, type AlsoTable, type CaseWorkTables } from './tables.ts';
import { ReturError } from '../shared/errors.ts';

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
/**
 * Plain JSON data: what JSON.stringify writes and JSON.parse gives back unchanged (no undefined, no NaN, no
 * Date or class instances). zod's z.json() says the same, but tries each branch of a union at every node
 * and took about 1 ms for an eligibility trace (47 KB): a sixth of a command's CPU.
 */
function isJson(value: unknown, depth: number): boolean {
  if (depth > 200) return false;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) return value.every((v) => isJson(v, depth + 1));
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      return Object.values(value).every((v) => isJson(v, depth + 1));
    }
    default:
      return false;
  }
}

const jsonObject = z.custom<JsonObject>((value) => typeof value === 'object' && value !== null && !Array.isArray(value) && isJson(value, 0), {
  message: 'a JSON object (plain data: no undefined, NaN, Infinity, dates or class instances)',
});
const newEventSchema = z.object({ type: text, payload: jsonObject });

const alsoSchema = z
  .array(z.object({ table: z.enum(Object.keys(alsoTables) as [AlsoTable, ...AlsoTable[]]), rows: z.array(z.record(z.string(), z.unknown())) }))
  .optional();

const appendArgs = z.object({
  caseId,
  expectedVersion: z.int().min(0),
  actor: actorSchema,
  events: z.array(newEventSchema).min(1),
  status: text.optional(),
  projection: z.record(z.string(), z.unknown()).optional(),
  audit: z.object({ what: text, why: text }).optional(),
  also: alsoSchema,
});

const createArgs = z.object({
  id: caseId.optional(),
  kind: text,
  status: text,
  actor: actorSchema,
  events: z.array(newEventSchema).min(1),
  projection: z.record(z.string(), z.unknown()).optional(),
  audit: z.object({ what: text, why: text }).optional(),
  also: alsoSchema,
});

/** A row as both drivers return it (db.ts makes their value types agree); parsing it checks they do. */
const eventRow = z.object({
  case_id: z.string(),
  sequence: z.int(),
  type: z.string(),
  payload: jsonObject,
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
    throw new ReturError('STORE_INVALID_ARGUMENT', `${fn}: ${z.prettifyError(result.error)}`, { issues: result.error.issues });
  }
  return result.data;
}

function notFound(id: string): ReturError {
  return new ReturError('STORE_NOT_FOUND', `There is no case ${id}.`, { caseId: id });
}

/** Columns of the case row that the case work writes with each event (its list columns and its document). */
export type CaseProjection = Updateable<CaseWorkTables['cases']>;

/**
 * Rows the case work writes beside an event (departures, links, the people of a new case, the assisted-return
 * application the statistics count), in the same statement; tables.ts `alsoTables` lists their columns.
 */
export type AlsoInsert = { [T in AlsoTable]: { readonly table: T; readonly rows: readonly Insertable<CaseWorkTables[T]>[] } }[AlsoTable];

/** What is written with the events, in the same statement. */
export interface WrittenWith {
  /** Projection columns to write on the case row with the new version. */
  readonly projection?: CaseProjection;
  /** An audit row for the change (who and which case are the append's). */
  readonly audit?: { readonly what: string; readonly why: string };
  /**
   * Rows to insert beside the events. A row already there (same key) is left as it is, or, in a table with a
   * `replaceOn` key in `alsoTables` (a projection), replaced.
   */
  readonly also?: readonly AlsoInsert[];
}

export interface AppendArgs extends WrittenWith {
  readonly caseId: string;
  readonly expectedVersion: number;
  readonly actor: Actor;
  readonly events: readonly NewEvent[];
  /** The case's new status, when it changes. */
  readonly status?: string;
}

export interface CreateArgs extends WrittenWith {
  /** A UUID; a new random one when not given. */
  readonly id?: string;
  readonly kind: string;
  readonly status: string;
  readonly actor: Actor;
  readonly events: readonly NewEvent[];
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
  'last_document_on',
  'debt_balance',
]);

function projectionOf(w: WrittenWith): [string, unknown][] {
  const projection = Object.entries(w.projection ?? {});
  for (const [column] of projection) {
    if (!projectionColumns.has(column as keyof CaseProjection))
      throw new ReturError('STORE_INVALID_ARGUMENT', `${column} is not a projection column`, { column });
  }
  return projection;
}

/**
 * The writes that follow the case row's insert or update in one statement, as CTEs that select from it
 * (`source`): so when the case row was not written (a stale version, an id taken), none of them is.
 */
function followingWrites(source: 'bumped' | 'created', firstSequence: number, actor: Actor, events: readonly NewEvent[], w: WrittenWith) {
  const from = sql.table(source);
  const values = events.map((event, i) => sql`(${firstSequence + i}::integer, ${event.type}::text, ${JSON.stringify(event.payload)}::jsonb)`);
  const ctes = [
    sql`appended AS (
      INSERT INTO events (case_id, sequence, type, payload, actor, role)
      SELECT ${from}.id, v.sequence, v.type, v.payload, ${actor.id}, ${actor.role}
      FROM ${from} CROSS JOIN (VALUES ${sql.join(values)}) AS v (sequence, type, payload)
      RETURNING occurred_at
    )`,
  ];
  if (w.audit) {
    ctes.push(sql`audited AS (
      INSERT INTO audit (actor, role, case_id, action, what, why)
      SELECT ${actor.id}, ${actor.role}, ${from}.id, 'change', ${w.audit.what}, ${w.audit.why} FROM ${from}
    )`);
  }
  for (const [i, insert] of (w.also ?? []).entries()) {
    if (insert.rows.length === 0) continue;
    const columns = Object.keys(insert.rows[0]!);
    const allowed = new Set<string>(alsoTables[insert.table]?.columns ?? []);
    if (allowed.size === 0 || columns.some((c) => !allowed.has(c)) || insert.rows.some((r) => Object.keys(r).join() !== columns.join())) {
      throw new ReturError('STORE_INVALID_ARGUMENT', `The rows for ${insert.table} do not have its columns, or not all the same ones`, { table: insert.table });
    }
    // jsonb_populate_recordset gives each value its column's type (date, uuid, boolean) from the table's row type.
    const list = sql.join(columns.map((c) => sql.ref(c)));
    const key: string | null = alsoTables[insert.table].replaceOn;
    const onConflict =
      key === null
        ? sql`ON CONFLICT DO NOTHING`
        : sql`ON CONFLICT (${sql.ref(key)}) DO UPDATE SET ${sql.join(columns.filter((c) => c !== key).map((c) => sql`${sql.ref(c)} = ${sql.ref(`excluded.${c}`)}`))}`;
    ctes.push(sql`${sql.raw(`also_${i}`)} AS (
      INSERT INTO ${sql.table(insert.table)} (${list})
      SELECT ${list} FROM jsonb_populate_recordset(NULL::${sql.table(insert.table)}, ${JSON.stringify(insert.rows)}::jsonb)
      WHERE EXISTS (SELECT FROM ${from})
      ${onConflict}
    )`);
  }
  return sql.join(ctes);
}

function storedEvents(caseId: string, firstSequence: number, actor: Actor, events: readonly NewEvent[], occurredAt: Date): StoredEvent[] {
  return events.map((event, i) => ({
    caseId,
    sequence: firstSequence + i,
    type: event.type,
    payload: event.payload,
    actor: actor.id,
    role: actor.role,
    occurredAt,
  }));
}

const returnedCase = sql.join(CASE_COLUMNS.map((c) => sql.ref(c)));

/**
 * Opens a case: inserts it at the version of its first events (at least one, saying why it exists), with
 * them, and with the projection, audit row and other rows given, in one statement.
 * The id is the caller's (a UUID) or a new random one. Throws STORE_ALREADY_EXISTS for an id taken.
 */
export async function createCase(executor: Kysely<Database>, args: CreateArgs): Promise<{ case: CaseRecord; events: StoredEvent[] }> {
  const a = parseArgs(createArgs, args, 'createCase');
  const projection = projectionOf(args);
  const columns = [sql`kind`, sql`status`, sql`version`, ...(a.id === undefined ? [] : [sql`id`]), ...projection.map(([c]) => sql.ref(c))];
  const values = [
    sql`${a.kind}`,
    sql`${a.status}`,
    sql`${a.events.length}`,
    ...(a.id === undefined ? [] : [sql`${a.id}`]),
    ...projection.map(([, v]) => sql`${v as unknown}`),
  ];
  const result = await sql<Record<string, unknown>>`
    WITH created AS (
      INSERT INTO cases (${sql.join(columns)}) VALUES (${sql.join(values)})
      ON CONFLICT (id) DO NOTHING
      RETURNING ${returnedCase}
    ), ${followingWrites('created', 1, a.actor, a.events, args)}
    SELECT created.*, (SELECT min(occurred_at) FROM appended) AS occurred_at FROM created`.execute(executor);
  const row = result.rows[0];
  if (row === undefined) throw new ReturError('STORE_ALREADY_EXISTS', `A case ${a.id ?? ''} already exists.`, { caseId: a.id });
  const created = toCase(row);
  return { case: created, events: storedEvents(created.id, 1, a.actor, a.events, z.date().parse(row.occurred_at)) };
}

/**
 * Appends events to a case at `expectedVersion`, numbering them from expectedVersion + 1, and moves the
 * case to the new version (and to `status`, when given); writes the `projection` columns, the `audit` row
 * and the `also` rows with them.
 * Throws STORE_NOT_FOUND, or STORE_VERSION_CONFLICT with `details.expectedVersion` and
 * `details.actualVersion`; in both cases nothing is written.
 *
 * It is one statement: the version check and bump (an UPDATE … RETURNING), and the inserts that select
 * from its result, so they write nothing when the version did not match. A concurrent writer either sees
 * our new version or waits for our transaction (or statement) and then finds its own expected version
 * stale. Being one statement, it is atomic on its own, without a transaction around it. One round trip
 * instead of four or five matters: a command's cost is mostly its statements (bench/README.md).
 * (Kysely's builder cannot join a VALUES list to a data-modifying CTE, so the statement is written with its
 * `sql` tag; every value is a parameter and every column name is checked against the lists above.)
 */
export async function appendEvents(executor: Kysely<Database>, args: AppendArgs): Promise<{ case: CaseRecord; events: StoredEvent[] }> {
  const a = parseArgs(appendArgs, args, 'appendEvents');
  const set = [
    sql`version = version + ${a.events.length}`,
    sql`updated_at = now()`,
    ...(a.status === undefined ? [] : [sql`status = ${a.status}`]),
    ...projectionOf(args).map(([column, value]) => sql`${sql.ref(column)} = ${value as unknown}`),
  ];
  const first = a.expectedVersion + 1;
  const result = await sql<Record<string, unknown>>`
    WITH bumped AS (
      UPDATE cases SET ${sql.join(set)} WHERE id = ${a.caseId} AND version = ${a.expectedVersion}
      RETURNING ${returnedCase}
    ), ${followingWrites('bumped', first, a.actor, a.events, args)}
    SELECT bumped.*, (SELECT min(occurred_at) FROM appended) AS occurred_at FROM bumped`.execute(executor);
  const updated = result.rows[0];
  if (updated === undefined) {
    const current = await executor.selectFrom('cases').select('version').where('id', '=', a.caseId).executeTakeFirst();
    if (current === undefined) throw notFound(a.caseId);
    throw new ReturError(
      'STORE_VERSION_CONFLICT',
      `Case ${a.caseId} is at version ${current.version}, not ${a.expectedVersion}: it changed since it was read.`,
      { caseId: a.caseId, expectedVersion: a.expectedVersion, actualVersion: current.version },
    );
  }
  return { case: toCase(updated), events: storedEvents(a.caseId, first, a.actor, a.events, z.date().parse(updated.occurred_at)) };
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
