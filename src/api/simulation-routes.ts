/**
 * `POST /api/v1/simulations` (src/lab/README.md): the policy lab's report of a reform over the case load, for the
 * statistics and admin roles. The body holds the reform (the `Reform` schema) and which cases; the answer is
 * the report as JSON, JSON-stat 2.0, tidy CSV or the HTML page (`format`). Admin gets the case id of each
 * sample of an explained change; statistics gets the samples without ids; `public=true`, and every format
 * but JSON, gives the public report (no samples, counts of 1–4 suppressed). Audited as a read of personal data.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../cases/commands.ts';
import { osloToday } from '../shared/clock.ts';
import { actorOf, roleOf } from '../cases/roles.ts';
import { simulateFromDatabase, simulationOptionsSchema } from '../lab/db.ts';
import { simulationCsv, simulationFormats, simulationJsonStat } from '../lab/export.ts';
import { publicReport, simulationReportSchema } from '../lab/simulate.ts';
import { applyReform, reformSchema } from '../rules/reform.ts';
import { problemSchema } from './schemas.ts';
import { ReturError } from '../shared/errors.ts';

export const simulationRequest = simulationOptionsSchema
  .extend({ reform: reformSchema.describe('The reform (docs/reforms.md)') })
  .meta({ id: 'SimulationRequest', description: 'A reform, and the cases to run it over' });

const simulationQuery = z.strictObject({
  format: z.enum(simulationFormats).default('json').describe('json (the report), json-stat, csv or html; all but json are the public report'),
  public: z.enum(['true', 'false']).default('false').describe('The public report: no samples, counts of 1 to 4 suppressed'),
});

/**
 * The routes of the policy lab. `renderPage` draws the public report as a page (`format=html`): the pages'
 * renderer (src/web/lab/page.ts), given by the composition root (src/main/server.ts), so that the API does not
 * import the pages.
 */
export function registerSimulationRoutes(app: FastifyInstance, db: Db, renderPage: (report: ReturnType<typeof publicReport>) => string): void {
  app.withTypeProvider<ZodTypeProvider>().post('/api/v1/simulations', {
    config: { roles: ['statistics', 'admin'] },
    schema: {
      operationId: 'simulateReform',
      summary: 'The policy lab: whom a reform would affect and what it would cost, over the case load',
      description:
        'Evaluates the assisted-return rule sets for every chosen case under the law as it is and under the reform, on the same facts and dates, from one consistent snapshot, and reports the changes by transition, citizenship, household type and month of the departure deadline, the support paid under each, and samples of explained changes. A reform that does not fit the law is 422 with a RULES_REFORM_* code naming the change. Audited as a read of personal data. The request runs to the end before it answers (no job queue yet).',
      tags: ['lab'],
      body: simulationRequest,
      querystring: simulationQuery,
      response: { 200: simulationReportSchema.or(z.record(z.string(), z.unknown())).or(z.string()), 400: problemSchema, 401: problemSchema, 403: problemSchema, 422: problemSchema },
    },
    handler: async (request, reply) => {
      const principal = request.principal;
      if (!principal) throw new ReturError('AUTH_REQUIRED', 'Sign in, or send a bearer token');
      const { reform, ...options } = request.body;
      const { format } = request.query;
      const role = roleOf(principal);
      const disclosure = request.query.public === 'true' || format !== 'json' ? 'public' : role === 'admin' ? 'case-ids' : 'samples';
      const report = await simulateFromDatabase(db, { reform, law: applyReform(reform) }, options, { actor: { id: actorOf(principal), role }, disclosure, today: osloToday() });
      reply.header('cache-control', 'no-store');
      switch (format) {
        case 'json':
          return reply.type('application/json; charset=utf-8').send(JSON.stringify(report));
        case 'json-stat':
          return reply.type('application/json; charset=utf-8').send(JSON.stringify(simulationJsonStat(report)));
        case 'csv':
          return reply.type('text/csv; charset=utf-8').header('content-disposition', 'inline; filename="simulation.csv"').send(simulationCsv(report));
        case 'html':
          return reply.type('text/html; charset=utf-8').send(renderPage(publicReport(report)));
      }
    },
  });
}
