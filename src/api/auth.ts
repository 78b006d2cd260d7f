/**
 * Who is asking: a bearer token (other systems) or the session cookie (the browser), resolved once per
 * request. Every route declares the roles it allows in `config.roles` ('public' for none); a hook refuses
 * the rest before the body is validated. Writes made with the cookie must carry the session's CSRF token.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import { principalForSession, principalForToken } from '../cases/accounts.ts';
import type { Db } from '../cases/commands.ts';
import { roleOf, type Principal, type Role } from '../cases/roles.ts';
import { ReturError } from '../shared/errors.ts';
import { SESSION_COOKIE } from '../shared/http.ts';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    csrfToken: string | null;
    viaCookie: boolean;
  }
  interface FastifyContextConfig {
    /** The roles that may call the route, or 'public'. */
    roles?: readonly Role[] | 'public';
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function registerAuth(app: FastifyInstance, db: Db): Promise<void> {
  if (!app.hasRequestDecorator('cookies')) await app.register(fastifyCookie);
  app.decorateRequest('principal', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('viaCookie', false);

  app.addHook('onRequest', async (request: FastifyRequest) => {
    // The scheme is case-insensitive (RFC 9110 §11.1): Bearer, bearer, BEARER.
    const bearer = /^bearer +(\S+) *$/i.exec(request.headers.authorization ?? '');
    if (bearer) {
      request.principal = await principalForToken(db, bearer[1]!);
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await principalForSession(db, token);
      if (session) {
        request.principal = session.principal;
        request.csrfToken = session.csrfToken;
        request.viaCookie = true;
      }
    }
  });

  // Before validation, so that a caller who may not use a route learns nothing from how its body is judged.
  app.addHook('preValidation', async (request: FastifyRequest, _reply: FastifyReply) => {
    const roles = request.routeOptions.config.roles;
    if (roles === undefined || roles === 'public') return;
    if (!request.principal) throw new ReturError('AUTH_REQUIRED', 'Sign in, or send a bearer token');
    if (!roles.includes(roleOf(request.principal))) throw new ReturError('AUTH_FORBIDDEN', `The ${roleOf(request.principal)} role may not use this route`);
    checkCsrf(request);
  });
}

/**
 * A write with the session cookie must carry the session's CSRF token (the `X-CSRF-Token` header or a form's
 * `_csrf` field), or AUTH_CSRF: every route for signed-in roles, and signing out.
 */
export function checkCsrf(request: FastifyRequest): void {
  if (!request.viaCookie || SAFE.has(request.method)) return;
  const body = request.body as { _csrf?: unknown } | undefined;
  const given = request.headers['x-csrf-token'] ?? (typeof body?._csrf === 'string' ? body._csrf : undefined);
  if (given !== request.csrfToken) throw new ReturError('AUTH_CSRF', 'The CSRF token is missing or wrong');
  // A form sends the token as a field; it is checked here and is no part of the route's input.
  if (body && typeof body === 'object' && '_csrf' in body) delete body._csrf;
}
