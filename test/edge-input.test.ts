/**
 * What the edge refuses before anything reaches the database (issue 10, points 5, 6 and 9), on PGlite and on
 * PostgreSQL: a NUL character or a lone surrogate in any string of any route family, dates outside
 * 1900-01-01 to 2199-12-31 and statistics outside 2007-01 to 2199-12 (PostgreSQL has no year 0000), an id longer than 100 characters, and too many
 * sign-ins from one address. Each is a 4xx problem+json with a catalogue code and the field at fault, never
 * a 500, and nothing is written.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildServer } from '../src/main/server.ts';
import { createUser } from '../src/cases/accounts.ts';
import type { StaffRole } from '../src/cases/roles.ts';
import { caseWork } from '../src/store/tables.ts';
import { forEachDatabase, type TestStore } from './support/databases.ts';

interface Session {
  readonly headers: Record<string, string>;
}

async function setup(
  store: TestStore,
  options: { loginRateLimit?: number } = {},
): Promise<{ app: FastifyInstance; as: Record<'udi' | 'police' | 'iom', Session> }> {
  const app = await buildServer({ logger: false, db: store.db, loginRateLimit: options.loginRateLimit ?? 1000, oidc: null });
  const as = {} as Record<'udi' | 'police' | 'iom', Session>;
  for (const role of ['udi', 'police', 'iom'] as const satisfies readonly StaffRole[]) {
    await createUser(store.db, { username: `${role}.edge`, displayName: role, role, password: `password-for-${role}` });
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: `${role}.edge`, password: `password-for-${role}` } });
    expect(login.statusCode, login.body).toBe(200);
    as[role] = { headers: { cookie: String(login.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': login.json().csrfToken } };
  }
  return { app, as };
}

const decision = { kind: 'protection-rejected', authority: 'udi', date: '2026-01-10', departureDeadline: '2026-02-01', notifiedOn: '2026-01-12' };
const person = (over: Record<string, unknown> = {}) => ({ name: 'Amina Edge', dateOfBirth: '1990-05-01', citizenships: ['AF'], role: 'adult', ...over });

/** A 400 REQUEST_INVALID problem naming `path` with `code` (by default the characters that are not text). */
function expectRefused(response: LightMyRequestResponse, path: string, code = 'invalid_characters'): void {
  expect(response.statusCode, response.body).toBe(400);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = response.json();
  expect(problem.code).toBe('REQUEST_INVALID');
  expect(problem.errors).toContainEqual(expect.objectContaining({ path, code }));
}

// The first server a process builds compiles every route's schema (1.5 s idle, many times that on a loaded
// machine): done once here, under the hook's timeout, rather than in whichever test comes first.
beforeAll(async () => {
  await (await buildServer({ logger: false, oidc: null })).close();
});

forEachDatabase((database) => {
  describe('the edge', () => {
    it('refuses a NUL or a lone surrogate in any string of every route family with 400 naming the field, and writes nothing', async () => {
      const store = await database.open();
      const { app, as } = await setup(store);
      const opened = await app.inject({ method: 'POST', url: '/api/v1/cases', payload: { household: [person()], decision }, headers: as.udi.headers });
      expect(opened.statusCode, opened.body).toBe(201);
      const caseId: string = opened.json().case.id;
      const eventsBefore = await caseWork(store.db).selectFrom('events').select('sequence').execute();

      // Sign-in, without credentials.
      expectRefused(await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'udi\u0000', password: 'x' } }), '/username');
      expectRefused(await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'udi\ud800', password: 'x' } }), '/username');
      expectRefused(await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'udi', password: 'x\udc00y' } }), '/password');
      expectRefused(await app.inject({ method: 'POST', url: '/api/v1/auth/person-login', payload: { reference: 'RT-\u0000', secret: 'x' } }), '/reference');
      expectRefused(await app.inject({ url: '/api/v1/auth/oidc/login?returnTo=/%00' }), '/returnTo');
      // Cases: names in a new case, the why of a read, an action's free text, a key, an Idempotency-Key.
      expectRefused(
        await app.inject({
          method: 'POST',
          url: '/api/v1/cases',
          payload: { household: [person({ name: 'Amina\u0000 Edge' })], decision },
          headers: as.udi.headers,
        }),
        '/household/0/name',
      );
      expectRefused(
        await app.inject({ method: 'POST', url: '/api/v1/cases', payload: { household: [person()], decision, 'x\ud800': 1 }, headers: as.udi.headers }),
        '/x\ud800',
      );
      expectRefused(await app.inject({ url: `/api/v1/cases/${caseId}?why=case%00work`, headers: as.udi.headers }), '/why');
      expectRefused(await app.inject({ url: `/api/v1/cases/${caseId}/events?why=case%00work`, headers: as.udi.headers }), '/why');
      expectRefused(await app.inject({ url: `/api/v1/cases?cursor=%00`, headers: as.udi.headers }), '/cursor');
      const action = (name: string, payload: unknown, headers: Record<string, string> = {}) =>
        app.inject({
          method: 'POST',
          url: `/api/v1/cases/${caseId}/actions/${name}`,
          payload: payload as never,
          headers: { ...as.udi.headers, 'if-match': '"1"', ...headers },
        });
      expectRefused(await action('case.record-document', { kind: 'passport', status: 'will-send-later', description: 'the \u0000 passport' }), '/description');
      expectRefused(await action('case.record-document', { kind: 'passport', status: 'will-send-later', description: 'the \udfff passport' }), '/description');
      expectRefused(
        await action('case.record-document', { kind: 'passport', status: 'will-send-later' }, { 'idempotency-key': 'key-\u0000-12345' }),
        '/idempotency-key',
      );
      // The rules and the public statistics, their page included.
      expectRefused(await app.inject({ method: 'POST', url: '/api/v1/rules/forced-return-category', payload: { date: '2026-03-01\u0000' } }), '/date');
      expectRefused(await app.inject({ url: '/api/v1/statistics/forced-returns?month=2026-03%00' }), '/month');
      expectRefused(await app.inject({ url: '/api/v1/statistics/assisted-returns?year=%002026' }), '/year');
      expectRefused(await app.inject({ url: '/statistics/forced-returns?month=%00' }), '/month');

      expect(await caseWork(store.db).selectFrom('cases').select('id').execute()).toHaveLength(1);
      expect(await caseWork(store.db).selectFrom('events').select('sequence').execute()).toHaveLength(eventsBefore.length);
      await app.close();
    });

    it('takes dates from 1900-01-01 to 2199-12-31 and statistics from 2007-01 to 2199-12, refuses the day and month outside, and says so in the OpenAPI document', async () => {
      const store = await database.open();
      const { app, as } = await setup(store);
      const rules = (date: string) => app.inject({ method: 'POST', url: '/api/v1/rules/forced-return-category', payload: { date, dublinTransfer: true } });
      expectRefused(await rules('0000-03-10'), '/date', 'custom');
      expectRefused(await rules('1899-12-31'), '/date', 'custom');
      expectRefused(await rules('2200-01-01'), '/date', 'custom');
      // Inside the bounds the edge lets the date through; the rules then answer for it (or say they do not cover it).
      for (const date of ['1900-01-01', '2199-12-31']) expect((await rules(date)).statusCode).not.toBe(400);

      for (const url of ['/api/v1/statistics/forced-returns', '/statistics/forced-returns']) {
        for (const month of ['0000-01', '2006-12', '2200-01']) expectRefused(await app.inject({ url: `${url}?month=${month}` }), '/month', 'custom');
        for (const month of ['2007-01', '2199-12']) expect((await app.inject({ url: `${url}?month=${month}` })).statusCode, `${url} ${month}`).toBe(200);
      }
      for (const url of ['/api/v1/statistics/assisted-returns', '/api/v1/statistics/eurostat/returns']) {
        for (const year of ['0000', '2006', '2200']) expectRefused(await app.inject({ url: `${url}?year=${year}` }), '/year', 'custom');
        for (const year of ['2007', '2199']) expect((await app.inject({ url: `${url}?year=${year}` })).statusCode, `${url} ${year}`).toBe(200);
      }

      // Lists: filters and cursors.
      expectRefused(await app.inject({ url: '/api/v1/cases?deadlineBefore=0000-01-01', headers: as.udi.headers }), '/deadlineBefore', 'custom');
      expectRefused(await app.inject({ url: '/api/v1/cases?deadlineAfter=2200-01-01', headers: as.udi.headers }), '/deadlineAfter', 'custom');
      expect((await app.inject({ url: '/api/v1/cases?deadlineAfter=1900-01-01&deadlineBefore=2199-12-31', headers: as.udi.headers })).statusCode).toBe(200);
      for (const key of ['0000-01-01', '0000-01-01T00:00:00.000Z']) {
        const cursor = Buffer.from(JSON.stringify([key, '00000000-0000-4000-8000-000000000000'])).toString('base64url');
        const listed = await app.inject({ url: `/api/v1/cases?cursor=${cursor}${key.length === 10 ? '&overdue=true' : ''}`, headers: as.udi.headers });
        expect(listed.statusCode, listed.body).toBe(404);
        expect(listed.json().code).toBe('CASE_NOT_FOUND');
      }

      // A date of birth in year 0000 is refused and nothing is written; one on the first day taken is recorded
      // as departed like any other.
      const open = (dateOfBirth: string) =>
        app.inject({ method: 'POST', url: '/api/v1/cases', payload: { household: [person({ dateOfBirth })], decision }, headers: as.udi.headers });
      expectRefused(await open('0000-01-01'), '/household/0/dateOfBirth', 'custom');
      expectRefused(await open('1899-12-31'), '/household/0/dateOfBirth', 'custom');
      expect(await caseWork(store.db).selectFrom('cases').select('id').execute()).toHaveLength(0);
      const opened = await open('1900-01-01');
      expect(opened.statusCode, opened.body).toBe(201);
      const caseId: string = opened.json().case.id;
      const departed = await app.inject({
        method: 'POST',
        url: `/api/v1/cases/${caseId}/actions/own-departure.confirm`,
        payload: { date: '2026-03-02', destination: 'AF' },
        headers: { ...as.police.headers, 'if-match': '"1"' },
      });
      expect(departed.statusCode, departed.body).toBe(200);
      expect(await caseWork(store.db).selectFrom('departures').select('date_of_birth').where('case_id', '=', caseId).execute()).toEqual([
        { date_of_birth: '1900-01-01' },
      ]);

      const openapi = (await app.inject({ url: '/api/openapi.json' })).json();
      const dateOfBirth = openapi.components.schemas.OpenCaseInput.properties.household.items.properties.dateOfBirth;
      expect(dateOfBirth).toMatchObject({ format: 'date', formatMinimum: '1900-01-01', formatMaximum: '2199-12-31' });
      const month = openapi.paths['/api/v1/statistics/forced-returns'].get.parameters.find((p: { name: string }) => p.name === 'month');
      expect(month.schema).toMatchObject({ formatMinimum: '2007-01', formatMaximum: '2199-12' });
      await app.close();
    });

    it('answers an id longer than 100 characters, and a path that is not UTF-8, with a problem', async () => {
      const store = await database.open();
      const { app, as } = await setup(store);
      const long = await app.inject({ url: `/api/v1/cases/${'a'.repeat(101)}`, headers: as.udi.headers });
      expect(long.statusCode).toBe(414);
      expect(long.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(long.json()).toMatchObject({ code: 'REQUEST_URI_TOO_LONG', status: 414 });
      const badUrl = await app.inject({ url: '/api/v1/cases/%E0%A4%A', headers: as.udi.headers });
      expect(badUrl.statusCode).toBe(400);
      expect(badUrl.json()).toMatchObject({ code: 'REQUEST_INVALID' });
      // At exactly 100 characters the id reaches the route, which refuses it as not a case id.
      expectRefused(await app.inject({ url: `/api/v1/cases/${'a'.repeat(100)}`, headers: as.udi.headers }), '/id', 'invalid_format');
      await app.close();
    });

    it('answers sign-ins past the limit of an address with 429 and Retry-After, on every sign-in route', async () => {
      const store = await database.open();
      const { app } = await setup(store, { loginRateLimit: 3 });
      const from = { remoteAddress: '192.0.2.7' };
      const routes = [
        { method: 'POST' as const, url: '/api/v1/auth/login', payload: { username: 'udi.edge', password: 'wrong password' } },
        { method: 'POST' as const, url: '/api/v1/auth/person-login', payload: { reference: 'RT-NONE', secret: 'wrong' } },
        { method: 'GET' as const, url: '/api/v1/auth/oidc/login' },
        { method: 'GET' as const, url: '/api/v1/auth/oidc/callback?state=x&code=y' },
      ];
      for (const route of routes) {
        for (let i = 0; i < 3; i++) expect((await app.inject({ ...route, ...from })).statusCode).not.toBe(429);
        const limited = await app.inject({ ...route, ...from });
        expect(limited.statusCode, `${route.url}: ${limited.body}`).toBe(429);
        expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
        expect(limited.json()).toMatchObject({ code: 'REQUEST_RATE_LIMITED', status: 429, retryAfter: Number(limited.headers['retry-after']) });
        // Another address is not held back.
        expect((await app.inject({ ...route, remoteAddress: '192.0.2.8' })).statusCode).not.toBe(429);
      }
      await app.close();
    });
  });
});
