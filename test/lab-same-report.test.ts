/**
 * One reform over the demo data (seeded as on 22 November 2026) gives the same report from the command line
 * (`retur simulate`), the API (answered at once, and as a job) and the console's page: the same JSON, but for
 * the time it was made, and on the page the same rendering of it. On PostgreSQL, since the command line
 * reaches the test's database only there (a PGlite in memory lives in this process alone).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildServer } from '../src/main/server.ts';
import { createApiToken, createUser } from '../src/cases/accounts.ts';
import { seedDemo } from '../src/main/demo-seed.ts';
import { simulationJobsOf } from '../src/lab/jobs.ts';
import type { SimulationReport } from '../src/lab/simulate.ts';
import { simulationReportBody } from '../src/web/lab/page.ts';
import { onPostgres } from './support/databases.ts';

const TODAY = '2026-11-22';
const EXAMPLE = 'georgia-off-excluded-list';
const file = new URL(`../examples/reforms/${EXAMPLE}.json`, import.meta.url).pathname;
const withoutTime = (report: SimulationReport) => ({ ...report, producedAt: null });

onPostgres((database) => {
  describe('the same report everywhere', () => {
    it('from the command line, the API (at once and as a job) and the console page', async () => {
      const store = await database.open();
      await seedDemo(store.db, { now: new Date(`${TODAY}T10:00:00Z`) });

      const cli = spawnSync(
        process.execPath,
        [new URL('../bin/retur.js', import.meta.url).pathname, 'simulate', '--reform', file, '--cases', 'all', '--as-of', TODAY],
        {
          encoding: 'utf8',
          timeout: 50_000,
          env: { ...process.env, DATABASE_URL: store.url! },
        },
      );
      expect(cli.status, cli.stderr).toBe(0);
      const printed = JSON.parse(cli.stdout) as SimulationReport;
      expect(printed.total).toMatchObject({ households: 24, changed: 2, difference: 70_000 });

      const app = await buildServer({ logger: false, db: store.db, oidc: null, loginRateLimit: 10_000 });
      try {
        await createUser(store.db, { username: 'statistics.same', displayName: 'Statistics', role: 'statistics', password: 'password-for-statistics' });
        const bearer = { authorization: `Bearer ${await createApiToken(store.db, 'statistics.same', 'same report')}` };
        const payload = { reform: JSON.parse(readFileSync(file, 'utf8')) as unknown, cases: 'all', asOf: TODAY };

        const now = await app.inject({ method: 'POST', url: '/api/v1/simulations', payload, headers: bearer });
        expect(now.statusCode, now.body).toBe(200);
        expect(withoutTime(now.json() as SimulationReport)).toEqual(withoutTime(printed));

        const queued = await app.inject({ method: 'POST', url: '/api/v1/simulations?async=true', payload, headers: bearer });
        expect(queued.statusCode, queued.body).toBe(202);
        await simulationJobsOf(store.db).idle();
        const job = await app.inject({ method: 'GET', url: String(queued.headers.location), headers: bearer });
        expect(withoutTime((job.json() as { report: SimulationReport }).report)).toEqual(withoutTime(printed));

        // The console: sign in through the form, send the lab's form with the example, read the job's page.
        const signIn = await app.inject({
          method: 'POST',
          url: '/console/sign-in',
          payload: 'username=statistics.same&password=password-for-statistics',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
        expect(signIn.statusCode, signIn.body).toBe(303);
        const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
        const form = await app.inject({ method: 'GET', url: '/console/lab', headers: { cookie, accept: 'text/html' } });
        const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1];
        expect(csrf).toBeDefined();
        const fields = new FormData();
        for (const [name, value] of [
          ['_csrf', csrf!],
          ['example', EXAMPLE],
          ['asOf', TODAY],
          ['cases', 'all'],
          ['reform', ''],
        ] as const)
          fields.set(name, value);
        const request = new Request('http://retur.test/console/lab', { method: 'POST', body: fields });
        const started = await app.inject({
          method: 'POST',
          url: '/console/lab',
          payload: Buffer.from(await request.arrayBuffer()),
          headers: { cookie, accept: 'text/html', 'content-type': request.headers.get('content-type')! },
        });
        expect(started.statusCode, started.body).toBe(303);
        await simulationJobsOf(store.db).idle();
        const page = await app.inject({ method: 'GET', url: `${String(started.headers.location)}?lang=nb`, headers: { cookie, accept: 'text/html' } });
        expect(page.statusCode).toBe(200);
        // Asked in bokmål: the report is in bokmål.
        expect(page.body).toContain('<html lang="nb"');
        const shown = page.body.slice(page.body.indexOf('<h1 class="ds-heading"'), page.body.indexOf('\n<section aria-labelledby="lab-downloads">'));
        // The chart's renderer numbers its instances in its class names (zr0-cls-0, zr1-cls-1): all else is the same.
        const unnumbered = (markup: string) => markup.replace(/zr\d+-cls-\d+/g, 'zr-cls');
        expect(shown).toContain('<svg');
        expect(unnumbered(shown)).toBe(unnumbered(simulationReportBody(printed, 'nb').value));
      } finally {
        await app.close();
      }
    }, 120_000);
  });
});
