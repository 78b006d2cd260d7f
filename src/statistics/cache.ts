/**
 * The forced-return report served from a cache keyed by the state of what it is computed from
 * (src/statistics/README.md, "The report's cache"): the change counters of the rollup's months that the report reads (migration 0009) and the latest
 * publication of its month. Reading the key is one query through two primary keys; the report is computed
 * again only when the key has moved, and the answers of many concurrent requests for the same key share one
 * computation. A published or past month's report then costs one computation, however many ask.
 *
 * The key is read before the report: a report is never older than the key it is kept under. (Read after it,
 * a departure committed in between would be in the key but not in the report, and stay missing until the
 * next change.) Any number of instances can serve from one database: each keeps its own cache, and each
 * sees a change through the counters, whichever instance or command made it.
 *
 * The key itself is read at most once every STATE_FRESH_MS per month, for all the requests in that time: a
 * change shows in the answers within that time of its commit. Read for every request, the key was the one
 * query left per request, and on PGlite (one session, in this process) it cost most of a cached answer and
 * made the staff's case reads wait behind the public's.
 */
import { CompiledQuery, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../store/schema.ts';
import { reportForMonth } from './database.ts';
import { reportPeriod } from './report.ts';
import { etagOf } from '../shared/http-cache.ts';
import { osloToday } from '../shared/clock.ts';

/** What reportForMonth gives: the report asked for, and the month's published one if any. */
export type MonthReports = Awaited<ReturnType<typeof reportForMonth>>;

/** One representation of a report as it is sent: its media type, body, and strong ETag. */
export interface CachedAnswer {
  readonly type: string;
  readonly body: string;
  readonly etag: string;
}

/**
 * Values computed once per (key, state), at most `maxEntries` keys kept (the least recently used goes
 * first). A computation that fails is not kept, so the next request tries again.
 */
export class StateCache<T> {
  readonly #entries = new Map<string, { readonly state: string; readonly value: Promise<T> }>();

  constructor(readonly maxEntries: number) {}

  get size(): number {
    return this.#entries.size;
  }

  get(key: string, state: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.#entries.get(key);
    this.#entries.delete(key);
    if (hit !== undefined && hit.state === state) {
      this.#entries.set(key, hit);
      return hit.value;
    }
    const entry = { state, value: compute() };
    this.#entries.set(key, entry);
    entry.value.catch(() => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.maxEntries) break;
      this.#entries.delete(oldest);
    }
    return entry.value;
  }
}

const stateQuery = `
  SELECT coalesce((SELECT sum(changes) FROM forced_return_rollup_changes WHERE month BETWEEN $1::date AND $2::date), 0)::text AS changes,
         (SELECT max(published_at) FROM published_reports WHERE kind = 'forced-returns' AND month = $3)::text AS published`;
const stateRow = z.object({ changes: z.string(), published: z.string().nullable() });

/** The key of a month's report: it moves whenever the report (live or published) may have changed. */
export async function forcedReturnReportState(db: Kysely<Database>, month: string): Promise<string> {
  const { from, to } = reportPeriod(month);
  const result = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(stateQuery, [from, `${to.slice(0, 7)}-01`, month]));
  const row = stateRow.parse(result.rows[0]);
  return `${row.changes}|${row.published ?? ''}`;
}

/** How long a month's state, once read, stands for every request of the month (ms): how late a change may show. */
export const STATE_FRESH_MS = 250;

/** The answers of one service (the API and the page): each representation computed once per state of its month. */
export class ForcedReturnReportCache {
  readonly #reports: StateCache<MonthReports>;
  readonly #answers: StateCache<CachedAnswer>;
  readonly #stateReads = new Map<string, { readonly startedAt: number; readonly state: Promise<string> }>();

  constructor(
    readonly db: Kysely<Database>,
    maxEntries = 512,
    /** A clock in ms (tests move it). */
    readonly now: () => number = () => performance.now(),
  ) {
    this.#reports = new StateCache(maxEntries);
    this.#answers = new StateCache(maxEntries);
  }

  /**
   * The month's state, read once for all the requests of the next STATE_FRESH_MS (those waiting on the read
   * and those after it): under load, a few queries a second instead of one per request. The time counts
   * from the start of the read, so a write committed after the read began shows to the requests that come
   * STATE_FRESH_MS later at the latest. A read that fails stands for nobody.
   */
  #state(month: string): Promise<string> {
    const now = this.now();
    const last = this.#stateReads.get(month);
    if (last !== undefined && now - last.startedAt < STATE_FRESH_MS) return last.state;
    const entry = { startedAt: now, state: forcedReturnReportState(this.db, month) };
    this.#stateReads.set(month, entry);
    entry.state.catch(() => {
      if (this.#stateReads.get(month) === entry) this.#stateReads.delete(month);
    });
    // One entry per month asked for: the months a report can be asked for are bounded by the schema's dates.
    if (this.#stateReads.size > 4096) this.#stateReads.clear();
    return entry.state;
  }

  /**
   * The answer `render` makes of the month's reports (live, or as published), kept until the month's state
   * moves. `representation` names what render makes (e.g. `api:csv`), so that each is kept apart.
   */
  async answer(
    month: string,
    published: boolean,
    representation: string,
    render: (reports: MonthReports) => { type: string; body: string; etagBasis: string },
  ): Promise<CachedAnswer> {
    const state = await this.#state(month);
    return this.#answers.get(`${representation}|${month}|${published}`, state, async () => {
      const reports = await this.#reports.get(`${month}|${published}`, state, () => reportForMonth(this.db, month, published));
      const { type, body, etagBasis } = render(reports);
      return { type, body, etag: etagOf(etagBasis) };
    });
  }
}

/**
 * How many seconds a client or a shared cache may keep a month's report (Cache-Control max-age). The live
 * figures of this month (or a later one) change with every departure recorded: a minute. A past month's, or a
 * published report, changes only with a late registration or a new publication: an hour, and the ETag makes
 * checking again after that cheap (304).
 */
export function reportMaxAge(month: string, published: boolean, thisMonth: string): number {
  return published || month < thisMonth ? 3600 : 60;
}

let lastMonth: { readonly at: number; readonly month: string } | undefined;

/**
 * This month in Oslo (YYYY-MM), worked out at most once a second: the time zone arithmetic cost more than the
 * rest of a cached answer. For a max-age and the page's latest month, where a second late at midnight does no
 * harm.
 */
export function osloMonth(now = Date.now()): string {
  if (lastMonth === undefined || now - lastMonth.at >= 1000 || now < lastMonth.at) lastMonth = { at: now, month: osloToday(new Date(now)).slice(0, 7) };
  return lastMonth.month;
}
