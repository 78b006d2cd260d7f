/**
 * The rules API, driven through HTTP: every case of every rule set gives the same answer over the wire as
 * in the case runner, bad input is a 4xx problem+json naming the field, and no input yields a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../src/main/server.ts';
import { ruleSets } from '../src/rules/index.ts';
import { mismatches } from '../src/rules/testing.ts';
import { errorCatalogue, type ErrorCode } from '../src/shared/errors.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildServer({ logger: false });
});
afterAll(async () => {
  await app.close();
});

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url,
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    headers: { 'content-type': 'application/json', ...headers },
  });

for (const ruleSet of ruleSets) {
  describe(`POST /api/v1/rules/${ruleSet.path}`, () => {
    for (const testCase of ruleSet.cases) {
      it(testCase.name, async () => {
        const response = await post(`/api/v1/rules/${ruleSet.path}`, testCase.input);
        if (testCase.expectError) {
          const status = errorCatalogue[testCase.expectError as ErrorCode]?.status;
          expect(response.statusCode).toBe(status);
          expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
          const problem = response.json();
          expect(problem.code).toBe(testCase.expectError);
          expect(problem.status).toBe(status);
          if (testCase.expectError === 'REQUEST_INVALID') expect(problem.errors.length).toBeGreaterThan(0);
          return;
        }
        expect(response.statusCode, response.body).toBe(200);
        const body = response.json();
        expect(mismatches(body, testCase.expect ?? {})).toEqual([]);
        expect(body.trace).toBeDefined();
      });
    }

    it('leaves the trace out with ?trace=false', async () => {
      const valid = ruleSet.cases.find((c) => !c.expectError)!;
      const response = await post(`/api/v1/rules/${ruleSet.path}?trace=false`, valid.input);
      expect(response.statusCode).toBe(200);
      expect(response.json().trace).toBeUndefined();
    });

    it('never answers 500, whatever the fields hold', async () => {
      const junk: unknown[] = [null, 0, -1, 1.5, 'x', '', [], {}, true, '2026-02-30', 'ZZ', '9999-99-99', [{}], { a: 1 }];
      for (const testCase of ruleSet.cases.filter((c) => !c.expectError)) {
        const input = testCase.input as Record<string, unknown>;
        for (const key of Object.keys(input)) {
          for (const value of junk) {
            const response = await post(`/api/v1/rules/${ruleSet.path}`, { ...input, [key]: value });
            expect(response.statusCode, `${key}=${JSON.stringify(value)}: ${response.body}`).toBeLessThan(500);
          }
        }
      }
      for (const body of ['null', '[]', '42', '"x"', '{}']) {
        const response = await post(`/api/v1/rules/${ruleSet.path}`, body);
        expect(response.statusCode, body).toBe(400);
      }
    });
  });
}

describe('the language of the answer', () => {
  const albanian = { date: '2026-03-10', citizenship: 'AL', protection: 'rejected' };
  const url = '/api/v1/rules/assisted-return/eligibility';
  const textOf = (body: { reasons: { rule: string; text: string }[] }, rule: string) => body.reasons.find((r) => r.rule === rule)?.text;
  const nationality = 'assisted-return.eligibility.exclusion.excluded-nationality';

  it('answers in English by default, every reason with its key, params and text', async () => {
    const response = await post(url, albanian);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-language']).toBe('en');
    const reason = response.json().reasons.find((r: { rule: string }) => r.rule === nationality);
    expect(reason).toMatchObject({
      key: `rules.${nationality}`,
      params: { country: 'AL' },
      text: 'You are a citizen of Albania. The scheme does not normally apply to citizens of Albania.',
    });
  });

  it('answers in the language of Accept-Language', async () => {
    const response = await post(url, albanian, { 'accept-language': 'nb-NO,nb;q=0.9,en;q=0.5' });
    expect(response.headers['content-language']).toBe('nb');
    expect(textOf(response.json(), nationality)).toBe('Du er statsborger av Albania. Ordningen gjelder normalt ikke for statsborgere av Albania.');
  });

  it('lets ?lang= win over Accept-Language, and names the country in that language', async () => {
    const response = await post(`${url}?lang=fr`, albanian, { 'accept-language': 'nb' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-language']).toBe('fr');
    expect(textOf(response.json(), nationality)).toContain('Albanie');
  });

  it('refuses an unknown ?lang= with REQUEST_INVALID naming lang', async () => {
    const response = await post(`${url}?lang=xx`, albanian);
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem.code).toBe('REQUEST_INVALID');
    expect(problem.errors.map((e: { path: string }) => e.path)).toContain('/lang');
  });

  it('describes lang in the OpenAPI document for every rule route', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const ruleSet of ruleSets) {
      const parameters = doc.paths[`/api/v1/rules/${ruleSet.path}`].post.parameters as { name: string; in: string }[];
      expect(
        parameters.some((p) => p.name === 'lang' && p.in === 'query'),
        ruleSet.path,
      ).toBe(true);
    }
  });
});

describe('the edges of the API', () => {
  it('names the field at fault with a JSON Pointer', async () => {
    const response = await post('/api/v1/rules/forced-return-category', { date: '2026-13-01', extra: 1 });
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem.code).toBe('REQUEST_INVALID');
    expect(problem.errors.map((e: { path: string }) => e.path).sort()).toEqual(['/date', '/extra']);
  });

  it('answers malformed JSON with REQUEST_MALFORMED_JSON', async () => {
    const response = await post('/api/v1/rules/forced-return-category', '{"date": ');
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('REQUEST_MALFORMED_JSON');
  });

  it('answers another content type with 415', async () => {
    const response = await post('/api/v1/rules/forced-return-category', 'date=2026-01-01', { 'content-type': 'text/plain' });
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('REQUEST_UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers an unknown route with a NOT_FOUND problem', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().code).toBe('NOT_FOUND');
  });

  it('serves an OpenAPI 3.1 document with every rule route and its schemas', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe('3.1.0');
    for (const ruleSet of ruleSets) {
      const operation = doc.paths[`/api/v1/rules/${ruleSet.path}`]?.post;
      expect(operation, ruleSet.path).toBeDefined();
      expect(operation.operationId).toBe(ruleSet.id);
      expect(operation.requestBody).toBeDefined();
      expect(operation.responses['200']).toBeDefined();
      expect(operation.responses['400']).toBeDefined();
    }
    expect(doc.components.schemas.Problem).toBeDefined();
  });

  it('serves the error catalogue where problem types point, and the rules as HTML', async () => {
    const problem = (await post('/api/v1/rules/forced-return-category', {})).json();
    const [path, anchor] = problem.type.split('#');
    const errors = await app.inject({ method: 'GET', url: path });
    expect(errors.statusCode).toBe(200);
    expect(errors.body).toContain(`id="${anchor}"`);
    const rules = await app.inject({ method: 'GET', url: '/docs/rules' });
    expect(rules.statusCode).toBe(200);
    expect(rules.body).toContain('forced-return.category.ip');
  });

  it('serves the start page, which links the API, the rules, the error codes and the statistics, and its stylesheet', async () => {
    const page = await app.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('<html lang="en" dir="ltr">');
    for (const link of ['/api/openapi.json', '/docs/rules', '/docs/errors', '/statistics/forced-returns']) expect(page.body).toContain(`href="${link}"`);
    const href = /<link rel="stylesheet" href="(\/assets\/retur\.[\w-]+\.css)">/.exec(page.body)?.[1];
    expect(href).toBeDefined();
    const css = await app.inject({ method: 'GET', url: href! });
    expect(css.statusCode).toBe(200);
    expect(css.body).toContain('.ds-button');
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const again = await app.inject({ method: 'GET', url: href!, headers: { 'if-none-match': css.headers.etag as string } });
    expect(again.statusCode).toBe(304);
    // Sent compressed to browsers that take it: a fraction of its size.
    const brotli = await app.inject({ method: 'GET', url: href!, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.rawPayload.length).toBeLessThan(css.rawPayload.length / 4);
    // The old name still answers, for pages cached before the fingerprint.
    expect((await app.inject({ method: 'GET', url: '/assets/retur.css' })).body).toBe(css.body);
  });
});
