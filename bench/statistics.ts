/**
 * Issue 4's benchmark, on a throwaway PostgreSQL 15 server (`startTestPostgres`), in two parts. The database
 * is migrated as the service migrates it, so the monthly rollup's triggers (migration 0006) run on every
 * write below, the generation included.
 *
 * 1. The report. 10,000,000 departures (at scale 1) are generated in SQL with generate_series: dates spread
 *    evenly over 1 January 2006 – 31 March 2026 (about 41,000 a month), 60 % forced returns (the rest
 *    assisted or on one's own), a skewed mix of 40 citizenships, destinations mostly the home country (Dublin
 *    transfers to a Dublin country), 8 % unknown dates of birth, 8 % minors. The report for March 2026 as the
 *    CLI, the API and the page get it (`forcedReturnReportFromDatabase`: the rollup's rows of the 24 months
 *    April 2024 – March 2026, then the report built in Node) is timed beside a plain `SELECT category,
 *    count(*) FROM departures GROUP BY category` over the whole table, alternately, five times each after a
 *    warm-up; the median counts. Goal: the report in under a second. Also timed: the same report from a GROUP
 *    BY over the departures (`aggregateSql`, the path before the rollup), which must give the same report;
 *    and the rollup is checked against a GROUP BY over every departure, here and after the imports.
 *
 * 2. The import. A 1,000,000-row CSV (at scale 1) is written to a temporary directory with the project's own
 *    CSV writer, then loaded into the same table: through the import path of `retur import returns`
 *    (`importForcedReturnCsv`: batches of 2,000 into a temporary table, then one INSERT into departures, in
 *    one transaction), and by
 *    PostgreSQL's `COPY … FROM '/path'` run by the server into a staging table, then `INSERT … SELECT` into
 *    departures (the file's columns are not the table's: the ids get their `import:` prefix, `source` and
 *    `return_type` are filled in), in one transaction. When the server cannot read the file (a server on
 *    another machine), the baseline is a plain multi-row INSERT of the same parsed rows instead, and the
 *    output says so. Both run with the rollup's triggers (which count what they insert) and again with the
 *    triggers disabled, to show what the rollup costs an import; the file is also loaded a second time (every
 *    id already there: nothing may be counted again). Then 1,000 departures one at a time (one row, one
 *    transaction each, as the case work records them), with and without the triggers. The imported rows are
 *    deleted between the runs (through the triggers when they are on). No goal: the rates are printed.
 */
import { chmodSync, createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Temporal } from 'temporal-polyfill';
import { csvLine } from '../src/statistics/csv-out.ts';
import { parseForcedReturnCsvFile, scanForcedReturnCsv } from '../src/statistics/csv.ts';
import { aggregateFromDatabase, aggregateFromRollup, forcedReturnReportFromDatabase, importForcedReturnCsv } from '../src/statistics/database.ts';
import { csvColumns, toCsvFields, type ForcedReturnRecord } from '../src/statistics/records.ts';
import { aggregateSql, rollupSql } from '../src/statistics/aggregate.ts';
import { buildForcedReturnReport, reportPeriod } from '../src/statistics/report.ts';
import { migrate, openDatabase, type Store } from '../src/store/index.ts';
import { startTestPostgres } from '../test/support/postgres-server.ts';
import { random, report, type Measured } from './harness.ts';
import { capturedSql, explain } from './postgres.ts';

const MONTH = '2026-03';
const FIRST_DAY = '2006-01-01';
const LAST_DAY = '2026-03-31';
const REPORT_GOAL_SECONDS = 1;
const RUNS = 5;
/** Runs of the report from a GROUP BY over the departures (the path before the rollup; 2 s each at scale 1). */
const GROUP_BY_RUNS = 3;
/** Departures recorded one at a time, with and without the rollup's triggers. */
const SINGLE_ROWS = 1000;

/** Citizenships, most frequent first (the generators pick from the front more often). */
const COUNTRIES = [
  'RO',
  'PL',
  'LT',
  'AF',
  'IQ',
  'SY',
  'SO',
  'ER',
  'ET',
  'NG',
  'MA',
  'DZ',
  'TN',
  'AL',
  'XK',
  'RS',
  'GE',
  'UA',
  'RU',
  'IR',
  'BG',
  'LV',
  'EE',
  'SK',
  'CZ',
  'HU',
  'TR',
  'PK',
  'BD',
  'LK',
  'CN',
  'VN',
  'PH',
  'TH',
  'CO',
  'BR',
  'GM',
  'GH',
  'SD',
  'LY',
] as const;
/** Where a Dublin transfer goes. */
const DUBLIN = ['SE', 'DE', 'IT', 'FR', 'ES', 'NL', 'DK', 'AT'] as const;
const CATEGORIES = ['asylum', 'asylum', 'asylum', 'dublin', 'ip', 'refused', 'refused', 'expelled', 'expelled', 'expelled'] as const;

// ------------------------------------------------------------------------------------------- small helpers

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
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
  await pool.query('VACUUM ANALYZE forced_return_rollup');
  const size = (await pool.query("SELECT pg_size_pretty(pg_total_relation_size('departures')) AS size")).rows[0].size;
  const rollup = (
    await pool.query("SELECT pg_size_pretty(pg_total_relation_size('forced_return_rollup')) AS size, (SELECT count(*) FROM forced_return_rollup) AS n")
  ).rows[0];
  const { from, to } = reportPeriod(MONTH);
  const inPeriod = (await pool.query("SELECT count(*) AS n FROM departures WHERE return_type = 'forced' AND departure_date BETWEEN $1 AND $2", [from, to]))
    .rows[0].n;
  console.log(
    `  VACUUM ANALYZE in ${(now() - started).toFixed(0)} s; departures with its indexes: ${size}; forced returns in the report's 24 months (${from} – ${to}): ${fmt(Number(inPeriod))}`,
  );
  console.log(`  the rollup the triggers kept while generating: ${fmt(Number(rollup.n))} rows, ${rollup.size} with its primary key`);
}

/**
 * Whether the rollup holds exactly the rows of a GROUP BY over every departure (`aggregateSql`), compared in
 * the server (EXCEPT ALL both ways).
 */
async function rollupMatches(pool: pg.Pool, when: string): Promise<boolean> {
  const rollup = `SELECT to_char(month, 'YYYY-MM'), category, citizenship, destination, convicted, minor, count FROM forced_return_rollup`;
  const groupBy = `SELECT * FROM (${aggregateSql}) AS g`;
  let differences = 0;
  const seconds = await time(async () => {
    const result = await pool.query(`SELECT count(*) AS n FROM ((${groupBy} EXCEPT ALL ${rollup}) UNION ALL (${rollup} EXCEPT ALL ${groupBy})) AS d`, [
      '0001-01-01',
      '9999-12-31',
    ]);
    differences = Number(result.rows[0].n);
  });
  console.log(
    `  the rollup ${when} against a GROUP BY over every departure: ${differences === 0 ? 'the same rows' : `${fmt(differences)} rows DIFFER`} (compared in ${seconds.toFixed(1)} s)`,
  );
  return differences === 0;
}

async function timeReport(store: Store, pool: pg.Pool, url: string): Promise<{ report: Measured; plain: Measured; ok: boolean }> {
  const plainSql = 'SELECT category, count(*) FROM departures GROUP BY category';
  const { from, to } = reportPeriod(MONTH);
  const [fromMonth, toMonth] = [from.slice(0, 7), to.slice(0, 7)];
  // Warm-up: both once, so that neither pays for the first read of the table into memory.
  const groups = (await aggregateFromRollup(store.db, fromMonth, toMonth)).length;
  await pool.query(plainSql);
  const reportTimes: number[] = [];
  const rollupTimes: number[] = [];
  const queryTimes: number[] = [];
  const plainTimes: number[] = [];
  let total = 0;
  for (let run = 1; run <= RUNS; run++) {
    reportTimes.push(await time(async () => (total = (await forcedReturnReportFromDatabase(store.db, MONTH)).total.thisYear)));
    rollupTimes.push(await time(() => aggregateFromRollup(store.db, fromMonth, toMonth)));
    queryTimes.push(await time(() => pool.query(rollupSql, [fromMonth, toMonth])));
    plainTimes.push(await time(() => pool.query(plainSql)));
  }
  console.log(
    `\n  The report for ${MONTH} (${fmt(total)} forced returns this year; ${fmt(groups)} rollup rows in its 24 months), ${RUNS} runs each, alternately (load ${load()}):`,
  );
  console.log(`    forcedReturnReportFromDatabase      median ${secs(median(reportTimes))}   runs ${reportTimes.map(secs).join(', ')}`);
  console.log(`      of which aggregateFromRollup      median ${secs(median(rollupTimes))}   (reading the rollup, and parsing its rows)`);
  console.log(`        of which the query (pg alone)   median ${secs(median(queryTimes))}`);
  console.log(`    plain GROUP BY category             median ${secs(median(plainTimes))}   runs ${plainTimes.map(secs).join(', ')}`);

  // The path before the rollup: the same report from a GROUP BY over the departures of the 24 months.
  const producedAt = new Date();
  const fromGroupBy = async () =>
    buildForcedReturnReport(await aggregateFromDatabase(store.db, from, to), { month: MONTH, producedAt: producedAt.toISOString(), source: 'database' });
  const expected = JSON.stringify(await fromGroupBy());
  const groupByTimes: number[] = [];
  for (let run = 1; run <= GROUP_BY_RUNS; run++) groupByTimes.push(await time(fromGroupBy));
  const same = JSON.stringify(await forcedReturnReportFromDatabase(store.db, MONTH, producedAt)) === expected;
  console.log(
    `    the report from a GROUP BY over the departures (aggregateSql, before the rollup): median ${secs(median(groupByTimes))}   runs ${groupByTimes.map(secs).join(', ')}`,
  );
  console.log(`    the two reports are the same, byte for byte: ${same ? 'yes' : 'NO'}`);
  const inStep = await rollupMatches(pool, 'after generating');

  const reportMedian = median(reportTimes);
  if (reportMedian > REPORT_GOAL_SECONDS) {
    const [query] = await capturedSql(url, (db) => aggregateFromRollup(db, fromMonth, toMonth));
    if (query) console.log(`\n  The report missed the goal. EXPLAIN ANALYZE of its query:\n${await explain(pool, query)}`);
  }
  const reportM = measured('report for a month (median of 5)', 1, reportMedian);
  const plainM = measured('plain GROUP BY category, whole table (median)', 1, median(plainTimes));
  return { report: reportM, plain: plainM, ok: reportMedian <= REPORT_GOAL_SECONDS && same && inStep };
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
    const dateOfBirth =
      kind < 0.08 ? null : departureDate.subtract({ days: kind < 0.16 ? 1 + Math.floor(r() * 17 * 365) : 18 * 366 + Math.floor(r() * 47 * 365) }).toString();
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

/** The import path of `retur import returns` (src/cli/stats.ts): `importForcedReturnCsv`, one transaction. */
async function importPath(store: Store, file: string, rows: number): Promise<number> {
  const result = await importForcedReturnCsv(store.db, createReadStream(file), { onProgress: progress('import path', rows) });
  if (result.errors.length > 0) throw new Error(`The generated file has bad rows: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.inserted;
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
      const values = batch.map(
        (_, i) =>
          `($${i * 8 + 1}, 'import', $${i * 8 + 2}, 'forced', $${i * 8 + 3}, $${i * 8 + 4}, $${i * 8 + 5}, $${i * 8 + 6}, $${i * 8 + 7}, $${i * 8 + 8})`,
      );
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

/** Deletes the imported rows (through the rollup's triggers when they are on); returns the DELETE's seconds. */
async function removeImported(pool: pg.Pool): Promise<number> {
  const seconds = await time(() => pool.query("DELETE FROM departures WHERE id LIKE 'import:%'"));
  await pool.query('VACUUM ANALYZE departures');
  await pool.query('VACUUM ANALYZE forced_return_rollup');
  return seconds;
}

/** Turns the rollup's triggers (the only user triggers on departures: migration 0006's) off or on. */
async function rollupTriggers(pool: pg.Pool, on: boolean): Promise<void> {
  await pool.query(`ALTER TABLE departures ${on ? 'ENABLE' : 'DISABLE'} TRIGGER USER`);
}

interface Loaded {
  readonly label: string;
  readonly seconds: number;
  readonly inserted: number;
}

/** The baseline: COPY of the file by the server and INSERT … SELECT, or plain multi-row INSERTs where it cannot. */
async function loadBaseline(pool: pg.Pool, file: string, rows: number): Promise<Loaded> {
  try {
    const start = now();
    const copied = await copyFromFile(pool, file);
    const seconds = now() - start;
    console.log(
      `    COPY of the file into a staging table ${fmt(rows / copied.copySeconds)} rows/s; with the INSERT … SELECT into departures ${fmt(rows / seconds)} rows/s (${copied.inserted} new)`,
    );
    return { label: 'COPY + INSERT … SELECT', seconds, inserted: copied.inserted };
  } catch (error) {
    console.log(
      `    The server could not COPY the file (${error instanceof Error ? error.message : String(error)}); the baseline is plain multi-row INSERTs of the same parsed rows.`,
    );
    const start = now();
    const inserted = await plainInserts(pool, file);
    return { label: 'multi-row INSERTs', seconds: now() - start, inserted };
  }
}

/** `n` forced returns recorded one at a time, each INSERT its own transaction (as the case work does); then deleted. */
async function oneAtATime(pool: pg.Pool, n: number): Promise<number> {
  const seconds = await time(async () => {
    for (let i = 1; i <= n; i++) {
      await pool.query(
        `INSERT INTO departures (id, source, departure_date, return_type, category, citizenship, destination, date_of_birth, unaccompanied_minor, convicted)
         VALUES ($1, 'case', $2, 'forced', $3, $4, $4, $5, false, $6) ON CONFLICT (id) DO NOTHING`,
        [
          `single:${i}`,
          `2026-03-${String(1 + (i % 28)).padStart(2, '0')}`,
          CATEGORIES[i % CATEGORIES.length],
          COUNTRIES[i % COUNTRIES.length],
          i % 10 === 0 ? '2010-05-05' : '1990-05-05',
          i % 2 === 0,
        ],
      );
    }
  });
  await pool.query("DELETE FROM departures WHERE id LIKE 'single:%'");
  return seconds;
}

interface ImportFigures {
  readonly results: Measured[];
  readonly ratios: { label: string; of: Measured; to: Measured }[];
  readonly single: { results: Measured[]; ratios: { label: string; of: Measured; to: Measured }[] };
  readonly ok: boolean;
}

async function imports(store: Store, pool: pg.Pool, rows: number): Promise<ImportFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'retur-bench-'));
  try {
    // The server may run as another user (postgres, when we are root): let it read the file.
    chmodSync(dir, 0o755);
    const file = join(dir, 'returns.csv');
    console.log(
      `\nPart 2: importing a ${fmt(rows)}-row CSV into the table of ${fmt(Number((await pool.query('SELECT count(*) AS n FROM departures')).rows[0].n))} departures`,
    );
    const seconds = await time(() => writeCsv(file, rows));
    chmodSync(file, 0o644);
    console.log(`  wrote ${file} in ${seconds.toFixed(1)} s`);

    const parseSeconds = await time(() => scanForcedReturnCsv(createReadStream(file)));
    console.log(`  reading and checking the file alone (scanForcedReturnCsv, nothing stored): ${fmt(rows / parseSeconds)} rows/s`);
    const expectAll = (what: string, inserted: number) => {
      if (inserted !== rows) throw new Error(`${what} inserted ${inserted} rows, not ${rows}`);
    };
    const importing = async (what: string) => {
      let inserted = 0;
      const taken = await time(async () => (inserted = await importPath(store, file, rows)));
      expectAll(what, inserted);
      console.log(`    import path ${fmt(rows / taken)} rows/s (load ${load()})`);
      return taken;
    };

    console.log(`  with the rollup's triggers (load ${load()}):`);
    const copyOn = await loadBaseline(pool, file, rows);
    expectAll('The baseline', copyOn.inserted);
    console.log(`    deleting the ${fmt(rows)} imported rows through the triggers: ${(await removeImported(pool)).toFixed(1)} s`);
    const importOn = await importing('The import path');
    console.log('  the same file again (every id already there), by the baseline:');
    const again = await loadBaseline(pool, file, rows);
    if (again.inserted !== 0) throw new Error(`The second load inserted ${again.inserted} rows`);
    const inStep = await rollupMatches(pool, 'after the import and the same file again');
    console.log(`    deleting the ${fmt(rows)} imported rows through the triggers: ${(await removeImported(pool)).toFixed(1)} s`);

    console.log(`  without the triggers (ALTER TABLE departures DISABLE TRIGGER USER; load ${load()}):`);
    let copyOff: Loaded;
    let importOff: number;
    let singleOff: number;
    await rollupTriggers(pool, false);
    try {
      copyOff = await loadBaseline(pool, file, rows);
      expectAll('The baseline', copyOff.inserted);
      await removeImported(pool);
      importOff = await importing('The import path');
      await removeImported(pool);
      singleOff = await oneAtATime(pool, SINGLE_ROWS);
    } finally {
      await rollupTriggers(pool, true);
    }
    const singleOn = await oneAtATime(pool, SINGLE_ROWS);
    console.log(
      `  ${fmt(SINGLE_ROWS)} departures one at a time, one transaction each: ${((singleOn * 1000) / SINGLE_ROWS).toFixed(2)} ms each with the triggers, ${((singleOff * 1000) / SINGLE_ROWS).toFixed(2)} ms without`,
    );
    const stillInStep = await rollupMatches(pool, 'at the end');

    const baselineOn = measured(`${copyOn.label}, with the rollup`, rows, copyOn.seconds);
    const importOnM = measured('import path, with the rollup', rows, importOn);
    const baselineOff = measured(`${copyOff.label}, without it`, rows, copyOff.seconds);
    const importOffM = measured('import path, without it', rows, importOff);
    const singleOnM = measured('one at a time, with the rollup', SINGLE_ROWS, singleOn);
    const singleOffM = measured('one at a time, without it', SINGLE_ROWS, singleOff);
    return {
      results: [baselineOn, importOnM, baselineOff, importOffM, measured('reading and checking only (no database)', rows, parseSeconds)],
      ratios: [
        { label: 'import path / baseline (both with rollup)', of: importOnM, to: baselineOn },
        { label: 'import path: with / without the rollup', of: importOnM, to: importOffM },
        { label: 'baseline: with / without the rollup', of: baselineOn, to: baselineOff },
      ],
      single: { results: [singleOffM, singleOnM], ratios: [{ label: 'with / without the rollup', of: singleOnM, to: singleOffM }] },
      ok: inStep && stillInStep,
    };
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
    const reportOk = report(
      `The forced-return report with ${fmt(rows)} departures (issue 4)`,
      [timed.plain, timed.report, goal],
      [
        { label: 'report / plain GROUP BY (as rates)', of: timed.report, to: timed.plain },
        { label: '1 s / report time', of: timed.report, to: goal, goal: 1 },
      ],
    );
    const figures = await imports(store, pool, csvRows);
    report(`Importing a ${fmt(csvRows)}-row CSV (issue 4; no goal)`, figures.results, figures.ratios);
    report(`Recording ${fmt(SINGLE_ROWS)} departures one at a time (no goal)`, figures.single.results, figures.single.ratios);
    console.log(`\nLoad average at the end: ${load()}`);
    return reportOk && timed.ok && figures.ok;
  } finally {
    await store?.close();
    await pool.end();
    await server.stop();
  }
}
