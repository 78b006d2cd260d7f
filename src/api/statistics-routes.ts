/**
 * The public statistics: the police's forced-return report as JSON, JSON-stat 2.0 or CSV, live or as
 * published. Aggregates only, no personal data; cacheable with an ETag.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../cases/commands.ts';
import { monthSchema } from '../statistics/aggregate.ts';
import { sendCached, sendWithEtag } from '../shared/http-cache.ts';
import { ForcedReturnReportCache, osloMonth, reportMaxAge } from '../statistics/cache.ts';
import { forcedReturnJsonStat } from '../statistics/jsonstat.ts';
import { tidyCsv } from '../statistics/csv-out.ts';
import { forcedReturnReportSchema } from '../statistics/report.ts';
import { problemSchema } from './schemas.ts';
import {
  assistedReturnFileName,
  assistedReturnFormats,
  assistedReturnReportFromDatabase,
  assistedReturnReportSchema,
  formatAssistedReturnReport,
  yearParam,
} from '../statistics/assisted.ts';
import { eurostatFormats, eurostatReturnsFromDatabase, formatEurostatReturns, quarterParam } from '../statistics/eurostat.ts';

export const statisticsQuery = z.strictObject({
  month: monthSchema.describe('The report month, YYYY-MM: January to the end of it, against the same months a year before'),
  format: z.enum(['json', 'json-stat', 'csv']).default('json'),
  published: z.enum(['true', 'false']).default('false').describe('The report as published, not the live figures'),
});

export const assistedReturnsQuery = z.strictObject({
  year: yearParam.describe('The year, YYYY'),
  month: monthSchema.optional().describe('Count January to the end of this month of the year, YYYY-MM (default: the whole year)'),
  format: z.enum(assistedReturnFormats).default('json'),
});

export const eurostatReturnsQuery = z.strictObject({
  year: yearParam.describe('The year, YYYY'),
  quarter: quarterParam.optional().describe('Only this quarter of the year (1 to 4)'),
  format: z.enum(eurostatFormats).default('json-stat'),
});

/**
 * @param rateLimit what one address may ask of these routes in a minute (RETUR_STATISTICS_RATE_LIMIT, config.ts);
 *   beyond it, 429 REQUEST_RATE_LIMITED with Retry-After.
 */
export function registerStatisticsRoutes(app: FastifyInstance, db: Db, rateLimit: { readonly max: number; readonly timeWindow: string }): void {
  const reports = new ForcedReturnReportCache(db);
  app.withTypeProvider<ZodTypeProvider>().get('/api/v1/statistics/forced-returns', {
    config: { roles: 'public', rateLimit },
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
      // Computed once per state of the rollup's months (and the month's publication), whoever asks.
      const answer = await reports.answer(month, published === 'true', `api:${format}`, ({ report }) => {
        // The ETag ignores producedAt, so an unchanged report revalidates.
        const etagBasis = JSON.stringify({ ...report, producedAt: null, format });
        switch (format) {
          case 'json':
            return { type: 'application/json; charset=utf-8', body: JSON.stringify(report), etagBasis };
          case 'json-stat':
            return { type: 'application/json; charset=utf-8', body: JSON.stringify(forcedReturnJsonStat(report)), etagBasis };
          case 'csv':
            return { type: 'text/csv; charset=utf-8', body: tidyCsv(forcedReturnJsonStat(report)), etagBasis };
        }
      });
      if (format === 'csv') reply.header('content-disposition', `inline; filename="forced-returns-${month}.csv"`);
      return sendWithEtag(request, reply, answer, `public, max-age=${reportMaxAge(month, published === 'true', osloMonth())}`);
    },
  });

  app.withTypeProvider<ZodTypeProvider>().get('/api/v1/statistics/assisted-returns', {
    config: { roles: 'public', rateLimit },
    schema: {
      operationId: 'assistedReturnFigures',
      summary: 'Assisted returns in a year or a year to a month (public, aggregates only)',
      description:
        'Applications for assisted return (per household) by month and by the applicant’s citizenship, before or after the departure deadline, and granted, rejected, pending or withdrawn; departures with assisted return (per person) by month and citizenship. As JSON (the report), JSON-stat 2.0 (a collection of datasets) or tidy CSV. Live figures.',
      tags: ['statistics'],
      querystring: assistedReturnsQuery,
      response: { 200: assistedReturnReportSchema.or(z.record(z.string(), z.unknown())).or(z.string()), 400: problemSchema },
    },
    handler: async (request, reply) => {
      const { year, month, format } = request.query;
      const report = await assistedReturnReportFromDatabase(db, { year: Number(year), ...(month === undefined ? {} : { month }) });
      const { type, body } = formatAssistedReturnReport(report, format);
      if (format === 'csv') reply.header('content-disposition', `inline; filename="${assistedReturnFileName(report)}.csv"`);
      // The ETag ignores producedAt, so unchanged figures revalidate.
      return sendCached(request, reply, type, body, JSON.stringify({ ...report, producedAt: null, format }));
    },
  });

  app.withTypeProvider<ZodTypeProvider>().get('/api/v1/statistics/eurostat/returns', {
    config: { roles: 'public', rateLimit },
    schema: {
      operationId: 'eurostatReturns',
      summary: 'Returns of third-country nationals, shaped like Eurostat’s migr_eirtn and migr_eirt_ass (public, aggregates only)',
      description:
        'Third-country nationals (outside the EU, the EEA and Switzerland) who left Norway in a year or a quarter, by citizenship, age group on the departure date (Y_LT14, Y14-17, Y18-34, Y_GE35, UNK) and type of return (FORCED, ASSIST, VOL_NASS: Retur’s codes, Eurostat’s unconfirmed), as one JSON-stat 2.0 dataset or tidy CSV. Exact counts: Eurostat rounds, Retur does not.',
      tags: ['statistics'],
      querystring: eurostatReturnsQuery,
      response: { 200: z.record(z.string(), z.unknown()).or(z.string()), 400: problemSchema, 422: problemSchema },
    },
    handler: async (request, reply) => {
      const { year, quarter, format } = request.query;
      const dataset = await eurostatReturnsFromDatabase(db, { year: Number(year), ...(quarter === undefined ? {} : { quarter: Number(quarter) }) });
      const { type, body } = formatEurostatReturns(dataset, format);
      if (format === 'csv') reply.header('content-disposition', `inline; filename="eurostat-returns-${dataset.extension.period}.csv"`);
      return sendCached(request, reply, type, body, JSON.stringify({ ...dataset, updated: null, format }));
    },
  });
}
