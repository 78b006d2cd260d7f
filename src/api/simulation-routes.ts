/**
 * The policy lab's API, for the statistics and admin roles:
 *
 * - `POST /api/v1/simulations`: a reform (the `Reform` schema) and which cases. A short simulation answers at
 *   once (200) with the report as JSON, JSON-stat 2.0, tidy CSV or the HTML page (`format`). A long one (more
 *   than `JOB_ABOVE_CASES` cases), or one asked for with `async=true` or `Prefer: respond-async`, is queued
 *   as a job: 202 with `Location: /api/v1/simulations/jobs/{id}` and the job's status (`async=false` asks for
 *   the answer at once whatever the size).
 * - `GET /api/v1/simulations/jobs/{id}`: the job's status and progress (cases read of the total, percent) and,
 *   once done, its report, in any of the four formats; only the account that started it reads it.
 *
 * Admin gets the case id of each sample of an explained change; statistics gets the samples without ids;
 * `public=true`, and every format but JSON, gives the public report (no samples, counts of 1–4 suppressed).
 * Every report that leaves is audited as a read of personal data: the run records its read of the case
 * load, and each read of a job's report is recorded again.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../cases/commands.ts';
import { osloToday } from '../shared/clock.ts';
import { actorOf, roleOf, type Principal } from '../cases/roles.ts';
import { countSelection, simulateFromDatabase, simulationOptionsSchema } from '../lab/db.ts';
import { simulationCsv, simulationFormats, simulationJsonStat, type SimulationFormat } from '../lab/export.ts';
import { auditJobRead, disclosureFor, enqueueSimulation, JOB_ABOVE_CASES, jobPath, jobStatuses, readSimulationJob, type SimulationJob } from '../lab/jobs.ts';
import { publicReport, simulationReportSchema, type SimulationReport } from '../lab/simulate.ts';
import { ReturError } from '../shared/errors.ts';
import { applyReform, reformSchema } from '../rules/reform.ts';
import { problemSchema } from './schemas.ts';

export const simulationRequest = simulationOptionsSchema
  .extend({ reform: reformSchema.describe('The reform (docs/reforms.md)') })
  .meta({ id: 'SimulationRequest', description: 'A reform, and the cases to run it over' });

const formatQuery = {
  format: z.enum(simulationFormats).default('json').describe('json (the report), json-stat, csv or html; all but json are the public report'),
  public: z.enum(['true', 'false']).default('false').describe('The public report: no samples, counts of 1 to 4 suppressed'),
};

const simulationQuery = z.strictObject({
  ...formatQuery,
  async: z
    .enum(['true', 'false'])
    .optional()
    .describe(
      `true: run as a job (202); false: answer at once whatever the size; left out: a job when the cases are more than ${JOB_ABOVE_CASES} (or with Prefer: respond-async)`,
    ),
});

export const simulationJobSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(jobStatuses).describe('queued, running, done or failed'),
    reformName: z.string(),
    disclosure: z.enum(['case-ids', 'samples', 'public']),
    attempts: z.number().int().describe('How many times the job was started (it starts over after an interruption)'),
    progress: z.object({
      done: z.number().int().describe('Cases read so far'),
      total: z.number().int().nullable().describe('Cases the selection holds (null until the run has counted them)'),
      percent: z.number().int().nullable(),
    }),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    report: simulationReportSchema.nullable().describe('The report, once done'),
    error: z.record(z.string(), z.unknown()).nullable().describe('The problem that ended a failed job'),
    links: z.object({ self: z.string(), jsonStat: z.string(), csv: z.string(), html: z.string() }),
  })
  .meta({ id: 'SimulationJob', description: 'A simulation running in the background, and its report once done' });

function jobBody(job: SimulationJob, report: SimulationReport | null): z.infer<typeof simulationJobSchema> {
  const self = jobPath(job.id);
  return { ...job, report, error: job.error, links: { self, jsonStat: `${self}?format=json-stat`, csv: `${self}?format=csv`, html: `${self}?format=html` } };
}

/** The report in a format (every format but JSON is the public report). */
export function sendReport(reply: FastifyReply, report: SimulationReport, format: SimulationFormat, renderPage: RenderSimulationPage): FastifyReply {
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
}

const principalOf = (principal: Principal | null): Principal => {
  if (!principal) throw new ReturError('AUTH_REQUIRED', 'Sign in, or send a bearer token');
  return principal;
};

/** The pages' renderer of the public report (src/web/lab/page.ts), given by the composition root (src/main/server.ts), so that the API does not import the pages. */
export type RenderSimulationPage = (report: ReturnType<typeof publicReport>) => string;

/** The routes of the policy lab; `renderPage` draws the public report as a page (`format=html`). */
export function registerSimulationRoutes(app: FastifyInstance, db: Db, renderPage: RenderSimulationPage): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.post('/api/v1/simulations', {
    config: { roles: ['statistics', 'admin'] },
    schema: {
      operationId: 'simulateReform',
      summary: 'The policy lab: whom a reform would affect and what it would cost, over the case load',
      description: `Evaluates the assisted-return rule sets for every chosen case under the law as it is and under the reform, on the same facts and dates, from one consistent snapshot, and reports the changes by transition, citizenship, household type and month of the departure deadline, the support paid under each, and samples of explained changes. A reform that does not fit the law is 422 with a RULES_REFORM_* code naming the change. A simulation over more than ${JOB_ABOVE_CASES} cases, or with async=true or Prefer: respond-async, runs as a job: 202 with Location pointing at GET /api/v1/simulations/jobs/{id} (429 SIMULATION_JOB_LIMIT when the account has too many waiting). Audited as a read of personal data.`,
      tags: ['lab'],
      body: simulationRequest,
      querystring: simulationQuery,
      response: {
        200: simulationReportSchema.or(z.record(z.string(), z.unknown())).or(z.string()),
        202: simulationJobSchema,
        400: problemSchema,
        401: problemSchema,
        403: problemSchema,
        422: problemSchema,
        429: problemSchema,
      },
    },
    handler: async (request, reply) => {
      const principal = principalOf(request.principal);
      const { reform, ...options } = request.body;
      const { format } = request.query;
      const law = applyReform(reform);
      const prefersAsync = /(^|[,;\s])respond-async($|[,;\s])/i.test(String(request.headers.prefer ?? ''));
      const asJob =
        request.query.async === 'true' ||
        (request.query.async === undefined && (prefersAsync || (await countSelection(db, options.cases, JOB_ABOVE_CASES + 1)) > JOB_ABOVE_CASES));
      if (asJob) {
        // A job keeps the report as the caller may see it as JSON; the exports are made from it when asked for.
        const disclosure = disclosureFor(roleOf(principal), 'json', request.query.public === 'true');
        const job = await enqueueSimulation(
          db,
          { id: actorOf(principal), role: roleOf(principal) },
          { reform: request.body.reform, cases: options.cases, asOf: options.asOf },
          disclosure,
        );
        if (prefersAsync) reply.header('preference-applied', 'respond-async');
        return reply.code(202).header('location', jobPath(job.id)).header('retry-after', '2').header('cache-control', 'no-store').send(jobBody(job, null));
      }
      const disclosure = disclosureFor(roleOf(principal), format, request.query.public === 'true');
      const report = await simulateFromDatabase(db, { reform, law }, options, {
        actor: { id: actorOf(principal), role: roleOf(principal) },
        disclosure,
        today: osloToday(),
      });
      return sendReport(reply, report, format, renderPage);
    },
  });

  typed.get('/api/v1/simulations/jobs/:job', {
    config: { roles: ['statistics', 'admin'] },
    schema: {
      operationId: 'getSimulationJob',
      summary: 'A simulation job: its status and progress, and its report once done',
      description:
        'Only the account that started the job reads it (another id answers 404 SIMULATION_JOB_NOT_FOUND). As JSON: the status, the progress (cases read of the total, percent) and, once done, the report (`public=true` for the public one); a running job carries Retry-After. The other formats (json-stat, csv, html: the public report) answer 409 SIMULATION_JOB_NOT_DONE until the job is done. Each read of a report is audited as a read of personal data.',
      tags: ['lab'],
      params: z.strictObject({ job: z.string().max(100).describe('The job id, from the Location of the 202') }),
      querystring: z.strictObject(formatQuery),
      response: {
        200: simulationJobSchema.or(z.record(z.string(), z.unknown())).or(z.string()),
        401: problemSchema,
        403: problemSchema,
        404: problemSchema,
        409: problemSchema,
      },
    },
    handler: async (request, reply) => {
      const principal = principalOf(request.principal);
      const job = await readSimulationJob(db, actorOf(principal), request.params.job);
      if (!job) throw new ReturError('SIMULATION_JOB_NOT_FOUND', `No simulation job ${request.params.job} of yours`);
      const { format } = request.query;
      if (format !== 'json' && job.report === null) {
        throw new ReturError('SIMULATION_JOB_NOT_DONE', `The simulation job is ${job.status}: it has no report to export`, { jobStatus: job.status });
      }
      if (job.report === null) {
        if (job.status === 'queued' || job.status === 'running') reply.header('retry-after', '2');
        return reply.header('cache-control', 'no-store').send(jobBody(job, null));
      }
      const report = request.query.public === 'true' ? publicReport(job.report) : job.report;
      await auditJobRead(db, { id: actorOf(principal), role: roleOf(principal) }, job, format);
      if (format !== 'json') return sendReport(reply, report, format, renderPage);
      return reply.header('cache-control', 'no-store').send(jobBody(job, report));
    },
  });
}
