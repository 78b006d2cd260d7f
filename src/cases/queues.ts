/**
 * The work queues of the staff console: for each role, the cases waiting for its next step, with a count,
 * filters, a choice of order and keyset paging (stable under inserts, fast on a million cases: each queue has
 * its own partial index, migration 0010). A queue lists no personal data: a case's reference, its decision,
 * dates and the states of its processes, as the API's list does; opening a case is the audited read.
 *
 * Which queues a role has is data (`queues` below); who may read a queue is the queue's `roles`, and the
 * lawyer's, guardian's and reception's queue holds only the cases they are linked to (access.ts).
 */
import { sql, type ExpressionBuilder, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { z } from 'zod';
import { isoDateSchema } from '../rules/engine/output.ts';
import { decisionKinds } from './model.ts';
import { caseWork, type ReturDatabase } from '../store/tables.ts';
import { roleOf, type Principal, type StaffRole } from './roles.ts';
import { osloToday } from '../shared/clock.ts';
import type { Db } from './commands.ts';
import { ReturError } from '../shared/errors.ts';

export const queueIds = [
  'udi.applications',
  'udi.documents',
  'iom.journeys',
  'une.appeals',
  'une.deferrals',
  'une.assisted-return-appeals',
  'police.overdue',
  'police.planned',
  'linked',
] as const;
export type QueueId = (typeof queueIds)[number];

type Where = (eb: ExpressionBuilder<ReturDatabase, 'cases'>, ctx: { principal: Principal; today: string }) => Expression<SqlBool>;

export interface QueueDefinition {
  readonly id: QueueId;
  readonly roles: readonly StaffRole[];
  /** The cases in the queue. */
  readonly where: Where;
  /** The order a queue opens in; the caseworker may choose another of `orders`. */
  readonly defaultOrder: QueueOrder;
}

export const queueOrders = ['oldest', 'newest', 'deadline', 'documents'] as const;
export type QueueOrder = (typeof queueOrders)[number];

// A case with no deadline must leave immediately: it sorts first in deadline order, as the most overdue.
const NO_DEADLINE = '0001-01-01';
const DEADLINE = sql<string>`coalesce(deadline, ${sql.lit(NO_DEADLINE)}::date)`;

const open: Where = (eb) => eb('status', '=', 'open');

export const queues: readonly QueueDefinition[] = [
  { id: 'udi.applications', roles: ['udi'], where: (eb) => eb('assisted_status', '=', 'applied'), defaultOrder: 'oldest' },
  {
    id: 'udi.documents',
    roles: ['udi'],
    where: (eb, { today }) => eb.and([eb('last_document_on', 'is not', null), eb('last_document_on', '>=', sql<string>`${today}::date - 30`)]),
    defaultOrder: 'documents',
  },
  // Granted: the journey is IOM's to arrange; arranged: the departure is IOM's to record when the household has left.
  { id: 'iom.journeys', roles: ['iom'], where: (eb) => eb('assisted_status', 'in', ['granted', 'travel-arranged']), defaultOrder: 'oldest' },
  { id: 'une.appeals', roles: ['une'], where: (eb) => eb('appeal_status', '=', 'registered'), defaultOrder: 'oldest' },
  { id: 'une.deferrals', roles: ['une'], where: (eb) => eb('deferral_status', '=', 'requested'), defaultOrder: 'oldest' },
  { id: 'une.assisted-return-appeals', roles: ['une'], where: (eb) => eb('assisted_status', '=', 'appealed'), defaultOrder: 'oldest' },
  {
    id: 'police.overdue',
    roles: ['police'],
    // As the API's overdue list: open, the deadline passed (or none given), no deferral, not reversed, not carried out.
    where: (eb, ctx) =>
      eb.and([
        open(eb, ctx),
        eb.or([eb('deadline', '<', ctx.today), eb('deadline', 'is', null)]),
        eb('deferral_status', 'not in', ['requested', 'granted']),
        eb('appeal_status', '!=', 'reversed'),
        eb('forced_status', '!=', 'executed'),
      ]),
    defaultOrder: 'deadline',
  },
  { id: 'police.planned', roles: ['police'], where: (eb) => eb('forced_status', '=', 'planned'), defaultOrder: 'oldest' },
  {
    id: 'linked',
    roles: ['lawyer', 'guardian', 'reception'],
    where: (eb, { principal }) => {
      const role = roleOf(principal);
      const userId = principal.kind === 'staff' ? principal.userId : '00000000-0000-0000-0000-000000000000';
      return eb(
        'id',
        'in',
        eb
          .selectFrom('case_links')
          .select('case_id')
          .where('user_id', '=', userId)
          .where('relation', '=', role as 'lawyer'),
      );
    },
    defaultOrder: 'newest',
  },
];

export function queuesFor(principal: Principal): readonly QueueDefinition[] {
  const role = roleOf(principal);
  return principal.kind === 'staff' ? queues.filter((q) => (q.roles as readonly string[]).includes(role)) : [];
}

export const queueQuery = z.strictObject({
  order: z.enum(queueOrders).optional(),
  decisionKind: z.enum(decisionKinds).optional().describe('Only cases with this kind of decision'),
  authority: z.enum(['udi', 'une', 'police']).optional(),
  deadlineBefore: isoDateSchema.optional().describe('Deadline on or before this date'),
  deadlineAfter: isoDateSchema.optional().describe('Deadline on or after this date'),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(300).optional(),
});
export type QueueQuery = z.output<typeof queueQuery>;

export interface QueueItem {
  readonly id: string;
  readonly reference: string | null;
  readonly decisionKind: string | null;
  readonly authority: string | null;
  readonly deadline: string | null;
  readonly openedAt: string;
  readonly assistedReturn: string;
  readonly appeal: string;
  readonly deferral: string;
  /** As the role's view shows it: a planned return only to the police. */
  readonly forcedReturn: string;
  readonly lastDocumentOn: string | null;
}

/**
 * A queue counts its cases exactly up to this many; beyond it says "more than" (`countIsAtLeast`). Counting
 * a queue of 250,000 overdue cases exactly costs a read of each of them on every page; a caseworker needs
 * to know there are many, not how many.
 */
export const COUNT_CAP = 1000;

export interface QueuePage {
  readonly queue: QueueId;
  readonly order: QueueOrder;
  /** The number of cases in the queue (filters applied), at most COUNT_CAP. */
  readonly count: number;
  /** True when the queue holds more than `count` (= COUNT_CAP) cases. */
  readonly countIsAtLeast: boolean;
  readonly items: readonly QueueItem[];
  readonly next: string | null;
}

/**
 * A cursor is the last row's sort key and id. A key that is null (a case without a deadline, or without a
 * document) is written as JSON null, not as the sentinel it sorts as: the sentinel is no date a caller may
 * give, so a cursor holding it would be refused as one this queue never gave.
 */
const cursorSchema = z.tuple([z.string().max(40).nullable(), z.uuid()]);
const microsecondInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const badCursor = () => new ReturError('CASE_NOT_FOUND', 'That cursor is not one this queue gave');

function decodeCursor(cursor: string): [string | null, string] {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw badCursor();
  }
}

/**
 * The sort key of each order (what the index and ORDER BY use), the key as text for the cursor (null where
 * the column is null; a timestamp to the microsecond, so that a page boundary between two cases opened in one
 * millisecond loses neither), and the value a null key sorts as (only where the key may be null).
 */
const CREATED_TEXT = sql<string>`to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
interface OrderKey {
  readonly sql: RawBuilder<string>;
  readonly text: RawBuilder<string | null>;
  readonly direction: 'asc' | 'desc';
  readonly cast: 'timestamptz' | 'date';
  readonly whenNull?: string;
}
const orderKey: Record<QueueOrder, OrderKey> = {
  oldest: { sql: sql<string>`created_at`, text: CREATED_TEXT, direction: 'asc', cast: 'timestamptz' },
  newest: { sql: sql<string>`created_at`, text: CREATED_TEXT, direction: 'desc', cast: 'timestamptz' },
  deadline: { sql: DEADLINE, text: sql<string | null>`deadline::text`, direction: 'asc', cast: 'date', whenNull: NO_DEADLINE },
  documents: {
    sql: sql<string>`coalesce(last_document_on, ${sql.lit(NO_DEADLINE)}::date)`,
    text: sql<string | null>`last_document_on::text`,
    direction: 'desc',
    cast: 'date',
    whenNull: NO_DEADLINE,
  },
};

/** The keyset condition "after the cursor's row" in the order's direction. */
function afterCursor(key: OrderKey, cursor: string): Expression<SqlBool> {
  const [after, id] = decodeCursor(cursor);
  let value: Expression<unknown>;
  if (after === null) {
    if (key.whenNull === undefined) throw badCursor();
    value = sql`${sql.lit(key.whenNull)}::date`;
  } else if (key.cast === 'date') {
    if (!isoDateSchema.safeParse(after).success) throw badCursor();
    value = sql`${after}::date`;
  } else {
    if (!microsecondInstant.test(after)) throw badCursor();
    value = sql`${after}::timestamptz`;
  }
  return key.direction === 'asc' ? sql<SqlBool>`(${key.sql}, id) > (${value}, ${id}::uuid)` : sql<SqlBool>`(${key.sql}, id) < (${value}, ${id}::uuid)`;
}

/** One page of a queue, with the number of cases in it (filters applied). */
export async function readQueue(db: Db, principal: Principal, queueId: QueueId, query: QueueQuery, now = new Date()): Promise<QueuePage> {
  const queue = queuesFor(principal).find((q) => q.id === queueId);
  if (!queue) throw new ReturError('AUTH_FORBIDDEN', 'That queue is not one of your role’s');
  const order = query.order ?? queue.defaultOrder;
  const key = orderKey[order];
  const ctx = { principal, today: osloToday(now) };
  const role = roleOf(principal);
  let base = caseWork(db)
    .selectFrom('cases')
    .where('state', 'is not', null)
    .where((eb) => queue.where(eb, ctx));
  if (query.decisionKind) base = base.where('decision_kind', '=', query.decisionKind);
  if (query.authority) base = base.where('authority', '=', query.authority);
  if (query.deadlineBefore) base = base.where('deadline', '<=', query.deadlineBefore);
  if (query.deadlineAfter) base = base.where('deadline', '>=', query.deadlineAfter);

  let page = base.select([
    'id',
    'reference',
    'decision_kind',
    'authority',
    'deadline',
    'created_at',
    'assisted_status',
    'appeal_status',
    'deferral_status',
    'forced_status',
    'last_document_on',
    key.text.as('sort_key'),
  ]);
  if (query.cursor) {
    const cursor = query.cursor;
    page = page.where(() => afterCursor(key, cursor));
  }
  const rows = await page
    .orderBy(key.sql, key.direction)
    .orderBy('id', key.direction)
    .limit(query.limit + 1)
    .execute();
  // In the page's order, so that PostgreSQL walks the index the page reads and stops after COUNT_CAP + 1
  // (unordered, it chose a bitmap of the whole queue for UDI's 44,000 documents: 56 ms at 1,000,000 cases).
  const counted = await caseWork(db)
    .selectFrom(
      base
        .select(sql<number>`1`.as('one'))
        .orderBy(key.sql, key.direction)
        .orderBy('id', key.direction)
        .limit(COUNT_CAP + 1)
        .as('capped'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const shown = rows.slice(0, query.limit);
  const last = shown[shown.length - 1];
  return {
    queue: queue.id,
    order,
    count: Math.min(Number(counted.n), COUNT_CAP),
    countIsAtLeast: Number(counted.n) > COUNT_CAP,
    items: shown.map((r) => ({
      id: r.id,
      reference: r.reference,
      decisionKind: r.decision_kind,
      authority: r.authority,
      deadline: r.deadline,
      openedAt: new Date(r.created_at).toISOString(),
      assistedReturn: r.assisted_status,
      appeal: r.appeal_status,
      deferral: r.deferral_status,
      // As in viewFor: only the police learn of a forced return before it is carried out.
      forcedReturn: role === 'police' || r.forced_status === 'executed' ? r.forced_status : 'none',
      lastDocumentOn: r.last_document_on,
    })),
    next: rows.length > query.limit && last ? Buffer.from(JSON.stringify([last.sort_key, last.id])).toString('base64url') : null,
  };
}
