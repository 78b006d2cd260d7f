/**
 * Signing in and out. Staff sign in with username and password (or through OpenID Connect: oidc-routes.ts);
 * the person signs in to their own case with the application reference and the secret they were given when
 * they applied. The session is an httpOnly, SameSite=Strict cookie; the answer carries the CSRF token that
 * writes made with the cookie must send. Every sign-in is recorded in the audit with the session it opens.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { checkPassword, checkPersonSecret, endSession, SESSION_HOURS, signIn } from '../cases/accounts.ts';
import type { Db } from '../cases/commands.ts';
import { roleOf, type Principal } from '../cases/roles.ts';
import { checkCsrf } from './auth.ts';
import { SESSION_COOKIE, sessionCookieOptions } from '../shared/http.ts';
import { problemSchema } from './schemas.ts';

const signedIn = z
  .object({
    kind: z.enum(['staff', 'person']),
    role: z.string(),
    username: z.string().optional(),
    reference: z.string().optional(),
    csrfToken: z.string().optional(),
  })
  .meta({ id: 'SignedIn' });

function describe(principal: Principal, csrfToken?: string) {
  return {
    kind: principal.kind,
    role: roleOf(principal),
    ...(principal.kind === 'staff' ? { username: principal.username } : { reference: principal.reference }),
    ...(csrfToken === undefined ? {} : { csrfToken }),
  };
}

export function registerAuthRoutes(app: FastifyInstance, db: Db, options: { loginRateLimit?: number } = {}): void {
  // Sign-in is rate limited per address, against password guessing.
  const rateLimit = { max: options.loginRateLimit ?? 20, timeWindow: '1 minute' };
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.post('/api/v1/auth/login', {
    config: { roles: 'public', rateLimit },
    schema: {
      operationId: 'login',
      summary: 'Staff sign-in (sets the session cookie)',
      tags: ['auth'],
      body: z.strictObject({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }),
      response: { 200: signedIn, 400: problemSchema, 401: problemSchema },
    },
    handler: async (request, reply) => {
      const principal = await checkPassword(db, request.body.username, request.body.password);
      const session = await signIn(db, principal, 'password');
      reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(SESSION_HOURS));
      return describe(principal, session.csrfToken);
    },
  });

  typed.post('/api/v1/auth/person-login', {
    config: { roles: 'public', rateLimit },
    schema: {
      operationId: 'personLogin',
      summary: 'The person signs in to their own application with its reference and secret',
      tags: ['auth'],
      body: z.strictObject({ reference: z.string().min(1).max(40), secret: z.string().min(1).max(100) }),
      response: { 200: signedIn, 400: problemSchema, 401: problemSchema },
    },
    handler: async (request, reply) => {
      const principal = await checkPersonSecret(db, request.body.reference.trim().toUpperCase(), request.body.secret.trim());
      const session = await signIn(db, principal, 'application-secret');
      reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(SESSION_HOURS));
      return describe(principal, session.csrfToken);
    },
  });

  typed.post('/api/v1/auth/logout', {
    config: { roles: 'public' },
    schema: {
      operationId: 'logout',
      summary: 'Sign out (ends the session); with the session cookie, send its CSRF token (X-CSRF-Token), or another site could sign the person out',
      tags: ['auth'],
      response: { 204: z.null(), 403: problemSchema },
    },
    handler: async (request, reply) => {
      checkCsrf(request);
      const token = request.cookies[SESSION_COOKIE];
      if (token) await endSession(db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  });

  typed.get('/api/v1/auth/me', {
    config: { roles: ['udi', 'iom', 'une', 'police', 'lawyer', 'guardian', 'reception', 'statistics', 'admin', 'person'] },
    schema: { operationId: 'me', summary: 'Who is signed in', tags: ['auth'], response: { 200: signedIn, 401: problemSchema } },
    handler: async (request) => describe(request.principal!, request.csrfToken ?? undefined),
  });
}
