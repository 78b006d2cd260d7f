/**
 * What `retur serve` prints (issue 11): one JSON log stream (pino) on standard output, the start banner
 * included; the demo accounts once, clearly marked, on standard error, and only when the demo data is loaded;
 * a graceful shutdown on SIGTERM, logged step by step (stop accepting and finish the requests in flight, then
 * close the database), exit code 0. One spawn per test, on a PGlite data directory of its own.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { freePort } from './support/retur-server.ts';
import { newPGliteDataDir } from './support/databases.ts';

const bin = new URL('../bin/retur.js', import.meta.url).pathname;

interface Run {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
  /** What /healthz answered while it ran. */
  readonly health: number;
}

/** Starts `retur serve`, waits for its banner, asks /healthz, sends SIGTERM and waits for the exit. */
async function serveOnce(args: string[]): Promise<Run> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, RETUR_DATA_DIR: await newPGliteDataDir(), LOG_LEVEL: 'info', NODE_ENV: 'development' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [bin, 'serve', '--port', String(port), ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // 'close', not 'exit': the last output may still be in the pipes when the process exits.
  const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + 100_000;
  while (!stdout.includes('Retur is running')) {
    if (gone || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`retur serve did not start:\n${stdout}\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const health = (await fetch(`http://127.0.0.1:${port}/healthz`)).status;
  child.kill('SIGTERM');
  const code = await exited;
  return { stdout, stderr, code, health };
}

function logLines(stdout: string): { level: number; msg: string }[] {
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => {
      try {
        return JSON.parse(line) as { level: number; msg: string };
      } catch {
        throw new Error(`a line of standard output is not JSON: ${line}`);
      }
    });
}

describe('retur serve', () => {
  it(
    'logs only JSON lines, the banner included, and prints the demo accounts once, marked, on standard error when it loads the demo',
    { timeout: 150_000 },
    async () => {
      const run = await serveOnce(['--demo']);
      expect(run.health).toBe(200);
      const lines = logLines(run.stdout);
      expect(lines.some((l) => /^Retur is running on http:\/\/127\.0\.0\.1:\d+$/.test(l.msg))).toBe(true);
      expect(lines.some((l) => /demo data loaded/.test(l.msg))).toBe(true);
      expect(run.stdout).not.toContain('retur-demo-police');
      expect(run.stderr.match(/DEMO DATA, NOT FOR REAL USE/g)).toHaveLength(1);
      expect(run.stderr.match(/police\.demo\s+retur-demo-police/g)).toHaveLength(1);
    },
  );

  it('prints nothing on standard error without the demo data, and shuts down gracefully on SIGTERM, logged in order', { timeout: 150_000 }, async () => {
    const run = await serveOnce(['--no-demo']);
    expect(run.health).toBe(200);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const messages = logLines(run.stdout).map((l) => l.msg);
    const order = [/^shutting down/, /^requests finished/, /^database closed/].map((pattern) => messages.findIndex((m) => pattern.test(m)));
    expect(
      order.every((i) => i >= 0),
      messages.join('\n'),
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
