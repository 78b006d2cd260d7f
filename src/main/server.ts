/**
 * The HTTP service: Fastify with zod schemas on every route (one parser per boundary), an OpenAPI 3.1
 * document generated from those schemas at /api/openapi.json, problem+json errors, and the web pages.
 */
import { loadCatalogues } from '../i18n/catalogue.ts';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifySwagger from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { parseInput } from '../shared/parse.ts';
import { frameworkErrorHandler, loggableError, rateLimitedError, registerProblemHandlers } from '../api/problem.ts';
import { startIdempotencyKeyPurge } from '../store/idempotency.ts';
import { registerRulesRoutes } from '../api/rules-routes.ts';
import { registerWebRoutes } from '../web/routes.ts';
import { version } from '../shared/version.ts';
import type { Db } from '../cases/commands.ts';
import { registerAuth } from '../api/auth.ts';
import { secureCookies, serverConfigFromEnv, type ServerConfig } from '../api/config.ts';
import { frameworkErrorHeaders, registerSecurityHeaders } from '../api/security.ts';
import fastifyCookie from '@fastify/cookie';
import { registerAuthRoutes } from '../api/auth-routes.ts';
import { oidcConfigFromEnv, type OidcConfig } from '../api/oidc-config.ts';
import { registerOidcRoutes } from '../api/oidc-routes.ts';
import { registerCaseRoutes } from '../api/cases-routes.ts';
import { registerMeRoutes } from '../api/me-routes.ts';
import { registerStatisticsRoutes } from '../api/statistics-routes.ts';
import { registerSimulationRoutes } from '../api/simulation-routes.ts';
import { simulationJobsOf } from '../lab/jobs.ts';
import { problemPage, wantsPage } from '../web/error-pages.ts';
import { renderSimulationPage } from '../web/lab/page.ts';
import fastifyRateLimit from '@fastify/rate-limit';
import { registerHealthRoutes } from '../api/health.ts';
import { registerMetrics } from '../api/metrics.ts';

export interface ServerOptions {
  /** pino logger options, or false for none (tests). */
  readonly logger?: boolean | Record<string, unknown>;
  /** The database; without one only the rules API and the public pages are served. */
  readonly db?: Db;
  /** Answers the public pages accept per address per minute (default 120). */
  readonly pagePostRateLimit?: number;
  /** Sign-in attempts allowed per address per minute (default 20). */
  readonly loginRateLimit?: number;
  /** Applications sent without a case (each opens one) allowed per address per hour (default 10). */
  readonly applicationRateLimit?: number;
  /**
   * Staff sign-in through OpenID Connect: a configuration, or null for off. Left out, it is read from the
   * RETUR_OIDC_* environment variables (docs/oidc.md); a wrong one stops the start with CONFIG_INVALID.
   */
  readonly oidc?: OidcConfig | null;
  /** Run the periodic jobs (purging expired Idempotency-Keys) while the server is up: `serve` does. */
  readonly backgroundJobs?: boolean;
  /** The public address, the proxies to trust, token lifetimes; left out, read from the environment (config.ts). */
  readonly config?: ServerConfig;
  /** The bearer token of GET /metrics (RETUR_METRICS_TOKEN); without one there are no metrics. */
  readonly metricsToken?: string | undefined;
}

const WHAT: Record<string, string> = { body: 'request body', querystring: 'query string', params: 'path parameters', headers: 'headers' };

export async function buildServer(options: ServerOptions = {}): Promise<FastifyInstance> {
  // Read before anything starts, so that a wrong variable stops the start with its name.
  const oidc = options.oidc === undefined ? oidcConfigFromEnv(process.env) : options.oidc;
  const config = options.config ?? serverConfigFromEnv(process.env);
  // Every language's messages, before the first page or problem is written in one.
  await loadCatalogues();
  const app = Fastify({
    // X-Forwarded-* only from the proxies RETUR_TRUST_PROXY names (off by default).
    trustProxy: config.trustProxy,
    logger:
      options.logger === false
        ? false
        : {
            level: process.env.LOG_LEVEL ?? 'info',
            // Personal data never goes to logs: requests are logged by method, route and id only.
            serializers: {
              req: (req: { method: string; url: string; id: string }) => ({ method: req.method, url: req.url.split('?')[0], id: req.id }),
            },
            ...(typeof options.logger === 'object' ? options.logger : {}),
          },
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    // A too long or badly encoded path is answered as a problem too, not as Fastify's plain JSON; no hook
    // runs before it, so it gets its security headers here.
    frameworkErrors: (error, request, reply) => frameworkErrorHandler(error, request, reply.headers(frameworkErrorHeaders(config))),
  });
  await registerSecurityHeaders(app, config);
  // Every cookie (the sessions, the language) is Secure when the public address is https or in production,
  // and otherwise when the request came over https (from a trusted proxy: X-Forwarded-Proto).
  await app.register(fastifyCookie, { parseOptions: { secure: secureCookies(config) ? true : 'auto' } });

  // Every schema is zod; a failure is a REQUEST_INVALID ReturError naming each field at fault.
  app.setValidatorCompiler(({ schema, httpPart }) => (data) => {
    try {
      return { value: parseInput(schema as z.ZodType, data, WHAT[httpPart ?? 'body'] ?? 'input') };
    } catch (error) {
      return { error: error as Error };
    }
  });
  app.setSerializerCompiler(serializerCompiler);
  // JSON only: a text/plain body is refused with 415 rather than parsed as a string.
  app.removeContentTypeParser('text/plain');
  registerProblemHandlers(app, { wants: wantsPage, render: problemPage });
  if (options.metricsToken) registerMetrics(app, options.metricsToken);
  // Every API route must say who may call it: a forgotten declaration must not make a route public.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1/') && route.config?.roles === undefined) {
      throw new Error(`Route ${route.method} ${route.url} declares no roles`);
    }
  });
  await app.register(fastifyRateLimit, { global: false, errorResponseBuilder: rateLimitedError });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Retur API',
        version,
        description:
          "Norway's return system as rules and case work: assisted-return eligibility and support, the departure situation after a decision, forced-return categories and re-entry. Every answer is computed as of a date and carries its sources and trace. Errors are RFC 9457 problem+json with a stable `code` (see docs/errors.md).",
        license: { name: 'MIT', identifier: 'MIT' },
      },
      tags: [
        { name: 'rules', description: 'Law as code: pure evaluations, nothing is stored' },
        { name: 'cases', description: 'Return cases: the system of record (sign in first)' },
        { name: 'auth', description: 'Sign in and out' },
        { name: 'me', description: 'The person’s own case (signed in with their reference and secret)' },
        { name: 'statistics', description: 'Public statistics: aggregates only' },
        { name: 'lab', description: 'The policy lab: what a reform would change over the case load (statistics and admin)' },
      ],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'retur_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  registerHealthRoutes(app, options.db);

  if (options.db) {
    await registerAuth(app, options.db);
    registerAuthRoutes(app, options.db, options.loginRateLimit === undefined ? {} : { loginRateLimit: options.loginRateLimit });
    registerOidcRoutes(app, options.db, oidc, { rateLimit: { max: options.loginRateLimit ?? 20, timeWindow: '1 minute' } });
    registerCaseRoutes(app, options.db);
    registerMeRoutes(app, options.db);
    registerStatisticsRoutes(app, options.db, { max: config.statisticsRateLimit, timeWindow: '1 minute' });
    registerSimulationRoutes(app, options.db, renderSimulationPage);
    // The policy lab's jobs: run when one is queued; with the background jobs, also looked for every 15 s
    // (a job queued before a restart, or interrupted). Closing the server queues a running job again.
    const simulationJobs = simulationJobsOf(options.db, { onError: (error) => app.log.error({ error: loggableError(error) }, 'a simulation job failed') });
    if (options.backgroundJobs === true) simulationJobs.poll();
    app.addHook('onClose', () => simulationJobs.stop());
    if (options.backgroundJobs === true) {
      const purge = startIdempotencyKeyPurge(options.db, {
        onError: (error) => app.log.error({ error: loggableError(error) }, 'purging idempotency keys failed'),
      });
      app.addHook('onClose', () => purge.stop());
    }
  }
  registerRulesRoutes(app);
  await registerWebRoutes(app, {
    statisticsRateLimit: config.statisticsRateLimit,
    ...(options.db ? { db: options.db } : {}),
    ...(options.pagePostRateLimit ? { postRateLimit: options.pagePostRateLimit } : {}),
    ...(options.applicationRateLimit ? { applicationRateLimit: options.applicationRateLimit } : {}),
    ...(options.loginRateLimit === undefined ? {} : { loginRateLimit: options.loginRateLimit }),
    tokenDays: config.tokenDays,
    ...(options.loginRateLimit ? { signInRateLimit: options.loginRateLimit } : {}),
  });
  return app;
}
