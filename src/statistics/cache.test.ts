/**
 * The forced-return report's cache (src/statistics/README.md, "The report's cache"), on PGlite and PostgreSQL: the key is the change
 * counters of the rollup's months (migration 0009) and the month's latest publication; the API and the page
 * compute a report once per key and serve it from memory until the key moves; concurrent requests share one
 * computation; a failure is not kept.
 */
import { sql, type Kysely } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { buildServer } from '../main/server.ts';
import type { Database } from '../store/schema.ts';
import { loadMigrations, migrate } from '../store/migrate.ts';
import { forEachDatabase, onPGlite } from '../../test/support/databases.ts';
import { osloToday } from '../shared/clock.ts';
import { ForcedReturnReportCache, forcedReturnReportState, osloMonth, STATE_FRESH_MS, StateCache } from './cache.ts';
import { insertImportedRecords, publishForcedReturnReport } from './database.ts';
import type { ForcedReturnRecord } from './records.ts';

const record = (id: string, departureDate: string, more: Partial<ForcedReturnRecord> = {}): ForcedReturnRecord => ({
  id,
  departureDate,
  category: 'asylum',
  citizenship: 'SY',
  destination: 'SY',
  dateOfBirth: '1990-01-01',
  unaccompaniedMinor: false,
  convicted: false,
  ...more,
});

/** Changes the rollup's counts behind the triggers' back: the counters do not move. */
const tamperWithRollup = (db: Kysely<Database>) => sql`UPDATE forced_return_rollup SET count = count + 1000`.execute(db);

/** Waits until a month's state read before now no longer stands: the next request reads it again. */
const pastFreshness = () => new Promise((resolve) => setTimeout(resolve, STATE_FRESH_MS + 10));

forEachDatabase((database) => {
  describe('the change counters of the rollup (migration 0009)', () => {
    it('move for the months a write touches, and for no other; a repeated import moves none', async () => {
      const store = await database.open();
      const march = () => forcedReturnReportState(store.db, '2026-03');
      const initial = await march();
      await insertImportedRecords(store.db, [record('a', '2026-02-10')]);
      const afterFebruary = await march();
      expect(afterFebruary).not.toBe(initial);
      // 2024-01 is outside the 24 months of March 2026 (April 2024 to March 2026).
      await insertImportedRecords(store.db, [record('b', '2024-01-10')]);
      expect(await march()).toBe(afterFebruary);
      const june2024 = await forcedReturnReportState(store.db, '2024-06');
      await insertImportedRecords(store.db, [record('c', '2024-02-01')]);
      expect(await forcedReturnReportState(store.db, '2024-06')).not.toBe(june2024);
      // Imported again: no row is new, nothing moves.
      const before = await march();
      expect(await insertImportedRecords(store.db, [record('a', '2026-02-10')])).toBe(0);
      expect(await march()).toBe(before);
      // An assisted return is not in the rollup.
      await sql`INSERT INTO departures (id, source, return_type, departure_date, category, citizenship, destination, date_of_birth, unaccompanied_minor, convicted)
                VALUES ('own-1', 'import', 'assisted', '2026-03-01', 'asylum', 'SY', 'SY', NULL, false, false)`.execute(store.db);
      expect(await march()).toBe(before);
    });

    it('move on an UPDATE, a DELETE and a TRUNCATE of departures, and on a publication of the month', async () => {
      const store = await database.open();
      await insertImportedRecords(store.db, [record('a', '2026-02-10'), record('b', '2026-03-10')]);
      const seen = new Set([await forcedReturnReportState(store.db, '2026-03')]);
      const step = async (statement: string) => {
        await sql.raw(statement).execute(store.db);
        const state = await forcedReturnReportState(store.db, '2026-03');
        expect(seen.has(state), statement).toBe(false);
        seen.add(state);
      };
      await step("UPDATE departures SET convicted = true WHERE id = 'import:a'");
      await step("DELETE FROM departures WHERE id = 'import:b'");
      await step('TRUNCATE departures');
      await publishForcedReturnReport(store.db, '2026-03', new Date('2026-04-02T08:00:00Z'));
      expect(seen.has(await forcedReturnReportState(store.db, '2026-03'))).toBe(false);
    });

    it('start at one for every month the rollup held before the migration', async () => {
      const store = await database.open({ migrated: false });
      await migrate(
        store,
        loadMigrations().filter((m) => m.version < '0009'),
      );
      await insertImportedRecords(store.db, [record('a', '2026-02-10'), record('b', '2026-02-11'), record('c', '2025-07-01')]);
      await migrate(store);
      const rows = await sql<{ month: string; changes: string }>`SELECT month::text, changes::text FROM forced_return_rollup_changes ORDER BY month`.execute(
        store.db,
      );
      expect(rows.rows).toEqual([
        { month: '2025-07-01', changes: '1' },
        { month: '2026-02-01', changes: '1' },
      ]);
    });
  });

  describe('the report served from the cache', () => {
    it('serves the API and the page from memory until the rollup changes, then the new figures', async () => {
      const store = await database.open();
      const app = await buildServer({ logger: false, db: store.db });
      try {
        await insertImportedRecords(store.db, [record('a', '2026-02-10'), record('b', '2026-03-10')]);
        const urls = [
          '/api/v1/statistics/forced-returns?month=2026-03',
          '/api/v1/statistics/forced-returns?month=2026-03&format=csv',
          '/api/v1/statistics/forced-returns?month=2026-03&format=json-stat',
          '/statistics/forced-returns?month=2026-03',
        ];
        // The page carries the visitor's CSRF token: one visitor, one session cookie.
        const visit = await app.inject({ method: 'GET', url: urls[3]! });
        const cookie = [visit.headers['set-cookie'] ?? []]
          .flat()
          .map((c) => c.split(';')[0])
          .join('; ');
        const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers: { cookie, ...headers } });
        const first = await Promise.all(urls.map((url) => get(url)));
        for (const answer of first) expect(answer.statusCode, answer.body).toBe(200);
        // March 2026 is a past month: its figures change only with a late registration (an hour, then the ETag).
        expect(first.map((a) => a.headers['cache-control'])).toEqual([
          'public, max-age=3600',
          'public, max-age=3600',
          'public, max-age=3600',
          'private, max-age=3600',
        ]);
        expect(first[0]!.json().total.thisYear).toBe(2);

        // Behind the counters' back: the answers do not change, so they came from memory.
        await tamperWithRollup(store.db);
        const cached = await Promise.all(urls.map((url) => get(url)));
        expect(cached.map((a) => a.body)).toEqual(first.map((a) => a.body));
        expect(cached.map((a) => a.headers.etag)).toEqual(first.map((a) => a.headers.etag));
        for (const [i, answer] of cached.entries()) {
          const again = await get(urls[i]!, { 'if-none-match': `W/"x", ${String(answer.headers.etag)}` });
          expect(again.statusCode, urls[i]).toBe(304);
          expect(again.body).toBe('');
        }

        // A departure moves March's counter: every answer is computed again, from the rollup as it now is,
        // once the state read before it no longer stands.
        await insertImportedRecords(store.db, [record('c', '2026-03-11')]);
        await pastFreshness();
        const fresh = await Promise.all(urls.map((url) => get(url)));
        expect(fresh[0]!.json().total.thisYear).toBe(2003);
        for (const [i, answer] of fresh.entries()) expect(answer.headers.etag, urls[i]).not.toBe(first[i]!.headers.etag);
      } finally {
        await app.close();
      }
    });

    it('gives each visitor of the page their own CSRF token, never another’s', async () => {
      const store = await database.open();
      const app = await buildServer({ logger: false, db: store.db });
      try {
        const url = '/statistics/forced-returns?month=2026-03';
        const tokens = [];
        for (let i = 0; i < 3; i++) {
          const page = await app.inject({ method: 'GET', url });
          expect(page.statusCode).toBe(200);
          expect(page.body).not.toContain('csrf-placeholder');
          tokens.push(/name="_csrf" value="([^"]+)"/.exec(page.body)?.[1]);
        }
        expect(tokens.every((t) => t !== undefined && t.length > 10)).toBe(true);
        expect(new Set(tokens).size).toBe(3);
      } finally {
        await app.close();
      }
    });

    it('reads the state of a month once for all the requests of STATE_FRESH_MS, then again', async () => {
      const store = await database.open();
      let stateQueries = 0;
      const counted = new Proxy(store.db, {
        get(target, key) {
          if (key === 'executeQuery') {
            return (...args: Parameters<Kysely<Database>['executeQuery']>) => {
              if ('sql' in args[0] && args[0].sql.includes('forced_return_rollup_changes')) stateQueries++;
              return target.executeQuery(...args);
            };
          }
          const value: unknown = Reflect.get(target, key, target);
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      });
      let now = 1_000;
      const cache = new ForcedReturnReportCache(counted, 512, () => now);
      const render = (reports: { report: { total: { thisYear: number } } }) => ({
        type: 'text/plain',
        body: String(reports.report.total.thisYear),
        etagBasis: String(reports.report.total.thisYear),
      });
      const answers = await Promise.all(Array.from({ length: 50 }, () => cache.answer('2026-03', false, 'test', render)));
      expect(new Set(answers.map((a) => a.body))).toEqual(new Set(['0']));
      expect(stateQueries).toBe(1);
      // The requests after it within STATE_FRESH_MS of its start use the same read, even past a change.
      await insertImportedRecords(store.db, [record('a', '2026-03-10')]);
      now += STATE_FRESH_MS - 1;
      expect((await cache.answer('2026-03', false, 'test', render)).body).toBe('0');
      expect(stateQueries).toBe(1);
      // Another month is read apart.
      await cache.answer('2026-02', false, 'test', render);
      expect(stateQueries).toBe(2);
      // Then the state is read again, and the change shows.
      now += 1;
      expect((await cache.answer('2026-03', false, 'test', render)).body).toBe('1');
      expect(stateQueries).toBe(3);
    });

    it('stands by no state read that failed: the next request reads again', async () => {
      const store = await database.open();
      let fail = true;
      const failing = new Proxy(store.db, {
        get(target, key) {
          if (key === 'executeQuery') {
            return (...args: Parameters<Kysely<Database>['executeQuery']>) => {
              if (fail && 'sql' in args[0] && args[0].sql.includes('forced_return_rollup_changes')) return Promise.reject(new Error('connection lost'));
              return target.executeQuery(...args);
            };
          }
          const value: unknown = Reflect.get(target, key, target);
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      });
      const cache = new ForcedReturnReportCache(failing, 512, () => 1_000);
      const render = () => ({ type: 'text/plain', body: 'report', etagBasis: 'report' });
      await expect(cache.answer('2026-03', false, 'test', render)).rejects.toThrow('connection lost');
      fail = false;
      expect((await cache.answer('2026-03', false, 'test', render)).body).toBe('report');
    });

    it('serves a published report until the month is published again', async () => {
      const store = await database.open();
      const app = await buildServer({ logger: false, db: store.db });
      try {
        const url = '/api/v1/statistics/forced-returns?month=2026-03&published=true';
        expect((await app.inject({ method: 'GET', url })).statusCode).toBe(404);
        await insertImportedRecords(store.db, [record('a', '2026-03-10')]);
        await publishForcedReturnReport(store.db, '2026-03', new Date('2026-04-02T08:00:00Z'));
        await pastFreshness();
        const published = await app.inject({ method: 'GET', url });
        expect(published.statusCode).toBe(200);
        expect(published.json().total.thisYear).toBe(1);
        await insertImportedRecords(store.db, [record('b', '2026-03-11')]);
        await pastFreshness();
        expect((await app.inject({ method: 'GET', url })).json().total.thisYear).toBe(1);
        await publishForcedReturnReport(store.db, '2026-03', new Date('2026-04-03T08:00:00Z'));
        await pastFreshness();
        expect((await app.inject({ method: 'GET', url })).json().total.thisYear).toBe(2);
      } finally {
        await app.close();
      }
    });
  });
});

onPGlite((database) => {
  describe('what the statistics let a client keep, and cost', () => {
    it('lets this month’s live figures be kept a minute, a past month’s and a published report an hour', async () => {
      const store = await database.open();
      const app = await buildServer({ logger: false, db: store.db });
      try {
        const thisMonth = osloToday().slice(0, 7);
        await insertImportedRecords(store.db, [record('a', '2026-03-10')]);
        await publishForcedReturnReport(store.db, '2026-03', new Date('2026-04-02T08:00:00Z'));
        const cacheControl = async (url: string) => {
          const answer = await app.inject({ method: 'GET', url });
          expect(answer.statusCode, `${url}: ${answer.body}`).toBe(200);
          return answer.headers['cache-control'];
        };
        expect(await cacheControl(`/api/v1/statistics/forced-returns?month=${thisMonth}`)).toBe('public, max-age=60');
        expect(await cacheControl(`/statistics/forced-returns?month=${thisMonth}`)).toBe('private, max-age=60');
        expect(await cacheControl('/api/v1/statistics/forced-returns?month=2026-03&format=csv')).toBe('public, max-age=3600');
        expect(await cacheControl('/api/v1/statistics/forced-returns?month=2026-03&published=true')).toBe('public, max-age=3600');
        expect(await cacheControl('/statistics/forced-returns?month=2026-03&published=true')).toBe('private, max-age=3600');
      } finally {
        await app.close();
      }
    });

    it('answers one address beyond its requests a minute with 429 REQUEST_RATE_LIMITED and Retry-After, on the API and the page, and another address still', async () => {
      const store = await database.open();
      vi.stubEnv('RETUR_STATISTICS_RATE_LIMIT', '3');
      const app = await buildServer({ logger: false, db: store.db });
      try {
        for (const url of [
          '/api/v1/statistics/forced-returns?month=2026-03',
          '/api/v1/statistics/assisted-returns?year=2026',
          '/statistics/forced-returns?month=2026-03',
        ]) {
          for (let i = 0; i < 3; i++) expect((await app.inject({ method: 'GET', url, remoteAddress: '192.0.2.1' })).statusCode, url).toBe(200);
          const refused = await app.inject({ method: 'GET', url, remoteAddress: '192.0.2.1', headers: { accept: 'application/json' } });
          expect(refused.statusCode, url).toBe(429);
          expect(refused.headers['content-type'], url).toMatch(/^application\/problem\+json/);
          expect(refused.json().code).toBe('REQUEST_RATE_LIMITED');
          expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
          expect((await app.inject({ method: 'GET', url, remoteAddress: '192.0.2.2' })).statusCode, url).toBe(200);
        }
      } finally {
        vi.unstubAllEnvs();
        await app.close();
      }
    });

    it('refuses to start with a rate limit that is not a whole number', async () => {
      const store = await database.open();
      vi.stubEnv('RETUR_STATISTICS_RATE_LIMIT', 'lots');
      try {
        await expect(buildServer({ logger: false, db: store.db })).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
      } finally {
        vi.unstubAllEnvs();
      }
    });
  });
});

describe('StateCache', () => {
  it('computes once for any number of concurrent requests of the same key and state', async () => {
    const cache = new StateCache<number>(10);
    let computed = 0;
    const compute = async () => {
      computed++;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return 42;
    };
    expect(await Promise.all(Array.from({ length: 50 }, () => cache.get('k', 's1', compute)))).toEqual(Array(50).fill(42));
    expect(computed).toBe(1);
    expect(await cache.get('k', 's1', compute)).toBe(42);
    expect(computed).toBe(1);
    await cache.get('k', 's2', compute);
    expect(computed).toBe(2);
  });

  it('keeps no failure: the next request computes again', async () => {
    const cache = new StateCache<number>(10);
    await expect(cache.get('k', 's', () => Promise.reject(new Error('the database went away')))).rejects.toThrow('went away');
    expect(await cache.get('k', 's', async () => 1)).toBe(1);
  });

  it('keeps at most maxEntries keys, dropping the least recently used', async () => {
    const cache = new StateCache<string>(3);
    for (const key of ['a', 'b', 'c']) await cache.get(key, 's', async () => key);
    await cache.get('a', 's', async () => 'recomputed');
    await cache.get('d', 's', async () => 'd');
    expect(cache.size).toBe(3);
    // b was the least recently used: gone; a was used again: kept.
    expect(await cache.get('b', 's', async () => 'recomputed')).toBe('recomputed');
    expect(await cache.get('a', 's', async () => 'recomputed')).toBe('a');
  });
});

describe('osloMonth', () => {
  it('is the month in Oslo, worked out again once a second has passed', () => {
    const midnight = Date.parse('2026-01-31T23:00:00Z'); // 1 February, 00:00 in Oslo
    expect(osloMonth(midnight - 5_000)).toBe('2026-01');
    expect(osloMonth(midnight - 4_500)).toBe('2026-01');
    expect(osloMonth(midnight)).toBe('2026-02');
    expect(osloMonth(midnight + 999)).toBe('2026-02');
    // Within a second of the last working out, the month it found stands: at most a second late.
    const march = Date.parse('2026-02-28T23:00:00Z'); // 1 March, 00:00 in Oslo
    expect(osloMonth(march - 500)).toBe('2026-02');
    expect(osloMonth(march + 100)).toBe('2026-02');
    expect(osloMonth(march + 600)).toBe('2026-03');
    expect(osloMonth(Date.parse('2026-06-30T22:30:00Z'))).toBe('2026-07');
  });
});
