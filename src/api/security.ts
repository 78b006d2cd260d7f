/**
 * The security headers of every answer, in one place, through @fastify/helmet:
 *
 * - a Content Security Policy without 'unsafe-inline': scripts, styles, images and fonts from Retur itself
 *   only, never inline (no <script> or <style> with content, no style="" or on…="" attributes: CSS goes into
 *   /assets and pages use classes), no framing (`frame-ancestors 'none'`), forms posted to Retur only (and the
 *   quick exit's redirect to its neutral site);
 * - `Referrer-Policy: no-referrer` (a case id in a URL goes nowhere), `X-Content-Type-Options: nosniff`,
 *   `X-Frame-Options: DENY` for old browsers;
 * - HSTS only when the public address (RETUR_PUBLIC_URL) is https: on plain http it would be ignored, and on a
 *   development machine's localhost it would stick to every other service there;
 * - `Cache-Control: no-store` on every answer of a route for signed-in roles and of sign-in and out (personal
 *   data), whatever the route set, and on every answer that sets no cache policy of its own. Public answers
 *   that may be cached (the assets, the statistics) say so themselves.
 *
 * Fastify answers a path it cannot route (too long, not UTF-8) before any hook runs: `frameworkErrorHeaders`
 * are the headers for those answers.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyHelmet from '@fastify/helmet';
import type { ServerConfig } from './config.ts';
import { QUICK_EXIT_URL } from '../shared/http.ts';

/** The Content Security Policy's directives; a page that needs more must change them here, for every page. */
export const contentSecurityPolicy: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  // The quick exit is a form whose answer redirects to a neutral site: Chromium checks that redirect too.
  'form-action': ["'self'", new URL(QUICK_EXIT_URL).origin],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'object-src': ["'none'"],
};

/** HSTS: a year, subdomains included, sent only when the public address is https. */
const HSTS = { maxAge: 31_536_000, includeSubDomains: true };

const NO_STORE = 'no-store';

/** Whether an answer may carry personal data: every route for signed-in roles, and signing in and out. */
function personal(request: FastifyRequest): boolean {
  const roles = request.routeOptions.config?.roles;
  return (roles !== undefined && roles !== 'public') || request.url.startsWith('/api/v1/auth/');
}

const httpsPublic = (config: ServerConfig): boolean => config.publicUrl?.protocol === 'https:';

/** Registers the headers on `app` (helmet's hooks are global): call it before any route. */
export async function registerSecurityHeaders(app: FastifyInstance, config: ServerConfig): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: Object.fromEntries(Object.entries(contentSecurityPolicy).map(([k, v]) => [k, [...v]])) },
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: httpsPublic(config) ? HSTS : false,
  });
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply) => {
    if (personal(request) || !reply.hasHeader('cache-control')) reply.header('cache-control', NO_STORE);
  });
}

/** The headers of an answer Fastify gives before any hook runs (an unroutable path): a problem, never cached. */
export function frameworkErrorHeaders(config: ServerConfig): Record<string, string> {
  return {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cache-control': NO_STORE,
    ...(httpsPublic(config) ? { 'strict-transport-security': `max-age=${HSTS.maxAge}; includeSubDomains` } : {}),
  };
}
