/**
 * The console's queues: paging with a cursor through a queue whose sort key can be null (a case without a
 * deadline sorts first in deadline order) gives every case once, in order, whatever the page size; and
 * migration 0010 on a database whose cases were written before it fills the console's projection (each
 * person for the border check, the debt, the day the latest uploaded document arrived) from the case
 * documents, as the case work writes it for cases made after it.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { forEachDatabase } from '../../test/support/databases.ts';
import { loadMigrations, migrate } from '../store/migrate.ts';
import { caseWork } from '../store/tables.ts';
import { act, openCase, versionAs } from './commands.ts';
import { osloToday } from '../shared/clock.ts';
import { COUNT_CAP, queueQuery, readQueue, type QueueId, type QueueOrder } from './queues.ts';
import { familyInput, staff } from './testing.ts';
import type { OpenCaseInput } from './processes/case.ts';
import type { Principal } from './roles.ts';
import { ReturError } from '../shared/errors.ts';

const withDeadline = (departureDeadline: string | null): OpenCaseInput => ({ ...familyInput, decision: { ...familyInput.decision, departureDeadline } });

/** Every page of a queue, following `next`, as the ids of its rows. */
async function allPages(
  db: Parameters<typeof readQueue>[0],
  principal: Principal,
  queue: QueueId,
  order: QueueOrder,
  limit: number,
  now: Date,
): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 20; pages++) {
    const page = await readQueue(db, principal, queue, queueQuery.parse({ order, limit, cursor }), now);
    seen.push(...page.items.map((item) => item.id));
    if (!page.next) return seen;
    cursor = page.next;
  }
  throw new Error('the queue did not end after 20 pages');
}

forEachDatabase((database) => {
  describe('queue paging', () => {
    it('pages through the police’s overdue queue across cases without a deadline, each case once and in order', async () => {
      const store = await database.open();
      const police = staff('police');
      const now = new Date('2026-06-01T10:00:00Z');
      // Three without a deadline (they sort first), then three whose deadline passed.
      const deadlines = [null, '2026-03-20', null, '2026-03-10', null, '2026-03-15'];
      for (const deadline of deadlines) await openCase(store.db, staff('udi'), withDeadline(deadline));
      const whole = await readQueue(store.db, police, 'police.overdue', queueQuery.parse({ limit: 100 }), now);
      expect(whole.count).toBe(6);
      expect(whole.items.map((item) => item.deadline)).toEqual([null, null, null, '2026-03-10', '2026-03-15', '2026-03-20']);
      const expected = whole.items.map((item) => item.id);
      // Page sizes that end a page on a case without a deadline (1, 2) and on the last of them (3).
      for (const limit of [1, 2, 3, 4]) expect(await allPages(store.db, police, 'police.overdue', 'deadline', limit, now)).toEqual(expected);
    });

    it('pages UDI’s applications in deadline order across cases without a deadline, and refuses a null key where none can be', async () => {
      const store = await database.open();
      const udi = staff('udi');
      const iom = staff('iom');
      for (const deadline of ['2026-04-01', null, null, '2026-03-30']) {
        const opened = await openCase(store.db, udi, withDeadline(deadline));
        await act(store.db, iom, opened.case.id, 'assisted-return.apply', { destination: 'AF' }, { expectedVersion: opened.version });
      }
      const now = new Date('2026-03-02T10:00:00Z');
      const whole = await readQueue(store.db, udi, 'udi.applications', queueQuery.parse({ order: 'deadline', limit: 100 }), now);
      expect(whole.items.map((item) => item.deadline)).toEqual([null, null, '2026-03-30', '2026-04-01']);
      const expected = whole.items.map((item) => item.id);
      for (const limit of [1, 2]) expect(await allPages(store.db, udi, 'udi.applications', 'deadline', limit, now)).toEqual(expected);
      // The oldest-first order has no key that can be null: a cursor with one is not one it gave.
      const forged = Buffer.from(JSON.stringify([null, expected[0]])).toString('base64url');
      await expect(readQueue(store.db, udi, 'udi.applications', queueQuery.parse({ order: 'oldest', cursor: forged }), now)).rejects.toThrow(ReturError);
    });
  });

  describe('queue counts', () => {
    it('counts a queue exactly up to COUNT_CAP cases and says "more than" beyond', async () => {
      const store = await database.open();
      const police = staff('police');
      const { case: opened } = await openCase(store.db, staff('udi'), familyInput);
      // Copies of the overdue case, as many as make the queue exactly COUNT_CAP long.
      let copies = 0;
      const copy = (n: number) =>
        sql`INSERT INTO cases (id, kind, status, version, created_at, updated_at, reference, state, authority, decision_kind, deadline, assisted_status, appeal_status, deferral_status, forced_status)
            SELECT gen_random_uuid(), kind, status, version, created_at, updated_at, 'RT-COPY-' || (g + ${copies}), state, authority, decision_kind, deadline, assisted_status, appeal_status, deferral_status, forced_status
              FROM cases, generate_series(1, ${n}::int) AS g WHERE id = ${opened.id}`
          .execute(store.db)
          .then(() => (copies += n));
      await copy(COUNT_CAP - 1);
      const exact = await readQueue(store.db, police, 'police.overdue', queueQuery.parse({ limit: 1 }));
      expect([exact.count, exact.countIsAtLeast]).toEqual([COUNT_CAP, false]);
      await copy(1);
      const capped = await readQueue(store.db, police, 'police.overdue', queueQuery.parse({ limit: 1 }));
      expect([capped.count, capped.countIsAtLeast]).toEqual([COUNT_CAP, true]);
      // The filters apply before the cap.
      const filtered = await readQueue(store.db, police, 'police.overdue', queueQuery.parse({ limit: 1, decisionKind: 'expelled' }));
      expect([filtered.count, filtered.countIsAtLeast]).toEqual([0, false]);
    });
  });

  describe('IOM’s queue', () => {
    it('holds the journeys granted and those arranged, until IOM records the departure', async () => {
      const store = await database.open();
      const [udi, iom] = [staff('udi'), staff('iom')];
      const now = new Date();
      const today = osloToday(now);
      const step = async (id: string, action: string, input: Record<string, unknown>) =>
        act(store.db, action.endsWith('grant') ? udi : iom, id, action, input, { expectedVersion: await versionAs(store.db, udi, id) });
      const inQueue = async () => (await readQueue(store.db, iom, 'iom.journeys', queueQuery.parse({}), now)).items.map((item) => item.id);
      const { case: opened } = await openCase(store.db, udi, familyInput);
      await step(opened.id, 'assisted-return.apply', { destination: 'AF' });
      expect(await inQueue()).toEqual([]);
      await step(opened.id, 'assisted-return.grant', { reasons: 'Eligible' });
      expect(await inQueue()).toEqual([opened.id]);
      await step(opened.id, 'assisted-return.arrange-travel', { travelDate: today, travelDocument: 'Passport', ticket: 'ABC123' });
      expect(await inQueue()).toEqual([opened.id]);
      await step(opened.id, 'assisted-return.record-departure', { date: today });
      expect(await inQueue()).toEqual([]);
    });
  });

  describe('migration 0010', () => {
    it('fills the queues’ columns and the border check’s people from the cases stored before it', async () => {
      const store = await database.open();
      const opened = await openCase(store.db, staff('udi'), familyInput);
      const caseId = opened.case.id;
      // The case as an older version kept it: documents and a debt in the document, none of 0010's projection.
      const documents = [
        { id: '00000000-0000-4000-8000-0000000d0001', personId: null, kind: 'passport', status: 'uploaded', receivedOn: '2026-03-01', original: null },
        { id: '00000000-0000-4000-8000-0000000d0002', personId: null, kind: 'medical', status: 'uploaded', receivedOn: '2026-03-04', original: null },
        { id: '00000000-0000-4000-8000-0000000d0003', personId: null, kind: 'id-document', status: 'will-send-later', receivedOn: null, original: null },
      ];
      await sql`UPDATE cases SET state = jsonb_set(jsonb_set(state, '{documents}', ${JSON.stringify(documents)}::jsonb), '{debt,balance}', '24500') WHERE id = ${caseId}`.execute(
        store.db,
      );
      await sql`DROP TABLE case_people`.execute(store.db);
      for (const index of [
        'cases_assisted_queue_idx',
        'cases_assisted_deadline_idx',
        'cases_appeal_queue_idx',
        'cases_deferral_queue_idx',
        'cases_planned_queue_idx',
      ]) {
        await sql`DROP INDEX ${sql.id(index)}`.execute(store.db);
      }
      await sql`ALTER TABLE cases DROP COLUMN last_document_on, DROP COLUMN debt_balance`.execute(store.db);
      await sql`DELETE FROM schema_migrations WHERE version = '0010'`.execute(store.db);

      expect((await migrate(store, loadMigrations())).applied).toEqual(['0010']);

      const row = await caseWork(store.db).selectFrom('cases').select(['last_document_on', 'debt_balance']).where('id', '=', caseId).executeTakeFirstOrThrow();
      expect(row).toEqual({ last_document_on: '2026-03-04', debt_balance: 24500 });
      const people = await caseWork(store.db)
        .selectFrom('case_people')
        .select(['date_of_birth', 'citizenship', 'name_key'])
        .where('case_id', '=', caseId)
        .orderBy('date_of_birth')
        .execute();
      expect(people).toEqual([
        { date_of_birth: '1990-05-01', citizenship: 'AF', name_key: 'amina test' },
        { date_of_birth: '2015-02-10', citizenship: 'AF', name_key: 'omid test' },
      ]);
    });
  });
});
