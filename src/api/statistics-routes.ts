/**
 * The public statistics: the police's forced-return report as JSON, JSON-stat 2.0 or CSV, live or as
 * published. Aggregates only, no personal data; cacheable with an ETag.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../cases/commands.ts';
import { monthSchema } from '../statistics/aggregate.ts';
import { reportForMonth } from '../statistics/database.ts';
import { sendCached } from '../shared/http-cache.ts';
import { forcedReturnJsonStat } from '../statistics/jsonstat.ts';
import { tidyCsv } from '../statistics/csv-out.ts';
import { forcedReturnReportSchema } from '../statistics/report.ts';
import { problemSchema } from './schemas.ts';

export const statisticsQuery = z.strictObject({
  month: monthSchema.describe('The report month, YYYY-MM: January to the end of it, against the same months a year before'),
  format: z.enum(['json', 'json-stat', 'csv']).default('json'),
  published: z.enum(['true', 'false']).default('false').describe('The report as published, not the live figures'),
});

export function registerStatisticsRoutes(app: FastifyInstance, db: Db): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/v1/statistics/forced-returns', {
    config: { roles: 'public' },
    schema: {
      operationId: 'forcedReturnReport',
      summary: "The police's monthly forced-return report (public, aggregates only)",
      description:
        'As JSON (the report), JSON-stat 2.0 (a collection of datasets) or tidy CSV. `published=true` gives the report as it was published; otherwise the live figures, which change as late registrations come in.',
      tags: ['statistics'],
      querystring: statisticsQuery,
      response: { 200: forcedReturnReportSchema.or(z.record(z.string(), z.unknown())).or(z.string()), 400: problemSchema, 404: problemSchema },
    },
    handler: async (request, reply) => {
      const { month, format, published } = request.query;
      const { report } = await reportForMonth(db, month, published === 'true');
      // The ETag ignores producedAt, so an unchanged report revalidates.
      const basis = JSON.stringify({ ...report, producedAt: null, format });
      switch (format) {
        case 'json':
          return sendCached(request, reply, 'application/json; charset=utf-8', JSON.stringify(report), basis);
        case 'json-stat':
          return sendCached(request, reply, 'application/json; charset=utf-8', JSON.stringify(forcedReturnJsonStat(report)), basis);
        case 'csv':
          reply.header('content-disposition', `inline; filename="forced-returns-${month}.csv"`);
          return sendCached(request, reply, 'text/csv; charset=utf-8', tidyCsv(forcedReturnJsonStat(report)), basis);
      }
    },
  });
}
