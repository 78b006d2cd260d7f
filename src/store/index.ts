/** The store: what the rest of Retur may use. See README.md in this folder. */
export { openDatabase, type DatabaseKind, type OpenDatabaseOptions, type Store } from './db.ts';
export { loadMigrations, migrate, pendingMigrations, type MigrateResult, type Migration } from './migrate.ts';
export { withTransaction, isSerializationFailure, type TransactionOptions, type Trx } from './transaction.ts';
export { appendEvents, createCase, getCase, readEvents, type Actor, type CaseRecord, type NewEvent, type StoredEvent } from './events.ts';
export { readAudit, recordAudit, type AuditEntry, type AuditRecord } from './audit.ts';
export {
  claimIdempotencyKey,
  hashRequest,
  purgeIdempotencyKeys,
  purgeExpiredIdempotencyKeys,
  startIdempotencyKeyPurge,
  saveIdempotentResponse,
  type IdempotencyClaim,
} from './idempotency.ts';
export type { Database, JsonObject, JsonValue } from './schema.ts';
