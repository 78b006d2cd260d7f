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
 *   GET  /my-application/documents "send a document": its kind and the file
 *   POST /my-application/documents a multipart form (documents.ts: the API's limits and byte checks), then
 *                                  case.record-document; a document the person said they would send later is
 *                                  replaced by the copy, as the API does
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../cases/commands.ts';
import { act, caseLetter } from '../../cases/commands.ts';
import { isLetterKind, lettersFor } from '../../cases/letters.ts';
import { letterBody, letterLanguages, letterLinks, noLetterBody, scriptsOf } from '../letters/letter-page.ts';
import { currentDeadline, type CaseDoc } from '../../cases/model.ts';
import { myCase } from '../../cases/own-case.ts';
import { formatDate, formatNok, t, translateKey } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/languages.ts';
import { type PageContext, webRequest } from '../context.ts';
import { expiredPage } from '../flow.ts';
import { backLink, csrfField, errorSummary, fieldError, invalidAttrs, selectField, type FieldError } from '../forms.ts';
import { documentKinds } from '../../cases/model.ts';
import { checkFile, documentName, readUploadForm, recordDocument, registerUploadRoutes, stillToSend } from './documents.ts';
import { html, ltr, type Html } from '../html.ts';
import { page } from '../layout.ts';
import type { WebDeps } from '../routes.ts';
import { personOf, sendPage } from './sign-in.ts';
import { ruleHtml, sourcesHtml } from '../rule-text.ts';
import { ReturError } from '../../shared/errors.ts';

const WHY_READ = 'the person reads their own application (page)';
/** Set when a document was sent: "we have received your document", shown once on the next page. */
const SENT = 'my-application.sent';
/** What the person may send (an original held by the authorities is recorded by UDI or the police only). */
const sendableKinds = documentKinds;

function nextStep(lang: Lang, doc: CaseDoc): string {
  const a = doc.assistedReturn;
  return translateKey(lang, `public.myApplication.next.${a.status}`, { date: a.travel ? formatDate(lang, a.travel.travelDate) : '' });
}

/** The support the rules worked out when the person applied (the stored answer's total), if any. */
function supportTotal(doc: CaseDoc): number | undefined {
  const total = doc.assistedReturn.support?.answer.total;
  return typeof total === 'number' ? total : undefined;
}

const storedMessage = z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).default({}) });
/** The part of the stored eligibility answer the page tells: the outcome, its warnings and its reasons, as message keys. */
const storedEligibility = z.object({
  outcome: z.string(),
  warnings: z.array(storedMessage).default([]),
  reasons: z
    .array(storedMessage.extend({ source: z.array(z.object({ document: z.string(), quote: z.string(), url: z.string().optional() })).default([]) }))
    .default([]),
});

/**
 * What the eligibility rules said when the person applied: the outcome, each warning (the 48-hour procedure's
 * caveat among them) and each reason with the sentence of the source it rests on, in the person's language.
 */
function eligibilitySection(lang: Lang, doc: CaseDoc): Html {
  const parsed = storedEligibility.safeParse(doc.assistedReturn.eligibility?.answer);
  if (!parsed.success) return html``;
  const answer = parsed.data;
  return html`<section aria-labelledby="eligibility"><h2 class="ds-heading" data-size="sm" id="eligibility">${t(lang, 'public.myApplication.eligibility')}</h2>
<p class="ds-paragraph"><strong>${translateKey(lang, `public.checker.outcome.${answer.outcome}`)}</strong></p>
${answer.warnings.length > 0 ? html`<div class="ds-alert" data-color="warning"><ul class="ds-list">${answer.warnings.map((w) => html`<li>${ruleHtml(lang, w)}</li>`)}</ul></div>` : ''}
<ol class="ds-list retur-reasons">${answer.reasons.map((r) => html`<li><p class="ds-paragraph">${ruleHtml(lang, r)}</p>${sourcesHtml(t(lang, 'public.result.source'), r.source)}</li>`)}</ol>
</section>`;
}

function documentsList(lang: Lang, doc: CaseDoc): Html {
  if (doc.documents.length === 0) return html`<p class="ds-paragraph">${t(lang, 'public.myApplication.documents.none')}</p>`;
  return html`<ul class="ds-list">${doc.documents.map(
    (d) =>
      html`<li>${documentName(lang, doc, d)}: ${translateKey(lang, `public.myApplication.documents.status.${d.status}`, { date: d.receivedOn ? formatDate(lang, d.receivedOn) : '' })}</li>`,
  )}</ul>`;
}

export function myApplicationBody(ctx: PageContext, doc: CaseDoc, actions: readonly string[], sent = false): Html {
  const lang = ctx.lang;
  const a = doc.assistedReturn;
  const deadline = currentDeadline(doc);
  const total = supportTotal(doc);
  const active = a.status === 'applied' || a.status === 'granted' || a.status === 'travel-arranged' || a.status === 'appealed';
  return html`${sent ? html`<div class="ds-alert" data-color="success" role="status"><p class="ds-paragraph">${t(lang, 'public.myApplication.upload.done')}</p></div>` : ''}
<h1 class="ds-heading" data-size="lg">${t(lang, 'public.myApplication.title')}</h1>
<p class="ds-paragraph retur-muted">${t(lang, 'public.signIn.reference')}: ${ltr(doc.reference)}</p>
<section aria-labelledby="status"><h2 class="ds-heading" data-size="sm" id="status">${t(lang, 'public.myApplication.status')}</h2>
<div class="ds-alert" data-color="${a.status === 'rejected' || a.status === 'rejected-final' ? 'warning' : 'info'}"><p class="ds-paragraph">${translateKey(lang, `public.myApplication.status.${a.status}`)}</p></div>
</section>
<section aria-labelledby="next"><h2 class="ds-heading" data-size="sm" id="next">${t(lang, 'public.myApplication.next')}</h2>
<p class="ds-paragraph">${nextStep(lang, doc)}</p>
${toSendList(lang, doc, actions)}
<p class="ds-paragraph"><strong>${deadline ? t(lang, 'public.myApplication.deadline', { date: formatDate(lang, deadline) }) : t(lang, 'public.myApplication.noDeadline')}</strong></p>
</section>
${active && total !== undefined ? html`<p class="ds-paragraph">${t(lang, 'public.myApplication.support', { amount: formatNok(lang, total) })}</p>` : ''}
${
  a.decision
    ? html`<section aria-labelledby="decision"><h2 class="ds-heading" data-size="sm" id="decision">${t(lang, 'public.myApplication.decision')}</h2>
<p class="ds-paragraph">${translateKey(lang, `public.myApplication.decision.${a.decision.outcome}`, { date: formatDate(lang, a.decision.on) })}</p>
${a.decision.reasons ? html`<h3 class="ds-heading" data-size="xs">${t(lang, 'public.myApplication.decision.reasons')}</h3><p class="ds-paragraph" dir="auto">${a.decision.reasons}</p>` : ''}
</section>`
    : ''
}
${letterLinks(lang, lettersFor(doc), (kind) => `/my-application/letters/${kind}`, 'letters', 'person')}
${active ? eligibilitySection(lang, doc) : ''}
<section aria-labelledby="documents"><h2 class="ds-heading" data-size="sm" id="documents">${t(lang, 'public.myApplication.documents')}</h2>
${documentsList(lang, doc)}
${actions.includes('case.record-document') ? html`<p class="ds-paragraph"><a class="ds-link" href="/my-application/documents">${t(lang, 'public.myApplication.upload.title')}</a></p>` : ''}
</section>
${actions.includes('assisted-return.apply') ? html`<p class="ds-paragraph"><a class="ds-button" href="/apply">${t(lang, 'public.apply.start')}</a></p>` : ''}
${actions.includes('assisted-return.withdraw') ? html`<p class="ds-paragraph"><a class="ds-link" href="/my-application/withdraw">${t(lang, 'public.myApplication.withdraw.link')}</a></p>` : ''}
<form method="post" action="/sign-out">${csrfField(ctx)}<button class="ds-button" data-variant="secondary" type="submit">${t(lang, 'public.signIn.signOut')}</button></form>`;
}

/** The documents still to send, by whom, where the person can still send them. */
function toSendList(lang: Lang, doc: CaseDoc, actions: readonly string[]): Html {
  const pending = stillToSend(doc);
  if (pending.length === 0 || !actions.includes('case.record-document')) return html``;
  return html`<p class="ds-paragraph">${t(lang, 'public.myApplication.toSend')}</p>
<ul class="ds-list">${pending.map((d) => html`<li>${documentName(lang, doc, d)}</li>`)}</ul>`;
}

/** The kind and the person of the first document the person said they would send later: the likeliest one they send now. */
function pendingChoice(doc: CaseDoc): { kind: string; person: string } {
  const first = stillToSend(doc)[0];
  return { kind: first?.kind ?? '', person: first?.personId ?? '' };
}

function sendDocumentPage(ctx: PageContext, doc: CaseDoc, version: number, chosen: { kind: string; person: string }, errors: readonly FieldError[]): string {
  const lang = ctx.lang;
  const heading = t(lang, 'public.myApplication.upload.title');
  const error = (field: string) => errors.find((e) => e.field === field);
  const pending = stillToSend(doc);
  const body = html`${backLink('/my-application', lang)}
${errorSummary(lang, errors)}
<h1 class="ds-heading" data-size="lg">${heading}</h1>
${pending.length > 0 ? html`<p class="ds-paragraph">${t(lang, 'public.myApplication.next.applied')}</p><ul class="ds-list">${pending.map((d) => html`<li>${documentName(lang, doc, d)}</li>`)}</ul>` : ''}
<form method="post" action="/my-application/documents" enctype="multipart/form-data" novalidate class="retur-question">
${csrfField(ctx)}<input type="hidden" name="version" value="${version}">
${selectField({ id: 'kind', label: html`${t(lang, 'public.myApplication.upload.kind')}`, choices: sendableKinds.map((k) => ({ value: k, label: translateKey(lang, `public.myApplication.kind.${k}`) })), value: chosen.kind, placeholder: t(lang, 'public.myApplication.upload.choose'), ...(error('kind') ? { error: error('kind')! } : {}) })}
${doc.household.length > 1 ? selectField({ id: 'person', label: html`${t(lang, 'public.myApplication.upload.person')}`, choices: doc.household.map((p) => ({ value: p.id, label: p.name })), value: chosen.person, placeholder: t(lang, 'public.myApplication.upload.choosePerson'), ...(error('person') ? { error: error('person')! } : {}) }) : ''}
<div class="ds-field">
<label class="ds-label" for="file">${t(lang, 'public.apply.documents.file')}</label>
<div class="ds-field-description" id="file-hint">${t(lang, 'public.myApplication.upload.hint')}</div>
${fieldError('file', error('file'))}
<input class="retur-file" type="file" id="file" name="file" accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"${invalidAttrs('file', error('file'), 'file-hint')}>
</div>
<button class="ds-button" type="submit">${t(lang, 'public.myApplication.upload.submit')}</button>
</form>`;
  return page({ title: errors.length > 0 ? `${t(lang, 'common.form.errorPrefix')} ${heading}` : heading, ctx, body });
}

const withdrawForm = z.object({ version: z.coerce.number().int().min(0) });

export function registerMyApplication(app: FastifyInstance, db: Db, deps: WebDeps): void {
  app.get('/my-application', { schema: { hide: true } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, deps.store);
    const person = personOf(request);
    if (!person) return reply.code(303).header('cache-control', 'no-store').redirect('/sign-in');
    const own = await myCase(db, person, WHY_READ);
    const sent = (await session.get<boolean>(SENT)) === true;
    if (sent) await session.set(SENT, undefined);
    return sendPage(reply, page({ title: t(ctx.lang, 'public.myApplication.title'), ctx, body: myApplicationBody(ctx, own.case, own.actions, sent) }));
  });

  app.get('/my-application/documents', { schema: { hide: true } }, async (request, reply) => {
    const { ctx } = webRequest(request, reply, deps.store);
    const person = personOf(request);
    if (!person) return reply.code(303).header('cache-control', 'no-store').redirect('/sign-in');
    const own = await myCase(db, person, 'the person sends a document (page)');
    if (!own.actions.includes('case.record-document')) return reply.code(303).header('cache-control', 'no-store').redirect('/my-application');
    return sendPage(reply, sendDocumentPage(ctx, own.case, own.version, pendingChoice(own.case), []));
  });

  registerUploadRoutes(app, (scope) => {
    scope.post('/my-application/documents', { schema: { hide: true }, config: { rateLimit: deps.rateLimit } }, async (request, reply) => {
      const { ctx, session } = webRequest(request, reply, deps.store);
      const form = await readUploadForm(request);
      if (!session.checkCsrf(form.fields._csrf)) return sendPage(reply, expiredPage(ctx, '/my-application/documents'), 400);
      const person = personOf(request);
      if (!person) return reply.code(303).header('cache-control', 'no-store').redirect('/sign-in');
      const own = await myCase(db, person, 'the person sends a document (page)');
      if (!own.actions.includes('case.record-document')) return reply.code(303).header('cache-control', 'no-store').redirect('/my-application');
      const lang = ctx.lang;
      const kind = sendableKinds.find((k) => k === form.fields.kind);
      const household = own.case.household;
      // Whose document: chosen in a household of more than one; else the one person's (or, for a document to be
      // sent later that was recorded for the household as a whole, the household's, so that the copy replaces it).
      const personId =
        household.length > 1
          ? household.find((p) => p.id === form.fields.person)?.id
          : (stillToSend(own.case).find((d) => d.kind === kind)?.personId ?? household[0]?.id ?? null);
      const errors: FieldError[] = [];
      if (kind === undefined) errors.push({ field: 'kind', message: t(lang, 'public.myApplication.upload.error.kind') });
      if (personId === undefined) errors.push({ field: 'person', message: t(lang, 'public.myApplication.upload.error.person') });
      const checked = checkFile(lang, 'file', form.files.file);
      if ('error' in checked) errors.push(checked.error);
      if (errors.length > 0 || kind === undefined || personId === undefined || 'error' in checked) {
        return sendPage(reply, sendDocumentPage(ctx, own.case, own.version, { kind: form.fields.kind ?? '', person: form.fields.person ?? '' }, errors), 400);
      }
      const version = z.coerce.number().int().min(0).safeParse(form.fields.version).data ?? own.version;
      try {
        await recordDocument(db, person, version, { kind, personId, status: 'uploaded', content: checked.content });
      } catch (error) {
        // The case moved on since the person looked: they see it as it is now and may send the document again.
        if (!(error instanceof ReturError) || !['CASE_VERSION_CONFLICT', 'CASE_INVALID_TRANSITION'].includes(error.code)) throw error;
        return reply.code(303).header('cache-control', 'no-store').redirect('/my-application');
      }
      await session.set(SENT, true);
      return reply.code(303).header('cache-control', 'no-store').redirect('/my-application');
    });
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
      return sendPage(
        reply,
        page({
          title,
          ctx,
          body: html`<h1 class="ds-heading" data-size="lg">${title}</h1><p class="ds-paragraph">${t(lang, 'common.error.404.body')}</p><p class="ds-paragraph"><a class="ds-link" href="/my-application">${t(lang, 'letter.page.backMine')}</a></p>`,
        }),
        404,
      );
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
        if (!(error instanceof ReturError) || !['CASE_VERSION_CONFLICT', 'CASE_INVALID_TRANSITION'].includes(error.code)) throw error;
      }
    }
    return reply.code(303).header('cache-control', 'no-store').redirect('/my-application');
  });
}
