/**
 * Staff sign-in through OpenID Connect (docs/oidc.md): the authorization code flow with PKCE, state and
 * nonce, through openid-client.
 *
 * GET /api/v1/auth/oidc/login keeps the sign-in under way in the database (state, nonce, PKCE verifier, where
 * to go afterwards), gives the browser a random token for it in a short-lived httpOnly cookie, and redirects
 * to the provider. GET /api/v1/auth/oidc/callback takes that sign-in once (from the cookie: an answer that
 * did not come back to the browser that started it is refused), checks the state, exchanges the code, has
 * openid-client validate the ID token (signature, issuer, audience, expiry, nonce), maps the identity to a
 * staff account (src/cases/identities.ts) and sets the same session cookie as the password sign-in.
 *
 * Both routes are always there; with OpenID Connect off they answer 404 AUTH_OIDC_NOT_CONFIGURED, so the API
 * document and the role matrix are the same in every deployment.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as client from 'openid-client';
import { z } from 'zod';
import { endSession, SESSION_HOURS } from '../cases/accounts.ts';
import type { Db } from '../cases/commands.ts';
import { beginOidcLogin, OIDC_LOGIN_MINUTES, signInWithIdentity, takeOidcLogin } from '../cases/identities.ts';
import { ReturError } from '../shared/errors.ts';
import { SESSION_COOKIE, sessionCookieOptions } from '../shared/http.ts';
import { OIDC_CALLBACK_PATH, type OidcConfig } from './oidc-config.ts';
import { loggableError } from './problem.ts';
import { problemSchema } from './schemas.ts';

/** The cookie that ties the provider's answer to the browser that started the sign-in. */
export const OIDC_FLOW_COOKIE = 'retur_oidc';
const FLOW_COOKIE_PATH = '/api/v1/auth/oidc/';

/**
 * A path on this site: one leading slash (not two, not a backslash, which browsers read as a slash), and only
 * the characters a URL path and query may have, so nothing can make it leave the site or break out of HTML.
 */
export function isLocalPath(value: string): boolean {
  if (!/^\/(?![/\\])[A-Za-z0-9\-._~!$&'()*+,;=:@/%?]*$/.test(value)) return false;
  const base = new URL('https://retur.invalid');
  return new URL(value, base).origin === base.origin;
}

const returnTo = z
  .string()
  .max(2000)
  .refine(isLocalPath, 'must be a path on this site, starting with a single /')
  .default('/')
  .describe('Where to go once signed in: a path on this site (default /)');

/** The provider's answer. Providers add parameters of their own (session_state, iss, …): they are let through. */
const callbackQuery = z.looseObject({
  code: z.string().max(4000).optional(),
  state: z.string().max(1000).optional(),
  error: z.string().max(200).optional(),
});

/** openid-client's codes for an ID token or token response that fails a check. */
const TOKEN_CHECKS = new Set([
  'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
  'OAUTH_JWT_TIMESTAMP_CHECK_FAILED',
  'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED',
  'OAUTH_INVALID_RESPONSE',
  'OAUTH_KEY_SELECTION_FAILED',
  'OAUTH_PARSE_ERROR',
]);

/**
 * What went wrong with the provider, as a coded error. Only a failure to reach it is logged, and only through
 * `loggableError` (class, code, stack frames): openid-client's messages about a token may quote its claims.
 */
function fromProvider(error: unknown, log: FastifyBaseLogger): ReturError {
  if (error instanceof ReturError) return error;
  if (error instanceof client.AuthorizationResponseError || error instanceof client.ResponseBodyError) {
    return new ReturError('AUTH_OIDC_REFUSED', `The identity provider refused the sign-in: ${error.error}`, { providerError: error.error });
  }
  if (error instanceof client.ClientError && error.code !== undefined && TOKEN_CHECKS.has(error.code)) {
    return new ReturError('AUTH_OIDC_TOKEN_INVALID', `The identity provider's answer failed a check: ${error.message}`);
  }
  log.warn({ error: loggableError(error) }, 'the identity provider failed');
  return new ReturError('AUTH_OIDC_PROVIDER_UNAVAILABLE', 'The identity provider could not be reached, or answered outside the protocol: try again later');
}

/** A claim by its name, or by a dotted path into nested objects (`resource_access.retur.roles`). */
export function claimAt(claims: Readonly<Record<string, unknown>>, name: string): unknown {
  if (name in claims) return claims[name];
  let value: unknown = claims;
  for (const key of name.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The values of a role claim: a list of strings, or one string of names apart by spaces or commas. */
export function roleValues(claim: unknown): string[] {
  if (typeof claim === 'string') return claim.split(/[\s,]+/).filter((s) => s !== '');
  if (Array.isArray(claim)) return claim.filter((v): v is string => typeof v === 'string');
  return [];
}

const text = (claim: unknown) => (typeof claim === 'string' && claim.trim() !== '' ? claim : undefined);

/**
 * The page the callback answers with once signed in: it moves on to `returnTo` itself. Not a redirect: the
 * session cookie is SameSite=Strict, and browsers do not send it on a redirect that a navigation from the
 * provider's site started, so the first page after a redirect would look signed out.
 */
function continuePage(path: string): string {
  const href = path.replace(/&/g, '&amp;').replace(/'/g, '&#39;');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${href}"><title>Signed in · Retur</title></head>
<body><p>Signed in. <a href="${href}">Continue</a>.</p></body></html>
`;
}

function equal(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface OidcRouteOptions {
  /** Sign-ins started and finished per address per minute. */
  readonly rateLimit: { max: number; timeWindow: string };
}

export function registerOidcRoutes(app: FastifyInstance, db: Db, config: OidcConfig | null, options: OidcRouteOptions): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const provider = config === null ? null : discoverer(config, app.log);
  const flowCookie = { path: FLOW_COOKIE_PATH, httpOnly: true, sameSite: 'lax' as const, secure: config?.redirectUri.protocol === 'https:' };
  const off = () => new ReturError('AUTH_OIDC_NOT_CONFIGURED', 'Sign-in through OpenID Connect is not configured here: sign in with username and password');
  if (config)
    app.log.info({ issuer: config.issuer.href, redirectUri: config.redirectUri.href, autoProvision: config.autoProvision }, 'OpenID Connect sign-in is on');

  typed.get('/api/v1/auth/oidc/login', {
    exposeHeadRoute: false,
    config: { roles: 'public', rateLimit: options.rateLimit },
    schema: {
      operationId: 'oidcLogin',
      summary: 'Staff sign-in through OpenID Connect: redirects to the identity provider',
      description: `Starts the authorization code flow (PKCE, state, nonce) and answers 302 to the provider, with a cookie that ties its answer to this browser for ${OIDC_LOGIN_MINUTES} minutes. 404 AUTH_OIDC_NOT_CONFIGURED when no provider is configured. See docs/oidc.md.`,
      tags: ['auth'],
      querystring: z.strictObject({ returnTo }),
      response: { 400: problemSchema, 404: problemSchema, 502: problemSchema },
    },
    handler: async (request, reply) => {
      if (!config || !provider) throw off();
      const server = await provider();
      const login = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
        returnTo: request.query.returnTo,
      };
      const flow = await beginOidcLogin(db, login);
      const url = client.buildAuthorizationUrl(server, {
        redirect_uri: config.redirectUri.href,
        scope: config.scopes.join(' '),
        state: login.state,
        nonce: login.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(login.codeVerifier),
        code_challenge_method: 'S256',
      });
      reply.setCookie(OIDC_FLOW_COOKIE, flow, { ...flowCookie, maxAge: OIDC_LOGIN_MINUTES * 60 });
      reply.header('cache-control', 'no-store');
      return reply.redirect(url.href, 302);
    },
  });

  typed.get(OIDC_CALLBACK_PATH, {
    exposeHeadRoute: false,
    config: { roles: 'public', rateLimit: options.rateLimit },
    schema: {
      operationId: 'oidcCallback',
      summary: 'Where the identity provider sends the browser back: signs the staff member in',
      description:
        'Exchanges the code, validates the ID token, maps the identity to a staff account and sets the session cookie (as POST /api/v1/auth/login does); answers a page that moves on to `returnTo`. Every refusal is a problem with a code, and leaves no session. See docs/oidc.md.',
      tags: ['auth'],
      querystring: callbackQuery,
      response: { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 502: problemSchema },
    },
    handler: async (request, reply) => {
      if (!config || !provider) throw off();
      // The sign-in is used once, whatever comes of it.
      const flow = request.cookies[OIDC_FLOW_COOKIE];
      reply.clearCookie(OIDC_FLOW_COOKIE, flowCookie);
      try {
        const login = flow ? await takeOidcLogin(db, flow) : null;
        if (!login)
          throw new ReturError(
            'AUTH_OIDC_STATE_INVALID',
            `No sign-in was started in this browser in the last ${OIDC_LOGIN_MINUTES} minutes, or it was finished already: start again`,
          );
        if (request.query.state === undefined || !equal(request.query.state, login.state)) {
          throw new ReturError('AUTH_OIDC_STATE_INVALID', 'The answer does not belong to the sign-in this browser started: start again');
        }
        // The address the provider sent the browser to, as registered (not as the Host header says).
        const current = new URL(config.redirectUri);
        current.search = new URL(request.url, 'https://retur.invalid').search;
        const tokens = await client
          .authorizationCodeGrant(await provider(), current, {
            pkceCodeVerifier: login.codeVerifier,
            expectedState: login.state,
            expectedNonce: login.nonce,
            idTokenExpected: true,
          })
          .catch((error: unknown) => {
            throw fromProvider(error, request.log);
          });
        const claims = tokens.claims();
        const subject = claims ? text(claimAt(claims, config.subjectClaim)) : undefined;
        if (!claims || subject === undefined)
          throw new ReturError('AUTH_OIDC_TOKEN_INVALID', `The ID token has no ${config.subjectClaim} claim to know the person by`);
        const { principal, session, provisioned } = await signInWithIdentity(
          db,
          {
            issuer: claims.iss,
            subject,
            roles: config.roleClaim === null ? null : roleValues(claimAt(claims, config.roleClaim)),
            preferredUsername: text(claims.preferred_username) ?? text(claims.email),
            name: text(claims.name),
          },
          { autoProvision: config.autoProvision },
        );
        // A session the browser had before is ended: the new one replaces it.
        const previous = request.cookies[SESSION_COOKIE];
        if (previous) await endSession(db, previous);
        request.log.info({ role: principal.kind === 'staff' ? principal.role : 'person', provisioned }, 'signed in through OpenID Connect');
        return sendSignedIn(reply, session.token, login.returnTo);
      } catch (error) {
        // The code only: what the provider said of the person stays out of the logs.
        request.log.info({ problemCode: error instanceof ReturError ? error.code : 'INTERNAL' }, 'OpenID Connect sign-in refused');
        throw error;
      }
    },
  });
}

function sendSignedIn(reply: FastifyReply, sessionToken: string, returnTo: string): FastifyReply {
  reply.setCookie(SESSION_COOKIE, sessionToken, sessionCookieOptions(SESSION_HOURS));
  reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
  return reply.type('text/html; charset=utf-8').send(continuePage(returnTo));
}

/**
 * The provider's metadata and keys, discovered at the first sign-in and kept (openid-client caches the keys
 * and fetches them again when a token names one it does not know). A failed discovery is tried again at the
 * next sign-in, so Retur starts while the provider is down.
 */
function discoverer(config: OidcConfig, log: FastifyBaseLogger): () => Promise<client.Configuration> {
  let pending: Promise<client.Configuration> | undefined;
  const auth = config.clientAuth === 'client_secret_post' ? client.ClientSecretPost(config.clientSecret) : client.ClientSecretBasic(config.clientSecret);
  // The ID token's signature is checked against the provider's published keys too. OpenID Connect lets TLS
  // stand in for it on the token endpoint's answer (and openid-client skips it by default); checking it
  // means a token that did not come from the provider is refused even where TLS is ended by a proxy.
  const execute = [client.enableNonRepudiationChecks, ...(config.issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [])];
  return () => {
    pending ??= client
      .discovery(config.issuer, config.clientId, { client_secret: config.clientSecret }, auth, { timeout: 10, execute })
      .catch((error: unknown) => {
        pending = undefined;
        throw fromProvider(error, log);
      });
    return pending;
  };
}
