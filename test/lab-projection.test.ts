/**
 * The policy lab's projection (migration 0016: `lab_cases`, `lab_applications`), on PGlite and PostgreSQL:
 * the case work writes it in the statement of each case write (and not at all when the write is refused);
 * over the demo data every case has its row as src/cases/projections.ts maps it and every application its
 * facts; and the migration's backfill of existing cases gives exactly those rows, so that the simulation's
 * report is the same from a backfilled projection as from one the case work wrote.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { act, openCase } from '../src/cases/commands.ts';
import type { CaseDoc } from '../src/cases/model.ts';
import { labApplicationRow, labCaseRow } from '../src/cases/projections.ts';
import { staff } from '../src/cases/testing.ts';
import { seedDemo } from '../src/main/demo-seed.ts';
import { simulateFromDatabase } from '../src/lab/db.ts';
import { loadReform } from '../src/lab/reform-input.ts';
import { migrate } from '../src/store/migrate.ts';
import { caseWork } from '../src/store/tables.ts';
import { ReturError } from '../src/shared/errors.ts';
import { forEachDatabase, type TestStore } from './support/databases.ts';

const TODAY = '2026-11-22';
const noon = (day: string) => new Date(`${day}T10:00:00Z`);

async function labRows(store: TestStore) {
  const q = caseWork(store.db);
  return {
    cases: await q.selectFrom('lab_cases').selectAll().orderBy('case_id').execute(),
    applications: await q.selectFrom('lab_applications').selectAll().orderBy('case_id').execute(),
  };
}

async function labRowOf(store: TestStore, caseId: string) {
  const q = caseWork(store.db);
  return {
    lab: await q.selectFrom('lab_cases').selectAll().where('case_id', '=', caseId).executeTakeFirst(),
    application: await q.selectFrom('lab_applications').selectAll().where('case_id', '=', caseId).executeTakeFirst(),
  };
}

const reform = loadReform({
  name: 'Georgia off the excluded list, children paid more',
  effective: '2026-01-01',
  parameters: [
    { change: 'list', parameter: 'assisted-return.excluded-nationalities', remove: ['GE'] },
    { change: 'value', parameter: 'assisted-return.support.child.before-deadline', value: 20_000 },
  ],
});
const simulate = (store: TestStore) =>
  simulateFromDatabase(store.db, reform, { cases: 'all', asOf: TODAY }, { actor: { id: 'user:test', role: 'admin' }, disclosure: 'case-ids', today: TODAY });

forEachDatabase((database) => {
  describe('the policy lab’s projection', () => {
    it('is written with each case write, in its statement, and not by a refused one', async () => {
      const store = await database.open();
      const household = [
        { name: 'Ana Test', dateOfBirth: '1990-05-01', citizenships: ['GE'], role: 'adult' },
        { name: 'Beka Test', dateOfBirth: '2015-02-01', citizenships: ['GE'], role: 'child' },
      ];
      const decision = { kind: 'protection-rejected', authority: 'udi', date: '2026-10-01', departureDeadline: '2026-12-31' };
      const opened = await openCase(store.db, staff('udi'), { household, decision }, { now: noon('2026-11-01') });
      const id = opened.case.id;
      const [adult, child] = opened.case.household;
      const first = await labRowOf(store, id);
      expect(first.lab).toEqual({
        case_id: id,
        status: opened.case.status,
        decision_kind: 'protection-rejected',
        deadline: '2026-12-31',
        household: [
          { id: adult!.id, dateOfBirth: '1990-05-01', citizenships: ['GE'], role: 'adult', unaccompaniedMinor: false },
          { id: child!.id, dateOfBirth: '2015-02-01', citizenships: ['GE'], role: 'child', unaccompaniedMinor: false },
        ],
        applied_on: null,
        destination: null,
      });
      expect(JSON.stringify(first.lab)).not.toContain('Test');
      expect(first.application).toBeUndefined();

      // The adult applies alone, with a fact the case does not hold.
      const applied = await act(
        store.db,
        staff('iom'),
        id,
        'assisted-return.apply',
        { destination: 'GE', applicantId: adult!.id, travellerIds: [adult!.id], applicationDate: '2026-11-10', facts: { vulnerabilities: ['trafficking'] } },
        { expectedVersion: opened.version, now: noon('2026-11-10') },
      );
      const second = await labRowOf(store, id);
      expect(second.lab).toMatchObject({ applied_on: '2026-11-10', destination: 'GE', status: applied.case.status });
      expect(second.application).toMatchObject({
        case_id: id,
        applicant_id: adult!.id,
        traveller_ids: [adult!.id],
        support_facts: { departureDeadline: '2026-12-31', registeredInNorway: true },
      });
      expect(second.application!.eligibility_facts).toMatchObject({ vulnerabilities: ['trafficking'], citizenship: 'GE', protection: 'rejected' });

      // A write at a stale version is refused, and writes nothing to the projection either.
      await expect(act(store.db, staff('udi'), id, 'assisted-return.grant', {}, { expectedVersion: opened.version, now: noon('2026-11-11') })).rejects.toThrow(
        ReturError,
      );
      expect(await labRowOf(store, id)).toEqual(second);

      // Granted, travel arranged, departed: the case leaves the open ones; the application's facts stay.
      let version = applied.version;
      for (const [role, action, input, day] of [
        ['udi', 'assisted-return.grant', {}, '2026-11-12'],
        ['iom', 'assisted-return.arrange-travel', { travelDate: '2026-11-20', travelDocument: 'passport', ticket: 'AB123' }, '2026-11-13'],
        ['iom', 'assisted-return.record-departure', { date: '2026-11-20' }, '2026-11-20'],
      ] as const) {
        version = (await act(store.db, staff(role), id, action, input, { expectedVersion: version, now: noon(day) })).version;
      }
      const doc = (await caseWork(store.db).selectFrom('cases').select('state').where('id', '=', id).executeTakeFirstOrThrow()).state as CaseDoc;
      const last = await labRowOf(store, id);
      expect(doc.status).not.toBe('open');
      expect(last.lab).toEqual(labCaseRow(doc));
      expect(last.lab!.status).toBe(doc.status);
      expect(last.application).toEqual(second.application);
    });

    it('holds every demo case as the case work maps it, and every application’s facts from its event', async () => {
      const store = await database.open();
      await seedDemo(store.db, { now: noon(TODAY) });
      const { cases, applications } = await labRows(store);
      const docs = (await caseWork(store.db).selectFrom('cases').select(['id', 'state']).where('state', 'is not', null).orderBy('id').execute()).map(
        (r) => r.state as CaseDoc,
      );
      expect(docs.length).toBeGreaterThan(20);
      expect(cases).toEqual(docs.map((doc) => labCaseRow(doc)));
      const latestApply = await sql<{ case_id: string; payload: unknown }>`
        SELECT DISTINCT ON (e.case_id) e.case_id, e.payload FROM events AS e
         WHERE e.type = 'assisted-return.apply' ORDER BY e.case_id, e.sequence DESC`.execute(store.db);
      expect(latestApply.rows.length).toBeGreaterThan(5);
      expect(applications).toEqual(latestApply.rows.map((r) => labApplicationRow(r.case_id, r.payload)));
      // The facts are the applicant's: the citizenship the rules read is the applicant's first.
      for (const a of applications) {
        const applicant = cases.find((c) => c.case_id === a.case_id)!.household.find((p) => p.id === a.applicant_id);
        expect(a.eligibility_facts.citizenship).toBe(applicant!.citizenships[0]);
      }
    });

    it('is filled for existing cases by its migration, row for row as the case work writes it: the simulation reads the same', async () => {
      const store = await database.open();
      await seedDemo(store.db, { now: noon(TODAY) });
      const written = await labRows(store);
      const report = await simulate(store);
      // As before migration 0016: the tables gone and the migration not applied; then migrate again.
      await sql`DROP TABLE lab_applications`.execute(store.db);
      await sql`DROP TABLE lab_cases`.execute(store.db);
      await sql`DELETE FROM schema_migrations WHERE version = '0016'`.execute(store.db);
      const result = await migrate(store);
      expect(result.applied).toEqual(['0016']);
      const backfilled = await labRows(store);
      expect(backfilled.cases).toHaveLength(written.cases.length);
      expect(backfilled.applications).toHaveLength(written.applications.length);
      expect(backfilled).toEqual(written);
      const again = await simulate(store);
      expect({ ...again, producedAt: '' }).toEqual({ ...report, producedAt: '' });
      expect(report.total.changed).toBeGreaterThan(0);
    });
  });
});
