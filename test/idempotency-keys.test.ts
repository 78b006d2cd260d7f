/**
 * Idempotency keys keep no secret and do not live for ever (issue 10, point 3), on PGlite and PostgreSQL.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { buildServer } from '../src/main/server.ts';
import { createUser } from '../src/cases/accounts.ts';
import { caseWork } from '../src/store/tables.ts';
import { openDatabase } from '../src/store/db.ts';
import { withTransaction } from '../src/store/transaction.ts';
import {
  claimIdempotencyKey,
  IDEMPOTENCY_PURGE_LOCK,
  purgeExpiredIdempotencyKeys,
  saveIdempotentResponse,
  startIdempotencyKeyPurge,
} from '../src/store/idempotency.ts';
import type { Db } from '../src/cases/commands.ts';
import { forEachDatabase, onPostgres } from './support/databases.ts';

async function keyAgedHours(db: Db, key: string, hours: number): Promise<void> {
  await withTransaction(db, async (trx) => {
    await claimIdempotencyKey(trx, { key, actor: 'user:test', requestHash: 'h' });
    await saveIdempotentResponse(trx, { key, actor: 'user:test', status: 200, body: {} });
  });
  await sql`UPDATE idempotency_keys SET created_at = now() - make_interval(hours => ${hours}) WHERE key = ${key}`.execute(db);
}
const keys = async (db: Db) => (await sql<{ key: string }>`SELECT key FROM idempotency_keys ORDER BY key`.execute(db)).rows.map((r) => r.key);

forEachDatabase((database) => {
  describe('idempotency keys', () => {
    it('keep no secret: a replay of an application says the secret was shown once', async () => {
      const store = await database.open();
      const app = await buildServer({ logger: false, db: store.db, loginRateLimit: 1000, oidc: null });
      await createUser(store.db, { username: 'iom.test', displayName: 'iom', role: 'iom', password: 'password-for-iom' });
      await createUser(store.db, { username: 'udi.test', displayName: 'udi', role: 'udi', password: 'password-for-udi' });
      const signIn = async (username: string, password: string) => {
        const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
        return { cookie: String(login.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': String(login.json().csrfToken) };
      };
      const udi = await signIn('udi.test', 'password-for-udi');
      const iom = await signIn('iom.test', 'password-for-iom');
      const opened = await app.inject({
        method: 'POST',
        url: '/api/v1/cases',
        headers: udi,
        payload: {
          household: [{ name: 'Test Person', dateOfBirth: '1990-05-01', citizenships: ['AF'], role: 'adult' }],
          decision: { kind: 'protection-rejected', authority: 'udi', date: '2026-01-10', departureDeadline: '2099-01-20', notifiedOn: '2026-01-12' },
        },
      });
      const caseId: string = opened.json().case.id;
      const apply = () =>
        app.inject({
          method: 'POST',
          url: `/api/v1/cases/${caseId}/actions/assisted-return.apply`,
          headers: { ...iom, 'if-match': String(opened.headers.etag), 'idempotency-key': 'apply-once-0001' },
          payload: { destination: 'AF' },
        });
      const first = await apply();
      expect(first.statusCode, first.body).toBe(200);
      const secret: string = first.json().revealed.secret;
      expect(secret).toMatch(/.{12,}/);
      const stored = await sql<{ body: string }>`SELECT response_body::text AS body FROM idempotency_keys`.execute(store.db);
      expect(stored.rows).toHaveLength(1);
      expect(stored.rows[0]!.body).not.toContain(secret);

      const replay = await apply();
      expect(replay.statusCode, replay.body).toBe(200);
      expect(replay.json().revealed).toBeUndefined();
      expect(replay.json().shownOnce).toEqual(['secret']);
      expect(replay.body).not.toContain(secret);
      expect(replay.json().version).toEqual(first.json().version);
      expect(replay.headers.etag).toBe(first.headers.etag);
      const events = await caseWork(store.db).selectFrom('events').select('type').where('case_id', '=', caseId).execute();
      expect(events.map((e) => e.type)).toEqual(['case.opened', 'assisted-return.apply']);
      await app.close();
    });

    it('expire after 24 hours, purged by a job that runs in the server', async () => {
      const store = await database.open();
      await keyAgedHours(store.db, 'old-key-0001', 25);
      await keyAgedHours(store.db, 'new-key-0001', 23);
      expect(await purgeExpiredIdempotencyKeys(store.db)).toBe(1);
      expect(await keys(store.db)).toEqual(['new-key-0001']);

      await keyAgedHours(store.db, 'old-key-0002', 30);
      const job = startIdempotencyKeyPurge(store.db, { firstAfterMs: 0, everyMs: 20 });
      for (let i = 0; i < 200 && (await keys(store.db)).includes('old-key-0002'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
      await job.stop();
      expect(await keys(store.db)).toEqual(['new-key-0001']);

      // The server starts the job and stops it when it closes.
      const app = await buildServer({ logger: false, db: store.db, oidc: null, backgroundJobs: true });
      await app.close();
    });
  });
});

onPostgres((database) => {
  describe('the purge of idempotency keys', () => {
    it('runs on one instance at a time: another holding its lock makes it skip', async () => {
      const store = await database.open();
      await keyAgedHours(store.db, 'old-key-0003', 25);
      const other = await openDatabase({ databaseUrl: store.url! });
      try {
        let release!: () => void;
        const held = new Promise<void>((resolve) => (release = resolve));
        let locked!: () => void;
        const isLocked = new Promise<void>((resolve) => (locked = resolve));
        const holder = other.db.transaction().execute(async (trx) => {
          await sql`SELECT pg_advisory_xact_lock(${IDEMPOTENCY_PURGE_LOCK})`.execute(trx);
          locked();
          await held;
        });
        await isLocked;
        expect(await purgeExpiredIdempotencyKeys(store.db)).toBeNull();
        expect(await keys(store.db)).toEqual(['old-key-0003']);
        release();
        await holder;
        expect(await purgeExpiredIdempotencyKeys(store.db)).toBe(1);
      } finally {
        await other.close();
      }
    });
  });
});
