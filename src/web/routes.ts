/**
 * The web: server-rendered pages that work without JavaScript. Everything here is registered in one
 * encapsulated plugin, so that form bodies (application/x-www-form-urlencoded) and compression of pages apply
 * to the pages only, never to the API; the assets are served outside it, compressed once at start-up.
 *
 * To add pages, write a `register…(web, deps)` function and call it in `registerWebRoutes` below: `deps`
 * gives the session store and the rate limit for public POSTs; `webRequest(request, reply, deps.store)` gives
 * the page context (language, path, CSRF token) and the session; `page({ title, body, ctx })` is the layout.
 */
import type { FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyCompress from '@fastify/compress';
import fastifyFormbody from '@fastify/formbody';
import { TOKEN_DAYS } from '../cases/accounts.ts';
import type { Db } from '../cases/commands.ts';
import { LANG_COOKIE } from '../i18n/negotiate.ts';
import { registerAssets } from './assets.ts';
import { registerDocsPages } from './docs-pages.ts';
import { databaseSessionStore, memorySessionStore, WEB_SESSION_COOKIE, WebSession, type WebSessionStore } from './session.ts';
import { registerStatisticsPages } from './statistics/routes.ts';
import { registerStartPage } from './start-page.ts';
import { registerFlow } from './flow.ts';
import { checkerFlow } from './public/checker.ts';
import { calculatorFlow } from './public/calculator.ts';
import { decisionFlow } from './public/decision.ts';
import { registerConsole } from './console/routes.ts';
import { registerSignIn } from './person/sign-in.ts';
import { registerMyApplication } from './person/my-application.ts';
import { registerApply } from './person/apply.ts';
import { QUICK_EXIT_URL, SESSION_COOKIE } from '../shared/http.ts';
import { endSession } from '../cases/accounts.ts';

export interface WebOptions {
  /** The database for sessions and the statistics pages; without one, sessions live in memory. */
  readonly db?: Db;
  /** Public POSTs (answers, the quick exit) allowed per address per minute (default 120). */
  readonly postRateLimit?: number;
  /** Requests of the statistics page allowed per address per minute (default 120; RETUR_STATISTICS_RATE_LIMIT). */
  readonly statisticsRateLimit?: number;
  /** Today in Oslo, for the flows (tests fix it). */
  readonly today?: () => string;
  /** Console sign-in attempts allowed per address per minute (default 20, as the API's). */
  readonly loginRateLimit?: number;
  /** How many days an API token issued in the console lasts (default 90, RETUR_TOKEN_DAYS). */
  readonly tokenDays?: number;
  /** Sign-in attempts on /sign-in allowed per address per minute (default 20, as the API's sign-in). */
  readonly signInRateLimit?: number;
  /** Applications sent without a case (each opens a case) allowed per address per hour (default 10). */
  readonly applicationRateLimit?: number;
}

/** What every page module gets. */
export interface WebDeps {
  readonly store: WebSessionStore;
  readonly rateLimit: { readonly max: number; readonly timeWindow: string };
  /** For the person's sign-in: tighter, against guessing codes. */
  readonly signInRateLimit: { readonly max: number; readonly timeWindow: string };
  /** For applications sent without a case, each of which opens one: per address per hour, against filling the queue. */
  readonly applicationRateLimit: { readonly max: number; readonly timeWindow: string };
  readonly db?: Db;
  readonly today?: () => string;
}

export async function registerWebRoutes(app: FastifyInstance, options: WebOptions = {}): Promise<void> {
  if (!app.hasRequestDecorator('cookies')) await app.register(fastifyCookie);
  registerAssets(app);
  const deps: WebDeps = {
    store: options.db ? databaseSessionStore(options.db) : memorySessionStore(),
    rateLimit: { max: options.postRateLimit ?? 120, timeWindow: '1 minute' },
    signInRateLimit: { max: options.signInRateLimit ?? 20, timeWindow: '1 minute' },
    applicationRateLimit: { max: options.applicationRateLimit ?? 10, timeWindow: '1 hour' },
    ...(options.db ? { db: options.db } : {}),
    ...(options.today ? { today: options.today } : {}),
  };
  await app.register(async (web) => {
    await web.register(fastifyFormbody);
    await web.register(fastifyCompress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
    registerStartPage(web, deps);
    registerDocsPages(web, deps);
    registerQuickExit(web, deps);
    for (const flow of [checkerFlow, calculatorFlow, decisionFlow]) registerFlow(web, flow, deps);
    if (options.db) registerStatisticsPages(web, options.db, deps, { max: options.statisticsRateLimit ?? 120, timeWindow: '1 minute' });
    if (options.db)
      await registerConsole(web, options.db, {
        signInRateLimit: { max: options.loginRateLimit ?? 20, timeWindow: '1 minute' },
        tokenDays: options.tokenDays ?? TOKEN_DAYS,
      });
    if (options.db) {
      registerSignIn(web, options.db, deps);
      registerMyApplication(web, options.db, deps);
      registerApply(web, options.db, deps);
    }
  });
}

/**
 * "Leave this page quickly": a POST (a form, so it works without JavaScript) that forgets the session's answers,
 * ends a sign-in (the `sessions` row of the `retur_session` cookie is deleted, not only the cookie), clears Retur's cookies and the browser's stored data for the site (Clear-Site-Data), and sends the person to
 * a neutral site. It is never refused: not for a missing CSRF token (a forged one can only log the person out),
 * not for an expired session, not by the rate limit, so it always works when someone needs it.
 */
function registerQuickExit(app: FastifyInstance, deps: WebDeps): void {
  app.post('/leave', { schema: { hide: true } }, async (request, reply) => {
    await WebSession.of(deps.store, request, reply).clear();
    const signedIn = request.cookies[SESSION_COOKIE];
    if (deps.db && signedIn) await endSession(deps.db, signedIn);
    for (const name of [WEB_SESSION_COOKIE, LANG_COOKIE, SESSION_COOKIE]) reply.clearCookie(name, { path: '/' });
    return reply.code(303).header('clear-site-data', '"cache", "cookies", "storage"').header('cache-control', 'no-store').redirect(QUICK_EXIT_URL);
  });
}
