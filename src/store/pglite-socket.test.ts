/**
 * One PGlite data directory, its holder and a command beside it through the socket in the directory: the
 * command sees and writes the same data with the same values, and the one session is never shared in the
 * middle of anyone's transaction. (The holder and the command are two stores of this one process here; the
 * socket and the protocol are the same as between two processes, which test/cli-beside-server.test.ts runs.)
 */
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPGliteDataDir } from '../../test/support/databases.ts';
import { openDatabase, type Store } from './db.ts';
import type { ReturError } from '../shared/errors.ts';
import { createCase, readEvents } from './events.ts';
import { migrate } from './migrate.ts';
import { pgliteSocketPath } from './pglite-socket.ts';
import { withTransaction } from './transaction.ts';

const actor = { id: 'udi-kari', role: 'udi' } as const;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a PGlite data directory shared through its socket', () => {
  let dataDir = '';
  /** A second directory, for the tests of a holder's start and end (made here: loading one takes seconds). */
  let otherDir = '';
  let holder: Store;
  beforeAll(async () => {
    [dataDir, otherDir] = await Promise.all([newPGliteDataDir(), newPGliteDataDir()]);
    holder = await openDatabase({ dataDir });
    await migrate(holder);
  });
  afterAll(async () => {
    await holder.close();
  });

  it('serves the socket to its owner only, and removes it when the holder closes', async () => {
    expect(statSync(pgliteSocketPath(dataDir)).isSocket()).toBe(true);
    expect(statSync(pgliteSocketPath(dataDir)).mode & 0o777).toBe(0o600);
    const other = await openDatabase({ dataDir: otherDir });
    expect(existsSync(pgliteSocketPath(otherDir))).toBe(true);
    await other.close();
    expect(existsSync(pgliteSocketPath(otherDir))).toBe(false);
  });

  it('refuses a second holder, but lets a command work through the holder and see what it wrote', async () => {
    const refused = await openDatabase({ dataDir }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((refused as ReturError).code).toBe('STORE_DATA_DIR_IN_USE');

    const command = await openDatabase({ dataDir, throughHolder: true });
    try {
      expect(command.kind).toBe('pglite');
      expect(command.throughProcess).toBe(process.pid);
      const { case: made } = await withTransaction(command.db, (trx) =>
        createCase(trx, { kind: 'assisted_return', status: 'submitted', actor, events: [{ type: 'Submitted', payload: { n: 1 } }] }),
      );
      expect((await readEvents(holder.db, made.id)).map((e) => e.payload)).toEqual([{ n: 1 }]);
      // The same values as the holder reads: bigint as a number, a date as its ISO string.
      const query = sql<{ n: number; day: string }>`SELECT count(*) AS n, DATE '2026-03-10' AS day FROM cases WHERE id = ${made.id}`;
      expect((await query.execute(command.db)).rows).toEqual([{ n: 1, day: '2026-03-10' }]);
      expect((await query.execute(holder.db)).rows).toEqual([{ n: 1, day: '2026-03-10' }]);
    } finally {
      await command.close();
    }
  });

  it("keeps the holder's queries out of a command's transaction until it ends", async () => {
    const command = await openDatabase({ dataDir, throughHolder: true });
    try {
      const seen: string[] = [];
      let began!: () => void;
      const inside = new Promise<void>((resolve) => (began = resolve));
      const inTransaction = command.db.transaction().execute(async (trx) => {
        await sql`CREATE TEMP TABLE IF NOT EXISTS turns (x int)`.execute(trx);
        seen.push('command began');
        began();
        await pause(300);
        await sql`INSERT INTO turns VALUES (1)`.execute(trx);
        seen.push('command wrote');
        throw new Error('rolled back on purpose');
      });
      await inside;
      const holderQuery = sql`SELECT to_regclass('pg_temp.turns') IS NOT NULL AS there`.execute(holder.db).then((r) => {
        seen.push('holder ran');
        return r.rows[0];
      });
      await expect(inTransaction).rejects.toThrow('rolled back on purpose');
      // The holder ran after the rollback, so it does not see the command's table.
      expect(await holderQuery).toEqual({ there: false });
      expect(seen).toEqual(['command began', 'command wrote', 'holder ran']);
    } finally {
      await command.close();
    }
  });

  it('rolls back the transaction of a client that disconnects in it, and the holder goes on', async () => {
    const client = new pg.Client({ host: dataDir, port: 5432, user: 'postgres', database: 'postgres' });
    await client.connect();
    await client.query('BEGIN');
    await client.query('CREATE TABLE left_open (x int)');
    // The holder waits for the client's transaction…
    let holderDone = false;
    const holderQuery = sql<{ there: boolean }>`SELECT to_regclass('left_open') IS NOT NULL AS there`.execute(holder.db).then((r) => {
      holderDone = true;
      return r.rows[0];
    });
    await pause(150);
    expect(holderDone).toBe(false);
    // …and once the client is gone, its transaction is rolled back and the holder runs.
    (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    await client.end().catch(() => undefined);
    expect(await holderQuery).toEqual({ there: false });
  });

  it('refuses a command when the live holder serves no socket', async () => {
    // The parent of this test process is alive and serves nothing there.
    const lock = join(otherDir, 'retur.lock');
    writeFileSync(lock, String(process.ppid));
    const refused = await openDatabase({ dataDir: otherDir, throughHolder: true }).then(
      () => undefined,
      (e: unknown) => e,
    );
    rmSync(lock);
    expect((refused as ReturError).code).toBe('STORE_DATA_DIR_IN_USE');
    expect((refused as ReturError).details).toMatchObject({ pid: process.ppid });
  });
});
