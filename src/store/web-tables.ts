/**
 * The table of migration 0008 (the public pages' sessions), as Kysely sees it. Query it through
 * `webTables(db)`.
 */
import type { ColumnType, Kysely } from 'kysely';
import type { Database } from './schema.ts';

// A type alias, not an interface: Kysely's withTables needs an index-compatible record type.
export type WebTables = {
  web_sessions: {
    id_hash: string;
    data: ColumnType<Record<string, unknown>, string, string>;
    created_at: ColumnType<Date, Date | string | undefined, never>;
    expires_at: ColumnType<Date, Date, Date>;
  };
};

export type WebDb = Kysely<Database & WebTables>;

export function webTables(db: Kysely<Database>): WebDb {
  return db.withTables<WebTables>();
}
