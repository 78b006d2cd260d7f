/**
 * Maps every error that reaches the edge to an RFC 9457 problem+json answer with a stable code from the
 * catalogue (src/shared/errors.ts). `codedError` is the one place an error that is not a ReturError becomes
 * one: the rules' own RulesError (the rules import nothing of the rest of Retur) and Fastify's errors (bad
 * JSON, wrong content type, body too large); the command line (src/cli/io.ts) uses it too. Anything uncoded
 * is a bug, logged and answered as INTERNAL.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ReturError, toProblem, type Problem } from '../shared/errors.ts';
import { RulesError } from '../rules/engine/errors.ts';

export const PROBLEM_JSON = 'application/problem+json; charset=utf-8';

/**
 * The catalogue's error for an error: a ReturError as it is, a RulesError with its own code (each is in the
 * catalogue: this does not compile otherwise), a Fastify error by its code; undefined for anything else (a bug).
 */
export function codedError(error: unknown): ReturError | undefined {
  if (error instanceof ReturError) return error;
  if (error instanceof RulesError) return new ReturError(error.code, error.message, error.details, { cause: error });
  if (error instanceof Error && 'statusCode' in error) return fromFastify(error as FastifyError);
  return undefined;
}

function fromFastify(error: FastifyError): ReturError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_TYPE':
      return new ReturError('REQUEST_UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ReturError('REQUEST_TOO_LARGE', error.message);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ReturError('REQUEST_MALFORMED_JSON', error.message);
    default:
      break;
  }
  if (error instanceof SyntaxError || (error.statusCode === 400 && /JSON/.test(error.message))) {
    return new ReturError('REQUEST_MALFORMED_JSON', 'The body is not valid JSON.');
  }
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return new ReturError('REQUEST_INVALID', error.message);
  }
  return undefined;
}

const IDENTIFIER = /^[A-Za-z0-9_.$-]{1,64}$/;
const identifier = (value: unknown): string | undefined => (typeof value === 'string' && IDENTIFIER.test(value) ? value : undefined);

/**
 * What a log line may say of an error: its class and name, its code (a database error's SQLSTATE, and the
 * constraint, table and column it names), and the stack's frames, never its message (a database error's
 * message and detail quote the values, "Failing row contains (…)"), its parameters, the query, or anything
 * else it carries. Built field by field from an allow-list, so a field a driver adds later stays out. Causes
 * are followed three deep.
 */
export function loggableError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: error === null ? 'null' : typeof error };
  const fields = error as unknown as Record<string, unknown>;
  const isDatabaseError = typeof fields['severity'] === 'string' && /^[0-9A-Z]{5}$/.test(String(fields['code']));
  const header = `${error.name}: ${error.message}`;
  const frames = (error.stack?.startsWith(header) ? error.stack.slice(header.length) : (error.stack ?? ''))
    .split('\n')
    .filter((line) => /^\s+at \S/.test(line) && !line.includes(error.message || '\u0000'))
    .map((line) => line.trim());
  const out: Record<string, unknown> = { type: identifier(error.constructor?.name) ?? 'Error', name: identifier(error.name) ?? 'Error' };
  if (isDatabaseError) {
    out['sqlState'] = String(fields['code']);
    for (const key of ['constraint', 'table', 'column', 'routine']) if (identifier(fields[key])) out[key] = fields[key];
  } else if (identifier(fields['code'])) {
    out['code'] = fields['code'];
  }
  out['stack'] = frames;
  if (error.cause !== undefined && depth < 3) out['cause'] = loggableError(error.cause, depth + 1);
  return out;
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type(PROBLEM_JSON).send(problem);
}

/** How to answer a problem as a page to a browser (src/web/error-pages.ts), when the request wants one. */
export interface ProblemPages {
  readonly wants: (request: FastifyRequest) => boolean;
  readonly render: (request: FastifyRequest, problem: Problem & { requestId?: string }) => string;
}

export function registerProblemHandlers(app: FastifyInstance, pages?: ProblemPages): void {
  const answer = (request: FastifyRequest, reply: FastifyReply, problem: Problem & { requestId?: string }) =>
    pages?.wants(request) ? reply.code(problem.status).type('text/html; charset=utf-8').send(pages.render(request, problem)) : sendProblem(reply, problem);
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const coded = codedError(error) ?? fromFastify(error);
    const problem = toProblem(coded ?? error, request.url);
    if (problem.status >= 500) {
      // Only what identifies the bug (the request id comes with request.log): see loggableError.
      request.log.error({ error: loggableError(error), problemCode: problem.code }, 'request failed');
      return answer(request, reply, { ...problem, requestId: request.id });
    }
    return answer(request, reply, problem);
  });

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) =>
    answer(request, reply, toProblem(new ReturError('NOT_FOUND', `No route for ${request.method} ${request.url.split('?')[0]}`), request.url)),
  );
}

/**
 * Errors Fastify's router answers before any route or hook runs (Fastify's `frameworkErrors`): a path segment
 * longer than `maxParamLength` (100), a path that is not valid percent-encoding. Answered as problems too.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const coded =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new ReturError('REQUEST_URI_TOO_LONG', 'A part of the path is longer than 100 characters: no id is that long')
      : error.code === 'FST_ERR_BAD_URL'
        ? new ReturError('REQUEST_INVALID', 'The path is not valid percent-encoded UTF-8')
        : (codedError(error) ?? error);
  return sendProblem(reply, toProblem(coded, request.url.split('?')[0]));
}

/** What the rate limit (@fastify/rate-limit) throws when an address has used up its requests: 429 with Retry-After. */
export function rateLimitedError(_request: FastifyRequest, context: { after: string; ttl: number }): ReturError {
  return new ReturError('REQUEST_RATE_LIMITED', `Too many requests from this address: try again in ${context.after}`, {
    retryAfter: Math.max(1, Math.ceil(context.ttl / 1000)),
  });
}
