/**
 * "My application": the person's own case, read through the same view and audit as GET /api/v1/me/case
 * (src/cases/own-case.ts; a planned forced return is never in it), in plain words: the state of the
 * application, what to do next and by when, the support, the decision when it comes, the documents, and
 * withdrawing. Every word is from the catalogue; everything shown comes from the person's view of the case,
 * so the page cannot tell them anything the view hides.
 *
 *   GET  /my-application           the page (sign in first)
 *   GET  /my-application/withdraw  "are you sure?"
 *   POST /my-application/withdraw  CSRF, the version the person saw, then the case's withdraw action
 *   GET  /my-application/letters/:kind  a decision letter (src/cases/letters.ts) in the page's language and in
 *                                  bokmål, built from the person's view (never a planned forced return), audited
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../cases/commands.ts';
import { act, caseLetter } from '../../cases/commands.ts';
import { isLetterKind, lettersFor } from '../../cases/letters.ts';
import { letterBody, letterLanguages, letterLinks, noLetterBody, scriptsOf } from '../letters/letter-page.ts';
import { CaseError } from '../../cases/errors.ts';
import { currentDeadline, type CaseDoc } from '../../cases/model.ts';
import { myCase } from '../../cases/own-case.ts';
import { formatDate, formatNok, t, translateKey } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/languages.ts';
import { type PageContext, webRequest } from '../context.ts';
import { expiredPage } from '../flow.ts';
import { backLink, csrfField } from '../forms.ts';
import { html, ltr, type Html } from '../html.ts';
import { page } from '../layout.ts';
import type { WebDeps } from '../routes.ts';
import { personOf, sendPage } from './sign-in.ts';

const WHY_READ = 'the person reads their own application (page)';

function nextStep(lang: Lang, doc: CaseDoc): string {
  const a = doc.assistedReturn;
  return translateKey(lang, `public.myApplication.next.${a.status}`, { date: a.travel ? formatDate(lang, a.travel.travelDate) : '' });
}

/** The support the rules worked out when the person applied (the stored answer's total), if any. */
function supportTotal(doc: CaseDoc): number | undefined {
  const total = doc.assistedReturn.support?.answer.total;
  return typeof total === 'number' ? total : undefined;
}

function documentsList(lang: Lang, doc: CaseDoc): Html {
  if (doc.documents.length === 0) return html`<p class="ds-paragraph">${t(lang, 'public.myApplication.documents.none')}</p>`;
  return html`<ul class="ds-list">${doc.documents.map(
    (d) =>
      html`<li>${translateKey(lang, `public.myApplication.kind.${d.kind}`)}: ${translateKey(lang, `public.myApplication.documents.status.${d.status}`, { date: d.receivedOn ? formatDate(lang, d.receivedOn) : '' })}</li>`,
  )}</ul>`;
}

export function myApplicationBody(ctx: PageContext, doc: CaseDoc, actions: readonly string[]): Html {
  const lang = ctx.lang;
  const a = doc.assistedReturn;
  const deadline = currentDeadline(doc);
  const total = supportTotal(doc);
  const active = a.status === 'applied' || a.status === 'granted' || a.status === 'travel-arranged' || a.status === 'appealed';
  return html`<h1 class="ds-heading" data-size="lg">${t(lang, 'public.myApplication.title')}</h1>
<p class="ds-paragraph retur-muted">${t(lang, 'public.signIn.reference')}: ${ltr(doc.reference)}</p>
<section aria-labelledby="status"><h2 class="ds-heading" data-size="sm" id="status">${t(lang, 'public.myApplication.status')}</h2>
<div class="ds-alert" data-color="${a.status === 'rejected' || a.status === 'rejected-final' ? 'warning' : 'info'}"><p class="ds-paragraph">${translateKey(lang, `public.myApplication.status.${a.status}`)}</p></div>
</section>
<section aria-labelledby="next"><h2 class="ds-heading" data-size="sm" id="next">${t(lang, 'public.myApplication.next')}</h2>
<p class="ds-paragraph">${nextStep(lang, doc)}</p>
<p class="ds-paragraph"><strong>${deadline ? t(lang, 'public.myApplication.deadline', { date: formatDate(lang, deadline) }) : t(lang, 'public.myApplication.noDeadline')}</strong></p>
</section>
${active && total !== undefined ? html`<p class="ds-paragraph">${t(lang, 'public.myApplication.support', { amount: formatNok(lang, total) })}</p>` : ''}
${a.decision
  ? html`<section aria-labelledby="decision"><h2 class="ds-heading" data-size="sm" id="decision">${t(lang, 'public.myApplication.decision')}</h2>
<p class="ds-paragraph">${translateKey(lang, `public.myApplication.decision.${a.decision.outcome}`, { date: formatDate(lang, a.decision.on) })}</p>
${a.decision.reasons ? html`<h3 class="ds-heading" data-size="xs">${t(lang, 'public.myApplication.decision.reasons')}</h3><p class="ds-paragraph" dir="auto">${a.decision.reasons}</p>` : ''}
</section>`
  : ''}
${letterLinks(lang, lettersFor(doc), (kind) => `/my-application/letters/${kind}`, 'letters', 'person')}
<section aria-labelledby="documents"><h2 class="ds-heading" data-size="sm" id="documents">${t(lang, 'public.myApplication.documents')}</h2>
${documentsList(lang, doc)}
</section>
${actions.includes('assisted-return.apply') ? html`<p class="ds-paragraph"><a class="ds-button" href="/apply">${t(lang, 'public.apply.start')}</a></p>` : ''}
${actions.includes('assisted-return.withdraw') ? html`<p class="ds-paragraph"><a class="ds-link" href="/my-application/withdraw">${t(lang, 'public.myApplication.withdraw.link')}</a></p>` : ''}
<form method="post" action="/sign-out">${csrfField(ctx)}<button class="ds-button" data-variant="secondary" type="submit">${t(lang, 'public.signIn.signOut')}</button></form>`;
}

const withdrawForm = z.object({ version: z.coerce.number().int().min(0) });

export function registerMyApplication(app: FastifyInstance, db: Db, deps: WebDeps): void {
  app.get('/my-application', { schema: { hide: true } }, async (request, reply) => {
    const { ctx } = webRequest(request, reply, deps.store);
    const person = personOf(request);
    if (!person) return reply.code(303).header('cache-control', 'no-store').redirect('/sign-in');
    const own = await myCase(db, person, WHY_READ);
    return sendPage(reply, page({ title: t(ctx.lang, 'public.myApplication.title'), ctx, body: myApplicationBody(ctx, own.case, own.actions) }));
  });

  app.get('/my-application/withdraw', { schema: { hide: true } }, async (request, reply) => {
    const { ctx } = webRequest(request, reply, deps.store);
    const person = personOf(request);
    if (!person) return reply.code(303).header('cache-control', 'no-store').redirect('/sign-in');
    const own = await myCase(db, person, 'the person considers withdrawing their application (page)');
    if (!own.actions.includes('assisted-return.withdraw')) return reply.code(303).header('cache-control', 'no-store').redirect('/my-application');
    const lang = ctx.lang;
    const title = t(lang, 'public.myApplication.withdraw.title');
    const body = html`${backLink('/my-application', lang)}
<h1 class="ds-heading" data-size="lg">${title}</h1>
<p class="ds-paragraph">${t(lang, 'public.myApplication.withdraw.body')}</p>
<form method="post" action="/my-application/withdraw">${csrfField(ctx)}<input type="hidden" name="version" value="${own.version}">
<button class="ds-button" data-color="danger" type="submit">${t(lang, 'public.myApplication.withdraw.confirm')}</button>
</form>
<p class="ds-paragraph"><a class="ds-link" href="/my-application">${t(lang, 'public.myApplication.withdraw.cancel')}</a></p>`;
    return sendPage(reply, page({ title, ctx, body }));
  });

  app.get('/my-application/letters/:kind', { schema: { hide: true } }, async (request, reply) => {
    const { ctx } = webRequest(request, reply, deps.store);
    const person = personOf(request);
    if (!person) return reply.code(303).header('cache-control', 'no-store').redirect('/sign-in');
    const lang = ctx.lang;
    const { kind } = request.params as { kind: string };
    if (!isLetterKind(kind)) {
      const title = t(lang, 'common.error.404.title');
      return sendPage(reply, page({ title, ctx, body: html`<h1 class="ds-heading" data-size="lg">${title}</h1><p class="ds-paragraph">${t(lang, 'common.error.404.body')}</p><p class="ds-paragraph"><a class="ds-link" href="/my-application">${t(lang, 'letter.page.backMine')}</a></p>` }), 404);
    }
    const back = { href: '/my-application', text: t(lang, 'letter.page.backMine') };
    const { letter } = await caseLetter(db, person, person.caseId, kind, `the person reads their letter (${kind}, page)`);
    if (letter === null) return sendPage(reply, page({ title: t(lang, `letter.name.${kind}`), ctx, body: noLetterBody(lang, kind, back) }), 404);
    const langs = letterLanguages(lang);
    return sendPage(reply, page({ title: t(lang, `letter.name.${kind}`), ctx, body: letterBody(letter, { lang, langs, back }), scripts: scriptsOf(langs) }));
  });

  app.post('/my-application/withdraw', { schema: { hide: true }, config: { rateLimit: deps.rateLimit } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, deps.store);
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (!session.checkCsrf(body._csrf)) return sendPage(reply, expiredPage(ctx, '/my-application'), 400);
    const person = personOf(request);
    if (!person) return reply.code(303).header('cache-control', 'no-store').redirect('/sign-in');
    const form = withdrawForm.safeParse(body);
    if (form.success) {
      try {
        await act(db, person, person.caseId, 'assisted-return.withdraw', {}, { expectedVersion: form.data.version });
      } catch (error) {
        // The case moved on since the person looked (a decision came, say): they see it as it is now.
        if (!(error instanceof CaseError) || !['CASE_VERSION_CONFLICT', 'CASE_INVALID_TRANSITION'].includes(error.code)) throw error;
      }
    }
    return reply.code(303).header('cache-control', 'no-store').redirect('/my-application');
  });
}
