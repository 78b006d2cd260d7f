/**
 * The demo, loaded through the command layer on PGlite and on PostgreSQL as `npm start` loads it: every
 * process reaches every state, each case's events match its version, every change is audited, the
 * departures are recorded, and the statistics from the database give seed 004's March 2026 report.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isEmpty, seedDemo } from '../src/main/demo-seed.ts';
import { processStates, stateOf, type ProcessId } from '../src/cases/process.ts';
import type { CaseDoc } from '../src/cases/model.ts';
import { caseWork } from '../src/store/tables.ts';
import { forcedReturnReportFromDatabase } from '../src/statistics/database.ts';
import { forEachDatabase, onPGlite } from './support/databases.ts';
import { checkPassword, createUser } from '../src/cases/accounts.ts';

forEachDatabase((database) => {
  describe('the demo data', () => {
    it('drives every process into every state through the command layer, with events, projections and audit', async () => {
      const store = await database.open();
      expect(await isEmpty(store.db)).toBe(true);
      const result = await seedDemo(store.db, { now: new Date('2026-11-22T10:00:00Z') });
      expect(result.cases).toBe(24);
      expect(result.departures).toBe(2937);
      expect(result.person).not.toBeNull();
      // A second demo person has a sign-in code but has not applied: the public application starts from it.
      expect(result.applicant).not.toBeNull();
      expect(result.applicant!.reference).not.toBe(result.person!.reference);
      expect(await isEmpty(store.db)).toBe(false);

      const q = caseWork(store.db);
      const rows = await q.selectFrom('cases').select(['id', 'version', 'state', 'status', 'deadline']).execute();
      expect(rows).toHaveLength(24);
      const docs = rows.map((r) => z.looseObject({ id: z.string() }).parse(r.state) as unknown as CaseDoc);
      for (const process of Object.keys(processStates) as ProcessId[]) {
        const reached = new Set(docs.map((doc) => stateOf(doc, process)));
        for (const state of processStates[process]) expect(reached.has(state), `${process} ${state}`).toBe(true);
      }
      // The event log is the record: each case has exactly as many events as its version.
      const counts = await q
        .selectFrom('events')
        .select(['case_id', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('case_id')
        .execute();
      const byCase = new Map(counts.map((c) => [c.case_id, Number(c.n)]));
      for (const row of rows) expect(byCase.get(row.id), row.id).toBe(row.version);
      // Every change of a case is in the audit (case.link is not personal data, and is not).
      const changes = await q
        .selectFrom('audit')
        .select(['case_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('action', '=', 'change')
        .groupBy('case_id')
        .execute();
      expect(changes).toHaveLength(24);
      // Departed households have one departure row per person.
      const departed = docs.filter((d) => d.departure !== null);
      const departures = await q.selectFrom('departures').select(['case_id']).where('source', '=', 'case').execute();
      expect(departures.length).toBe(departed.reduce((n, d) => n + d.household.length, 0));
      // The statistics demo is untouched by the case work's departures (they are after March 2026).
      const report = await forcedReturnReportFromDatabase(store.db, '2026-03');
      expect(report.total).toEqual({ thisYear: 578, lastYear: 560, changePercent: 3 });
      expect(report.minors).toMatchObject({ withFamily: 36, unaccompanied: 4 });
    });
  });
});

// `retur seed --demo --force` on the PGlite a newcomer's `npm start` already filled (issue 11): it failed on
// "username udi.demo is taken".
onPGlite((database) => {
  describe('the demo data loaded again (seed --demo --force)', () => {
    it('keeps the demo accounts with their published passwords, adds the households again, and counts no departure twice', async () => {
      const store = await database.open();
      const now = new Date('2026-11-22T10:00:00Z');
      await seedDemo(store.db, { now });
      const q = caseWork(store.db);
      const usersBefore = await q.selectFrom('users').select(['id', 'username']).orderBy('username').execute();
      const departuresBefore = await q
        .selectFrom('departures')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('source', '!=', 'case')
        .executeTakeFirstOrThrow();
      const again = await seedDemo(store.db, { now, again: true });
      expect(again.cases).toBe(24);
      expect(again.person).not.toBeNull();
      expect(await q.selectFrom('users').select(['id', 'username']).orderBy('username').execute()).toEqual(usersBefore);
      expect(await q.selectFrom('cases').select('id').execute()).toHaveLength(48);
      expect(
        await q
          .selectFrom('departures')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('source', '!=', 'case')
          .executeTakeFirstOrThrow(),
      ).toEqual(departuresBefore);
      await expect(checkPassword(store.db, 'police.demo', 'retur-demo-police', now)).resolves.toMatchObject({ role: 'police' });
    });

    it('refuses, writing nothing, when a demo username belongs to an account of another role', async () => {
      const store = await database.open();
      await createUser(store.db, { username: 'police.demo', displayName: 'Not the demo', role: 'admin', password: 'a-password-of-some-length' });
      await expect(seedDemo(store.db, { again: true })).rejects.toMatchObject({ code: 'AUTH_FORBIDDEN' });
      expect(await caseWork(store.db).selectFrom('cases').select('id').execute()).toEqual([]);
      expect(await caseWork(store.db).selectFrom('users').select('username').execute()).toEqual([{ username: 'police.demo' }]);
    });
  });
});
