/**
 * Every environment variable through one schema at start (issue 11): defaults, each wrong value and each
 * unknown RETUR_* name refused at once by name (CONFIG_INVALID, exit code 2 before anything opens), and the
 * table of docs/configuration.md and .env.example listing exactly the variables the schema knows.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { environmentVariables, readEnvironment } from '../src/api/config.ts';
import { ReturError } from '../src/shared/errors.ts';

/** The variables a CONFIG_INVALID names, with their messages. */
function refused(env: NodeJS.ProcessEnv): Record<string, string> {
  try {
    readEnvironment(env);
  } catch (error) {
    if (!(error instanceof ReturError) || error.code !== 'CONFIG_INVALID') throw error;
    return Object.fromEntries(error.errors.map((e) => [e.path.slice(1), e.message]));
  }
  throw new Error('not refused');
}

describe('readEnvironment', () => {
  it('gives the defaults for an empty environment, and counts an empty variable as unset', () => {
    expect(readEnvironment({ PORT: '', LOG_LEVEL: ' ' })).toMatchObject({
      port: undefined,
      host: undefined,
      databaseUrl: undefined,
      dataDir: './data',
      logLevel: 'info',
      publicUrl: null,
      trustProxy: false,
      tokenDays: 90,
      oidc: null,
    });
  });

  it('reads every variable it knows', () => {
    const environment = readEnvironment({
      PORT: '9090',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgresql://retur@db:5432/retur',
      RETUR_DATA_DIR: '/var/lib/retur',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      RETUR_WEB_SECRET: 'x'.repeat(32),
      RETUR_STATISTICS_RATE_LIMIT: '600',
      PATH: '/usr/bin',
    });
    expect(environment).toMatchObject({
      port: 9090,
      host: '0.0.0.0',
      databaseUrl: 'postgresql://retur@db:5432/retur',
      dataDir: '/var/lib/retur',
      nodeEnv: 'production',
      logLevel: 'warn',
      statisticsRateLimit: 600,
    });
  });

  it('refuses a RETUR_ name it does not know, suggesting the nearest one it knows', () => {
    expect(refused({ RETUR_TOKENS_DAYS: '30' })).toEqual({ RETUR_TOKENS_DAYS: 'is not a variable Retur knows (did you mean RETUR_TOKEN_DAYS?)' });
    expect(refused({ RETUR_OIDC_CLIENTID: 'retur' })).toEqual({ RETUR_OIDC_CLIENTID: 'is not a variable Retur knows (did you mean RETUR_OIDC_CLIENT_ID?)' });
    expect(refused({ RETUR_COLOUR: 'blue' })).toEqual({ RETUR_COLOUR: 'is not a variable Retur knows' });
  });

  it("names every wrong variable at once, OpenID Connect's in the same answer", () => {
    const errors = refused({
      PORT: '80000',
      HOST: 'not a host',
      DATABASE_URL: 'mysql://db/retur',
      NODE_ENV: 'prod',
      LOG_LEVEL: 'loud',
      RETUR_WEB_SECRET: 'short',
      RETUR_TOKEN_DAYS: '0',
      RETUR_OIDC_ISSUER: 'https://idp.example.no',
      RETUR_TYPO: '1',
    });
    expect(Object.keys(errors).sort()).toEqual(
      [
        'DATABASE_URL',
        'HOST',
        'LOG_LEVEL',
        'NODE_ENV',
        'PORT',
        'RETUR_OIDC_CLIENT_ID',
        'RETUR_OIDC_CLIENT_SECRET',
        'RETUR_OIDC_REDIRECT_URI',
        'RETUR_TOKEN_DAYS',
        'RETUR_TYPO',
        'RETUR_WEB_SECRET',
      ].sort(),
    );
  });

  it('checks the OpenID Connect variables together only where asked (serve), not for the other commands', () => {
    expect(refused({ RETUR_OIDC_ISSUER: 'https://login.example.no' })).toHaveProperty('RETUR_OIDC_CLIENT_ID');
    expect(readEnvironment({ RETUR_OIDC_ISSUER: 'https://login.example.no' }, { oidc: false }).oidc).toBeNull();
    expect(() => readEnvironment({ RETUR_OIDC_ISSUR: 'https://login.example.no' }, { oidc: false })).toThrow(ReturError);
  });

  it("knows the test suite's own variables, and ignores what is not RETUR_", () => {
    expect(() =>
      readEnvironment({
        RETUR_REQUIRE_POSTGRES: '1',
        RETUR_TEST_DATABASE_URL: 'postgres://x/y',
        RETUR_TEST_PG_BIN: '/usr/lib',
        RETUR_FUZZ_SEED: '7',
        RETURN: 'x',
        MY_RETUR_X: 'y',
      }),
    ).not.toThrow();
  });
});

describe('the list of variables', () => {
  const documented = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!).sort();

  it('is the table of docs/configuration.md, one row each', () => {
    const doc = readFileSync(new URL('../docs/configuration.md', import.meta.url), 'utf8');
    expect(documented(doc, /^\| `([A-Z_]+)` \|/gm)).toEqual([...environmentVariables].sort());
  });

  it('is .env.example, one line each', () => {
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    expect(documented(example, /^# ([A-Z_]+)=/gm)).toEqual([...environmentVariables].sort());
  });
});

describe('a command that opens the database', () => {
  it('stops with exit code 2 before anything opens when a RETUR_ name is unknown', () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'retur-env-')), 'data');
    const result = spawnSync(process.execPath, [new URL('../bin/retur.js', import.meta.url).pathname, 'migrate'], {
      encoding: 'utf8',
      timeout: 45_000,
      env: { ...process.env, RETUR_DATA_DIR: dataDir, DATABASE_URL: '', RETUR_TOKENS_DAYS: '30' },
    });
    expect(result.status, result.stderr).toBe(2);
    expect(JSON.parse(result.stderr)).toMatchObject({ code: 'CONFIG_INVALID', errors: [{ path: '/RETUR_TOKENS_DAYS' }] });
    expect(existsSync(dataDir)).toBe(false);
  });
});
