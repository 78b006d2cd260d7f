/**
 * The staff console's routes, through the whole server (buildServer with a database): signing in and out,
 * each role's home and queues, the case page behind its purpose question (the read audited with it), and an
 * action sent as a form: saved, stale (the case changed since the form was made: 412 and the case as it now
 * stands, nothing written), invalid (400 and the error summary naming the field) and refused (409, the state
 * does not allow it). Browsers get pages, errors included; other clients keep problem+json.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../main/server.ts';
import { createUser } from '../../cases/accounts.ts';
import { act, openCase, versionAs } from '../../cases/commands.ts';
import { familyInput } from '../../cases/testing.ts';
import { staffRoles, type Principal, type StaffRole } from '../../cases/roles.ts';
import { caseWork } from '../../store/tables.ts';
import { onPGlite, type TestStore } from '../../../test/support/databases.ts';
import { heldCitizenships } from './border-debts.ts';
import { formatDate } from '../../i18n/format.ts';
import { appealDeadline } from '../../rules/departure/situation.ts';

const HTML = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const password = (role: StaffRole) => `console-password-${role}`;

interface World {
  store: TestStore;
  app: FastifyInstance;
  principals: Record<StaffRole, Principal>;
  /** A case with an assisted-return application waiting for UDI; the lawyer is linked to it. */
  caseId: string;
  reference: string;
}

async function makeWorld(store: TestStore): Promise<World> {
  const app = await buildServer({ logger: false, db: store.db, loginRateLimit: 10_000, oidc: null });
  const principals = {} as Record<StaffRole, Principal>;
  for (const role of staffRoles) {
    const { id } = await createUser(store.db, { username: `${role}.console`, displayName: `${role} console`, role, password: password(role) });
    principals[role] = { kind: 'staff', userId: id, username: `${role}.console`, role };
  }
  const opened = await openCase(store.db, principals.udi, familyInput);
  const linked = await act(
    store.db,
    principals.udi,
    opened.case.id,
    'case.link',
    { relation: 'lawyer', userId: principals.lawyer.kind === 'staff' ? principals.lawyer.userId : '' },
    { expectedVersion: opened.version },
  );
  await act(store.db, principals.iom, opened.case.id, 'assisted-return.apply', { destination: 'AF' }, { expectedVersion: linked.version });
  return { store, app, principals, caseId: opened.case.id, reference: opened.case.reference };
}

/** Signs in through the console's form; the session cookie to send. */
async function signIn(app: FastifyInstance, role: StaffRole): Promise<Record<string, string>> {
  const response = await app.inject({
    method: 'POST',
    url: '/console/sign-in',
    headers: { ...HTML, ...FORM },
    payload: form({ username: `${role}.console`, password: password(role), returnTo: '/console' }),
  });
  expect(response.statusCode, response.body).toBe(303);
  const cookie = response.cookies.find((c) => c.name === 'retur_session');
  expect(cookie?.httpOnly).toBe(true);
  return { ...HTML, cookie: `retur_session=${cookie!.value}` };
}

const get = (app: FastifyInstance, url: string, headers: Record<string, string>) => app.inject({ method: 'GET', url, headers });
const csrfOf = (page: LightMyRequestResponse) => /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
const versionIn = (page: LightMyRequestResponse, action: string) =>
  new RegExp(
    `action="/console/cases/[^/]+/actions/${action.replace('.', '\\.')}"[^>]*>\\s*<input type="hidden" name="_csrf" value="[^"]+"><input type="hidden" name="_version" value="(\\d+)"`,
  ).exec(page.body)?.[1];

async function version(store: TestStore, caseId: string): Promise<number> {
  return (await caseWork(store.db).selectFrom('cases').select('version').where('id', '=', caseId).executeTakeFirstOrThrow()).version;
}

onPGlite((database) => {
  describe('the staff console', () => {
    let world: World;
    beforeAll(async () => {
      world = await makeWorld(await database.open());
    });

    it('asks a browser without a session to sign in, refuses a wrong password, and signs in and out', async () => {
      const { app } = world;
      const anonymous = await get(app, '/console/queues/udi.applications', HTML);
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.body).toContain('action="/console/sign-in"');
      // The page asked for is where the sign-in leads back to.
      expect(anonymous.body).toContain('name="returnTo" value="/console/queues/udi.applications"');
      // Other clients keep problem+json.
      const curl = await get(app, '/console', {});
      expect([curl.statusCode, curl.headers['content-type']]).toEqual([401, 'application/problem+json; charset=utf-8']);

      const wrong = await app.inject({
        method: 'POST',
        url: '/console/sign-in',
        headers: { ...HTML, ...FORM },
        payload: form({ username: 'udi.console', password: 'not-it' }),
      });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.body).toContain('The username or password is wrong');
      expect(wrong.cookies.find((c) => c.name === 'retur_session')).toBeUndefined();

      // returnTo is a path of the console only: never another site.
      const away = await app.inject({
        method: 'POST',
        url: '/console/sign-in',
        headers: { ...HTML, ...FORM },
        payload: form({ username: 'udi.console', password: password('udi'), returnTo: '//evil.example/console' }),
      });
      expect([away.statusCode, away.headers.location]).toEqual([303, '/console']);

      const session = await signIn(app, 'udi');
      const home = await get(app, '/console?lang=en', session);
      expect(home.statusCode).toBe(200);
      expect(home.body).toContain('<html lang="en" dir="ltr">');
      const out = await app.inject({ method: 'POST', url: '/console/sign-out', headers: { ...session, ...FORM }, payload: form({ _csrf: csrfOf(home) }) });
      expect([out.statusCode, out.headers.location]).toEqual([303, '/console/sign-in']);
      expect((await get(app, '/console', session)).statusCode).toBe(401);
    });

    it('shows each role its own queues with their counts, in bokmål, nynorsk and English, and refuses the others’', async () => {
      const { app } = world;
      const expected: Record<StaffRole, readonly string[]> = {
        udi: ['udi.applications', 'udi.documents'],
        iom: ['iom.journeys'],
        une: ['une.appeals', 'une.deferrals', 'une.assisted-return-appeals'],
        police: ['police.overdue', 'police.planned'],
        lawyer: ['linked'],
        guardian: ['linked'],
        reception: ['linked'],
        statistics: [],
        admin: [],
      };
      for (const role of staffRoles) {
        const session = await signIn(app, role);
        const home = await get(app, '/console', session);
        expect(home.statusCode, role).toBe(200);
        const linked = [...home.body.matchAll(/href="\/console\/queues\/([\w.-]+)"/g)].map((m) => m[1]);
        expect(linked, role).toEqual(expected[role]);
        for (const queue of expected[role]) {
          const page = await get(app, `/console/queues/${queue}`, session);
          expect(page.statusCode, `${role} ${queue}`).toBe(200);
          expect(page.body).toContain('<h1 class="ds-heading" data-size="lg">');
        }
        // Another role's queue is refused.
        const other = role === 'udi' ? 'iom.journeys' : 'udi.applications';
        expect((await get(app, `/console/queues/${other}`, session)).statusCode, role).toBe(403);
      }
      const udi = await signIn(app, 'udi');
      // A browser that asks for none of the console's languages gets bokmål.
      expect((await get(app, '/console', { ...udi, 'accept-language': 'fr' })).body).toContain('<html lang="nb" dir="ltr">');
      expect((await get(app, '/console?lang=nn', udi)).body).toContain('<html lang="nn" dir="ltr">');
      // The picker offers the console's three languages only.
      const picker = (await get(app, '/console?lang=en', udi)).body;
      expect([...picker.matchAll(/<option value="([\w-]+)" lang=/g)].map((m) => m[1])).toEqual(['en', 'nb', 'nn']);
    });

    it('lists the application in UDI’s queue, and the lawyer’s client in the lawyer’s, with no name in either', async () => {
      const { app, reference } = world;
      const udi = await get(app, '/console/queues/udi.applications?lang=en', await signIn(app, 'udi'));
      expect(udi.body).toContain(reference);
      expect(udi.body).toMatch(/1 case\b/);
      expect(udi.body).not.toContain('Amina');
      const lawyer = await get(app, '/console/queues/linked?lang=en', await signIn(app, 'lawyer'));
      expect(lawyer.body).toContain(reference);
      const guardian = await get(app, '/console/queues/linked?lang=en', await signIn(app, 'guardian'));
      expect(guardian.body).not.toContain(reference);
      // A filter that matches nothing, and a bad filter value is a 400, not a 500.
      expect((await get(app, '/console/queues/udi.applications?lang=en&decisionKind=expelled', await signIn(app, 'udi'))).body).toContain(
        'No case in this queue matches.',
      );
      expect((await get(app, '/console/queues/udi.applications?decisionKind=nonsense', await signIn(app, 'udi'))).statusCode).toBe(400);
    });

    it('asks why before it shows a case, and records the read with that purpose', async () => {
      const { app, store, caseId, reference } = world;
      const session = await signIn(app, 'udi');
      const ask = await get(app, `/console/cases/${caseId}?lang=en`, session);
      expect(ask.statusCode).toBe(200);
      expect(ask.body).not.toContain(reference);
      expect(ask.body).toContain('name="why"');
      const before = await caseWork(store.db).selectFrom('audit').select('id').where('case_id', '=', caseId).where('why', '=', 'decision').execute();
      const page = await get(app, `/console/cases/${caseId}?lang=en&why=decision`, session);
      expect(page.statusCode).toBe(200);
      for (const text of [`Case ${reference}`, 'Amina Test', 'Omid Test']) expect(page.body).toContain(text);
      // The actions allowed now, from the process table: UDI may grant or reject the application.
      expect(page.body).toContain(`action="/console/cases/${caseId}/actions/assisted-return.grant"`);
      expect(page.body).toContain(`action="/console/cases/${caseId}/actions/assisted-return.reject"`);
      expect(page.body).not.toContain('/actions/assisted-return.arrange-travel"');
      // Each process's diagram, generated from its table, with the case's state marked (and named in its title).
      expect(page.body.match(/<svg class="retur-diagram__svg"/g)).toHaveLength(7);
      const assisted = /<svg class="retur-diagram__svg"[^>]*aria-labelledby="d-assisted-return-title"[\s\S]*?<\/svg>/.exec(page.body)?.[0] ?? '';
      expect(assisted).toContain('the case is now in: applied');
      expect(assisted.match(/retur-diagram__state--current/g)).toHaveLength(1);
      expect(assisted).toMatch(/retur-diagram__state--current"><rect[^>]*\/><text[^>]*>applied<\/text>/);
      // An edge for each action and state it leads from, labelled with the action.
      expect(assisted).toContain('>Grant assisted return</text>');
      expect(page.body).not.toMatch(/ style=/);
      const after = await caseWork(store.db)
        .selectFrom('audit')
        .select(['action', 'role'])
        .where('case_id', '=', caseId)
        .where('why', '=', 'decision')
        .execute();
      expect(after.length).toBeGreaterThan(before.length);
      expect(after.at(-1)).toEqual({ action: 'read', role: 'udi' });
      // A case the caller may not see answers as one that does not exist.
      const guardian = await get(app, `/console/cases/${caseId}?lang=en&why=decision`, await signIn(app, 'guardian'));
      expect(guardian.statusCode).toBe(404);
      expect(guardian.body).not.toContain(reference);
    });

    it('refuses an invalid form with the error summary naming the field, and writes nothing', async () => {
      const { app, store, caseId } = world;
      const session = await signIn(app, 'udi');
      const page = await get(app, `/console/cases/${caseId}?lang=en&why=decision`, session);
      const current = await version(store, caseId);
      expect(versionIn(page, 'assisted-return.reject')).toBe(String(current));
      const sent = await app.inject({
        method: 'POST',
        url: `/console/cases/${caseId}/actions/assisted-return.reject?lang=en`,
        headers: { ...session, ...FORM },
        payload: form({ _csrf: csrfOf(page), _version: String(current), _why: 'decision', reasons: '   ' }),
      });
      expect(sent.statusCode).toBe(400);
      expect(sent.body).toMatch(/<title>Error: /);
      // The summary comes first in <main> and links to the field, which says what is wrong beside it.
      expect(sent.body).toMatch(/<main id="main" class="retur-main">\s*<div class="ds-error-summary"/);
      expect(sent.body).toContain('href="#a-assisted-return-reject-reasons">Fill in reasons</a>');
      expect(sent.body).toMatch(/id="a-assisted-return-reject-reasons"[^>]*aria-invalid="true"/);
      expect(await version(store, caseId)).toBe(current);
    });

    it('refuses a form made from an older version of the case, shows the case as it now stands, and writes nothing', async () => {
      const { app, store, caseId, principals } = world;
      const session = await signIn(app, 'udi');
      const page = await get(app, `/console/cases/${caseId}?lang=en&why=decision`, session);
      const opened = await version(store, caseId);
      // Someone else records a document meanwhile.
      await act(store.db, principals.iom, caseId, 'case.record-document', { kind: 'passport', status: 'will-send-later' }, { expectedVersion: opened });
      const sent = await app.inject({
        method: 'POST',
        url: `/console/cases/${caseId}/actions/assisted-return.reject?lang=en`,
        headers: { ...session, ...FORM },
        payload: form({ _csrf: csrfOf(page), _version: String(opened), _why: 'decision', reasons: 'No grounds' }),
      });
      expect(sent.statusCode).toBe(412);
      expect(sent.body).toContain('The case was changed by someone else since you opened it');
      // The page shows the new state, and its forms carry the new version.
      expect(versionIn(sent, 'assisted-return.reject')).toBe(String(opened + 1));
      expect(await version(store, caseId)).toBe(opened + 1);
    });

    it('refuses an action the case’s state does not allow, and saves one it does', async () => {
      const { app, store, caseId } = world;
      const session = await signIn(app, 'iom');
      const page = await get(app, `/console/cases/${caseId}?lang=en&why=case-work`, session);
      // IOM may arrange travel only after UDI has granted the application: the form is not offered, and a
      // form sent anyway is refused, saying why.
      expect(page.body).not.toContain('/actions/assisted-return.arrange-travel"');
      const current = await version(store, caseId);
      const refused = await app.inject({
        method: 'POST',
        url: `/console/cases/${caseId}/actions/assisted-return.arrange-travel?lang=en`,
        headers: { ...session, ...FORM },
        payload: form({ _csrf: csrfOf(page), _version: String(current), _why: 'case-work' }),
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.body).toContain('Not saved:');
      expect(await version(store, caseId)).toBe(current);

      // UDI grants it: saved, and the page after the redirect says so.
      const udi = await signIn(app, 'udi');
      const udiPage = await get(app, `/console/cases/${caseId}?lang=en&why=decision`, udi);
      const granted = await app.inject({
        method: 'POST',
        url: `/console/cases/${caseId}/actions/assisted-return.grant?lang=en`,
        headers: { ...udi, ...FORM },
        payload: form({ _csrf: csrfOf(udiPage), _version: versionIn(udiPage, 'assisted-return.grant') ?? '', _why: 'decision', reasons: 'Eligible' }),
      });
      expect(granted.statusCode, granted.body).toBe(303);
      expect(granted.headers.location).toBe(`/console/cases/${caseId}?why=decision&done=assisted-return.grant`);
      const after = await get(app, `${granted.headers.location}&lang=en`, udi);
      expect(after.body).toContain('Saved: ');
      expect(await version(store, caseId)).toBe(current + 1);
      // Now it is IOM's to arrange.
      expect((await get(app, `/console/cases/${caseId}?lang=en&why=case-work`, session)).body).toContain('/actions/assisted-return.arrange-travel"');
      expect((await get(app, '/console/queues/iom.journeys', session)).body).toContain(world.reference);
    });

    it('refuses a form without the session’s CSRF token, and writes nothing', async () => {
      const { app, store, caseId } = world;
      const session = await signIn(app, 'udi');
      const current = await version(store, caseId);
      const forged = await app.inject({
        method: 'POST',
        url: `/console/cases/${caseId}/actions/case.record-document?lang=en`,
        headers: { ...session, ...FORM },
        payload: form({ _version: String(current), _why: 'decision', kind: 'passport', status: 'original-held' }),
      });
      expect(forged.statusCode).toBe(403);
      expect(await version(store, caseId)).toBe(current);
    });

    it('lists each citizenship the people hold once on the border check, as SELECT DISTINCT would, from its index', async () => {
      const { app, store, principals } = world;
      // Two more households: one of two citizenships not yet held, one of one already held.
      await openCase(store.db, principals.udi, {
        ...familyInput,
        household: familyInput.household.map((p, i) => ({ ...p, citizenships: [i === 0 ? 'SO' : 'ER'] })),
      });
      await openCase(store.db, principals.udi, { ...familyInput, household: familyInput.household.map((p) => ({ ...p, citizenships: ['SO'] })) });
      const distinct = (await caseWork(store.db).selectFrom('case_people').select('citizenship').distinct().orderBy('citizenship').execute()).map(
        (r) => r.citizenship,
      );
      expect(distinct.length).toBeGreaterThanOrEqual(3);
      expect(await heldCitizenships(store.db)).toEqual(distinct);
      const page = await get(app, '/console/border?lang=en', await signIn(app, 'police'));
      expect(page.statusCode).toBe(200);
      const listed = [...page.body.matchAll(/<option value="([A-Z]{2})"/g)].map((m) => m[1]);
      expect([...listed].sort()).toEqual(distinct);
      expect(listed).toContain('ER');
    });

    it('lets the administrator create an account, refusing a short password and a taken name, and the new account signs in', async () => {
      const { app, store } = world;
      const admin = await signIn(app, 'admin');
      const page = await get(app, '/console/accounts?lang=en', admin);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('udi.console');
      expect(page.body).not.toContain('password_hash');
      // The initial password is typed as a password: hidden on the screen, and a manager may offer a new one.
      expect(page.body).toMatch(
        /<input class="ds-input retur-input--password" type="password" id="new-password" name="password" value="" autocomplete="new-password">/,
      );
      expect((await get(app, '/console/accounts', await signIn(app, 'udi'))).statusCode).toBe(403);

      const post = (fields: Record<string, string>) =>
        app.inject({ method: 'POST', url: '/console/accounts?lang=en', headers: { ...admin, ...FORM }, payload: form({ _csrf: csrfOf(page), ...fields }) });
      const short = await post({ username: 'new.caseworker', displayName: 'New Caseworker', role: 'udi', password: 'short' });
      expect(short.statusCode).toBe(400);
      expect(short.body).toMatch(/<main id="main" class="retur-main">\s*<div class="ds-error-summary"/);
      expect(short.body).toContain('href="#new-password"');
      // What was typed is kept, except the password.
      expect(short.body).toContain('value="new.caseworker"');
      const taken = await post({ username: 'udi.console', displayName: 'Someone', role: 'udi', password: 'a-long-enough-password' });
      expect(taken.statusCode).toBe(400);
      expect(taken.body).toContain('That username is taken');

      const created = await post({ username: 'new.caseworker', displayName: 'New Caseworker', role: 'une', password: 'a-long-enough-password' });
      expect([created.statusCode, created.headers.location]).toEqual([303, '/console/accounts?done=created']);
      const row = await caseWork(store.db).selectFrom('users').select(['role', 'disabled']).where('username', '=', 'new.caseworker').executeTakeFirstOrThrow();
      expect(row).toEqual({ role: 'une', disabled: false });
      const audit = await caseWork(store.db).selectFrom('audit').select(['what', 'role']).where('why', '=', 'account administration').execute();
      expect(audit).toContainEqual({ what: 'account created: new.caseworker (une)', role: 'admin' });
      const signedIn = await app.inject({
        method: 'POST',
        url: '/console/sign-in',
        headers: { ...HTML, ...FORM },
        payload: form({ username: 'new.caseworker', password: 'a-long-enough-password' }),
      });
      expect(signedIn.statusCode).toBe(303);
    });

    it('lets the administrator change a role, issue and revoke a token, link an identity and disable an account, but not their own', async () => {
      const { app, store, principals } = world;
      const admin = await signIn(app, 'admin');
      const page = await get(app, '/console/accounts?lang=en', admin);
      const csrf = csrfOf(page);
      const userId = principals.guardian.kind === 'staff' ? principals.guardian.userId : '';
      const post = (path: string, fields: Record<string, string> = {}) =>
        app.inject({
          method: 'POST',
          url: `/console/accounts/${userId}${path}?lang=en`,
          headers: { ...admin, ...FORM },
          payload: form({ _csrf: csrf, ...fields }),
        });
      const roleOf = async () => (await caseWork(store.db).selectFrom('users').select('role').where('id', '=', userId).executeTakeFirstOrThrow()).role;

      expect((await post('/role', { role: 'reception' })).statusCode).toBe(303);
      expect(await roleOf()).toBe('reception');
      expect((await post('/role', { role: 'emperor' })).statusCode).toBe(400);
      expect(await roleOf()).toBe('reception');
      expect((await post('/role', { role: 'guardian' })).statusCode).toBe(303);

      // A token, shown once, that works as a bearer until it is revoked.
      const issued = await post('/tokens', { name: 'case system' });
      expect(issued.statusCode).toBe(200);
      const token = /<code>(rt_[\w-]+)<\/code>/.exec(issued.body)?.[1];
      expect(token).toBeDefined();
      const me = () => app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
      expect((await me()).statusCode).toBe(200);
      const listed = await get(app, '/console/accounts?lang=en', admin);
      expect(listed.body).not.toContain(token!);
      const tokenId = new RegExp(`/console/accounts/${userId}/tokens/([0-9a-f-]{36})/revoke`).exec(listed.body)?.[1];
      // Only through its own account: another account's URL does not reach it.
      const lawyerId = principals.lawyer.kind === 'staff' ? principals.lawyer.userId : '';
      const elsewhere = await app.inject({
        method: 'POST',
        url: `/console/accounts/${lawyerId}/tokens/${tokenId}/revoke?lang=en`,
        headers: { ...admin, ...FORM },
        payload: form({ _csrf: csrf }),
      });
      expect(elsewhere.statusCode).toBe(404);
      expect((await me()).statusCode).toBe(200);
      expect((await post(`/tokens/${tokenId}/revoke`)).statusCode).toBe(303);
      expect((await me()).statusCode).toBe(401);
      expect((await get(app, '/console/accounts?lang=en', admin)).body).not.toContain(`/tokens/${tokenId}/revoke`);

      // An identity at the provider; an issuer that is not a URL is refused by the field.
      const badIssuer = await post('/identity', { issuer: 'not a url', subject: 'abc' });
      expect(badIssuer.statusCode).toBe(400);
      expect(badIssuer.body).toContain(`href="#acc-${userId}-issuer"`);
      expect((await post('/identity', { issuer: 'https://login.example.no/', subject: 'guardian-subject-1' })).statusCode).toBe(303);
      expect((await get(app, '/console/accounts?lang=en', admin)).body).toContain('guardian-subject-1');

      // Disabled: the account's session and tokens end and it cannot sign in; enabled again, it can.
      const guardian = await signIn(app, 'guardian');
      const second = /<code>(rt_[\w-]+)<\/code>/.exec((await post('/tokens', { name: 'second system' })).body)?.[1];
      const bearer = () => app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${second}` } });
      expect((await bearer()).statusCode).toBe(200);
      expect((await post('/state', { disabled: 'true' })).statusCode).toBe(303);
      expect((await get(app, '/console', guardian)).statusCode).toBe(401);
      expect((await bearer()).statusCode).toBe(401);
      const refused = await app.inject({
        method: 'POST',
        url: '/console/sign-in',
        headers: { ...HTML, ...FORM },
        payload: form({ username: 'guardian.console', password: password('guardian') }),
      });
      expect(refused.statusCode).toBe(401);
      expect((await post('/state', { disabled: 'false' })).statusCode).toBe(303);
      await signIn(app, 'guardian');

      // Not their own account.
      const adminId = principals.admin.kind === 'staff' ? principals.admin.userId : '';
      const own = await app.inject({
        method: 'POST',
        url: `/console/accounts/${adminId}/state?lang=en`,
        headers: { ...admin, ...FORM },
        payload: form({ _csrf: csrf, disabled: 'true' }),
      });
      expect(own.statusCode).toBe(409);
      expect(own.body).toContain('you may not disable or change the role of your own account');
      expect((await caseWork(store.db).selectFrom('users').select('disabled').where('id', '=', adminId).executeTakeFirstOrThrow()).disabled).toBe(false);
    });

    /**
     * Sends an action's form as the case page offers it (its CSRF token, the case's version and purpose, the
     * values a person would type) and answers the page after the redirect.
     */
    async function submit(session: Record<string, string>, caseId: string, action: string, fields: Record<string, string>): Promise<LightMyRequestResponse> {
      const { app } = world;
      const page = await get(app, `/console/cases/${caseId}?lang=en&why=case-work`, session);
      const version = versionIn(page, action);
      expect(version, `${action} is offered`).toBeDefined();
      const sent = await app.inject({
        method: 'POST',
        url: `/console/cases/${caseId}/actions/${action}?lang=en`,
        headers: { ...session, ...FORM },
        payload: form({ _csrf: csrfOf(page), _version: version!, _why: 'case-work', ...fields }),
      });
      // Saved: a redirect to the case page, or the page at once when something is told once (the secret).
      if (sent.statusCode === 200 && sent.body.includes('Saved: ')) return sent;
      expect(sent.statusCode, `${action}: ${/Not saved: [^<]*|There is a problem[\s\S]{0,700}/.exec(sent.body)?.[0] ?? sent.body.slice(0, 200)}`).toBe(303);
      return get(app, `${sent.headers.location!}&lang=en`, session);
    }

    const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });

    it('lets UDI record the day its rejection reached the person, and the rejection letter then gives the last day to appeal', async () => {
      const { app, store, principals } = world;
      const rejected = (await openCase(store.db, principals.udi, familyInput)).case.id;
      const iom = await signIn(app, 'iom');
      const udi = await signIn(app, 'udi');
      await submit(iom, rejected, 'assisted-return.apply', { destination: 'AF' });
      await submit(udi, rejected, 'assisted-return.reject', { reasons: 'The household has a residence permit in Norway.' });
      // The letter in English (`in=en`; the household's own language is Dari) and in bokmål.
      const letterUrl = `/console/cases/${rejected}/letters/assisted-return-refused?why=case-work&lang=en&in=en`;
      expect((await get(app, letterUrl, udi)).body).toContain('three weeks from the day you received this decision');
      // The form offers a date field; a day in the future is refused with the reason, and nothing is written.
      const tomorrow = new Date(Date.now() + 36 * 3600 * 1000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
      const page = await get(app, `/console/cases/${rejected}?lang=en&why=case-work`, udi);
      expect(page.body).toContain('name="notifiedOn"');
      const future = await app.inject({
        method: 'POST',
        url: `/console/cases/${rejected}/actions/assisted-return.record-notification?lang=en`,
        headers: { ...udi, ...FORM },
        payload: form({ _csrf: csrfOf(page), _version: versionIn(page, 'assisted-return.record-notification')!, _why: 'case-work', notifiedOn: tomorrow }),
      });
      expect(future.statusCode).toBe(409);
      expect(future.body).toContain('The day the rejection reached the person cannot be in the future.');
      await submit(udi, rejected, 'assisted-return.record-notification', { notifiedOn: today() });
      const letter = (await get(app, letterUrl, udi)).body;
      expect(letter).toContain(`You were notified of the decision on ${formatDate('en', today())}.`);
      expect(letter).toContain(`The last day to appeal is ${formatDate('en', appealDeadline(today()))}.`);
    });

    it('walks each role’s main work through the forms: IOM arranges and records a departure, the police plan and carry out a return, UNE grants a deferral', async () => {
      const { app, store, principals } = world;
      const newCase = async () => (await openCase(store.db, principals.udi, familyInput)).case.id;

      // Assisted return: IOM applies for the household, UDI grants, IOM arranges the journey and records it.
      const assisted = await newCase();
      const iom = await signIn(app, 'iom');
      const udi = await signIn(app, 'udi');
      const police = await signIn(app, 'police');
      const une = await signIn(app, 'une');
      const lawyer = await signIn(app, 'lawyer');
      await submit(iom, assisted, 'assisted-return.apply', { destination: 'AF' });
      await submit(udi, assisted, 'assisted-return.grant', { reasons: 'Eligible' });
      await submit(iom, assisted, 'assisted-return.arrange-travel', { travelDate: today(), travelDocument: 'Passport', ticket: 'ABC123' });
      const departed = await submit(iom, assisted, 'assisted-return.record-departure', { date: today() });
      expect(departed.body).toContain('Saved: ');
      const assistedRow = await caseWork(store.db)
        .selectFrom('cases')
        .select(['status', 'assisted_status'])
        .where('id', '=', assisted)
        .executeTakeFirstOrThrow();
      expect(assistedRow).toEqual({ status: 'departed', assisted_status: 'departed' });

      // Forced return: the police plan it and carry it out; the whole household travels together.
      const forced = await newCase();
      const planned = await submit(police, forced, 'forced-return.plan', { date: today(), flight: 'DY1234', escort: 'Two officers', destination: 'AF' });
      expect(planned.body).toContain('/actions/forced-return.execute"');
      // The lawyer linked to the household never learns of the plan.
      await act(
        store.db,
        principals.udi,
        forced,
        'case.link',
        { relation: 'lawyer', userId: principals.lawyer.kind === 'staff' ? principals.lawyer.userId : '' },
        { expectedVersion: await versionAs(store.db, principals.udi, forced) },
      );
      const seenByLawyer = await get(app, `/console/cases/${forced}?lang=en&why=case-work`, lawyer);
      expect(seenByLawyer.statusCode).toBe(200);
      expect(seenByLawyer.body).not.toContain('DY1234');
      expect(seenByLawyer.body).not.toMatch(/Forced return<\/dt><dd>planned/);
      // The date, destination and escort are the plan's; the entry ban is left blank (the decision has none).
      await submit(police, forced, 'forced-return.execute', { 'cost.totalNok': '24500', 'cost.paidByPersonNok': '' });
      const forcedRow = await caseWork(store.db).selectFrom('cases').select(['status', 'forced_status']).where('id', '=', forced).executeTakeFirstOrThrow();
      expect(forcedRow).toEqual({ status: 'departed', forced_status: 'executed' });
      const people = await caseWork(store.db).selectFrom('departures').select('person_id').where('case_id', '=', forced).execute();
      expect(people).toHaveLength(2);

      // Appeal and deferral: the lawyer appeals and asks to stay meanwhile; UNE grants it from its queue.
      const appealed = await newCase();
      await act(
        store.db,
        principals.udi,
        appealed,
        'case.link',
        { relation: 'lawyer', userId: principals.lawyer.kind === 'staff' ? principals.lawyer.userId : '' },
        { expectedVersion: 1 },
      );
      await submit(lawyer, appealed, 'appeal.register', { grounds: 'The decision overlooked the child' });
      await submit(lawyer, appealed, 'deferral.request', { grounds: 'The child is in treatment' });
      expect((await get(app, '/console/queues/une.deferrals?lang=en', une)).body).toContain(`/console/cases/${appealed}?`);
      await submit(une, appealed, 'deferral.grant', { reasons: 'Until the appeal is decided' });
      expect(
        (await caseWork(store.db).selectFrom('cases').select('deferral_status').where('id', '=', appealed).executeTakeFirstOrThrow()).deferral_status,
      ).toBe('granted');
    });
  });
});
