/**
 * The one catalogue of coded errors Retur answers with (the Fastify way): each code has an HTTP status, a
 * title and a description, and is documented in docs/errors.md (test/errors-doc.test.ts keeps the two in
 * step). Every 4xx and 5xx answer is an RFC 9457 problem+json body carrying one of these codes.
 */
import { rulesErrorCodes, RulesError, type RulesErrorCode } from '../rules/engine/errors.ts';
import { caseErrorCodes, CaseError } from '../cases/errors.ts';
import { storeErrorCodes, StoreError, type StoreErrorCode } from '../store/errors.ts';

export interface ErrorSpec {
  readonly status: number;
  readonly title: string;
  readonly description: string;
}

const rulesStatus: Record<RulesErrorCode, number> = {
  RULES_PARAM_NOT_IN_FORCE: 422,
  RULES_CONFLICT: 500,
  RULES_NO_RULE_APPLIES: 500,
  RULES_INVALID_DEFINITION: 500,
  RULES_INVALID_INPUT: 422,
  RULES_REFORM_UNKNOWN: 422,
  RULES_REFORM_NOT_ALLOWED: 422,
  RULES_REFORM_WRONG_TYPE: 422,
  RULES_REFORM_OVERLAP: 422,
  RULES_REFORM_GAP: 422,
  RULES_REFORM_NO_EFFECT: 422,
};

const storeStatus: Record<StoreErrorCode, number> = {
  STORE_NOT_FOUND: 404,
  STORE_ALREADY_EXISTS: 409,
  STORE_VERSION_CONFLICT: 412,
  STORE_TRANSACTION_CONFLICT: 503,
  STORE_IDEMPOTENCY_KEY_REUSED: 422,
  STORE_INVALID_ARGUMENT: 500,
  STORE_MIGRATION_CHANGED: 500,
  STORE_MIGRATION_INVALID: 500,
  STORE_DATA_DIR_IN_USE: 500,
};

const rulesTitles: Record<RulesErrorCode, string> = {
  RULES_PARAM_NOT_IN_FORCE: 'The rules do not cover that date',
  RULES_CONFLICT: 'Two rules conflict',
  RULES_NO_RULE_APPLIES: 'No rule applies',
  RULES_INVALID_DEFINITION: 'A rule set is malformed',
  RULES_INVALID_INPUT: 'The facts do not fit together',
  RULES_REFORM_UNKNOWN: 'The reform names something the rules do not have',
  RULES_REFORM_NOT_ALLOWED: 'A reform may not change that',
  RULES_REFORM_WRONG_TYPE: 'A reform value has the wrong type',
  RULES_REFORM_OVERLAP: 'Two changes of the reform overlap',
  RULES_REFORM_GAP: 'A change of the reform leaves a gap',
  RULES_REFORM_NO_EFFECT: 'A change of the reform changes nothing',
};

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
    description: 'This address has made more requests to the route than it allows in a while (sign-in: 20 a minute). `Retry-After` says in how many seconds to try again; `retryAfter` says the same.',
  },
  NOT_FOUND: {
    status: 404,
    title: 'Not found',
    description: 'No route or resource at that address.',
  },
  METHOD_NOT_ALLOWED: {
    status: 405,
    title: 'Method not allowed',
    description: 'The route exists but not for that HTTP method.',
  },
  INTERNAL: {
    status: 500,
    title: 'Internal error',
    description: 'A bug: Retur never answers 500 by design. The problem carries an id to find the log entry.',
  },
  CONFIG_INVALID: {
    status: 500,
    title: 'The configuration is not valid',
    description: 'An environment variable read at start-up is missing or wrong: `errors` names each variable at fault. Retur does not start; no request is ever answered with this code.',
  },
  SERVICE_NOT_READY: {
    status: 503,
    title: 'The service is not ready',
    description: '`GET /readyz` only: the database does not answer, or lacks a migration this build needs (`reason`: `database` or `migrations`, with the `pending` versions). Send traffic elsewhere; `retur migrate` applies what is missing.',
  },
  AUTH_OIDC_NOT_CONFIGURED: {
    status: 404,
    title: 'Sign-in through OpenID Connect is off',
    description: 'No identity provider is configured (RETUR_OIDC_ISSUER is not set): staff sign in with username and password.',
  },
  AUTH_OIDC_STATE_INVALID: {
    status: 400,
    title: 'The sign-in was not started here',
    description: "The provider's answer does not belong to a sign-in this browser started in the last 10 minutes (no or an expired sign-in cookie, a `state` that does not match, or an answer used twice). Start the sign-in again. No session is made.",
  },
  AUTH_OIDC_REFUSED: {
    status: 401,
    title: 'The identity provider refused the sign-in',
    description: 'The provider answered with an error (the user cancelled, or may not use the client), or refused to exchange the code. `providerError` carries its OAuth error code. No session is made.',
  },
  AUTH_OIDC_TOKEN_INVALID: {
    status: 401,
    title: 'The ID token is not valid',
    description: "The provider's ID token failed a check: its signature, issuer, audience, expiry or nonce, or it lacks the subject claim. No session is made.",
  },
  AUTH_OIDC_NOT_LINKED: {
    status: 403,
    title: 'The identity is linked to no account',
    description: 'The provider vouched for the person, but no enabled Retur account is linked to that identity (and auto-provisioning is off, or not allowed for the role). `issuer` and `subject` say which identity an administrator should link (`retur users link`). No session is made.',
  },
  AUTH_OIDC_ROLE_NOT_ALLOWED: {
    status: 403,
    title: 'The role is not granted by the identity provider',
    description: "The provider's role claim does not grant the linked account's role, or, for an account to be made at first sign-in, names no Retur role or more than one. `roles` lists the Retur roles the claim named. No session is made.",
  },
  AUTH_OIDC_PROVIDER_UNAVAILABLE: {
    status: 502,
    title: 'The identity provider cannot be reached',
    description: 'The provider did not answer, or answered outside the protocol (its discovery document or token endpoint). Try again later. No session is made.',
  },
  SIMULATION_JOB_NOT_FOUND: {
    status: 404,
    title: 'No such simulation job',
    description: 'No simulation job with that id, or not one the caller asked for (the two are not told apart): a job is read only by the account that started it.',
  },
  SIMULATION_JOB_NOT_DONE: {
    status: 409,
    title: 'The simulation job has no report yet',
    description: 'An export (`format=json-stat`, `csv` or `html`) of a job that is still queued or running, or that failed: `jobStatus` says which. Ask for the job as JSON to follow its progress.',
  },
  SIMULATION_JOB_LIMIT: {
    status: 429,
    title: 'Too many simulation jobs waiting',
    description: 'The account already has as many simulation jobs queued or running as it may (`limit`). Wait for one to finish.',
  },
  SIMULATION_JOB_INTERRUPTED: {
    status: 503,
    title: 'The simulation job was interrupted too often',
    description: 'Only as the `error` of a failed job: the server running it stopped three times before it finished (each time it was queued again and started over). Start it again; if it happens again, the simulation may be too large for the server.',
  },
  ...caseErrorCodes,
  ...(Object.fromEntries(
    (Object.keys(storeErrorCodes) as StoreErrorCode[]).map((code) => [
      code,
      { status: storeStatus[code], title: code.replace(/^STORE_/, '').toLowerCase().replace(/_/g, ' '), description: storeErrorCodes[code] },
    ]),
  ) as Record<StoreErrorCode, ErrorSpec>),
  ...(Object.fromEntries(
    (Object.keys(rulesErrorCodes) as RulesErrorCode[]).map((code) => [
      code,
      { status: rulesStatus[code], title: rulesTitles[code], description: rulesErrorCodes[code] },
    ]),
  ) as Record<RulesErrorCode, ErrorSpec>),
} satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof errorCatalogue;

export interface FieldError {
  /** JSON Pointer (RFC 6901) to the field at fault, e.g. `/travellers/0/dateOfBirth`; `` for the whole body. */
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** An error with a code from the catalogue, thrown anywhere outside rules/ and mapped once at each edge. */
export class ReturError extends Error {
  readonly code: ErrorCode;
  readonly errors: readonly FieldError[];
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, options: { errors?: readonly FieldError[]; details?: Record<string, unknown> } = {}) {
    super(message);
    this.name = 'ReturError';
    this.code = code;
    this.errors = options.errors ?? [];
    this.details = options.details ?? {};
  }
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

/** The RFC 9457 problem for any error; anything uncoded is an INTERNAL bug (its message is not shown). */
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
  if (error instanceof RulesError || error instanceof CaseError || error instanceof StoreError) {
    return { ...base(error.code, error.message), ...error.details };
  }
  return base('INTERNAL', 'An internal error occurred.');
}
