/**
 * The coded errors of the store. Each code is explained in src/store/README.md; the edges map them to
 * problem+json (STORE_VERSION_CONFLICT is the 412 of a stale If-Match, STORE_NOT_FOUND a 404, ...).
 */
export const storeErrorCodes = {
  STORE_NOT_FOUND: 'The case does not exist.',
  STORE_ALREADY_EXISTS: 'A case with that id already exists.',
  STORE_VERSION_CONFLICT:
    'The case has moved on since it was read: the version the write expected is not the current one. Nothing was written; read the case again and decide again.',
  STORE_TRANSACTION_CONFLICT:
    'A serializable transaction kept colliding with concurrent ones and gave up after its last retry. Nothing was written; the request may be tried again.',
  STORE_IDEMPOTENCY_KEY_REUSED: 'An Idempotency-Key was sent again by the same actor with a different request.',
  STORE_INVALID_ARGUMENT: 'A store function was called with arguments it cannot accept (a bug in the caller).',
  STORE_MIGRATION_CHANGED:
    'A migration that is already applied to the database differs from its file. Applied migrations are never edited: add a new one.',
  STORE_MIGRATION_INVALID: 'A file in src/store/migrations/ is not named NNNN_name.sql, or two files share a number.',
  STORE_DATA_DIR_IN_USE: 'Another live process has the PGlite data directory open; two processes on one directory would corrupt it.',
} as const;

export type StoreErrorCode = keyof typeof storeErrorCodes;

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: StoreErrorCode, message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
    this.details = details;
  }
}

/** The `code` of an error: the SQLSTATE of a database error (`pg` or PGlite), or a Node errno code. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/** SQLSTATE raised by the append-only trigger on `events` and `audit` (migration 0001). */
export const APPEND_ONLY_SQLSTATE = 'RE001';
