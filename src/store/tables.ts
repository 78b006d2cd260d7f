/**
 * The tables of migration 0002 (case work), as Kysely sees them: the columns added to `cases`, and the
 * tables for links, departures and accounts; and 0010's queue columns and `case_people`. `ReturDatabase` is the whole schema; use
 * `store.db.withTables<CaseWorkTables>()` to query it.
 */
import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** A DATE column, read as 'YYYY-MM-DD' (see db.ts). */
type DateText = string;
/** jsonb: read parsed, written as JSON text. */
type Json = ColumnType<unknown, string, string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type StateColumn = ColumnType<string, string | undefined, string>;

// A type alias, not an interface: Kysely's withTables needs an index-compatible record type.
export type CaseWorkTables = {
  cases: {
    reference: string | null;
    state: Json | null;
    authority: string | null;
    decision_kind: string | null;
    deadline: DateText | null;
    assisted_status: StateColumn;
    appeal_status: StateColumn;
    deferral_status: StateColumn;
    forced_status: StateColumn;
    departed_on: DateText | null;
    last_document_on: DateText | null;
    debt_balance: ColumnType<number, number | undefined, number>;
  };
  case_people: {
    case_id: string;
    person_id: string;
    date_of_birth: DateText;
    citizenship: string;
    name_key: string;
  };
  case_links: {
    case_id: string;
    user_id: string;
    relation: 'lawyer' | 'guardian' | 'reception';
  };
  departures: {
    id: string;
    source: 'case' | 'import';
    case_id: string | null;
    person_id: string | null;
    departure_date: DateText;
    return_type: 'forced' | 'assisted' | 'own';
    category: string | null;
    citizenship: string;
    destination: string;
    date_of_birth: DateText | null;
    unaccompanied_minor: boolean;
    convicted: boolean;
    recorded_at: CreatedAt;
  };
  users: {
    id: Generated<string>;
    username: string;
    display_name: string;
    role: string;
    password_hash: string;
    disabled: ColumnType<boolean, boolean | undefined, boolean>;
    created_at: CreatedAt;
    failed_sign_ins: ColumnType<number, number | undefined, number>;
    locked_until: ColumnType<Date | null, Date | null | undefined, Date | null>;
  };
  sessions: {
    token_hash: string;
    user_id: string | null;
    case_id: string | null;
    csrf_token: string;
    created_at: CreatedAt;
    expires_at: ColumnType<Date, Date, Date>;
  };
  document_files: {
    case_id: string;
    document_id: string;
    media_type: string;
    size: number;
    sha256: string;
    content: Uint8Array;
    uploaded_at: ColumnType<Date, Date | undefined, never>;
  };
  published_reports: {
    kind: string;
    month: string;
    published_at: ColumnType<Date, Date | undefined, never>;
    report: Json;
  };
  api_tokens: {
    id: Generated<string>;
    token_hash: string;
    user_id: string;
    name: string;
    created_at: CreatedAt;
    expires_at: ColumnType<Date, Date, never>;
    revoked_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
    last_used_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  };
};

export type ReturDatabase = Database & CaseWorkTables;
export type Db = Kysely<ReturDatabase>;

/** The database with the case-work tables typed (same connection, same transaction). */
export function caseWork(db: Kysely<Database>): Db {
  return db.withTables<CaseWorkTables>();
}
