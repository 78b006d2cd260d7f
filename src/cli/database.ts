/**
 * Opening the database for a command: PGlite in ./data (or RETUR_DATA_DIR) by default, a PostgreSQL server
 * when DATABASE_URL is set; migrated before use.
 */
import { openDatabase, migrate, type Store } from '../store/index.ts';

export async function openMigrated(): Promise<Store> {
  const store = await openDatabase();
  try {
    await migrate(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

export function describeStore(store: Store): string {
  return store.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${process.env.RETUR_DATA_DIR || './data'}`;
}
