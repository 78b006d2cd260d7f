import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../src/store/events.ts';
import { withTransaction } from '../../src/store/transaction.ts';
import type { Store } from '../../src/store/db.ts';
import { forEachDatabase, type TestStore } from './databases.ts';

async function addCase(store: Store): Promise<string> {
  const created = await withTransaction(store.db, (trx) =>
    createCase(trx, { id: randomUUID(), kind: 'k', status: 's', actor: { id: 'a', role: 'admin' }, events: [{ type: 'Opened', payload: {} }] }),
  );
  return created.case.id;
}

async function caseIds(store: Store): Promise<string[]> {
  return (await store.db.selectFrom('cases').select('id').execute()).map((r) => r.id);
}

forEachDatabase((database) => {
  describe('the test harness', () => {
    it('gives every open() a database of its own, one after another or at the same time', async () => {
      const first = await database.open();
      const id = await addCase(first);
      await first.close();

      const second = await database.open();
      const third = await database.open();
      expect(await caseIds(second)).toEqual([]);
      const other = await addCase(third);
      expect(await caseIds(second)).toEqual([]);
      expect(await caseIds(third)).toEqual([other]);
      expect(other).not.toBe(id);
    });

    it("refuses every query of a closed store, so that a test that timed out and runs on cannot write into the next test's database", async () => {
      const late = await database.open();
      await late.close();
      const next = await database.open();
      await expect(caseIds(late)).rejects.toThrow(/closed/);
      await expect(addCase(late)).rejects.toThrow();
      await expect(late.runScript(late.db, 'SELECT 1')).rejects.toThrow(/closed/);
      expect(await caseIds(next)).toEqual([]);
    });

    it('gives an empty database on request', async () => {
      const store = await database.open({ migrated: false });
      const tables = await sql<{ n: number }>`SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = current_schema()`.execute(store.db);
      expect(tables.rows[0]?.n).toBe(0);
    });
  });

  describe('a store opened in beforeAll', () => {
    let shared: TestStore;
    let firstId = '';
    beforeAll(async () => {
      shared = await database.open();
    });

    it('is open in the first test', async () => {
      firstId = await addCase(shared);
    });

    it('is still open, with the same data, in the next', async () => {
      expect(await caseIds(shared)).toEqual([firstId]);
    });
  });
});
