/**
 * Using the command wrongly: one line on standard error, exit code 2, never a stack trace. And the light
 * list of rule-set commands the CLI starts with agrees with the rule sets themselves.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleSets } from '../src/rules/index.ts';
import { ruleCommands } from '../src/cli/program.ts';

const bin = new URL('../bin/retur.js', import.meta.url).pathname;
const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, DATABASE_URL: '', ...env } });

function expectOneUsageLine(result: ReturnType<typeof run>, text: RegExp): void {
  expect(result.status, result.stderr).toBe(2);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(text);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('retur used wrongly', () => {
  it('lists the rule sets the rules have, by id, command and title', () => {
    expect(ruleCommands.map((c) => ({ id: c.id, command: [...c.command], title: c.title }))).toEqual(
      ruleSets.map((r) => ({ id: r.id, command: [...r.command], title: r.title })),
    );
  });

  it('says an unknown option is unknown, with a suggestion, before saying a required one is missing', () => {
    expectOneUsageLine(run(['stats', 'forced-returns', '--mnth', '2026-03']), /unknown option '--mnth' \(did you mean --month\?\)/);
  });

  it('refuses an unknown command or rule set with exit code 2', () => {
    expectOneUsageLine(run(['stat']), /unknown command 'stat' \(did you mean stats\?\)/);
    expectOneUsageLine(run(['check', 'eligibility']), /unknown command 'eligibility'/);
  });

  it('says which data directory is in use, and by which process, in one line', () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'retur-usage-')), 'data');
    mkdirSync(dataDir);
    // This test's own process is alive and is not the command's: the lock names a live holder.
    writeFileSync(join(dataDir, 'retur.lock'), String(process.pid));
    expectOneUsageLine(run(['migrate'], { RETUR_DATA_DIR: dataDir }), new RegExp(`in use by process ${process.pid}`));
  });

  it('says a port is in use in one line', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const dataDir = join(mkdtempSync(join(tmpdir(), 'retur-usage-')), 'data');
      const result = spawnSync(process.execPath, [bin, 'serve', '--no-demo', '--host', '127.0.0.1', '--port', String(port)], {
        encoding: 'utf8',
        timeout: 50_000,
        env: { ...process.env, DATABASE_URL: '', RETUR_DATA_DIR: dataDir },
      });
      expect(result.status, result.stderr).toBe(2);
      expect(result.stderr).toContain(`retur: Port ${port} on 127.0.0.1 is in use`);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });
});
