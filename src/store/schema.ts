/**
 * The tables as Kysely sees them, one interface per table, kept in step with src/store/migrations/ by hand
 * (the store tests read and write every column on both drivers). Columns are snake_case as in SQL.
 *
 * Value types are the same on both drivers (see `typeParsers` in db.ts): bigint and integer are numbers,
 * numeric is a string, date is an ISO date string ('2025-01-31'), timestamptz is a Date, json/jsonb are parsed.
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** A timestamptz the database fills in (default now()). */
type CreatedAt = ColumnType<Date, never, never>;

export interface CasesTable {
  id: ColumnType<string, string | undefined, never>;
  kind: ColumnType<string, string, never>;
  status: string;
  version: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, never, Date>;
}

export interface EventsTable {
  case_id: ColumnType<string, string, never>;
  sequence: ColumnType<number, number, never>;
  type: ColumnType<string, string, never>;
  /** jsonb: read as parsed JSON, written as JSON text (the store serialises it; see events.ts). */
  payload: ColumnType<JsonObject, string, never>;
  actor: ColumnType<string, string, never>;
  role: ColumnType<string, string, never>;
  occurred_at: CreatedAt;
}

export interface AuditTable {
  id: Generated<number>;
  actor: ColumnType<string, string, never>;
  role: ColumnType<string, string, never>;
  occurred_at: CreatedAt;
  case_id: ColumnType<string | null, string | null | undefined, never>;
  action: ColumnType<'read' | 'change', 'read' | 'change', never>;
  what: ColumnType<string, string, never>;
  why: ColumnType<string, string, never>;
}

export interface IdempotencyKeysTable {
  key: string;
  actor: string;
  request_hash: string;
  response_status: number | null;
  response_body: ColumnType<JsonValue | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
}

export interface SchemaMigrationsTable {
  version: string;
  name: string;
  checksum: string;
  applied_at: CreatedAt;
}

/**
 * Migration 0006: the forced-return report's aggregate rows per month, written only by the triggers on
 * `departures` (never by the application), read by src/statistics/database.ts.
 */
export interface ForcedReturnRollupTable {
  /** The first day of the month, 'YYYY-MM-01'. */
  month: ColumnType<string, never, never>;
  category: ColumnType<string, never, never>;
  citizenship: ColumnType<string, never, never>;
  destination: ColumnType<string, never, never>;
  convicted: ColumnType<boolean, never, never>;
  minor: ColumnType<'none' | 'with-family' | 'unaccompanied', never, never>;
  count: ColumnType<number, never, never>;
}

export interface Database {
  cases: CasesTable;
  events: EventsTable;
  audit: AuditTable;
  idempotency_keys: IdempotencyKeysTable;
  schema_migrations: SchemaMigrationsTable;
  forced_return_rollup: ForcedReturnRollupTable;
}

export type CaseRow = Selectable<CasesTable>;
export type EventRow = Selectable<EventsTable>;
export type AuditRow = Selectable<AuditTable>;
export type NewAuditRow = Insertable<AuditTable>;
