/**
 * `retur stats forced-returns`, `retur stats publish` and `retur import returns`: the police's report from
 * the database or from a file, its publication, and the all-or-nothing import of historical records.
 */
import { createReadStream, statSync } from 'node:fs';
import { Transform } from 'node:stream';
import cliProgress from 'cli-progress';
import { z } from 'zod';
import { aggregate, monthSchema } from '../statistics/aggregate.ts';
import { buildForcedReturnReport, type ForcedReturnReport } from '../statistics/report.ts';
import { describeCsvErrors, parseForcedReturnCsvFile } from '../statistics/csv.ts';
import { forcedReturnJsonStat } from '../statistics/jsonstat.ts';
import { tidyCsv } from '../statistics/csv-out.ts';
import {
  forcedReturnReportFromDatabase,
  importForcedReturnCsv,
  publishForcedReturnReport,
  publishedForcedReturnReport,
  type ImportResult,
} from '../statistics/database.ts';
import { ReturError } from '../shared/errors.ts';
import { parseInput } from '../shared/parse.ts';
import { openMigrated } from './database.ts';
import { fail } from './io.ts';
import { renderForcedReturnReportPage } from '../main/renderers.ts';
import { assistedReturnFormats, assistedReturnReportFromDatabase, formatAssistedReturnReport, yearParam } from '../statistics/assisted.ts';
import { eurostatFormats, eurostatReturnsFromDatabase, formatEurostatReturns, quarterParam } from '../statistics/eurostat.ts';

export const reportFormats = ['json', 'json-stat', 'csv', 'html'] as const;
const statsOptions = z.strictObject({
  month: monthSchema,
  input: z.string().min(1).optional(),
  format: z.enum(reportFormats).default('json'),
  published: z.boolean().default(false),
});

const assistedReturnsOptions = z.strictObject({
  year: yearParam,
  month: monthSchema.optional(),
  format: z.enum(assistedReturnFormats).default('json'),
});
const eurostatOptions = z.strictObject({
  year: yearParam,
  quarter: quarterParam.optional(),
  format: z.enum(eurostatFormats).default('json-stat'),
});

/** The report in one of the published formats, as text. */
export function formatReport(
  report: ForcedReturnReport,
  format: (typeof reportFormats)[number],
  published: { report: ForcedReturnReport; publishedAt: string } | null = null,
): string {
  switch (format) {
    case 'json':
      return JSON.stringify(report, null, 2) + '\n';
    case 'json-stat':
      return JSON.stringify(forcedReturnJsonStat(report), null, 2) + '\n';
    case 'csv':
      return tidyCsv(forcedReturnJsonStat(report));
    case 'html':
      return renderForcedReturnReportPage(report, { published });
  }
}

/** `retur stats forced-returns`. */
export async function forcedReturns(raw: Record<string, unknown>): Promise<void> {
  try {
    const options = parseInput(statsOptions, raw, 'options');
    let report: ForcedReturnReport;
    let published: { report: ForcedReturnReport; publishedAt: string } | null = null;
    if (options.input !== undefined) {
      const parsed = await parseForcedReturnCsvFile(options.input);
      if (!parsed.ok) {
        process.stderr.write(describeCsvErrors(parsed.errors) + '\n');
        throw new ReturError(
          'REQUEST_INVALID',
          `${options.input} has ${parsed.errors.length} bad row(s)`,
          {},
          { errors: parsed.errors.map((e) => ({ path: `/line/${e.line}`, code: e.kind, message: e.reason })) },
        );
      }
      report = buildForcedReturnReport(aggregate(parsed.records), { month: options.month, producedAt: new Date().toISOString(), source: 'file' });
    } else {
      const store = await openMigrated();
      try {
        published = await publishedForcedReturnReport(store.db, options.month);
        if (options.published && !published) throw new ReturError('NOT_FOUND', `No report for ${options.month} has been published`);
        report = options.published && published ? published.report : await forcedReturnReportFromDatabase(store.db, options.month);
      } finally {
        await store.close();
      }
    }
    process.stdout.write(formatReport(report, options.format, published));
  } catch (error) {
    fail(error);
  }
}

/** `retur stats publish`. */
export async function publish(raw: Record<string, unknown>): Promise<void> {
  try {
    const { month } = parseInput(z.strictObject({ month: monthSchema }), raw, 'options');
    const store = await openMigrated();
    try {
      const report = await publishForcedReturnReport(store.db, month);
      console.log(`Published the report for ${month}: ${report.total.thisYear} forced returns so far this year, produced at ${report.producedAt}.`);
    } finally {
      await store.close();
    }
  } catch (error) {
    fail(error);
  }
}

/** `retur stats assisted-returns`. */
export async function assistedReturns(raw: Record<string, unknown>): Promise<void> {
  try {
    const options = parseInput(assistedReturnsOptions, raw, 'options');
    const store = await openMigrated();
    try {
      const report = await assistedReturnReportFromDatabase(store.db, {
        year: Number(options.year),
        ...(options.month === undefined ? {} : { month: options.month }),
      });
      process.stdout.write(formatAssistedReturnReport(report, options.format).body);
    } finally {
      await store.close();
    }
  } catch (error) {
    fail(error);
  }
}

/** `retur stats eurostat`. */
export async function eurostat(raw: Record<string, unknown>): Promise<void> {
  try {
    const options = parseInput(eurostatOptions, raw, 'options');
    const store = await openMigrated();
    try {
      const dataset = await eurostatReturnsFromDatabase(store.db, {
        year: Number(options.year),
        ...(options.quarter === undefined ? {} : { quarter: Number(options.quarter) }),
      });
      process.stdout.write(formatEurostatReturns(dataset, options.format).body);
    } finally {
      await store.close();
    }
  } catch (error) {
    fail(error);
  }
}

/** `retur import returns FILE`. */
export async function importReturns(file: string): Promise<void> {
  try {
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      throw new ReturError('REQUEST_INVALID', `Cannot read ${file}`);
    }
    const store = await openMigrated();
    const bar = new cliProgress.SingleBar(
      {
        format: 'Importing {bar} {percentage}% | {rows} rows | {eta_formatted} left',
        stream: process.stderr,
        hideCursor: true,
        noTTYOutput: true,
        notTTYSchedule: 5000,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(size, 0, { rows: 0 });
    let bytes = 0;
    const counting = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        bytes += chunk.length;
        callback(null, chunk);
      },
    });
    let result: ImportResult;
    try {
      result = await importForcedReturnCsv(store.db, createReadStream(file).pipe(counting), {
        onProgress: (read) => bar.update(bytes, { rows: read }),
        onRead: (read) => {
          bar.update(size, { rows: read });
          bar.stop();
          process.stderr.write('Read and checked; adding the rows to the departures and the monthly totals…\n');
        },
      });
    } finally {
      bar.stop();
      await store.close();
    }
    if (result.errors.length > 0) {
      process.stderr.write(describeCsvErrors(result.errors) + '\n');
      throw new ReturError(
        'REQUEST_INVALID',
        `${file}: ${result.errors.length} bad row(s)${result.stoppedEarly ? ' (reading stopped early)' : ''}; nothing was imported`,
        {},
        { errors: result.errors.slice(0, 100).map((e) => ({ path: `/line/${e.line}`, code: e.kind, message: e.reason })) },
      );
    }
    const { inserted, rowsRead: rows } = result;
    console.log(`Imported ${inserted} new record(s) of ${rows} in ${file}${inserted < rows ? ` (${rows - inserted} were already imported)` : ''}.`);
  } catch (error) {
    fail(error);
  }
}
