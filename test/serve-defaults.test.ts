/**
 * Safe defaults of `retur serve` (issue 10, point 10): the demo accounts, whose passwords are published, are
 * loaded only where they serve a newcomer (the embedded PGlite of `npm start`, or when asked with --demo),
 * never into a database given by DATABASE_URL unless asked, never under NODE_ENV=production; and the service
 * listens on 127.0.0.1 unless HOST (or --host) says otherwise.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoWanted, startService } from '../src/cli/serve.ts';
import { ReturError } from '../src/shared/errors.ts';
import { caseWork } from '../src/store/tables.ts';
import { onPostgres } from './support/databases.ts';

const bin = new URL('../bin/retur.js', import.meta.url).pathname;

describe('the demo data', () => {
  it('is wanted on the embedded PGlite, with --demo, and never with DATABASE_URL unless asked or in production', () => {
    expect(demoWanted(undefined, {})).toBe(true);
    expect(demoWanted(undefined, { DATABASE_URL: 'postgres://db.example.no/retur' })).toBe(false);
    expect(demoWanted(true, { DATABASE_URL: 'postgres://db.example.no/retur' })).toBe(true);
    expect(demoWanted(false, {})).toBe(false);
    expect(demoWanted(undefined, { NODE_ENV: 'production' })).toBe(false);
    expect(() => demoWanted(true, { NODE_ENV: 'production' })).toThrow(ReturError);
  });

  // One spawn per test: each starts the whole command, slow on a loaded machine.
  it.each([
    ['serve', '--demo', '--port', '0'],
    ['seed', '--demo'],
  ])('asked for under NODE_ENV=production, stops `retur %s %s` with exit code 2 before anything is opened', (...args) => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'retur-serve-')), 'data');
    const result = spawnSync(process.execPath, [bin, ...args], {
      encoding: 'utf8',
      timeout: 45_000,
      env: { ...process.env, NODE_ENV: 'production', RETUR_DATA_DIR: dataDir, DATABASE_URL: '' },
    });
    expect(result.status, `${args.join(' ')}: ${result.stderr}`).toBe(2);
    expect(JSON.parse(result.stderr)).toMatchObject({ code: 'REQUEST_INVALID' });
    expect(existsSync(dataDir)).toBe(false);
  });
});

onPostgres((database) => {
  describe('retur serve on a database given by DATABASE_URL', () => {
    it('loads no demo accounts into it and listens on 127.0.0.1 only', async () => {
      const store = await database.open({ migrated: false });
      const saved = { DATABASE_URL: process.env.DATABASE_URL, HOST: process.env.HOST, NODE_ENV: process.env.NODE_ENV };
      Object.assign(process.env, { DATABASE_URL: store.url, NODE_ENV: 'development' });
      delete process.env.HOST;
      const service = await startService({ port: '0' });
      try {
        expect(service?.address).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        expect((await fetch(`${service!.address}/healthz`)).status).toBe(200);
        expect(await caseWork(store.db).selectFrom('users').select('username').execute()).toEqual([]);
      } finally {
        await service?.close();
        for (const [name, value] of Object.entries(saved)) {
          if (value === undefined) delete process.env[name];
          else process.env[name] = value;
        }
      }
    });
  });
});
