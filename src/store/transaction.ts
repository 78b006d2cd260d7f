/**
 * One command, one transaction. Transactions are SERIALIZABLE: PostgreSQL then guarantees that concurrent
 * commands have the effect of running one after another, so an invariant that spans rows or cases (one open
 * application per person, a household returned together, an idempotency key used once) holds without each
 * command having to think about locks. The price is that PostgreSQL may abort a transaction that collided
 * with another (SQLSTATE 40001, or 40P01 for a deadlock); withTransaction then runs `fn` again on a fresh
 * snapshot, a few times with a short random pause, before giving up with STORE_TRANSACTION_CONFLICT.
 *
 * So `fn` must be safe to run more than once: it only reads and writes through `trx`, and does nothing
 * outside the database (no e-mails, no HTTP calls) until withTransaction has returned. PGlite has a single
 * session, so there its transactions never collide.
 */
import type { Kysely, Transaction } from 'kysely';
import { errorCode } from './errors.ts';
import type { Database } from './schema.ts';
import { ReturError } from '../shared/errors.ts';

export type Trx = Transaction<Database>;

export interface TransactionOptions {
  /** How many times to run `fn` in all before giving up (default 5). */
  readonly maxAttempts?: number;
  /**
   * SERIALIZABLE unless said otherwise. READ COMMITTED is for a transaction that orders itself with row
   * locks (a case command reads its case FOR UPDATE): it sees what the lock's previous holder committed, and
   * is never aborted for it.
   */
  readonly isolation?: 'serializable' | 'read committed';
}

const RETRYABLE = new Set(['40001', '40P01']);

export async function withTransaction<T>(db: Kysely<Database>, fn: (trx: Trx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  const maxAttempts = options.maxAttempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db
        .transaction()
        .setIsolationLevel(options.isolation ?? 'serializable')
        .execute(fn);
    } catch (error) {
      if (!isSerializationFailure(error)) throw error;
      if (attempt >= maxAttempts) {
        throw new ReturError(
          'STORE_TRANSACTION_CONFLICT',
          `The transaction collided with concurrent ones ${attempt} times and was abandoned; nothing was written.`,
          { attempts: attempt, sqlState: errorCode(error) },
          { cause: error },
        );
      }
      // Up to 10, 20, 40, 80 ms: spreads out the commands that collided so they do not collide again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** (attempt - 1)));
    }
  }
}

/** True for the database errors withTransaction retries (exported for tests and callers' logging). */
export function isSerializationFailure(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && RETRYABLE.has(code);
}
