import { createServer } from 'node:net';
import { buildServer } from '../main/server.ts';
import { readEnvironment, type Environment } from '../api/config.ts';
import { fail, UsageError } from './io.ts';
import { isEmpty, seedDemo, type SeedResult } from '../main/demo-seed.ts';
import { version } from '../shared/version.ts';
import { describeStore, openMigrated } from './database.ts';
import type { Store } from '../store/index.ts';
import { printSeed, refuseDemoInProduction } from './admin.ts';

/**
 * Whether `serve` loads the demo data (accounts with published passwords) into an empty database: when asked
 * with --demo; without either flag, only on the embedded PGlite a newcomer's `npm start` gets (never with
 * DATABASE_URL, never under NODE_ENV=production); never with --no-demo. Asking for it in production is
 * refused (REQUEST_INVALID, exit 2).
 */
export function demoWanted(demo: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  if (demo === true) refuseDemoInProduction(env);
  if (demo !== undefined) return demo;
  return !env.DATABASE_URL && env.NODE_ENV !== 'production';
}

/** A running service, as `retur serve` starts it. */
export interface Service {
  /** Where it listens, e.g. http://127.0.0.1:8080. */
  readonly address: string;
  close(): Promise<void>;
}

/**
 * Starts the service as `retur serve` does, from its options and the environment: the configuration first (every
 * variable through the one schema of config.ts; a wrong one or an unknown RETUR_* name stops the start, named,
 * before anything opens: undefined, exit code 2), a port
 * in use found before the database is opened (seconds with PGlite), then the database, the demo data where
 * wanted, and the server on `host` (HOST, else 127.0.0.1: only this machine).
 */
export async function startService(options: { port?: string; host?: string; demo?: boolean }): Promise<Service | undefined> {
  let environment: Environment;
  let demo: boolean;
  let port: number;
  let host: string;
  try {
    environment = readEnvironment(process.env);
    if (options.port !== undefined && !/^\d{1,5}$/.test(options.port)) throw new UsageError(`--port ${options.port} is not a port number (0 to 65535).`);
    port = options.port === undefined ? (environment.port ?? 8080) : Number(options.port);
    host = options.host ?? environment.host ?? '127.0.0.1';
    demo = demoWanted(options.demo, process.env);
    await probePort(port, host);
  } catch (error) {
    fail(error);
    return undefined;
  }
  let store: Store;
  try {
    // A data directory another live process holds is refused here (STORE_DATA_DIR_IN_USE: one line, exit 2).
    store = await openMigrated({ server: true });
  } catch (error) {
    fail(error);
    return undefined;
  }
  try {
    // One JSON log stream (pino, on standard output) from here on: the server's own logger says everything.
    const app = await buildServer({ db: store.db, oidc: environment.oidc, config: environment, backgroundJobs: true, metricsToken: environment.metricsToken });
    const log = app.log;
    log.info({ database: store.kind, where: describeStore(store), version }, 'database opened and migrated');
    if (store.kind === 'postgres' && environment.webSecret === undefined) {
      // The public pages' form tokens are signed with it: each instance would refuse the others' forms.
      log.warn(
        'RETUR_WEB_SECRET is not set: each instance makes its own, so with several instances on this database a public page shown by one is refused by another; set the same RETUR_WEB_SECRET on all of them',
      );
    }
    if (await isEmpty(store.db)) {
      if (demo) {
        log.warn({ demo: true }, 'the database is empty: loading the demo data (accounts with published passwords)');
        const seeded = await seedDemo(store.db);
        log.warn({ demo: true, households: seeded.cases, departures: seeded.departures }, 'demo data loaded: its accounts are on standard error');
        printDemoAccounts(seeded);
      } else {
        log.info('the database is empty: add an account with `retur users add` (the demo data is loaded only when asked, with --demo)');
      }
    }
    let address: string;
    try {
      address = await app.listen({ port, host });
    } catch (error) {
      await app.close();
      throw listenError(error, String(port), host);
    }
    log.info({ address, version, node: process.version }, `Retur is running on ${address}`);
    return {
      address,
      close: async () => {
        // Fastify stops accepting connections, answers new requests on open ones with 503, and waits for the
        // requests in flight; then the database.
        log.info('shutting down: no new connections, finishing the requests in flight');
        await app.close();
        log.info('requests finished; closing the database');
        await store.close();
        log.info('database closed; stopped');
        // Standard output may be a pipe, written asynchronously: let the last lines out before the process exits.
        await new Promise<void>((resolve) => {
          const flush = (log as { flush?: (done: () => void) => void }).flush;
          if (typeof flush === 'function') flush.call(log, () => resolve());
          else resolve();
        });
      },
    };
  } catch (error) {
    await store.close();
    fail(error);
    return undefined;
  }
}

/** The demo accounts, once, on standard error (never in the log): clearly marked as demo data. */
function printDemoAccounts(seeded: SeedResult): void {
  const rule = '='.repeat(78);
  process.stderr.write(`${rule}\nDEMO DATA, NOT FOR REAL USE: these accounts have published passwords.\n`);
  printSeed(seeded, (line) => process.stderr.write(`${line}\n`));
  process.stderr.write(`${rule}\n`);
}

/** `retur serve`: the web service, until SIGINT or SIGTERM. A port or data directory in use is one line and exit code 2. */
export async function serve(options: { port?: string; host?: string; demo?: boolean }): Promise<void> {
  const service = await startService(options);
  if (!service) return;
  let closing = false;
  const close = async () => {
    // A second signal while closing stops at once.
    if (closing) process.exit(1);
    closing = true;
    await service.close();
    process.exit(0);
  };
  process.on('SIGINT', close);
  process.on('SIGTERM', close);
}

function errnoOf(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** Listens on the port and lets go again: a usage error when it cannot. */
async function probePort(port: number, host: string): Promise<void> {
  const probe = createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject);
      probe.listen(port, host, resolve);
    });
  } catch (error) {
    throw listenError(error, String(port), host);
  } finally {
    await new Promise((resolve) => probe.close(resolve));
  }
}

function listenError(error: unknown, port: string, host: string): unknown {
  if (errnoOf(error) === 'EADDRINUSE')
    return new UsageError(`Port ${port} on ${host} is in use by another process: stop it, or choose another port with --port or PORT.`);
  if (errnoOf(error) === 'EACCES') return new UsageError(`Not allowed to listen on port ${port} on ${host}: choose a port above 1023 with --port or PORT.`);
  return error;
}
