/**
 * Staff sign-in through OpenID Connect, the whole flow in-process: buildServer on PGlite against a small
 * provider on a loopback port (test/support/oidc-provider.ts), the browser played by hand (its cookies carried
 * from answer to answer). A sign-in that succeeds makes the same session the password sign-in makes, and it
 * works on staff routes; every way it can go wrong is refused with its code and leaves no session.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildServer } from '../src/main/server.ts';
import { oidcConfigFromEnv, type OidcConfig } from '../src/api/oidc-config.ts';
import { createUser } from '../src/cases/accounts.ts';
import { linkIdentity, unlinkIdentity } from '../src/cases/identities.ts';
import type { StaffRole } from '../src/cases/roles.ts';
import { readAudit } from '../src/store/audit.ts';
import { oidcTables } from '../src/store/oidc-tables.ts';
import { onPGlite, type TestStore } from './support/databases.ts';
import { startTestProvider, type Person, type Tamper, type TestProvider } from './support/oidc-provider.ts';

const REDIRECT_URI = 'https://retur.test/api/v1/auth/oidc/callback';

let provider: TestProvider;
beforeAll(async () => {
  provider = await startTestProvider();
});
afterAll(async () => {
  await provider.close();
});

function configure(more: Record<string, string> = {}): OidcConfig {
  const config = oidcConfigFromEnv({
    RETUR_OIDC_ISSUER: provider.issuer,
    RETUR_OIDC_CLIENT_ID: provider.clientId,
    RETUR_OIDC_CLIENT_SECRET: provider.clientSecret,
    RETUR_OIDC_REDIRECT_URI: REDIRECT_URI,
    ...more,
  });
  if (!config) throw new Error('not configured');
  return config;
}

/** The cookies an answer sets, by name (an empty value: the answer clears it). */
function cookiesSet(response: LightMyRequestResponse): Map<string, { value: string; attributes: string }> {
  const header = response.headers['set-cookie'];
  const lines = header === undefined ? [] : Array.isArray(header) ? header : [header];
  return new Map(
    lines.map((line) => {
      const [pair, ...attributes] = line.split(';');
      const at = pair!.indexOf('=');
      return [pair!.slice(0, at).trim(), { value: pair!.slice(at + 1), attributes: attributes.join(';').trim() }];
    }),
  );
}

const codeOf = (response: LightMyRequestResponse) =>
  /json/.test(String(response.headers['content-type'])) ? (response.json() as { code?: string }).code : undefined;

interface World {
  store: TestStore;
  app: FastifyInstance;
}

async function world(store: TestStore, config: OidcConfig | null = configure()): Promise<World> {
  const app = await buildServer({ logger: false, db: store.db, loginRateLimit: 1000, oidc: config });
  return { store, app };
}

async function addUser(store: TestStore, username: string, role: StaffRole): Promise<string> {
  return (await createUser(store.db, { username, displayName: `${role} person`, role, password: `password-for-${username}` })).id;
}

/** A server on the store with one staff account, linked to `subject` at the test provider; answers the account's id too. */
async function linked(
  store: TestStore,
  username: string,
  role: StaffRole,
  subject: string,
  config: OidcConfig = configure(),
): Promise<World & { userId: string }> {
  const userId = await addUser(store, username, role);
  await linkIdentity(store.db, { username, issuer: provider.issuer, subject });
  return { ...(await world(store, config)), userId };
}

/** The browser asks to sign in; answers where it is sent and the sign-in cookie it holds. */
async function startSignIn(app: FastifyInstance, returnTo?: string): Promise<{ authorizationUrl: URL; flowCookie: string; response: LightMyRequestResponse }> {
  const response = await app.inject({ method: 'GET', url: '/api/v1/auth/oidc/login', ...(returnTo === undefined ? {} : { query: { returnTo } }) });
  expect(response.statusCode, response.body).toBe(302);
  const flow = cookiesSet(response).get('retur_oidc');
  expect(flow?.value).toMatch(/^[\w-]{43}$/);
  return { authorizationUrl: new URL(String(response.headers.location)), flowCookie: `retur_oidc=${flow!.value}`, response };
}

/** The browser comes back from the provider to Retur's callback (with the sign-in cookie unless told not to). */
function callback(app: FastifyInstance, back: URL, flowCookie: string | null): Promise<LightMyRequestResponse> {
  expect(`${back.origin}${back.pathname}`).toBe(REDIRECT_URI);
  return app.inject({ method: 'GET', url: `${back.pathname}${back.search}`, headers: flowCookie === null ? {} : { cookie: flowCookie } });
}

/** The whole sign-in for one person at the provider. */
async function signIn(app: FastifyInstance, person: Person, tamper?: Tamper, returnTo?: string): Promise<LightMyRequestResponse> {
  const { authorizationUrl, flowCookie } = await startSignIn(app, returnTo);
  return callback(app, provider.authorize(authorizationUrl, person, tamper), flowCookie);
}

async function sessionCount(store: TestStore): Promise<number> {
  return (await oidcTables(store.db).selectFrom('sessions').select('token_hash').execute()).length;
}

/** Refused with the status and code, with no session made and none set in the browser. */
async function expectRefused(w: World, response: LightMyRequestResponse, status: number, code: string): Promise<void> {
  expect([response.statusCode, codeOf(response)], response.body).toEqual([status, code]);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(cookiesSet(response).has('retur_session')).toBe(false);
  expect(await sessionCount(w.store)).toBe(0);
}

onPGlite((database) => {
  describe('staff sign-in through OpenID Connect', () => {
    it('signs a linked staff member in: the session works on staff routes, the sign-in is audited, and its answer is used once', async () => {
      const w = await linked(await database.open(), 'udi.ola', 'udi', 'ola-at-idp');

      const { authorizationUrl, flowCookie, response: started } = await startSignIn(w.app, '/statistics/forced-returns?month=2026-03');
      // The authorization request: code flow with PKCE (S256), state and nonce, to the registered redirect URI.
      const p = authorizationUrl.searchParams;
      expect(Object.fromEntries(['client_id', 'response_type', 'redirect_uri', 'scope', 'code_challenge_method'].map((k) => [k, p.get(k)]))).toEqual({
        client_id: provider.clientId,
        response_type: 'code',
        redirect_uri: REDIRECT_URI,
        scope: 'openid profile',
        code_challenge_method: 'S256',
      });
      expect(p.get('state')).not.toBe(p.get('nonce'));
      // The sign-in cookie: httpOnly, Lax (the provider's redirect back is a cross-site navigation), short-lived, only for these routes.
      const flow = cookiesSet(started).get('retur_oidc')!;
      expect(flow.attributes).toMatch(/Max-Age=600/);
      expect(flow.attributes).toMatch(/Path=\/api\/v1\/auth\/oidc\//);
      expect(flow.attributes).toMatch(/HttpOnly/);
      expect(flow.attributes).toMatch(/SameSite=Lax/);
      // The verifier and the nonce stay on the server; what the browser holds is not the state.
      const kept = await oidcTables(w.store.db).selectFrom('oidc_logins').selectAll().execute();
      expect(kept).toHaveLength(1);
      expect(kept[0]!.state).toBe(p.get('state'));
      expect(flowCookie).not.toContain(p.get('state')!);

      const back = provider.authorize(authorizationUrl, { sub: 'ola-at-idp', claims: { roles: ['udi'], name: 'Ola Nordmann' } });
      const answer = await callback(w.app, back, flowCookie);
      expect(answer.statusCode, answer.body).toBe(200);
      // A page that moves on to returnTo (a redirect would lose the SameSite=Strict session cookie on its first page).
      expect(answer.headers['content-type']).toMatch(/^text\/html/);
      expect(answer.body).toContain('<meta http-equiv="refresh" content="0; url=/statistics/forced-returns?month=2026-03">');
      expect(answer.headers['cache-control']).toBe('no-store');
      const set = cookiesSet(answer);
      expect(set.get('retur_oidc')?.value).toBe('');
      const session = set.get('retur_session')!;
      expect(session.attributes).toMatch(/HttpOnly/);
      expect(session.attributes).toMatch(/SameSite=Strict/);
      expect(session.attributes).toMatch(/Max-Age=28800/);
      const cookie = `retur_session=${session.value}`;

      // The same session the password sign-in makes: who am I, a staff list, and a write with the CSRF token.
      const me = await w.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
      expect(me.statusCode, me.body).toBe(200);
      expect(me.json()).toMatchObject({ kind: 'staff', role: 'udi', username: 'udi.ola' });
      const csrf: string = me.json().csrfToken;
      const list = await w.app.inject({ method: 'GET', url: '/api/v1/cases', headers: { cookie } });
      expect(list.statusCode, list.body).toBe(200);
      const opened = await w.app.inject({
        method: 'POST',
        url: '/api/v1/cases',
        headers: { cookie, 'x-csrf-token': csrf },
        payload: {
          household: [{ name: 'Amina Test', dateOfBirth: '1990-05-01', citizenships: ['AF'], role: 'adult' }],
          decision: { kind: 'protection-rejected', authority: 'udi', date: '2026-01-10', departureDeadline: '2099-12-31', notifiedOn: '2026-01-12' },
        },
      });
      expect(opened.statusCode, opened.body).toBe(201);

      // Recorded: the audit row of the sign-in, the identity's last sign-in; the sign-in under way is gone.
      const audit = await readAudit(w.store.db, { actorId: `user:${w.userId}` });
      expect(audit.filter((a) => a.what === 'session').map((a) => [a.action, a.why, a.actor.role, a.caseId])).toEqual([
        ['change', 'sign-in (openid-connect)', 'udi', null],
      ]);
      const identity = await oidcTables(w.store.db).selectFrom('user_identities').selectAll().executeTakeFirstOrThrow();
      expect(identity.last_sign_in_at).toBeInstanceOf(Date);
      expect(await oidcTables(w.store.db).selectFrom('oidc_logins').selectAll().execute()).toEqual([]);

      // The same answer again (a replay, or the back button): refused, and no second session.
      const again = await callback(w.app, back, flowCookie);
      expect([again.statusCode, codeOf(again)]).toEqual([400, 'AUTH_OIDC_STATE_INVALID']);
      expect(cookiesSet(again).has('retur_session')).toBe(false);
      expect(await sessionCount(w.store)).toBe(1);
      await w.app.close();
    });

    it('goes to the start page when no returnTo is given, and ends the session the browser had before', async () => {
      const w = await world(await database.open());
      await addUser(w.store, 'police.kari', 'police');
      await linkIdentity(w.store.db, { username: 'police.kari', issuer: `${provider.issuer}/`, subject: 'kari' });
      const password = await w.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'police.kari', password: 'password-for-police.kari' },
      });
      const before = `retur_session=${cookiesSet(password).get('retur_session')!.value}`;

      const { authorizationUrl, flowCookie } = await startSignIn(w.app);
      const answer = await w.app.inject({
        method: 'GET',
        url: (() => {
          const back = provider.authorize(authorizationUrl, { sub: 'kari', claims: { roles: 'police statistics' } });
          return `${back.pathname}${back.search}`;
        })(),
        headers: { cookie: `${flowCookie}; ${before}` },
      });
      expect(answer.statusCode, answer.body).toBe(200);
      expect(answer.body).toContain('url=/">');
      expect((await w.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: before } })).statusCode).toBe(401);
      const after = `retur_session=${cookiesSet(answer).get('retur_session')!.value}`;
      expect((await w.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: after } })).json()).toMatchObject({
        role: 'police',
        username: 'police.kari',
      });
      // Both sign-ins are in the audit, each with how it was made.
      const whys = (await readAudit(w.store.db, {})).filter((a) => a.what === 'session').map((a) => a.why);
      expect(whys).toEqual(['sign-in (password)', 'sign-in (openid-connect)']);
      await w.app.close();
    });

    it('refuses an answer whose state is not the sign-in’s, or that comes to another browser, or too late', async () => {
      const w = await linked(await database.open(), 'udi.ola', 'udi', 'ola');
      const person = { sub: 'ola', claims: { roles: ['udi'] } };
      const requests = provider.tokenRequests.total;

      // A state other than the one sent.
      const wrong = await startSignIn(w.app);
      const back = provider.authorize(wrong.authorizationUrl, person);
      back.searchParams.set('state', 'not-the-state');
      await expectRefused(w, await callback(w.app, back, wrong.flowCookie), 400, 'AUTH_OIDC_STATE_INVALID');
      // No state at all.
      const none = await startSignIn(w.app);
      const noState = provider.authorize(none.authorizationUrl, person);
      noState.searchParams.delete('state');
      await expectRefused(w, await callback(w.app, noState, none.flowCookie), 400, 'AUTH_OIDC_STATE_INVALID');

      // The right answer, but in a browser that did not start the sign-in (login CSRF): no cookie, or another sign-in's.
      const victim = await startSignIn(w.app);
      const attacker = await startSignIn(w.app);
      const attackersAnswer = provider.authorize(attacker.authorizationUrl, person);
      await expectRefused(w, await callback(w.app, attackersAnswer, null), 400, 'AUTH_OIDC_STATE_INVALID');
      await expectRefused(w, await callback(w.app, attackersAnswer, victim.flowCookie), 400, 'AUTH_OIDC_STATE_INVALID');

      // After ten minutes the sign-in under way has expired.
      const late = await startSignIn(w.app);
      await oidcTables(w.store.db)
        .updateTable('oidc_logins')
        .set({ expires_at: new Date(Date.now() - 1000) })
        .execute();
      await expectRefused(w, await callback(w.app, provider.authorize(late.authorizationUrl, person), late.flowCookie), 400, 'AUTH_OIDC_STATE_INVALID');

      // None of these got as far as exchanging the code.
      expect(provider.tokenRequests.total).toBe(requests);
      await w.app.close();
    });

    it('refuses an ID token with the wrong nonce, expired, signed with another key, or for another client or issuer', async () => {
      const w = await linked(await database.open(), 'udi.ola', 'udi', 'ola');
      const person = { sub: 'ola', claims: { roles: ['udi'] } };
      const tampered: Record<string, Tamper> = {
        'another nonce': { nonce: 'a-nonce-of-another-sign-in' },
        expired: { expiresIn: -3600 },
        'signed with another key': { foreignKey: true },
        'for another client': { audience: 'another-client' },
        'from another issuer': { issuer: 'https://idp.evil.example' },
      };
      for (const [what, tamper] of Object.entries(tampered)) {
        const answer = await signIn(w.app, person, tamper);
        expect([answer.statusCode, codeOf(answer)], `${what}: ${answer.body}`).toEqual([401, 'AUTH_OIDC_TOKEN_INVALID']);
        await expectRefused(w, answer, 401, 'AUTH_OIDC_TOKEN_INVALID');
      }
      // The same person with an untampered token signs in.
      expect((await signIn(w.app, person)).statusCode).toBe(200);
      await w.app.close();
    });

    it('refuses a subject linked to no account, naming the identity for an administrator to link', async () => {
      const w = await world(await database.open());
      await addUser(w.store, 'udi.ola', 'udi');
      const answer = await signIn(w.app, { sub: 'nobody-here', claims: { roles: ['udi'] } });
      await expectRefused(w, answer, 403, 'AUTH_OIDC_NOT_LINKED');
      expect(answer.json()).toMatchObject({ issuer: `${provider.issuer}/`, subject: 'nobody-here' });
      // No account was made for it: auto-provisioning is off.
      expect((await oidcTables(w.store.db).selectFrom('users').select('username').execute()).map((u) => u.username)).toEqual(['udi.ola']);

      // Linked, then unlinked: refused again. A disabled account is refused the same way.
      await linkIdentity(w.store.db, { username: 'udi.ola', issuer: provider.issuer, subject: 'nobody-here' });
      expect((await signIn(w.app, { sub: 'nobody-here', claims: { roles: ['udi'] } })).statusCode).toBe(200);
      await oidcTables(w.store.db).deleteFrom('sessions').execute();
      expect(await unlinkIdentity(w.store.db, 'udi.ola', provider.issuer)).toBe(1);
      await expectRefused(w, await signIn(w.app, { sub: 'nobody-here', claims: { roles: ['udi'] } }), 403, 'AUTH_OIDC_NOT_LINKED');
      await linkIdentity(w.store.db, { username: 'udi.ola', issuer: provider.issuer, subject: 'nobody-here' });
      await oidcTables(w.store.db).updateTable('users').set({ disabled: true }).execute();
      await expectRefused(w, await signIn(w.app, { sub: 'nobody-here', claims: { roles: ['udi'] } }), 403, 'AUTH_OIDC_NOT_LINKED');
      await w.app.close();
    });

    it("refuses a linked account whose role the provider's role claim does not grant", async () => {
      const w = await linked(await database.open(), 'udi.ola', 'udi', 'ola');
      for (const claims of [{ roles: ['police'] }, { roles: ['UDI', 'superuser'] }, { roles: [] }, {}, { roles: { udi: true } }]) {
        const answer = await signIn(w.app, { sub: 'ola', claims });
        await expectRefused(w, answer, 403, 'AUTH_OIDC_ROLE_NOT_ALLOWED');
      }
      const named = await signIn(w.app, { sub: 'ola', claims: { roles: ['police', 'superuser'] } });
      expect(named.json().roles).toEqual(['police']);
      await w.app.close();
    });

    it('takes the roles from a nested claim (Keycloak), or none at all (the account’s role stands)', async () => {
      const nested = await linked(await database.open(), 'une.per', 'une', 'per', configure({ RETUR_OIDC_ROLE_CLAIM: 'resource_access.retur.roles' }));
      expect(
        (await signIn(nested.app, { sub: 'per', claims: { resource_access: { retur: { roles: ['une'] }, other: { roles: ['admin'] } } } })).statusCode,
      ).toBe(200);
      const wrong = await signIn(nested.app, { sub: 'per', claims: { resource_access: { other: { roles: ['une'] } } } });
      expect(codeOf(wrong)).toBe('AUTH_OIDC_ROLE_NOT_ALLOWED');
      await nested.app.close();
      const noRoles = await world(nested.store, configure({ RETUR_OIDC_ROLE_CLAIM: 'none' }));
      const answer = await signIn(noRoles.app, { sub: 'per' });
      expect(answer.statusCode, answer.body).toBe(200);
      await noRoles.app.close();
    });

    it('knows a person by another claim when told to (Entra ID’s oid)', async () => {
      const w = await linked(await database.open(), 'iom.ali', 'iom', '6f1c0d2e-oid', configure({ RETUR_OIDC_SUBJECT_CLAIM: 'oid' }));
      expect((await signIn(w.app, { sub: 'pairwise-sub', claims: { oid: '6f1c0d2e-oid', roles: ['iom'] } })).statusCode).toBe(200);
      await oidcTables(w.store.db).deleteFrom('sessions').execute();
      await expectRefused(w, await signIn(w.app, { sub: 'pairwise-sub', claims: { roles: ['iom'] } }), 401, 'AUTH_OIDC_TOKEN_INVALID');
      await w.app.close();
    });

    it('lets a lawyer sign in to their existing, linked account, and sees only the cases they are linked to', async () => {
      const w = await linked(await database.open(), 'lawyer.lise', 'lawyer', 'lise');
      const answer = await signIn(w.app, { sub: 'lise', claims: { roles: ['lawyer'] } });
      expect(answer.statusCode, answer.body).toBe(200);
      const cookie = `retur_session=${cookiesSet(answer).get('retur_session')!.value}`;
      const list = await w.app.inject({ method: 'GET', url: '/api/v1/cases', headers: { cookie } });
      expect(list.json().items).toEqual([]);
      await w.app.close();
    });

    it('makes an account at the first sign-in with auto-provisioning, only in one Retur role that needs no links', async () => {
      const w = await world(await database.open(), configure({ RETUR_OIDC_AUTO_PROVISION: 'true' }));
      const first = await signIn(w.app, {
        sub: 'new-officer',
        claims: { roles: ['police', 'offline_access'], preferred_username: 'Kari.Nordmann@politiet.no', name: 'Kari Nordmann' },
      });
      expect(first.statusCode, first.body).toBe(200);
      const users = () => oidcTables(w.store.db).selectFrom('users').select(['id', 'username', 'display_name', 'role']).orderBy('username').execute();
      const [made] = await users();
      expect(made).toMatchObject({ username: 'kari.nordmann', display_name: 'Kari Nordmann', role: 'police' });
      const audit = await readAudit(w.store.db, { actorId: `user:${made!.id}` });
      expect(audit.map((a) => [a.what, a.why])).toEqual([
        ['account', 'made at the first sign-in (openid-connect)'],
        ['session', 'sign-in (openid-connect)'],
      ]);
      // The account has a password nobody knows: a password sign-in with any guess fails.
      const guess = await w.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'kari.nordmann', password: 'not a password of anyone' },
      });
      expect(codeOf(guess)).toBe('AUTH_INVALID_CREDENTIALS');
      // The second sign-in finds the same account.
      expect((await signIn(w.app, { sub: 'new-officer', claims: { roles: ['police'], preferred_username: 'kari.nordmann@politiet.no' } })).statusCode).toBe(
        200,
      );
      // A taken username gives a made-up one, which tells nothing about the person.
      expect((await signIn(w.app, { sub: 'another-kari', claims: { roles: ['udi'], preferred_username: 'kari.nordmann' } })).statusCode).toBe(200);
      expect((await users()).map((u) => u.username)).toEqual(['kari.nordmann', expect.stringMatching(/^oidc\.[0-9a-f]{16}$/)]);
      await oidcTables(w.store.db).deleteFrom('sessions').execute();

      const refusals: [Record<string, unknown>, number, string][] = [
        [{ roles: ['lawyer'] }, 403, 'AUTH_OIDC_NOT_LINKED'],
        [{ roles: ['guardian'] }, 403, 'AUTH_OIDC_NOT_LINKED'],
        [{ roles: ['admin'] }, 403, 'AUTH_OIDC_NOT_LINKED'],
        [{ roles: ['udi', 'police'] }, 403, 'AUTH_OIDC_ROLE_NOT_ALLOWED'],
        [{ roles: ['superuser'] }, 403, 'AUTH_OIDC_ROLE_NOT_ALLOWED'],
        [{}, 403, 'AUTH_OIDC_ROLE_NOT_ALLOWED'],
      ];
      for (const [claims, status, code] of refusals)
        await expectRefused(w, await signIn(w.app, { sub: `someone-${JSON.stringify(claims)}`, claims }), status, code);
      expect(await users()).toHaveLength(2);
      await w.app.close();
    });

    it('links an identity to one account, one identity per account and provider, issuers compared as URLs', async () => {
      const store = await database.open();
      await addUser(store, 'udi.ola', 'udi');
      await addUser(store, 'udi.kari', 'udi');
      expect(await linkIdentity(store.db, { username: 'udi.ola', issuer: 'https://login.example.no', subject: ' ola-sub ' })).toEqual({
        issuer: 'https://login.example.no/',
      });
      const refusals: [Parameters<typeof linkIdentity>[1], RegExp][] = [
        [{ username: 'udi.kari', issuer: 'https://login.example.no/', subject: 'ola-sub' }, /already linked to udi\.ola/],
        [{ username: 'udi.ola', issuer: 'https://LOGIN.example.no', subject: 'another-sub' }, /already linked to another identity/],
        [{ username: 'nobody', issuer: 'https://login.example.no', subject: 'x' }, /No user nobody/],
        [{ username: 'udi.kari', issuer: 'not a url', subject: 'x' }, /is not a URL/],
        [{ username: 'udi.kari', issuer: 'https://login.example.no', subject: '  ' }, /subject/],
      ];
      for (const [link, message] of refusals)
        await expect(linkIdentity(store.db, link), JSON.stringify(link)).rejects.toMatchObject({
          code: 'REQUEST_INVALID',
          message: expect.stringMatching(message),
        });
      // Another provider is another identity; unlinking takes one provider's, or all.
      await linkIdentity(store.db, { username: 'udi.ola', issuer: 'https://idp.other.example', subject: 'ola-elsewhere' });
      const rows = () =>
        oidcTables(store.db)
          .selectFrom('user_identities')
          .innerJoin('users', 'users.id', 'user_identities.user_id')
          .select(['username', 'issuer', 'subject'])
          .orderBy('issuer')
          .execute();
      expect(await rows()).toEqual([
        { username: 'udi.ola', issuer: 'https://idp.other.example/', subject: 'ola-elsewhere' },
        { username: 'udi.ola', issuer: 'https://login.example.no/', subject: 'ola-sub' },
      ]);
      expect(await unlinkIdentity(store.db, 'udi.ola', 'https://login.example.no/')).toBe(1);
      await linkIdentity(store.db, { username: 'udi.kari', issuer: 'https://login.example.no', subject: 'ola-sub' });
      expect(await unlinkIdentity(store.db, 'udi.ola')).toBe(1);
      expect(await rows()).toEqual([{ username: 'udi.kari', issuer: 'https://login.example.no/', subject: 'ola-sub' }]);
      await expect(unlinkIdentity(store.db, 'nobody')).rejects.toMatchObject({ code: 'REQUEST_INVALID' });
    });

    it('refuses a returnTo that is not a path on this site, before anything is started', async () => {
      const w = await world(await database.open());
      for (const returnTo of [
        '//evil.example/',
        'https://evil.example/',
        '/\\evil.example',
        '\\\\evil.example',
        '/\t/evil.example',
        'javascript:alert(1)',
        'cases',
        '/"><script>',
        '',
      ]) {
        const response = await w.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/login', query: { returnTo } });
        expect([response.statusCode, codeOf(response)], JSON.stringify(returnTo)).toEqual([400, 'REQUEST_INVALID']);
        expect(response.json().errors[0].path).toBe('/returnTo');
        expect(response.headers.location).toBeUndefined();
        expect(cookiesSet(response).size).toBe(0);
      }
      expect(await oidcTables(w.store.db).selectFrom('oidc_logins').selectAll().execute()).toEqual([]);
      // Local paths with a query go through.
      for (const returnTo of ['/', '/api/v1/cases?overdue=true', '/statistics/forced-returns?month=2026-03&x=%2F%2F'])
        expect((await startSignIn(w.app, returnTo)).response.statusCode).toBe(302);
      await w.app.close();
    });

    it('refuses when the provider refuses: the person cancels, or the code is not exchanged', async () => {
      const w = await linked(await database.open(), 'udi.ola', 'udi', 'ola');
      const cancelled = await startSignIn(w.app);
      const denied = await callback(w.app, provider.deny(cancelled.authorizationUrl, 'access_denied'), cancelled.flowCookie);
      await expectRefused(w, denied, 401, 'AUTH_OIDC_REFUSED');
      expect(denied.json().providerError).toBe('access_denied');

      const forgotten = await startSignIn(w.app);
      const back = provider.authorize(forgotten.authorizationUrl, { sub: 'ola', claims: { roles: ['udi'] } });
      provider.forgetCodes();
      const refused = await callback(w.app, back, forgotten.flowCookie);
      await expectRefused(w, refused, 401, 'AUTH_OIDC_REFUSED');
      expect(refused.json().providerError).toBe('invalid_grant');
      await w.app.close();
    });

    it('answers 502 when the provider cannot be reached, and 404 on both routes when OpenID Connect is off', async () => {
      const store = await database.open();
      const gone = await startTestProvider();
      const issuer = gone.issuer;
      await gone.close();
      const unreachable = await world(store, configure({ RETUR_OIDC_ISSUER: issuer }));
      const login = await unreachable.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/login' });
      expect([login.statusCode, codeOf(login)]).toEqual([502, 'AUTH_OIDC_PROVIDER_UNAVAILABLE']);
      await unreachable.app.close();

      const off = await world(store, null);
      for (const url of ['/api/v1/auth/oidc/login', '/api/v1/auth/oidc/callback?code=x&state=y']) {
        const response = await off.app.inject({ method: 'GET', url });
        expect([response.statusCode, codeOf(response)], url).toEqual([404, 'AUTH_OIDC_NOT_CONFIGURED']);
      }
      await off.app.close();
    });
  });
});
