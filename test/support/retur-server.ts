/**
 * `retur serve` as a child process on a free loopback port, for the benchmarks and tests that need a real
 * server (the load benchmark, the HTTP crash test): started on a PGlite data directory or a DATABASE_URL,
 * ready once /healthz answers, stopped (or killed) by the caller.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A port nobody listens on now, on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningServer {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything the server printed on standard error so far (its log lines go to standard output). */
  stderr(): string;
  /** SIGTERM, and waits for the exit. */
  stop(): Promise<void>;
  /** SIGKILL, and waits for the exit. */
  kill(): Promise<void>;
}

export interface ServeOptions {
  /** A PGlite data directory (RETUR_DATA_DIR), or a PostgreSQL URL (DATABASE_URL). */
  readonly database: { readonly dataDir: string } | { readonly databaseUrl: string };
  /** More variables for the server (LOG_LEVEL, RETUR_STATISTICS_RATE_LIMIT …). */
  readonly env?: Readonly<Record<string, string>>;
  /** More arguments after `serve` (default `--no-demo`). */
  readonly args?: readonly string[];
  /** How long to wait for /healthz (default 120 s: a first start migrates). */
  readonly timeoutMs?: number;
}

/** Runs a `retur` command (node bin/retur.js …) to its end with the database's variables; rejects unless it exits 0. */
export async function runRetur(args: readonly string[], options: Pick<ServeOptions, 'database' | 'env'>): Promise<string> {
  const child = spawn(process.execPath, ['bin/retur.js', ...args], { cwd: root, env: environment(options), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`retur ${args.join(' ')} exited ${code}:\n${out}`);
  return out;
}

function environment(options: Pick<ServeOptions, 'database' | 'env'>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...options.env };
  if ('dataDir' in options.database) {
    env.RETUR_DATA_DIR = options.database.dataDir;
    delete env.DATABASE_URL;
  } else {
    env.DATABASE_URL = options.database.databaseUrl;
  }
  return env;
}

/** Starts `retur serve` on a free loopback port and waits until it answers. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/retur.js', 'serve', '--port', String(port), '--host', '127.0.0.1', ...(options.args ?? ['--no-demo'])], {
    cwd: root,
    env: environment(options),
    // The log (standard output) is not read: a pipe nobody reads would fill and stall the server.
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let gone = false;
  void exited.then(() => (gone = true));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (gone) throw new Error(`retur serve exited before it answered:\n${stderr}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`retur serve did not answer within ${options.timeoutMs ?? 120_000} ms:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const end = async (signal: NodeJS.Signals) => {
    if (!gone) child.kill(signal);
    await exited;
  };
  return { url, child, stderr: () => stderr, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}
