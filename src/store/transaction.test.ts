import { describe, expect, it } from 'vitest';
import { onPGlite, onPostgres } from '../../test/support/databases.ts';
import { openDatabase, type Store } from './db.ts';
import { createCase } from './events.ts';
import { withTransaction, type TransactionOptions } from './transaction.ts';
import { ReturError } from '../shared/errors.ts';

/** A promise each of `n` callers awaits; it resolves once all `n` are waiting. */
function barrier(n: number): () => Promise<void> {
  let waiting = 0;
  let release: () => void = () => {};
  const all = new Promise<void>((resolve) => {
    release = resolve;
  });
  return () => {
    waiting++;
    if (waiting === n) release();
    return all;
  };
}

/**
 * The classic write skew: "open the household's return case unless one is open". Each transaction reads,
 * finds none, and inserts. Read committed would let both insert; serializable must refuse one.
 */
function openUnlessOpen(store: Store, counter: { runs: number }, bothHaveRead?: () => Promise<void>, options?: TransactionOptions) {
  let attempt = 0;
  return withTransaction(
    store.db,
    async (trx) => {
      counter.runs++;
      attempt++;
      const open = await trx.selectFrom('cases').select('id').where('kind', '=', 'household_return').execute();
      if (attempt === 1 && bothHaveRead !== undefined) await bothHaveRead();
      if (open.length > 0) return 'found';
      await createCase(trx, {
        kind: 'household_return',
        status: 'planned',
        actor: { id: 'police-a', role: 'police' },
        events: [{ type: 'ReturnPlanned', payload: {} }],
      });
      return 'opened';
    },
    options,
  );
}

async function householdCases(store: Store): Promise<number> {
  return (await store.db.selectFrom('cases').select('id').where('kind', '=', 'household_return').execute()).length;
}

onPostgres((database) => {
  describe('withTransaction is serializable', () => {
    it('runs the loser of a write skew again, so the invariant across rows holds', async () => {
      const store = await database.open();
      const other = await openDatabase({ databaseUrl: store.url ?? '' });
      try {
        const counter = { runs: 0 };
        const bothHaveRead = barrier(2);
        const results = await Promise.all([openUnlessOpen(store, counter, bothHaveRead), openUnlessOpen(other, counter, bothHaveRead)]);

        expect(results.sort()).toEqual(['found', 'opened']);
        expect(await householdCases(store)).toBe(1);
        expect(counter.runs).toBe(3); // Both once, then the one PostgreSQL aborted (40001) once more.
      } finally {
        await other.close();
      }
    });

    it('gives up with STORE_TRANSACTION_CONFLICT after its last attempt, having written nothing', async () => {
      const store = await database.open();
      const other = await openDatabase({ databaseUrl: store.url ?? '' });
      try {
        const counter = { runs: 0 };
        const bothHaveRead = barrier(2);
        const results = await Promise.allSettled([
          openUnlessOpen(store, counter, bothHaveRead, { maxAttempts: 1 }),
          openUnlessOpen(other, counter, bothHaveRead, { maxAttempts: 1 }),
        ]);

        const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
        expect(failures).toHaveLength(1);
        expect(failures[0]).toBeInstanceOf(ReturError);
        expect(failures[0]).toMatchObject({ code: 'STORE_TRANSACTION_CONFLICT', details: { attempts: 1, sqlState: '40001' } });
        expect(await householdCases(store)).toBe(1);
      } finally {
        await other.close();
      }
    });
  });
});

onPGlite((database) => {
  it('runs concurrent transactions one after another on the single PGlite session', async () => {
    const store = await database.open();
    const counter = { runs: 0 };
    const results = await Promise.all([openUnlessOpen(store, counter), openUnlessOpen(store, counter)]);
    expect(results).toEqual(['opened', 'found']);
    expect(await householdCases(store)).toBe(1);
    expect(counter.runs).toBe(2);
  });
});
