/**
 * The rules API: one POST route per rule set, generated from the rule-set list, so that a rule set added
 * to src/rules/index.ts is served and documented at once. The body is parsed by the rule set's own schema
 * (the one parser of outside input); `?trace=false` leaves the trace out. Every message (reason, warning,
 * note, label) carries its key and params, and its `text` in the language of `?lang=` or Accept-Language.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ruleSets } from '../rules/index.ts';
import { problemSchema } from './schemas.ts';
import { inLanguage, langQueryField } from './language.ts';

const traceQuery = z.strictObject({
  trace: z.enum(['true', 'false']).default('true').describe('Include the trace of the evaluation (default true)'),
  lang: langQueryField,
});

export function registerRulesRoutes(app: FastifyInstance): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  for (const ruleSet of ruleSets) {
    typed.route({
      method: 'POST',
      url: `/api/v1/rules/${ruleSet.path}`,
      config: { roles: 'public' },
      schema: {
        operationId: ruleSet.id,
        summary: ruleSet.title,
        description: ruleSet.description,
        tags: ['rules'],
        body: ruleSet.input,
        querystring: traceQuery,
        response: {
          200: ruleSet.output,
          400: problemSchema,
          422: problemSchema,
        },
      },
      handler: async (request, reply) => {
        const { trace, lang } = request.query as z.output<typeof traceQuery>;
        return inLanguage(request, reply, lang, ruleSet.evaluate(request.body, { trace: trace === 'true' }));
      },
    });
  }
}
