/**
 * Sessions and tokens that can be ended (issue 10, point 12), on PGlite and PostgreSQL: API tokens expire
 * (RETUR_TOKEN_DAYS, 90 days by default) and can be listed and revoked; a disabled account loses its sessions
 * and tokens at once; a password change ends the other sessions; signing out needs the CSRF token; the
 * Authorization scheme is case-insensitive; and an account is locked for a while after repeated failed
 * sign-ins, whatever address they come from.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../src/main/server.ts';
import { defaultServerConfig } from '../src/api/config.ts';
import {
  checkPassword,
  createUser,
  issueApiToken,
  listApiTokens,
  LOCKOUT_AFTER,
  LOCKOUT_MINUTES,
  revokeApiToken,
  setDisabled,
  setPassword,
} from '../src/cases/accounts.ts';
import { caseWork } from '../src/store/tables.ts';
import { forEachDatabase, type TestStore } from './support/databases.ts';
import { ReturError } from '../src/shared/errors.ts';

const DAY = 86_400_000;
const PASSWORD = 'password-for-udi';

// The first server a process builds compiles every route's schema: done once, under the hook's timeout.
beforeAll(async () => {
  await (await buildServer({ logger: false, oidc: null, config: defaultServerConfig })).close();
});

forEachDatabase((database) => {
  describe('sessions and tokens', () => {
    type Session = { cookie: string; 'x-csrf-token': string };
    async function setup(): Promise<{ store: TestStore; app: FastifyInstance; signIn: () => Promise<Session> }> {
      const store = await database.open();
      await createUser(store.db, { username: 'udi.account', displayName: 'UDI', role: 'udi', password: PASSWORD });
      const app = await buildServer({ logger: false, db: store.db, oidc: null, config: defaultServerConfig, loginRateLimit: 1000 });
      const signIn = async (): Promise<Session> => {
        const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'udi.account', password: PASSWORD } });
        expect(response.statusCode, response.body).toBe(200);
        return { cookie: String(response.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': response.json().csrfToken as string };
      };
      return { store, app, signIn };
    }
    const me = (app: FastifyInstance, headers: Record<string, string> | Session) => app.inject({ url: '/api/v1/auth/me', headers });

    it('lets a token act until it expires (90 days by default) or is revoked, and lists tokens without their secrets', async () => {
      const { store, app } = await setup();
      const now = Date.now();
      const fresh = await issueApiToken(store.db, 'udi.account', 'case system');
      expect(Math.abs(fresh.expiresAt.getTime() - (now + 90 * DAY))).toBeLessThan(60_000);
      const expired = await issueApiToken(store.db, 'udi.account', 'old import', { days: 1, now: new Date(now - 2 * DAY) });
      const revoked = await issueApiToken(store.db, 'udi.account', 'leaked', { days: 30 });
      await revokeApiToken(store.db, revoked.id);

      expect((await me(app, { authorization: `Bearer ${fresh.secret}` })).statusCode).toBe(200);
      for (const token of [expired, revoked]) {
        const refused = await me(app, { authorization: `Bearer ${token.secret}` });
        expect(refused.statusCode).toBe(401);
        expect(refused.json().code).toBe('AUTH_REQUIRED');
      }

      const listed = await listApiTokens(store.db, 'udi.account');
      expect(listed.map((t) => [t.name, t.revokedAt !== null, t.expiresAt.getTime() > now])).toEqual([
        ['leaked', true, true],
        ['old import', false, false],
        ['case system', false, true],
      ]);
      expect(JSON.stringify(listed)).not.toContain(fresh.secret.slice(3));
      await expect(revokeApiToken(store.db, '00000000-0000-4000-8000-000000000000')).rejects.toThrow(ReturError);
      await app.close();
    });

    it('takes the Authorization scheme in any case', async () => {
      const { store, app } = await setup();
      const { secret } = await issueApiToken(store.db, 'udi.account', 'case system');
      for (const scheme of ['Bearer', 'bearer', 'BEARER', 'beaRer']) {
        const response = await me(app, { authorization: `${scheme} ${secret}` });
        expect(response.statusCode, scheme).toBe(200);
        expect(response.json()).toMatchObject({ username: 'udi.account' });
      }
      await app.close();
    });

    it('ends the sessions and tokens of a disabled account at once, refuses its password, and lets it in again once enabled', async () => {
      const { store, app, signIn } = await setup();
      const session = await signIn();
      const { secret } = await issueApiToken(store.db, 'udi.account', 'case system');
      await setDisabled(store.db, 'udi.account', true);
      expect((await me(app, session)).statusCode).toBe(401);
      expect((await me(app, { authorization: `Bearer ${secret}` })).statusCode).toBe(401);
      expect(await caseWork(store.db).selectFrom('sessions').select('token_hash').execute()).toEqual([]);
      const refused = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'udi.account', password: PASSWORD } });
      expect(refused.statusCode).toBe(401);
      expect(refused.json().code).toBe('AUTH_INVALID_CREDENTIALS');

      await setDisabled(store.db, 'udi.account', false);
      expect((await me(app, await signIn())).statusCode).toBe(200);
      // Its tokens stay revoked: a token that leaked with the account must be made anew.
      expect((await me(app, { authorization: `Bearer ${secret}` })).statusCode).toBe(401);
      await app.close();
    });

    it('ends the other sessions when the password changes, and all of them when an administrator sets it', async () => {
      const { store, app, signIn } = await setup();
      const [mine, other] = [await signIn(), await signIn()];
      await setPassword(store.db, 'udi.account', 'a new password for udi', { keepSession: mine.cookie.split('=')[1]! });
      expect((await me(app, mine)).statusCode).toBe(200);
      expect((await me(app, other)).statusCode).toBe(401);
      await setPassword(store.db, 'udi.account', PASSWORD);
      expect((await me(app, mine)).statusCode).toBe(401);
      await app.close();
    });

    it('signs out only with the session’s CSRF token', async () => {
      const { app, signIn } = await setup();
      const session = await signIn();
      const logout = (headers: Record<string, string>) => app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers });
      for (const headers of [{ cookie: session.cookie }, { cookie: session.cookie, 'x-csrf-token': 'not-the-token' }] as Record<string, string>[]) {
        const refused = await logout(headers);
        expect(refused.statusCode).toBe(403);
        expect(refused.json().code).toBe('AUTH_CSRF');
      }
      expect((await me(app, session)).statusCode).toBe(200);
      expect((await logout(session)).statusCode).toBe(204);
      expect((await me(app, session)).statusCode).toBe(401);
      await app.close();
    });

    it(`locks an account for ${LOCKOUT_MINUTES} minutes after ${LOCKOUT_AFTER} failed sign-ins in a row from any addresses, saying nothing more than a wrong password does`, async () => {
      const { store, app } = await setup();
      const login = (password: string, n: number) =>
        app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'udi.account', password }, remoteAddress: `198.51.100.${n}` });
      // A success clears the count.
      for (let n = 1; n < LOCKOUT_AFTER; n++) expect((await login('wrong password', n)).statusCode).toBe(401);
      expect((await login(PASSWORD, 0)).statusCode).toBe(200);
      const wrong = [];
      for (let n = 1; n <= LOCKOUT_AFTER; n++) wrong.push(await login('wrong password', n));
      const locked = await login(PASSWORD, 99);
      expect(locked.statusCode).toBe(401);
      expect(locked.json()).toEqual(wrong[0]!.json());
      // Another account is not held back; this one opens again after the lock-out (or a new password).
      await createUser(store.db, { username: 'police.account', displayName: 'Police', role: 'police', password: 'password-for-police' });
      expect(
        (await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'police.account', password: 'password-for-police' } })).statusCode,
      ).toBe(200);
      const later = new Date(Date.now() + (LOCKOUT_MINUTES + 1) * 60_000);
      expect(await checkPassword(store.db, 'udi.account', PASSWORD, later)).toMatchObject({ username: 'udi.account' });
      expect(await caseWork(store.db).selectFrom('users').select(['failed_sign_ins', 'locked_until']).where('username', '=', 'udi.account').execute()).toEqual([
        { failed_sign_ins: 0, locked_until: null },
      ]);
      await app.close();
    });
  });
});
