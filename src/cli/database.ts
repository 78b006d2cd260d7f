/**
 * Opening the database for a command: PGlite in ./data (or RETUR_DATA_DIR) by default, a PostgreSQL server
 * when DATABASE_URL is set; migrated before use. While `retur serve` holds the PGlite directory, a command
 * works through the server's socket in that directory (src/store/pglite-socket.ts); a second server is
 * refused (STORE_DATA_DIR_IN_USE, one line and exit code 2).
 */
import { openDatabase, migrate, type Store } from '../store/index.ts';
import { readEnvironment } from '../api/config.ts';

/** The database, migrated; every environment variable is checked first (CONFIG_INVALID naming those at fault). */
export async function openMigrated(options: { server?: boolean } = {}): Promise<Store> {
  readEnvironment(process.env, { oidc: false });
  const store = await openDatabase({ throughHolder: options.server !== true });
  try {
    await migrate(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/** The commands' way to open the database when they do not migrate (`retur migrate` itself). */
export const openForCommand = (): Promise<Store> => openDatabase({ throughHolder: true });

export function describeStore(store: Store): string {
  if (store.kind === 'postgres') return 'PostgreSQL (DATABASE_URL)';
  const where = `PGlite in ${process.env.RETUR_DATA_DIR || './data'}`;
  return store.throughProcess === undefined ? where : `${where}, through the server that holds it (process ${store.throughProcess})`;
}
