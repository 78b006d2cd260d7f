/**
 * The assisted-return figures and the Eurostat-shaped export from a database the case work filled, on PGlite
 * and on PostgreSQL: cases opened and driven through the command layer (an application before the deadline
 * that is granted and departs, one after the deadline that is rejected, one still pending made by the second
 * person of a household, a forced return, and a household of a Romanian and a Briton who leave on their own),
 * plus imported forced returns on the 14th, 18th and 35th birthdays and 29 February. Checked: the figures, the
 * SQL against the TypeScript definitions, the public API (formats, ETag, refusals) and, on PostgreSQL, the CLI.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildServer } from '../src/main/server.ts';
import { act, openCase, type Db } from '../src/cases/commands.ts';
import { staff } from '../src/cases/testing.ts';
import type { StaffRole } from '../src/cases/roles.ts';
import { sql } from 'kysely';
import type { CaseDoc } from '../src/cases/model.ts';
import { assistedApplicationRow } from '../src/cases/projections.ts';
import { migrate } from '../src/store/migrate.ts';
import { alsoTables, caseWork } from '../src/store/tables.ts';
import { insertImportedRecords } from '../src/statistics/database.ts';
import { applicationRowsFromDatabase, assistedReturnReportFromDatabase, assistedReturnReportSchema, outcomeOf } from '../src/statistics/assisted.ts';
import {
  aggregateReturns,
  eurostatPeriod,
  eurostatReturnsFromDatabase,
  returnRowsFromDatabase,
  type EurostatReturnsDataset,
} from '../src/statistics/eurostat.ts';
import { jsonStatCollectionSchema, jsonStatDatasetSchema } from '../src/statistics/jsonstat.ts';
import { forEachDatabase, onPostgres, type TestStore } from './support/databases.ts';

const noon = (day: string) => new Date(`${day}T10:00:00Z`);

/** Drives one case through the command layer, keeping its version. */
class CaseDriver {
  version = 1;
  constructor(
    private readonly db: Db,
    readonly id: string,
    readonly reference: string,
    readonly personIds: string[],
  ) {}

  static async open(db: Db, household: unknown[], decision: unknown, day: string): Promise<CaseDriver> {
    const opened = await openCase(db, staff('udi'), { household, decision }, { now: noon(day) });
    return new CaseDriver(
      db,
      opened.case.id,
      opened.case.reference,
      opened.case.household.map((p) => p.id),
    );
  }

  async act(role: StaffRole, action: string, input: unknown, day: string): Promise<void> {
    const result = await act(this.db, staff(role), this.id, action, input, { expectedVersion: this.version, now: noon(day) });
    this.version = result.version;
  }
}

const adult = (name: string, dateOfBirth: string, citizenship: string) => ({ name, dateOfBirth, citizenships: [citizenship], role: 'adult' });
const child = (name: string, dateOfBirth: string, citizenship: string) => ({ name, dateOfBirth, citizenships: [citizenship], role: 'child' });
const rejected = (date: string, deadline: string) => ({ kind: 'protection-rejected', authority: 'udi', date, departureDeadline: deadline, notifiedOn: date });

const names = [
  'Amina Statistikk',
  'Omid Statistikk',
  'Karim Statistikk',
  'Selam Statistikk',
  'Hana Statistikk',
  'Abdi Statistikk',
  'Farah Statistikk',
  'Ion Statistikk',
  'Jane Statistikk',
];

interface Filled {
  readonly caseIds: string[];
  readonly references: string[];
  readonly personIds: string[];
}

/** The cases of 2025, and imported forced returns around the age boundaries (some in 2026). */
async function fill(store: TestStore): Promise<Filled> {
  const db = store.db;
  // A: applies before the deadline, granted, leaves with assisted return on 5 March (an adult and a child).
  const a = await CaseDriver.open(
    db,
    [adult(names[0]!, '1990-05-01', 'AF'), child(names[1]!, '2015-02-10', 'AF')],
    rejected('2025-01-10', '2025-03-01'),
    '2025-01-10',
  );
  await a.act('iom', 'assisted-return.apply', { destination: 'AF', applicationDate: '2025-02-10' }, '2025-02-10');
  await a.act('udi', 'assisted-return.grant', {}, '2025-02-20');
  await a.act('iom', 'assisted-return.arrange-travel', { travelDate: '2025-03-05', travelDocument: 'passport', ticket: 'AB123' }, '2025-02-25');
  await a.act('iom', 'assisted-return.record-departure', { date: '2025-03-05' }, '2025-03-05');

  // B: applies after the deadline, rejected.
  const b = await CaseDriver.open(db, [adult(names[2]!, '1985-07-01', 'IQ')], rejected('2025-01-05', '2025-02-01'), '2025-01-05');
  await b.act('iom', 'assisted-return.apply', { destination: 'IQ', applicationDate: '2025-04-15' }, '2025-04-15');
  await b.act('udi', 'assisted-return.reject', { reasons: 'Not eligible on the facts given' }, '2025-05-02');

  // C: the second adult (Ethiopian) applies before the deadline; no decision yet.
  const c = await CaseDriver.open(
    db,
    [adult(names[3]!, '1980-01-01', 'ER'), adult(names[4]!, '1982-03-03', 'ET')],
    rejected('2025-03-01', '2025-06-01'),
    '2025-03-01',
  );
  await c.act('iom', 'assisted-return.apply', { destination: 'ET', applicantId: c.personIds[1], applicationDate: '2025-04-20' }, '2025-04-20');

  // D: a forced return on 10 June 2025: 35 and 14 that very day.
  const d = await CaseDriver.open(
    db,
    [adult(names[5]!, '1990-06-10', 'SO'), child(names[6]!, '2011-06-10', 'SO')],
    rejected('2025-03-01', '2025-04-01'),
    '2025-03-01',
  );
  await d.act('police', 'forced-return.plan', { date: '2025-06-10', flight: 'DY1', escort: 'police', destination: 'SO' }, '2025-06-01');
  await d.act('police', 'forced-return.execute', { cost: { totalNok: 20000, paidByPersonNok: 0 } }, '2025-06-10');

  // E: a Romanian and a Briton leave on their own on 1 July 2025.
  const e = await CaseDriver.open(
    db,
    [adult(names[7]!, '1975-01-01', 'RO'), adult(names[8]!, '1978-08-08', 'GB')],
    { kind: 'residence-rejected', authority: 'udi', date: '2025-05-01', departureDeadline: '2025-06-15', notifiedOn: '2025-05-01' },
    '2025-05-01',
  );
  await e.act('police', 'own-departure.confirm', { date: '2025-07-01', destination: 'GB' }, '2025-07-01');

  const imported = (id: string, departureDate: string, citizenship: string, dateOfBirth: string | null) => ({
    id,
    departureDate,
    category: 'asylum' as const,
    citizenship,
    destination: citizenship,
    dateOfBirth,
    unaccompaniedMinor: false,
    convicted: false,
  });
  await insertImportedRecords(db, [
    imported('b14-on', '2025-02-28', 'AF', '2011-02-28'),
    imported('b14-before', '2025-02-28', 'AF', '2011-03-01'),
    imported('ro-2025', '2025-09-09', 'RO', '1999-09-09'),
    imported('leap18-before', '2026-02-27', 'SY', '2008-02-29'),
    imported('leap18-on', '2026-02-28', 'SY', '2008-02-29'),
    imported('b35-on', '2026-02-28', 'SY', '1991-02-28'),
    imported('b35-before', '2026-02-28', 'SY', '1991-03-01'),
    imported('unknown', '2026-03-31', 'SY', null),
  ]);
  const cases = [a, b, c, d, e];
  return { caseIds: cases.map((x) => x.id), references: cases.map((x) => x.reference), personIds: cases.flatMap((x) => x.personIds) };
}

function cell(dataset: EurostatReturnsDataset, citizen: string, age: string, type: string): number | null {
  const sizes = dataset.size;
  const coordinates = { citizen, age, type, unit: 'PER', geo: 'NO', time: dataset.extension.period };
  let position = 0;
  dataset.id.forEach((id, i) => {
    const index = dataset.dimension[id]!.category.index.indexOf(coordinates[id as keyof typeof coordinates]);
    if (index < 0) throw new Error(`${id} has no category ${coordinates[id as keyof typeof coordinates]}`);
    position = position * sizes[i]! + index;
  });
  return dataset.value[position] ?? null;
}

forEachDatabase((database) => {
  describe('assisted-return figures and the Eurostat export from the case work', () => {
    it('counts applications before and after the deadline, granted, rejected and pending, and the departures', async () => {
      const store = await database.open();
      await fill(store);
      const report = await assistedReturnReportFromDatabase(store.db, { year: 2025 }, new Date('2026-01-05T08:00:00Z'));
      expect(assistedReturnReportSchema.parse(report)).toEqual(report);
      expect(report.applications.total).toEqual({ count: 3, beforeDeadline: 2, afterDeadline: 1, granted: 1, rejected: 1, pending: 1, withdrawn: 0 });
      expect(report.applications.byMonth.filter((m) => m.count > 0)).toEqual([
        { month: '2025-02', count: 1, beforeDeadline: 1, afterDeadline: 0, granted: 1, rejected: 0, pending: 0, withdrawn: 0 },
        { month: '2025-04', count: 2, beforeDeadline: 1, afterDeadline: 1, granted: 0, rejected: 1, pending: 1, withdrawn: 0 },
      ]);
      // The applicant's citizenship: Ethiopian, the second adult of case C, not the first (Eritrean).
      expect(report.applications.byCitizenship.map((c) => c.country)).toEqual(['AF', 'ET', 'IQ']);
      expect(report.departures).toEqual({
        total: 2,
        byMonth: report.departures.byMonth.map((m) => ({ month: m.month, count: m.month === '2025-03' ? 2 : 0 })),
        byCitizenship: [{ country: 'AF', count: 2 }],
      });

      const toMarch = await assistedReturnReportFromDatabase(store.db, { year: 2025, month: '2025-03' });
      expect(toMarch.applications.total.count).toBe(1);
      expect(toMarch.departures.total).toBe(2);
      const toFebruary = await assistedReturnReportFromDatabase(store.db, { year: 2025, month: '2025-02' });
      expect(toFebruary.departures.total).toBe(0);
      expect((await assistedReturnReportFromDatabase(store.db, { year: 2024 })).applications.total.count).toBe(0);
    });

    it('gives application rows whose outcome follows the decisions recorded', async () => {
      const store = await database.open();
      await fill(store);
      const rows = await applicationRowsFromDatabase(store.db, '2025-01-01', '2025-12-31');
      expect(rows.map((r) => ({ ...r, outcome: outcomeOf(r) }))).toEqual([
        { month: '2025-02', citizenship: 'AF', timing: 'before-deadline', decision: 'granted', appeal: null, withdrawn: false, count: 1, outcome: 'granted' },
        { month: '2025-04', citizenship: 'ET', timing: 'before-deadline', decision: null, appeal: null, withdrawn: false, count: 1, outcome: 'pending' },
        { month: '2025-04', citizenship: 'IQ', timing: 'after-deadline', decision: 'rejected', appeal: null, withdrawn: false, count: 1, outcome: 'rejected' },
      ]);
    });

    it('reads the table the case work keeps: for every case, what projections.ts maps its document to, in the columns alsoTables lists', async () => {
      const store = await database.open();
      const filled = await fill(store);
      // F: applies, then withdraws before any decision.
      const f = await CaseDriver.open(store.db, [adult('Lina Statistikk', '1992-02-02', 'SY')], rejected('2025-06-01', '2025-09-01'), '2025-06-01');
      await f.act('iom', 'assisted-return.apply', { destination: 'SY', applicationDate: '2025-06-10' }, '2025-06-10');
      await f.act('udi', 'assisted-return.withdraw', {}, '2025-06-12');
      const db = caseWork(store.db);
      const cases = await db
        .selectFrom('cases')
        .select(['id', 'state'])
        .where('id', 'in', [...filled.caseIds, f.id])
        .execute();
      const expected = cases.flatMap((c) => assistedApplicationRow(c.state as CaseDoc) ?? []).sort((x, y) => (x.case_id < y.case_id ? -1 : 1));
      expect(expected).toHaveLength(4);
      const table = await db.selectFrom('assisted_return_applications').selectAll().orderBy('case_id').execute();
      expect(table).toEqual(expected);
      const columns = await sql<{ name: string }>`
        SELECT column_name AS name FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = 'assisted_return_applications' ORDER BY ordinal_position`.execute(store.db);
      expect(columns.rows.map((c) => c.name)).toEqual(alsoTables.assisted_return_applications.columns);
      const rows = await applicationRowsFromDatabase(store.db, '2025-06-01', '2025-06-30');
      expect(rows.map((r) => outcomeOf(r))).toEqual(['withdrawn']);
    });

    it('is filled by migration 0013 from the cases that applied before it, with the same figures', async () => {
      const store = await database.open();
      await fill(store);
      const before = await assistedReturnReportFromDatabase(store.db, { year: 2025 }, new Date('2026-01-05T08:00:00Z'));
      const rows = await applicationRowsFromDatabase(store.db, '2025-01-01', '2025-12-31');
      // The database as it was before 0013: no table, and case documents that do not name the applicant.
      await sql`DROP TABLE assisted_return_applications`.execute(store.db);
      await sql`DELETE FROM schema_migrations WHERE version = '0013'`.execute(store.db);
      await sql`UPDATE cases SET state = state #- '{assistedReturn,applicantId}'`.execute(store.db);
      expect((await migrate(store)).applied).toEqual(['0013']);
      expect(await applicationRowsFromDatabase(store.db, '2025-01-01', '2025-12-31')).toEqual(rows);
      expect(await assistedReturnReportFromDatabase(store.db, { year: 2025 }, new Date('2026-01-05T08:00:00Z'))).toEqual(before);
      // The documents name the applicant again, so the next event keeps the row as it is.
      const states = await caseWork(store.db).selectFrom('cases').select('state').where('assisted_status', '<>', 'none').execute();
      expect(states.map((c) => typeof (c.state as CaseDoc).assistedReturn.applicantId)).toEqual(['string', 'string', 'string']);
    });

    it('counts third-country nationals by age group on the departure date and type of return', async () => {
      const store = await database.open();
      await fill(store);
      const year = await eurostatReturnsFromDatabase(store.db, { year: 2025 }, new Date('2026-01-05T08:00:00Z'));
      expect(jsonStatDatasetSchema.parse(year).id).toEqual(['citizen', 'age', 'type', 'unit', 'geo', 'time']);
      // The Romanians (one who left on their own, one imported) are not third-country nationals; the Briton is.
      expect(year.dimension.citizen!.category.index).toEqual(['TOTAL', 'AF', 'SO', 'UK']);
      expect(cell(year, 'TOTAL', 'TOTAL', 'TOTAL')).toBe(7);
      expect(cell(year, 'AF', 'Y18-34', 'ASSIST')).toBe(1); // 34 on 5 March 2025
      expect(cell(year, 'AF', 'Y_LT14', 'ASSIST')).toBe(1);
      expect(cell(year, 'AF', 'Y14-17', 'FORCED')).toBe(1); // imported: 14 on the day
      expect(cell(year, 'AF', 'Y_LT14', 'FORCED')).toBe(1); // imported: 14 the next day
      expect(cell(year, 'SO', 'Y_GE35', 'FORCED')).toBe(1); // 35 on the day
      expect(cell(year, 'SO', 'Y14-17', 'FORCED')).toBe(1); // 14 on the day
      expect(cell(year, 'UK', 'Y_GE35', 'VOL_NASS')).toBe(1);
      expect(cell(year, 'TOTAL', 'TOTAL', 'FORCED')).toBe(4);
      expect(cell(year, 'TOTAL', 'TOTAL', 'ASSIST')).toBe(2);
      expect(cell(year, 'TOTAL', 'TOTAL', 'VOL_NASS')).toBe(1);

      const q1 = await eurostatReturnsFromDatabase(store.db, { year: 2026, quarter: 1 });
      expect(q1.dimension.time!.category.index).toEqual(['2026-Q1']);
      expect(cell(q1, 'SY', 'Y14-17', 'FORCED')).toBe(1); // born 29 February 2008, on 27 February 2026
      expect(cell(q1, 'SY', 'Y18-34', 'FORCED')).toBe(2); // the same on 28 February 2026, and the day before a 35th birthday
      expect(cell(q1, 'SY', 'Y_GE35', 'FORCED')).toBe(1);
      expect(cell(q1, 'SY', 'UNK', 'FORCED')).toBe(1);
      expect(cell(q1, 'TOTAL', 'TOTAL', 'TOTAL')).toBe(5);
    });

    it('groups ages in SQL exactly as ageOn does in TypeScript', async () => {
      const store = await database.open();
      await fill(store);
      const all = await caseWork(store.db).selectFrom('departures').select(['departure_date', 'return_type', 'citizenship', 'date_of_birth']).execute();
      const records = all.map((d) => ({
        departureDate: d.departure_date,
        kind: d.return_type,
        citizenship: d.citizenship.trim(),
        dateOfBirth: d.date_of_birth,
      }));
      expect(records).toHaveLength(14);
      for (const period of [eurostatPeriod({ year: 2025 }), eurostatPeriod({ year: 2026, quarter: 1 }), eurostatPeriod({ year: 2025, quarter: 3 })]) {
        expect(await returnRowsFromDatabase(store.db, period.from, period.to)).toEqual(aggregateReturns(records, period.from, period.to));
      }
    });

    it('serves both on the public API as JSON, JSON-stat and CSV, with an ETag and no personal data', async () => {
      const store = await database.open();
      const filled = await fill(store);
      const app = await buildServer({ logger: false, db: store.db });
      const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

      const json = await get('/api/v1/statistics/assisted-returns?year=2025');
      expect(json.statusCode, json.body).toBe(200);
      expect(json.headers['content-type']).toContain('application/json');
      expect(json.json().applications.total).toEqual({ count: 3, beforeDeadline: 2, afterDeadline: 1, granted: 1, rejected: 1, pending: 1, withdrawn: 0 });
      const cached = await get('/api/v1/statistics/assisted-returns?year=2025', { 'if-none-match': String(json.headers.etag) });
      expect(cached.statusCode).toBe(304);
      const jsonStat = await get('/api/v1/statistics/assisted-returns?year=2025&month=2025-04&format=json-stat');
      expect(jsonStat.statusCode).toBe(200);
      expect(jsonStat.headers.etag).not.toBe(json.headers.etag);
      expect(jsonStatCollectionSchema.parse(jsonStat.json()).link.item).toHaveLength(6);
      const csv = await get('/api/v1/statistics/assisted-returns?year=2025&format=csv');
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.headers['content-disposition']).toBe('inline; filename="assisted-returns-2025.csv"');
      expect(csv.body).toContain('departures-by-citizenship,2025-01/2025-12,AF,,,count,2\r\n');

      const eurostat = await get('/api/v1/statistics/eurostat/returns?year=2025');
      expect(eurostat.statusCode, eurostat.body).toBe(200);
      expect(jsonStatDatasetSchema.parse(eurostat.json()).extension.id).toBe('eurostat-returns');
      expect((await get('/api/v1/statistics/eurostat/returns?year=2025', { 'if-none-match': String(eurostat.headers.etag) })).statusCode).toBe(304);
      const eurostatCsv = await get('/api/v1/statistics/eurostat/returns?year=2026&quarter=1&format=csv');
      expect(eurostatCsv.headers['content-disposition']).toBe('inline; filename="eurostat-returns-2026-Q1.csv"');
      expect(eurostatCsv.body.split('\r\n')[0]).toBe('citizen,age,type,unit,geo,time,value');
      expect(eurostatCsv.body).toContain('SY,Y18-34,FORCED,PER,NO,2026-Q1,2\r\n');

      // Aggregates only: no name, id, reference or date of birth in any of the answers.
      const everything = [json, jsonStat, csv, eurostat, eurostatCsv].map((r) => r.body).join('\n');
      for (const secret of [...names, ...filled.caseIds, ...filled.references, ...filled.personIds, '1990-05-01', '2015-02-10', '2008-02-29'])
        expect(everything).not.toContain(secret);

      // Refusals: a malformed year, a month of another year, a quarter 5, a year before the EU/EEA list.
      expect((await get('/api/v1/statistics/assisted-returns?year=25')).statusCode).toBe(400);
      expect((await get('/api/v1/statistics/assisted-returns?year=2025&month=2024-03')).statusCode).toBe(400);
      expect((await get('/api/v1/statistics/assisted-returns?year=2025&name=x')).statusCode).toBe(400);
      expect((await get('/api/v1/statistics/eurostat/returns?year=2025&quarter=5')).statusCode).toBe(400);
      expect((await get('/api/v1/statistics/eurostat/returns?year=2025&format=json')).statusCode).toBe(400);
      const tooEarly = await get('/api/v1/statistics/eurostat/returns?year=2006');
      // Before the EU/EEA list begins (2007) the year is refused at the edge, naming it.
      expect(tooEarly.statusCode).toBe(400);
      expect(tooEarly.json().errors[0].path).toBe('/year');
      await app.close();
    });
  });
});

onPostgres((database) => {
  describe('retur stats assisted-returns and retur stats eurostat', () => {
    const bin = new URL('../bin/retur.js', import.meta.url).pathname;

    it('print what the API serves, read from DATABASE_URL', async () => {
      const store = await database.open();
      await fill(store);
      const app = await buildServer({ logger: false, db: store.db });
      const run = (args: string[]) =>
        spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, DATABASE_URL: store.url! } });

      const assisted = run(['stats', 'assisted-returns', '--year', '2025', '--month', '2025-04']);
      expect(assisted.status, assisted.stderr).toBe(0);
      const fromApi = (await app.inject({ method: 'GET', url: '/api/v1/statistics/assisted-returns?year=2025&month=2025-04' })).json();
      expect({ ...JSON.parse(assisted.stdout), producedAt: null }).toEqual({ ...fromApi, producedAt: null });

      const eurostat = run(['stats', 'eurostat', '--year', '2026', '--quarter', '1', '--format', 'csv']);
      expect(eurostat.status, eurostat.stderr).toBe(0);
      expect(eurostat.stdout).toBe((await app.inject({ method: 'GET', url: '/api/v1/statistics/eurostat/returns?year=2026&quarter=1&format=csv' })).body);

      const bad = run(['stats', 'eurostat', '--year', '2026', '--quarter', '0']);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain('REQUEST_INVALID');
      await app.close();
    });
  });
});
