/**
 * Prometheus metrics (issue 11): off without RETUR_METRICS_TOKEN, only for its bearer, and counting what an
 * operator watches: request durations by route template and status, case commands by action and outcome,
 * rule evaluations by rule set, database query time; never an id from a path.
 */
import { describe, expect, it } from 'vitest';
import { buildServer } from '../src/main/server.ts';
import { defaultServerConfig, readEnvironment } from '../src/api/config.ts';
import { ReturError } from '../src/shared/errors.ts';
import { onPGlite } from './support/databases.ts';

const token = 'a-metrics-token-for-the-tests';

onPGlite((database) => {
  describe('/metrics', () => {
    it('does not exist without a token', async () => {
      const app = await buildServer({ db: (await database.open()).db, logger: false, oidc: null, config: defaultServerConfig });
      expect((await app.inject({ url: '/metrics' })).statusCode).toBe(404);
      await app.close();
    });

    it('answers only the bearer of the token, 401 AUTH_REQUIRED otherwise', async () => {
      const app = await buildServer({ db: (await database.open()).db, logger: false, oidc: null, config: defaultServerConfig, metricsToken: token });
      for (const authorization of [undefined, `Bearer ${token}x`, token]) {
        const refused = await app.inject({ url: '/metrics', headers: authorization === undefined ? {} : { authorization } });
        expect(refused.statusCode, String(authorization)).toBe(401);
        expect(refused.json()).toMatchObject({ code: 'AUTH_REQUIRED' });
      }
      const answered = await app.inject({ url: '/metrics', headers: { authorization: `Bearer ${token}` } });
      expect(answered.statusCode).toBe(200);
      expect(answered.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(answered.body).toContain('process_cpu_seconds_total');
      await app.close();
    });

    it('counts requests by route template and status, case commands by action and outcome, rule evaluations by rule set, and times the queries', async () => {
      const app = await buildServer({ db: (await database.open()).db, logger: false, oidc: null, config: defaultServerConfig, metricsToken: token });
      const rule = { method: 'POST' as const, url: '/api/v1/rules/forced-return-category' };
      expect((await app.inject({ ...rule, payload: { date: '2026-03-10', expelled: true } })).statusCode).toBe(200);
      expect((await app.inject({ ...rule, payload: { date: 'soon' } })).statusCode).toBe(400);
      expect((await app.inject({ method: 'POST', url: '/api/v1/cases/case-id-4711/actions/case.link', payload: {} })).statusCode).toBe(401);
      expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
      const text = (await app.inject({ url: '/metrics', headers: { authorization: `Bearer ${token}` } })).body;
      expect(text).toContain('retur_http_request_duration_seconds_count{method="POST",route="/api/v1/rules/forced-return-category",status="200"} 1');
      expect(text).toContain('retur_rule_evaluations_total{rule_set="forced-return-category",outcome="ok",status="200"} 1');
      expect(text).toContain('retur_rule_evaluations_total{rule_set="forced-return-category",outcome="refused",status="400"} 1');
      expect(text).toContain('retur_case_commands_total{action="case.link",outcome="refused",status="401"} 1');
      expect(text).toContain('retur_http_request_duration_seconds_count{method="GET",route="/readyz",status="200"} 1');
      expect(Number(/^retur_db_query_duration_seconds_count\{outcome="ok"\} (\d+)$/m.exec(text)?.[1])).toBeGreaterThan(0);
      expect(text).not.toContain('case-id-4711');
      await app.close();
    });
  });
});

describe('RETUR_METRICS_TOKEN', () => {
  it('is read from the environment, and refused when shorter than 16 characters', () => {
    expect(readEnvironment({ RETUR_METRICS_TOKEN: token }).metricsToken).toBe(token);
    expect(() => readEnvironment({ RETUR_METRICS_TOKEN: 'short' })).toThrow(ReturError);
  });
});
