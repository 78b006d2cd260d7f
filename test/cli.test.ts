/**
 * The `retur` command as a user runs it: JSON in from a file or standard input, JSON out, problems on
 * standard error with exit code 2.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../bin/retur.js', import.meta.url).pathname;
const run = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', timeout: 30_000 });

describe('retur check', () => {
  it('answers one object read from standard input', () => {
    const result = run(['check', 'forced-return-category', '-'], JSON.stringify({ date: '2026-03-01', dublinTransfer: true }));
    expect(result.status, result.stderr).toBe(0);
    const answer = JSON.parse(result.stdout);
    expect(answer.category).toBe('dublin');
    expect(answer.trace.ruleSet).toBe('forced-return-category');
  });

  it('answers an array from a file in the same order, without traces on request', () => {
    const dir = mkdtempSync(join(tmpdir(), 'retur-cli-'));
    const file = join(dir, 'input.json');
    writeFileSync(
      file,
      JSON.stringify([{ date: '2026-03-01', expelled: true }, { date: '2026-03-01' }, { date: '2026-03-01', protectionInOtherSchengenCountry: true }]),
    );
    const result = run(['check', 'forced-return-category', '--no-trace', file]);
    expect(result.status, result.stderr).toBe(0);
    const answers = JSON.parse(result.stdout);
    expect(answers.map((a: { category: string }) => a.category)).toEqual(['expelled', 'refused', 'ip']);
    expect(answers[0].trace).toBeUndefined();
  });

  const expelled = JSON.stringify({ date: '2026-03-01', expelled: true });

  it('writes each message with its key, params and English text by default', () => {
    const english = JSON.parse(run(['check', 'forced-return-category', '--no-trace', '-'], expelled).stdout);
    expect(english.reasons[0]).toMatchObject({ key: 'rules.forced-return.category.expelled', params: {} });
    expect(english.reasons[0].text).toMatch(/^You have been expelled\./);
  });

  it("writes each message's text in the language --lang names", () => {
    const bokmal = run(['check', 'forced-return-category', '--no-trace', '--lang', 'nb', '-'], expelled);
    expect(bokmal.status, bokmal.stderr).toBe(0);
    expect(JSON.parse(bokmal.stdout).reasons[0].text).toMatch(/^Du er utvist\./);
  });

  it('refuses a language it does not speak, naming lang, with exit code 2', () => {
    const unknown = run(['check', 'forced-return-category', '--lang', 'xx', '-'], expelled);
    expect(unknown.status).toBe(2);
    expect(JSON.parse(unknown.stderr).errors[0].path).toBe('/lang');
  });

  it('prints the problem on standard error and exits 2 on bad input, naming the item and field', () => {
    const result = run(['check', 'forced-return-category', '-'], JSON.stringify([{ date: '2026-03-01' }, { date: '2026-03-01', colour: 'red' }]));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const problem = JSON.parse(result.stderr);
    expect(problem.code).toBe('REQUEST_INVALID');
    expect(problem.errors[0].path).toBe('/1/colour');
  });

  it('refuses a NUL or a lone surrogate in the input as not text, naming the item and field, with exit code 2', () => {
    const result = run(
      ['check', 'forced-return-category', '-'],
      '[{"date": "2026-03-01"}, {"date": "2026-03-01\\u0000"}, {"date": "2026-03-01", "x\\ud800": true}]',
    );
    expect(result.status).toBe(2);
    const problem = JSON.parse(result.stderr);
    expect(problem.code).toBe('REQUEST_INVALID');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: '/1/date', code: 'invalid_characters' }),
        expect.objectContaining({ path: '/2/x\ud800', code: 'invalid_characters' }),
      ]),
    );
  });

  it('exits 2 on input that is not JSON, and on a file that does not exist', () => {
    const notJson = run(['check', 'forced-return-category', '-'], '{ nope');
    expect(notJson.status).toBe(2);
    expect(JSON.parse(notJson.stderr).code).toBe('REQUEST_MALFORMED_JSON');
    const missing = run(['check', 'forced-return-category', '/nonexistent/input.json']);
    expect(missing.status).toBe(2);
    expect(JSON.parse(missing.stderr).code).toBe('REQUEST_INVALID');
  });
});

describe('retur serve', () => {
  it('stops before it opens anything when an OpenID Connect variable is wrong, naming each one, without a stack trace', () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'retur-serve-')), 'data');
    const result = spawnSync(process.execPath, [bin, 'serve', '--port', '0'], {
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, RETUR_DATA_DIR: dataDir, RETUR_OIDC_ISSUER: 'http://idp.example.no', RETUR_OIDC_CLIENT_ID: 'retur', DATABASE_URL: '' },
    });
    expect(result.status).toBe(2);
    const problem = JSON.parse(result.stderr);
    expect(problem.code).toBe('CONFIG_INVALID');
    expect(problem.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['/RETUR_OIDC_ISSUER', '/RETUR_OIDC_CLIENT_SECRET']));
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(dataDir)).toBe(false);
  });
});
