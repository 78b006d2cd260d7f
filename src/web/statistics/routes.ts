/**
 * The statistics page: the report of a month (the last full month by default), live or as published,
 * rendered on the server with its charts as SVG and a table beside each.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { monthSchema } from '../../statistics/aggregate.ts';
import { etagOf, sendWithEtag } from '../../shared/http-cache.ts';
import { type CachedAnswer, ForcedReturnReportCache, osloMonth, reportMaxAge } from '../../statistics/cache.ts';
import { parseInput } from '../../shared/parse.ts';
import { osloToday } from '../../shared/clock.ts';
import { renderForcedReturnReportPage } from './page.ts';
import { englishOnly } from '../context.ts';
import type { WebDeps } from '../routes.ts';

const pageQuery = z.strictObject({
  month: monthSchema.optional(),
  published: z.enum(['true', 'false']).default('false'),
});

/** The last month that has ended, in Oslo. */
function lastFullMonth(now = new Date()): string {
  const [year, month] = osloToday(now).split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** Stands for the visitor's CSRF token in a page kept in the cache (random: no page text can contain it). */
const CSRF_PLACEHOLDER = `csrf-placeholder-${randomUUID()}`;

/**
 * A cached page as the bytes around its placeholders, encoded once: a visitor's page is then those bytes with
 * their token between them. Replacing in the 90 kB text and encoding it again for every visitor was most of
 * the page's cost under load.
 */
const pagePieces = new WeakMap<CachedAnswer, readonly Buffer[]>();
function pageFor(answer: CachedAnswer, csrf: string): Buffer {
  let pieces = pagePieces.get(answer);
  if (pieces === undefined) {
    pieces = answer.body.split(CSRF_PLACEHOLDER).map((piece) => Buffer.from(piece, 'utf8'));
    pagePieces.set(answer, pieces);
  }
  const token = Buffer.from(csrf, 'utf8');
  return Buffer.concat(pieces.flatMap((piece, i) => (i === 0 ? [piece] : [token, piece])));
}

export function registerStatisticsPages(
  app: FastifyInstance,
  db: Kysely<Database>,
  deps: WebDeps,
  rateLimit: { readonly max: number; readonly timeWindow: string },
): void {
  const reports = new ForcedReturnReportCache(db);
  // The page costs what the API does, and more (the charts): the same bound per address.
  app.get('/statistics/forced-returns', { schema: { hide: true }, config: { rateLimit } }, async (request, reply) => {
    // The page is in English until the statistics namespace is translated: the layout says so in English too.
    const ctx = englishOnly(request, reply, deps.store);
    const { lang: _lang, ...rest } = (request.query ?? {}) as Record<string, unknown>;
    const query = parseInput(pageQuery, rest, 'query string');
    const month = query.month ?? lastFullMonth();
    const show = query.published === 'true' ? 'published' : 'live';
    const latestMonth = osloMonth();
    // Rendered once per state of the rollup's months (and the month's publication) and per page context,
    // whoever asks, with a placeholder where each visitor's own CSRF token goes.
    const shared = { ...ctx, csrf: CSRF_PLACEHOLDER };
    const answer = await reports.answer(
      month,
      show === 'published',
      `page:${latestMonth}:${JSON.stringify([ctx.lang, ctx.path, ctx.keep])}`,
      ({ report, published }) => ({
        type: 'text/html; charset=utf-8',
        body: renderForcedReturnReportPage(report, { published, show, latestMonth, ctx: shared }),
        etagBasis: JSON.stringify({ ...report, producedAt: null, published: published?.publishedAt ?? null, show, latestMonth, ctx: shared }),
      }),
    );
    // The visitor's CSRF token is in the page: a private answer, its ETag over the token too.
    return sendWithEtag(
      request,
      reply,
      { type: answer.type, body: pageFor(answer, ctx.csrf), etag: etagOf(answer.etag + ctx.csrf) },
      `private, max-age=${reportMaxAge(month, show === 'published', latestMonth)}`,
    );
  });
}
