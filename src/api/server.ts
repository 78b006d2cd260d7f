/**
 * The HTTP service: Fastify with zod schemas on every route (one parser per boundary), an OpenAPI 3.1
 * document generated from those schemas at /api/openapi.json, problem+json errors, and the web pages.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import fastifySwagger from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { parseInput } from '../shared/parse.ts';
import { registerProblemHandlers } from './problem.ts';
import { registerRulesRoutes } from './rules-routes.ts';
import { registerWebRoutes } from '../web/routes.ts';
import { version } from '../shared/version.ts';

export interface ServerOptions {
  /** pino logger options, or false for none (tests). */
  readonly logger?: boolean | Record<string, unknown>;
}

const WHAT: Record<string, string> = { body: 'request body', querystring: 'query string', params: 'path parameters', headers: 'headers' };

export async function buildServer(options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: process.env.LOG_LEVEL ?? 'info',
            // Personal data never goes to logs: requests are logged by method, route and id only.
            serializers: {
              req: (req: { method: string; url: string; id: string }) => ({ method: req.method, url: req.url.split('?')[0], id: req.id }),
            },
            ...(typeof options.logger === 'object' ? options.logger : {}),
          },
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
  });

  // Every schema is zod; a failure is a REQUEST_INVALID ReturError naming each field at fault.
  app.setValidatorCompiler(({ schema, httpPart }) => (data) => {
    try {
      return { value: parseInput(schema as z.ZodType, data, WHAT[httpPart ?? 'body'] ?? 'input') };
    } catch (error) {
      return { error: error as Error };
    }
  });
  app.setSerializerCompiler(serializerCompiler);
  // JSON only: a text/plain body is refused with 415 rather than parsed as a string.
  app.removeContentTypeParser('text/plain');
  registerProblemHandlers(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Retur API',
        version,
        description:
          "Norway's return system as rules and case work: assisted-return eligibility and support, the departure situation after a decision, forced-return categories and re-entry. Every answer is computed as of a date and carries its sources and trace. Errors are RFC 9457 problem+json with a stable `code` (see docs/errors.md).",
        license: { name: 'MIT', identifier: 'MIT' },
      },
      tags: [{ name: 'rules', description: 'Law as code: pure evaluations, nothing is stored' }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok', version }));

  registerRulesRoutes(app);
  registerWebRoutes(app);
  return app;
}
