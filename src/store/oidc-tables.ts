/**
 * The tables of migration 0007 (OpenID Connect for staff), as Kysely sees them: the identities at a
 * provider linked to staff accounts, and the sign-ins under way. Query them through `oidcTables(db)`.
 */
import type { ColumnType, Kysely } from 'kysely';
import type { CaseWorkTables } from './tables.ts';
import type { Database } from './schema.ts';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

// A type alias, not an interface: Kysely's withTables needs an index-compatible record type.
export type OidcTables = {
  user_identities: {
    issuer: string;
    subject: string;
    user_id: string;
    created_at: CreatedAt;
    last_sign_in_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  };
  oidc_logins: {
    flow_hash: string;
    state: string;
    nonce: string;
    code_verifier: string;
    return_to: string;
    created_at: CreatedAt;
    expires_at: ColumnType<Date, Date, Date>;
  };
};

export type OidcDb = Kysely<Database & CaseWorkTables & OidcTables>;

/** The database with the case-work and OpenID Connect tables typed (same connection, same transaction). */
export function oidcTables(db: Kysely<Database>): OidcDb {
  return db.withTables<CaseWorkTables & OidcTables>();
}
