/**
 * The person signs in to their own case with its reference and their secret code (the application's secret,
 * or a sign-in code from IOM, a reception centre, a lawyer, a guardian or UDI), and signs out. A sign-in opens
 * the same server-side session as the API's person sign-in (`sessions`, audited, the `retur_session` cookie:
 * httpOnly, SameSite=Strict); signing out, or "leave this page quickly", deletes that row, so the cookie is
 * worth nothing even if it was copied.
 *
 *   GET  /sign-in   the form (reference, secret code), or on to /my-application when already signed in
 *   POST /sign-in   CSRF, both fields, then the check; a wrong pair is one message that does not say which
 *                   half was wrong; rate limited as the API's sign-in is
 *   POST /sign-out  ends the session, back to the sign-in page
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SESSION_COOKIE, sessionCookieOptions } from '../../shared/http.ts';
import { checkPersonSecret, endSession, SESSION_HOURS, signIn } from '../../cases/accounts.ts';
import type { Db } from '../../cases/commands.ts';
import type { Principal } from '../../cases/roles.ts';
import { t } from '../../i18n/format.ts';
import { type PageContext, webRequest } from '../context.ts';
import { expiredPage } from '../flow.ts';
import { csrfField, errorSummary, inputField, type FieldError } from '../forms.ts';
import { html } from '../html.ts';
import { page } from '../layout.ts';
import type { WebDeps } from '../routes.ts';
import { ReturError } from '../../shared/errors.ts';

export type Person = Extract<Principal, { kind: 'person' }>;

/** The person signed in on this request (through the session cookie), if any. */
export function personOf(request: FastifyRequest): Person | null {
  const principal = request.principal;
  return principal?.kind === 'person' ? principal : null;
}

const HTML = 'text/html; charset=utf-8';
export const sendPage = (reply: FastifyReply, markup: string, status = 200) => reply.code(status).type(HTML).header('cache-control', 'no-store').send(markup);

/** The form's fields as sent: text, trimmed; the reference in capitals, as it is printed. */
const signInForm = z.object({
  reference: z
    .string()
    .max(40)
    .default('')
    .transform((s) => s.trim().toUpperCase()),
  secret: z
    .string()
    .max(100)
    .default('')
    .transform((s) => s.trim()),
});

function signInPage(ctx: PageContext, values: { reference: string }, errors: readonly FieldError[], signedOut: boolean): string {
  const lang = ctx.lang;
  const heading = t(lang, 'public.signIn.title');
  const error = (field: string) => errors.find((e) => e.field === field);
  const body = html`${errorSummary(lang, errors)}
${signedOut && errors.length === 0 ? html`<div class="ds-alert" data-color="success"><p class="ds-paragraph">${t(lang, 'public.signIn.signedOut')}</p></div>` : ''}
<h1 class="ds-heading" data-size="lg">${heading}</h1>
<p class="ds-paragraph">${t(lang, 'public.signIn.intro')}</p>
<form method="post" action="/sign-in" novalidate class="retur-question">
${csrfField(ctx)}
${inputField({ id: 'reference', label: html`${t(lang, 'public.signIn.reference')}`, hint: t(lang, 'public.signIn.referenceHint'), type: 'text', value: values.reference, attrs: html` dir="ltr" autocomplete="off" autocapitalize="characters" spellcheck="false"`, ...(error('reference') ? { error: error('reference')! } : {}) })}
${inputField({ id: 'secret', label: html`${t(lang, 'public.signIn.secret')}`, type: 'password', value: '', attrs: html` dir="ltr" autocomplete="off" spellcheck="false"`, ...(error('secret') ? { error: error('secret')! } : {}) })}
<button class="ds-button" type="submit">${t(lang, 'public.signIn.submit')}</button>
</form>
<p class="ds-paragraph">${t(lang, 'public.signIn.noCode')}</p>`;
  return page({ title: errors.length > 0 ? `${t(lang, 'common.form.errorPrefix')} ${heading}` : heading, body, ctx });
}

export function registerSignIn(app: FastifyInstance, db: Db, deps: WebDeps): void {
  app.get('/sign-in', { schema: { hide: true } }, async (request, reply) => {
    const { ctx } = webRequest(request, reply, deps.store);
    if (personOf(request)) return reply.code(303).header('cache-control', 'no-store').redirect('/my-application');
    const signedOut = (request.query as Record<string, unknown>)['signed-out'] !== undefined;
    return sendPage(reply, signInPage(ctx, { reference: '' }, [], signedOut));
  });

  app.post('/sign-in', { schema: { hide: true }, config: { rateLimit: deps.signInRateLimit } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, deps.store);
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (!session.checkCsrf(body._csrf)) return sendPage(reply, expiredPage(ctx, '/sign-in'), 400);
    const parsed = signInForm.safeParse(body);
    const form = parsed.success ? parsed.data : { reference: '', secret: '' };
    const errors: FieldError[] = [];
    if (form.reference === '') errors.push({ field: 'reference', message: t(ctx.lang, 'public.signIn.error.reference') });
    if (form.secret === '') errors.push({ field: 'secret', message: t(ctx.lang, 'public.signIn.error.secret') });
    if (errors.length > 0) return sendPage(reply, signInPage(ctx, form, errors, false), 400);
    let principal: Principal;
    try {
      principal = await checkPersonSecret(db, form.reference, form.secret);
    } catch (error) {
      if (!(error instanceof ReturError) || error.code !== 'AUTH_INVALID_CREDENTIALS') throw error;
      return sendPage(reply, signInPage(ctx, form, [{ field: 'reference', message: t(ctx.lang, 'public.signIn.error.wrong') }], false), 400);
    }
    const opened = await signIn(db, principal, 'application-secret');
    reply.setCookie(SESSION_COOKIE, opened.token, sessionCookieOptions(SESSION_HOURS));
    return reply.code(303).header('cache-control', 'no-store').redirect('/my-application');
  });

  app.post('/sign-out', { schema: { hide: true }, config: { rateLimit: deps.rateLimit } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, deps.store);
    if (!session.checkCsrf((request.body as Record<string, unknown> | undefined)?._csrf)) return sendPage(reply, expiredPage(ctx, '/my-application'), 400);
    const token = request.cookies[SESSION_COOKIE];
    if (token) await endSession(db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(303).header('cache-control', 'no-store').redirect('/sign-in?signed-out');
  });
}
