/**
 * The audit trail: who read or changed personal data, in which role, when, on which case, what and why.
 * Record a change in the transaction that makes it; record a read before the data leaves the service, in
 * the transaction (or on the connection) that reads it, so that data is never shown without its audit row.
 * Rows are append-only (a trigger refuses UPDATE, DELETE and TRUNCATE).
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { errorCode } from './errors.ts';
import type { Actor } from './events.ts';
import type { Database } from './schema.ts';
import { ReturError } from '../shared/errors.ts';

export interface AuditEntry {
  readonly actor: Actor;
  /** The case whose data was read or changed; null for data outside a case (a list, an account). */
  readonly caseId: string | null;
  readonly action: 'read' | 'change';
  /** What was read or changed: 'case', 'person', 'documents', a route name ... */
  readonly what: string;
  /** Why: the purpose or the command ('casework', 'ApproveApplication', ...). */
  readonly why: string;
}

export interface AuditRecord extends AuditEntry {
  readonly id: number;
  readonly occurredAt: Date;
}

const text = z.string().min(1);
const entrySchema = z.object({
  actor: z.object({ id: text, role: text }),
  caseId: z.guid().nullable(),
  action: z.enum(['read', 'change']),
  what: text,
  why: text,
});

const auditRow = z.object({
  id: z.int(),
  actor: z.string(),
  role: z.string(),
  occurred_at: z.date(),
  case_id: z.string().nullable(),
  action: z.enum(['read', 'change']),
  what: z.string(),
  why: z.string(),
});

/** Writes one audit row per entry. An entry naming a case that does not exist throws STORE_NOT_FOUND. */
export async function recordAudit(executor: Kysely<Database>, entries: AuditEntry | readonly AuditEntry[]): Promise<void> {
  const list = isList(entries) ? entries : [entries];
  if (list.length === 0) return;
  const parsed = z.array(entrySchema).safeParse(list);
  if (!parsed.success) {
    throw new ReturError('STORE_INVALID_ARGUMENT', `recordAudit: ${z.prettifyError(parsed.error)}`, { issues: parsed.error.issues });
  }
  try {
    await executor
      .insertInto('audit')
      .values(parsed.data.map((e) => ({ actor: e.actor.id, role: e.actor.role, case_id: e.caseId, action: e.action, what: e.what, why: e.why })))
      .execute();
  } catch (error) {
    if (errorCode(error) === '23503') {
      throw new ReturError(
        'STORE_NOT_FOUND',
        'An audit entry names a case that does not exist.',
        {
          caseIds: parsed.data.map((e) => e.caseId),
        },
        { cause: error },
      );
    }
    throw error;
  }
}

function isList(entries: AuditEntry | readonly AuditEntry[]): entries is readonly AuditEntry[] {
  return Array.isArray(entries);
}

/** Audit rows, oldest first, for one case or one actor (or both). */
export async function readAudit(db: Kysely<Database>, filter: { caseId?: string; actorId?: string }): Promise<AuditRecord[]> {
  if (filter.caseId !== undefined && !z.guid().safeParse(filter.caseId).success) return [];
  let query = db.selectFrom('audit').selectAll().orderBy('id');
  if (filter.caseId !== undefined) query = query.where('case_id', '=', filter.caseId);
  if (filter.actorId !== undefined) query = query.where('actor', '=', filter.actorId);
  const rows = await query.execute();
  return rows.map((row) => {
    const r = auditRow.parse(row);
    return { id: r.id, actor: { id: r.actor, role: r.role }, occurredAt: r.occurred_at, caseId: r.case_id, action: r.action, what: r.what, why: r.why };
  });
}
