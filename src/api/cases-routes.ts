/**
 * The case API: open a case, list and read cases, read the event log, and one POST route per action of
 * every process (generated from the action list, each with its own input schema and roles). Writes carry
 * `If-Match` with the case version (412 when stale, never merged) and may carry an `Idempotency-Key`.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actions } from '../cases/actions.ts';
import {
  act,
  caseEvents,
  caseSummarySchema,
  documentContent,
  getCase,
  listCases,
  listFilters,
  openCase,
  type CommandResult,
  type Db,
} from '../cases/commands.ts';
import { openCaseInput } from '../cases/processes/case.ts';
import { allowedActionsFor, caseRouteRoles, homeCountryHandover } from '../cases/access.ts';
import { osloToday } from '../shared/clock.ts';
import { UPLOAD_BODY_LIMIT } from '../cases/uploads.ts';
import type { Principal } from '../cases/roles.ts';
import { problemSchema } from './schemas.ts';
import { answerLanguage, langQueryField } from './language.ts';
import { withTexts } from '../i18n/rule-texts.ts';
import type { Lang } from '../i18n/languages.ts';
import { ReturError } from '../shared/errors.ts';

const caseParams = z.strictObject({ id: z.uuid().describe('The case id') });
const writeHeaders = z.looseObject({
  'if-match': z
    .string()
    .regex(/^(W\/)?"?\d+"?$/, 'the case version, as the ETag gave it')
    .optional(),
  'idempotency-key': z.string().min(8).max(200).optional(),
});
const readQuery = z.strictObject({
  why: z.string().trim().min(3).max(200).default('case work').describe('Why the case is read (kept in the audit)'),
  lang: langQueryField,
});
/** Actions answer with the case, whose rule answers carry messages: `?lang=` chooses their language. */
const actionQuery = z.strictObject({ lang: langQueryField });

const caseAnswer = z
  .object({
    case: z.record(z.string(), z.unknown()),
    version: z.number().int(),
    allowedActions: z
      .array(z.object({ id: z.string(), process: z.string(), title: z.string() }).meta({ id: 'AllowedAction' }))
      .describe(
        'The actions the caller may take on the case now, from the process tables: their role may, the process is in a `from` state of the action, and its guard holds today; worked out on the caller’s view alone, so it tells nothing the view hides',
      ),
    revealed: z.record(z.string(), z.string()).optional(),
    shownOnce: z
      .array(z.string())
      .optional()
      .describe('On a replay of an Idempotency-Key: what the first answer told once (`secret`) and that is not kept, so cannot be told again'),
  })
  .meta({ id: 'CaseAnswer', description: 'The case as the caller may see it, its version, and anything told once (the person’s secret)' });

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

function versionOf(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined) return undefined;
  return Number(ifMatch.replace(/\D/g, ''));
}

/** The case, with the text of every rule message in it in `lang` (the stored case keeps key and params only). */
function send(reply: FastifyReply, principal: Principal, result: CommandResult, lang: Lang, status = 200) {
  reply.header('etag', `"${result.version}"`);
  return reply.code(status).send({
    case: withTexts(result.case, lang),
    version: result.version,
    // From the case as the caller sees it (result.case is their view), as the console's forms are.
    allowedActions: allowedActionsFor(principal, result.case, osloToday(new Date())),
    ...(Object.keys(result.revealed).length > 0 ? { revealed: result.revealed } : {}),
    ...(result.shownOnce && result.shownOnce.length > 0 ? { shownOnce: [...result.shownOnce] } : {}),
  });
}

function who(principal: Principal | null): Principal {
  if (!principal) throw new ReturError('AUTH_REQUIRED', 'Sign in, or send a bearer token');
  return principal;
}

export function registerCaseRoutes(app: FastifyInstance, db: Db): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.post('/api/v1/cases', {
    config: { roles: caseRouteRoles.open },
    schema: {
      operationId: 'openCase',
      summary: 'Open a case: register the decision that a household must leave',
      tags: ['cases'],
      body: openCaseInput,
      headers: writeHeaders,
      querystring: actionQuery,
      response: { 201: caseAnswer, ...problems },
    },
    handler: async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const result = await openCase(db, who(request.principal), request.body, key === undefined ? {} : { idempotencyKey: key });
      return send(reply, who(request.principal), result, answerLanguage(request, reply, request.query.lang), 201);
    },
  });

  typed.get('/api/v1/cases', {
    config: { roles: caseRouteRoles.list },
    schema: {
      operationId: 'listCases',
      summary: 'List cases the caller may see, a page at a time',
      description:
        'Filter by status, authority, assisted-return state, deadline, or `overdue=true` (the police’s queue). The list holds no personal data. `next` is the cursor of the next page.',
      tags: ['cases'],
      querystring: listFilters,
      response: { 200: z.object({ items: z.array(caseSummarySchema), next: z.string().nullable() }).meta({ id: 'CaseList' }), ...problems },
    },
    handler: async (request) => listCases(db, who(request.principal), request.query),
  });

  // Reads of a case are audited, so they have no HEAD twin (a HEAD would log a read that returned nothing).
  typed.get('/api/v1/cases/:id', {
    exposeHeadRoute: false,
    config: { roles: caseRouteRoles.read },
    schema: {
      operationId: 'getCase',
      summary: 'Read a case as the caller may see it (audited)',
      tags: ['cases'],
      params: caseParams,
      querystring: readQuery,
      response: { 200: caseAnswer, ...problems },
    },
    handler: async (request, reply) => {
      const result = await getCase(db, who(request.principal), request.params.id, request.query.why);
      return send(reply, who(request.principal), { ...result, revealed: {} }, answerLanguage(request, reply, request.query.lang));
    },
  });

  typed.get('/api/v1/cases/:id/events', {
    exposeHeadRoute: false,
    config: { roles: caseRouteRoles.events },
    schema: {
      operationId: 'caseEvents',
      summary: 'The event log of a case as the caller may see it: the record every decision rests on (audited)',
      description:
        'Only the events that changed what the caller may see of the case, numbered 1, 2, 3 … as the caller sees them (`traceInEvent` in the case uses the same numbers); an event whose subject the caller sees only in part comes without its payload (the police see that the assisted-return application moved, not its content). Never the secret’s hash. `actor` (the user) is given to UDI, IOM, UNE and the police; everyone sees the writer’s `role`.',
      tags: ['cases'],
      params: caseParams,
      querystring: readQuery,
      response: {
        200: z
          .object({
            caseId: z.string(),
            events: z.array(
              z
                .object({
                  sequence: z.number().int(),
                  type: z.string(),
                  payload: z.unknown(),
                  actor: z.string().optional(),
                  role: z.string(),
                  occurredAt: z.string(),
                })
                .meta({ id: 'CaseEvent' }),
            ),
          })
          .meta({ id: 'CaseEvents' }),
        ...problems,
      },
    },
    handler: async (request, reply) => {
      const events = await caseEvents(db, who(request.principal), request.params.id, request.query.why);
      return withTexts(events, answerLanguage(request, reply, request.query.lang));
    },
  });

  typed.get('/api/v1/cases/:id/home-country-handover', {
    exposeHeadRoute: false,
    config: { roles: caseRouteRoles.handover },
    schema: {
      operationId: 'homeCountryHandover',
      summary: 'What is handed to the home country’s authorities after a forced return: identity documents only',
      tags: ['cases'],
      params: caseParams,
      querystring: readQuery,
      response: {
        200: z.object({ documents: z.array(z.object({ kind: z.string(), personId: z.string().nullable() })) }).meta({ id: 'HomeCountryHandover' }),
        ...problems,
      },
    },
    handler: async (request) => {
      const { case: doc } = await getCase(db, who(request.principal), request.params.id, request.query.why);
      return { documents: [...homeCountryHandover(doc).documents] };
    },
  });

  typed.get('/api/v1/cases/:id/documents/:documentId/content', {
    exposeHeadRoute: false,
    config: { roles: caseRouteRoles.read },
    schema: {
      operationId: 'documentContent',
      summary: 'The uploaded copy of a document (audited)',
      tags: ['cases'],
      params: z.strictObject({ id: z.uuid(), documentId: z.uuid() }),
      querystring: readQuery,
    },
    handler: async (request, reply) => {
      const file = await documentContent(db, who(request.principal), request.params.id, request.params.documentId, request.query.why);
      reply.header('content-disposition', 'attachment').header('x-content-type-options', 'nosniff').header('cache-control', 'no-store');
      return reply.type(file.mediaType).send(Buffer.from(file.bytes));
    },
  });

  for (const action of actions) {
    typed.post(`/api/v1/cases/:id/actions/${action.id}`, {
      // Only documents carry files: their route takes a body large enough for one.
      ...(action.files ? { bodyLimit: UPLOAD_BODY_LIMIT } : {}),
      config: { roles: action.roles },
      schema: {
        operationId: action.id.replace(/[.-](\w)/g, (_m, c: string) => c.toUpperCase()),
        summary: action.title,
        description: `${action.description}${action.source ? `\n\nSource: ${action.source}` : ''}\n\nProcess \`${action.process}\`, allowed in: ${action.from.join(', ')}. Roles: ${action.roles.join(', ')}.`,
        tags: [`process: ${action.process}`],
        params: caseParams,
        headers: writeHeaders,
        querystring: actionQuery,
        body: action.input,
        response: { 200: caseAnswer, ...problems, 409: problemSchema, 412: problemSchema, 428: problemSchema },
      },
      handler: async (request, reply) => {
        const key = request.headers['idempotency-key'];
        const version = versionOf(request.headers['if-match']);
        const result = await act(db, who(request.principal), request.params.id, action.id, request.body, {
          ...(version === undefined ? {} : { expectedVersion: version }),
          ...(key === undefined ? {} : { idempotencyKey: key }),
        });
        return send(reply, who(request.principal), result, answerLanguage(request, reply, request.query.lang));
      },
    });
  }
}
