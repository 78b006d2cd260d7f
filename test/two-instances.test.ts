/**
 * Several instances on one PostgreSQL: two `retur serve` processes (each with its own connection pool and
 * memory) on the throwaway server the tests provide, behind no balancer: the test sends each request to the
 * instance it names. Conflicting updates, Idempotency-Key repeats, sessions, the sign-in lock-out and the
 * public pages' forms hold across them. The background job (purging expired Idempotency-Keys, hourly in a
 * server) is driven directly on two pools, as the two instances' timers would call it.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/cases/accounts.ts';
import { openDatabase } from '../src/store/db.ts';
import { readEvents } from '../src/store/events.ts';
import { caseWork } from '../src/store/tables.ts';
import { IDEMPOTENCY_PURGE_LOCK, purgeExpiredIdempotencyKeys } from '../src/store/idempotency.ts';
import { onPostgres, type TestStore } from './support/databases.ts';
import { startServer, type RunningServer } from './support/retur-server.ts';

interface Session {
  readonly cookie: string;
  readonly csrf: string;
}

const household = [{ name: 'Amina Two', dateOfBirth: '1990-05-01', citizenships: ['AF'], role: 'adult' }];
const decision = { kind: 'protection-rejected', authority: 'udi', date: '2026-01-10', departureDeadline: '2099-12-31', notifiedOn: '2026-01-12' };

onPostgres((database) => {
  describe('two instances on one PostgreSQL', () => {
    let store: TestStore;
    let a: RunningServer;
    let b: RunningServer;

    beforeAll(async () => {
      store = await database.open();
      for (const role of ['udi', 'iom'] as const) {
        await createUser(store.db, { username: `${role}.two`, displayName: role, role, password: `password-for-${role}-two` });
      }
      // Every instance needs the same secret for the public pages' forms (the default is random per process).
      const env = { RETUR_WEB_SECRET: randomBytes(32).toString('base64url') };
      [a, b] = await Promise.all([
        startServer({ database: { databaseUrl: store.url ?? '' }, env }),
        startServer({ database: { databaseUrl: store.url ?? '' }, env }),
      ]);
    });
    afterAll(async () => {
      await Promise.all([a?.stop(), b?.stop()]);
    });

    const signIn = async (on: RunningServer, username: string, password: string): Promise<Response> =>
      fetch(`${on.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    const sessionOf = async (on: RunningServer, role: 'udi' | 'iom'): Promise<Session> => {
      const answer = await signIn(on, `${role}.two`, `password-for-${role}-two`);
      expect(answer.status).toBe(200);
      return { cookie: answer.headers.getSetCookie()[0]!.split(';')[0]!, csrf: ((await answer.json()) as { csrfToken: string }).csrfToken };
    };
    const call = (on: RunningServer, who: Session, method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}) =>
      fetch(`${on.url}${path}`, {
        method,
        headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const openCase = async (on: RunningServer, udi: Session, headers: Record<string, string> = {}) => {
      const opened = await call(on, udi, 'POST', '/api/v1/cases', { household, decision }, headers);
      return { status: opened.status, body: (await opened.json()) as { case: { id: string } } };
    };

    it('accepts a session made on one instance on the other, and ends it on both', async () => {
      const udi = await sessionOf(a, 'udi');
      const opened = await openCase(b, udi);
      expect(opened.status).toBe(201);
      expect((await call(a, udi, 'GET', `/api/v1/cases/${opened.body.case.id}?why=planning`)).status).toBe(200);
      expect((await call(b, udi, 'POST', '/api/v1/auth/logout', {})).status).toBeLessThan(300);
      expect((await call(a, udi, 'GET', '/api/v1/cases')).status).toBe(401);
    });

    it('lets one of two conflicting updates of a case win and refuses the other with 412, losing nothing', async () => {
      const [udi, iom] = await Promise.all([sessionOf(a, 'udi'), sessionOf(b, 'iom')]);
      const ids = await Promise.all([1, 2, 3].map(async () => (await openCase(a, udi)).body.case.id));
      for (const id of ids) {
        const before = (await readEvents(store.db, id)).length;
        const etag = (await call(a, iom, 'GET', `/api/v1/cases/${id}?why=planning`)).headers.get('etag')!;
        const apply = (on: RunningServer) =>
          call(on, iom, 'POST', `/api/v1/cases/${id}/actions/assisted-return.apply`, { destination: 'AF' }, { 'if-match': etag });
        const answers = await Promise.all([apply(a), apply(b)]);
        expect(answers.map((r) => r.status).sort()).toEqual([200, 412]);
        const loser = answers.find((r) => r.status === 412)!;
        expect(((await loser.json()) as { code: string }).code).toBe('CASE_VERSION_CONFLICT');
        // The winner's events are there once; the loser, reading again, is told the application is already made.
        const added = (await readEvents(store.db, id)).slice(before).map((e) => e.type);
        expect(added.length).toBeGreaterThan(0);
        expect(new Set(added).size).toBe(added.length);
        const fresh = (await call(b, iom, 'GET', `/api/v1/cases/${id}?why=planning`)).headers.get('etag')!;
        expect(fresh).not.toBe(etag);
        const retried = await call(b, iom, 'POST', `/api/v1/cases/${id}/actions/assisted-return.apply`, { destination: 'AF' }, { 'if-match': fresh });
        expect(retried.status).toBe(409);
      }
    });

    it('answers a repeated Idempotency-Key from the first answer, whichever instance gets the repeat', async () => {
      const udi = await sessionOf(b, 'udi');
      const key = `two-${randomUUID()}`;
      const first = await openCase(a, udi, { 'idempotency-key': key });
      const repeat = await openCase(b, udi, { 'idempotency-key': key });
      expect(first.status).toBe(201);
      expect(repeat).toEqual(first);

      // Both at once, one on each instance: one command runs, both get its answer.
      const together = `two-${randomUUID()}`;
      const both = await Promise.all([openCase(a, udi, { 'idempotency-key': together }), openCase(b, udi, { 'idempotency-key': together })]);
      expect(both[0]).toEqual(both[1]);
      const made = await store.db.selectFrom('cases').select('id').where('id', 'in', [first.body.case.id, both[0].body.case.id]).execute();
      expect(made).toHaveLength(2);
      expect(
        Number(
          (
            await store.db
              .selectFrom('idempotency_keys')
              .select((eb) => eb.fn.countAll().as('n'))
              .where('key', 'in', [key, together])
              .executeTakeFirstOrThrow()
          ).n,
        ),
      ).toBe(2);
    });

    it('locks an account after ten failed sign-ins in a row, counted across both instances', async () => {
      await createUser(store.db, { username: 'locked.two', displayName: 'L', role: 'police', password: 'password-for-locked-two' });
      for (let i = 0; i < 10; i++) expect((await signIn(i % 2 === 0 ? a : b, 'locked.two', 'not the password')).status).toBe(401);
      // Five failures on each instance: neither alone reached ten, yet the right password is refused on both.
      expect((await signIn(a, 'locked.two', 'password-for-locked-two')).status).toBe(401);
      expect((await signIn(b, 'locked.two', 'password-for-locked-two')).status).toBe(401);
      const row = await caseWork(store.db).selectFrom('users').select(['locked_until']).where('username', '=', 'locked.two').executeTakeFirstOrThrow();
      expect(new Date(row.locked_until ?? 0).getTime()).toBeGreaterThan(Date.now());
    });

    it("accepts a public page's form on the other instance than the one that showed it", async () => {
      const shown = await fetch(`${a.url}/check`);
      expect(shown.status).toBe(200);
      const cookie = shown.headers.getSetCookie()[0]!.split(';')[0]!;
      const csrf = /name="_csrf" value="([^"]+)"/.exec(await shown.text())?.[1];
      expect(csrf).toBeDefined();
      const restarted = await fetch(`${b.url}/check/restart`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrf! }).toString(),
      });
      expect(restarted.status).toBe(303);
    });

    it('purges expired Idempotency-Keys once: an instance finding the other purging leaves it to that one', async () => {
      const other = await openDatabase({ databaseUrl: store.url ?? '' });
      try {
        const old = new Date(Date.now() - 48 * 3600_000);
        const keys = [1, 2, 3].map((n) => ({ key: `expired-${n}-${randomUUID()}`, actor: 'purge-test', request_hash: 'h', created_at: old }));
        await store.db
          .insertInto('idempotency_keys')
          .values([...keys, { key: `fresh-${randomUUID()}`, actor: 'purge-test', request_hash: 'h' }])
          .execute();

        // While one instance holds the purge's lock (its purge under way), the other's purge does nothing.
        await store.db.transaction().execute(async (trx) => {
          await sql`SELECT pg_advisory_xact_lock(${IDEMPOTENCY_PURGE_LOCK})`.execute(trx);
          expect(await purgeExpiredIdempotencyKeys(other.db)).toBeNull();
        });
        // Both at once: the expired keys are deleted by one of them only.
        const purged = await Promise.all([purgeExpiredIdempotencyKeys(store.db), purgeExpiredIdempotencyKeys(other.db)]);
        expect(purged.filter((n) => n !== null && n > 0)).toHaveLength(1);
        expect(purged.reduce<number>((sum, n) => sum + (n ?? 0), 0)).toBe(3);
        const left = await store.db.selectFrom('idempotency_keys').select('key').where('actor', '=', 'purge-test').execute();
        expect(left.map((k) => k.key)).toEqual([expect.stringMatching(/^fresh-/)]);
      } finally {
        await other.close();
      }
    });
  });
});
