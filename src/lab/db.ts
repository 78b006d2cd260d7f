/**
 * The simulation over the case load in the database: one consistent snapshot (a REPEATABLE READ, READ ONLY
 * transaction) of the lab's projection (`lab_cases` and `lab_applications`, migration 0016, which the case
 * work writes with each event), read in pages of `PAGE` cases by id so that memory does not grow with the number of cases,
 * each page tallied before the next is read. Nothing is written but one audit row: the simulation reads
 * personal data (dates of birth, citizenships, the facts of applications), so it is recorded as a read by
 * the actor, after the snapshot is read and before the report leaves.
 */
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../store/schema.ts';
import { recordAudit } from '../store/audit.ts';
import type { Actor } from '../store/events.ts';
import { isoDateSchema } from '../rules/engine/output.ts';
import { caseWork, type ReturDatabase } from '../store/tables.ts';
import { CachedInputs, householdOf, type CaseRow } from './households.ts';
import { SimulationTally, type SimulationReport } from './simulate.ts';
import type { LoadedReform } from './reform-input.ts';

export const PAGE = 2_000;

type LabTables = ReturDatabase & { c: ReturDatabase['lab_cases'] };

export const caseSelectionSchema = z
  .union([z.enum(['all', 'open']), z.strictObject({ ids: z.array(z.uuid()).min(1).max(1_000_000).describe('The ids of the cases') })])
  .describe('Which cases: all, the open ones (not departed or closed), or a list of ids');
export type CaseSelection = z.infer<typeof caseSelectionSchema>;

export const simulationOptionsSchema = z.strictObject({
  asOf: isoDateSchema
    .optional()
    .describe('The day a household that has not applied is assessed as if it applied (default: the later of today and the day the reform takes effect)'),
  cases: caseSelectionSchema.default('open'),
});
export type SimulationOptions = z.input<typeof simulationOptionsSchema>;

export interface RunOptions {
  readonly actor: Actor;
  readonly disclosure: SimulationReport['disclosure'];
  /** Today, from the caller's clock. */
  readonly today: string;
  readonly now?: Date;
  /** Called after each page with the cases read so far and how many the selection holds; awaited. */
  readonly progress?: (read: number, total: number) => void | Promise<void>;
  /**
   * `one` (default): the whole run in one REPEATABLE READ snapshot. `per-page`: each page in a snapshot of its
   * own, so that other queries run in between: on PGlite, which is one session, a background job must not
   * hold it for the whole run. A case changed meanwhile is read as it stands when its page is read.
   */
  readonly snapshot?: 'one' | 'per-page';
  /** Checked after each page: when aborted, the run stops with the signal's reason and records nothing. */
  readonly signal?: AbortSignal;
}

/** The selection as a condition on the projection's rows (`c`: lab_cases). */
function selected(selection: CaseSelection) {
  return (eb: ExpressionBuilder<LabTables, 'c'>) =>
    selection === 'open' ? eb('c.status', '=', 'open') : selection === 'all' ? eb.lit(true) : eb('c.case_id', '=', sql<string>`ANY(${selection.ids}::uuid[])`);
}

/** One page of the selected cases after `after` (by id), from the lab's projection (migration 0016). */
function page(trx: Kysely<Database>, selection: CaseSelection, after: string | null): Promise<CaseRow[]> {
  let query = caseWork(trx)
    .selectFrom('lab_cases as c')
    .leftJoin('lab_applications as a', (join) => join.onRef('a.case_id', '=', 'c.case_id').on('c.applied_on', 'is not', null))
    .select([
      'c.case_id as id',
      'c.status',
      'c.decision_kind as decisionKind',
      'c.deadline',
      'c.household',
      'c.applied_on as appliedOn',
      'c.destination',
      'a.applicant_id as applicantId',
      'a.traveller_ids as travellerIds',
      'a.eligibility_facts as eligibilityFacts',
      'a.support_facts as supportFacts',
    ])
    .where(selected(selection));
  if (after !== null) query = query.where('c.case_id', '>', after);
  return query.orderBy('c.case_id').limit(PAGE).execute();
}

export const PER_PAGE_ASSUMPTION = `The cases were read ${PAGE} at a time, each page from a consistent snapshot of its own (the database is PGlite, one session, which a background job must not hold for the whole run): a case changed during the run is read as it stood when its page was read.`;

async function countOf(trx: Kysely<Database>, selection: CaseSelection): Promise<number> {
  const row = await caseWork(trx)
    .selectFrom('lab_cases as c')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(selected(selection))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * How many cases a selection holds, counting no further than `limit` (for deciding whether a simulation is
 * long enough to run as a job).
 */
export async function countSelection(db: Kysely<Database>, selection: CaseSelection, limit: number): Promise<number> {
  if (typeof selection !== 'string') return selection.ids.length;
  const row = await caseWork(db)
    .selectFrom((eb) => eb.selectFrom('lab_cases as c').select(sql.lit(1).as('one')).where(selected(selection)).limit(limit).as('s'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** True when the database is PGlite (one session in this process), false for a PostgreSQL server. */
export async function isPGlite(db: Kysely<Database>): Promise<boolean> {
  const result = await sql<{ v: string }>`SELECT version() AS v`.execute(db);
  return (result.rows[0]?.v ?? '').includes('PGlite');
}

const describeSelection = (selection: CaseSelection) => (typeof selection === 'string' ? selection : `${selection.ids.length} listed`);

/** The report of a reform over the chosen cases, from one snapshot; audited as a read of personal data. */
export async function simulateFromDatabase(db: Kysely<Database>, loaded: LoadedReform, raw: SimulationOptions, run: RunOptions): Promise<SimulationReport> {
  const options = simulationOptionsSchema.parse(raw);
  const asOf = options.asOf ?? (run.today > loaded.reform.effective ? run.today : loaded.reform.effective);
  const tally = new SimulationTally({ reform: loaded.reform, law: loaded.law, asOf, cases: describeSelection(options.cases), disclosure: run.disclosure });
  let read = 0;
  let total = 0;
  const inputs = new CachedInputs();
  const tallyPage = async (rows: readonly CaseRow[]) => {
    for (const row of rows) {
      const h = householdOf(row, asOf, inputs);
      if ('household' in h) tally.add(h.household);
      else tally.skip(h.skipped);
    }
    read += rows.length;
    await run.progress?.(read, Math.max(total, read));
    run.signal?.throwIfAborted();
  };
  const snapshot = <T>(fn: (trx: Kysely<Database>) => Promise<T>) =>
    db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        await sql`SET TRANSACTION READ ONLY`.execute(trx);
        return fn(trx);
      });
  if (run.snapshot === 'per-page') {
    total = await snapshot((trx) => countOf(trx, options.cases));
    let after: string | null = null;
    for (;;) {
      const rows = await snapshot((trx) => page(trx, options.cases, after));
      await tallyPage(rows);
      if (rows.length < PAGE) break;
      after = rows[rows.length - 1]!.id;
    }
  } else {
    await snapshot(async (trx) => {
      if (run.progress) total = await countOf(trx, options.cases);
      // The next page is asked for before this one is tallied, so that a PostgreSQL server reads it while
      // Node evaluates (on PGlite, one thread, the two simply take turns).
      let pending = page(trx, options.cases, null);
      for (;;) {
        const rows = await pending;
        const full = rows.length === PAGE;
        if (full) {
          pending = page(trx, options.cases, rows[rows.length - 1]!.id);
          // Awaited below; should tallying this page throw first, its failure is the one reported.
          pending.catch(() => undefined);
        }
        await tallyPage(rows);
        if (!full) break;
      }
    });
  }
  const report = tally.report((run.now ?? new Date()).toISOString());
  if (run.snapshot === 'per-page') report.assumptions.push(PER_PAGE_ASSUMPTION);
  await recordAudit(db, {
    actor: run.actor,
    caseId: null,
    action: 'read',
    what: `simulation of the reform "${loaded.reform.name.slice(0, 200)}" over ${read} cases (${describeSelection(options.cases)}, ${run.disclosure})`,
    why: 'policy lab: what a reform would change',
  });
  return report;
}
