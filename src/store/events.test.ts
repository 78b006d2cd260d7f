import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { forEachDatabase } from '../../test/support/databases.ts';
import { openDatabase, type Store } from './db.ts';
import { appendEvents, createCase, getCase, readEvents, type Actor } from './events.ts';
import { readAudit, recordAudit } from './audit.ts';
import { withTransaction } from './transaction.ts';
import { caseWork } from './tables.ts';
import { ReturError } from '../shared/errors.ts';

const caseworker: Actor = { id: 'udi-kari', role: 'udi' };
const iom: Actor = { id: 'iom-ola', role: 'iom' };

async function openCase(store: Store, id: string = randomUUID()) {
  return withTransaction(store.db, (trx) =>
    createCase(trx, {
      id,
      kind: 'assisted_return',
      status: 'submitted',
      actor: iom,
      events: [{ type: 'ApplicationSubmitted', payload: { applicationDate: '2025-03-01', travellers: 2 } }],
    }),
  );
}

/** Runs `fn` and returns the ReturError it throws (failing the test if it throws anything else or nothing). */
async function storeError(fn: () => Promise<unknown>): Promise<ReturError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof ReturError) return error;
    throw error;
  }
  throw new Error('expected a ReturError, but nothing was thrown');
}

async function count(store: Store, table: 'cases' | 'events' | 'audit'): Promise<number> {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

forEachDatabase((database) => {
  describe('createCase, appendEvents and readEvents', () => {
    it('opens a case at version 1 with its first event and reads it back', async () => {
      const store = await database.open();
      const id = randomUUID();
      const created = await openCase(store, id);

      expect(created.case).toMatchObject({ id, kind: 'assisted_return', status: 'submitted', version: 1 });
      expect(created.case.createdAt).toBeInstanceOf(Date);
      expect(created.events).toEqual([
        {
          caseId: id,
          sequence: 1,
          type: 'ApplicationSubmitted',
          payload: { applicationDate: '2025-03-01', travellers: 2 },
          actor: 'iom-ola',
          role: 'iom',
          occurredAt: expect.any(Date),
        },
      ]);
      expect(await readEvents(store.db, id)).toEqual(created.events);
      expect(await getCase(store.db, id)).toEqual(created.case);
    });

    it('appends several events with consecutive sequence numbers and moves version and status with them', async () => {
      const store = await database.open();
      const { case: opened } = await openCase(store);

      const appended = await withTransaction(store.db, (trx) =>
        appendEvents(trx, {
          caseId: opened.id,
          expectedVersion: 1,
          actor: caseworker,
          status: 'granted',
          events: [
            { type: 'EligibilityAssessed', payload: { eligible: true, trace: [{ rule: 'a', applied: true }] } },
            { type: 'ApplicationGranted', payload: { amountNok: 20000, reasons: ['in time'], note: null } },
          ],
        }),
      );

      expect(appended.case).toMatchObject({ version: 3, status: 'granted' });
      expect(appended.case.updatedAt.getTime()).toBeGreaterThanOrEqual(opened.updatedAt.getTime());
      const events = await readEvents(store.db, opened.id);
      expect(events.map((e) => [e.sequence, e.type, e.actor, e.role])).toEqual([
        [1, 'ApplicationSubmitted', 'iom-ola', 'iom'],
        [2, 'EligibilityAssessed', 'udi-kari', 'udi'],
        [3, 'ApplicationGranted', 'udi-kari', 'udi'],
      ]);
      expect(events[1]?.payload).toEqual({ eligible: true, trace: [{ rule: 'a', applied: true }] });
      expect(events[2]?.payload).toEqual({ amountNok: 20000, reasons: ['in time'], note: null });
      expect((await readEvents(store.db, opened.id, { afterSequence: 2 })).map((e) => e.sequence)).toEqual([3]);
    });

    it('refuses a stale expected version with STORE_VERSION_CONFLICT and writes nothing', async () => {
      const store = await database.open();
      const { case: opened } = await openCase(store);
      await withTransaction(store.db, (trx) =>
        appendEvents(trx, { caseId: opened.id, expectedVersion: 1, actor: caseworker, events: [{ type: 'NoteAdded', payload: {} }] }),
      );

      const error = await storeError(() =>
        withTransaction(store.db, (trx) =>
          appendEvents(trx, {
            caseId: opened.id,
            expectedVersion: 1,
            actor: caseworker,
            status: 'rejected',
            events: [{ type: 'ApplicationRejected', payload: {} }],
          }),
        ),
      );

      expect(error.code).toBe('STORE_VERSION_CONFLICT');
      expect(error.details).toEqual({ caseId: opened.id, expectedVersion: 1, actualVersion: 2 });
      const after = await getCase(store.db, opened.id);
      expect(after).toMatchObject({ version: 2, status: 'submitted' });
      expect((await readEvents(store.db, opened.id)).map((e) => e.type)).toEqual(['ApplicationSubmitted', 'NoteAdded']);
    });

    it('writes the projection columns and the audit row with the events, and none of them at a stale version', async () => {
      const store = await database.open();
      const { case: opened } = await openCase(store);
      const cases = caseWork(store.db);
      const append = (expectedVersion: number, status: string) =>
        withTransaction(store.db, (trx) =>
          appendEvents(trx, {
            caseId: opened.id,
            expectedVersion,
            actor: caseworker,
            status,
            events: [{ type: 'ApplicationGranted', payload: { on: '2025-03-10' } }],
            projection: { assisted_status: 'granted', deadline: '2025-04-01', state: JSON.stringify({ granted: true }) },
            audit: { what: 'assisted-return.grant', why: 'Grant assisted return' },
          }),
        );
      const appended = await append(1, 'granted');
      expect(appended.case).toMatchObject({ version: 2, status: 'granted' });
      expect(appended.events).toEqual([
        expect.objectContaining({ sequence: 2, type: 'ApplicationGranted', payload: { on: '2025-03-10' }, actor: 'udi-kari', role: 'udi' }),
      ]);
      expect(appended.events[0]!.occurredAt).toBeInstanceOf(Date);
      const row = await cases.selectFrom('cases').select(['assisted_status', 'deadline', 'state']).where('id', '=', opened.id).executeTakeFirstOrThrow();
      expect(row).toEqual({ assisted_status: 'granted', deadline: '2025-04-01', state: { granted: true } });
      expect((await readAudit(store.db, { caseId: opened.id })).map((a) => [a.actor.id, a.action, a.what, a.why])).toEqual([
        ['udi-kari', 'change', 'assisted-return.grant', 'Grant assisted return'],
      ]);
      expect((await readEvents(store.db, opened.id)).at(-1)?.occurredAt).toEqual(appended.events[0]!.occurredAt);

      const stale = await storeError(() => append(1, 'rejected'));
      expect(stale.code).toBe('STORE_VERSION_CONFLICT');
      expect(await count(store, 'audit')).toBe(1);
      expect(await count(store, 'events')).toBe(2);
      expect((await getCase(store.db, opened.id)).status).toBe('granted');
    });

    it('refuses a projection column that is not one', async () => {
      const store = await database.open();
      const { case: opened } = await openCase(store);
      const error = await storeError(() =>
        withTransaction(store.db, (trx) =>
          appendEvents(trx, {
            caseId: opened.id,
            expectedVersion: 1,
            actor: caseworker,
            events: [{ type: 'X', payload: {} }],
            projection: { version: 7 } as never,
          }),
        ),
      );
      expect(error.code).toBe('STORE_INVALID_ARGUMENT');
      expect((await getCase(store.db, opened.id)).version).toBe(1);
    });

    it('answers STORE_NOT_FOUND for a case that does not exist, or an id that is not a UUID', async () => {
      const store = await database.open();
      const missing = randomUUID();
      expect((await storeError(() => readEvents(store.db, missing))).code).toBe('STORE_NOT_FOUND');
      expect((await storeError(() => getCase(store.db, 'not-a-uuid'))).code).toBe('STORE_NOT_FOUND');
      const error = await storeError(() =>
        withTransaction(store.db, (trx) => appendEvents(trx, { caseId: missing, expectedVersion: 0, actor: caseworker, events: [{ type: 'X', payload: {} }] })),
      );
      expect(error.code).toBe('STORE_NOT_FOUND');
      expect(await count(store, 'events')).toBe(0);
    });

    it('refuses to open a case twice under one id', async () => {
      const store = await database.open();
      const { case: opened } = await openCase(store);
      const error = await storeError(() => openCase(store, opened.id));
      expect(error.code).toBe('STORE_ALREADY_EXISTS');
      expect(await readEvents(store.db, opened.id)).toHaveLength(1);
    });

    it('refuses bad arguments with STORE_INVALID_ARGUMENT before touching the database', async () => {
      const store = await database.open();
      const { case: opened } = await openCase(store);
      for (const args of [
        { caseId: opened.id, expectedVersion: 1, actor: caseworker, events: [] },
        { caseId: opened.id, expectedVersion: -1, actor: caseworker, events: [{ type: 'X', payload: {} }] },
        { caseId: opened.id, expectedVersion: 1, actor: { id: '', role: 'udi' }, events: [{ type: 'X', payload: {} }] },
        { caseId: opened.id, expectedVersion: 1, actor: caseworker, events: [{ type: '', payload: {} }] },
        // Payloads that are not plain JSON: JSON.stringify would change or drop these silently.
        ...[{ a: undefined }, { a: Number.NaN }, { a: [1, Infinity] }, { a: new Date() }, { a: { b: new Map() } }, [1, 2], null].map((payload) => ({
          caseId: opened.id,
          expectedVersion: 1,
          actor: caseworker,
          events: [{ type: 'X', payload: payload as never }],
        })),
      ]) {
        const error = await storeError(() => withTransaction(store.db, (trx) => appendEvents(trx, args)));
        expect(error.code).toBe('STORE_INVALID_ARGUMENT');
      }
      expect((await getCase(store.db, opened.id)).version).toBe(1);
      // Plain nested data is accepted.
      const nested = { a: [1, 'two', true, null, { b: { c: [] } }], d: -0.5 };
      const appended = await withTransaction(store.db, (trx) =>
        appendEvents(trx, { caseId: opened.id, expectedVersion: 1, actor: caseworker, events: [{ type: 'X', payload: nested }] }),
      );
      expect((await readEvents(store.db, opened.id))[1]?.payload).toEqual(nested);
      expect(appended.case.version).toBe(2);
    });

    it('keeps the first of two concurrent writers at the same version and refuses the second', async () => {
      const store = await database.open();
      // On PostgreSQL the second writer is another connection pool, as another instance of the service would be.
      const other = store.url === undefined ? store : await openDatabase({ databaseUrl: store.url });
      try {
        const { case: opened } = await openCase(store);
        const write = (s: Store, type: string) =>
          withTransaction(s.db, (trx) => appendEvents(trx, { caseId: opened.id, expectedVersion: 1, actor: caseworker, events: [{ type, payload: {} }] }));
        const results = await Promise.allSettled([write(store, 'First'), write(other, 'Second')]);

        const fulfilled = results.filter((r) => r.status === 'fulfilled');
        const rejected = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
        expect(fulfilled).toHaveLength(1);
        expect(rejected).toHaveLength(1);
        expect(rejected[0]).toBeInstanceOf(ReturError);
        expect((rejected[0] as ReturError).code).toBe('STORE_VERSION_CONFLICT');
        const events = await readEvents(store.db, opened.id);
        expect(events.map((e) => e.sequence)).toEqual([1, 2]);
        expect((await getCase(store.db, opened.id)).version).toBe(2);
      } finally {
        if (other !== store) await other.close();
      }
    });
  });

  describe('the event log is append-only', () => {
    it('refuses UPDATE, DELETE and TRUNCATE on events, and leaves the rows as they were', async () => {
      const store = await database.open();
      const { case: opened, events } = await openCase(store);

      for (const statement of [
        sql`UPDATE events SET payload = '{"travellers": 9}' WHERE case_id = ${opened.id}`,
        sql`DELETE FROM events WHERE case_id = ${opened.id}`,
        sql`TRUNCATE events`,
      ]) {
        await expect(statement.execute(store.db)).rejects.toMatchObject({ code: 'RE001', message: expect.stringContaining('append-only') });
      }
      expect(await readEvents(store.db, opened.id)).toEqual(events);
    });

    it('refuses UPDATE and DELETE on audit rows', async () => {
      const store = await database.open();
      const { case: opened } = await openCase(store);
      await recordAudit(store.db, { actor: caseworker, caseId: opened.id, action: 'read', what: 'case', why: 'casework' });

      await expect(sql`UPDATE audit SET why = 'curiosity'`.execute(store.db)).rejects.toMatchObject({ code: 'RE001' });
      await expect(sql`DELETE FROM audit`.execute(store.db)).rejects.toMatchObject({ code: 'RE001' });
      expect((await readAudit(store.db, { caseId: opened.id })).map((a) => a.why)).toEqual(['casework']);
    });
  });

  describe('withTransaction', () => {
    it('leaves nothing behind when the function throws: no case, no event, no audit row', async () => {
      const store = await database.open();
      const id = randomUUID();
      await expect(
        withTransaction(store.db, async (trx) => {
          await createCase(trx, { id, kind: 'forced_return', status: 'planned', actor: caseworker, events: [{ type: 'ReturnPlanned', payload: {} }] });
          await recordAudit(trx, { actor: caseworker, caseId: id, action: 'change', what: 'case', why: 'ReturnPlanned' });
          throw new Error('the projection could not be written');
        }),
      ).rejects.toThrow('the projection could not be written');

      expect(await count(store, 'cases')).toBe(0);
      expect(await count(store, 'events')).toBe(0);
      expect(await count(store, 'audit')).toBe(0);
    });

    it('returns what the function returns and commits everything it wrote', async () => {
      const store = await database.open();
      const id = randomUUID();
      const version = await withTransaction(store.db, async (trx) => {
        const created = await createCase(trx, {
          id,
          kind: 'appeal',
          status: 'registered',
          actor: caseworker,
          events: [{ type: 'AppealRegistered', payload: {} }],
        });
        await recordAudit(trx, { actor: caseworker, caseId: id, action: 'change', what: 'appeal', why: 'AppealRegistered' });
        return created.case.version;
      });
      expect(version).toBe(1);
      expect(await count(store, 'events')).toBe(1);
      expect(await count(store, 'audit')).toBe(1);
    });
  });

  describe('recordAudit and readAudit', () => {
    it('writes who, role, when, case, action, what and why, one row per entry', async () => {
      const store = await database.open();
      const { case: opened } = await openCase(store);
      const before = new Date(Date.now() - 60_000);
      await recordAudit(store.db, [
        { actor: caseworker, caseId: opened.id, action: 'read', what: 'person', why: 'casework' },
        { actor: iom, caseId: opened.id, action: 'change', what: 'travel', why: 'TravelArranged' },
        { actor: caseworker, caseId: null, action: 'read', what: 'overdue list', why: 'planning' },
      ]);

      const rows = await readAudit(store.db, { caseId: opened.id });
      expect(rows).toEqual([
        { id: expect.any(Number), actor: caseworker, occurredAt: expect.any(Date), caseId: opened.id, action: 'read', what: 'person', why: 'casework' },
        { id: expect.any(Number), actor: iom, occurredAt: expect.any(Date), caseId: opened.id, action: 'change', what: 'travel', why: 'TravelArranged' },
      ]);
      expect(rows[0]!.occurredAt.getTime()).toBeGreaterThan(before.getTime());
      expect((await readAudit(store.db, { actorId: caseworker.id })).map((r) => r.what)).toEqual(['person', 'overdue list']);
    });

    it('refuses an entry without a reason, and one naming a case that does not exist', async () => {
      const store = await database.open();
      const noReason = await storeError(() => recordAudit(store.db, { actor: caseworker, caseId: null, action: 'read', what: 'case', why: '' }));
      expect(noReason.code).toBe('STORE_INVALID_ARGUMENT');
      const noCase = await storeError(() => recordAudit(store.db, { actor: caseworker, caseId: randomUUID(), action: 'read', what: 'case', why: 'casework' }));
      expect(noCase.code).toBe('STORE_NOT_FOUND');
      expect(await count(store, 'audit')).toBe(0);
    });
  });

  describe('values read back the same on both drivers', () => {
    it('gives bigint as number, date as an ISO date string, timestamptz as Date, numeric as string', async () => {
      const store = await database.open();
      const result = await sql<Record<string, unknown>>`
        SELECT 9007199254740991::bigint AS big, count(*) AS n, DATE '2025-01-31' AS day, TIMESTAMPTZ '2025-01-31T23:30:00Z' AS at,
               1.50::numeric AS amount, '{"a": [1, "b"]}'::jsonb AS doc
        FROM (VALUES (1), (2)) AS v(x)`.execute(store.db);
      expect(result.rows[0]).toEqual({
        big: 9007199254740991,
        n: 2,
        day: '2025-01-31',
        at: new Date('2025-01-31T23:30:00Z'),
        amount: '1.50',
        doc: { a: [1, 'b'] },
      });
    });
  });
});
