/**
 * The policy lab's simulation jobs over the demo data (seeded as on 22 November 2026), on PGlite and
 * PostgreSQL: a job answers 202 with its Location, runs in the background with its progress written, and its
 * report is the synchronous one; only the account that started it reads it, each read of its report is
 * audited, an export before it is done is refused, an account has at most three waiting, and a job whose
 * server stopped is queued again (and failed at the third interruption). Each test may take 120 s: on a
 * loaded machine the demo seed and two simulations on PGlite took 28 s.
 */
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../src/main/server.ts';
import { createApiToken, createUser } from '../src/cases/accounts.ts';
import { seedDemo } from '../src/main/demo-seed.ts';
import { PER_PAGE_ASSUMPTION } from '../src/lab/db.ts';
import { JOB_ABOVE_CASES, SimulationJobRunner, simulationJobsOf, type SimulationJob } from '../src/lab/jobs.ts';
import { publicReport, type SimulationReport } from '../src/lab/simulate.ts';
import { forEachDatabase, type TestDatabase, type TestStore } from './support/databases.ts';

const TODAY = '2026-11-22';
const reform = JSON.parse(readFileSync(new URL('../examples/reforms/georgia-off-excluded-list.json', import.meta.url), 'utf8')) as unknown;
const payload = { reform, cases: 'all', asOf: TODAY };

type Job = SimulationJob & { links: Record<string, string> };

type Accounts = Record<string, { id: string; headers: Record<string, string> }>;

/**
 * One test's world, so that each test runs alone: a database of its own with the demo seeded, the server, and
 * three accounts (two of the statistics role, one admin) with their bearer tokens; the server closed after.
 */
async function inWorld(database: TestDatabase, test: (world: { store: TestStore; app: FastifyInstance; accounts: Accounts }) => Promise<void>): Promise<void> {
  const store = await database.open();
  await seedDemo(store.db, { now: new Date(`${TODAY}T10:00:00Z`) });
  const app = await buildServer({ logger: false, db: store.db, oidc: null });
  try {
    const accounts: Accounts = {};
    for (const [username, role] of [
      ['statistics.jobs', 'statistics'],
      ['other.jobs', 'statistics'],
      ['admin.jobs', 'admin'],
    ] as const) {
      const id = (await createUser(store.db, { username, displayName: username, role, password: `password-for-${username}` })).id;
      accounts[username] = { id, headers: { authorization: `Bearer ${await createApiToken(store.db, username, 'jobs test')}` } };
    }
    await test({ store, app, accounts });
  } finally {
    await app.close();
  }
}

async function finished(app: FastifyInstance, store: TestStore, location: string, headers: Record<string, string>): Promise<Job> {
  await simulationJobsOf(store.db).idle();
  const answer = await app.inject({ method: 'GET', url: location, headers });
  expect(answer.statusCode, answer.body).toBe(200);
  return answer.json() as Job;
}

const auditCount = async (store: TestStore) =>
  (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit WHERE what LIKE '%simulation%'`.execute(store.db)).rows[0]!.n;
const withoutTime = (r: SimulationReport) => ({ ...r, producedAt: null, assumptions: r.assumptions.filter((a) => a !== PER_PAGE_ASSUMPTION) });

forEachDatabase((database) => {
  describe('simulation jobs', () => {
    it(
      'run in the background with their progress, give the synchronous report, to the account that asked, each read audited',
      () =>
        inWorld(database, async ({ store, app, accounts }) => {
          const statistics = accounts['statistics.jobs']!.headers;
          const sync = await app.inject({ method: 'POST', url: '/api/v1/simulations', payload, headers: statistics });
          expect(sync.statusCode, sync.body).toBe(200);
          const direct = sync.json() as SimulationReport;

          const queued = await app.inject({ method: 'POST', url: '/api/v1/simulations?async=true', payload, headers: statistics });
          expect(queued.statusCode, queued.body).toBe(202);
          const location = String(queued.headers.location);
          expect(location).toMatch(/^\/api\/v1\/simulations\/jobs\/[0-9a-f-]{36}$/);
          expect(queued.json()).toMatchObject({
            status: 'queued',
            reformName: direct.reform.name,
            disclosure: 'samples',
            report: null,
            links: { self: location, csv: `${location}?format=csv` },
          });

          const job = await finished(app, store, location, statistics);
          expect(job).toMatchObject({ status: 'done', attempts: 1, progress: { done: 24, total: 24, percent: 100 }, error: null });
          expect(withoutTime(job.report!)).toEqual(withoutTime(direct));
          expect(job.report!.assumptions.includes(PER_PAGE_ASSUMPTION)).toBe(database.kind === 'pglite');

          // Each read of the report is recorded, in every format; the exports are the public report's.
          const before = await auditCount(store);
          const csv = await app.inject({ method: 'GET', url: `${location}?format=csv`, headers: statistics });
          expect(csv.statusCode).toBe(200);
          expect(csv.body).toContain('by-citizenship,,TOTAL,,,difference,70000');
          const jsonStat = await app.inject({ method: 'GET', url: `${location}?format=json-stat`, headers: statistics });
          expect(jsonStat.json()).toMatchObject({ class: 'collection', version: '2.0' });
          const pub = await app.inject({ method: 'GET', url: `${location}?public=true`, headers: statistics });
          expect((pub.json() as Job).report).toEqual(publicReport(job.report!));
          expect(await auditCount(store)).toBe(before + 3);
          const row = (await sql<{ actor: string; what: string }>`SELECT actor, what FROM audit ORDER BY id DESC LIMIT 1`.execute(store.db)).rows[0]!;
          expect(row.actor).toBe(`user:${accounts['statistics.jobs']!.id}`);
          expect(row.what).toContain(`simulation job ${job.id}`);

          // Another account, even of the same role, cannot tell the job exists; nor can an unknown id be read.
          for (const url of [location, '/api/v1/simulations/jobs/not-a-job']) {
            const other = await app.inject({ method: 'GET', url, headers: accounts['other.jobs']!.headers });
            expect(other.statusCode).toBe(404);
            expect(other.json()).toMatchObject({ code: 'SIMULATION_JOB_NOT_FOUND' });
          }
          expect(await auditCount(store)).toBe(before + 3);

          // Admin's job, asked for with Prefer: respond-async, has the case ids of its samples.
          const admin = accounts['admin.jobs']!.headers;
          const preferred = await app.inject({ method: 'POST', url: '/api/v1/simulations', payload, headers: { ...admin, prefer: 'respond-async, wait=0' } });
          expect(preferred.statusCode, preferred.body).toBe(202);
          expect(preferred.headers['preference-applied']).toBe('respond-async');
          const adminJob = await finished(app, store, String(preferred.headers.location), admin);
          expect(adminJob.report!.samples.map((s) => typeof s.caseId)).toEqual(['string', 'string']);
        }),
      120_000,
    );

    it(
      'a simulation over more than the threshold runs as a job; an export before it is done is refused; at most three wait per account',
      () =>
        inWorld(database, async ({ store, app, accounts }) => {
          const { id, headers } = accounts['statistics.jobs']!;
          const ids = Array.from({ length: JOB_ABOVE_CASES + 1 }, () => randomUUID());
          const long = await app.inject({ method: 'POST', url: '/api/v1/simulations', payload: { reform, cases: { ids }, asOf: TODAY }, headers });
          expect(long.statusCode, long.body).toBe(202);
          expect((await finished(app, store, String(long.headers.location), headers)).report).toMatchObject({
            considered: 0,
            cases: `${JOB_ABOVE_CASES + 1} listed`,
          });
          // Asked for at once, the same simulation answers at once.
          const now = await app.inject({ method: 'POST', url: '/api/v1/simulations?async=false', payload: { reform, cases: { ids }, asOf: TODAY }, headers });
          expect(now.statusCode, now.body).toBe(200);

          // Three jobs waiting (written here, with no runner kicked): the fourth is refused.
          const waiting = [randomUUID(), randomUUID(), randomUUID()];
          for (const job of waiting) {
            await sql`INSERT INTO simulation_jobs (id, actor, role, disclosure, request, reform_name) VALUES (${job}, ${`user:${id}`}, 'statistics', 'samples', ${JSON.stringify(payload)}::jsonb, 'waiting')`.execute(
              store.db,
            );
          }
          const fourth = await app.inject({ method: 'POST', url: '/api/v1/simulations?async=true', payload, headers });
          expect(fourth.statusCode).toBe(429);
          expect(fourth.json()).toMatchObject({ code: 'SIMULATION_JOB_LIMIT', limit: 3 });
          const queued = await app.inject({ method: 'GET', url: `/api/v1/simulations/jobs/${waiting[0]}`, headers });
          expect(queued.json()).toMatchObject({ status: 'queued', progress: { done: 0, total: null, percent: null }, report: null });
          expect(queued.headers['retry-after']).toBe('2');
          const csv = await app.inject({ method: 'GET', url: `/api/v1/simulations/jobs/${waiting[0]}?format=csv`, headers });
          expect(csv.statusCode).toBe(409);
          expect(csv.json()).toMatchObject({ code: 'SIMULATION_JOB_NOT_DONE', jobStatus: 'queued' });

          // The OpenAPI document has both routes, the 202 and the job's schema.
          const openapi = (await app.inject({ url: '/api/openapi.json' })).json() as {
            paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
            components: { schemas: Record<string, unknown> };
          };
          expect(openapi.paths['/api/v1/simulations']!.post!.responses).toHaveProperty('202');
          expect(openapi.paths['/api/v1/simulations/jobs/{job}']!.get!.operationId).toBe('getSimulationJob');
          expect(openapi.components.schemas).toHaveProperty('SimulationJob');
        }),
      120_000,
    );

    it(
      'a job whose server stopped is queued again and starts over; at the third interruption it fails',
      () =>
        inWorld(database, async ({ store, app, accounts }) => {
          const { id, headers } = accounts['statistics.jobs']!;
          const [again, third] = [randomUUID(), randomUUID()];
          for (const [job, attempts] of [
            [again, 1],
            [third, 3],
          ] as const) {
            await sql`INSERT INTO simulation_jobs (id, actor, role, disclosure, request, reform_name, status, attempts, cases_done, cases_total, started_at, heartbeat_at)
                    VALUES (${job}, ${`user:${id}`}, 'statistics', 'samples', ${JSON.stringify(payload)}::jsonb, 'interrupted', 'running', ${attempts}, 12, 24, now() - interval '10 minutes', now() - interval '10 minutes')`.execute(
              store.db,
            );
          }
          // A runner that has just heard from them does not touch them.
          const runner = new SimulationJobRunner(store.db, { staleAfterMs: 60 * 60_000 });
          expect(await runner.requeueInterrupted()).toBe(0);

          const restarted = new SimulationJobRunner(store.db, { staleAfterMs: 60_000 });
          restarted.kick();
          await restarted.idle();
          const read = async (job: string) => (await app.inject({ method: 'GET', url: `/api/v1/simulations/jobs/${job}`, headers })).json() as Job;
          expect(await read(again)).toMatchObject({ status: 'done', attempts: 2, progress: { done: 24, total: 24, percent: 100 } });
          expect(await read(third)).toMatchObject({ status: 'failed', attempts: 3, report: null, error: { code: 'SIMULATION_JOB_INTERRUPTED', status: 503 } });
        }),
      120_000,
    );
  });
});
