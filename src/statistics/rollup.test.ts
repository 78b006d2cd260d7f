/**
 * The monthly rollup of migration 0006 on PGlite and on PostgreSQL: after every way departures are written
 * (the case work's forced, assisted and own departures, an import, the same import again, an import that
 * fails, the backfill of departures recorded before the migration, and the UPDATE, DELETE, upsert and
 * TRUNCATE that no code runs today) it holds exactly the rows of a fresh GROUP BY over the departures
 * (`aggregateSql`), and the report from it is the report from the records, byte for byte. The dates of birth
 * sit on the 18th birthday, on the day before it and on 29 February, where the SQL and `ageOn` must agree.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { act, openCase, type Db } from '../cases/commands.ts';
import { staff } from '../cases/testing.ts';
import { openDatabase } from '../store/db.ts';
import { loadMigrations, migrate } from '../store/migrate.ts';
import type { Database } from '../store/schema.ts';
import { withTransaction } from '../store/transaction.ts';
import { forEachDatabase, onPostgres, type TestStore } from '../../test/support/databases.ts';
import { aggregate, type AggregateRow } from './aggregate.ts';
import { aggregateFromDatabase, aggregateFromRollup, forcedReturnReportFromDatabase, importForcedReturnCsv, insertImportedRecords } from './database.ts';
import { demoForcedReturns, demoForcedReturnsCsv } from './demo.ts';
import { buildForcedReturnReport, reportPeriod } from './report.ts';
import type { ForcedReturnRecord } from './records.ts';

/** Every row of the rollup, and of a GROUP BY over every departure: they must be the same. */
const allOfRollup = (db: Kysely<Database>) => aggregateFromRollup(db, '0001-01', '9999-12');
const allOfDepartures = (db: Kysely<Database>) => aggregateFromDatabase(db, '0001-01-01', '9999-12-31');

async function expectInStep(db: Kysely<Database>): Promise<AggregateRow[]> {
  const rows = await allOfRollup(db);
  expect(rows).toEqual(await allOfDepartures(db));
  return rows;
}

const record = (id: string, departureDate: string, dateOfBirth: string | null, more: Partial<ForcedReturnRecord> = {}): ForcedReturnRecord => ({
  id,
  departureDate,
  category: 'asylum',
  citizenship: 'SY',
  destination: 'SY',
  dateOfBirth,
  unaccompaniedMinor: false,
  convicted: false,
  ...more,
});

/** Around the 18th birthday, 29 February included (born then: 18 on 28 February in a common year). */
const boundaries: ForcedReturnRecord[] = [
  record('leap-day-before', '2026-02-27', '2008-02-29'),
  record('leap-on', '2026-02-28', '2008-02-29'),
  record('leap-unaccompanied-before', '2026-02-27', '2008-02-29', { unaccompaniedMinor: true }),
  record('leap-unaccompanied-on', '2026-02-28', '2008-02-29', { unaccompaniedMinor: true }),
  record('leap-2022-on', '2022-02-28', '2004-02-29', { category: 'dublin', destination: 'SE' }),
  record('leap-2022-before', '2022-02-27', '2004-02-29', { category: 'dublin', destination: 'SE' }),
  record('leap-year-departure-on', '2024-02-29', '2006-02-28', { citizenship: 'AF', destination: 'AF' }),
  record('leap-year-departure-before', '2024-02-29', '2006-03-01', { citizenship: 'AF', destination: 'AF', unaccompaniedMinor: true }),
  record('eighteen-today', '2026-03-15', '2008-03-15', { convicted: true, category: 'expelled' }),
  record('eighteen-tomorrow', '2026-03-15', '2008-03-16', { convicted: true, category: 'expelled' }),
  record('born-that-day', '2026-03-31', '2026-03-31', { citizenship: 'IQ', destination: 'IQ' }),
  record('unknown-flagged', '2026-03-31', null, { unaccompaniedMinor: true }),
  record('adult-flagged', '2026-01-02', '1980-01-01', { unaccompaniedMinor: true, category: 'refused' }),
  record('month-end', '2025-12-31', '1990-05-05', { category: 'ip' }),
  record('month-start', '2026-01-01', '1990-05-05', { category: 'ip' }),
];

const noon = (day: string) => new Date(`${day}T10:00:00Z`);
const adult = (name: string, dateOfBirth: string, citizenship: string) => ({ name, dateOfBirth, citizenships: [citizenship], role: 'adult' });
const child = (name: string, dateOfBirth: string, citizenship: string) => ({ name, dateOfBirth, citizenships: [citizenship], role: 'child' });
const rejected = (date: string, deadline: string) => ({ kind: 'protection-rejected', authority: 'udi', date, departureDeadline: deadline, notifiedOn: date });

/** Opens a case and runs its actions in order, each on its day. */
async function drive(
  db: Db,
  household: unknown[],
  decision: unknown,
  opened: string,
  actions: [role: 'udi' | 'iom' | 'police', action: string, input: unknown, day: string][],
) {
  const result = await openCase(db, staff('udi'), { household, decision }, { now: noon(opened) });
  let version = result.version;
  for (const [role, action, input, day] of actions) {
    version = (await act(db, staff(role), result.case.id, action, input, { expectedVersion: version, now: noon(day) })).version;
  }
}

/** Forced returns of two households (children 18 on the day, and a day short of it), an assisted return and an own departure. */
async function caseWorkDepartures(db: Db): Promise<void> {
  await drive(
    db,
    [adult('Abdi Rollup', '1990-06-10', 'SO'), child('Farah Rollup', '2007-06-10', 'SO'), child('Hodan Rollup', '2007-06-11', 'SO')],
    rejected('2025-03-01', '2025-04-01'),
    '2025-03-01',
    [
      ['police', 'forced-return.plan', { date: '2025-06-10', flight: 'DY1', escort: 'police', destination: 'SO' }, '2025-06-01'],
      ['police', 'forced-return.execute', { cost: { totalNok: 20000, paidByPersonNok: 0 } }, '2025-06-10'],
    ],
  );
  await drive(db, [adult('Omid Rollup', '1988-02-29', 'AF'), child('Leila Rollup', '2007-02-28', 'AF')], rejected('2024-11-01', '2024-12-01'), '2024-11-01', [
    ['police', 'forced-return.plan', { date: '2025-02-28', flight: 'DY2', escort: 'police', destination: 'AF' }, '2025-02-20'],
    ['police', 'forced-return.execute', { cost: { totalNok: 30000, paidByPersonNok: 0 } }, '2025-02-28'],
  ]);
  await drive(db, [adult('Amina Rollup', '1990-05-01', 'AF')], rejected('2025-01-10', '2025-03-01'), '2025-01-10', [
    ['iom', 'assisted-return.apply', { destination: 'AF', applicationDate: '2025-02-10' }, '2025-02-10'],
    ['udi', 'assisted-return.grant', {}, '2025-02-20'],
    ['iom', 'assisted-return.arrange-travel', { travelDate: '2025-03-05', travelDocument: 'passport', ticket: 'AB123' }, '2025-02-25'],
    ['iom', 'assisted-return.record-departure', { date: '2025-03-05' }, '2025-03-05'],
  ]);
  await drive(
    db,
    [adult('Ion Rollup', '1975-01-01', 'RO')],
    { kind: 'residence-rejected', authority: 'udi', date: '2025-05-01', departureDeadline: '2025-06-15', notifiedOn: '2025-05-01' },
    '2025-05-01',
    [['police', 'own-departure.confirm', { date: '2025-07-01', destination: 'RO' }, '2025-07-01']],
  );
}

/** The import path of `retur import returns` (src/cli/stats.ts): `importForcedReturnCsv`. */
async function importCsv(store: TestStore, csv: string): Promise<number> {
  const result = await importForcedReturnCsv(store.db, csv);
  expect(result.errors).toEqual([]);
  return result.inserted;
}

forEachDatabase((database) => {
  describe('the monthly rollup (migration 0006)', () => {
    it('counts the case work’s forced returns, and not its assisted returns or own departures', async () => {
      const store = await database.open();
      await caseWorkDepartures(store.db);
      const departures = await sql<{ return_type: string; n: number }>`SELECT return_type, count(*)::int AS n FROM departures GROUP BY 1 ORDER BY 1`.execute(
        store.db,
      );
      expect(departures.rows).toEqual([
        { return_type: 'assisted', n: 1 },
        { return_type: 'forced', n: 5 },
        { return_type: 'own', n: 1 },
      ]);
      const rows = await expectInStep(store.db);
      expect(rows.reduce((n, r) => n + r.count, 0)).toBe(5);
      // 18 on the departure day is not a minor; a day short of it is; 29 February 2007 does not exist, but
      // Leila, born 28 February 2007, is 18 on 28 February 2025.
      expect(rows.filter((r) => r.minor !== 'none').map((r) => [r.month, r.citizenship, r.minor, r.count])).toEqual([['2025-06', 'SO', 'with-family', 1]]);
    });

    it('counts an import once, also when the same records are imported again, and agrees with ageOn on every boundary', async () => {
      const store = await database.open();
      expect(await insertImportedRecords(store.db, boundaries)).toBe(boundaries.length);
      const rows = await expectInStep(store.db);
      expect(rows).toEqual(aggregate(boundaries));
      expect(await insertImportedRecords(store.db, boundaries)).toBe(0);
      expect(await expectInStep(store.db)).toEqual(rows);
      // Half old, half new: only the new ones count.
      const more = boundaries.map((r) => ({ ...r, id: `again-${r.id}` }));
      expect(await insertImportedRecords(store.db, [...boundaries, ...more])).toBe(more.length);
      expect(await expectInStep(store.db)).toEqual(aggregate([...boundaries, ...more]));
    });

    it('gives the report of the file, byte for byte, after importing the demo file twice through the import path', async () => {
      const store = await database.open();
      const csv = demoForcedReturnsCsv();
      expect(await importCsv(store, csv)).toBe(2937);
      const once = await expectInStep(store.db);
      expect(await importCsv(store, csv)).toBe(0);
      expect(await expectInStep(store.db)).toEqual(once);
      const producedAt = new Date('2026-04-01T06:00:00Z');
      const options = { month: '2026-03', producedAt: producedAt.toISOString(), source: 'database' as const };
      const fromRollup = JSON.stringify(await forcedReturnReportFromDatabase(store.db, '2026-03', producedAt));
      const { from, to } = reportPeriod('2026-03');
      expect(fromRollup).toBe(JSON.stringify(buildForcedReturnReport(await aggregateFromDatabase(store.db, from, to), options)));
      const fromFile = buildForcedReturnReport(aggregate(demoForcedReturns()), options);
      expect(fromRollup).toBe(JSON.stringify(fromFile));
      expect(fromFile.total).toEqual({ thisYear: 578, lastYear: 560, changePercent: 3 });
    });

    it('imports nothing of a file with a bad row, and says which; the temporary table goes with the transaction', async () => {
      const store = await database.open();
      const good = demoForcedReturnsCsv();
      const lines = good.trimEnd().split('\n');
      const bad =
        [...lines.slice(0, 2000), lines[2000]!.replace(/,(asylum|dublin|ip|refused|expelled),/, ',deported,'), ...lines.slice(2001)].join('\n') + '\n';
      const refused = await importForcedReturnCsv(store.db, bad);
      expect(refused.inserted).toBe(0);
      expect(refused.errors.map((e) => e.line)).toEqual([2001]);
      expect(await expectInStep(store.db)).toEqual([]);
      // The same connection imports the good file next: nothing was left behind.
      expect(await importCsv(store, good)).toBe(2937);
    });

    it('keeps nothing of an import that fails: the rollup is written in the same transaction', async () => {
      const store = await database.open();
      await insertImportedRecords(store.db, boundaries.slice(0, 5));
      const before = await expectInStep(store.db);
      const failing = store.db.transaction().execute(async (trx) => {
        await insertImportedRecords(trx, boundaries);
        throw new Error('a bad row further down the file');
      });
      await expect(failing).rejects.toThrow('a bad row');
      expect(await expectInStep(store.db)).toEqual(before);
    });

    it('is filled by the migration from the departures recorded before it', async () => {
      const store = await database.open({ migrated: false });
      // The migrations before 0006, and 0010, 0013 and 0016, whose columns and tables the case work writes with
      // its events, so that it can record departures; then the rest, of which 0006 must count them (0009 builds on 0006).
      const caseWorkWrites = new Set(['0010', '0013', '0016']);
      await migrate(
        store,
        loadMigrations().filter((m) => m.version < '0006' || caseWorkWrites.has(m.version)),
      );
      await insertImportedRecords(store.db, boundaries);
      await caseWorkDepartures(store.db);
      expect(
        await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'forced_return_rollup' AND schemaname = current_schema()`.execute(
          store.db,
        ),
      ).toMatchObject({ rows: [{ n: 0 }] });
      expect((await migrate(store)).applied).toEqual(
        loadMigrations()
          .map((m) => m.version)
          .filter((v) => v >= '0006' && !caseWorkWrites.has(v)),
      );
      expect((await expectInStep(store.db)).reduce((n, r) => n + r.count, 0)).toBe(boundaries.length + 5);
    });

    it('follows an UPDATE, a DELETE, an upsert and a TRUNCATE of departures, which no code runs today', async () => {
      const store = await database.open();
      await insertImportedRecords(store.db, boundaries);
      await caseWorkDepartures(store.db);
      const run = async (statement: string) => {
        await sql.raw(statement).execute(store.db);
        return expectInStep(store.db);
      };
      await run("UPDATE departures SET departure_date = departure_date + 1 WHERE id LIKE 'import:leap%'"); // across a month and a birthday
      await run("UPDATE departures SET date_of_birth = date '2010-01-01' WHERE id = 'import:adult-flagged'"); // now unaccompanied
      await run("UPDATE departures SET return_type = 'assisted' WHERE id = 'import:month-end'"); // out of the rollup
      await run("UPDATE departures SET return_type = 'forced', category = 'refused' WHERE return_type <> 'forced'"); // into it
      await run("UPDATE departures SET convicted = NOT convicted WHERE id = 'no such id'");
      await run("UPDATE departures SET citizenship = 'ER', destination = 'ER'"); // every row: many keys to one
      await run("DELETE FROM departures WHERE id LIKE 'import:eighteen%'");
      await run(`INSERT INTO departures (id, source, departure_date, return_type, category, citizenship, destination, date_of_birth)
                 VALUES ('import:born-that-day', 'import', '2026-03-31', 'forced', 'ip', 'IQ', 'IQ', '2026-03-31'),
                        ('import:new', 'import', '2026-03-30', 'forced', 'ip', 'IQ', 'IQ', NULL)
                 ON CONFLICT (id) DO UPDATE SET convicted = true, category = excluded.category`);
      expect((await run("DELETE FROM departures WHERE source = 'case'")).reduce((n, r) => n + r.count, 0)).toBe(boundaries.length - 2 + 1);
      expect(await run('TRUNCATE departures')).toEqual([]);
      await insertImportedRecords(store.db, boundaries);
      expect(await expectInStep(store.db)).toEqual(aggregate(boundaries));
    });
  });
});

onPostgres((database) => {
  describe('the monthly rollup with concurrent writers', () => {
    it('counts two transactions that write the same rollup row at once, and an overlapping import once', async () => {
      const store = await database.open();
      const other = await openDatabase({ databaseUrl: store.url ?? '' });
      try {
        let release: () => void = () => {};
        const held = new Promise<void>((resolve) => (release = resolve));
        let inserted = false;
        // An import holds its rows (and the rollup rows they count) until it commits...
        const first = store.db.transaction().execute(async (trx) => {
          await insertImportedRecords(trx, boundaries);
          inserted = true;
          await held;
        });
        while (!inserted) await sleep(10);
        // ...meanwhile a serializable writer of the same keys, and an import of partly the same ids, wait.
        const second = withTransaction(other.db, (trx) =>
          insertImportedRecords(trx, [record('leap-on', '2026-02-28', '2008-02-29'), record('later', '2026-02-28', '2008-02-29')]),
        );
        await sleep(300);
        release();
        await first;
        expect(await second).toBe(1); // 'leap-on' was the first transaction's.
        const rows = await expectInStep(store.db);
        expect(rows.find((r) => r.month === '2026-02' && r.minor === 'none' && r.citizenship === 'SY')?.count).toBe(3);
      } finally {
        await other.close();
      }
    });
  });
});
