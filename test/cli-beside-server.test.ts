/**
 * The database commands while `retur serve` runs on the same PGlite data directory, as an operator runs
 * them: each works through the server's socket in the directory, and the server sees what it wrote at once.
 * A second server on the directory is still refused, in one line with exit code 2. One server for the file
 * (started in beforeAll); each test runs alone.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoForcedReturnsCsv } from '../src/statistics/demo.ts';
import { newPGliteDataDir } from './support/databases.ts';
import { freePort, startServer, type RunningServer } from './support/retur-server.ts';

const bin = new URL('../bin/retur.js', import.meta.url).pathname;

interface Report {
  readonly total: { readonly thisYear: number; readonly lastYear: number };
}

interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

describe('retur commands beside a running server on one PGlite directory', () => {
  let dataDir = '';
  let server: RunningServer;
  /** `retur ARGS` on the server's data directory, to its end. */
  const retur = async (args: string[]): Promise<Ran> => {
    const env = { ...process.env, RETUR_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' };
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { env, timeout: 30_000 });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string };
      return { code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
    }
  };

  const serverReport = async (): Promise<Report> => (await (await fetch(`${server.url}/api/v1/statistics/forced-returns?month=2026-03`)).json()) as Report;

  beforeAll(async () => {
    dataDir = await newPGliteDataDir();
    server = await startServer({ database: { dataDir } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('adds an account and issues its token through the server, which accepts the token at once', async () => {
    const added = await retur(['users', 'add', '--username', 'kari.udi', '--role', 'udi', '--password', 'a long enough password 1']);
    expect(added.code, added.stderr).toBe(0);
    const token = await retur(['users', 'token', '--username', 'kari.udi', '--name', 'beside the server']);
    expect(token.code, token.stderr).toBe(0);
    const secret = token.stdout.trim();

    const answer = await fetch(`${server.url}/api/v1/cases`, { headers: { authorization: `Bearer ${secret}` } });
    expect(answer.status).toBe(200);
  });

  it('imports returns through the server, which counts them at once', async () => {
    const csv = demoForcedReturnsCsv().split('\r\n');
    const file = join(dataDir, '..', `returns-${Date.now()}.csv`);
    // The header and the first 40 returns (the demo's file is in date order: January 2025).
    writeFileSync(file, csv.slice(0, 41).join('\r\n') + '\r\n');
    const before = await serverReport();
    const imported = await retur(['import', 'returns', file]);
    expect(imported.code, imported.stderr).toBe(0);
    const inserted = Number(/Imported (\d+) new record\(s\) of 40/.exec(imported.stdout)?.[1]);
    expect(inserted).toBeGreaterThan(0);
    expect((await serverReport()).total.lastYear).toBe(before.total.lastYear + inserted);
  });

  it('prints the same report with `retur stats` as the server serves', async () => {
    const stats = await retur(['stats', 'forced-returns', '--month', '2026-03']);
    expect(stats.code, stats.stderr).toBe(0);
    expect((JSON.parse(stats.stdout) as Report).total).toEqual((await serverReport()).total);
  });

  it('refuses a second server on the directory in one line, naming the process that holds it, with exit code 2', async () => {
    const second = await retur(['serve', '--no-demo', '--host', '127.0.0.1', '--port', String(await freePort())]);
    expect(second.code, second.stderr).toBe(2);
    expect(second.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(second.stderr).toContain(`is in use by process ${server.child.pid}`);
    expect(second.stderr).not.toMatch(/\n\s+at /);
    // The first one still answers.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
