/**
 * A throwaway PostgreSQL server for one test run: initdb into a temporary directory, start on a free port
 * on 127.0.0.1 with trust authentication, stop and delete afterwards. Used by vitest.global-setup.ts.
 *
 * Which server: RETUR_TEST_DATABASE_URL, if set, names an existing server to use instead (a superuser or
 * CREATEDB URL; CI with a service container). Otherwise the PostgreSQL binaries are RETUR_TEST_PG_BIN, or
 * the directory of `initdb` on the PATH, or the newest /usr/lib/postgresql/<n>/bin. initdb refuses to run as
 * root, so as root the server runs as the `postgres` user through `runuser`.
 */
import { execFile, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export interface TestPostgres {
  /** Connection URL of the server's `postgres` database, as a superuser. */
  readonly url: string;
  /** e.g. "PostgreSQL 15.18". */
  readonly version: string;
  readonly started: boolean;
  stop(): Promise<void>;
}

export type TestPostgresResult = { readonly ok: true; readonly server: TestPostgres } | { readonly ok: false; readonly reason: string };

export async function startTestPostgres(): Promise<TestPostgresResult> {
  const external = process.env['RETUR_TEST_DATABASE_URL'];
  if (external !== undefined && external !== '') {
    try {
      const version = await serverVersion(external);
      return { ok: true, server: { url: external, version, started: false, stop: async () => {} } };
    } catch (error) {
      return { ok: false, reason: `RETUR_TEST_DATABASE_URL is set but the server did not answer: ${String(error)}` };
    }
  }
  const bin = findBinaries();
  if (bin === undefined) {
    return {
      ok: false,
      reason: 'no PostgreSQL binaries (initdb, pg_ctl) found; install them with `apt-get install -y postgresql`, or set RETUR_TEST_DATABASE_URL',
    };
  }
  const asPostgresUser = process.getuid?.() === 0;
  const wrap = (command: string, args: string[]): [string, string[]] =>
    asPostgresUser ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];

  const root = mkdtempSync(join(tmpdir(), 'retur-pg-'));
  const data = join(root, 'data');
  const cleanup = (): void => rmSync(root, { recursive: true, force: true });
  try {
    if (asPostgresUser) {
      const user = postgresUser();
      if (user === undefined) throw new Error('running as root and there is no `postgres` user to run the server as');
      chownSync(root, user.uid, user.gid);
    }
    await run(...wrap(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']));
    let port = 0;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300`;
      try {
        await run(...wrap(join(bin, 'pg_ctl'), ['-D', data, '-l', join(root, 'log'), '-w', '-t', '30', '-o', options, 'start']));
        break;
      } catch (error) {
        // Another process may have taken the port between our probe and the start: try another.
        if (attempt >= 3) throw new Error(`pg_ctl start failed: ${lastLine(error)}; server log: ${readLog(root).trim().split('\n').at(-1) ?? ''}`);
      }
    }
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    const version = await serverVersion(url);
    let stopped = false;
    const stopNow = (): void => {
      if (stopped) return;
      stopped = true;
      const [command, args] = wrap(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      spawnSync(command, args, { stdio: 'ignore' });
      cleanup();
    };
    // If the run is interrupted before the teardown, do not leave a server behind.
    process.once('exit', stopNow);
    return {
      ok: true,
      server: {
        url,
        version,
        started: true,
        stop: async () => {
          process.removeListener('exit', stopNow);
          stopNow();
        },
      },
    };
  } catch (error) {
    cleanup();
    return { ok: false, reason: `could not start a PostgreSQL server from ${bin}: ${lastLine(error)}` };
  }
}

/** The telling line of a failed command: the last line it wrote to stderr, else the error's first line. */
function lastLine(error: unknown): string {
  const stderr = typeof error === 'object' && error !== null && 'stderr' in error && typeof error.stderr === 'string' ? error.stderr.trim() : '';
  const text = stderr !== '' ? stderr : error instanceof Error ? error.message : String(error);
  return (
    text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .at(stderr !== '' ? -1 : 0) ?? text
  );
}

function findBinaries(): string | undefined {
  const explicit = process.env['RETUR_TEST_PG_BIN'];
  if (explicit !== undefined && explicit !== '') return explicit;
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    const initdb = join(dir, 'initdb');
    if (dir !== '' && existsSync(initdb)) return dirname(realpathSync(initdb));
  }
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
  return versions[0] === undefined ? undefined : join(base, versions[0], 'bin');
}

function postgresUser(): { uid: number; gid: number } | undefined {
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ server_version: string }>('SHOW server_version');
    return `PostgreSQL ${result.rows[0]?.server_version ?? '?'}`;
  } finally {
    await client.end();
  }
}

function readLog(root: string): string {
  try {
    return readFileSync(join(root, 'log'), 'utf8');
  } catch {
    return '';
  }
}
