/**
 * Sharing one PGlite data directory between the process that holds it (`retur serve`) and the commands run
 * beside it (`retur stats`, `import`, `users token`, …). PGlite is one PostgreSQL session inside one
 * process; the holder serves it to other local processes over a Unix socket in the data directory
 * (`.s.PGSQL.5432`, the name a PostgreSQL client looks for in a socket directory), speaking PostgreSQL's wire
 * protocol through `@electric-sql/pglite-socket`. The commands connect to it with `pg`, as to any server.
 *
 * One session means one transaction at a time for everybody: a client's `BEGIN` must not let the holder's
 * own queries (or another client's) in before its `COMMIT`, and an extended-protocol exchange
 * (Parse, Bind, Execute, Sync) must not be cut by anyone else's, who would replace its unnamed statement.
 * So every user of the session takes turns through one `SessionTurns`: the holder's Kysely for each
 * connection it lends (a whole transaction), a socket client from its first message until PostgreSQL is
 * ready for a new query outside a transaction. A client that disconnects in a transaction is rolled back
 * and its turn ends.
 *
 * The socket file is made readable and writable by its owner only: whoever can connect is the database's
 * superuser (PGlite has no passwords), as whoever can read the data directory already is.
 */
import { chmodSync, unlinkSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketHandler, type PGLiteSocketHandlerOptions } from '@electric-sql/pglite-socket';
import type { DatabaseConnection, Dialect, Driver, TransactionSettings } from 'kysely';
import { errorCode } from './errors.ts';

/** The socket's name in the data directory: what `pg` connects to with `host: <dir>, port: 5432`. */
export const PGLITE_SOCKET_PORT = 5432;
export const pgliteSocketPath = (dataDir: string): string => join(dataDir, `.s.PGSQL.${PGLITE_SOCKET_PORT}`);

/** The longest Unix socket path Linux accepts (sun_path is 108 bytes with its terminating zero). */
export const MAX_SOCKET_PATH = 107;

/** Turns on the one session: whoever holds it runs, the others wait in the order they asked. */
export class SessionTurns {
  private holder: unknown = undefined;
  private readonly waiting: { who: unknown; resolve: () => void; reject: (error: Error) => void }[] = [];

  /** Waits for `who`'s turn (at once when it already has it). */
  async take(who: unknown): Promise<void> {
    if (this.holder === who) return;
    if (this.holder === undefined) {
      this.holder = who;
      return;
    }
    await new Promise<void>((resolve, reject) => this.waiting.push({ who, resolve, reject }));
  }

  /** Ends `who`'s turn (nothing when it has none) and hands it to the next in line. */
  give(who: unknown): void {
    if (this.holder !== who) return;
    const next = this.waiting.shift();
    this.holder = next?.who;
    next?.resolve();
  }

  has(who: unknown): boolean {
    return this.holder === who;
  }

  /** `who` is gone: its waiting requests fail. */
  forget(who: unknown, why: string): void {
    for (let i = this.waiting.length - 1; i >= 0; i--) {
      const entry = this.waiting[i]!;
      if (entry.who === who) {
        this.waiting.splice(i, 1);
        entry.reject(new Error(why));
      }
    }
  }
}

/**
 * A Kysely dialect over `inner` (PGliteDialect) whose driver takes a turn of the session for each connection
 * it lends: one query, or one whole transaction.
 */
export function takingTurns(inner: Dialect, turns: SessionTurns): Dialect {
  return {
    createAdapter: () => inner.createAdapter(),
    createQueryCompiler: () => inner.createQueryCompiler(),
    createIntrospector: (db) => inner.createIntrospector(db),
    createDriver: (): Driver => {
      const driver = inner.createDriver();
      const lent = new Map<DatabaseConnection, symbol>();
      return {
        init: () => driver.init(),
        acquireConnection: async () => {
          const turn = Symbol('kysely');
          await turns.take(turn);
          try {
            const connection = await driver.acquireConnection();
            lent.set(connection, turn);
            return connection;
          } catch (error) {
            turns.give(turn);
            throw error;
          }
        },
        releaseConnection: async (connection) => {
          const turn = lent.get(connection);
          lent.delete(connection);
          try {
            await driver.releaseConnection(connection);
          } finally {
            turns.give(turn);
          }
        },
        beginTransaction: (connection, settings: TransactionSettings) => driver.beginTransaction(connection, settings),
        commitTransaction: (connection) => driver.commitTransaction(connection),
        rollbackTransaction: (connection) => driver.rollbackTransaction(connection),
        destroy: () => driver.destroy(),
      };
    },
  };
}

/**
 * Whether a client message ends an exchange, after which PostgreSQL is ready for a new query: the start-up
 * message (its first byte is the high byte of its length, 0), Sync, a simple Query, Terminate.
 */
function endsExchange(message: Uint8Array): boolean {
  const type = message[0];
  return type === 0 || type === 0x53 /* S */ || type === 0x51 /* Q */ || type === 0x58; /* X */
}

/**
 * What PGLiteSocketHandler asks of its queue (the library's own queue lets the holder's queries in between a
 * client's, so Retur gives it this one).
 */
interface HandlerQueue {
  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number>;
  clearQueueForHandler(handlerId: number): void;
  clearTransactionIfNeeded(handlerId: number): Promise<void>;
}

function queueTakingTurns(pglite: PGlite, turns: SessionTurns): HandlerQueue {
  const turnOf = (handlerId: number) => `socket client ${handlerId}`;
  return {
    async enqueue(handlerId, message, onData) {
      const turn = turnOf(handlerId);
      await turns.take(turn);
      let bytes = 0;
      try {
        await pglite.runExclusive(() =>
          pglite.execProtocolRawStream(message, {
            onRawData: (data) => {
              bytes += data.length;
              onData(data);
            },
          }),
        );
      } finally {
        if (endsExchange(message) && !pglite.isInTransaction()) turns.give(turn);
      }
      return bytes;
    },
    clearQueueForHandler(handlerId) {
      turns.forget(turnOf(handlerId), 'The client disconnected');
    },
    async clearTransactionIfNeeded(handlerId) {
      const turn = turnOf(handlerId);
      if (!turns.has(turn)) return;
      try {
        if (pglite.isInTransaction()) await pglite.exec('ROLLBACK');
      } finally {
        turns.give(turn);
      }
    },
  };
}

export interface PGliteSocket {
  readonly path: string;
  /** Stops accepting, disconnects the clients (rolling back their open transactions), removes the socket file. */
  close(): Promise<void>;
}

/**
 * Serves `pglite` on the socket in `dataDir`, taking turns with the holder's own queries through `turns`.
 * The caller holds the directory's lock, so a socket file already there was left by a holder that died, and
 * is replaced. Undefined (nothing served) when the path is too long for a Unix socket.
 */
export async function servePGliteSocket(pglite: PGlite, dataDir: string, turns: SessionTurns): Promise<PGliteSocket | undefined> {
  const path = pgliteSocketPath(dataDir);
  if (Buffer.byteLength(path) > MAX_SOCKET_PATH) return undefined;
  try {
    unlinkSync(path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  const queryQueue = queueTakingTurns(pglite, turns);
  const handlers = new Set<PGLiteSocketHandler>();
  const server: Server = createServer((socket: Socket) => {
    // The handler's type names the library's own queue class, which it does not export; ours has its shape.
    const handler = new PGLiteSocketHandler({ queryQueue, closeOnDetach: true } as unknown as PGLiteSocketHandlerOptions);
    handlers.add(handler);
    const forget = () => handlers.delete(handler);
    handler.addEventListener('close', forget);
    handler.addEventListener('error', forget);
    handler.attach(socket).catch(() => {
      forget();
      socket.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => {
      server.off('error', reject);
      resolve();
    });
  });
  chmodSync(path, 0o600);
  return {
    path,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([...handlers].map((handler) => handler.detach(true)));
      handlers.clear();
      await closed;
      try {
        unlinkSync(path);
      } catch {
        // server.close() removes it already on most systems.
      }
    },
  };
}
