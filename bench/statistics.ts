/**
 * Issue 4's benchmark, on a throwaway PostgreSQL 15 server (`startTestPostgres`), in two parts.
 *
 * 1. The report. 10,000,000 departures (at scale 1) are generated in SQL with generate_series: dates spread
 *    evenly over 1 January 2006 – 31 March 2026 (about 41,000 a month), 60 % forced returns (the rest
 *    assisted or on one's own), a skewed mix of 40 citizenships, destinations mostly the home country (Dublin
 *    transfers to a Dublin country), 8 % unknown dates of birth, 8 % minors. The report for March 2026
 *    (`forcedReturnReportFromDatabase`, which reads the 24 months April 2024 – March 2026) is timed beside a
 *    plain `SELECT category, count(*) FROM departures GROUP BY category` over the whole table, alternately,
 *    five times each after a warm-up; the median counts. Goal: the report in under a second.
 *
 * 2. The import. A 1,000,000-row CSV (at scale 1) is written to a temporary directory with the project's own
 *    CSV writer, then loaded twice into the same table: through the import path of `retur import returns`
 *    (`scanForcedReturnCsv` + `insertImportedRecords` in batches of 2,000, one transaction), and by
 *    PostgreSQL's `COPY … FROM '/path'` run by the server into a staging table, then `INSERT … SELECT` into
 *    departures (the file's columns are not the table's: the ids get their `import:` prefix, `source` and
 *    `return_type` are filled in), in one transaction. When the server cannot read the file (a server on
 *    another machine), the baseline is a plain multi-row INSERT of the same parsed rows instead, and the
 *    output says so. The imported rows are deleted between the two runs. No goal: the rates are printed.
 */
import { chmodSync, createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, PostgresDialect, type CompiledQuery } from 'kysely';
import pg from 'pg';
import { Temporal } from 'temporal-polyfill';
import { csvLine } from '../src/statistics/csv-out.ts';
import { parseForcedReturnCsvFile, scanForcedReturnCsv } from '../src/statistics/csv.ts';
import { aggregateFromDatabase, forcedReturnReportFromDatabase, insertImportedRecords } from '../src/statistics/database.ts';
import { csvColumns, toCsvFields, type ForcedReturnRecord } from '../src/statistics/records.ts';
import { aggregateRowSchema, aggregateSql } from '../src/statistics/aggregate.ts';
import { buildForcedReturnReport, reportPeriod } from '../src/statistics/report.ts';
import { migrate, openDatabase, type Database, type Store } from '../src/store/index.ts';
import { startTestPostgres } from '../test/support/postgres-server.ts';
import { random, report, type Measured } from './harness.ts';

const MONTH = '2026-03';
const FIRST_DAY = '2006-01-01';
const LAST_DAY = '2026-03-31';
const REPORT_GOAL_SECONDS = 1;
const RUNS = 5;

/** Citizenships, most frequent first (the generators pick from the front more often). */
const COUNTRIES = [
  'RO', 'PL', 'LT', 'AF', 'IQ', 'SY', 'SO', 'ER', 'ET', 'NG', 'MA', 'DZ', 'TN', 'AL', 'XK', 'RS', 'GE', 'UA', 'RU', 'IR',
  'BG', 'LV', 'EE', 'SK', 'CZ', 'HU', 'TR', 'PK', 'BD', 'LK', 'CN', 'VN', 'PH', 'TH', 'CO', 'BR', 'GM', 'GH', 'SD', 'LY',
] as const;
/** Where a Dublin transfer goes. */
const DUBLIN = ['SE', 'DE', 'IT', 'FR', 'ES', 'NL', 'DK', 'AT'] as const;
const CATEGORIES = ['asylum', 'asylum', 'asylum', 'dublin', 'ip', 'refused', 'refused', 'expelled', 'expelled', 'expelled'] as const;

// ------------------------------------------------------------------------------------------- small helpers

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const now = () => Number(process.hrtime.bigint()) / 1e9;
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const secs = (s: number) => `${s.toFixed(3)} s`;

function measured(label: string, count: number, seconds: number): Measured {
  return { label, count, seconds, perSecond: count / seconds };
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = now();
  await run();
  return now() - start;
}

/** Prints `label` with a percentage each time another tenth of `total` is done. */
function progress(label: string, total: number): (done: number) => void {
  let shown = 0;
  const started = now();
  return (done) => {
    const tenth = Math.floor((done / total) * 10);
    if (tenth <= shown) return;
    shown = tenth;
    console.log(`  ${label} ${String(tenth * 10).padStart(3)}%  ${fmt(done).padStart(11)} rows  (${(now() - started).toFixed(0)} s, load ${load()})`);
  };
}

/** The SQL a function sends, captured from a Kysely that logs (the store's own Kysely does not). */
async function capturedSql(url: string, run: (db: Kysely<Database>) => Promise<unknown>): Promise<CompiledQuery[]> {
  const captured: CompiledQuery[] = [];
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: (event) => void captured.push(event.query) });
  try {
    await run(db);
  } finally {
    await db.destroy();
  }
  return captured;
}

async function explain(pool: pg.Pool, query: CompiledQuery): Promise<string> {
  const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, [...query.parameters]);
  return plan.rows.map((r: Record<string, string>) => `      ${r['QUERY PLAN']}`).join('\n');
}

// ------------------------------------------------------------------------------------ part 1: the report

const sqlArray = (xs: readonly string[]) => `ARRAY[${xs.map((x) => `'${x}'`).join(',')}]`;

/** Departures `from`…`to` (numbers of generate_series), with the distributions described at the top. */
const generateSql = `
  WITH r AS (
    SELECT g, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6, random() AS r7, random() AS r8
      FROM generate_series($1::int, $2::int) AS g),
  d AS (
    SELECT g, r5, r6, r7, r8,
           date '${FIRST_DAY}' + floor(r1 * (date '${LAST_DAY}' - date '${FIRST_DAY}' + 1))::int AS departure_date,
           CASE WHEN r2 < 0.6 THEN 'forced' WHEN r2 < 0.9 THEN 'assisted' ELSE 'own' END AS return_type,
           (${sqlArray(COUNTRIES)})[1 + floor(${COUNTRIES.length} * r3 * r3)::int] AS citizenship,
           (${sqlArray(CATEGORIES)})[1 + floor(${CATEGORIES.length} * r4)::int] AS category
      FROM r)
  INSERT INTO departures (id, source, departure_date, return_type, category, citizenship, destination, date_of_birth, unaccompanied_minor, convicted)
  SELECT 'bench:' || g, 'import', departure_date, return_type,
         CASE WHEN return_type = 'forced' THEN category END,
         citizenship,
         CASE WHEN return_type = 'forced' AND category = 'dublin' THEN (${sqlArray(DUBLIN)})[1 + floor(${DUBLIN.length} * r7)::int]
              WHEN r7 < 0.05 THEN 'TR' ELSE citizenship END,
         CASE WHEN r5 < 0.08 THEN NULL
              WHEN r5 < 0.16 THEN departure_date - (1 + floor(r6 * 17 * 365))::int
              ELSE departure_date - (18 * 366 + floor(r6 * 47 * 365))::int END,
         r5 >= 0.08 AND r5 < 0.16 AND r8 < 0.1,
         return_type = 'forced' AND r8 >= 0.55
    FROM d`;

async function generate(pool: pg.Pool, rows: number): Promise<void> {
  console.log(`\nPart 1: generating ${fmt(rows)} departures in SQL (generate_series), in ten statements`);
  const client = await pool.connect();
  try {
    await client.query('SELECT setseed(0.2026)');
    const show = progress('generated', rows);
    const chunk = Math.ceil(rows / 10);
    for (let from = 1; from <= rows; from += chunk) {
      const to = Math.min(rows, from + chunk - 1);
      await client.query(generateSql, [from, to]);
      show(to);
    }
  } finally {
    client.release();
  }
  const started = now();
  await pool.query('VACUUM ANALYZE departures');
  const size = (await pool.query("SELECT pg_size_pretty(pg_total_relation_size('departures')) AS size")).rows[0].size;
  const { from, to } = reportPeriod(MONTH);
  const inPeriod = (await pool.query("SELECT count(*) AS n FROM departures WHERE return_type = 'forced' AND departure_date BETWEEN $1 AND $2", [from, to])).rows[0].n;
  console.log(`  VACUUM ANALYZE in ${(now() - started).toFixed(0)} s; departures with its indexes: ${size}; forced returns in the report's 24 months (${from} – ${to}): ${fmt(Number(inPeriod))}`);
}

async function timeReport(store: Store, pool: pg.Pool, url: string): Promise<{ report: Measured; plain: Measured; ok: boolean }> {
  const plainSql = 'SELECT category, count(*) FROM departures GROUP BY category';
  const { from, to } = reportPeriod(MONTH);
  // Warm-up: both once, so that neither pays for the first read of the table into memory.
  const groups = (await aggregateFromDatabase(store.db, from, to)).length;
  await pool.query(plainSql);
  const reportTimes: number[] = [];
  const sqlTimes: number[] = [];
  const plainTimes: number[] = [];
  let total = 0;
  for (let run = 1; run <= RUNS; run++) {
    reportTimes.push(await time(async () => (total = (await forcedReturnReportFromDatabase(store.db, MONTH)).total.thisYear)));
    sqlTimes.push(await time(() => aggregateFromDatabase(store.db, from, to)));
    plainTimes.push(await time(() => pool.query(plainSql)));
  }
  console.log(`\n  The report for ${MONTH} (${fmt(total)} forced returns this year; the query gives ${fmt(groups)} aggregate rows), ${RUNS} runs each, alternately (load ${load()}):`);
  console.log(`    forcedReturnReportFromDatabase      median ${secs(median(reportTimes))}   runs ${reportTimes.map(secs).join(', ')}`);
  console.log(`      of which aggregateFromDatabase    median ${secs(median(sqlTimes))}   (the GROUP BY, and parsing its rows)`);
  console.log(`    plain GROUP BY category             median ${secs(median(plainTimes))}   runs ${plainTimes.map(secs).join(', ')}`);
  const reportMedian = median(reportTimes);
  if (reportMedian > REPORT_GOAL_SECONDS) {
    const [query] = await capturedSql(url, (db) => aggregateFromDatabase(db, from, to));
    if (query) {
      console.log(`\n  The report missed the goal. EXPLAIN ANALYZE of its query:\n${await explain(pool, query)}`);
      await tryImprovements(store, pool, query);
    }
  }
  const reportM = measured('report for a month (median of 5)', 1, reportMedian);
  const plainM = measured('plain GROUP BY category, whole table (median)', 1, median(plainTimes));
  return { report: reportM, plain: plainM, ok: reportMedian <= REPORT_GOAL_SECONDS };
}

/**
 * What would bring the report under the goal, tried on the throwaway database only (src/ is not changed):
 * an index the aggregate can answer from alone (index-only scan), and a monthly rollup (the aggregate rows
 * per month, as a trigger or the writers would keep them up to date), read and turned into the report.
 */
async function tryImprovements(store: Store, pool: pg.Pool, query: CompiledQuery): Promise<void> {
  const { from, to } = reportPeriod(MONTH);
  const runs = async (run: () => Promise<unknown>) => {
    await run();
    const times: number[] = [];
    for (let n = 0; n < 3; n++) times.push(await time(run));
    return median(times);
  };
  const index = `CREATE INDEX bench_departures_forced_covering_idx ON departures (departure_date)
                   INCLUDE (category, citizenship, destination, date_of_birth, unaccompanied_minor, convicted) WHERE return_type = 'forced'`;
  console.log(`\n  Trying, on this throwaway database only: ${index.replace(/\s+/g, ' ')}`);
  let seconds = await time(() => pool.query(index));
  await pool.query('VACUUM ANALYZE departures');
  console.log(`    built in ${seconds.toFixed(1)} s; the report with it: median ${secs(await runs(() => forcedReturnReportFromDatabase(store.db, MONTH)))}. EXPLAIN ANALYZE:`);
  console.log(await explain(pool, query));
  // With the default work_mem (4 MB) the planner sorts on disk; with more it can aggregate in memory.
  await pool.query("ALTER SYSTEM SET work_mem = '64MB'");
  await pool.query('SELECT pg_reload_conf()');
  await new Promise((resolve) => setTimeout(resolve, 500));
  console.log(`\n  … and with work_mem = 64MB (ALTER SYSTEM): the report median ${secs(await runs(() => forcedReturnReportFromDatabase(store.db, MONTH)))}. EXPLAIN ANALYZE:`);
  console.log(await explain(pool, query));
  await pool.query('ALTER SYSTEM RESET work_mem');
  await pool.query('SELECT pg_reload_conf()');
  await pool.query('DROP INDEX bench_departures_forced_covering_idx');

  console.log('\n  Trying a monthly rollup (the aggregate rows per month, kept up to date by each departure):');
  // The rollup holds what aggregateSql (the report's own query) gives for all months.
  await pool.query('CREATE TABLE bench_rollup (month text, category text, citizenship text, destination text, convicted boolean, minor text, count int)');
  seconds = await time(() => pool.query(`INSERT INTO bench_rollup ${aggregateSql}`, ['0001-01-01', '9999-12-31']));
  await pool.query('CREATE INDEX ON bench_rollup (month)');
  await pool.query('ANALYZE bench_rollup');
  const rollupRows = Number((await pool.query('SELECT count(*) AS n FROM bench_rollup')).rows[0].n);
  const fromRollup = async () => {
    const result = await pool.query(
      `SELECT month, category, citizenship, destination, convicted, minor, count FROM bench_rollup
        WHERE month BETWEEN $1 AND $2 ORDER BY 1, 2, 3, 4, 5, 6`,
      [from.slice(0, 7), to.slice(0, 7)],
    );
    const rows = result.rows.map((row: unknown) => aggregateRowSchema.parse(row));
    return buildForcedReturnReport(rows, { month: MONTH, producedAt: new Date().toISOString(), source: 'database' });
  };
  const live = await forcedReturnReportFromDatabase(store.db, MONTH);
  const rolled = await fromRollup();
  const same = JSON.stringify({ ...live, producedAt: '' }) === JSON.stringify({ ...rolled, producedAt: '' });
  console.log(`    built in ${seconds.toFixed(1)} s (${fmt(rollupRows)} rows for all months); the report from it: median ${secs(await runs(fromRollup))}; the same report as the live one: ${same ? 'yes' : 'NO'}`);
  await pool.query('DROP TABLE bench_rollup');
}

// ------------------------------------------------------------------------------------ part 2: the import

/** Writes `rows` forced returns as an import file with the project's CSV writer. */
async function writeCsv(path: string, rows: number): Promise<void> {
  const r = random(4);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const first = Temporal.PlainDate.from(FIRST_DAY);
  const days = first.until(LAST_DAY).days + 1;
  const out = createWriteStream(path);
  let buffer = csvLine(csvColumns);
  for (let n = 1; n <= rows; n++) {
    const departureDate = first.add({ days: Math.floor(r() * days) });
    const citizenship = COUNTRIES[Math.floor(COUNTRIES.length * r() * r())]!;
    const category = pick(CATEGORIES);
    const kind = r();
    const dateOfBirth = kind < 0.08 ? null : departureDate.subtract({ days: kind < 0.16 ? 1 + Math.floor(r() * 17 * 365) : 18 * 366 + Math.floor(r() * 47 * 365) }).toString();
    const flag = r();
    const record: ForcedReturnRecord = {
      id: `h${n}`,
      departureDate: departureDate.toString(),
      category,
      citizenship,
      destination: category === 'dublin' ? pick(DUBLIN) : r() < 0.05 ? 'TR' : citizenship,
      dateOfBirth,
      unaccompaniedMinor: kind >= 0.08 && kind < 0.16 && flag < 0.1,
      convicted: flag >= 0.55,
    };
    buffer += csvLine(toCsvFields(record));
    if (buffer.length > 1 << 20 || n === rows) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end();
  await once(out, 'finish');
}

/** The import path of `retur import returns` (src/cli/stats.ts): all in one transaction, batches of 2,000. */
async function importPath(store: Store, file: string, rows: number): Promise<number> {
  const show = progress('import path', rows);
  let inserted = 0;
  await store.db.transaction().execute(async (trx) => {
    const result = await scanForcedReturnCsv(createReadStream(file), {
      batchSize: 2000,
      onRecords: async (records) => {
        inserted += await insertImportedRecords(trx, records);
      },
      onProgress: show,
    });
    if (result.errors.length > 0) throw new Error(`The generated file has bad rows: ${JSON.stringify(result.errors.slice(0, 3))}`);
  });
  return inserted;
}

const INSERT_FROM_STAGING = `
  INSERT INTO departures (id, source, departure_date, return_type, category, citizenship, destination, date_of_birth, unaccompanied_minor, convicted)
  SELECT 'import:' || id, 'import', departure_date, 'forced', category, citizenship, destination, date_of_birth, unaccompanied_minor, convicted
    FROM bench_staging
  ON CONFLICT (id) DO NOTHING`;

/** PostgreSQL's COPY of the file, run by the server, then INSERT … SELECT into departures: one transaction. */
async function copyFromFile(pool: pg.Pool, file: string): Promise<{ inserted: number; copySeconds: number }> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`CREATE TEMPORARY TABLE bench_staging (id text, departure_date date, category text, citizenship text, destination text,
                          date_of_birth date, unaccompanied_minor boolean, convicted boolean) ON COMMIT DROP`);
    const copySeconds = await time(() => client.query(`COPY bench_staging FROM '${file.replaceAll("'", "''")}' WITH (FORMAT csv, HEADER true)`));
    const result = await client.query(INSERT_FROM_STAGING);
    await client.query('COMMIT');
    return { inserted: result.rowCount ?? 0, copySeconds };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/** The fallback baseline: the same parsed rows as plain multi-row INSERTs of 2,000 rows, one transaction. */
async function plainInserts(pool: pg.Pool, file: string): Promise<number> {
  const parsed = await parseForcedReturnCsvFile(file);
  if (!parsed.ok) throw new Error('The generated file has bad rows');
  const client = await pool.connect();
  let inserted = 0;
  try {
    await client.query('BEGIN');
    for (let at = 0; at < parsed.records.length; at += 2000) {
      const batch = parsed.records.slice(at, at + 2000);
      const values = batch.map((_, i) => `($${i * 8 + 1}, 'import', $${i * 8 + 2}, 'forced', $${i * 8 + 3}, $${i * 8 + 4}, $${i * 8 + 5}, $${i * 8 + 6}, $${i * 8 + 7}, $${i * 8 + 8})`);
      const result = await client.query(
        `INSERT INTO departures (id, source, departure_date, return_type, category, citizenship, destination, date_of_birth, unaccompanied_minor, convicted)
         VALUES ${values.join(', ')} ON CONFLICT (id) DO NOTHING`,
        batch.flatMap((r) => [`import:${r.id}`, r.departureDate, r.category, r.citizenship, r.destination, r.dateOfBirth, r.unaccompaniedMinor, r.convicted]),
      );
      inserted += result.rowCount ?? 0;
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  return inserted;
}

async function removeImported(pool: pg.Pool): Promise<void> {
  await pool.query("DELETE FROM departures WHERE id LIKE 'import:%'");
  await pool.query('VACUUM ANALYZE departures');
}

async function imports(store: Store, pool: pg.Pool, rows: number): Promise<{ results: Measured[]; importM: Measured; baseline: Measured }> {
  const dir = mkdtempSync(join(tmpdir(), 'retur-bench-'));
  try {
    // The server may run as another user (postgres, when we are root): let it read the file.
    chmodSync(dir, 0o755);
    const file = join(dir, 'returns.csv');
    console.log(`\nPart 2: importing a ${fmt(rows)}-row CSV into the table of ${fmt(Number((await pool.query('SELECT count(*) AS n FROM departures')).rows[0].n))} departures`);
    let seconds = await time(() => writeCsv(file, rows));
    chmodSync(file, 0o644);
    console.log(`  wrote ${file} in ${seconds.toFixed(1)} s`);

    const parseSeconds = await time(() => scanForcedReturnCsv(createReadStream(file)));
    console.log(`  reading and checking the file alone (scanForcedReturnCsv, nothing stored): ${fmt(rows / parseSeconds)} rows/s`);

    let baseline: { label: string; seconds: number; inserted: number };
    try {
      const start = now();
      const copied = await copyFromFile(pool, file);
      baseline = { label: 'COPY … FROM file (server) + INSERT … SELECT', seconds: now() - start, inserted: copied.inserted };
      console.log(`  baseline: PostgreSQL's COPY of the file into a staging table ${fmt(rows / copied.copySeconds)} rows/s; with the INSERT … SELECT into departures ${fmt(rows / baseline.seconds)} rows/s`);
    } catch (error) {
      console.log(`  The server could not COPY the file (${error instanceof Error ? error.message : String(error)}); the baseline is plain multi-row INSERTs of the same parsed rows.`);
      const start = now();
      const inserted = await plainInserts(pool, file);
      baseline = { label: 'plain multi-row INSERT (2,000 a statement)', seconds: now() - start, inserted };
    }
    if (baseline.inserted !== rows) throw new Error(`The baseline inserted ${baseline.inserted} rows, not ${rows}`);
    await removeImported(pool);

    let inserted = 0;
    seconds = await time(async () => (inserted = await importPath(store, file, rows)));
    if (inserted !== rows) throw new Error(`The import path inserted ${inserted} rows, not ${rows}`);
    const importM = measured('import path (scan + insertImportedRecords)', rows, seconds);
    const baselineM = measured(baseline.label, rows, baseline.seconds);
    return { results: [baselineM, importM, measured('reading and checking only (no database)', rows, parseSeconds)], importM, baseline: baselineM };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// -------------------------------------------------------------------------------------------------- run

export async function run(scale = 1): Promise<boolean> {
  const rows = Math.max(1000, Math.round(10_000_000 * scale));
  const csvRows = Math.max(1000, Math.round(1_000_000 * scale));
  console.log(`\n# Statistics on PostgreSQL (issue 4), scale ${scale}: ${fmt(rows)} departures, a ${fmt(csvRows)}-row import. Load average ${load()}`);
  const started = await startTestPostgres();
  if (!started.ok) throw new Error(`The benchmark needs a PostgreSQL server: ${started.reason}`);
  const server = started.server;
  let store: Store | undefined;
  const pool = new pg.Pool({ connectionString: server.url, max: 2 });
  try {
    console.log(`${server.version} (throwaway: fsync off, synchronous_commit on), Node ${process.version}`);
    store = await openDatabase({ databaseUrl: server.url });
    await migrate(store);
    await generate(pool, rows);
    const timed = await timeReport(store, pool, server.url);
    const goal = measured('goal: 1 s', 1, REPORT_GOAL_SECONDS);
    const reportOk = report(`The forced-return report with ${fmt(rows)} departures (issue 4)`, [timed.plain, timed.report, goal], [
      { label: 'report / plain GROUP BY (as rates)', of: timed.report, to: timed.plain },
      { label: '1 s / report time', of: timed.report, to: goal, goal: 1 },
    ]);
    const { results, importM, baseline } = await imports(store, pool, csvRows);
    report(`Importing a ${fmt(csvRows)}-row CSV (issue 4; no goal)`, results, [{ label: 'import path / baseline', of: importM, to: baseline }]);
    console.log(`\nLoad average at the end: ${load()}`);
    return reportOk && timed.ok;
  } finally {
    await store?.close();
    await pool.end();
    await server.stop();
  }
}
