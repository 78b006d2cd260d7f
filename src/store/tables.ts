/**
 * The tables of migration 0002 (case work), as Kysely sees them: the columns added to `cases`, and the
 * tables for links, departures and accounts; 0010's queue columns and `case_people`; 0013's
 * `assisted_return_applications`; and 0016's `lab_cases` and `lab_applications` (the policy lab's projection). `ReturDatabase` is the whole schema; use
 * `store.db.withTables<CaseWorkTables>()` to query it.
 */
import type { ColumnType, Generated, Insertable, Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** A DATE column, read as 'YYYY-MM-DD' (see db.ts). */
type DateText = string;
/** jsonb: read parsed, written as JSON text. */
type Json = ColumnType<unknown, string, string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type StateColumn = ColumnType<string, string | undefined, string>;

// lab_cases and lab_applications are written only through `also` (events.ts), whose rows go to the
// database as one JSON document: their jsonb columns take the values themselves, not JSON text.
/** A person of `lab_cases.household`: only what the rules read (no name). */
export interface LabPerson {
  readonly id: string;
  readonly dateOfBirth: DateText;
  readonly citizenships: readonly string[];
  readonly role: string;
  readonly unaccompaniedMinor: boolean;
}

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
  assisted_return_applications: {
    case_id: string;
    applied_on: DateText;
    citizenship: string;
    timing: 'before-deadline' | 'after-deadline';
    decision: 'granted' | 'rejected' | null;
    appeal: 'upheld' | 'reversed' | null;
    withdrawn: boolean;
  };
  lab_cases: {
    case_id: string;
    status: string;
    decision_kind: string | null;
    deadline: DateText | null;
    household: ColumnType<LabPerson[], readonly LabPerson[], never>;
    applied_on: DateText | null;
    destination: string | null;
  };
  lab_applications: {
    case_id: string;
    applicant_id: string;
    traveller_ids: ColumnType<string[], readonly string[], never>;
    eligibility_facts: ColumnType<Record<string, unknown>, Record<string, unknown>, never>;
    support_facts: ColumnType<Record<string, unknown>, Record<string, unknown>, never>;
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

/** The columns a writer gives, in the table's order: every column but those the database fills. */
type WrittenColumns<T, Filled extends keyof T = never> = readonly Exclude<keyof T, Filled>[];

/** Every key of `T` but `Filled` is in the list (a compile error names the one missing). */
type Covers<List extends readonly PropertyKey[], T, Filled extends keyof T = never> = Exclude<keyof T, Filled | List[number]> extends never ? List : never;

function columnsOf<T, Filled extends keyof T = never>() {
  return <const List extends WrittenColumns<T, Filled>>(list: Covers<List, T, Filled>) => list;
}

/**
 * The tables the case work writes beside its events (store/events.ts, `also`), each with its columns (the
 * one list of them in TypeScript; the type above and the migrations are checked against it) and, for a
 * projection kept up to date rather than only added to, the key an existing row is replaced on.
 */
export const alsoTables = {
  departures: {
    columns: columnsOf<CaseWorkTables['departures'], 'recorded_at'>()([
      'id',
      'source',
      'case_id',
      'person_id',
      'departure_date',
      'return_type',
      'category',
      'citizenship',
      'destination',
      'date_of_birth',
      'unaccompanied_minor',
      'convicted',
    ]),
    replaceOn: null,
  },
  case_links: { columns: columnsOf<CaseWorkTables['case_links']>()(['case_id', 'user_id', 'relation']), replaceOn: null },
  case_people: { columns: columnsOf<CaseWorkTables['case_people']>()(['case_id', 'person_id', 'date_of_birth', 'citizenship', 'name_key']), replaceOn: null },
  assisted_return_applications: {
    columns: columnsOf<CaseWorkTables['assisted_return_applications']>()(['case_id', 'applied_on', 'citizenship', 'timing', 'decision', 'appeal', 'withdrawn']),
    replaceOn: 'case_id',
  },
  lab_cases: {
    columns: columnsOf<CaseWorkTables['lab_cases']>()(['case_id', 'status', 'decision_kind', 'deadline', 'household', 'applied_on', 'destination']),
    replaceOn: 'case_id',
  },
  lab_applications: {
    columns: columnsOf<CaseWorkTables['lab_applications']>()(['case_id', 'applicant_id', 'traveller_ids', 'eligibility_facts', 'support_facts']),
    replaceOn: 'case_id',
  },
} as const;
export type AlsoTable = keyof typeof alsoTables;

/** One departed person as the statistics count them, whoever records it (the case work or an import). */
export interface DepartureFacts {
  readonly id: string;
  readonly source: 'case' | 'import';
  readonly caseId: string | null;
  readonly personId: string | null;
  readonly returnType: 'forced' | 'assisted' | 'own';
  readonly departureDate: string;
  /** The forced-return category (src/rules/forced-return/category.ts); null for the other kinds of return. */
  readonly category: string | null;
  readonly citizenship: string;
  readonly destination: string;
  readonly dateOfBirth: string | null;
  readonly unaccompaniedMinor: boolean;
  readonly convicted: boolean;
}

/** The `departures` row of a departed person: the one place its columns are named by a writer. */
export function departureRow(f: DepartureFacts): Insertable<CaseWorkTables['departures']> {
  return {
    id: f.id,
    source: f.source,
    case_id: f.caseId,
    person_id: f.personId,
    departure_date: f.departureDate,
    return_type: f.returnType,
    category: f.category,
    citizenship: f.citizenship,
    destination: f.destination,
    date_of_birth: f.dateOfBirth,
    unaccompanied_minor: f.unaccompaniedMinor,
    convicted: f.convicted,
  } satisfies Record<(typeof alsoTables.departures.columns)[number], unknown>;
}
