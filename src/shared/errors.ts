/**
 * The one catalogue of coded errors Retur answers with (the Fastify way): each code has an HTTP status, a
 * title and a description, and is documented in docs/errors.md (test/errors-doc.test.ts keeps the two in
 * step; test/error-codes.test.ts checks that each code is thrown somewhere and each thrown code is here).
 * Every 4xx and 5xx answer is an RFC 9457 problem+json body carrying one of these codes.
 *
 * One class, `ReturError`, is thrown everywhere but in src/rules/, which imports nothing of the rest of
 * Retur: the rules throw their own `RulesError` with a `RULES_*` code of this catalogue, and the edges turn
 * it into a ReturError (`codedError` in src/api/problem.ts) before they answer. This module imports nothing.
 */

export interface ErrorSpec {
  readonly status: number;
  readonly title: string;
  readonly description: string;
}

export const errorCatalogue = {
  REQUEST_INVALID: {
    status: 400,
    title: 'The request is not valid',
    description: 'The body, query or parameters do not fit the schema: `errors` lists each field at fault by its JSON Pointer path.',
  },
  REQUEST_MALFORMED_JSON: {
    status: 400,
    title: 'The body is not valid JSON',
    description: 'The request body could not be parsed as JSON.',
  },
  REQUEST_UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    title: 'Unsupported media type',
    description: 'The request body has a content type this route does not accept (send application/json).',
  },
  REQUEST_TOO_LARGE: {
    status: 413,
    title: 'The request is too large',
    description: 'The request body is larger than the route accepts.',
  },
  REQUEST_URI_TOO_LONG: {
    status: 414,
    title: 'A path segment is too long',
    description: 'A part of the path (an id) is longer than 100 characters: no id Retur gives is that long.',
  },
  REQUEST_RATE_LIMITED: {
    status: 429,
    title: 'Too many requests',
    description:
      'This address has made more requests to the route than it allows in a while (sign-in: 20 a minute). `Retry-After` says in how many seconds to try again; `retryAfter` says the same.',
  },
  NOT_FOUND: {
    status: 404,
    title: 'Not found',
    description: 'No route or resource at that address.',
  },
  INTERNAL: {
    status: 500,
    title: 'Internal error',
    description: 'A bug: Retur never answers 500 by design. The problem carries an id to find the log entry.',
  },
  CONFIG_INVALID: {
    status: 500,
    title: 'The configuration is not valid',
    description:
      'An environment variable read at start-up is missing or wrong: `errors` names each variable at fault. Retur does not start; no request is ever answered with this code.',
  },
  SERVICE_NOT_READY: {
    status: 503,
    title: 'The service is not ready',
    description:
      '`GET /readyz` only: the database does not answer, or lacks a migration this build needs (`reason`: `database` or `migrations`, with the `pending` versions). Send traffic elsewhere; `retur migrate` applies what is missing.',
  },
  AUTH_OIDC_NOT_CONFIGURED: {
    status: 404,
    title: 'Sign-in through OpenID Connect is off',
    description: 'No identity provider is configured (RETUR_OIDC_ISSUER is not set): staff sign in with username and password.',
  },
  AUTH_OIDC_STATE_INVALID: {
    status: 400,
    title: 'The sign-in was not started here',
    description:
      "The provider's answer does not belong to a sign-in this browser started in the last 10 minutes (no or an expired sign-in cookie, a `state` that does not match, or an answer used twice). Start the sign-in again. No session is made.",
  },
  AUTH_OIDC_REFUSED: {
    status: 401,
    title: 'The identity provider refused the sign-in',
    description:
      'The provider answered with an error (the user cancelled, or may not use the client), or refused to exchange the code. `providerError` carries its OAuth error code. No session is made.',
  },
  AUTH_OIDC_TOKEN_INVALID: {
    status: 401,
    title: 'The ID token is not valid',
    description: "The provider's ID token failed a check: its signature, issuer, audience, expiry or nonce, or it lacks the subject claim. No session is made.",
  },
  AUTH_OIDC_NOT_LINKED: {
    status: 403,
    title: 'The identity is linked to no account',
    description:
      'The provider vouched for the person, but no enabled Retur account is linked to that identity (and auto-provisioning is off, or not allowed for the role). `issuer` and `subject` say which identity an administrator should link (`retur users link`). No session is made.',
  },
  AUTH_OIDC_ROLE_NOT_ALLOWED: {
    status: 403,
    title: 'The role is not granted by the identity provider',
    description:
      "The provider's role claim does not grant the linked account's role, or, for an account to be made at first sign-in, names no Retur role or more than one. `roles` lists the Retur roles the claim named. No session is made.",
  },
  AUTH_OIDC_PROVIDER_UNAVAILABLE: {
    status: 502,
    title: 'The identity provider cannot be reached',
    description:
      'The provider did not answer, or answered outside the protocol (its discovery document or token endpoint). Try again later. No session is made.',
  },
  SIMULATION_JOB_NOT_FOUND: {
    status: 404,
    title: 'No such simulation job',
    description:
      'No simulation job with that id, or not one the caller asked for (the two are not told apart): a job is read only by the account that started it.',
  },
  SIMULATION_JOB_NOT_DONE: {
    status: 409,
    title: 'The simulation job has no report yet',
    description:
      'An export (`format=json-stat`, `csv` or `html`) of a job that is still queued or running, or that failed: `jobStatus` says which. Ask for the job as JSON to follow its progress.',
  },
  SIMULATION_JOB_LIMIT: {
    status: 429,
    title: 'Too many simulation jobs waiting',
    description: 'The account already has as many simulation jobs queued or running as it may (`limit`). Wait for one to finish.',
  },
  SIMULATION_JOB_INTERRUPTED: {
    status: 503,
    title: 'The simulation job was interrupted too often',
    description:
      'Only as the `error` of a failed job: the server running it stopped three times before it finished (each time it was queued again and started over). Start it again; if it happens again, the simulation may be too large for the server.',
  },
  CASE_NOT_FOUND: { status: 404, title: 'No such case', description: 'No case with that id, or not one the caller may see (the two are not told apart).' },
  CASE_INVALID_TRANSITION: {
    status: 409,
    title: 'Action not allowed in this state',
    description: 'The action is not allowed in the process state the case is in. `state` and `action` say which.',
  },
  CASE_PRECONDITION_FAILED: {
    status: 409,
    title: 'A condition of the action is not met',
    description:
      'The state allows the action, but a condition does not hold (for example a Dublin transfer before the receiving country is notified, or an unaccompanied minor with no one recorded to meet them). `condition` names it.',
  },
  CASE_VERSION_CONFLICT: {
    status: 412,
    title: 'The case has changed',
    description: "The `If-Match` version is not the case's current version: fetch the case again and retry. Nothing was written.",
  },
  CASE_VERSION_REQUIRED: { status: 428, title: 'If-Match required', description: 'A write to a case must say which version it was based on, in `If-Match`.' },
  AUTH_REQUIRED: { status: 401, title: 'Sign in required', description: 'The route needs a signed-in user (session cookie) or a bearer token.' },
  AUTH_FORBIDDEN: { status: 403, title: 'Not allowed', description: "The caller's role may not do this, or the case is not one they are linked to." },
  AUTH_INVALID_CREDENTIALS: {
    status: 401,
    title: 'Wrong username or password',
    description: 'The username, password, application reference or secret is wrong, or the account is disabled or locked after repeated failed sign-ins.',
  },
  AUTH_CSRF: { status: 403, title: 'Form expired', description: "The form's CSRF token is missing or wrong; reload the page and try again." },
  STORE_NOT_FOUND: { status: 404, title: 'not found', description: 'The case does not exist.' },
  STORE_ALREADY_EXISTS: { status: 409, title: 'already exists', description: 'A case with that id already exists.' },
  STORE_VERSION_CONFLICT: {
    status: 412,
    title: 'version conflict',
    description:
      'The case has moved on since it was read: the version the write expected is not the current one. Nothing was written; read the case again and decide again.',
  },
  STORE_TRANSACTION_CONFLICT: {
    status: 503,
    title: 'transaction conflict',
    description:
      'A serializable transaction kept colliding with concurrent ones and gave up after its last retry. Nothing was written; the request may be tried again.',
  },
  STORE_IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    title: 'idempotency key reused',
    description: 'An Idempotency-Key was sent again by the same actor with a different request.',
  },
  STORE_INVALID_ARGUMENT: {
    status: 500,
    title: 'invalid argument',
    description: 'A store function was called with arguments it cannot accept (a bug in the caller).',
  },
  STORE_MIGRATION_CHANGED: {
    status: 500,
    title: 'migration changed',
    description: 'A migration that is already applied to the database differs from its file. Applied migrations are never edited: add a new one.',
  },
  STORE_MIGRATION_INVALID: {
    status: 500,
    title: 'migration invalid',
    description: 'A file in src/store/migrations/ is not named NNNN_name.sql, or two files share a number.',
  },
  STORE_DATA_DIR_IN_USE: {
    status: 500,
    title: 'data dir in use',
    description: 'Another live process has the PGlite data directory open; two processes on one directory would corrupt it.',
  },
  RULES_PARAM_NOT_IN_FORCE: {
    status: 422,
    title: 'The rules do not cover that date',
    description: 'A parameter was asked for a date it does not cover (before its first value, or after a value that ends it).',
  },
  RULES_CONFLICT: {
    status: 500,
    title: 'Two rules conflict',
    description: 'Two rules applied at the same level with different effects; the law as coded is ambiguous for these facts.',
  },
  RULES_NO_RULE_APPLIES: { status: 500, title: 'No rule applies', description: 'No rule of a definition applied to the facts; the definition has no default.' },
  RULES_INVALID_DEFINITION: {
    status: 500,
    title: 'A rule set is malformed',
    description: 'A rule set or parameter is malformed (a duplicate id, an exception to an unknown rule, dates out of order).',
  },
  RULES_INVALID_INPUT: { status: 422, title: 'The facts do not fit together', description: 'The facts given to a rule set do not fit its input schema.' },
  RULES_REFORM_UNKNOWN: {
    status: 422,
    title: 'The reform names something the rules do not have',
    description: 'A reform names a parameter or a rule that no rule set has.',
  },
  RULES_REFORM_NOT_ALLOWED: {
    status: 422,
    title: 'A reform may not change that',
    description:
      'A reform changes what a reform may not: a parameter whose values are not amounts, numbers or country lists, or a rule its rule set does not let a reform switch off.',
  },
  RULES_REFORM_WRONG_TYPE: { status: 422, title: 'A reform value has the wrong type', description: 'A reform gives a parameter a value of the wrong type.' },
  RULES_REFORM_OVERLAP: {
    status: 422,
    title: 'Two changes of the reform overlap',
    description: 'Two changes of a reform change the same parameter or rule on the same day.',
  },
  RULES_REFORM_GAP: {
    status: 422,
    title: 'A change of the reform leaves a gap',
    description: 'A change of a reform falls where the parameter has no value to change, or would leave it without a value.',
  },
  RULES_REFORM_NO_EFFECT: {
    status: 422,
    title: 'A change of the reform changes nothing',
    description: 'A change of a reform adds a country already on a list, or removes one that is not on it, for the whole of the change.',
  },
} satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof errorCatalogue;

export interface FieldError {
  /** JSON Pointer (RFC 6901) to the field at fault, e.g. `/travellers/0/dateOfBirth`; `` for the whole body. */
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/**
 * An error with a code from the catalogue, thrown anywhere outside src/rules/ and mapped once at each edge:
 * `details` go into the problem as extension members, `errors` lists the fields at fault.
 */
export class ReturError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;
  readonly errors: readonly FieldError[];

  constructor(
    code: ErrorCode,
    message: string,
    details: Record<string, unknown> & { errors?: never } = {},
    options: { errors?: readonly FieldError[]; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ReturError';
    this.code = code;
    this.details = details;
    this.errors = options.errors ?? [];
  }
}

/** Whether an error is a ReturError with this code. */
export function hasCode(error: unknown, code: ErrorCode): error is ReturError {
  return error instanceof ReturError && error.code === code;
}

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: ErrorCode;
  readonly errors?: readonly FieldError[];
  readonly instance?: string;
  readonly [extension: string]: unknown;
}

/** Problem types point at the error's section in the catalogue the service serves (docs/errors.md). */
export const PROBLEM_TYPE_BASE = '/docs/errors#';

/**
 * The RFC 9457 problem for an error; anything but a ReturError is an INTERNAL bug (its message is not shown).
 * The edges turn the rules' errors and their framework's into ReturErrors first (src/api/problem.ts).
 */
export function toProblem(error: unknown, instance?: string): Problem {
  const base = (code: ErrorCode, detail: string) => {
    const spec: ErrorSpec = errorCatalogue[code];
    return {
      type: PROBLEM_TYPE_BASE + code.toLowerCase(),
      title: spec.title,
      status: spec.status,
      detail,
      code,
      ...(instance === undefined ? {} : { instance }),
    };
  };
  if (error instanceof ReturError) {
    return { ...base(error.code, error.message), ...(error.errors.length > 0 ? { errors: error.errors } : {}), ...error.details };
  }
  return base('INTERNAL', 'An internal error occurred.');
}
