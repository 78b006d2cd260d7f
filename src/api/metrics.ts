/**
 * Prometheus metrics at `GET /metrics` (prom-client), only when `RETUR_METRICS_TOKEN` is set and only for a
 * caller that sends it as `Authorization: Bearer <token>` (401 AUTH_REQUIRED otherwise); unset, there is no
 * such route (404). The labels are route templates, rule-set and action ids and status codes: never an id,
 * a query or anything personal.
 *
 * - `retur_http_request_duration_seconds{method, route, status}`: every answer (`route` is the template,
 *   `/api/v1/cases/:id`; `unmatched` for a 404 without a route);
 * - `retur_case_commands_total{action, outcome, status}`: the case actions (`outcome`: ok, refused, error);
 * - `retur_rule_evaluations_total{rule_set, outcome, status}`: the rules API;
 * - `retur_db_query_duration_seconds{outcome}`: every database query of this process (store/db.ts);
 * - Node's own (`process_*`, `nodejs_*`: memory, event-loop lag, garbage collection).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { ReturError, toProblem } from '../shared/errors.ts';
import { observeQueries } from '../store/db.ts';
import { sendProblem } from './problem.ts';

const CASE_ACTION = /^\/api\/v1\/cases\/:id\/actions\/(.+)$/;
const RULE_SET = /^\/api\/v1\/rules\/(.+)$/;

const outcomeOf = (status: number): string => (status < 400 ? 'ok' : status < 500 ? 'refused' : 'error');
const digest = (text: string) => createHash('sha256').update(text).digest();

/** Registers the metrics and `GET /metrics`. Call before the routes, so that every answer is counted. */
export function registerMetrics(app: FastifyInstance, token: string): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Histogram({
    name: 'retur_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route template and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const commands = new Counter({
    name: 'retur_case_commands_total',
    help: 'Case actions asked for, by action and outcome (ok, refused: 4xx, error: 5xx) and status',
    labelNames: ['action', 'outcome', 'status'],
    registers: [registry],
  });
  const rules = new Counter({
    name: 'retur_rule_evaluations_total',
    help: 'Rule-set evaluations asked for through the API, by rule set and outcome and status',
    labelNames: ['rule_set', 'outcome', 'status'],
    registers: [registry],
  });
  const queries = new Histogram({
    name: 'retur_db_query_duration_seconds',
    help: 'Time of each database query of this process, by outcome (ok, error)',
    labelNames: ['outcome'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [registry],
  });
  observeQueries((ms, failed) => queries.observe({ outcome: failed ? 'error' : 'ok' }, ms / 1000));
  app.addHook('onClose', async () => observeQueries(undefined));

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const status = String(reply.statusCode);
    requests.observe({ method: request.method, route, status }, reply.elapsedTime / 1000);
    const action = CASE_ACTION.exec(route)?.[1];
    if (action !== undefined) commands.inc({ action, outcome: outcomeOf(reply.statusCode), status });
    const ruleSet = RULE_SET.exec(route)?.[1];
    if (ruleSet !== undefined) rules.inc({ rule_set: ruleSet, outcome: outcomeOf(reply.statusCode), status });
  });

  const expected = digest(`Bearer ${token}`);
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    const given = request.headers.authorization;
    if (given === undefined || !timingSafeEqual(digest(given), expected)) {
      return sendProblem(
        reply.header('www-authenticate', 'Bearer realm="metrics"'),
        toProblem(new ReturError('AUTH_REQUIRED', 'The metrics need the token RETUR_METRICS_TOKEN as a bearer token.'), request.url),
      );
    }
    return reply.type(registry.contentType).send(await registry.metrics());
  });
  return registry;
}
