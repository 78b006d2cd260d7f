/**
 * The API fuzzed on every run (issue 10, "keep it so"), on both databases: a short seeded run of requests
 * generated from the OpenAPI document to every operation (test/support/fuzz.ts says what is generated and
 * checked). Never a 5xx, a crash, an error that is not problem+json with a catalogued code, or a refused
 * write that wrote. The long run is `npm run bench -- fuzz`. A failure prints the seed and the shrunk
 * request; RETUR_FUZZ_SEED=<seed> replays it.
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/main/server.ts';
import { forEachDatabase, type TestStore } from './support/databases.ts';
import { describe as describeRequest, fire, fuzzFixture, operationsOf, requestArbitrary, type FuzzFixture } from './support/fuzz.ts';

const seed = Number(process.env['RETUR_FUZZ_SEED'] ?? 20_261_205);
const RUNS = 300;

forEachDatabase((database) => {
  describe('the API under generated input', () => {
    let store: TestStore;
    let app: FastifyInstance;
    let fixture: FuzzFixture;
    beforeAll(async () => {
      store = await database.open();
      app = await buildServer({ logger: false, db: store.db, oidc: null });
      fixture = await fuzzFixture(app, store.db);
      return () => app.close();
    });

    it('generates requests for every operation of the OpenAPI document', () => {
      const document = app.swagger();
      const operations = new Set(operationsOf(document).map((o) => `${o.method} ${o.path}`));
      expect(operations.size).toBeGreaterThan(40);
      const seen = new Set(fc.sample(requestArbitrary(document, fixture), { seed, numRuns: 3000 }).map((r) => r.operation));
      expect([...operations].filter((o) => !seen.has(o))).toEqual([]);
    });

    it(`answers ${RUNS} generated requests without a 5xx, a crash, a non-problem error or a partial write (seed ${seed})`, async () => {
      await fc.assert(
        fc.asyncProperty(requestArbitrary(app.swagger(), fixture), async (request) => {
          const { violations } = await fire(app, store.db, request);
          if (violations.length > 0) throw new Error(`${violations.join('\n')}\nrequest: ${describeRequest(request)}`);
        }),
        { seed, numRuns: RUNS, endOnFailure: false },
      );
    });
  });
});
