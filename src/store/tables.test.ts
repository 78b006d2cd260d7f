/**
 * The tables the case work writes beside its events have, after every migration, exactly the columns
 * `alsoTables` lists (the one list a writer names them by), besides those the database fills itself: a column
 * added to a migration and not to the list, or the other way round, fails here.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { forEachDatabase } from '../../test/support/databases.ts';
import { alsoTables, type AlsoTable } from './tables.ts';

/** Columns the database fills on insert, which no writer names. */
const filledByDatabase: Record<AlsoTable, readonly string[]> = {
  departures: ['recorded_at'],
  case_links: [],
  case_people: [],
  assisted_return_applications: [],
  lab_cases: [],
  lab_applications: [],
};

forEachDatabase((database) => {
  describe('the tables kept beside the events', () => {
    it('have the columns alsoTables lists, in the migrations’ order, and those the database fills', async () => {
      const store = await database.open();
      for (const [table, { columns }] of Object.entries(alsoTables) as [AlsoTable, (typeof alsoTables)[AlsoTable]][]) {
        const found = await sql<{ name: string }>`
          SELECT column_name AS name FROM information_schema.columns
           WHERE table_schema = current_schema() AND table_name = ${table} ORDER BY ordinal_position`.execute(store.db);
        const names = found.rows.map((c) => c.name);
        expect(
          names.filter((n) => !filledByDatabase[table].includes(n)),
          table,
        ).toEqual([...columns]);
        for (const filled of filledByDatabase[table]) expect(names, table).toContain(filled);
      }
    });
  });
});
