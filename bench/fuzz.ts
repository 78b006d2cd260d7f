/**
 * `npm run bench -- fuzz`: the long run of the API fuzzer (issue 10, "keep it so"; test/support/fuzz.ts says
 * what is generated and checked). 100,000 requests (10,000 with --quick) generated from the OpenAPI document,
 * seeded and reproducible (`--seed=N`, default 20261205: the same seed gives the same requests), sent through
 * `app.inject` to a server on an in-memory PGlite holding the demo data. Prints the counts by status and by
 * operation, the seed, and every violation (a 5xx, a crash, an error that is not problem+json with a
 * catalogued code, a refused write that wrote) with its request, to replay. Fails when there is any.
 *
 * No baseline: this is not a speed goal; the rate is printed only to say how long a run takes.
 */
import fc from 'fast-check';
import { loadavg } from 'node:os';
import { buildServer } from '../src/main/server.ts';
import { openDatabase } from '../src/store/db.ts';
import { migrate } from '../src/store/migrate.ts';
import { describe, fire, fuzzFixture, requestArbitrary } from '../test/support/fuzz.ts';

const BATCH = 1000;

export async function run(scale: number, seed: number): Promise<boolean> {
  const total = Math.max(BATCH, Math.round(100_000 * scale));
  console.log(`\n## fuzz: ${total.toLocaleString('en')} generated requests to every operation of the OpenAPI document, seed ${seed}`);
  const store = await openDatabase({ memory: true });
  await migrate(store);
  const app = await buildServer({ logger: false, db: store.db, oidc: null });
  try {
    const fixture = await fuzzFixture(app, store.db);
    const arbitrary = requestArbitrary(app.swagger(), fixture);
    const byStatus = new Map<number, number>();
    const byOperation = new Map<string, Map<number, number>>();
    const violations: string[] = [];
    const started = performance.now();
    for (let batch = 0; batch * BATCH < total; batch++) {
      // One seed per batch, derived from the run's: the requests do not depend on how many were sent before.
      for (const request of fc.sample(arbitrary, { seed: seed + batch, numRuns: Math.min(BATCH, total - batch * BATCH) })) {
        const outcome = await fire(app, store.db, request);
        byStatus.set(outcome.status, (byStatus.get(outcome.status) ?? 0) + 1);
        const counts = byOperation.get(request.operation) ?? new Map<number, number>();
        counts.set(outcome.status, (counts.get(outcome.status) ?? 0) + 1);
        byOperation.set(request.operation, counts);
        for (const violation of outcome.violations)
          if (violations.length < 50) violations.push(`${violation}\n    request (batch ${batch}): ${describe(request)}`);
      }
      const done = Math.min(total, (batch + 1) * BATCH);
      if (done % Math.max(BATCH, total / 10) === 0)
        console.log(
          `  ${done.toLocaleString('en')} sent, ${Math.round(done / ((performance.now() - started) / 1000))}/s, load average ${loadavg()[0]!.toFixed(1)}`,
        );
    }
    const seconds = (performance.now() - started) / 1000;
    const line = (counts: Map<number, number>) =>
      [...counts]
        .sort((a, b) => a[0] - b[0])
        .map(([status, n]) => `${status}: ${n.toLocaleString('en')}`)
        .join(', ');
    console.log(`\nseed ${seed}; ${total.toLocaleString('en')} requests in ${seconds.toFixed(0)} s (${Math.round(total / seconds)}/s)`);
    console.log(`by status: ${line(byStatus)}`);
    console.log('by operation:');
    for (const [operation, counts] of [...byOperation].sort()) console.log(`  ${operation.padEnd(72)} ${line(counts)}`);
    const fiveHundreds = [...byStatus].filter(([status]) => status >= 500 || status === 0).reduce((n, [, c]) => n + c, 0);
    console.log(`\nviolations: ${violations.length}${violations.length === 50 ? ' (the first 50)' : ''}; 5xx or crashes: ${fiveHundreds}`);
    for (const violation of violations) console.log(`- ${violation}`);
    console.log(violations.length === 0 ? 'goal (no violation): met' : `goal (no violation): NOT met — replay with npm run bench -- fuzz --seed=${seed}`);
    return violations.length === 0;
  } finally {
    await app.close();
    await store.close();
  }
}
