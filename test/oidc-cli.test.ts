/**
 * `retur users link` and `retur users unlink` as an administrator runs them, on a PGlite data directory of
 * the file's own: the provider taken from RETUR_OIDC_ISSUER, a refusal with exit code 2, and unlinking.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/store/db.ts';
import { oidcTables } from '../src/store/oidc-tables.ts';

const bin = new URL('../bin/retur.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'retur-cli-oidc-'));
const env = { ...process.env, RETUR_DATA_DIR: join(dir, 'data'), DATABASE_URL: '', RETUR_OIDC_ISSUER: 'https://login.example.no' };
const run = (args: string[], more: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 120_000, env: { ...env, ...more } });
const problemOf = (stderr: string) => JSON.parse(stderr) as { code: string; detail: string };

describe('retur users link and unlink', () => {
  // Each run starts Node and PGlite: a few seconds apiece on a busy machine. The rules of linking are tested
  // in-process in test/oidc.test.ts; here, what the command adds to them.
  it('links an identity at the configured provider, refuses with exit code 2, and unlinks', { timeout: 240_000 }, async () => {
    expect(run(['users', 'add', '--username', 'udi.ola', '--role', 'udi', '--password', 'a long enough password']).status).toBe(0);

    const linked = run(['users', 'link', '--username', 'udi.ola', '--subject', 'ola-sub']);
    expect(linked.status, linked.stderr).toBe(0);
    expect(linked.stdout).toContain('Linked udi.ola to ola-sub at https://login.example.no/');

    const refused = run(['users', 'link', '--username', 'nobody', '--subject', 'x', '--issuer', 'https://idp.other.example']);
    expect(refused.status, refused.stderr).toBe(2);
    expect(problemOf(refused.stderr)).toMatchObject({ code: 'REQUEST_INVALID', detail: 'No user nobody' });

    const store = await openDatabase({ dataDir: join(dir, 'data') });
    try {
      expect(await oidcTables(store.db).selectFrom('user_identities').select(['issuer', 'subject']).execute()).toEqual([
        { issuer: 'https://login.example.no/', subject: 'ola-sub' },
      ]);
    } finally {
      await store.close();
    }

    const unlinked = run(['users', 'unlink', '--username', 'udi.ola', '--all']);
    expect(unlinked.status, unlinked.stderr).toBe(0);
    expect(unlinked.stdout).toContain('Unlinked 1 identity of udi.ola');
  });
});
