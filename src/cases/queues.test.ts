/**
 * Migration 0010 on a database whose cases were written before it: it fills the console's projection (each
 * person for the border check, the debt, the day the latest uploaded document arrived) from the case
 * documents, as the case work writes it for cases made after it.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { forEachDatabase } from '../../test/support/databases.ts';
import { loadMigrations, migrate } from '../store/migrate.ts';
import { caseWork } from '../store/tables.ts';
import { openCase } from './commands.ts';
import { familyInput, staff } from './testing.ts';

forEachDatabase((database) => {
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
      await sql`UPDATE cases SET state = jsonb_set(jsonb_set(state, '{documents}', ${JSON.stringify(documents)}::jsonb), '{debt,balance}', '24500') WHERE id = ${caseId}`.execute(store.db);
      await sql`DROP TABLE case_people`.execute(store.db);
      for (const index of ['cases_assisted_queue_idx', 'cases_assisted_deadline_idx', 'cases_appeal_queue_idx', 'cases_deferral_queue_idx', 'cases_planned_queue_idx']) {
        await sql`DROP INDEX ${sql.id(index)}`.execute(store.db);
      }
      await sql`ALTER TABLE cases DROP COLUMN last_document_on, DROP COLUMN debt_balance`.execute(store.db);
      await sql`DELETE FROM schema_migrations WHERE version = '0010'`.execute(store.db);

      expect((await migrate(store, loadMigrations())).applied).toEqual(['0010']);

      const row = await caseWork(store.db).selectFrom('cases').select(['last_document_on', 'debt_balance']).where('id', '=', caseId).executeTakeFirstOrThrow();
      expect(row).toEqual({ last_document_on: '2026-03-04', debt_balance: 24500 });
      const people = await caseWork(store.db).selectFrom('case_people').select(['date_of_birth', 'citizenship', 'name_key']).where('case_id', '=', caseId).orderBy('date_of_birth').execute();
      expect(people).toEqual([
        { date_of_birth: '1990-05-01', citizenship: 'AF', name_key: 'amina test' },
        { date_of_birth: '2015-02-10', citizenship: 'AF', name_key: 'omid test' },
      ]);
    });
  });
});
