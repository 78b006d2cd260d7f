/** What the store's code needs of errors beside the catalogue's (src/shared/errors.ts, `STORE_*` codes). */

/** The `code` of an error: the SQLSTATE of a database error (`pg` or PGlite), or a Node errno code. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/** SQLSTATE raised by the append-only trigger on `events` and `audit` (migration 0001). */
export const APPEND_ONLY_SQLSTATE = 'RE001';
