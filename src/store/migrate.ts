/**
 * Versioned SQL migrations: src/store/migrations/NNNN_name.sql, applied in order of NNNN, each in its own
 * transaction, recorded in `schema_migrations` with a checksum of the file. Several instances may start at
 * once: each migration first takes a transaction-level advisory lock, then checks whether another instance
 * applied it meanwhile, so every migration runs exactly once.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Store } from './db.ts';
import { ReturError } from '../shared/errors.ts';

export interface Migration {
  /** The four digits of the file name: '0001'. */
  readonly version: string;
  /** The rest of the file name: 'core'. */
  readonly name: string;
  readonly sql: string;
  /** sha256 of the file (line endings made \n), stored when applied and compared on every run. */
  readonly checksum: string;
}

export const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

/** Any constant shared by all instances; only migrate() takes this advisory lock. */
const MIGRATION_LOCK = 7_265_747_572;

const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export function loadMigrations(dir: URL = MIGRATIONS_DIR): Migration[] {
  const migrations: Migration[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    const match = FILE_NAME.exec(file);
    if (match === null) {
      throw new ReturError('STORE_MIGRATION_INVALID', `Migration file ${file} is not named NNNN_name.sql (lower case, digits, _).`, { file });
    }
    const [, version = '', name = ''] = match;
    if (migrations.some((m) => m.version === version)) {
      throw new ReturError('STORE_MIGRATION_INVALID', `Two migration files are numbered ${version}.`, { version });
    }
    const text = readFileSync(new URL(file, dir), 'utf8').replaceAll('\r\n', '\n');
    migrations.push({ version, name, sql: text, checksum: createHash('sha256').update(text).digest('hex') });
  }
  return migrations;
}

export interface MigrateResult {
  /** Versions applied by this call, in order ('0001', ...); empty when the database was up to date. */
  readonly applied: string[];
}

export async function migrate(store: Store, migrations: readonly Migration[] = loadMigrations()): Promise<MigrateResult> {
  const applied: string[] = [];
  for (const migration of migrations) {
    // Read committed: after waiting for the lock, the check below must see what the holder committed.
    await store.db
      .transaction()
      .setIsolationLevel('read committed')
      .execute(async (trx) => {
        await sql`SELECT pg_advisory_xact_lock(${sql.lit(MIGRATION_LOCK)})`.execute(trx);
        await sql`
        CREATE TABLE IF NOT EXISTS schema_migrations (
          version text PRIMARY KEY,
          name text NOT NULL,
          checksum text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now()
        )`.execute(trx);
        const done = await trx.selectFrom('schema_migrations').select(['checksum']).where('version', '=', migration.version).executeTakeFirst();
        if (done !== undefined) {
          if (done.checksum !== migration.checksum) {
            throw new ReturError(
              'STORE_MIGRATION_CHANGED',
              `Migration ${migration.version}_${migration.name} was changed after it was applied. Restore the file and add a new migration instead.`,
              { version: migration.version },
            );
          }
          return;
        }
        await store.runScript(trx, migration.sql);
        await trx.insertInto('schema_migrations').values({ version: migration.version, name: migration.name, checksum: migration.checksum }).execute();
        applied.push(migration.version);
      });
  }
  return { applied };
}

/**
 * The migrations not (or not as written) applied to the database: each missing version, and each whose file
 * changed after it was applied. Empty when the database is up to date. Throws when the database does not
 * answer. For `/readyz`; it applies nothing and takes no lock.
 */
export async function pendingMigrations(db: Store['db'], migrations: readonly Migration[] = loadMigrations()): Promise<string[]> {
  const table = await sql<{ name: string | null }>`SELECT to_regclass('schema_migrations')::text AS name`.execute(db);
  if (table.rows[0]?.name == null) return migrations.map((m) => m.version);
  const applied = new Map((await db.selectFrom('schema_migrations').select(['version', 'checksum']).execute()).map((row) => [row.version, row.checksum]));
  return migrations.filter((m) => applied.get(m.version) !== m.checksum).map((m) => m.version);
}
