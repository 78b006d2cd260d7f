/**
 * The probes of an orchestrator (Kubernetes, a load balancer, the container's HEALTHCHECK):
 * - `GET /healthz`: the process is alive and answers HTTP. It never touches the database, so a slow
 *   database does not get a live process restarted.
 * - `GET /readyz`: the instance can serve: the database answers (within `timeoutMs`) and every migration this
 *   build carries is applied as written. Otherwise 503 SERVICE_NOT_READY (problem+json) saying which, so a
 *   load balancer sends no traffic to an instance whose database is down or not yet migrated.
 * Neither is logged per request beyond Fastify's own request log, and neither says anything a stranger may
 * not know (the version and the migration numbers are in the source).
 */
import type { FastifyInstance } from 'fastify';
import { ReturError, toProblem } from '../shared/errors.ts';
import { version } from '../shared/version.ts';
import { loadMigrations, pendingMigrations, type Migration } from '../store/migrate.ts';
import type { Db } from '../cases/commands.ts';
import { loggableError, sendProblem } from './problem.ts';

export interface HealthOptions {
  /** How long the database may take to answer /readyz (default 5 s). */
  readonly timeoutMs?: number;
  /** The migrations the database must have (default: this build's, src/store/migrations/). */
  readonly migrations?: readonly Migration[];
}

const TIMED_OUT = Symbol('timed out');

async function within<T>(ms: number, work: Promise<T>): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([work, new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(resolve, ms, TIMED_OUT)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** Registers /healthz, and /readyz (which, without a database, only says the process is up). */
export function registerHealthRoutes(app: FastifyInstance, db: Db | undefined, options: HealthOptions = {}): void {
  const timeoutMs = options.timeoutMs ?? 5_000;
  const migrations = options.migrations ?? loadMigrations();
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok', version }));
  app.get('/readyz', { schema: { hide: true } }, async (request, reply) => {
    if (db === undefined) return { status: 'ready', version, database: 'none' };
    let pending: string[] | typeof TIMED_OUT;
    try {
      pending = await within(timeoutMs, pendingMigrations(db, migrations));
    } catch (error) {
      request.log.warn({ error: loggableError(error) }, 'not ready: the database does not answer');
      return sendProblem(reply, toProblem(new ReturError('SERVICE_NOT_READY', 'The database does not answer.', { reason: 'database' }), request.url));
    }
    if (pending === TIMED_OUT) {
      request.log.warn({ timeoutMs }, 'not ready: the database did not answer in time');
      return sendProblem(
        reply,
        toProblem(new ReturError('SERVICE_NOT_READY', `The database did not answer within ${timeoutMs} ms.`, { reason: 'database' }), request.url),
      );
    }
    if (pending.length > 0) {
      request.log.warn({ pending }, 'not ready: migrations not applied');
      return sendProblem(
        reply,
        toProblem(
          new ReturError('SERVICE_NOT_READY', `The database lacks migrations ${pending.join(', ')}: run \`retur migrate\`.`, { reason: 'migrations', pending }),
          request.url,
        ),
      );
    }
    return { status: 'ready', version, migrations: migrations.length };
  });
}
