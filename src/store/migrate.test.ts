import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { forEachDatabase } from '../../test/support/databases.ts';
import { openDatabase, type Store } from './db.ts';
import { loadMigrations, migrate } from './migrate.ts';
import { ReturError } from '../shared/errors.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A migrations folder holding `files` (name → SQL). */
function migrationsDir(files: Record<string, string>): URL {
  const dir = mkdtempSync(join(tmpdir(), 'retur-migrations-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return pathToFileURL(`${dir}/`);
}

async function tables(store: Store): Promise<string[]> {
  const result = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name`.execute(store.db);
  return result.rows.map((r) => r.table_name);
}

async function recorded(store: Store) {
  return store.db.selectFrom('schema_migrations').select(['version', 'name', 'checksum', 'applied_at']).orderBy('version').execute();
}

describe('loadMigrations', () => {
  it('reads src/store/migrations in order, starting with 0001_core', () => {
    const migrations = loadMigrations();
    expect(migrations[0]).toMatchObject({ version: '0001', name: 'core' });
    expect(migrations.map((m) => m.version)).toEqual([...migrations.map((m) => m.version)].sort());
    for (const m of migrations) expect(m.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('orders by number, and refuses a badly named file or two files with one number', () => {
    const ordered = loadMigrations(migrationsDir({ '0010_later.sql': 'SELECT 1;', '0002_sooner.sql': 'SELECT 1;', 'README.md': '' }));
    expect(ordered.map((m) => `${m.version}_${m.name}`)).toEqual(['0002_sooner', '0010_later']);

    const bad: Record<string, string>[] = [{ '1_short.sql': '' }, { '0001_Upper.sql': '' }, { '0001_a.sql': '', '0001_b.sql': '' }];
    for (const files of bad) {
      let error: unknown;
      try {
        loadMigrations(migrationsDir(files));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ReturError);
      expect((error as ReturError).code).toBe('STORE_MIGRATION_INVALID');
    }
  });
});

forEachDatabase((database) => {
  describe('migrate', () => {
    it('applies every migration once on an empty database and records each with its checksum', async () => {
      const store = await database.open({ migrated: false });
      expect(await tables(store)).toEqual([]);

      const result = await migrate(store);

      const migrations = loadMigrations();
      expect(result.applied).toEqual(migrations.map((m) => m.version));
      expect(await tables(store)).toEqual(expect.arrayContaining(['audit', 'cases', 'events', 'idempotency_keys', 'schema_migrations']));
      expect((await recorded(store)).map((r) => [r.version, r.name, r.checksum])).toEqual(migrations.map((m) => [m.version, m.name, m.checksum]));
    });

    it('does nothing when run again', async () => {
      const store = await database.open({ migrated: false });
      await migrate(store);
      const before = await recorded(store);
      const tablesBefore = await tables(store);

      expect(await migrate(store)).toEqual({ applied: [] });
      expect(await recorded(store)).toEqual(before);
      expect(await tables(store)).toEqual(tablesBefore);
    });

    it('is safe when two instances migrate at once: each migration runs exactly once', async () => {
      const store = await database.open({ migrated: false });
      // On PostgreSQL the second instance has its own connection pool; PGlite is one session, so there the
      // two runs share it (two processes can never share a PGlite data directory).
      const other = store.url === undefined ? store : await openDatabase({ databaseUrl: store.url });
      try {
        const [a, b] = await Promise.all([migrate(store), migrate(other)]);
        const versions = loadMigrations().map((m) => m.version);
        expect([...a.applied, ...b.applied].sort()).toEqual(versions);
        expect((await recorded(store)).map((r) => r.version)).toEqual(versions);
      } finally {
        if (other !== store) await other.close();
      }
    });

    it('applies a migration numbered below one already applied (a branch that landed after a later number)', async () => {
      const store = await database.open({ migrated: false });
      const files = { '0001_first.sql': 'CREATE TABLE first_table (id integer);', '0003_third.sql': 'CREATE TABLE third_table (id integer);' };
      expect((await migrate(store, loadMigrations(migrationsDir(files)))).applied).toEqual(['0001', '0003']);
      const later = loadMigrations(migrationsDir({ ...files, '0002_second.sql': 'CREATE TABLE second_table (id integer);' }));
      expect((await migrate(store, later)).applied).toEqual(['0002']);
      expect((await recorded(store)).map((r) => r.version)).toEqual(['0001', '0002', '0003']);
      expect(await tables(store)).toEqual(['first_table', 'schema_migrations', 'second_table', 'third_table']);
    });

    it('runs each migration in its own transaction: a failing one leaves no trace, earlier ones stay', async () => {
      const store = await database.open({ migrated: false });
      const migrations = loadMigrations(
        migrationsDir({
          '0001_first.sql': 'CREATE TABLE first_table (id integer PRIMARY KEY);',
          '0002_broken.sql': 'CREATE TABLE second_table (id integer PRIMARY KEY);\nINSERT INTO second_table VALUES (1);\nSELECT no_such_function();',
        }),
      );

      await expect(migrate(store, migrations)).rejects.toThrow(/no_such_function/);

      expect(await tables(store)).toEqual(['first_table', 'schema_migrations']);
      expect((await recorded(store)).map((r) => r.version)).toEqual(['0001']);
    });

    it('refuses to run when an applied migration was edited afterwards', async () => {
      const store = await database.open({ migrated: false });
      await migrate(store, loadMigrations(migrationsDir({ '0001_first.sql': 'CREATE TABLE first_table (id integer);' })));
      const edited = loadMigrations(
        migrationsDir({ '0001_first.sql': 'CREATE TABLE first_table (id bigint);', '0002_second.sql': 'CREATE TABLE second_table (id integer);' }),
      );

      const error = await migrate(store, edited).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ReturError);
      expect((error as ReturError).code).toBe('STORE_MIGRATION_CHANGED');
      expect(await tables(store)).not.toContain('second_table');
    });
  });
});
