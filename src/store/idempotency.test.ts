import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { forEachDatabase, onPostgres } from '../../test/support/databases.ts';
import { openDatabase, type Store } from './db.ts';
import { createCase } from './events.ts';
import { claimIdempotencyKey, hashRequest, purgeIdempotencyKeys, saveIdempotentResponse } from './idempotency.ts';
import type { JsonValue } from './schema.ts';
import { withTransaction } from './transaction.ts';
import { ReturError } from '../shared/errors.ts';

const request = { method: 'POST', path: '/api/v1/assisted-return/applications', body: { name: 'A' } };

/** An API handler in miniature: one command per request, answered from the key when it was seen before. */
function handle(store: Store, key: string, actor: string, requestHash: string, fail = false) {
  return withTransaction(store.db, async (trx): Promise<{ status: number; body: JsonValue; replayed: boolean }> => {
    const claim = await claimIdempotencyKey(trx, { key, actor, requestHash });
    if (claim.state === 'replay') return { status: claim.status, body: claim.body, replayed: true };
    const created = await createCase(trx, {
      kind: 'assisted_return',
      status: 'submitted',
      actor: { id: actor, role: 'iom' },
      events: [{ type: 'ApplicationSubmitted', payload: {} }],
    });
    if (fail) throw new Error('the command failed after it started');
    const body = { id: created.case.id, version: created.case.version };
    await saveIdempotentResponse(trx, { key, actor, status: 201, body });
    return { status: 201, body, replayed: false };
  });
}

async function cases(store: Store): Promise<number> {
  return (await store.db.selectFrom('cases').select('id').execute()).length;
}

forEachDatabase((database) => {
  describe('idempotency keys', () => {
    it('runs the command once and answers a repeat with the stored response', async () => {
      const store = await database.open();
      const key = randomUUID();
      const first = await handle(store, key, 'iom-ola', hashRequest(request));
      const again = await handle(store, key, 'iom-ola', hashRequest(request));

      expect(first.replayed).toBe(false);
      expect(again).toEqual({ status: 201, body: first.body, replayed: true });
      expect(await cases(store)).toBe(1);
    });

    it('refuses the same key for a different request, and keeps keys of different actors apart', async () => {
      const store = await database.open();
      const key = randomUUID();
      await handle(store, key, 'iom-ola', hashRequest(request));

      const reused = await handle(store, key, 'iom-ola', hashRequest({ ...request, body: { name: 'B' } })).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(reused).toBeInstanceOf(ReturError);
      expect((reused as ReturError).code).toBe('STORE_IDEMPOTENCY_KEY_REUSED');

      expect((await handle(store, key, 'reception-eva', hashRequest(request))).replayed).toBe(false);
      expect(await cases(store)).toBe(2);
    });

    it('forgets the key when the command fails, so the retry runs it', async () => {
      const store = await database.open();
      const key = randomUUID();
      await expect(handle(store, key, 'iom-ola', hashRequest(request), true)).rejects.toThrow('failed after it started');
      expect(await cases(store)).toBe(0);

      expect((await handle(store, key, 'iom-ola', hashRequest(request))).replayed).toBe(false);
      expect(await cases(store)).toBe(1);
    });

    it('refuses to save a response for a key that was not claimed', async () => {
      const store = await database.open();
      const error = await withTransaction(store.db, (trx) => saveIdempotentResponse(trx, { key: 'k', actor: 'a', status: 200, body: null })).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((error as ReturError).code).toBe('STORE_INVALID_ARGUMENT');
    });

    it('purges keys created before a given time', async () => {
      const store = await database.open();
      await handle(store, 'k1', 'iom-ola', hashRequest(request));
      expect(await purgeIdempotencyKeys(store.db, new Date(Date.now() - 3_600_000))).toBe(0);
      expect(await purgeIdempotencyKeys(store.db, new Date(Date.now() + 3_600_000))).toBe(1);
      expect((await handle(store, 'k1', 'iom-ola', hashRequest(request))).replayed).toBe(false);
    });
  });
});

onPostgres((database) => {
  it('runs the command once when two instances receive the same key at the same time', async () => {
    const store = await database.open();
    const other = await openDatabase({ databaseUrl: store.url ?? '' });
    try {
      const key = randomUUID();
      const results = await Promise.all([handle(store, key, 'iom-ola', hashRequest(request)), handle(other, key, 'iom-ola', hashRequest(request))]);

      expect(results.map((r) => r.replayed).sort()).toEqual([false, true]);
      expect(results[0]?.body).toEqual(results[1]?.body);
      expect(await cases(store)).toBe(1);
    } finally {
      await other.close();
    }
  });
});
