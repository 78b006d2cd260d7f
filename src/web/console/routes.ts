/**
 * The staff console at /console: sign-in, each role's work queues, the case page with the actions allowed now
 * as forms, the border check, the debt register. Every route declares its roles (the role matrix walks them
 * as it walks the API); a write made with the session cookie carries the session's CSRF token (src/api/auth.ts
 * checks it). A browser gets pages, errors included (a 401 is the sign-in page); anything else gets the
 * API's problem+json.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actions } from '../../cases/actions.ts';
import { checkPassword, endSession, SESSION_HOURS, signIn } from '../../cases/accounts.ts';
import { allowedActions, type EventView } from '../../cases/access.ts';
import { osloToday } from '../../shared/clock.ts';
import { act, caseEvents, caseLetter, getCase, type Db } from '../../cases/commands.ts';
import { isLetterKind } from '../../cases/letters.ts';
import { t } from '../../i18n/format.ts';
import { langOf } from '../../i18n/languages.ts';
import { letterBody, letterLanguages, noLetterBody, personLanguage, scriptsOf } from '../letters/letter-page.ts';
import type { AnyAction } from '../../cases/process.ts';
import { queueQuery, queues, queuesFor, readQueue } from '../../cases/queues.ts';
import { staffRoles, type Principal, type StaffRole } from '../../cases/roles.ts';
import { caseWork } from '../../store/tables.ts';
import { ReturError, type FieldError } from '../../shared/errors.ts';
import { parseInput } from '../../shared/parse.ts';
import { SESSION_COOKIE, sessionCookieOptions } from '../../shared/http.ts';
import { html } from '../html.ts';
import { langCookieOptions } from '../context.ts';
import { LANG_COOKIE } from '../../i18n/negotiate.ts';
import { consoleLanguages } from '../../i18n/types.ts';
import { renderCasePage, renderPurposePage, type CaseEvent, type CasePageData } from './case-page.ts';
import { c } from './i18n.ts';
import { renderHome, renderQueue, queuePath } from './queue-pages.ts';
import { fieldNameOf, fieldsOf, inputFrom, type FormBody } from './schema-form.ts';
import { consolePage, viewerOf, type Viewer } from './shell.ts';
import { labelOf } from './form-html.ts';
import { registerBorderAndDebts } from './border-debts.ts';
import { registerAccounts } from './accounts.ts';
import { registerLab } from './lab.ts';

const HTML = 'text/html; charset=utf-8';
const staff: readonly StaffRole[] = staffRoles;
/** The roles that work cases in the console (everyone but statistics and admin, who see no case). */
const caseRoles: readonly StaffRole[] = ['udi', 'iom', 'une', 'police', 'lawyer', 'guardian', 'reception'];

const wantsHtml = (request: FastifyRequest) => (request.headers.accept ?? '').includes('text/html');

/** Only a path on this site (never `//host` or a scheme): where to go after signing in. */
const localPath = z
  .string()
  .max(500)
  .regex(/^\/console(?:[/?#][^\s]*)?$/);

function signInPage(viewer: Viewer, options: { returnTo?: string; failed?: boolean; required?: boolean }): string {
  const { lang } = viewer;
  const title = c(lang, 'signIn.title');
  const body = html`<h1 class="ds-heading" data-size="lg">${title}</h1>
<p class="ds-paragraph">${c(lang, 'signIn.intro')}</p>
${options.failed ? html`<div class="ds-alert" data-color="danger" role="alert"><p class="ds-paragraph">${c(lang, 'signIn.failed')}</p></div>` : html``}
${options.required && !options.failed ? html`<div class="ds-alert" data-color="info" role="status"><p class="ds-paragraph">${c(lang, 'signIn.required')}</p></div>` : html``}
<form method="post" action="/console/sign-in" class="retur-form">
<input type="hidden" name="returnTo" value="${options.returnTo ?? '/console'}">
<div class="ds-field"><label class="ds-label" for="username">${c(lang, 'signIn.username')}</label><input class="ds-input" id="username" name="username" autocomplete="username" required></div>
<div class="ds-field"><label class="ds-label" for="password">${c(lang, 'signIn.password')}</label><input class="ds-input" id="password" name="password" type="password" autocomplete="current-password" required></div>
<button class="ds-button" type="submit">${c(lang, 'signIn.submit')}</button></form>
<p class="ds-paragraph"><a class="ds-link" href="/api/v1/auth/oidc/login?returnTo=${encodeURIComponent(options.returnTo ?? '/console')}">${c(lang, 'signIn.oidc')}</a></p>`;
  return consolePage({ ...viewer, principal: null }, { title, body });
}

function errorPage(viewer: Viewer, message: string): string {
  const { lang } = viewer;
  const body = html`<h1 class="ds-heading" data-size="lg">${c(lang, 'error.title')}</h1><p class="ds-paragraph">${message}</p><p class="ds-paragraph"><a class="ds-link" href="/console">${c(lang, 'error.backHome')}</a></p>`;
  return consolePage(viewer, { title: c(lang, 'error.title'), body });
}

function sendPage(reply: FastifyReply, status: number, page: string) {
  return reply.code(status).type(HTML).header('cache-control', 'no-store').send(page);
}

const principalOf = (request: FastifyRequest): Principal => {
  if (!request.principal) throw new ReturError('AUTH_REQUIRED', 'Sign in');
  return request.principal;
};

/**
 * The actions the caller may take now, from the process tables (access.ts): their role may, on a case they
 * see, in the state the case is in as they see it, and the action's guard holds today.
 */
const actionsNow = (principal: Principal, doc: CasePageData['doc']): AnyAction[] => allowedActions(principal, doc, osloToday(new Date()));

async function linkableAccounts(db: Db): Promise<{ id: string; label: string }[]> {
  const rows = await caseWork(db)
    .selectFrom('users')
    .select(['id', 'display_name', 'username', 'role'])
    .where('role', 'in', ['lawyer', 'guardian', 'reception'])
    .where('disabled', '=', false)
    .orderBy('display_name')
    .limit(500)
    .execute();
  return rows.map((r) => ({ id: r.id, label: `${r.display_name} (${r.username}, ${r.role})` }));
}

const whySchema = z.string().trim().min(3).max(200);
const letterQuery = z.strictObject({ why: whySchema.optional(), in: z.string().max(20).optional(), lang: z.string().max(20).optional() });
const caseQuery = z.strictObject({ why: whySchema.optional(), done: z.string().max(80).optional(), lang: z.string().max(20).optional() });

async function casePage(db: Db, request: FastifyRequest, caseId: string, why: string, extra: Partial<CasePageData> = {}): Promise<string> {
  const principal = principalOf(request);
  const { case: doc, version } = await getCase(db, principal, caseId, why);
  let events: CaseEvent[] | null = null;
  try {
    events = await withWriters(db, (await caseEvents(db, principal, caseId, why)).events);
  } catch (error) {
    if (!(error instanceof ReturError && error.code === 'AUTH_FORBIDDEN')) throw error;
  }
  const needsAccounts = actionsNow(principal, doc).some((a) => a.id === 'case.link');
  return renderCasePage(viewerOf(request), {
    doc,
    version,
    why,
    events,
    actions: actionsNow(principal, doc),
    accounts: needsAccounts ? await linkableAccounts(db) : [],
    ...extra,
  });
}

/** The log's events with the name of each writer the view shows (it shows writers to the authorities only). */
async function withWriters(db: Db, events: readonly EventView[]): Promise<CaseEvent[]> {
  // A staff writer is `user:<id>` (roles.ts, actorOf); a person's own writes name no account.
  const userOf = (actor: string | undefined) => (actor?.startsWith('user:') && z.uuid().safeParse(actor.slice(5)).success ? actor.slice(5) : undefined);
  const ids = [...new Set(events.flatMap((e) => userOf(e.actor) ?? []))];
  const names = new Map<string, string>();
  if (ids.length > 0) {
    for (const row of await caseWork(db).selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute())
      names.set(row.id, row.display_name);
  }
  return events.map((e) => {
    const name = names.get(userOf(e.actor) ?? '');
    return name === undefined ? e : { ...e, who: name };
  });
}

/** Field errors of a refused form, by field name, in the console's language. */
function formErrors(lang: Viewer['lang'], errors: readonly FieldError[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const error of errors) {
    const name = fieldNameOf(error.path) || '_form';
    if (out.has(name)) continue;
    const label = name === '_form' ? '' : labelOf(lang, name);
    out.set(name, c(lang, error.code === 'invalid_type' || error.code === 'too_small' ? 'error.required' : 'error.invalid', { field: label.toLowerCase() }));
  }
  return out;
}

export interface ConsoleOptions {
  /** Sign-in attempts allowed per address. */
  readonly signInRateLimit: { readonly max: number; readonly timeWindow: string };
  /** How many days an API token issued on the accounts page lasts (RETUR_TOKEN_DAYS). */
  readonly tokenDays: number;
}

export async function registerConsole(app: FastifyInstance, db: Db, { signInRateLimit, tokenDays }: ConsoleOptions): Promise<void> {
  await app.register(async (scope) => {
    // A ?lang= choice is remembered as on the public pages (the console offers English, bokmål and nynorsk).
    scope.addHook('onRequest', async (request, reply) => {
      const lang = (request.query as Record<string, unknown> | undefined)?.['lang'];
      if (typeof lang === 'string' && (consoleLanguages as readonly string[]).includes(lang) && request.cookies[LANG_COOKIE] !== lang)
        reply.setCookie(LANG_COOKIE, lang, langCookieOptions());
    });

    scope.setErrorHandler(async (error: FastifyError, request, reply) => {
      if (!wantsHtml(request)) throw error;
      const viewer = viewerOf(request);
      const code = error instanceof ReturError || error instanceof ReturError ? error.code : '';
      if (code === 'AUTH_REQUIRED')
        return sendPage(reply, 401, signInPage(viewer, { returnTo: localPath.safeParse(request.url).data ?? '/console', required: true }));
      if (code === 'AUTH_FORBIDDEN') return sendPage(reply, 403, errorPage(viewer, c(viewer.lang, 'error.forbidden')));
      if (code === 'AUTH_CSRF') return sendPage(reply, 403, errorPage(viewer, c(viewer.lang, 'error.csrf')));
      if (code === 'CASE_NOT_FOUND') return sendPage(reply, 404, errorPage(viewer, c(viewer.lang, 'error.notFound')));
      throw error;
    });

    scope.get('/console/sign-in', { config: { roles: 'public' }, schema: { hide: true } }, async (request, reply) => {
      const returnTo = localPath.safeParse((request.query as Record<string, unknown>)['returnTo']).data;
      return sendPage(reply, 200, signInPage(viewerOf(request), returnTo === undefined ? {} : { returnTo }));
    });

    scope.post('/console/sign-in', { config: { roles: 'public', rateLimit: signInRateLimit }, schema: { hide: true } }, async (request, reply) => {
      const body = parseInput(
        z.looseObject({ username: z.string().max(100), password: z.string().max(200), returnTo: z.string().max(500).optional() }),
        request.body,
        'form',
      );
      const returnTo = localPath.safeParse(body.returnTo).data ?? '/console';
      let principal: Principal;
      try {
        principal = await checkPassword(db, body.username.trim().toLowerCase(), body.password);
      } catch (error) {
        if (error instanceof ReturError && error.code === 'AUTH_INVALID_CREDENTIALS')
          return sendPage(reply, 401, signInPage(viewerOf(request), { returnTo, failed: true }));
        throw error;
      }
      const previous = request.cookies[SESSION_COOKIE];
      if (previous) await endSession(db, previous);
      const session = await signIn(db, principal, 'password');
      reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(SESSION_HOURS));
      return reply.code(303).header('location', returnTo).send();
    });

    scope.post('/console/sign-out', { config: { roles: staff }, schema: { hide: true } }, async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await endSession(db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(303).header('location', '/console/sign-in').send();
    });

    scope.get('/console', { config: { roles: staff }, schema: { hide: true } }, async (request, reply) => {
      const principal = principalOf(request);
      const mine = queuesFor(principal);
      const counted = [];
      for (const queue of mine) counted.push({ queue, page: await readQueue(db, principal, queue.id, parseInput(queueQuery, { limit: 1 })) });
      return sendPage(reply, 200, renderHome(viewerOf(request), counted));
    });

    for (const queue of queues) {
      scope.get(queuePath(queue.id), { config: { roles: queue.roles }, schema: { hide: true } }, async (request, reply) => {
        const principal = principalOf(request);
        const raw = Object.fromEntries(Object.entries(request.query as Record<string, string>).filter(([key, value]) => value !== '' && key !== 'lang'));
        const query = parseInput(queueQuery, raw, 'query string');
        return sendPage(reply, 200, renderQueue(viewerOf(request), queue, query, await readQueue(db, principal, queue.id, query)));
      });
    }

    scope.get('/console/cases/:id', { config: { roles: caseRoles }, schema: { hide: true } }, async (request, reply) => {
      const { id } = parseInput(z.object({ id: z.string().max(100) }), request.params, 'path');
      const query = parseInput(caseQuery, request.query, 'query string');
      if (query.why === undefined) {
        // Nothing of the case is read before the reader says why.
        return sendPage(reply, 200, renderPurposePage(viewerOf(request), id));
      }
      const viewer = viewerOf(request);
      const done = query.done === undefined ? undefined : actions.find((a) => a.id === query.done);
      return sendPage(
        reply,
        200,
        await casePage(
          db,
          request,
          id,
          query.why,
          done ? { notice: { kind: 'success', text: c(viewer.lang, 'case.done', { action: c(viewer.lang, `action.${done.id}`) }) } } : {},
        ),
      );
    });

    // A decision letter of the case (src/cases/letters.ts), in the person's language (`?in=` to choose another)
    // and in bokmål; read, as the case page is, only once the reader has said why (audited with it).
    scope.get('/console/cases/:id/letters/:kind', { config: { roles: caseRoles }, schema: { hide: true } }, async (request, reply) => {
      const { id, kind } = parseInput(z.object({ id: z.string().max(100), kind: z.string().max(60) }), request.params, 'path');
      const viewer = viewerOf(request);
      const { lang } = viewer;
      if (!isLetterKind(kind)) return sendPage(reply, 404, errorPage(viewer, c(lang, 'error.notFound')));
      const query = parseInput(letterQuery, request.query, 'query string');
      if (query.why === undefined) return sendPage(reply, 200, renderPurposePage(viewer, id, `/console/cases/${id}/letters/${kind}`));
      const { letter } = await caseLetter(db, principalOf(request), id, kind, query.why);
      const back = { href: `/console/cases/${id}?why=${encodeURIComponent(query.why)}`, text: t(lang, 'letter.page.back') };
      const title = t(lang, `letter.name.${kind}`);
      if (letter === null) return sendPage(reply, 404, consolePage(viewer, { title, body: noLetterBody(lang, kind, back) }));
      const chosen = query.in === undefined ? undefined : langOf(query.in);
      const langs = letterLanguages(chosen ?? personLanguage(letter.recipient.preferredLanguage));
      const choose = {
        action: `/console/cases/${id}/letters/${kind}`,
        keep: [
          ['why', query.why],
          ['lang', lang],
        ] as const,
      };
      return sendPage(
        reply,
        200,
        consolePage(viewer, {
          title: `${title}: ${letter.recipient.name}`,
          body: letterBody(letter, { lang, langs, back, choose }),
          scripts: scriptsOf(langs),
        }),
      );
    });

    for (const action of actions) {
      const roles = action.roles.filter((r): r is StaffRole => r !== 'person');
      if (roles.length === 0) continue;
      scope.post(`/console/cases/:id/actions/${action.id}`, { config: { roles }, schema: { hide: true } }, async (request, reply) => {
        const principal = principalOf(request);
        const viewer = viewerOf(request);
        const { lang } = viewer;
        const { id } = parseInput(z.object({ id: z.string().max(100) }), request.params, 'path');
        const body = (request.body ?? {}) as FormBody;
        const why = whySchema.safeParse(body['_why']).data ?? 'case work';
        const versionText = typeof body['_version'] === 'string' ? body['_version'] : '';
        const expectedVersion = /^\d+$/.test(versionText) ? Number(versionText) : undefined;
        const fields = fieldsOf(action.input);
        try {
          const result = await act(db, principal, id, action.id, inputFrom(fields, body), expectedVersion === undefined ? {} : { expectedVersion });
          if (Object.keys(result.revealed).length > 0) {
            // Told once, so shown now rather than carried in a redirect's URL.
            return sendPage(
              reply,
              200,
              await casePage(db, request, id, why, {
                revealed: result.revealed,
                notice: { kind: 'success', text: c(lang, 'case.done', { action: c(lang, `action.${action.id}`) }) },
              }),
            );
          }
          return reply
            .code(303)
            .header('location', `/console/cases/${id}?why=${encodeURIComponent(why)}&done=${encodeURIComponent(action.id)}`)
            .send();
        } catch (error) {
          if (!(error instanceof ReturError || error instanceof ReturError)) throw error;
          switch (error.code) {
            case 'CASE_VERSION_CONFLICT':
            case 'CASE_VERSION_REQUIRED':
              return sendPage(reply, 412, await casePage(db, request, id, why, { notice: { kind: 'warning', text: c(lang, 'case.stale') } }));
            case 'REQUEST_INVALID': {
              const errors = formErrors(lang, error instanceof ReturError ? error.errors : []);
              return sendPage(reply, 400, await casePage(db, request, id, why, { failed: { action: action.id, values: body, errors } }));
            }
            case 'CASE_INVALID_TRANSITION': {
              const details = error.details as { process?: string; state?: string };
              const reason = c(lang, 'refused.transition', {
                process: c(lang, `process.${details.process ?? 'case'}`),
                state: c(lang, `state.${details.state ?? 'none'}`),
              });
              return sendPage(reply, 409, await casePage(db, request, id, why, { notice: { kind: 'danger', text: c(lang, 'case.refused', { reason }) } }));
            }
            case 'CASE_PRECONDITION_FAILED': {
              const condition = String((error.details as { condition?: unknown }).condition ?? 'general');
              const key = `condition.${condition}`;
              let reason: string;
              try {
                reason = c(lang, key);
              } catch {
                reason = c(lang, 'condition.general');
              }
              return sendPage(
                reply,
                409,
                await casePage(db, request, id, why, {
                  notice: { kind: 'danger', text: c(lang, 'case.refused', { reason }) },
                  failed: { action: action.id, values: body, errors: new Map() },
                }),
              );
            }
            default:
              throw error;
          }
        }
      });
    }

    registerBorderAndDebts(scope, db);
    registerAccounts(scope, db, { tokenDays });
    registerLab(scope, db);
  });
}
