/**
 * Run one suite on both databases, each test on its own fresh, migrated database:
 *
 *   forEachDatabase((database) => {
 *     it('appends events', async () => {
 *       const store = await database.open();            // migrated; { migrated: false } for an empty one
 *       ...
 *     });
 *   });
 *
 * registers `describe('pglite', ...)` and `describe('postgres', ...)` around the suite (onPGlite and
 * onPostgres register one of them, for what only one can do). Stores opened in a test (or a beforeEach) are
 * closed after it, stores opened in a beforeAll after the suite; closing one yourself is fine too. A store
 * opened in beforeAll is shared by the tests of that describe, which then must not depend on each other. Where vitest.global-setup.ts could start no PostgreSQL server, the
 * postgres half is registered as skipped, named "postgres — NOT RUN: <why>".
 *
 * How each open() is made fast:
 * - PostgreSQL: CREATE DATABASE test_<random> TEMPLATE a database migrated once per run (0.1 to 0.3 s),
 *   dropped when the store closes. `store.url` opens a second connection pool to the same database.
 * - PGlite: each test file loads one PGlite from a cached dump (about 0.5 s idle, 5 to 30 s on a loaded
 *   machine, so in a beforeAll, whose timeout is longer, not in the first test), and each open() gets a
 *   new schema on it with the migrations applied there (search_path): 0.05 to 0.15 s, against 0.5 to 1 s
 *   for a new PGlite. A PGlite is one session, so while a store is open a second open() in the same test
 *   gets a PGlite of its own (slower). This is also why migrations never name a schema.
 *   A store refuses every query once closed: a test that timed out goes on running after its store was
 *   closed, and on the shared session its queries would otherwise land in the next test's schema.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { KyselyPlugin } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, inject } from 'vitest';
import { createPGlite, openDatabase, storeFromPGlite, type DatabaseKind, type Store } from '../../src/store/db.ts';
import { loadMigrations, migrate } from '../../src/store/migrate.ts';
import { readDump } from './pglite-dump.ts';
import type { TestPostgresInfo } from './provided.ts';

export interface TestStore extends Store {
  /** PostgreSQL: the URL of this test database (for a second connection pool). PGlite: undefined. */
  readonly url: string | undefined;
}

export interface TestDatabase {
  readonly kind: DatabaseKind;
  /** A new database of its own, migrated unless `migrated: false`. Closed after the test. */
  open(options?: { migrated?: boolean }): Promise<TestStore>;
}

export function forEachDatabase(suite: (database: TestDatabase) => void): void {
  onPGlite(suite);
  onPostgres(suite);
}

/** The PGlite half of forEachDatabase alone. */
export function onPGlite(suite: (database: TestDatabase) => void): void {
  describe('pglite', () => {
    beforeAll(async () => {
      await sharedPGlite();
    });
    registerHooks(closeSharedPGlite);
    suite({ kind: 'pglite', open: openPGlite });
  });
}

/** The PostgreSQL half alone, for what only a server has (several sessions); skipped loudly without one. */
export function onPostgres(suite: (database: TestDatabase) => void): void {
  const postgres = testPostgres();
  if (!postgres.available) {
    describe.skip(`postgres — NOT RUN: ${postgres.reason}`, () => suite({ kind: 'postgres', open: openPostgres }));
    return;
  }
  describe(`postgres (${postgres.version})`, () => {
    registerHooks(closeAdmin);
    suite({ kind: 'postgres', open: openPostgres });
  });
}

/** The PGlite dump made by the global setup. */
export function pgliteDump(): Blob {
  const path: string | undefined = inject('returPGliteDump');
  if (path === undefined) throw new Error('No PGlite dump: run the tests with vitest.config.ts (its globalSetup makes one).');
  return readDump(path);
}

const dataDirs: string[] = [];

/**
 * A new PGlite data directory holding an empty database (loaded from the dump: faster than initdb), for
 * tests of openDatabase({ dataDir }). Deleted after the test file.
 */
export async function newPGliteDataDir(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'retur-pglite-'));
  dataDirs.push(dir);
  const pglite = await createPGlite({ dataDir: dir, loadDataDir: pgliteDump() });
  await pglite.close();
  return dir;
}

afterAll(() => {
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** What the global setup provided; "not available" when it did not run (another config). */
function testPostgres(): TestPostgresInfo {
  const provided: TestPostgresInfo | undefined = inject('returTestPostgres');
  return provided ?? { available: false, reason: 'vitest.global-setup.ts did not run (use vitest.config.ts)' };
}

// --------------------------------------------------------------------------------- closing what was opened

/** Stores opened during a test (closed after it) and outside one, in beforeAll (closed after the suite). */
const openedInTest = new Set<TestStore>();
const openedInSuite = new Set<TestStore>();
let inTest = false;

function registerHooks(closeDriver: () => Promise<void>): void {
  beforeEach(() => {
    inTest = true;
  });
  afterEach(async () => {
    inTest = false;
    await closeAll(openedInTest);
  });
  afterAll(async () => {
    await closeAll(openedInSuite);
    await closeDriver();
  });
}

async function closeAll(stores: Set<TestStore>): Promise<void> {
  const list = [...stores];
  stores.clear();
  await Promise.all(list.map((store) => store.close()));
}

/**
 * Tracks the store for closing after the test (or suite); closing twice is harmless. Once closed, its `db`
 * and `runScript` throw instead of querying.
 */
function track(store: Store, url: string | undefined, afterClose: () => Promise<void> = async () => {}): TestStore {
  const scope = inTest ? openedInTest : openedInSuite;
  let closing: Promise<void> | undefined;
  const refuseWhenClosed = (): void => {
    if (closing !== undefined) throw new Error('This test store is closed (did its test time out and go on running?)');
  };
  const guard: KyselyPlugin = {
    transformQuery: (args) => {
      refuseWhenClosed();
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  const tracked: TestStore = {
    db: store.db.withPlugin(guard),
    kind: store.kind,
    runScript: async (executor, script) => {
      refuseWhenClosed();
      await store.runScript(executor, script);
    },
    url,
    close: () => {
      closing ??= (async () => {
        scope.delete(tracked);
        await store.close();
        await afterClose();
      })();
      return closing;
    },
  };
  scope.add(tracked);
  return tracked;
}

// -------------------------------------------------------------------------------------------------- PGlite

let shared: Promise<{ pglite: PGlite; inUse: boolean }> | undefined;
let schemaCount = 0;

/** The PGlite this file's tests share, loaded from the dump at the first call. */
function sharedPGlite(): Promise<{ pglite: PGlite; inUse: boolean }> {
  shared ??= createPGlite({ loadDataDir: pgliteDump() }).then((pglite) => ({ pglite, inUse: false }));
  return shared;
}

async function openPGlite(options: { migrated?: boolean } = {}): Promise<TestStore> {
  const instance = await sharedPGlite();
  let store: TestStore;
  if (instance.inUse) {
    store = track(storeFromPGlite(await createPGlite({ loadDataDir: pgliteDump() })), undefined);
  } else {
    instance.inUse = true;
    const schema = `test_${++schemaCount}`;
    // A test that failed inside a raw BEGIN may have left its transaction open: end it first.
    if (instance.pglite.isInTransaction()) await instance.pglite.exec('ROLLBACK');
    await instance.pglite.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema};`);
    store = track(
      storeFromPGlite(instance.pglite, async () => {
        instance.inUse = false;
      }),
      undefined,
    );
  }
  if (options.migrated !== false) await migrate(store); // Tracked first: closed even if this throws.
  return store;
}

async function closeSharedPGlite(): Promise<void> {
  const instance = shared;
  shared = undefined;
  await (await instance)?.pglite.close();
}

// ---------------------------------------------------------------------------------------------- PostgreSQL

let admin: pg.Pool | undefined;
let template: Promise<string> | undefined;

function serverUrl(): string {
  const postgres = testPostgres();
  if (!postgres.available) throw new Error(`No PostgreSQL server for the tests: ${postgres.reason}`);
  return postgres.url;
}

function databaseUrl(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

function adminPool(): pg.Pool {
  admin ??= new pg.Pool({ connectionString: serverUrl(), max: 2 });
  return admin;
}

async function openPostgres(options: { migrated?: boolean } = {}): Promise<TestStore> {
  const source = options.migrated === false ? 'template0' : await (template ??= migratedTemplate());
  const name = `test_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
  await adminPool().query(`CREATE DATABASE ${name} TEMPLATE ${source}`);
  const url = databaseUrl(name);
  const store = await openDatabase({ databaseUrl: url });
  return track(store, url, async () => {
    await adminPool().query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}

/**
 * The migrated template, made by the first test file that needs it in this run and reused by the others.
 * Named after the migrations, so a changed migration gets a new template; built under another name and
 * renamed when done, so a half-built one is never used.
 */
async function migratedTemplate(): Promise<string> {
  const migrations = loadMigrations();
  const hash = createHash('sha256')
    .update(migrations.map((m) => m.checksum).join())
    .digest('hex')
    .slice(0, 16);
  const name = `retur_template_${hash}`;
  const client = await adminPool().connect();
  try {
    await client.query('SELECT pg_advisory_lock(7265747573)');
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      const building = `${name}_building`;
      await client.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${building} TEMPLATE template0`);
      const store = await openDatabase({ databaseUrl: databaseUrl(building) });
      try {
        await migrate(store, migrations);
      } finally {
        await store.close();
      }
      await client.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock(7265747573)');
    client.release();
  }
  return name;
}

async function closeAdmin(): Promise<void> {
  const pool = admin;
  admin = undefined;
  template = undefined;
  await pool?.end();
}
