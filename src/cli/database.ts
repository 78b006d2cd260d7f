/**
 * Opening the database for a command: PGlite in ./data (or RETUR_DATA_DIR) by default, a PostgreSQL server
 * when DATABASE_URL is set; migrated before use.
 */
import { openDatabase, migrate, type Store } from '../store/index.ts';
import { readEnvironment } from '../api/config.ts';

/** The database, migrated; every environment variable is checked first (CONFIG_INVALID naming those at fault). */
export async function openMigrated(): Promise<Store> {
  readEnvironment(process.env, { oidc: false });
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
