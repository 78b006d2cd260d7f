/**
 * The statistics on the database: every departure the case work records, and every imported historical
 * record, is a row of `departures`; triggers keep their aggregate rows per month in `forced_return_rollup`
 * (migration 0006) in the same transaction, and the live report is computed from those rows (the same rows
 * `aggregate()` gives for a file, and `aggregateSql` over the departures). A report can be published and
 * served as it was.
 */
import { CompiledQuery, sql, type Insertable, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../store/schema.ts';
import { caseWork, departureRow, type CaseWorkTables } from '../store/tables.ts';
import { scanForcedReturnCsv, type CsvInput, type ScanResult } from './csv.ts';
import { aggregateRowSchema, aggregateSql, rollupSql, type AggregateRow } from './aggregate.ts';
import { buildForcedReturnReport, forcedReturnReportSchema, reportPeriod, type ForcedReturnReport } from './report.ts';
import type { ForcedReturnRecord } from './records.ts';
import { ReturError } from '../shared/errors.ts';

async function aggregateRows(db: Kysely<Database>, query: string, parameters: readonly string[]): Promise<AggregateRow[]> {
  const result = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(query, [...parameters]));
  return result.rows.map((row) => aggregateRowSchema.parse(row));
}

/**
 * The aggregate rows of forced returns between two dates, by a GROUP BY over the departures themselves
 * (`aggregateSql`): any two days, but it reads every departure between them. The report does not use it;
 * the tests and the benchmark check the rollup against it.
 */
export async function aggregateFromDatabase(db: Kysely<Database>, from: string, to: string): Promise<AggregateRow[]> {
  return aggregateRows(db, aggregateSql, [from, to]);
}

/** The aggregate rows of forced returns in the months `fromMonth` to `toMonth` (`YYYY-MM`), from the rollup. */
export async function aggregateFromRollup(db: Kysely<Database>, fromMonth: string, toMonth: string): Promise<AggregateRow[]> {
  return aggregateRows(db, rollupSql, [fromMonth, toMonth]);
}

/** The live report for a month, from the database (the rollup of the 24 months it looks at). */
export async function forcedReturnReportFromDatabase(db: Kysely<Database>, month: string, producedAt = new Date()): Promise<ForcedReturnReport> {
  const { from, to } = reportPeriod(month);
  const rows = await aggregateFromRollup(db, from.slice(0, 7), to.slice(0, 7));
  return buildForcedReturnReport(rows, { month, producedAt: producedAt.toISOString(), source: 'database' });
}

/**
 * Stores imported records as departures. An id already imported is skipped, so importing the same file
 * twice does not count anyone twice (the rollup's trigger sees only the rows really inserted). Returns how
 * many rows were new.
 */
export async function insertImportedRecords(db: Kysely<Database>, records: readonly ForcedReturnRecord[]): Promise<number> {
  if (records.length === 0) return 0;
  const result = await caseWork(db)
    .insertInto('departures')
    .values(records.map(importedRow))
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/** An imported record as a row of `departures` (its id prefixed, so it never meets a case's). */
function importedRow({ id, ...record }: ForcedReturnRecord): Insertable<CaseWorkTables['departures']> {
  return departureRow({ ...record, id: `import:${id}`, source: 'import', caseId: null, personId: null, returnType: 'forced' });
}

export interface ImportResult extends ScanResult {
  /** Rows new to the database (the others were imported before); 0 when the file had bad rows. */
  readonly inserted: number;
}

/** Thrown inside the import's transaction to roll it back when the file has bad rows. */
class BadRows extends Error {
  constructor(readonly result: ScanResult) {
    super('the file has bad rows');
  }
}

/**
 * Imports a CSV of historical forced returns, all or nothing, in one transaction: the rows are read and
 * checked a batch at a time into a temporary table, then moved into `departures` with one INSERT, so that
 * the rollup's trigger (migration 0006) groups the whole file once instead of once per batch (a batch of a
 * file spread over many months touches nearly as many rollup rows as it has rows). An id imported before is
 * skipped, so importing the same file twice counts nobody twice. With any bad row nothing is imported and
 * the errors come back in the result. `retur import returns` and the benchmark both run this.
 */
export async function importForcedReturnCsv(
  db: Kysely<Database>,
  input: CsvInput,
  progress: {
    /** Rows read so far, every 10,000 rows. */
    readonly onProgress?: (rowsRead: number) => void;
    /** The whole file was read and is good; the rows are being moved into `departures`. */
    readonly onRead?: (rowsRead: number) => void;
  } = {},
): Promise<ImportResult> {
  try {
    return await db.transaction().execute(async (trx) => {
      await sql`CREATE TEMPORARY TABLE import_departures (LIKE departures INCLUDING DEFAULTS) ON COMMIT DROP`.execute(trx);
      const staging = trx.withTables<{ import_departures: CaseWorkTables['departures'] }>();
      const result = await scanForcedReturnCsv(input, {
        batchSize: 2000,
        onRecords: async (records) => {
          await staging.insertInto('import_departures').values(records.map(importedRow)).execute();
        },
        ...(progress.onProgress === undefined ? {} : { onProgress: progress.onProgress }),
      });
      if (result.errors.length > 0) throw new BadRows(result);
      progress.onRead?.(result.rowsRead);
      const moved = await sql`INSERT INTO departures SELECT * FROM import_departures ON CONFLICT (id) DO NOTHING`.execute(trx);
      return { ...result, inserted: Number(moved.numAffectedRows ?? 0) };
    });
  } catch (error) {
    if (error instanceof BadRows) return { ...error.result, inserted: 0 };
    throw error;
  }
}

const KIND = 'forced-returns';

/** Stores the report for a month as published now. */
export async function publishForcedReturnReport(db: Kysely<Database>, month: string, now = new Date()): Promise<ForcedReturnReport> {
  const report = await forcedReturnReportFromDatabase(db, month, now);
  await caseWork(db)
    .insertInto('published_reports')
    .values({ kind: KIND, month, published_at: now, report: JSON.stringify(report) })
    .execute();
  return report;
}

/** The latest published report for a month, or null. */
export async function publishedForcedReturnReport(db: Kysely<Database>, month: string): Promise<{ report: ForcedReturnReport; publishedAt: string } | null> {
  const row = await caseWork(db)
    .selectFrom('published_reports')
    .select(['report', 'published_at'])
    .where('kind', '=', KIND)
    .where('month', '=', month)
    .orderBy('published_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  return { report: forcedReturnReportSchema.parse(row.report), publishedAt: z.date().parse(row.published_at).toISOString() };
}

/** The report the query asks for, and the published one of the month if any. */
export async function reportForMonth(
  db: Kysely<Database>,
  month: string,
  published: boolean,
): Promise<{ report: ForcedReturnReport; published: { report: ForcedReturnReport; publishedAt: string } | null }> {
  const stored = await publishedForcedReturnReport(db, month);
  if (published) {
    if (!stored) throw new ReturError('NOT_FOUND', `No report for ${month} has been published`);
    return { report: stored.report, published: stored };
  }
  return { report: await forcedReturnReportFromDatabase(db, month), published: stored };
}
