import { createServer } from 'node:net';
import { buildServer } from '../api/server.ts';
import { oidcConfigFromEnv } from '../api/oidc-config.ts';
import { fail, UsageError } from './io.ts';
import { isEmpty, seedDemo } from '../cases/demo/seed.ts';
import { describeStore, openMigrated } from './database.ts';
import { printSeed } from './admin.ts';

/** `retur serve`: the web service. A port or data directory in use is one line and exit code 2. */
export async function serve(options: { port?: string; host?: string; demo: boolean }): Promise<void> {
  const port = options.port ?? process.env.PORT ?? '8080';
  const host = options.host ?? process.env.HOST ?? '0.0.0.0';
  try {
    // The configuration first: a wrong RETUR_OIDC_* variable stops the start, named, before anything opens.
    const oidc = oidcConfigFromEnv(process.env);
    // A port in use is found before the database is opened (seconds with PGlite); listen() checks again.
    await probePort(Number(port), host);
    const store = await openMigrated();
    try {
      console.log(`Database: ${describeStore(store)}`);
      if (options.demo && (await isEmpty(store.db))) {
        console.log('The database is empty: loading the demo data…');
        printSeed(await seedDemo(store.db));
      }
      const app = await buildServer({ db: store.db, oidc, backgroundJobs: true });
      try {
        await app.listen({ port: Number(port), host });
      } catch (error) {
        await app.close();
        throw listenError(error, port, host);
      }
      const close = async () => {
        await app.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', close);
      process.once('SIGTERM', close);
      console.log(`Retur is running on http://localhost:${port}`);
    } catch (error) {
      await store.close();
      throw error;
    }
  } catch (error) {
    fail(error);
  }
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
  if (errnoOf(error) === 'EADDRINUSE') return new UsageError(`Port ${port} on ${host} is in use by another process: stop it, or choose another port with --port or PORT.`);
  if (errnoOf(error) === 'EACCES') return new UsageError(`Not allowed to listen on port ${port} on ${host}: choose a port above 1023 with --port or PORT.`);
  return error;
}
