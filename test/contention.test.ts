/**
 * Writers colliding on one case (issue 10, point 7), on PGlite and PostgreSQL: four at once, with files, with
 * an Idempotency-Key, with both and with neither, each sending the version it last saw. Each gets 200 or
 * 412 (never 503: the case row's lock orders them and the version check decides), and the case's events
 * are exactly the writes answered 200.
 */
import { describe, expect, it } from 'vitest';
import { buildServer } from '../src/main/server.ts';
import { createUser } from '../src/cases/accounts.ts';
import { caseWork } from '../src/store/tables.ts';
import { forEachDatabase } from './support/databases.ts';

const pdf = Buffer.from('%PDF-1.4\n% a test document\n').toString('base64');

forEachDatabase((database) => {
  describe('writers on one case', () => {
    it('get 200 or 412, never 503, and the events are exactly the 200s', async () => {
      const store = await database.open();
      const app = await buildServer({ logger: false, db: store.db, loginRateLimit: 1000, oidc: null });
      await createUser(store.db, { username: 'udi.test', displayName: 'udi', role: 'udi', password: 'password-for-udi' });
      const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'udi.test', password: 'password-for-udi' } });
      const headers = { cookie: String(login.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': String(login.json().csrfToken) };
      const opened = await app.inject({
        method: 'POST',
        url: '/api/v1/cases',
        headers,
        payload: {
          household: [{ name: 'Test Person', dateOfBirth: '1990-05-01', citizenships: ['AF'], role: 'adult' }],
          decision: { kind: 'protection-rejected', authority: 'udi', date: '2026-01-10', departureDeadline: '2026-01-20', notifiedOn: '2026-01-12' },
        },
      });
      const caseId: string = opened.json().case.id;
      let latest = String(opened.headers.etag);
      const statuses: number[] = [];
      let n = 0;
      const writer = async (withFile: boolean, withKey: boolean) => {
        for (let i = 0; i < 10; i++) {
          const key = `writer-key-${++n}-${Math.random()}`;
          const response = await app.inject({
            method: 'POST',
            url: `/api/v1/cases/${caseId}/actions/case.record-document`,
            headers: { ...headers, 'if-match': latest, ...(withKey ? { 'idempotency-key': key } : {}) },
            payload: withFile
              ? { kind: 'passport', status: 'uploaded', content: { mediaType: 'application/pdf', base64: pdf } }
              : { kind: 'id-document', status: 'will-send-later' },
          });
          statuses.push(response.statusCode);
          if (response.statusCode === 200) latest = String(response.headers.etag);
          else if (response.statusCode === 412) latest = `"${String(response.json().currentVersion)}"`;
        }
      };
      await Promise.all([writer(true, false), writer(false, true), writer(true, true), writer(false, false)]);
      const counts = Object.fromEntries([...new Set(statuses)].map((s) => [s, statuses.filter((x) => x === s).length]));
      expect(
        Object.keys(counts).filter((s) => s !== '200' && s !== '412'),
        JSON.stringify(counts),
      ).toEqual([]);
      const events = await caseWork(store.db).selectFrom('events').select('type').where('case_id', '=', caseId).execute();
      expect(events.length).toBe(1 + (counts[200] ?? 0));
      expect(counts[200]).toBeGreaterThan(0);
      await app.close();
    });
  });
});
