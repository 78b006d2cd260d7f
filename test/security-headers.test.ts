/**
 * The headers every answer carries and what the server trusts (issue 10, point 11): a Content Security Policy
 * without 'unsafe-inline' and with frame-ancestors 'none', Referrer-Policy, nosniff on every answer (pages,
 * assets, API answers, problems, error pages, and the paths Fastify refuses before any hook), HSTS only when
 * the public address is https, `Cache-Control: no-store` on every answer that carries personal data, Secure
 * cookies when the public address is https, and X-Forwarded-* only from the proxies RETUR_TRUST_PROXY names.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildServer } from '../src/main/server.ts';
import { defaultServerConfig, serverConfigFromEnv, type ServerConfig } from '../src/api/config.ts';
import { createUser } from '../src/cases/accounts.ts';
import { ReturError } from '../src/shared/errors.ts';
import { stylesheet } from '../src/web/assets.ts';
import { forEachDatabase } from './support/databases.ts';

const httpsConfig: ServerConfig = { ...defaultServerConfig, publicUrl: new URL('https://retur.example.no') };
const httpConfig: ServerConfig = { ...defaultServerConfig, publicUrl: new URL('http://localhost:8080') };

/** Answers of every kind the server gives, without a database. */
const kinds: Record<string, InjectOptions> = {
  'a page': { url: '/' },
  'a page in another language (sets a cookie)': { url: '/docs/errors?lang=nb' },
  'the stylesheet': { url: stylesheet.url },
  'a rule answer': { method: 'POST', url: '/api/v1/rules/forced-return-category', payload: { date: '2026-03-10', expelled: true } },
  'a 400 problem': { method: 'POST', url: '/api/v1/rules/forced-return-category', payload: { date: 'soon' } },
  'a 404 problem': { url: '/api/v1/nothing-here' },
  'a 404 page': { url: '/nothing-here', headers: { accept: 'text/html' } },
  'the OpenAPI document': { url: '/api/openapi.json' },
  'a path that is not UTF-8 (refused before any hook)': { url: '/api/v1/cases/%E0%A4%A' },
};

function expectSecurityHeaders(response: LightMyRequestResponse, what: string): void {
  const csp = String(response.headers['content-security-policy']);
  expect(csp, what).toMatch(/frame-ancestors 'none'/);
  expect(csp, what).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(csp, what).toMatch(/default-src '(self|none)'/);
  expect(response.headers['x-content-type-options'], what).toBe('nosniff');
  expect(response.headers['referrer-policy'], what).toBe('no-referrer');
  expect(response.headers['x-frame-options'], what).toBe('DENY');
}

// The first server a process builds compiles every route's schema: done once, under the hook's timeout.
beforeAll(async () => {
  await (await buildServer({ logger: false, oidc: null, config: defaultServerConfig })).close();
});

describe('the security headers', () => {
  it('are on every kind of answer, with a policy that allows nothing inline, and HSTS only when the public address is https', async () => {
    for (const [config, hsts] of [
      [defaultServerConfig, false],
      [httpConfig, false],
      [httpsConfig, true],
    ] as const) {
      const app = await buildServer({ logger: false, oidc: null, config });
      for (const [what, request] of Object.entries(kinds)) {
        const response = await app.inject(request);
        expect(response.statusCode, what).toBeLessThan(500);
        expectSecurityHeaders(response, what);
        if (hsts) expect(response.headers['strict-transport-security'], what).toBe('max-age=31536000; includeSubDomains');
        else expect(response.headers['strict-transport-security'], what).toBeUndefined();
      }
      await app.close();
    }
  });

  it('let the pages load scripts, styles, fonts and images from Retur only, post forms to Retur and to the quick exit only', async () => {
    const app = await buildServer({ logger: false, oidc: null, config: defaultServerConfig });
    const csp = String((await app.inject({ url: '/' })).headers['content-security-policy']);
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives).toMatchObject({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'font-src': ["'self'"],
      'form-action': ["'self'", 'https://www.google.com'],
      'frame-ancestors': ["'none'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
    });
    await app.close();
  });

  it('leave caching to public answers that ask for it (assets, statistics), and say no-store on everything else', async () => {
    const app = await buildServer({ logger: false, oidc: null, config: defaultServerConfig });
    expect((await app.inject({ url: stylesheet.url })).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const what of ['a page', 'a rule answer', 'a 400 problem', 'a 404 problem', 'a 404 page', 'a path that is not UTF-8 (refused before any hook)']) {
      expect((await app.inject(kinds[what]!)).headers['cache-control'], what).toBe('no-store');
    }
    await app.close();
  });
});

describe('the configuration', () => {
  it('defaults to no public address, no trusted proxy and tokens of 90 days', () => {
    expect(serverConfigFromEnv({})).toEqual({ publicUrl: null, trustProxy: false, tokenDays: 90, statisticsRateLimit: 120 });
    expect(serverConfigFromEnv({ RETUR_PUBLIC_URL: 'https://retur.example.no/', RETUR_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8', RETUR_TOKEN_DAYS: '30' })).toEqual({
      publicUrl: new URL('https://retur.example.no/'),
      trustProxy: ['127.0.0.1', '10.0.0.0/8'],
      tokenDays: 30,
      statisticsRateLimit: 120,
    });
  });

  it('refuses a wrong value with CONFIG_INVALID naming the variable', () => {
    for (const [name, value] of [
      ['RETUR_PUBLIC_URL', 'retur.example.no'],
      ['RETUR_PUBLIC_URL', 'ftp://retur.example.no'],
      ['RETUR_TRUST_PROXY', 'everyone'],
      ['RETUR_TRUST_PROXY', '10.0.0.0/33'],
      ['RETUR_TOKEN_DAYS', '0'],
      ['RETUR_TOKEN_DAYS', 'ninety'],
      ['RETUR_STATISTICS_RATE_LIMIT', '0'],
      ['RETUR_STATISTICS_RATE_LIMIT', 'lots'],
    ] as const) {
      let thrown: unknown;
      try {
        serverConfigFromEnv({ [name]: value });
      } catch (error) {
        thrown = error;
      }
      expect(thrown, `${name}=${value}`).toBeInstanceOf(ReturError);
      expect((thrown as ReturError).code).toBe('CONFIG_INVALID');
      expect((thrown as ReturError).errors?.map((e) => e.path)).toEqual([`/${name}`]);
    }
  });
});

forEachDatabase((database) => {
  describe('answers with personal data, cookies and proxies', () => {
    /** Servers with `config` on one database with one account. */
    async function servers(): Promise<(config: ServerConfig, loginRateLimit?: number) => Promise<FastifyInstance>> {
      const store = await database.open();
      await createUser(store.db, { username: 'udi.headers', displayName: 'UDI', role: 'udi', password: 'password-for-udi' });
      return (config, loginRateLimit = 1000) => buildServer({ logger: false, db: store.db, oidc: null, config, loginRateLimit });
    }
    const login = { method: 'POST' as const, url: '/api/v1/auth/login', payload: { username: 'udi.headers', password: 'password-for-udi' } };
    const sessionCookie = (response: LightMyRequestResponse) => [response.headers['set-cookie']].flat().find((c) => c?.startsWith('retur_session='));

    it('say no-store on every answer of a route for signed-in roles and of signing in and out, errors included', async () => {
      const app = await (await servers())(defaultServerConfig);
      const signedIn = await app.inject(login);
      expect(signedIn.statusCode).toBe(200);
      expect(signedIn.headers['cache-control']).toBe('no-store');
      const headers = { cookie: sessionCookie(signedIn)!.split(';')[0]!, 'x-csrf-token': signedIn.json().csrfToken };
      const decision = { kind: 'protection-rejected', authority: 'udi', date: '2026-01-10', departureDeadline: '2026-02-01', notifiedOn: '2026-01-12' };
      const household = [{ name: 'Amina Header', dateOfBirth: '1990-05-01', citizenships: ['AF'], role: 'adult' }];
      const opened = await app.inject({ method: 'POST', url: '/api/v1/cases', payload: { household, decision }, headers });
      expect(opened.statusCode, opened.body).toBe(201);
      const id: string = opened.json().case.id;
      const answers = {
        'opening a case': opened,
        'a case': await app.inject({ url: `/api/v1/cases/${id}?why=case%20work`, headers }),
        'its events': await app.inject({ url: `/api/v1/cases/${id}/events?why=case%20work`, headers }),
        'a list': await app.inject({ url: '/api/v1/cases', headers }),
        'who is signed in': await app.inject({ url: '/api/v1/auth/me', headers }),
        'a case that is not there': await app.inject({ url: '/api/v1/cases/00000000-0000-4000-8000-000000000000?why=case%20work', headers }),
        'a list without a session': await app.inject({ url: '/api/v1/cases' }),
        'a wrong password': await app.inject({ ...login, payload: { ...login.payload, password: 'wrong password' } }),
        'signing out': await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers }),
      };
      for (const [what, response] of Object.entries(answers)) {
        expect(response.statusCode, what).toBeLessThan(500);
        expect(response.headers['cache-control'], what).toBe('no-store');
        expectSecurityHeaders(response, what);
      }
      expect(answers['a case'].statusCode).toBe(200);
      // The public statistics keep their own, public cache policy.
      expect((await app.inject({ url: '/api/v1/statistics/forced-returns?month=2026-03' })).headers['cache-control']).toMatch(/^public/);
      await app.close();
    });

    it('set every cookie Secure when the public address is https, and not over plain http', async () => {
      const serve = await servers();
      for (const [config, secure] of [
        [httpsConfig, true],
        [httpConfig, false],
        [defaultServerConfig, false],
      ] as const) {
        const app = await serve(config);
        const cookies = [
          ...[(await app.inject(login)).headers['set-cookie']].flat(),
          ...[(await app.inject({ url: '/?lang=nb' })).headers['set-cookie']].flat(),
        ];
        expect(cookies.map((c) => c?.split('=')[0]).sort()).toEqual(['retur_lang', 'retur_session', 'retur_web']);
        for (const cookie of cookies) expect(/;\s*Secure/i.test(cookie ?? ''), `${config.publicUrl?.href ?? 'no public URL'}: ${cookie}`).toBe(secure);
        await app.close();
      }
    });

    it('believe X-Forwarded-For and -Proto only from the proxies RETUR_TRUST_PROXY names', async () => {
      const serve = await servers();
      const forwarded = (n: number) => ({ 'x-forwarded-for': `198.51.100.${n}`, 'x-forwarded-proto': 'https' });

      // No proxy trusted (the default): every sign-in counts against the connection's address, whatever the
      // header says, and a forwarded https does not make the cookie Secure.
      const direct = await serve(defaultServerConfig, 1);
      const fromOneAddress = [];
      for (let n = 1; n <= 2; n++) fromOneAddress.push(await direct.inject({ ...login, remoteAddress: '192.0.2.10', headers: forwarded(n) }));
      expect(fromOneAddress.map((r) => r.statusCode)).toEqual([200, 429]);
      expect(sessionCookie(fromOneAddress[0]!)).not.toMatch(/Secure/i);
      await direct.close();

      // The proxy at 10.0.0.1 is trusted: each forwarded address has its own limit, and https is believed; the
      // same headers from an address that is not the proxy are not.
      const behindProxy = await serve({ ...defaultServerConfig, trustProxy: ['10.0.0.1'] }, 1);
      const viaProxy = [];
      for (let n = 1; n <= 2; n++) viaProxy.push(await behindProxy.inject({ ...login, remoteAddress: '10.0.0.1', headers: forwarded(n) }));
      expect(viaProxy.map((r) => r.statusCode)).toEqual([200, 200]);
      expect(sessionCookie(viaProxy[0]!)).toMatch(/;\s*Secure/i);
      const notTheProxy = [];
      for (let n = 1; n <= 2; n++) notTheProxy.push(await behindProxy.inject({ ...login, remoteAddress: '192.0.2.11', headers: forwarded(n) }));
      expect(notTheProxy.map((r) => r.statusCode)).toEqual([200, 429]);
      expect(sessionCookie(notTheProxy[0]!)).not.toMatch(/Secure/i);
      await behindProxy.close();
    });
  });
});
