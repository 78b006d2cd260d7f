/**
 * The event log through the view (issue 10, point 1), on PGlite and PostgreSQL: each role reads only the
 * events that changed what it may see of the case, numbered as it sees them, reduced where it sees their
 * subject only in part, never a secret's hash; the read is audited as a read of the event log.
 */
import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../src/main/server.ts';
import { createUser } from '../src/cases/accounts.ts';
import type { Db } from '../src/cases/commands.ts';
import { readAudit } from '../src/store/audit.ts';
import type { StaffRole } from '../src/cases/roles.ts';
import { forEachDatabase } from './support/databases.ts';

const roles: StaffRole[] = ['udi', 'iom', 'une', 'police', 'lawyer'];

async function setup(db: Db) {
  const app: FastifyInstance = await buildServer({ logger: false, db, loginRateLimit: 1000, oidc: null });
  const headers = {} as Record<StaffRole, Record<string, string>>;
  const ids = {} as Record<StaffRole, string>;
  for (const role of roles) {
    const { id } = await createUser(db, { username: `${role}.test`, displayName: role, role, password: `password-for-${role}` });
    ids[role] = id;
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: `${role}.test`, password: `password-for-${role}` } });
    headers[role] = { cookie: String(login.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': String(login.json().csrfToken) };
  }
  return { app, headers, ids };
}

forEachDatabase((database) => {
  describe('the event log', () => {
    it('shows each role only what its view of the case shows, numbered as it sees the log', async () => {
      const store = await database.open();
      const { app, headers, ids } = await setup(store.db);
      let caseId = '';
      // Each role writes on the version its own view shows (its ETag), read just before.
      const post = async (role: StaffRole, url: string, payload: object) => {
        const etag = caseId
          ? String((await app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}?why=event view test`, headers: headers[role] })).headers.etag)
          : '';
        const response = await app.inject({ method: 'POST', url, payload, headers: { ...headers[role], ...(etag ? { 'if-match': etag } : {}) } });
        expect(response.statusCode, response.body).toBeLessThan(300);
        return response.json();
      };
      const opened = await post('udi', '/api/v1/cases', {
        household: [{ name: 'Amina Test', dateOfBirth: '1990-05-01', citizenships: ['AF'], role: 'adult' }],
        decision: { kind: 'protection-rejected', authority: 'udi', date: '2026-01-10', departureDeadline: '2026-01-20', notifiedOn: '2026-01-12' },
      });
      const id: string = opened.case.id;
      caseId = id;
      const action = (name: string) => `/api/v1/cases/${id}/actions/${name}`;
      await post('udi', action('case.link'), { relation: 'lawyer', userId: ids.lawyer });
      await post('police', action('forced-return.plan'), { date: '2099-01-01', flight: 'FLIGHT-SECRET-1', escort: 'ESCORT-SECRET-1', destination: 'AF' });
      await post('iom', action('assisted-return.apply'), { destination: 'AF', facts: { vulnerabilities: ['trafficking'] } });
      await post('iom', action('case.record-document'), { kind: 'medical', status: 'will-send-later', description: 'DIAGNOSIS-SECRET-1' });

      const read = async (role: StaffRole) => {
        const response = await app.inject({ method: 'GET', url: `/api/v1/cases/${id}/events?why=event view test`, headers: headers[role] });
        expect(response.statusCode, response.body).toBe(200);
        return {
          body: response.body,
          events: response.json().events as { sequence: number; type: string; payload: Record<string, unknown>; actor?: string }[],
        };
      };
      const readCase = async (role: StaffRole) =>
        (await app.inject({ method: 'GET', url: `/api/v1/cases/${id}?why=event view test`, headers: headers[role] })).json().case;

      for (const role of roles) {
        const { body, events } = await read(role);
        expect(body, role).not.toContain('secretHash');
        // Numbered 1, 2, 3 … as the role sees the log: no gap betrays an event left out.
        expect(events.map((e) => e.sequence)).toEqual(events.map((_e, i) => i + 1));
        if (role === 'police') {
          expect(events.map((e) => e.type)).toEqual(['case.opened', 'case.link', 'forced-return.plan', 'assisted-return.apply']);
          expect(body).not.toContain('trafficking');
          expect(body).not.toContain('DIAGNOSIS-SECRET-1');
          expect(events[3]!.payload).toEqual({});
        } else {
          expect(
            events.map((e) => e.type),
            role,
          ).toEqual(['case.opened', 'case.link', 'assisted-return.apply', 'case.record-document']);
          expect(body).not.toContain('FLIGHT-SECRET-1');
          expect(body).not.toContain('ESCORT-SECRET-1');
          // The trace the case names is the one in the event of that number, as this role numbers them.
          const view = await readCase(role);
          expect(view.assistedReturn.eligibility.traceInEvent, role).toBe(3);
          expect(events[2]!.payload['eligibility']).toMatchObject({ answer: view.assistedReturn.eligibility.answer });
          expect(events[2]!.payload['eligibility']).toHaveProperty('trace');
        }
        // Who wrote each event: for the authorities, except where the police see an assisted-return event
        // only in part; a lawyer sees the role.
        const reduced = (e: { type: string }) => role === 'police' && e.type.startsWith('assisted-return.');
        expect(events.every((e) => (role === 'lawyer' || reduced(e) ? e.actor === undefined : typeof e.actor === 'string'))).toBe(true);
      }
      const audit = await readAudit(store.db, { caseId: id });
      expect(
        audit
          .filter((a) => a.action === 'read' && a.what === 'events')
          .map((a) => a.actor.role)
          .sort(),
      ).toEqual([...roles].sort());
      await app.close();
    });
  });
});
