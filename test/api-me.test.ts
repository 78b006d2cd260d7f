/**
 * The person's own case through the API, on PGlite and on PostgreSQL: a person given a sign-in code signs in
 * with the reference, reads their own case at GET /api/v1/me/case (audited, with what they may do now),
 * applies for assisted return and gets the application's secret (the code then no longer works), and never
 * sees a forced return the police plan on their case.
 */
import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { buildServer } from '../src/main/server.ts';
import { createUser } from '../src/cases/accounts.ts';
import { readAudit } from '../src/store/audit.ts';
import { forEachDatabase, type TestStore } from './support/databases.ts';

type Headers = Record<string, string>;

const household = [
  { name: 'Amina Test', dateOfBirth: '1990-05-01', citizenships: ['AF'], role: 'adult' },
  { name: 'Omid Test', dateOfBirth: '2015-02-10', citizenships: ['AF'], role: 'child' },
];
// The deadline has passed, so the police may plan a forced return.
const decision = { kind: 'protection-rejected', authority: 'udi', date: '2026-01-10', departureDeadline: '2026-02-01', notifiedOn: '2026-01-12' };

const caseAnswer = z.object({
  case: z.object({ id: z.string(), reference: z.string() }).loose(),
  version: z.number(),
  revealed: z.record(z.string(), z.string()).optional(),
});
const ownCase = z.object({
  case: z.looseObject({ id: z.string(), reference: z.string(), forcedReturn: z.unknown(), assistedReturn: z.looseObject({ status: z.string() }) }),
  version: z.number(),
  actions: z.array(z.string()),
});

async function world(store: TestStore) {
  const app: FastifyInstance = await buildServer({ logger: false, db: store.db, loginRateLimit: 1000, oidc: null });
  const staff = async (role: 'udi' | 'police') => {
    await createUser(store.db, { username: `${role}.me`, displayName: role, role, password: `password-for-${role}` });
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: `${role}.me`, password: `password-for-${role}` } });
    return { cookie: String(login.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': login.json().csrfToken as string };
  };
  const udi = await staff('udi');
  const police = await staff('police');
  const post = async (who: Headers, url: string, payload: object, version?: number) => {
    const response = await app.inject({ method: 'POST', url, payload, headers: { ...who, ...(version === undefined ? {} : { 'if-match': `"${version}"` }) } });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return caseAnswer.parse(response.json());
  };
  const opened = await post(udi, '/api/v1/cases', { household, decision });
  const coded = await post(udi, `/api/v1/cases/${opened.case.id}/actions/case.issue-sign-in-code`, {}, opened.version);
  const personLogin = (secret: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/person-login', payload: { reference: opened.case.reference, secret } });
  return {
    app,
    udi,
    police,
    post,
    caseId: opened.case.id,
    reference: opened.case.reference,
    code: coded.revealed!.secret!,
    version: coded.version,
    personLogin,
  };
}

async function signedIn(response: { statusCode: number; body: string; headers: Record<string, unknown>; json: () => unknown }): Promise<Headers> {
  expect(response.statusCode, response.body).toBe(200);
  return {
    cookie: String(response.headers['set-cookie']).split(';')[0]!,
    'x-csrf-token': z.object({ csrfToken: z.string() }).parse(response.json()).csrfToken,
  };
}

forEachDatabase((database) => {
  describe('the person’s own case', () => {
    it('lets a person with a sign-in code read their case, apply, and sign in with the secret the application gives', async () => {
      const store = await database.open();
      const w = await world(store);
      const person = await signedIn(await w.personLogin(w.code));

      const read = await w.app.inject({ method: 'GET', url: '/api/v1/me/case', headers: person });
      expect(read.statusCode, read.body).toBe(200);
      const own = ownCase.parse(read.json());
      expect(own.case.id).toBe(w.caseId);
      expect(own.case.assistedReturn.status).toBe('none');
      expect(read.headers.etag).toBe(`"${own.version}"`);
      expect(read.headers['cache-control']).toBe('no-store');
      expect(JSON.stringify(own)).not.toContain('secretHash');
      expect(own.actions).toEqual(expect.arrayContaining(['assisted-return.apply', 'case.record-document']));
      expect(own.actions).not.toContain('assisted-return.withdraw');
      // The read is audited as the person's, with its reason.
      const audit = await readAudit(store.db, { caseId: w.caseId });
      expect(audit).toContainEqual(
        expect.objectContaining({ action: 'read', what: 'case', why: 'the person reads their own case', actor: expect.objectContaining({ role: 'person' }) }),
      );

      // The person applies with their contact details, with the version the read gave.
      const applied = await w.post(
        person,
        `/api/v1/cases/${w.caseId}/actions/assisted-return.apply`,
        { destination: 'AF', contact: { phone: '+47 400 00 000', email: 'amina@example.org' } },
        own.version,
      );
      const secret = applied.revealed?.secret;
      expect(secret).toMatch(/.{12,}/);
      expect(secret).not.toBe(w.code);
      // The application's secret replaces the code.
      expect((await w.personLogin(w.code)).statusCode).toBe(401);
      const again = await signedIn(await w.personLogin(secret!));
      const after = ownCase.parse((await w.app.inject({ method: 'GET', url: '/api/v1/me/case', headers: again })).json());
      expect(after.case.assistedReturn).toMatchObject({
        status: 'applied',
        submittedBy: 'person',
        contact: { phone: '+47 400 00 000', email: 'amina@example.org' },
      });
      expect(after.actions).toContain('assisted-return.withdraw');
      expect(after.actions).not.toContain('assisted-return.apply');
    });

    it('is for the person only: staff are refused and anonymous callers asked to sign in', async () => {
      const store = await database.open();
      const w = await world(store);
      const staff = await w.app.inject({ method: 'GET', url: '/api/v1/me/case', headers: w.udi });
      expect([staff.statusCode, staff.json().code]).toEqual([403, 'AUTH_FORBIDDEN']);
      const anonymous = await w.app.inject({ method: 'GET', url: '/api/v1/me/case' });
      expect([anonymous.statusCode, anonymous.json().code]).toEqual([401, 'AUTH_REQUIRED']);
      // A wrong code signs no one in.
      expect((await w.personLogin('not-the-code')).statusCode).toBe(401);
    });

    it('never shows the person a forced return the police plan on their case', async () => {
      const store = await database.open();
      const w = await world(store);
      const person = await signedIn(await w.personLogin(w.code));
      const before = await w.app.inject({ method: 'GET', url: '/api/v1/me/case', headers: person });
      expect(before.statusCode, before.body).toBe(200);

      const planned = await w.post(
        w.police,
        `/api/v1/cases/${w.caseId}/actions/forced-return.plan`,
        { date: '2099-03-01', flight: 'DY1234', escort: 'Two officers of PU', destination: 'AF' },
        w.version,
      );
      expect(planned.case).toMatchObject({ forcedReturn: { status: 'planned' } });

      const after = await w.app.inject({ method: 'GET', url: '/api/v1/me/case', headers: person });
      expect(after.statusCode, after.body).toBe(200);
      for (const hidden of ['DY1234', 'Two officers', '2099-03-01', 'planned']) expect(after.body, hidden).not.toContain(hidden);
      expect(ownCase.parse(after.json()).case.forcedReturn).toEqual({ status: 'none' });
      // What they may do is worked out from what they see, so it does not move either.
      expect(ownCase.parse(after.json()).actions).toEqual(ownCase.parse(before.json()).actions);
    });
  });
});
