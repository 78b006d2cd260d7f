/**
 * Coded errors of the case work. The API maps them once to problem+json (src/shared/errors.ts).
 */
export const caseErrorCodes = {
  CASE_NOT_FOUND: { status: 404, title: 'No such case', description: 'No case with that id, or not one the caller may see (the two are not told apart).' },
  CASE_INVALID_TRANSITION: { status: 409, title: 'Action not allowed in this state', description: 'The action is not allowed in the process state the case is in. `state` and `action` say which.' },
  CASE_PRECONDITION_FAILED: { status: 409, title: 'A condition of the action is not met', description: 'The state allows the action, but a condition does not hold (for example a Dublin transfer before the receiving country is notified, or an unaccompanied minor with no one recorded to meet them). `condition` names it.' },
  CASE_VERSION_CONFLICT: { status: 412, title: 'The case has changed', description: 'The `If-Match` version is not the case\'s current version: fetch the case again and retry. Nothing was written.' },
  CASE_VERSION_REQUIRED: { status: 428, title: 'If-Match required', description: 'A write to a case must say which version it was based on, in `If-Match`.' },
  CASE_IDEMPOTENCY_MISMATCH: { status: 422, title: 'Idempotency key reused', description: 'The `Idempotency-Key` was used before with a different request.' },
  AUTH_REQUIRED: { status: 401, title: 'Sign in required', description: 'The route needs a signed-in user (session cookie) or a bearer token.' },
  AUTH_FORBIDDEN: { status: 403, title: 'Not allowed', description: 'The caller\'s role may not do this, or the case is not one they are linked to.' },
  AUTH_INVALID_CREDENTIALS: { status: 401, title: 'Wrong username or password', description: 'The username, password, application reference or secret is wrong, or the account is disabled or locked after repeated failed sign-ins.' },
  AUTH_CSRF: { status: 403, title: 'Form expired', description: 'The form\'s CSRF token is missing or wrong; reload the page and try again.' },
} as const;

export type CaseErrorCode = keyof typeof caseErrorCodes;

export class CaseError extends Error {
  readonly code: CaseErrorCode;
  readonly details: Readonly<Record<string, unknown>>;
  constructor(code: CaseErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'CaseError';
    this.code = code;
    this.details = details;
  }
}
