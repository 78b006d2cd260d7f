/**
 * No personal data in the logs (issue 10, point 4): every demo journey (every process, as src/cases/demo
 * loads them) taken through the HTTP API with a real pino logger at level trace, then database errors forced
 * on writes that carry a household; the captured log is searched for every name and date of birth in the
 * demo data. None may appear. The journeys run at their own dates (only `Date` is faked), as the seed
 * takes them. A test per household (each runs alone), and one for the database errors.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildServer } from '../src/main/server.ts';
import { createUser } from '../src/cases/accounts.ts';
import { act, versionAs } from '../src/cases/commands.ts';
import { osloToday } from '../src/shared/clock.ts';
import { demoAccounts, demoScenarios, openedAt, openerOf, openInput, personPrincipal, plannedSteps, resolveInput } from '../src/cases/demo/scenarios.ts';
import type { Principal, StaffRole } from '../src/cases/roles.ts';
import { forEachDatabase, type TestStore } from './support/databases.ts';
import { captureLogs, type CapturedLogs } from './support/logs.ts';

afterEach(() => {
  vi.useRealTimers();
});

forEachDatabase((database) => {
  describe('the logs', () => {
    const realNow = new Date();
    const scenarios = demoScenarios(osloToday(realNow));
    const needles = new Set(scenarios.flatMap((s) => s.household.flatMap((p) => [p.name, p.dateOfBirth])));
    const principals = new Map<StaffRole, Principal>();
    const sessions = new Map<string, { headers: Record<string, string>; at: number }>();
    let store: TestStore;
    let logs: CapturedLogs;
    let app: FastifyInstance;

    beforeAll(async () => {
      store = await database.open();
      logs = captureLogs();
      app = await buildServer({ db: store.db, logger: logs.options, loginRateLimit: 100_000, oidc: null });
      for (const account of demoAccounts) {
        const { id } = await createUser(store.db, {
          username: account.username,
          displayName: account.displayName,
          role: account.role,
          password: account.password,
        });
        principals.set(account.role, { kind: 'staff', userId: id, username: account.username, role: account.role });
      }
      return async () => app.close();
    });

    const signIn = async (key: string, url: string, payload: object) => {
      const held = sessions.get(key);
      if (held && Date.now() - held.at < 3600_000 && Date.now() >= held.at) return held.headers;
      const login = await app.inject({ method: 'POST', url, payload });
      expect(login.statusCode, login.body).toBe(200);
      const headers = { cookie: String(login.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': String(login.json().csrfToken) };
      sessions.set(key, { headers, at: Date.now() });
      return headers;
    };
    const staffHeaders = (role: StaffRole) => {
      const account = demoAccounts.find((a) => a.role === role)!;
      return signIn(role, '/api/v1/auth/login', { username: account.username, password: account.password });
    };

    it('are searched for every name and date of birth of the demo households', () => {
      expect(needles.size).toBeGreaterThan(40);
    });

    for (const scenario of scenarios) {
      it(`hold no name or date of birth through the journey of ${scenario.key}`, async () => {
        vi.useFakeTimers({ toFake: ['Date'], now: realNow });
        vi.setSystemTime(new Date(openedAt(scenario)));
        const opened = await app.inject({
          method: 'POST',
          url: '/api/v1/cases',
          payload: openInput(scenario) as object,
          headers: await staffHeaders(openerOf(scenario)),
        });
        expect(opened.statusCode, opened.body).toBe(201);
        let doc = opened.json().case;
        let secret: string | undefined;
        for (const step of plannedSteps(scenario, (role) => principals.get(role)!)) {
          vi.setSystemTime(new Date(step.at));
          const input = resolveInput(step.input, doc);
          if (step.as === 'person' && secret === undefined) {
            // The person signs in with the secret of their application: before there is one, the step goes
            // through the command layer, as the seed takes it.
            const person = personPrincipal(doc);
            const result = await act(store.db, person, doc.id, step.action, input, { expectedVersion: await versionAs(store.db, person, doc.id) });
            doc = result.case;
            secret = result.revealed['secret'] ?? secret;
            continue;
          }
          const headers =
            step.as === 'person'
              ? await signIn(`person:${doc.id}`, '/api/v1/auth/person-login', { reference: doc.reference, secret })
              : await staffHeaders(step.as);
          // Each hand writes on the version its own view shows: its ETag, read just before.
          const etag = String((await app.inject({ method: 'GET', url: `/api/v1/cases/${doc.id}?why=log test`, headers })).headers.etag);
          const response = await app.inject({
            method: 'POST',
            url: `/api/v1/cases/${doc.id}/actions/${step.action}`,
            payload: input as object,
            headers: { ...headers, 'if-match': etag },
          });
          expect(response.statusCode, `${scenario.key} ${step.action}: ${response.body}`).toBe(200);
          doc = response.json().case;
          secret = response.json().revealed?.secret ?? secret;
          // Each case's log is read as UDI, as staff would.
          expect((await app.inject({ method: 'GET', url: `/api/v1/cases/${doc.id}/events?why=log test`, headers: await staffHeaders('udi') })).statusCode).toBe(
            200,
          );
        }
        expect((await app.inject({ method: 'GET', url: `/api/v1/cases/${doc.id}?why=log test`, headers: await staffHeaders('police') })).statusCode).toBe(200);
        vi.useRealTimers();
        expect(logs.lines().length).toBeGreaterThan(0);
        expect(logs.findAny(needles)).toEqual([]);
      });
    }

    it('hold no name or date of birth when writes that carry a whole household fail in the database', async () => {
      // Every insert and update of a case is refused, until the end of this test.
      await sql`ALTER TABLE cases ADD CONSTRAINT refuse_every_write CHECK (version < 0) NOT VALID`.execute(store.db);
      try {
        const before = logs.lines().filter((line) => line['msg'] === 'request failed').length;
        const failures = [];
        for (const scenario of scenarios.slice(0, 4)) {
          failures.push(
            await app.inject({ method: 'POST', url: '/api/v1/cases', payload: openInput(scenario) as object, headers: await staffHeaders(openerOf(scenario)) }),
          );
        }
        const listed = await app.inject({ method: 'GET', url: '/api/v1/cases?status=open&limit=3', headers: await staffHeaders('udi') });
        for (const item of listed.json().items as { id: string; version: unknown }[]) {
          failures.push(
            await app.inject({
              method: 'POST',
              url: `/api/v1/cases/${item.id}/actions/case.record-document`,
              payload: { kind: 'passport', status: 'will-send-later', description: 'Amina Alfa, born 1985-04-12' },
              headers: { ...(await staffHeaders('udi')), 'if-match': `"${String(item.version)}"` },
            }),
          );
        }
        for (const failure of failures) expect(failure.statusCode, failure.body).toBe(500);
        const errors = logs
          .lines()
          .filter((line) => line['msg'] === 'request failed')
          .slice(before);
        expect(errors.length).toBe(failures.length);
        expect(logs.findAny([...needles, 'Amina Alfa', '1985-04-12'])).toEqual([]);
        // What identifies the bug is there: the SQLSTATE, the constraint, the request id and the stack's frames.
        expect(errors[0]).toMatchObject({ reqId: expect.any(String), problemCode: 'INTERNAL', error: { sqlState: '23514', constraint: 'refuse_every_write' } });
      } finally {
        await sql`ALTER TABLE cases DROP CONSTRAINT refuse_every_write`.execute(store.db);
      }
    });
  });
});
