/**
 * Simulation jobs: a long simulation runs in the background and is fetched later (the table of migration
 * 0014). The edges enqueue a job (`enqueueSimulation`) and read it (`readSimulationJob`); `simulationJobsOf(db)`
 * is the one runner of a database in this process, which takes the queued jobs one at a time, oldest first,
 * and writes each job's progress (cases read of the total) after every page of the run.
 *
 * - **One at a time.** Each instance runs one job at a time; instances sharing a PostgreSQL server each take
 *   a different job (`FOR UPDATE SKIP LOCKED`).
 * - **Restarts.** A job whose instance stops is queued again and starts over from the beginning (a snapshot
 *   cannot be resumed): at once when the server closes in good order (`stop()`), otherwise when no progress
 *   has been written for `staleAfterMs` (two minutes). The third interruption fails it with
 *   SIMULATION_JOB_INTERRUPTED.
 * - **On PGlite**, one session in this process, a job reads each page in a snapshot of its own, so that the
 *   server answers other requests in between (the report states it); on PostgreSQL it reads one snapshot.
 * - **Audit.** The run records its read of the case load as the synchronous simulation does (db.ts), in the
 *   name of the account that asked; each read of the report is recorded by the edge that shows it.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { osloToday } from '../shared/clock.ts';
import { recordAudit } from '../store/audit.ts';
import type { Database } from '../store/schema.ts';
import type { Actor } from '../store/events.ts';
import { ReturError, toProblem, type Problem } from '../shared/errors.ts';
import { isPGlite, simulateFromDatabase, type CaseSelection } from './db.ts';
import { loadReform } from './reform-input.ts';
import type { SimulationReport } from './simulate.ts';

/** A simulation over more cases than this runs as a job unless the caller asks for an answer at once. */
export const JOB_ABOVE_CASES = 5_000;

/** Where a job is read, in the API. */
export const jobPath = (id: string) => `/api/v1/simulations/jobs/${id}`;

/** The disclosure a role gets: case ids for admin, samples for statistics, or the public report (asked for, or any format but JSON). */
export function disclosureFor(role: string, format: string, pub: boolean): SimulationReport['disclosure'] {
  return pub || format !== 'json' ? 'public' : role === 'admin' ? 'case-ids' : 'samples';
}

/** Records a read of a job's report (each read is one, as the synchronous simulation's is). */
export async function auditJobRead(db: Kysely<Database>, actor: Actor, job: SimulationJob, format: string): Promise<void> {
  await recordAudit(db, {
    actor,
    caseId: null,
    action: 'read',
    what: `report of simulation job ${job.id} (the reform "${job.reformName}", ${format}, ${job.disclosure})`,
    why: 'policy lab: what a reform would change',
  });
}
/** Jobs one account may have queued or running at once. */
export const JOBS_PER_ACCOUNT = 3;
/** Starts a job may have: the third interruption fails it. */
export const MAX_ATTEMPTS = 3;

export const jobStatuses = ['queued', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof jobStatuses)[number];

type JobsTables = {
  simulation_jobs: {
    id: string;
    actor: string;
    role: string;
    disclosure: string;
    request: unknown;
    reform_name: string;
    status: JobStatus;
    attempts: number;
    cases_done: number;
    cases_total: number | null;
    report: unknown;
    error: unknown;
    created_at: Date;
    started_at: Date | null;
    heartbeat_at: Date | null;
    finished_at: Date | null;
  };
};
const jobsDb = (db: Kysely<Database>) => db.withTables<JobsTables>();

export interface SimulationJobRequest {
  readonly reform: unknown;
  readonly cases: CaseSelection;
  readonly asOf?: string | undefined;
}

export interface SimulationJob {
  readonly id: string;
  readonly status: JobStatus;
  readonly reformName: string;
  readonly disclosure: SimulationReport['disclosure'];
  readonly attempts: number;
  readonly progress: { readonly done: number; readonly total: number | null; readonly percent: number | null };
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly report: SimulationReport | null;
  readonly error: Problem | null;
}

function jobOf(row: JobsTables['simulation_jobs']): SimulationJob {
  const total = row.cases_total;
  const percent = row.status === 'done' ? 100 : total === null ? null : total === 0 ? 0 : Math.min(100, Math.floor((100 * row.cases_done) / total));
  const iso = (d: Date | null) => (d === null ? null : new Date(d).toISOString());
  return {
    id: row.id,
    status: row.status,
    reformName: row.reform_name,
    disclosure: row.disclosure as SimulationReport['disclosure'],
    attempts: row.attempts,
    progress: { done: row.cases_done, total, percent },
    createdAt: iso(row.created_at)!,
    startedAt: iso(row.started_at),
    finishedAt: iso(row.finished_at),
    report: row.status === 'done' ? (row.report as SimulationReport) : null,
    error: row.status === 'failed' ? (row.error as Problem) : null,
  };
}

/** Queues a simulation for the actor; the reform must already have been checked (loadReform). */
export async function enqueueSimulation(
  db: Kysely<Database>,
  actor: Actor,
  request: SimulationJobRequest,
  disclosure: SimulationReport['disclosure'],
): Promise<SimulationJob> {
  const reform = loadReform(request.reform).reform;
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    // One account's jobs are counted and added in turn, so that two requests at once cannot pass the limit.
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`simulation-jobs:${actor.id}`}))`.execute(trx);
    const waiting = await jobsDb(trx)
      .selectFrom('simulation_jobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('actor', '=', actor.id)
      .where('status', 'in', ['queued', 'running'])
      .executeTakeFirstOrThrow();
    if (Number(waiting.n) >= JOBS_PER_ACCOUNT) {
      throw new ReturError('SIMULATION_JOB_LIMIT', `You already have ${JOBS_PER_ACCOUNT} simulation jobs queued or running; wait for one to finish.`, {
        limit: JOBS_PER_ACCOUNT,
      });
    }
    await jobsDb(trx)
      .insertInto('simulation_jobs')
      .values({
        id,
        actor: actor.id,
        role: actor.role,
        disclosure,
        request: JSON.stringify({ reform: request.reform, cases: request.cases, ...(request.asOf === undefined ? {} : { asOf: request.asOf }) }),
        reform_name: reform.name.slice(0, 200),
      } as never)
      .execute();
  });
  const job = (await readSimulationJob(db, actor.id, id))!;
  simulationJobsOf(db).kick();
  return job;
}

/** The job, when it is the actor's; undefined otherwise (an unknown id and another's job are not told apart). */
export async function readSimulationJob(db: Kysely<Database>, actorId: string, id: string): Promise<SimulationJob | undefined> {
  if (!z.uuid().safeParse(id).success) return undefined;
  const row = await jobsDb(db).selectFrom('simulation_jobs').selectAll().where('id', '=', id).where('actor', '=', actorId).executeTakeFirst();
  return row === undefined ? undefined : jobOf(row);
}

const storedRequest = z.object({ reform: z.unknown(), cases: z.unknown(), asOf: z.string().optional() });

class Stopped extends Error {}

export interface RunnerOptions {
  /** A running job with no progress written for this long is taken to be interrupted (default 2 minutes). */
  readonly staleAfterMs?: number;
  /** Where a job's unexpected failure is told (the server's log). */
  readonly onError?: (error: unknown) => void;
}

/** The runner of one database's jobs in this process. */
export class SimulationJobRunner {
  private running: Promise<void> | null = null;
  private again = false;
  private abort: AbortController | null = null;
  private timer: NodeJS.Timeout | null = null;
  private pglite: Promise<boolean> | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: RunnerOptions = {},
  ) {}

  /** Takes the queued jobs now (and again if one is queued while it works); returns at once. */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop()
      .catch((error: unknown) => this.options.onError?.(error))
      .finally(() => {
        this.running = null;
        if (this.again) this.kick();
      });
  }

  /** Looks for interrupted and queued jobs every `everyMs` (the server's background jobs). */
  poll(everyMs = 15_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.kick(), everyMs);
    this.timer.unref();
    this.kick();
  }

  /** Stops taking jobs; a job running is queued again (to start over). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.again = false;
    this.abort?.abort(new Stopped('the server is stopping'));
    await this.running;
  }

  /** Resolves when no job is running in this process (for tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async loop(): Promise<void> {
    this.again = false;
    await this.requeueInterrupted();
    for (;;) {
      const job = await this.claim();
      if (!job) return;
      await this.run(job);
    }
  }

  /** Running jobs whose progress stopped: queued again, or failed at the last attempt. */
  async requeueInterrupted(): Promise<number> {
    const staleBefore = new Date(Date.now() - (this.options.staleAfterMs ?? 120_000));
    const problem = JSON.stringify(
      toProblem(new ReturError('SIMULATION_JOB_INTERRUPTED', `The server running the simulation stopped ${MAX_ATTEMPTS} times before it finished.`)),
    );
    const result = await sql`
      UPDATE simulation_jobs
         SET status = CASE WHEN attempts >= ${MAX_ATTEMPTS} THEN 'failed' ELSE 'queued' END,
             error = CASE WHEN attempts >= ${MAX_ATTEMPTS} THEN ${problem}::jsonb ELSE NULL END,
             finished_at = CASE WHEN attempts >= ${MAX_ATTEMPTS} THEN now() ELSE NULL END,
             cases_done = 0
       WHERE status = 'running' AND heartbeat_at < ${staleBefore}`.execute(this.db);
    return Number(result.numAffectedRows ?? 0);
  }

  private async claim(): Promise<JobsTables['simulation_jobs'] | undefined> {
    const result = await sql<JobsTables['simulation_jobs']>`
      UPDATE simulation_jobs
         SET status = 'running', attempts = attempts + 1, started_at = now(), heartbeat_at = now(), cases_done = 0, cases_total = NULL
       WHERE id = (SELECT id FROM simulation_jobs WHERE status = 'queued' ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING *`.execute(this.db);
    return result.rows[0];
  }

  private async run(job: JobsTables['simulation_jobs']): Promise<void> {
    const jobs = jobsDb(this.db);
    const abort = (this.abort = new AbortController());
    try {
      const request = storedRequest.parse(job.request);
      const loaded = loadReform(request.reform);
      this.pglite ??= isPGlite(this.db);
      const report = await simulateFromDatabase(
        this.db,
        loaded,
        { cases: request.cases as CaseSelection, ...(request.asOf === undefined ? {} : { asOf: request.asOf }) },
        {
          actor: { id: job.actor, role: job.role },
          disclosure: job.disclosure as SimulationReport['disclosure'],
          today: osloToday(),
          snapshot: (await this.pglite) ? 'per-page' : 'one',
          signal: abort.signal,
          progress: async (done, total) => {
            await jobs
              .updateTable('simulation_jobs')
              .set({ cases_done: done, cases_total: total, heartbeat_at: new Date() })
              .where('id', '=', job.id)
              .where('status', '=', 'running')
              .execute();
          },
        },
      );
      await jobs
        .updateTable('simulation_jobs')
        .set({
          status: 'done',
          report: JSON.stringify(report),
          cases_done: report.considered,
          cases_total: report.considered,
          finished_at: new Date(),
          heartbeat_at: new Date(),
        } as never)
        .where('id', '=', job.id)
        .execute();
    } catch (error) {
      if (abort.signal.aborted && abort.signal.reason instanceof Stopped) {
        // Stopped in good order: queued again, and this start does not count.
        await jobs
          .updateTable('simulation_jobs')
          .set({ status: 'queued', attempts: Math.max(0, job.attempts - 1), cases_done: 0 })
          .where('id', '=', job.id)
          .execute();
        return;
      }
      const problem = toProblem(error);
      if (problem.code === 'INTERNAL') this.options.onError?.(error);
      await jobs
        .updateTable('simulation_jobs')
        .set({ status: 'failed', error: JSON.stringify(problem), finished_at: new Date() } as never)
        .where('id', '=', job.id)
        .execute();
    } finally {
      this.abort = null;
    }
  }
}

const runners = new WeakMap<Kysely<Database>, SimulationJobRunner>();

/** The one runner of a database in this process. */
export function simulationJobsOf(db: Kysely<Database>, options?: RunnerOptions): SimulationJobRunner {
  let runner = runners.get(db);
  if (!runner) runners.set(db, (runner = new SimulationJobRunner(db, options)));
  return runner;
}
