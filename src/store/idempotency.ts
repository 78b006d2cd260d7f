/**
 * Idempotency-Key support for POSTs, inside the command's own transaction:
 *
 *   withTransaction(db, async (trx) => {
 *     const claim = await claimIdempotencyKey(trx, { key, actor, requestHash });
 *     if (claim.state === 'replay') return claim;               // the stored answer, nothing runs again
 *     const answer = await runTheCommand(trx);
 *     await saveIdempotentResponse(trx, { key, actor, status: 201, body: answer });
 *     return answer;
 *   });
 *
 * The key row and the command's writes commit together, so a command runs at most once per key. A second
 * request with the same key while the first is still running waits for it (the primary key is being
 * inserted), then replays its answer. If the command fails, its transaction and the key go together, and
 * the client's retry runs it afresh. Keys belong to the actor that sent them.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Database, JsonValue } from './schema.ts';
import type { Trx } from './transaction.ts';
import { ReturError } from '../shared/errors.ts';

export type IdempotencyClaim = { readonly state: 'new' } | { readonly state: 'replay'; readonly status: number; readonly body: JsonValue };

const claimArgs = z.object({ key: z.string().min(1).max(255), actor: z.string().min(1), requestHash: z.string().min(1) });

/** A stable hash of what makes two requests the same request (method, path, body). */
export function hashRequest(request: { method: string; path: string; body: unknown }): string {
  return createHash('sha256')
    .update(JSON.stringify([request.method.toUpperCase(), request.path, request.body ?? null]))
    .digest('hex');
}

/**
 * Claims `key` for this request, or returns the answer stored for it. Throws STORE_IDEMPOTENCY_KEY_REUSED
 * when the key was used by the same actor for a different request.
 */
export async function claimIdempotencyKey(trx: Trx, args: { key: string; actor: string; requestHash: string }): Promise<IdempotencyClaim> {
  const parsed = claimArgs.safeParse(args);
  if (!parsed.success) {
    throw new ReturError('STORE_INVALID_ARGUMENT', `claimIdempotencyKey: ${z.prettifyError(parsed.error)}`, { issues: parsed.error.issues });
  }
  const { key, actor, requestHash } = parsed.data;
  const inserted = await trx
    .insertInto('idempotency_keys')
    .values({ key, actor, request_hash: requestHash })
    .onConflict((oc) => oc.columns(['actor', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  if (inserted !== undefined) return { state: 'new' };

  const stored = await trx
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'response_status', 'response_body'])
    .where('actor', '=', actor)
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  if (stored.request_hash !== requestHash) {
    throw new ReturError('STORE_IDEMPOTENCY_KEY_REUSED', `The Idempotency-Key ${key} was already used for a different request.`, { key });
  }
  if (stored.response_status === null) {
    throw new ReturError('STORE_INVALID_ARGUMENT', `The Idempotency-Key ${key} was claimed but no response was saved with it (a bug in the caller).`, { key });
  }
  return { state: 'replay', status: stored.response_status, body: stored.response_body };
}

/** Stores the answer to the request that claimed `key`, in the same transaction. */
export async function saveIdempotentResponse(trx: Trx, args: { key: string; actor: string; status: number; body: JsonValue }): Promise<void> {
  const result = await trx
    .updateTable('idempotency_keys')
    .set({ response_status: args.status, response_body: JSON.stringify(args.body) })
    .where('actor', '=', args.actor)
    .where('key', '=', args.key)
    .executeTakeFirst();
  if (result.numUpdatedRows !== 1n) {
    throw new ReturError('STORE_INVALID_ARGUMENT', `saveIdempotentResponse: the key ${args.key} was not claimed in this transaction.`, { key: args.key });
  }
}

/** Deletes keys created before `before`. Returns how many. (The server runs it: startIdempotencyKeyPurge.) */
export async function purgeIdempotencyKeys(db: Kysely<Database>, before: Date): Promise<number> {
  const result = await db.deleteFrom('idempotency_keys').where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** How long a key is kept: a client retries within minutes, so a day is plenty. */
export const IDEMPOTENCY_KEY_LIFETIME_MS = 24 * 3600_000;

/** The advisory lock the purge takes, so that of several instances on one database one purges at a time. */
export const IDEMPOTENCY_PURGE_LOCK = 0x5245_5455; // "RETU"

/**
 * Deletes the keys older than IDEMPOTENCY_KEY_LIFETIME_MS, unless another instance is doing it right now
 * (it holds the advisory lock): then returns null and leaves it to that one.
 */
export async function purgeExpiredIdempotencyKeys(db: Kysely<Database>, now = new Date()): Promise<number | null> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ locked: boolean }>`SELECT pg_try_advisory_xact_lock(${IDEMPOTENCY_PURGE_LOCK}) AS locked`.execute(trx);
    if (rows[0]?.locked !== true) return null;
    return purgeIdempotencyKeys(trx, new Date(now.getTime() - IDEMPOTENCY_KEY_LIFETIME_MS));
  });
}

export interface PurgeJob {
  /** Stops the job and waits for a purge under way. */
  stop(): Promise<void>;
}

/**
 * Purges expired keys every `everyMs` (default an hour, so a key lives 24 to 25 hours), the first time after
 * `firstAfterMs` (default a minute). The timers do not keep the process alive. A failed purge is reported to
 * `onError` and tried again at the next tick.
 */
export function startIdempotencyKeyPurge(
  db: Kysely<Database>,
  options: { everyMs?: number; firstAfterMs?: number; onError?: (error: unknown) => void } = {},
): PurgeJob {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    running = purgeExpiredIdempotencyKeys(db).catch((error: unknown) => options.onError?.(error));
  };
  const first = setTimeout(() => {
    tick();
    interval.refresh();
  }, options.firstAfterMs ?? 60_000);
  const interval = setInterval(tick, options.everyMs ?? 3600_000);
  first.unref();
  interval.unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(interval);
      await running;
    },
  };
}
