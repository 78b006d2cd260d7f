/**
 * The person's own case: what someone who signed in with their reference and secret (or sign-in code) may
 * see of it. It is read through the same view as every other read (access.ts: a planned forced return is
 * never shown to the person) and audited; `actions` lists what the person may do on it now, worked out from
 * that view alone, so it cannot tell them anything the view hides. Their writes go to the case routes
 * (`/api/v1/cases/<case.id>/actions/…`), with the version from here in If-Match.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../cases/commands.ts';
import { myCase, type OwnCase } from '../cases/own-case.ts';
import { problemSchema } from './schemas.ts';
import { ReturError } from '../shared/errors.ts';

const ownCaseAnswer = z
  .object({
    case: z.record(z.string(), z.unknown()),
    version: z.number().int(),
    actions: z.array(z.string()).describe('The actions the person may take on their case now'),
  })
  .meta({ id: 'OwnCase', description: 'The person’s own case as they may see it, its version, and what they may do now' });

function send(reply: FastifyReply, own: OwnCase) {
  return reply.header('etag', `"${own.version}"`).header('cache-control', 'no-store').send(own);
}

export function registerMeRoutes(app: FastifyInstance, db: Db): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  // Audited, so no HEAD twin (a HEAD would log a read that returned nothing).
  typed.get('/api/v1/me/case', {
    exposeHeadRoute: false,
    config: { roles: ['person'] },
    schema: {
      operationId: 'myCase',
      summary: 'The person’s own case, as they may see it (audited)',
      description:
        'For the person signed in with their reference and secret. A planned forced return is never part of it. The ETag is the version to send in If-Match with the person’s actions.',
      tags: ['me'],
      response: { 200: ownCaseAnswer, 401: problemSchema, 403: problemSchema },
    },
    handler: async (request, reply) => {
      const principal = request.principal;
      if (principal?.kind !== 'person') throw new ReturError('AUTH_FORBIDDEN', 'Only the person signed in to their own case has one');
      return send(reply, await myCase(db, principal, 'the person reads their own case'));
    },
  });
}
