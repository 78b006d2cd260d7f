/**
 * The statistics page: the report of a month (the last full month by default), live or as published,
 * rendered on the server with its charts as SVG and a table beside each.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../cases/commands.ts';
import { monthSchema } from '../../statistics/aggregate.ts';
import { reportForMonth } from '../../statistics/database.ts';
import { sendCached } from '../../shared/http-cache.ts';
import { parseInput } from '../../shared/parse.ts';
import { osloToday } from '../../cases/clock.ts';
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

export function registerStatisticsPages(app: FastifyInstance, db: Db, deps: WebDeps): void {
  app.get('/statistics/forced-returns', { schema: { hide: true } }, async (request, reply) => {
    // The page is in English until the statistics namespace is translated: the layout says so in English too.
    const ctx = englishOnly(request, reply, deps.store);
    const { lang: _lang, ...rest } = (request.query ?? {}) as Record<string, unknown>;
    const query = parseInput(pageQuery, rest, 'query string');
    const month = query.month ?? lastFullMonth();
    const show = query.published === 'true' ? 'published' : 'live';
    const { report, published } = await reportForMonth(db, month, show === 'published');
    const html = renderForcedReturnReportPage(report, { published, show, latestMonth: osloToday().slice(0, 7), ctx });
    return sendCached(request, reply, 'text/html; charset=utf-8', html, JSON.stringify({ ...report, producedAt: null, published: published?.publishedAt ?? null, show }));
  });
}
