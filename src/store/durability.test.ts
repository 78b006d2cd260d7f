import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { forEachDatabase, newPGliteDataDir, onPostgres } from '../../test/support/databases.ts';
import { openDatabase, type OpenDatabaseOptions, type Store } from './db.ts';
import { createCase, readEvents } from './events.ts';
import { migrate } from './migrate.ts';
import { withTransaction } from './transaction.ts';
import { ReturError } from '../shared/errors.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const crashWriter = fileURLToPath(new URL('../../test/support/crash-writer.ts', import.meta.url));

afterEach(() => {
  vi.unstubAllEnvs();
});

/** Runs test/support/crash-writer.ts against `target`, kills it with SIGKILL after `acks` acknowledged commits. */
async function writeUntilKilled(target: OpenDatabaseOptions, acks: number): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', crashWriter, JSON.stringify(target)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  const acked: string[] = [];
  for await (const line of createInterface({ input: child.stdout })) {
    if (line.startsWith('ack ')) acked.push(line.slice(4));
    if (acked.length >= acks) {
      process.kill(child.pid ?? 0, 'SIGKILL');
      break;
    }
  }
  const signal = await exited;
  if (signal !== 'SIGKILL') throw new Error(`the writer stopped before it was killed:\n${stderr}`);
  return acked;
}

async function openOne(store: Store) {
  return withTransaction(store.db, (trx) =>
    createCase(trx, { kind: 'appeal', status: 'registered', actor: { id: 'une-per', role: 'une' }, events: [{ type: 'AppealRegistered', payload: { n: 1 } }] }),
  );
}

forEachDatabase((database) => {
  it('keeps every acknowledged write when the writing process is killed (SIGKILL)', async () => {
    const target: OpenDatabaseOptions = database.kind === 'pglite' ? { dataDir: await newPGliteDataDir() } : { databaseUrl: (await database.open()).url ?? '' };

    const acked = await writeUntilKilled(target, 20);

    expect(acked).toHaveLength(20);
    // On PGlite this reopens the directory the killed process left (its lock file is taken over).
    const store = await openDatabase(target);
    try {
      for (const id of acked) {
        expect((await readEvents(store.db, id)).map((e) => e.type)).toEqual(['Written']);
      }
    } finally {
      await store.close();
    }
  });

  it('commits with synchronous_commit on: a commit returns only once its WAL is written', async () => {
    const store = await database.open();
    const result = await sql<{ synchronous_commit: string }>`SHOW synchronous_commit`.execute(store.db);
    expect(result.rows[0]?.synchronous_commit).toBe('on');
  });
});

describe('openDatabase', () => {
  it('opens PGlite in memory on request, writing no data directory', async () => {
    const unused = join(tmpdir(), `retur-unused-${process.pid}-${Date.now()}`);
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('RETUR_DATA_DIR', unused);
    const store = await openDatabase({ memory: true });
    try {
      expect(store.kind).toBe('pglite');
      expect((await sql<{ one: number }>`SELECT 1 AS one`.execute(store.db)).rows).toEqual([{ one: 1 }]);
      expect(existsSync(unused)).toBe(false);
    } finally {
      await store.close();
    }
  });

  describe('on a PGlite data directory', () => {
    let dataDir = '';
    beforeAll(async () => {
      dataDir = await newPGliteDataDir();
    });

    it('opens PGlite in RETUR_DATA_DIR by default, and keeps the data across close and reopen', async () => {
      vi.stubEnv('DATABASE_URL', '');
      vi.stubEnv('RETUR_DATA_DIR', dataDir);
      const first = await openDatabase();
      expect(first.kind).toBe('pglite');
      expect(existsSync(join(dataDir, 'retur.lock'))).toBe(true);
      await migrate(first);
      const { case: opened } = await openOne(first);
      await first.close();
      expect(existsSync(join(dataDir, 'retur.lock'))).toBe(false);

      const second = await openDatabase({ dataDir });
      try {
        expect(await migrate(second)).toEqual({ applied: [] });
        expect((await readEvents(second.db, opened.id)).map((e) => e.payload)).toEqual([{ n: 1 }]);
      } finally {
        await second.close();
      }
    });

    it('refuses a PGlite data directory that is open in this process or in another live one', async () => {
      const first = await openDatabase({ dataDir });
      try {
        const twice = await openDatabase({ dataDir }).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(twice).toBeInstanceOf(ReturError);
        expect((twice as ReturError).code).toBe('STORE_DATA_DIR_IN_USE');
      } finally {
        await first.close();
      }

      // The parent of this test process is alive: its lock is respected.
      writeFileSync(join(dataDir, 'retur.lock'), String(process.ppid));
      const other = await openDatabase({ dataDir }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((other as ReturError).code).toBe('STORE_DATA_DIR_IN_USE');
      expect((other as ReturError).details).toMatchObject({ pid: process.ppid });
      // (A lock left by a process that died is taken over: the SIGKILL test above reopens such a directory.)
    });
  });

  onPostgres((database) => {
    it('opens the PostgreSQL server named by DATABASE_URL', async () => {
      const { url } = await database.open();
      vi.stubEnv('DATABASE_URL', url ?? '');
      const store = await openDatabase();
      try {
        expect(store.kind).toBe('postgres');
        await openOne(store);
      } finally {
        await store.close();
      }
    });
  });
});
