/**
 * The view test (issue 10, "Keep it so"), on PGlite and PostgreSQL: for every action (every event type, in
 * actions.ts) and every role (the nine staff roles, the person, anyone without a session), what the role
 * can observe of a case (the case, its ETag, its event log, its entry in a list, the version a stale write's
 * 412 names) reveals nothing its view of the case hides. Generated from the table, not hand-picked: for each
 * action, the first demo household that takes it (src/cases/demo) is played up to that step, with a lawyer,
 * a guardian and a reception centre linked; everything every role observes is taken before and after the
 * step, and
 *
 * - when the role's view did not change, nothing it observes may change;
 * - its ETag, its list entry's version and the 412's currentVersion are one and the same;
 * - its event log is numbered without gaps and never holds a secret's hash;
 * - nothing in its event log or list entry is a string that the whole case holds and its view does not, nor
 *   one from the new event's payload when the role sees what the event changed only in part.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../src/main/server.ts';
import { SESSION_COOKIE } from '../src/shared/http.ts';
import { createSession, createUser } from '../src/cases/accounts.ts';
import { act, versionAs } from '../src/cases/commands.ts';
import { viewForRole } from '../src/cases/access.ts';
import { actions } from '../src/cases/actions.ts';
import { osloToday } from '../src/shared/clock.ts';
import { demoScenarios, openedAt, openerOf, openInput, personPrincipal, plannedSteps, resolveInput, type Scenario } from '../src/cases/demo/scenarios.ts';
import { openCase } from '../src/cases/commands.ts';
import type { CaseDoc } from '../src/cases/model.ts';
import { staffRoles, type Principal, type Role, type StaffRole } from '../src/cases/roles.ts';
import { caseWork } from '../src/store/tables.ts';
import { forEachDatabase, type TestStore } from './support/databases.ts';

type Observer = StaffRole | 'person' | 'anonymous';
const observers: readonly Observer[] = [...staffRoles, 'person', 'anonymous'];

interface Observed {
  readonly caseStatus: number;
  readonly view: unknown;
  readonly etag: string | undefined;
  readonly events: { status: number; body: string };
  readonly listed: unknown;
  readonly stale: { status: number; code: unknown; currentVersion: unknown };
}

/** Every string in a value (keys left out), at least 6 characters long. */
function strings(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string' && value.length >= 6) into.add(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, into);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) strings(v, into);
  return into;
}

/** A value without the parts every view leaves out or numbers its own way (the secret's hash, traceInEvent). */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== 'secretHash' && k !== 'traceInEvent' && k !== 'hiddenEvents')
      .map(([k, v]) => [k, comparable(v)]),
  );
}
/** The string values a role was told by its event log and its list entry. */
function told(observed: Observed): Set<string> {
  const events = observed.events.status === 200 ? (JSON.parse(observed.events.body).events as Record<string, unknown>[]) : [];
  return strings(observed.listed, strings(events.map(({ payload, actor }) => ({ payload, actor }))));
}
const same = (a: unknown, b: unknown) => JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));

/** The first demo household that takes an action, and that step's place in it. */
function firstTaking(actionId: string, scenarios: readonly Scenario[]): { scenario: Scenario; index: number } {
  for (const scenario of scenarios) {
    // Every case gets a lawyer, a guardian and a reception centre, so that the helpers observe it too.
    const linked: Scenario = { ...scenario, links: ['lawyer', 'guardian', 'reception'] };
    const index = plannedSteps(linked, () => ({ kind: 'staff', userId: '00000000-0000-4000-8000-000000000000', username: 'x', role: 'lawyer' })).findIndex(
      (s) => s.action === actionId,
    );
    if (index >= 0) return { scenario: linked, index };
  }
  throw new Error(`No demo household takes ${actionId}: the view test cannot cover it`);
}

async function stored(store: TestStore, caseId: string): Promise<CaseDoc> {
  const row = await caseWork(store.db).selectFrom('cases').select('state').where('id', '=', caseId).executeTakeFirstOrThrow();
  return row.state as unknown as CaseDoc;
}

forEachDatabase((database) => {
  describe('what each role observes of a case', () => {
    let store: TestStore;
    let app: FastifyInstance;
    const principals = new Map<StaffRole, Principal>();
    const headers = new Map<string, Record<string, string>>();
    const scenarios = demoScenarios(osloToday());

    beforeAll(async () => {
      store = await database.open();
      app = await buildServer({ logger: false, db: store.db, oidc: null });
      for (const role of staffRoles) {
        const { id } = await createUser(store.db, { username: `${role}.views`, displayName: role, role, password: `password-for-${role}` });
        const principal: Principal = { kind: 'staff', userId: id, username: `${role}.views`, role };
        principals.set(role, principal);
        const session = await createSession(store.db, principal);
        headers.set(role, { cookie: `${SESSION_COOKIE}=${session.token}`, 'x-csrf-token': session.csrfToken });
      }
      return async () => app.close();
    });

    async function observe(who: Observer, caseId: string, personHeaders: Record<string, string>): Promise<Observed> {
      const h = who === 'anonymous' ? {} : who === 'person' ? personHeaders : headers.get(who)!;
      const read = await app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}?why=view test`, headers: h });
      const events = await app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/events?why=view test`, headers: h });
      const list = await app.inject({ method: 'GET', url: '/api/v1/cases?limit=200', headers: h });
      const items = list.statusCode === 200 ? (list.json().items as { id: string }[]) : [];
      // A write the role may take, with a version no case ever has: refused with 412 and the current one.
      const [action, body] =
        who === 'une'
          ? [
              'case.link',
              { relation: 'lawyer', userId: principals.get('lawyer')!.kind === 'staff' ? (principals.get('lawyer') as { userId: string }).userId : '' },
            ]
          : ['case.record-document', { kind: 'passport', status: 'will-send-later' }];
      const stale = await app.inject({
        method: 'POST',
        url: `/api/v1/cases/${caseId}/actions/${action}`,
        payload: body,
        headers: { ...h, 'if-match': '"999999"' },
      });
      return {
        caseStatus: read.statusCode,
        view: read.statusCode === 200 ? read.json().case : read.json().code,
        etag: read.statusCode === 200 ? String(read.headers.etag) : undefined,
        events: { status: events.statusCode, body: events.body },
        listed: list.statusCode === 200 ? (items.find((i) => i.id === caseId) ?? null) : list.json().code,
        stale: { status: stale.statusCode, code: stale.json().code, currentVersion: stale.json().currentVersion },
      };
    }

    for (const action of actions) {
      it(`${action.id}: every role observes only what its view shows`, async () => {
        const { scenario, index } = firstTaking(action.id, scenarios);
        const principalFor = (role: StaffRole) => principals.get(role)!;
        const steps = plannedSteps(scenario, principalFor);
        let doc = (await openCase(store.db, principalFor(openerOf(scenario)), openInput(scenario), { now: new Date(openedAt(scenario)) })).case;
        const take = async (i: number) => {
          const step = steps[i]!;
          const principal = step.as === 'person' ? personPrincipal(doc) : principalFor(step.as);
          const result = await act(store.db, principal, doc.id, step.action, resolveInput(step.input, doc), {
            now: new Date(step.at),
            expectedVersion: await versionAs(store.db, principal, doc.id),
          });
          doc = await stored(store, doc.id);
          return result;
        };
        for (let i = 0; i < index; i++) await take(i);
        const session = await createSession(store.db, personPrincipal(doc));
        const personHeaders = { cookie: `${SESSION_COOKIE}=${session.token}`, 'x-csrf-token': session.csrfToken };

        const fullBefore = await stored(store, doc.id);
        const before = new Map<Observer, Observed>();
        for (const who of observers) before.set(who, await observe(who, doc.id, personHeaders));
        await take(index);
        const fullAfter = await stored(store, doc.id);
        const newEvent = await caseWork(store.db)
          .selectFrom('events')
          .select(['payload'])
          .where('case_id', '=', doc.id)
          .orderBy('sequence', 'desc')
          .limit(1)
          .executeTakeFirstOrThrow();
        const changedKeys = Object.keys(fullAfter).filter(
          (k) => k !== 'hiddenEvents' && !same((fullBefore as unknown as Record<string, unknown>)[k], (fullAfter as unknown as Record<string, unknown>)[k]),
        );
        // A new sign-in code changes only the secret's hash, which no view shows.
        const secretChanged = fullBefore.assistedReturn?.secretHash !== fullAfter.assistedReturn?.secretHash;
        expect(changedKeys.length > 0 || secretChanged, `${action.id} changed nothing`).toBe(true);

        let sawIt = 0;
        for (const who of observers) {
          const was = before.get(who)!;
          const now = await observe(who, doc.id, personHeaders);
          const where = `${action.id} as seen by ${who}`;
          if (JSON.stringify(was.view) === JSON.stringify(now.view) && was.caseStatus === now.caseStatus) {
            expect(now.etag, where).toBe(was.etag);
            expect(now.events, where).toEqual(was.events);
            expect(now.listed, where).toEqual(was.listed);
            expect(now.stale, where).toEqual(was.stale);
          } else {
            sawIt++;
          }
          if (now.caseStatus !== 200) continue;
          const etag = now.etag!.replace(/"/g, '');
          if (now.listed !== null && typeof now.listed === 'object') expect(String((now.listed as { version: number }).version), where).toBe(etag);
          if (now.stale.status === 412) expect(String(now.stale.currentVersion), where).toBe(etag);
          expect(now.events.status, where).toBe(200);
          expect(now.events.body, where).not.toContain('secretHash');
          const events = JSON.parse(now.events.body).events as { sequence: number }[];
          expect(
            events.map((e) => e.sequence),
            where,
          ).toEqual(events.map((_e, i) => i + 1));
          // Strings the whole case holds and the role's view does not; and the new event's, when the role
          // sees what the event changed only in part. The view as access.ts makes it (the answer adds the
          // messages' texts to it).
          const view = viewForRole(who as Role, fullAfter) as unknown as Record<string, unknown>;
          const visible = strings(view);
          const hidden = new Set([...strings(fullAfter)].filter((s) => !visible.has(s)));
          if (!changedKeys.every((k) => same(view[k], (fullAfter as unknown as Record<string, unknown>)[k]))) {
            for (const s of strings(newEvent.payload)) if (!visible.has(s)) hidden.add(s);
          }
          // An event's type and the role that wrote it are the log's vocabulary, shown with every event the role
          // sees; what it may not learn would be a value in a payload, an actor, or its list entry, new to it
          // with this step (a word such as "lawyer" that it had already seen elsewhere tells it nothing new).
          const toldNow = told(now);
          const toldBefore = told(was);
          const leaked = [...hidden].filter((s) => toldNow.has(s) && !toldBefore.has(s));
          expect(leaked, where).toEqual([]);
        }
        // Someone saw it: at least whoever took it; unless it changed only what the views leave out, and then
        // no one may.
        if (changedKeys.length > 0) expect(sawIt, action.id).toBeGreaterThan(0);
        else expect(sawIt, action.id).toBe(0);
      }, 50_000);
    }
  });
});
