/**
 * Runs once per `vitest run`, before any test file: starts a throwaway PostgreSQL server (stopped and
 * deleted after the run) and makes sure the dump of an empty PGlite database exists. Tests receive both
 * through inject() (test/support/databases.ts). It also builds dist/ when it is older than src/
 * (scripts/build.js), so that the tests that spawn `retur` run compiled JavaScript, not tsx. Where no server can be started, it says so loudly here, and
 * the PostgreSQL half of each database suite is reported as skipped; set RETUR_REQUIRE_POSTGRES=1 (CI) to
 * make that an error instead.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
// @ts-expect-error -- plain JavaScript beside bin/retur.js, without types
import { distIsFresh } from './bin/fresh.js';
import { emptyPGliteDump } from './test/support/pglite-dump.ts';
import { startTestPostgres } from './test/support/postgres-server.ts';
import type { TestPostgresInfo } from './test/support/provided.ts';

/** Prints `lines` in a box of exclamation marks, wrapped at 100 columns. */
function loud(paragraphs: string[]): void {
  const lines = paragraphs.flatMap((p) => p.match(/.{1,96}(\s|$)|\S+/g) ?? [p]).map((l) => l.trimEnd());
  const width = Math.max(...lines.map((l) => l.length)) + 4;
  const bar = '!'.repeat(width);
  process.stderr.write(`\n${bar}\n${lines.map((l) => `! ${l.padEnd(width - 4)} !`).join('\n')}\n${bar}\n\n`);
}

/** Runs `npm run build` when dist/ is older than src/; whether it did. */
async function buildWhenStale(): Promise<boolean> {
  const root = new URL('./', import.meta.url);
  if ((distIsFresh as (root: URL) => boolean)(root)) return false;
  await promisify(execFile)(process.execPath, ['scripts/build.js'], { cwd: root });
  return true;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const [postgres, dump, built] = await Promise.all([startTestPostgres(), emptyPGliteDump(), buildWhenStale()]);

  let info: TestPostgresInfo;
  if (postgres.ok) {
    info = { available: true, url: postgres.server.url, version: postgres.server.version };
    process.stderr.write(
      `[retur tests] ${postgres.server.version} ${postgres.server.started ? 'started at' : 'in use at'} ${postgres.server.url}; ` +
        `PGlite dump ${dump.created ? 'created' : 'cached'}; dist/ ${built ? 'built' : 'fresh'}; setup ${Date.now() - started} ms\n`,
    );
  } else {
    info = { available: false, reason: postgres.reason };
    const warning = [
      'NO POSTGRESQL SERVER: the PostgreSQL half of the database tests will NOT RUN (reported as skipped).',
      `Why: ${postgres.reason}`,
      'Only PGlite (PostgreSQL 18) is tested, so SQL that the production server (PostgreSQL 15) rejects can pass.',
    ];
    loud(warning);
    if (process.env['RETUR_REQUIRE_POSTGRES'] === '1') {
      throw new Error(`RETUR_REQUIRE_POSTGRES=1 and no PostgreSQL server could be started: ${postgres.reason}`);
    }
  }
  project.provide('returTestPostgres', info);
  project.provide('returPGliteDump', dump.path);

  return async () => {
    if (postgres.ok) await postgres.server.stop();
    else loud([`Reminder: the PostgreSQL database tests did NOT RUN (${postgres.reason}).`]);
  };
}
