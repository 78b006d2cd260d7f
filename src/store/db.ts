/**
 * Opens the database: PGlite (PostgreSQL compiled to WebAssembly, in this process) by default, or a
 * PostgreSQL server when a URL is given. Both are PostgreSQL and speak the same SQL; the rest of Retur sees
 * only `Store` and never knows which one it has.
 *
 * Which one: `databaseUrl` → server; else `memory` or `dataDir` → PGlite; else `DATABASE_URL` → server;
 * else PGlite with its data in `RETUR_DATA_DIR` or `./data`. A PGlite data directory is held by one process,
 * which serves it to the others on a Unix socket in the directory (pglite-socket.ts); with `throughHolder`,
 * a store on a held directory works through that socket with `pg`.
 *
 * Durability (details in README.md): on a server, a commit returns once its WAL is flushed
 * (`synchronous_commit` keeps its default, on). PGlite writes through to the data directory with synchronous
 * `write()` calls before a commit returns, so an acknowledged write survives the process being killed; it
 * never calls `fsync()` (PGlite runs with fsync off), so it does not survive the machine losing power.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql, type LogEvent } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { errorCode } from './errors.ts';
import { PGLITE_SOCKET_PORT, pgliteSocketPath, servePGliteSocket, SessionTurns, takingTurns, type PGliteSocket } from './pglite-socket.ts';
import type { Database } from './schema.ts';
import { ReturError } from '../shared/errors.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Store {
  readonly db: Kysely<Database>;
  readonly kind: DatabaseKind;
  /**
   * The process whose PGlite this store works through, over the socket in the data directory (a running
   * `retur serve`; see `throughHolder`). Undefined when this process opened the database itself.
   */
  readonly throughProcess?: number;
  /**
   * Runs a script of several SQL statements (a migration) on the connection `executor` uses, inside its
   * transaction if it is one. Kysely sends one statement per query; PGlite needs its own call for scripts.
   */
  runScript(executor: Kysely<Database>, script: string): Promise<void>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A PostgreSQL connection URL (postgres://user:password@host:port/database). */
  databaseUrl?: string;
  /** PGlite's data directory. */
  dataDir?: string;
  /** PGlite in memory: nothing is kept after close (for tests and trials). */
  memory?: boolean;
  /**
   * When another live process holds the PGlite data directory and serves it on its socket (a running
   * `retur serve`), work through that process instead of refusing with STORE_DATA_DIR_IN_USE. The commands
   * beside a server want this; a second server does not.
   */
  throughHolder?: boolean;
}

/** Told each query's time in milliseconds, and whether it failed (the metrics, src/api/metrics.ts, set it). */
let queryObserver: ((ms: number, failed: boolean) => void) | undefined;

/** Sets (or with undefined removes) what is told each query's time, for every store of this process. */
export function observeQueries(observer: ((ms: number, failed: boolean) => void) | undefined): void {
  queryObserver = observer;
}

const log = (event: LogEvent): void => queryObserver?.(event.queryDurationMillis, event.level === 'error');

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Store> {
  if (options.databaseUrl !== undefined) return openPostgres(options.databaseUrl);
  if (options.memory === true) return storeFromPGlite(await createPGlite({}));
  const throughHolder = options.throughHolder === true;
  if (options.dataDir !== undefined) return openPGliteDir(options.dataDir, throughHolder);
  const url = process.env['DATABASE_URL'];
  if (url !== undefined && url !== '') return openPostgres(url);
  return openPGliteDir(process.env['RETUR_DATA_DIR'] || './data', throughHolder);
}

/**
 * Value parsers shared by both drivers, so a row looks the same whichever database it came from:
 * bigint (count(*), identity columns) is a number (an error beyond 2^53), date is the ISO string
 * 'YYYY-MM-DD' (a calendar date, never shifted by a time zone), numeric stays a string. timestamptz is a
 * Date and json/jsonb is parsed on both by default. (Arrays of these are not made to agree: the schema has
 * none.)
 */
const INT8 = 20;
const DATE = 1082;

function parseInt8(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`bigint ${value} does not fit a JavaScript number`);
  return n;
}

const keepAsText = (value: string): string => value;

// ---------------------------------------------------------------------------------------------- PGlite

/** A PGlite with Retur's value parsers, in memory or on a data directory (for openDatabase and tests). */
export async function createPGlite(options: { dataDir?: string; loadDataDir?: Blob }): Promise<PGlite> {
  return PGlite.create({
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    ...(options.loadDataDir === undefined ? {} : { loadDataDir: options.loadDataDir }),
    // Wait for each write to reach the file system before a query returns (the default, made explicit).
    relaxedDurability: false,
    parsers: { [INT8]: parseInt8, [DATE]: keepAsText },
  });
}

/** A Store over a PGlite instance; `onClose` replaces closing the instance (tests share one). */
export function storeFromPGlite(pglite: PGlite, onClose?: () => Promise<void>): Store {
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite), log });
  return {
    db,
    kind: 'pglite',
    // PGlite is one session: the script runs inside whatever transaction `executor` holds open.
    runScript: async (_executor, script) => {
      await pglite.exec(script);
    },
    close: onClose ?? (() => db.destroy()),
  };
}

/** Data directories opened by this process (a second open would corrupt them, as would another process). */
const openDirs = new Set<string>();

/**
 * PGlite on a data directory this process locks, served to the other local processes on the socket in the
 * directory (pglite-socket.ts), taking turns with them for its one session. When the directory is locked
 * by another live process that serves it, and `throughHolder`, a store that works through that process.
 */
async function openPGliteDir(dataDir: string, throughHolder: boolean): Promise<Store> {
  const dir = resolve(dataDir);
  let release: () => void;
  try {
    release = lockDataDir(dir);
  } catch (error) {
    const holder = error instanceof ReturError ? error.details['pid'] : undefined;
    if (throughHolder && typeof holder === 'number') {
      const joined = await openThroughHolder(dir, holder);
      if (joined) return joined;
    }
    throw error;
  }
  let pglite: PGlite | undefined;
  let socket: PGliteSocket | undefined;
  try {
    pglite = await createPGlite({ dataDir: dir });
    const turns = new SessionTurns();
    const db = new Kysely<Database>({ dialect: takingTurns(new PGliteDialect(pglite), turns), log });
    socket = await servePGliteSocket(pglite, dir, turns);
    const opened = pglite;
    const served = socket;
    return {
      db,
      kind: 'pglite',
      runScript: async (_executor, script) => {
        await opened.exec(script);
      },
      close: async () => {
        try {
          await served?.close();
          await db.destroy();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    await socket?.close();
    await pglite?.close();
    release();
    throw error;
  }
}

/**
 * A store over `pg` through the socket of the process `holder` that has `dir` open; undefined when no
 * socket answers there (a holder that serves none, or is not Retur).
 */
async function openThroughHolder(dir: string, holder: number): Promise<Store | undefined> {
  if (!existsSync(pgliteSocketPath(dir))) return undefined;
  // One connection: PGlite is one session, and a second connection of ours would wait for the first.
  const store = openPostgresPool({ host: dir, port: PGLITE_SOCKET_PORT, user: 'postgres', database: 'postgres', max: 1 }, 'pglite', holder);
  try {
    await sql`SELECT 1`.execute(store.db);
    return store;
  } catch {
    await store.close().catch(() => undefined);
    return undefined;
  }
}

/**
 * PGlite does not stop two processes from opening one data directory, and both would write to it. A file
 * `retur.lock` in the directory names the process holding it; a lock left by a process that is gone (killed)
 * is taken over. Returns the release function.
 */
function lockDataDir(dir: string): () => void {
  if (openDirs.has(dir)) {
    throw new ReturError('STORE_DATA_DIR_IN_USE', `The PGlite data directory ${dir} is already open in this process.`, { dataDir: dir, pid: process.pid });
  }
  mkdirSync(dir, { recursive: true });
  const lockFile = join(dir, 'retur.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      openDirs.add(dir);
      return () => {
        openDirs.delete(dir);
        try {
          unlinkSync(lockFile);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
      const holder = readHolder(lockFile);
      if (holder !== undefined && holder !== process.pid && processIsAlive(holder)) {
        throw new ReturError(
          'STORE_DATA_DIR_IN_USE',
          `The PGlite data directory ${dir} is in use by process ${holder}. Stop it first (or delete ${lockFile} if that process is not Retur).`,
          { dataDir: dir, pid: holder },
        );
      }
      // Left by a process that died, or empty (it died while writing it), or naming our own pid (a container
      // restarted; this process's own opens are caught by openDirs above): take it over.
      try {
        unlinkSync(lockFile);
      } catch (unlinkError) {
        if (errorCode(unlinkError) !== 'ENOENT') throw unlinkError;
      }
    }
  }
  throw new ReturError('STORE_DATA_DIR_IN_USE', `Could not lock the PGlite data directory ${dir}.`, { dataDir: dir });
}

/** The pid in a lock file; undefined when it is gone or holds no pid. */
function readHolder(lockFile: string): number | undefined {
  try {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

// ------------------------------------------------------------------------------------------- PostgreSQL

const pgTypes: pg.CustomTypesConfig = {
  getTypeParser: (oid, format) => {
    if (oid === INT8) return parseInt8;
    if (oid === DATE) return keepAsText;
    return pg.types.getTypeParser(oid, format);
  },
};

function openPostgres(url: string): Store {
  return openPostgresPool({ connectionString: url }, 'postgres');
}

function openPostgresPool(config: pg.PoolConfig, kind: DatabaseKind, throughProcess?: number): Store {
  const pool = new pg.Pool({ ...config, types: pgTypes, application_name: 'retur' });
  let closing = false;
  // A connection that breaks while idle is dropped by the pool and the next query gets a new one; without a
  // listener the error would end the process. Once closing, the server ending our sessions is expected.
  pool.on('error', (error) => {
    if (!closing) process.emitWarning(`PostgreSQL connection lost while idle: ${error.message}`, 'ReturStoreWarning');
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log });
  return {
    db,
    kind,
    ...(throughProcess === undefined ? {} : { throughProcess }),
    // Without parameters `pg` uses the simple query protocol, which accepts several statements.
    runScript: async (executor, script) => {
      await sql.raw(script).execute(executor);
    },
    close: () => {
      closing = true;
      return db.destroy();
    },
  };
}
