/**
 * The role matrix (issue 3): every route the server has × every role (the nine staff roles, the person and
 * anonymous), each answered by a real request, against the roles each route declares and against the table
 * below, which is the security matrix a reviewer reads. A route added without a row in the table fails the
 * test. On top of the role check: lawyers, guardians and reception-centre staff reach only the cases they are
 * linked to and the person only their own (an unseen case answers exactly as a case that does not exist),
 * bearer tokens work for other systems, and a write made with the session cookie needs its CSRF token.
 *
 * The routes are collected from the server itself: `fastify` is wrapped (vi.mock below) so that the instance
 * buildServer makes gets an `onRoute` hook before any route is added. A hook added after buildServer would
 * see none of them, and neither printRoutes nor findRoute tells a route's `config`. The test checks that the
 * hook saw every route the router holds.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type FastifyFactory from 'fastify';
import type { FastifyInstance, FastifyServerOptions, LightMyRequestResponse } from 'fastify';
import { z } from 'zod';
import { buildServer } from '../src/main/server.ts';
import { createApiToken, createUser } from '../src/cases/accounts.ts';
import { actions } from '../src/cases/actions.ts';
import { allRoles, linkedRoles, staffRoles, type Role, type StaffRole } from '../src/cases/roles.ts';
import { caseWork } from '../src/store/tables.ts';
import { onPGlite, type TestStore } from './support/databases.ts';
import { stylesheet } from '../src/web/assets.ts';

/** A route as registered: its method, url and declared roles (undefined for the pages outside /api/v1/). */
interface DeclaredRoute {
  readonly method: string;
  readonly url: string;
  readonly roles: readonly Role[] | 'public' | undefined;
}

const registered = vi.hoisted((): DeclaredRoute[] => []);

vi.mock('fastify', async (importOriginal) => {
  const original = await importOriginal<{ default: typeof FastifyFactory }>();
  const fastifyNoticingRoutes = (options?: FastifyServerOptions) => {
    const app = original.default(options);
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) registered.push({ method, url: route.url, roles: route.config?.roles });
    });
    return app;
  };
  return { ...original, default: fastifyNoticingRoutes };
});

// ------------------------------------------------------------------------------------------- the matrix

type Allowed = readonly Role[] | 'public';

/**
 * Who may call each route: the reviewable security matrix. HEAD routes answer like their GET and are not
 * listed. Pages and documents outside /api/v1/ declare nothing and are public (the auth hook lets a route
 * without `config.roles` through; buildServer refuses such a route under /api/v1/).
 */
const expectedMatrix: Record<string, Allowed> = {
  // Pages, documents and health: public.
  'GET /': 'public',
  'GET /assets/retur.css': 'public',
  'GET /assets/:file': 'public',
  'POST /leave': 'public',
  // The public flows: a question per page, the answers to check, the result, start again (src/web/flow.ts).
  'GET /check': 'public',
  'GET /check/answers': 'public',
  'GET /check/result': 'public',
  'GET /check/:question': 'public',
  'POST /check/:question': 'public',
  'POST /check/restart': 'public',
  'GET /support': 'public',
  'GET /support/answers': 'public',
  'GET /support/result': 'public',
  'GET /support/:question': 'public',
  'POST /support/:question': 'public',
  'POST /support/restart': 'public',
  'GET /what-now': 'public',
  'GET /what-now/answers': 'public',
  'GET /what-now/result': 'public',
  'GET /what-now/:question': 'public',
  'POST /what-now/:question': 'public',
  'POST /what-now/restart': 'public',
  'GET /docs/errors': 'public',
  'GET /docs/rules': 'public',
  'GET /statistics/forced-returns': 'public',
  // The person's own pages: public as routes; each answers only to a person signed in to their case
  // (src/web/person/, tested in test/web-person.test.ts).
  'GET /sign-in': 'public',
  'POST /sign-in': 'public',
  'POST /sign-out': 'public',
  'GET /my-application': 'public',
  'GET /my-application/withdraw': 'public',
  'POST /my-application/withdraw': 'public',
  // A decision letter of the person's own case (src/web/person/my-application.ts).
  'GET /my-application/letters/:kind': 'public',
  'GET /my-application/documents': 'public',
  'POST /my-application/documents': 'public',
  'GET /apply': 'public',
  'POST /apply': 'public',
  // Applying with no case and no sign-in: who the person is and their decision; sending opens the case
  // (access.ts canApplyForNewCase: only someone not signed in; staff get 403, a signed-in person goes to their case).
  'GET /apply/about-you': 'public',
  'POST /apply/about-you': 'public',
  'GET /apply/decision': 'public',
  'POST /apply/decision': 'public',
  'POST /apply/send': 'public',
  'GET /apply/contact': 'public',
  'POST /apply/contact': 'public',
  'GET /apply/travellers': 'public',
  'POST /apply/travellers': 'public',
  'GET /apply/returned-before': 'public',
  'POST /apply/returned-before': 'public',
  'GET /apply/forty-eight': 'public',
  'POST /apply/forty-eight': 'public',
  'GET /apply/vulnerable': 'public',
  'POST /apply/vulnerable': 'public',
  'GET /apply/documents': 'public',
  'POST /apply/documents': 'public',
  'GET /apply/check': 'public',
  'POST /apply/check': 'public',
  'GET /apply/receipt': 'public',
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'GET /api/openapi.json': 'public',

  // Signing in and out.
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/person-login': 'public',
  'POST /api/v1/auth/logout': 'public',
  'GET /api/v1/auth/me': ['udi', 'iom', 'une', 'police', 'lawyer', 'guardian', 'reception', 'statistics', 'admin', 'person'],
  // Staff sign-in through OpenID Connect: the redirect to the provider and its answer (404 when it is off, as here).
  'GET /api/v1/auth/oidc/login': 'public',
  'GET /api/v1/auth/oidc/callback': 'public',

  // Law as code and public statistics: nothing personal.
  'POST /api/v1/rules/assisted-return/eligibility': 'public',
  'POST /api/v1/rules/assisted-return/support': 'public',
  'POST /api/v1/rules/forced-return-category': 'public',
  'POST /api/v1/rules/re-entry': 'public',
  'POST /api/v1/rules/departure-situation': 'public',
  'POST /api/v1/rules/registry-correction': 'public',
  'POST /api/v1/rules/unaccompanied-minor': 'public',
  'GET /api/v1/statistics/forced-returns': 'public',
  'GET /api/v1/statistics/assisted-returns': 'public',
  'GET /api/v1/statistics/eurostat/returns': 'public',
  // The policy lab reads every case's household and facts: aggregates, with samples (case ids for admin only).
  'POST /api/v1/simulations': ['statistics', 'admin'],
  // A long simulation's job: its progress and report, for the account that started it (another's is 404).
  'GET /api/v1/simulations/jobs/:job': ['statistics', 'admin'],

  // Cases.
  'POST /api/v1/cases': ['udi', 'une', 'police'],
  'GET /api/v1/cases': ['udi', 'iom', 'une', 'police', 'lawyer', 'guardian', 'reception'],
  'GET /api/v1/cases/:id': ['udi', 'iom', 'une', 'police', 'lawyer', 'guardian', 'reception', 'person'],
  'GET /api/v1/cases/:id/events': ['udi', 'iom', 'une', 'police', 'lawyer', 'guardian', 'reception', 'person'],
  'GET /api/v1/cases/:id/home-country-handover': ['police'],
  'GET /api/v1/cases/:id/documents/:documentId/content': ['udi', 'iom', 'une', 'police', 'lawyer', 'guardian', 'reception', 'person'],
  // The person's own case (the one they signed in to).
  'GET /api/v1/me/case': ['person'],

  // Actions on a case.
  'POST /api/v1/cases/:id/actions/case.link': ['udi', 'une', 'police'],
  'POST /api/v1/cases/:id/actions/case.record-document': ['udi', 'iom', 'police', 'lawyer', 'guardian', 'reception', 'person'],
  'POST /api/v1/cases/:id/actions/case.issue-sign-in-code': ['udi', 'iom', 'reception', 'lawyer', 'guardian'],
  'POST /api/v1/cases/:id/actions/assisted-return.apply': ['person', 'udi', 'iom', 'reception', 'lawyer', 'guardian'],
  'POST /api/v1/cases/:id/actions/assisted-return.grant': ['udi'],
  'POST /api/v1/cases/:id/actions/assisted-return.reject': ['udi'],
  'POST /api/v1/cases/:id/actions/assisted-return.record-notification': ['udi'],
  'POST /api/v1/cases/:id/actions/assisted-return.appeal': ['person', 'lawyer', 'guardian'],
  'POST /api/v1/cases/:id/actions/assisted-return.decide-appeal': ['une'],
  'POST /api/v1/cases/:id/actions/assisted-return.arrange-travel': ['iom'],
  'POST /api/v1/cases/:id/actions/assisted-return.record-departure': ['iom', 'police'],
  'POST /api/v1/cases/:id/actions/assisted-return.withdraw': ['person', 'lawyer', 'guardian', 'udi'],
  'POST /api/v1/cases/:id/actions/forced-return.notify-receiving-country': ['police'],
  'POST /api/v1/cases/:id/actions/forced-return.record-reception-arrangement': ['police'],
  'POST /api/v1/cases/:id/actions/forced-return.plan': ['police'],
  'POST /api/v1/cases/:id/actions/forced-return.cancel': ['police'],
  'POST /api/v1/cases/:id/actions/forced-return.execute': ['police'],
  'POST /api/v1/cases/:id/actions/appeal.register': ['person', 'lawyer', 'guardian', 'une'],
  'POST /api/v1/cases/:id/actions/appeal.decide': ['une'],
  'POST /api/v1/cases/:id/actions/deferral.request': ['person', 'lawyer', 'guardian'],
  'POST /api/v1/cases/:id/actions/deferral.grant': ['une', 'udi'],
  'POST /api/v1/cases/:id/actions/deferral.deny': ['une', 'udi'],
  'POST /api/v1/cases/:id/actions/own-departure.announce': ['person', 'lawyer', 'guardian', 'police'],
  'POST /api/v1/cases/:id/actions/own-departure.confirm': ['police'],
  'POST /api/v1/cases/:id/actions/debt.record-repayment': ['police'],
  'POST /api/v1/cases/:id/actions/re-entry.check': ['police'],
  'POST /api/v1/cases/:id/actions/registry.request-correction': ['person', 'lawyer'],
  'POST /api/v1/cases/:id/actions/registry.record-moved': ['udi', 'une'],

  // The staff console (pages; a browser gets its errors as pages, other clients problem+json).
  'GET /console/sign-in': 'public',
  'POST /console/sign-in': 'public',
  'POST /console/sign-out': ['udi', 'iom', 'une', 'police', 'lawyer', 'guardian', 'reception', 'statistics', 'admin'],
  'GET /console': ['udi', 'iom', 'une', 'police', 'lawyer', 'guardian', 'reception', 'statistics', 'admin'],
  'GET /console/queues/udi.applications': ['udi'],
  'GET /console/queues/udi.documents': ['udi'],
  'GET /console/queues/iom.journeys': ['iom'],
  'GET /console/queues/une.appeals': ['une'],
  'GET /console/queues/une.deferrals': ['une'],
  'GET /console/queues/une.assisted-return-appeals': ['une'],
  'GET /console/queues/police.overdue': ['police'],
  'GET /console/queues/police.planned': ['police'],
  'GET /console/queues/linked': ['lawyer', 'guardian', 'reception'],
  'GET /console/cases/:id': ['udi', 'iom', 'une', 'police', 'lawyer', 'guardian', 'reception'],
  // A decision letter of the case, for printing (the roles that read the case in the console).
  'GET /console/cases/:id/letters/:kind': ['udi', 'iom', 'une', 'police', 'lawyer', 'guardian', 'reception'],
  'GET /console/border': ['police'],
  'GET /console/debts': ['police'],
  'GET /console/accounts': ['admin'],
  'POST /console/accounts': ['admin'],
  'POST /console/accounts/:account/role': ['admin'],
  'POST /console/accounts/:account/state': ['admin'],
  'POST /console/accounts/:account/identity': ['admin'],
  'POST /console/accounts/:account/tokens': ['admin'],
  'POST /console/accounts/:account/tokens/:token/revoke': ['admin'],
  // The policy lab: the form, and a simulation job's page (only the account that started it reads it).
  'GET /console/lab': ['statistics', 'admin'],
  'POST /console/lab': ['statistics', 'admin'],
  'GET /console/lab/jobs/:job': ['statistics', 'admin'],
};

// The console's action forms: the roles of the API's action, less the person (who has no console).
for (const [key, allowed] of Object.entries(expectedMatrix)) {
  const action = /^POST \/api\/v1\/cases\/:id\/actions\/(.+)$/.exec(key)?.[1];
  if (action !== undefined && allowed !== 'public') expectedMatrix[`POST /console/cases/:id/actions/${action}`] = allowed.filter((role) => role !== 'person');
}

/**
 * Valid bodies for the actions a linked role may take whose input `{}` does not satisfy, so that the scope
 * test reaches the case lookup (an invalid body is refused with 400 before it, the same 400 whether or not
 * the case exists). Add one here when the scope test reports a 400 for a new action.
 */
const validBodies: Record<string, object> = {
  'case.record-document': { kind: 'passport', status: 'will-send-later' },
  'assisted-return.apply': { destination: 'AF' },
  'own-departure.announce': { date: '2099-01-01' },
  'registry.request-correction': { reason: 'Registered as moved by mistake' },
};

// ------------------------------------------------------------------------------------------- the set-up

type Caller = Role | 'anonymous';
/** The roles that reach only linked cases (checked against linkedRoles below). */
const helperRoles = ['lawyer', 'guardian', 'reception'] as const;
type Helper = (typeof helperRoles)[number];
const callers: readonly Caller[] = [...allRoles, 'anonymous'];
type Headers = Record<string, string>;

const household = [
  { name: 'Amina Test', dateOfBirth: '1990-05-01', citizenships: ['AF'], role: 'adult' },
  { name: 'Omid Test', dateOfBirth: '2015-02-10', citizenships: ['AF'], role: 'child' },
];
const decision = { kind: 'protection-rejected', authority: 'udi', date: '2026-01-10', departureDeadline: '2099-12-31', notifiedOn: '2026-01-12' };

const problemSchema = z.object({ code: z.string() });
function problemCode(response: LightMyRequestResponse): string | undefined {
  try {
    return problemSchema.safeParse(JSON.parse(response.body)).data?.code;
  } catch {
    return undefined;
  }
}

const keyOf = (route: { method: string; url: string }) => `${route.method} ${route.url}`;
const sameRoles = (a: Allowed | undefined, b: Allowed | undefined) =>
  a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && [...a].sort().join() === [...b].sort().join());
const show = (allowed: Allowed | undefined) => (allowed === undefined ? 'undeclared' : allowed === 'public' ? 'public' : `[${[...allowed].sort().join(', ')}]`);

interface World {
  store: TestStore;
  app: FastifyInstance;
  routes: DeclaredRoute[];
  /** The case lawyer, guardian and reception are linked to, and the person owns. */
  caseA: string;
  /** Another household's case: the other lawyer, guardian and reception are linked to it, not to case A. */
  caseB: string;
  /** An uploaded document of each case that has one (case A's passport copy), for `:documentId`. */
  documents: Record<string, string>;
  /** Cookie session (with its CSRF token) of each role; case A's person for 'person'. */
  cookies: Record<Role, Headers>;
  /** Bearer token of each staff role. */
  bearers: Record<StaffRole, Headers>;
  /** Cookie sessions of the lawyer, guardian and reception linked to case B only. */
  unlinked: Record<Helper, Headers>;
  signIn: (caller: Role) => Promise<Headers>;
}

async function makeWorld(store: TestStore): Promise<World> {
  registered.length = 0;
  const app = await buildServer({ logger: false, db: store.db, loginRateLimit: 10_000, applicationRateLimit: 10_000, oidc: null });
  await app.ready();
  const routes = [...registered];

  const userIds = {} as Record<StaffRole, string>;
  const bearers = {} as Record<StaffRole, Headers>;
  for (const role of staffRoles) {
    userIds[role] = (await createUser(store.db, { username: `${role}.matrix`, displayName: role, role, password: `password-for-${role}` })).id;
    bearers[role] = { authorization: `Bearer ${await createApiToken(store.db, `${role}.matrix`, 'role matrix')}` };
  }
  const otherIds = {} as Record<Helper, string>;
  for (const role of helperRoles) {
    otherIds[role] = (await createUser(store.db, { username: `${role}.other`, displayName: role, role, password: `password-for-${role}` })).id;
  }

  const login = async (url: string, payload: object): Promise<Headers> => {
    const response = await app.inject({ method: 'POST', url, payload });
    expect(response.statusCode, response.body).toBe(200);
    return {
      cookie: String(response.headers['set-cookie']).split(';')[0]!,
      'x-csrf-token': z.object({ csrfToken: z.string() }).parse(response.json()).csrfToken,
    };
  };
  const staffLogin = (username: string, role: string) => login('/api/v1/auth/login', { username, password: `password-for-${role}` });

  const cookies = {} as Record<Role, Headers>;
  for (const role of staffRoles) cookies[role] = await staffLogin(`${role}.matrix`, role);

  const call = async (who: Headers, url: string, payload: object, version?: number) => {
    const response = await app.inject({ method: 'POST', url, payload, headers: { ...who, ...(version === undefined ? {} : { 'if-match': `"${version}"` }) } });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return z
      .object({ case: z.object({ id: z.string(), reference: z.string() }), version: z.number(), revealed: z.record(z.string(), z.string()).optional() })
      .parse(response.json());
  };
  const link = async (caseId: string, version: number, links: Record<Helper, string>) => {
    for (const relation of helperRoles)
      version = (await call(cookies.udi, `/api/v1/cases/${caseId}/actions/case.link`, { relation, userId: links[relation] }, version)).version;
    return version;
  };

  // Case A: opened by UDI, the helpers linked, and the assisted-return application made by IOM, which gives
  // the person the secret they sign in with.
  const openedA = await call(cookies.udi, '/api/v1/cases', { household, decision });
  const caseA = openedA.case.id;
  const versionA = await link(caseA, openedA.version, userIds);
  const applied = await call(cookies.iom, `/api/v1/cases/${caseA}/actions/assisted-return.apply`, { destination: 'AF' }, versionA);
  const secret = applied.revealed?.secret;
  if (secret === undefined) throw new Error('The application revealed no secret');
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('a passport copy')]);
  const uploaded = await app.inject({
    method: 'POST',
    url: `/api/v1/cases/${caseA}/actions/case.record-document`,
    payload: { kind: 'passport', status: 'uploaded', content: { mediaType: 'image/png', base64: png.toString('base64') } },
    headers: { ...cookies.iom, 'if-match': `"${applied.version}"` },
  });
  expect(uploaded.statusCode, uploaded.body).toBe(200);
  const passportId = z
    .object({ case: z.object({ documents: z.array(z.object({ id: z.string(), kind: z.string() })) }) })
    .parse(uploaded.json())
    .case.documents.find((d) => d.kind === 'passport')!.id;
  // The walk gives the person new sign-in codes (case.issue-sign-in-code), each replacing the last: a later
  // sign-in of the person takes a fresh code of its own.
  let currentSecret = secret;
  const personLogin = async () => {
    const ok = await app.inject({ method: 'POST', url: '/api/v1/auth/person-login', payload: { reference: openedA.case.reference, secret: currentSecret } });
    if (ok.statusCode !== 200) {
      const version = await versionSeenBy(app, bearers.udi, caseA);
      currentSecret = z.string().parse((await call(bearers.udi, `/api/v1/cases/${caseA}/actions/case.issue-sign-in-code`, {}, version)).revealed?.secret);
    }
    return login('/api/v1/auth/person-login', { reference: openedA.case.reference, secret: currentSecret });
  };
  cookies.person = await personLogin();

  // Case B: another household's, with the other helpers linked to it.
  const openedB = await call(cookies.udi, '/api/v1/cases', { household, decision });
  await link(openedB.case.id, openedB.version, otherIds);
  const unlinked = {
    lawyer: await staffLogin('lawyer.other', 'lawyer'),
    guardian: await staffLogin('guardian.other', 'guardian'),
    reception: await staffLogin('reception.other', 'reception'),
  };

  const signIn = (caller: Role) => (caller === 'person' ? personLogin() : staffLogin(`${caller}.matrix`, caller));
  return { store, app, routes, caseA, caseB: openedB.case.id, documents: { [caseA]: passportId }, cookies, bearers, unlinked, signIn };
}

/**
 * The version of the case as the caller sees it (its ETag): what its next write sends in If-Match. A sign-in
 * code changes no role's view, so after one this is less than the stored version.
 */
async function versionSeenBy(app: FastifyInstance, headers: Headers, caseId: string): Promise<number> {
  const read = await app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers });
  expect(read.statusCode, read.body).toBe(200);
  return Number(String(read.headers.etag).replaceAll('"', ''));
}

async function versionOf(store: TestStore, caseId: string): Promise<number> {
  return (await caseWork(store.db).selectFrom('cases').select('version').where('id', '=', caseId).executeTakeFirstOrThrow()).version;
}

/** Values for the public pages' path parameters: an asset the server has, a question of each flow. */
const pageParams: Readonly<Record<string, string>> = {
  file: stylesheet.url.slice('/assets/'.length),
  question: 'residence',
  // The letter every case has from the start: the decision that the household must leave, and its deadline.
  kind: 'departure-deadline',
  // The console's account administration: an account and a token that do not exist (the admin gets 404).
  account: '00000000-0000-4000-8000-00000000acc0',
  token: '00000000-0000-4000-8000-0000000070c0',
  // A simulation job that does not exist (statistics and admin get 404).
  job: '00000000-0000-4000-8000-0000000010b0',
};

/**
 * One request to a route as the caller: `:id` is the given case, a POST sends `{}` (the role check comes
 * before the body is judged) with If-Match at the case's current version.
 */
async function request(world: World, route: DeclaredRoute, caseId: string, headers: Headers, body: object = {}): Promise<LightMyRequestResponse> {
  const url = route.url.replace(/:(\w+)/g, (_m, name: string) => {
    if (name === 'documentId') return world.documents[caseId] ?? '00000000-0000-4000-8000-00000000d0c0';
    const page = pageParams[name];
    if (page !== undefined) return page;
    if (name !== 'id') throw new Error(`${keyOf(route)}: the matrix knows no value for :${name}`);
    return caseId;
  });
  const method = z.enum(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']).parse(route.method);
  if (method === 'GET' || method === 'HEAD') return world.app.inject({ method, url, headers });
  return world.app.inject({ method, url, payload: body, headers: { ...headers, 'if-match': `"${await versionOf(world.store, caseId)}"` } });
}

/**
 * What is wrong with an answer, or null. Anonymous callers get 401 AUTH_REQUIRED and roles not listed 403
 * AUTH_FORBIDDEN. An allowed caller passes the role check, and what comes after it is not the matrix's
 * concern: `{}` is rarely a valid body (400), a process may not allow the action in the case's state (409),
 * or its precondition fails (422), the case may have moved on (412), a report may not be published (404),
 * and a POST that succeeds answers 200. So an allowed caller must get neither 401 nor 403; nor, on a case
 * route, 404, since case A is one every allowed caller may see. No answer may be a 500.
 */
function judge(route: DeclaredRoute, caller: Caller, response: LightMyRequestResponse): string | null {
  const declared = route.roles ?? 'public';
  const status = response.statusCode;
  const code = problemCode(response) ?? '';
  if (status >= 500) return `answered ${status} ${code}`;
  if (declared === 'public' || (caller !== 'anonymous' && declared.includes(caller))) {
    if (status === 401 || status === 403) return `refused with ${status} ${code}, but ${show(declared)} may use it`;
    if (route.url.includes('/:id') && status === 404) return `answered 404 ${code} on a case the caller may see`;
    return null;
  }
  const [want, wantCode] = caller === 'anonymous' ? [401, 'AUTH_REQUIRED'] : [403, 'AUTH_FORBIDDEN'];
  // A HEAD answer has no body to carry the code.
  if (status !== want || (route.method !== 'HEAD' && code !== wantCode))
    return `answered ${status} ${code}, not ${want} ${wantCode} (${show(declared)} may use it)`;
  return null;
}

/** The person's pages that answer the signed-in person differently: [the person's status, everyone else's]. */
const personPages: Readonly<Record<string, readonly [number, number]>> = {
  'GET /sign-in': [303, 200],
  'HEAD /sign-in': [303, 200],
  'GET /my-application': [200, 303],
  'HEAD /my-application': [200, 303],
  // Applying without a case is for those not signed in (its start page, and who the person is); the person,
  // who has a case, is sent on to it.
  'GET /apply': [303, 200],
  'HEAD /apply': [303, 200],
  'GET /apply/about-you': [303, 200],
  'HEAD /apply/about-you': [303, 200],
  'GET /my-application/withdraw': [200, 303],
  'HEAD /my-application/withdraw': [200, 303],
  'GET /my-application/letters/:kind': [200, 303],
  'HEAD /my-application/letters/:kind': [200, 303],
  'GET /my-application/documents': [200, 303],
  'HEAD /my-application/documents': [200, 303],
};

/** The routes that end the cookie session they are sent with. */
const endsSession = new Set(['POST /api/v1/auth/logout', 'POST /leave', 'POST /sign-out', 'POST /console/sign-out']);

/**
 * The walk over every route as every caller, in parts of some 20 to 40 routes (with the HEAD of each GET), each a test of its own: one
 * walk of the whole server is over a thousand requests, too long for one test on a busy machine. Each route
 * is in exactly one part (a test holds this); a new route falls into the last part unless it matches another.
 */
const parts: Readonly<Record<string, (key: string) => boolean>> = {
  'the case actions': (key) => key.includes(' /api/v1/cases/:id/actions/'),
  'the rest of the API': (key) => / \/api\//.test(key) && !key.includes(' /api/v1/cases/:id/actions/'),
  "the console's queues": (key) => key.includes(' /console/queues/'),
  "the console's actions on the case and on assisted return": (key) => / \/console\/cases\/:id\/actions\/(case|assisted-return)\./.test(key),
  "the console's other case actions": (key) =>
    key.includes(' /console/cases/:id/actions/') && !/ \/console\/cases\/:id\/actions\/(case|assisted-return)\./.test(key),
  'the rest of the console': (key) => / \/console(\/|$)/.test(key) && !key.includes(' /console/queues/') && !key.includes(' /console/cases/:id/actions/'),
  "the application, the person's pages and signing in and out": (key) => / \/(apply|my-application|sign-in|sign-out|leave)(\/|$)/.test(key),
  'the public pages': (key) => !/ \/(api|console|apply|my-application|sign-in|sign-out|leave)(\/|$)/.test(key),
};

/** Walks the routes as each caller; returns every wrong cell, and the statuses seen per route. */
async function walk(world: World, routes: readonly DeclaredRoute[], who: readonly { caller: Caller; headers: Headers; viaCookie: boolean }[]) {
  const wrong: string[] = [];
  const statuses = new Map<string, Map<Caller, number>>();
  for (const route of routes) {
    const seen = new Map<Caller, number>();
    statuses.set(keyOf(route), seen);
    for (const { caller, headers, viaCookie } of who) {
      // Signing out and the quick exit end the session they are sent with: each is tried with a session of its own.
      const sending = viaCookie && caller !== 'anonymous' && endsSession.has(keyOf(route)) ? await world.signIn(caller) : headers;
      const response = await request(world, route, world.caseA, sending);
      seen.set(caller, response.statusCode);
      const problem = judge(route, caller, response);
      if (problem !== null) wrong.push(`${keyOf(route)} as ${caller}: ${problem}`);
    }
  }
  return { wrong, statuses };
}

const isCaseRoute = (route: DeclaredRoute) => route.url.startsWith('/api/v1/cases/:id');
const actionOf = (route: DeclaredRoute) => actions.find((a) => route.url === `/api/v1/cases/:id/actions/${a.id}`);

// ------------------------------------------------------------------------------------------- the tests

onPGlite((database) => {
  describe('the role matrix', () => {
    let world: World;
    beforeAll(async () => {
      world = await makeWorld(await database.open());
    });

    it('collects every route the server has, and each is in the table with the roles it declares', () => {
      const { app, routes } = world;
      // The hook saw what the router holds: as many routes as printRoutes lists, and each is there.
      const printed = app
        .printRoutes({ commonPrefix: false })
        .split('\n')
        .flatMap((line) => /\(([A-Z, ]+)\)$/.exec(line)?.[1]?.split(', ') ?? []);
      expect(routes.length).toBe(printed.length);
      for (const route of routes) expect(app.hasRoute({ method: route.method, url: route.url }), keyOf(route)).toBe(true);
      expect(new Set(routes.map(keyOf)).size).toBe(routes.length);

      const problems: string[] = [];
      const byKey = new Map(routes.map((r) => [keyOf(r), r]));
      for (const route of routes) {
        const declared = route.roles ?? 'public';
        if (route.url.startsWith('/api/v1/') && route.roles === undefined) problems.push(`${keyOf(route)} declares no roles`);
        const twin = route.method === 'HEAD' ? byKey.get(`GET ${route.url}`) : undefined;
        if (twin) {
          if (!sameRoles(declared, twin.roles ?? 'public')) problems.push(`${keyOf(route)} declares ${show(declared)}, its GET ${show(twin.roles)}`);
          continue;
        }
        const expected = expectedMatrix[keyOf(route)];
        if (expected === undefined) problems.push(`${keyOf(route)} (declares ${show(declared)}) is not in the table`);
        else if (!sameRoles(expected, declared)) problems.push(`${keyOf(route)} declares ${show(declared)}, the table says ${show(expected)}`);
      }
      for (const key of Object.keys(expectedMatrix)) if (!byKey.has(key)) problems.push(`the table lists ${key}, which the server does not have`);
      expect(problems).toEqual([]);
    });

    it('sorts every route into exactly one part of the walk', () => {
      const unsorted = world.routes.filter((route) => Object.values(parts).filter((inPart) => inPart(keyOf(route))).length !== 1).map(keyOf);
      expect(unsorted).toEqual([]);
    });

    for (const [part, inPart] of Object.entries(parts)) {
      it(`answers each role on ${part} as declared, with cookie sessions`, async () => {
        const who = callers.map((caller) => ({ caller, headers: caller === 'anonymous' ? {} : world.cookies[caller], viaCookie: true }));
        const routes = world.routes.filter((route) => inPart(keyOf(route)));
        expect(routes.length).toBeGreaterThan(0);
        const { wrong, statuses } = await walk(world, routes, who);
        // Public routes answer everyone, and alike: the caller makes no difference. The person's pages are the
        // exception: they show the signed-in person their case and send everyone else to sign in (and /sign-in
        // sends the signed-in person on to their case), so only the person's answer differs.
        for (const route of routes) {
          if ((route.roles ?? 'public') !== 'public') continue;
          const seen = statuses.get(keyOf(route))!;
          const personPage = personPages[keyOf(route)];
          if (personPage !== undefined) {
            const [person, others] = personPage;
            const answers = [...seen].filter(([caller, status]) => status !== (caller === 'person' ? person : others));
            if (answers.length > 0)
              wrong.push(
                `${keyOf(route)}: a person's page should answer the person ${person} and everyone else ${others}: ${JSON.stringify(Object.fromEntries(seen))}`,
              );
            continue;
          }
          if (new Set(seen.values()).size !== 1)
            wrong.push(`${keyOf(route)} is public but answers callers differently: ${JSON.stringify(Object.fromEntries(seen))}`);
        }
        expect(wrong).toEqual([]);
        // The sessions outlived the walk (so no 401 above came from a lost session).
        for (const role of allRoles)
          expect((await world.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: world.cookies[role] })).statusCode, role).toBe(200);
      });
    }

    for (const [part, inPart] of Object.entries(parts)) {
      it(`answers each staff role on ${part} the same with a bearer token, as other systems call`, async () => {
        const routes = world.routes.filter((route) => inPart(keyOf(route)));
        const { wrong } = await walk(
          world,
          routes,
          staffRoles.map((caller) => ({ caller, headers: world.bearers[caller], viaCookie: false })),
        );
        expect(wrong).toEqual([]);
      });
    }

    it('takes a bearer token for reads and writes without a CSRF token, and an unknown token as nobody', async () => {
      const me = await world.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: world.bearers.une });
      expect(me.json()).toMatchObject({ kind: 'staff', role: 'une', username: 'une.matrix' });
      // A bearer write needs no CSRF token: there is no cookie for another site to ride on.
      const caseId = world.caseB;
      const written = await world.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${caseId}/actions/case.record-document`,
        payload: { kind: 'passport', status: 'original-held' },
        headers: { ...world.bearers.police, 'if-match': `"${await versionSeenBy(world.app, world.bearers.police, caseId)}"` },
      });
      expect(written.statusCode, written.body).toBe(200);
      // An unknown token is nobody, even beside a valid session cookie.
      const unknown = await world.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: 'Bearer rt_not-a-token' } });
      expect([unknown.statusCode, problemCode(unknown)]).toEqual([401, 'AUTH_REQUIRED']);
      const mixed = await world.app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { authorization: 'Bearer rt_not-a-token', cookie: world.cookies.udi.cookie! },
      });
      expect([mixed.statusCode, problemCode(mixed)]).toEqual([401, 'AUTH_REQUIRED']);
    });

    it('refuses a write made with the session cookie but without its CSRF token, and writes nothing', async () => {
      const { app, caseA, cookies } = world;
      const url = `/api/v1/cases/${caseA}/actions/case.record-document`;
      const payload = { kind: 'medical', status: 'will-send-later' };
      const stored = await versionOf(world.store, caseA);
      const before = await versionSeenBy(app, world.bearers.udi, caseA);
      const attempts: Record<string, Headers> = {
        'no token (staff)': { cookie: cookies.udi.cookie! },
        'no token (person)': { cookie: cookies.person.cookie! },
        'a wrong token': { cookie: cookies.udi.cookie!, 'x-csrf-token': 'not-the-token' },
        "another session's token": { cookie: cookies.udi.cookie!, 'x-csrf-token': cookies.police['x-csrf-token']! },
      };
      for (const [what, headers] of Object.entries(attempts)) {
        const response = await app.inject({ method: 'POST', url, payload, headers: { ...headers, 'if-match': `"${before}"` } });
        expect([response.statusCode, problemCode(response)], what).toEqual([403, 'AUTH_CSRF']);
      }
      expect(await versionOf(world.store, caseA)).toBe(stored);
      // Reads need no token; the same write with it goes through.
      expect((await app.inject({ method: 'GET', url: `/api/v1/cases/${caseA}`, headers: { cookie: cookies.udi.cookie! } })).statusCode).toBe(200);
      const written = await app.inject({ method: 'POST', url, payload, headers: { ...cookies.udi, 'if-match': `"${before}"` } });
      expect(written.statusCode, written.body).toBe(200);
    });

    it('answers a helper not linked to the case, and the person on another case, as if the case did not exist', async () => {
      const { app, routes, caseA, caseB, cookies, unlinked } = world;
      const missing = '00000000-0000-4000-8000-00000000dead';
      const asMissing = async (route: DeclaredRoute, headers: Headers, caseId: string) => {
        const body = validBodies[actionOf(route)?.id ?? ''] ?? {};
        const seen = await request(world, route, caseId, headers, body);
        const none = await app.inject({
          method: z.enum(['GET', 'POST']).parse(route.method),
          url: route.url.replace(':id', missing).replace(':documentId', world.documents[caseId] ?? '00000000-0000-4000-8000-00000000d0c0'),
          headers,
          ...(route.method === 'POST' ? { payload: body } : {}),
        });
        return { seen, same: seen.body.replaceAll(caseId, missing) === none.body && seen.statusCode === none.statusCode };
      };
      expect([...linkedRoles].sort()).toEqual([...helperRoles].sort());
      const wrong: string[] = [];
      const scoped: { caller: string; role: Role; headers: Headers; caseId: string }[] = [
        ...helperRoles.map((role) => ({ caller: `${role} not linked to case A`, role, headers: unlinked[role], caseId: caseA })),
        { caller: "case A's person on case B", role: 'person', headers: cookies.person, caseId: caseB },
      ];
      for (const { caller, role, headers, caseId } of scoped) {
        for (const route of routes) {
          if (!isCaseRoute(route) || route.method === 'HEAD' || route.roles === undefined || route.roles === 'public' || !route.roles.includes(role)) continue;
          const { seen, same } = await asMissing(route, headers, caseId);
          if (seen.statusCode !== 404 || problemCode(seen) !== 'CASE_NOT_FOUND')
            wrong.push(`${keyOf(route)} as ${caller}: ${seen.statusCode} ${problemCode(seen) ?? ''}, not 404 CASE_NOT_FOUND`);
          else if (!same) wrong.push(`${keyOf(route)} as ${caller}: answers otherwise than for a case that does not exist`);
        }
      }
      expect(wrong).toEqual([]);

      // Lists show a helper only the cases they are linked to.
      const listed = async (headers: Headers) =>
        z
          .object({ items: z.array(z.object({ id: z.string() })) })
          .parse((await app.inject({ method: 'GET', url: '/api/v1/cases', headers })).json())
          .items.map((i) => i.id);
      for (const role of helperRoles) {
        expect(await listed(cookies[role]), role).toContain(caseA);
        expect(await listed(unlinked[role]), `other ${role}`).not.toContain(caseA);
        expect(await listed(unlinked[role]), `other ${role}`).toContain(caseB);
      }
      // The person does reach their own case.
      expect((await app.inject({ method: 'GET', url: `/api/v1/cases/${caseA}`, headers: cookies.person })).statusCode).toBe(200);
    });
  });
});
