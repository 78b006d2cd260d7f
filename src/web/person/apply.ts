/**
 * "Apply for assisted return" for the person signed in to their own case (with a sign-in code from IOM, a
 * reception centre, a lawyer, a guardian or UDI): one question per page, "check your answers", then the
 * case's own `assisted-return.apply` action (the same command, checks and audit as the API, with the
 * version the person saw), and a receipt with the reference and the new secret code, in the person's
 * language and in Norwegian, printable. The answers are kept in the web session (never in a URL); the secret
 * is shown on the receipt once and then forgotten.
 *
 *   GET/POST /apply           where to return to (the household's citizenship first)
 *   GET/POST /apply/travellers       who travels (only in a household of more than one)
 *   GET/POST /apply/returned-before  returned with support before and came back
 *   GET/POST /apply/forty-eight      the 48-hour procedure (only after a rejected claim for protection);
 *                                    "yes" shows the caveat on the check page, and the rules' warning follows
 *   GET/POST /apply/vulnerable       the vulnerable situations of seed 002, or none (then the documents page
 *                                    asks for documentation of it)
 *   GET/POST /apply/contact   telephone and/or email
 *   GET/POST /apply/documents a copy of the passport or ID document of each person who travels, and of the
 *                             residence permit of each whose country the destination is not: each uploaded now (a multipart
 *                             form, recorded in the case at once through case.record-document, checked by its
 *                             bytes as the API checks it) or "I will send it later" (recorded as such when the
 *                             application is sent); the ID copy may also be "I do not have one"
 *   GET/POST /apply/check     check your answers; the POST records the documents to be sent later, then sends
 *                             the application
 *   GET      /apply/receipt   the receipt (once), with the documents still to send and whose they are
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { act, type Db } from '../../cases/commands.ts';
import { myCase } from '../../cases/own-case.ts';
import { countryName, formatDate, t, translateKey } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/languages.ts';
import { type PageContext, webRequest } from '../context.ts';
import { countriesIn, expiredPage } from '../flow.ts';
import { backLink, choiceFieldset, csrfField, errorSummary, fieldError, inputField, invalidAttrs, selectField, type FieldError } from '../forms.ts';
import { html, ltr, type Html } from '../html.ts';
import { page } from '../layout.ts';
import type { WebDeps } from '../routes.ts';
import { personOf, sendPage, type Person } from './sign-in.ts';
import { isCountryCode } from '../../rules/common/countries.ts';
import type { CaseDoc, DocumentKind, Person as Member } from '../../cases/model.ts';
import { checkFile, readUploadForm, recordDocument, registerUploadRoutes, stillToSend } from './documents.ts';
import type { Upload } from '../../cases/uploads.ts';
import { vulnerabilities } from '../../rules/assisted-return/eligibility.ts';
import { ReturError } from '../../shared/errors.ts';

type Vulnerability = (typeof vulnerabilities)[number];

const ANSWERS = 'apply';
const RECEIPT = 'apply.receipt';

/**
 * The documents the application asks for (seed 002's list): a copy of the passport or ID document of everyone
 * who travels, a copy of the residence permit of everyone who travels to a country not their own, and
 * documentation of a vulnerable situation when the applicant gives one. Each is one slot of the documents
 * page: its form fields are named by its key (`identity-1`: the ID copy of the household's second person).
 */
type SlotType = 'identity' | 'permit' | 'situation';
interface Slot {
  readonly key: string;
  readonly type: SlotType;
  /** Whose document it is. */
  readonly person: Member;
  /** Whether the page names the person (more than one travels). */
  readonly named: boolean;
}
type DocumentChoice = 'upload' | 'later' | 'none';
/** The kinds of documentation of a vulnerable situation (seed 002: a medical certificate, a letter, one's own letter). */
const situationKinds = ['medical', 'letter-from-organisation', 'own-letter'] as const satisfies readonly DocumentKind[];
const slotKind = (s: Slot, answers: ApplyAnswers): DocumentKind | undefined =>
  s.type === 'identity' ? 'id-document' : s.type === 'permit' ? 'residence-permit-outside-eea' : answers.situationKind;
function slotLabel(lang: Lang, s: Slot): string {
  if (s.type === 'situation') return t(lang, 'public.apply.documents.vulnerable');
  if (!s.named) return t(lang, s.type === 'identity' ? 'public.apply.documents.identity' : 'public.apply.documents.permit');
  return t(lang, s.type === 'identity' ? 'public.apply.documents.identityFor' : 'public.apply.documents.permitFor', { name: s.person.name });
}
/** What the person may say of each document: a residence permit is needed for another country, so not "none". */
const slotChoices: Record<SlotType, readonly DocumentChoice[]> = {
  identity: ['upload', 'later', 'none'],
  permit: ['upload', 'later'],
  situation: ['upload', 'later', 'none'],
};
const choiceLabel = { upload: 'public.apply.documents.upload', later: 'public.apply.documents.later', none: 'public.apply.documents.none' } as const;

interface ApplyAnswers {
  readonly destination?: string;
  /** Who travels, when the household has more than one person. */
  readonly travellerIds?: readonly string[];
  readonly returnedBefore?: 'yes' | 'no';
  /** Asked when the decision rejected a claim for protection: only such a claim goes through the 48-hour procedure. */
  readonly fortyEight?: 'yes' | 'no' | 'unknown';
  /** The vulnerable situations given; empty for "none of these". */
  readonly vulnerable?: readonly Vulnerability[];
  readonly phone?: string;
  readonly email?: string;
  /** The choice for each document, by its slot's key. */
  readonly documents?: Readonly<Record<string, DocumentChoice>>;
  readonly situationKind?: (typeof situationKinds)[number];
}

/**
 * The pages of the application in order. The questions are those of the eligibility rule set the case does not
 * already answer, each asked only where it can matter: who travels only in a household of more than one, the
 * 48-hour procedure only after a rejected claim for protection.
 */
type Step = 'destination' | 'travellers' | 'returned-before' | 'forty-eight' | 'vulnerable' | 'contact' | 'documents';
const stepUrl = (step: Step) => (step === 'destination' ? '/apply' : `/apply/${step}`);

function stepsFor(doc: CaseDoc): Step[] {
  return [
    'destination',
    ...(doc.household.length > 1 ? (['travellers'] as const) : []),
    'returned-before',
    ...(doc.decision.kind === 'protection-rejected' ? (['forty-eight'] as const) : []),
    'vulnerable',
    'contact',
    'documents',
  ];
}

function isAnswered(doc: CaseDoc, a: ApplyAnswers, step: Step): boolean {
  switch (step) {
    case 'destination':
      return a.destination !== undefined;
    case 'travellers':
      return a.travellerIds !== undefined;
    case 'returned-before':
      return a.returnedBefore !== undefined;
    case 'forty-eight':
      return a.fortyEight !== undefined;
    case 'vulnerable':
      return a.vulnerable !== undefined;
    case 'contact':
      return a.phone !== undefined || a.email !== undefined;
    case 'documents':
      return slotsFor(doc, a).every((s) => a.documents?.[s.key] !== undefined);
  }
}

/** Where the person goes next: the first page not yet answered, or "check your answers". */
function nextUrl(doc: CaseDoc, a: ApplyAnswers): string {
  const missing = stepsFor(doc).find((step) => !isAnswered(doc, a, step));
  return missing ? stepUrl(missing) : '/apply/check';
}

/** Where to send a person who opens `step`: an earlier page not yet answered, or on when the step is not asked. */
function gate(doc: CaseDoc, a: ApplyAnswers, step: Step): string | undefined {
  const steps = stepsFor(doc);
  if (!steps.includes(step)) return nextUrl(doc, a);
  const missing = steps.slice(0, steps.indexOf(step)).find((s) => !isAnswered(doc, a, s));
  return missing ? stepUrl(missing) : undefined;
}

/** The page before `step`, for the back link. */
function previousUrl(doc: CaseDoc, step: Step | 'check'): string {
  const steps = stepsFor(doc);
  const at = step === 'check' ? steps.length : steps.indexOf(step);
  return at <= 0 ? '/my-application' : stepUrl(steps[at - 1]!);
}
interface Receipt {
  readonly reference: string;
  readonly secret: string;
  readonly on: string;
  /** The documents the person said they would send later: their kind, and whose in a household of more than one. */
  readonly toSend: readonly { readonly kind: DocumentKind; readonly name: string | null }[];
}

const phonePattern = /^\+?[0-9 ()-]{5,30}$/;
const textField = z
  .string()
  .max(200)
  .default('')
  .transform((s) => s.trim());
const destinationForm = z.object({ destination: textField });
const contactForm = z.object({ phone: textField, email: textField });
const checkForm = z.object({ version: z.coerce.number().int().min(0) });

const redirect = (reply: FastifyReply, to: string) => reply.code(303).header('cache-control', 'no-store').redirect(to);

function titled(lang: Lang, heading: string, errors: readonly FieldError[]): string {
  return errors.length > 0 ? `${t(lang, 'common.form.errorPrefix')} ${heading}` : heading;
}

function destinationPage(ctx: PageContext, value: string, errors: readonly FieldError[], intro: boolean): string {
  const lang = ctx.lang;
  const heading = t(lang, 'public.apply.destination.title');
  const body = html`${backLink('/my-application', lang)}
${errorSummary(lang, errors)}
${intro ? html`<p class="ds-paragraph">${t(lang, 'public.apply.intro')}</p>` : ''}
<form method="post" action="/apply" novalidate class="retur-question">
${csrfField(ctx)}
${selectField({ id: 'destination', label: html`<h1 class="ds-heading" data-size="lg">${heading}</h1>`, choices: countriesIn(lang), value, placeholder: t(lang, 'common.form.chooseCountry'), ...(errors[0] ? { error: errors[0] } : {}) })}
<button class="ds-button" type="submit">${t(lang, 'common.form.continue')}</button>
</form>`;
  return page({ title: titled(lang, heading, errors), ctx, body });
}

/** A question of the eligibility rule set: its page, and how its answer is read and told. */
interface Question {
  readonly step: 'travellers' | 'returned-before' | 'forty-eight' | 'vulnerable';
  readonly title: 'public.apply.travellers.title' | 'public.apply.returnedBefore.title' | 'public.apply.fortyEight.title' | 'public.apply.vulnerable.title';
  readonly hint?: 'public.apply.travellers.hint' | 'public.apply.fortyEight.hint' | 'public.apply.vulnerable.hint';
  readonly multiple: boolean;
  readonly choices: (lang: Lang, doc: CaseDoc) => { value: string; label: string; hint?: string }[];
  readonly checked: (a: ApplyAnswers) => readonly string[];
  /** The answers as sent, into the session's answers; or the error's message key. */
  readonly read: (
    sent: readonly string[],
    doc: CaseDoc,
  ) => Partial<ApplyAnswers> | { error: 'public.apply.travellers.error' | 'public.apply.answer.error' | 'public.apply.vulnerable.error' };
}

const yesNo = (lang: Lang, unknown = false) => [
  { value: 'yes', label: t(lang, 'public.apply.check.yes') },
  { value: 'no', label: t(lang, 'public.apply.check.no') },
  ...(unknown ? [{ value: 'unknown', label: t(lang, 'public.apply.check.unknown') }] : []),
];

const questions: readonly Question[] = [
  {
    step: 'travellers',
    title: 'public.apply.travellers.title',
    hint: 'public.apply.travellers.hint',
    multiple: true,
    choices: (lang, doc) => doc.household.map((p) => ({ value: p.id, label: p.name, hint: formatDate(lang, p.dateOfBirth) })),
    checked: (a) => a.travellerIds ?? [],
    read: (sent, doc) => {
      const ids = doc.household.map((p) => p.id).filter((id) => sent.includes(id));
      return ids.length === 0 || ids.length !== new Set(sent).size ? { error: 'public.apply.travellers.error' } : { travellerIds: ids };
    },
  },
  {
    step: 'returned-before',
    title: 'public.apply.returnedBefore.title',
    multiple: false,
    choices: (lang) => yesNo(lang),
    checked: (a) => (a.returnedBefore ? [a.returnedBefore] : []),
    read: (sent) => (sent[0] === 'yes' || sent[0] === 'no' ? { returnedBefore: sent[0] } : { error: 'public.apply.answer.error' }),
  },
  {
    step: 'forty-eight',
    title: 'public.apply.fortyEight.title',
    hint: 'public.apply.fortyEight.hint',
    multiple: false,
    choices: (lang) => yesNo(lang, true),
    checked: (a) => (a.fortyEight ? [a.fortyEight] : []),
    read: (sent) => (sent[0] === 'yes' || sent[0] === 'no' || sent[0] === 'unknown' ? { fortyEight: sent[0] } : { error: 'public.apply.answer.error' }),
  },
  {
    step: 'vulnerable',
    title: 'public.apply.vulnerable.title',
    hint: 'public.apply.vulnerable.hint',
    multiple: true,
    choices: (lang) => [
      ...vulnerabilities.map((v) => ({ value: v, label: translateKey(lang, `public.apply.vulnerable.${v}`) })),
      { value: 'none', label: t(lang, 'public.apply.check.noneOfThese') },
    ],
    checked: (a) => (a.vulnerable === undefined ? [] : a.vulnerable.length === 0 ? ['none'] : a.vulnerable),
    read: (sent) => {
      const given = vulnerabilities.filter((v) => sent.includes(v));
      const none = sent.includes('none');
      // "None of these" with a situation, or nothing at all, is no answer.
      if (none === given.length > 0 || given.length + (none ? 1 : 0) !== new Set(sent).size) return { error: 'public.apply.vulnerable.error' };
      return { vulnerable: given };
    },
  },
];

function questionPage(ctx: PageContext, doc: CaseDoc, q: Question, checked: readonly string[], error?: FieldError): string {
  const lang = ctx.lang;
  const heading = t(lang, q.title);
  const body = html`${backLink(previousUrl(doc, q.step), lang)}
${errorSummary(lang, error ? [error] : [])}
<form method="post" action="${stepUrl(q.step)}" novalidate class="retur-question">
${csrfField(ctx)}
${choiceFieldset({ name: 'answer', legend: html`<h1 class="ds-heading" data-size="lg">${heading}</h1>`, ...(q.hint ? { hint: t(lang, q.hint) } : {}), choices: q.choices(lang, doc), checked, multiple: q.multiple, ...(error ? { error } : {}) })}
<button class="ds-button" type="submit">${t(lang, 'common.form.continue')}</button>
</form>`;
  return page({ title: titled(lang, heading, error ? [error] : []), ctx, body });
}

/** How the check page tells the answer to a question. */
function questionAnswer(lang: Lang, doc: CaseDoc, q: Question, a: ApplyAnswers): Html {
  const chosen = q.checked(a);
  const labels = q
    .choices(lang, doc)
    .filter((c) => chosen.includes(c.value))
    .map((c) => c.label);
  return labels.length === 1 ? html`${labels[0]}` : html`<ul class="ds-list">${labels.map((l) => html`<li>${l}</li>`)}</ul>`;
}

function contactPage(ctx: PageContext, doc: CaseDoc, values: ApplyAnswers, errors: readonly FieldError[]): string {
  const lang = ctx.lang;
  const heading = t(lang, 'public.apply.contact.title');
  const error = (field: string) => errors.find((e) => e.field === field);
  const body = html`${backLink(previousUrl(doc, 'contact'), lang)}
${errorSummary(lang, errors)}
<h1 class="ds-heading" data-size="lg">${heading}</h1>
<p class="ds-paragraph">${t(lang, 'public.apply.contact.hint')}</p>
<form method="post" action="/apply/contact" novalidate class="retur-question">
${csrfField(ctx)}
${inputField({ id: 'phone', label: html`${t(lang, 'public.apply.contact.phone')}`, type: 'tel', value: values.phone ?? '', attrs: html` dir="ltr" autocomplete="tel"`, ...(error('phone') ? { error: error('phone')! } : {}) })}
${inputField({ id: 'email', label: html`${t(lang, 'public.apply.contact.email')}`, type: 'email', value: values.email ?? '', attrs: html` dir="ltr" autocomplete="email" spellcheck="false"`, ...(error('email') ? { error: error('email')! } : {}) })}
<button class="ds-button" type="submit">${t(lang, 'common.form.continue')}</button>
</form>`;
  return page({ title: titled(lang, heading, errors), ctx, body });
}

/** The applicant as the case's apply action takes them by default: the first adult, or the first person. */
function applicantIn(doc: CaseDoc) {
  return doc.household.find((p) => p.role === 'adult') ?? doc.household[0];
}

/** Who travels: those chosen in a household of more than one, else the household. */
function travellersOf(doc: CaseDoc, answers: ApplyAnswers): Member[] {
  return answers.travellerIds ? doc.household.filter((p) => answers.travellerIds!.includes(p.id)) : [...doc.household];
}

/**
 * The documents this application asks for, person by person: the ID copy of each traveller, the residence
 * permit of each traveller whose citizenship is not the destination's, and the documentation of the applicant's
 * vulnerable situation.
 */
function slotsFor(doc: CaseDoc, answers: ApplyAnswers): Slot[] {
  const travellers = travellersOf(doc, answers);
  const named = travellers.length > 1;
  const slots: Slot[] = [];
  for (const person of travellers) {
    const index = doc.household.indexOf(person);
    slots.push({ key: `identity-${index}`, type: 'identity', person, named });
    if (answers.destination !== undefined && !person.citizenships.includes(answers.destination))
      slots.push({ key: `permit-${index}`, type: 'permit', person, named });
  }
  const applicant = applicantIn(doc);
  if ((answers.vulnerable?.length ?? 0) > 0 && applicant) slots.push({ key: 'situation', type: 'situation', person: applicant, named });
  return slots;
}

/** The copy of this kind and person the case already holds (sent earlier on this page, or by a helper), if any. */
function uploadedOf(doc: CaseDoc, kind: DocumentKind, personId: string) {
  return doc.documents.find((d) => d.kind === kind && d.personId === personId && d.status === 'uploaded');
}

function documentsPage(ctx: PageContext, doc: CaseDoc, answers: ApplyAnswers, chosen: Readonly<Record<string, string>>, errors: readonly FieldError[]): string {
  const lang = ctx.lang;
  const heading = t(lang, 'public.apply.documents.title');
  const error = (field: string) => errors.find((e) => e.field === field);
  const slot = (s: Slot) => {
    const label = slotLabel(lang, s);
    const kind = slotKind(s, answers);
    const held = kind ? uploadedOf(doc, kind, s.person.id) : undefined;
    const fileError = error(`${s.key}-file`);
    const name = s.key;
    return html`<section class="retur-document">
${choiceFieldset({ name, legend: html`<h2 class="ds-heading" data-size="sm">${label}</h2>`, choices: slotChoices[s.type].map((c) => ({ value: c, label: t(lang, choiceLabel[c]) })), checked: chosen[name] ? [chosen[name]] : [], ...(error(name) ? { error: error(name)! } : {}) })}
${s.type === 'situation' ? selectField({ id: 'situation-kind', label: html`${t(lang, 'public.myApplication.upload.kind')}`, choices: situationKinds.map((k) => ({ value: k, label: translateKey(lang, `public.myApplication.kind.${k}`) })), value: chosen['situation-kind'] ?? answers.situationKind ?? '', placeholder: t(lang, 'public.myApplication.upload.choose'), ...(error('situation-kind') ? { error: error('situation-kind')! } : {}) }) : ''}
${held ? html`<p class="ds-paragraph">${t(lang, 'public.apply.documents.uploaded', { kind: translateKey(lang, `public.myApplication.kind.${held.kind}`), date: formatDate(lang, held.receivedOn ?? '') })}</p>` : ''}
<div class="ds-field">
<label class="ds-label" for="${name}-file">${t(lang, 'public.apply.documents.file')}<span class="ds-sr-only"> – ${label}</span></label>
${fieldError(`${name}-file`, fileError)}
<input class="retur-file" type="file" id="${name}-file" name="${name}-file" accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"${invalidAttrs(`${name}-file`, fileError)}>
</div>
</section>`;
  };
  const body = html`${backLink(previousUrl(doc, 'documents'), lang)}
${errorSummary(lang, errors)}
<h1 class="ds-heading" data-size="lg">${heading}</h1>
<p class="ds-paragraph">${t(lang, 'public.apply.documents.intro')}</p>
<form method="post" action="/apply/documents" enctype="multipart/form-data" novalidate class="retur-question">
${csrfField(ctx)}
${slotsFor(doc, answers).map(slot)}
<button class="ds-button" type="submit">${t(lang, 'common.form.continue')}</button>
</form>`;
  return page({ title: titled(lang, heading, errors), ctx, body });
}

/** How the check page tells the person's answer for one document. */
function documentAnswer(lang: Lang, doc: CaseDoc, answers: ApplyAnswers, s: Slot): string {
  const choice = answers.documents?.[s.key];
  const of = slotKind(s, answers);
  const kind = of ? translateKey(lang, `public.myApplication.kind.${of}`) : '';
  const held = of ? uploadedOf(doc, of, s.person.id) : undefined;
  if (choice === 'upload' && held)
    return `${kind}: ${t(lang, 'public.myApplication.documents.status.uploaded', { date: formatDate(lang, held.receivedOn ?? '') })}`;
  if (choice === 'later') return `${kind}: ${t(lang, 'public.myApplication.documents.status.will-send-later')}`;
  return t(lang, 'public.apply.documents.none');
}

function checkPage(ctx: PageContext, doc: CaseDoc, answers: ApplyAnswers, version: number, refused?: string): string {
  const lang = ctx.lang;
  const heading = t(lang, 'public.apply.check.title');
  const row = (label: string, value: Html | string, href: string) =>
    html`<div class="retur-summary__row"><dt>${label}</dt><dd>${value}</dd><dd><a class="ds-link" href="${href}">${t(lang, 'common.form.change')}<span class="ds-sr-only"> – ${label}</span></a></dd></div>`;
  const body = html`${backLink(previousUrl(doc, 'check'), lang)}
${refused ? html`<div class="ds-alert" data-color="danger" role="alert"><p class="ds-paragraph">${t(lang, 'public.apply.refused', { reason: refused })}</p></div>` : ''}
<h1 class="ds-heading" data-size="lg">${heading}</h1>
<dl class="retur-summary">
${row(t(lang, 'public.apply.destination.title'), countryName(lang, answers.destination ?? ''), '/apply')}
${questions.filter((q) => stepsFor(doc).includes(q.step)).map((q) => row(t(lang, q.title), questionAnswer(lang, doc, q, answers), stepUrl(q.step)))}
${row(t(lang, 'public.apply.contact.phone'), answers.phone ? ltr(answers.phone) : '—', '/apply/contact')}
${row(t(lang, 'public.apply.contact.email'), answers.email ? ltr(answers.email) : '—', '/apply/contact')}
${slotsFor(doc, answers).map((s) => row(slotLabel(lang, s), documentAnswer(lang, doc, answers, s), '/apply/documents'))}
</dl>
${answers.fortyEight === 'yes' ? html`<div class="ds-alert" data-color="warning"><p class="ds-paragraph">${t(lang, 'public.apply.fortyEight.caveat')}</p></div>` : ''}
<p class="ds-paragraph">${t(lang, 'public.apply.check.declaration')}</p>
<form method="post" action="/apply/check">${csrfField(ctx)}<input type="hidden" name="version" value="${version}">
<button class="ds-button" type="submit">${t(lang, 'public.apply.check.submit')}</button>
</form>`;
  return page({ title: heading, ctx, body });
}

/** The receipt's words in one language: shown in the person's language and, below, in Norwegian. */
function receiptText(lang: Lang, receipt: Receipt, headingLevel: 1 | 2): Html {
  const heading = t(lang, 'public.apply.receipt.title');
  return html`${headingLevel === 1 ? html`<h1 class="ds-heading" data-size="lg">${heading}</h1>` : html`<h2 class="ds-heading" data-size="md">${heading}</h2>`}
<dl class="retur-receipt">
<dt>${t(lang, 'public.apply.receipt.reference')}</dt><dd class="retur-code">${ltr(receipt.reference)}</dd>
<dt>${t(lang, 'public.apply.receipt.secret')}</dt><dd class="retur-code">${ltr(receipt.secret)}</dd>
</dl>
<p class="ds-paragraph">${t(lang, 'public.apply.receipt.sent', { date: formatDate(lang, receipt.on) })}</p>
${
  receipt.toSend.length > 0
    ? html`<p class="ds-paragraph">${t(lang, 'public.apply.receipt.toSend')}</p>
<ul class="ds-list">${receipt.toSend.map((d) => html`<li>${d.name === null ? translateKey(lang, `public.myApplication.kind.${d.kind}`) : t(lang, 'public.myApplication.documents.ofPerson', { document: translateKey(lang, `public.myApplication.kind.${d.kind}`), name: d.name })}</li>`)}</ul>`
    : ''
}
<p class="ds-paragraph">${t(lang, 'public.apply.receipt.next')}</p>`;
}

function receiptPage(ctx: PageContext, receipt: Receipt): string {
  const lang = ctx.lang;
  const body = html`<div class="ds-alert" data-color="warning"><p class="ds-paragraph">${t(lang, 'public.apply.receipt.secretOnce')}</p></div>
${receiptText(lang, receipt, 1)}
<p class="ds-paragraph">${t(lang, 'public.apply.receipt.print')}</p>
${lang === 'nb' ? '' : html`<section lang="nb" dir="ltr" aria-label="${t('nb', 'public.apply.receipt.inNorwegian')}" class="retur-receipt-nb">${receiptText('nb', receipt, 2)}</section>`}
<p class="ds-paragraph"><a class="ds-link" href="/my-application">${t(lang, 'public.myApplication.title')}</a></p>`;
  return page({ title: t(lang, 'public.apply.receipt.title'), ctx, body });
}

/** The choices as sent, to show them again on a refused form. */
function pickChoices(slots: readonly Slot[], fields: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries([...slots.map((s) => s.key), 'situation-kind'].flatMap((name) => (fields[name] ? [[name, fields[name]]] : [])));
}

/** The person who may apply now, with the case as they see it; or where to send them instead. */
async function applicant(db: Db, person: Person | null): Promise<{ person: Person; version: number; doc: CaseDoc } | { to: string }> {
  if (!person) return { to: '/sign-in' };
  const own = await myCase(db, person, 'the person applies for assisted return (page)');
  if (!own.actions.includes('assisted-return.apply')) return { to: '/my-application' };
  return { person, version: own.version, doc: own.case };
}

const documentChoice = z.enum(['upload', 'later', 'none']);

export function registerApply(app: FastifyInstance, db: Db, deps: WebDeps): void {
  app.get('/apply', { schema: { hide: true } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, deps.store);
    const who = await applicant(db, personOf(request));
    if ('to' in who) return redirect(reply, who.to);
    const answers = (await session.get<ApplyAnswers>(ANSWERS)) ?? {};
    const suggested = answers.destination ?? who.doc.household.flatMap((p) => p.citizenships).find((c) => isCountryCode(c)) ?? '';
    return sendPage(reply, destinationPage(ctx, suggested, [], answers.destination === undefined));
  });

  app.post('/apply', { schema: { hide: true }, config: { rateLimit: deps.rateLimit } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, deps.store);
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (!session.checkCsrf(body._csrf)) return sendPage(reply, expiredPage(ctx, '/apply'), 400);
    const who = await applicant(db, personOf(request));
    if ('to' in who) return redirect(reply, who.to);
    const destination = destinationForm.safeParse(body).data?.destination.toUpperCase() ?? '';
    if (!isCountryCode(destination)) {
      const message = t(ctx.lang, destination === '' ? 'public.apply.destination.error' : 'common.form.error.country');
      return sendPage(reply, destinationPage(ctx, '', [{ field: 'destination', message }], false), 400);
    }
    const answers: ApplyAnswers = { ...((await session.get<ApplyAnswers>(ANSWERS)) ?? {}), destination };
    await session.set(ANSWERS, answers);
    return redirect(reply, nextUrl(who.doc, answers));
  });

  for (const q of questions) {
    app.get(stepUrl(q.step), { schema: { hide: true } }, async (request, reply) => {
      const { ctx, session } = webRequest(request, reply, deps.store);
      const who = await applicant(db, personOf(request));
      if ('to' in who) return redirect(reply, who.to);
      const answers = (await session.get<ApplyAnswers>(ANSWERS)) ?? {};
      const elsewhere = gate(who.doc, answers, q.step);
      if (elsewhere) return redirect(reply, elsewhere);
      return sendPage(reply, questionPage(ctx, who.doc, q, q.checked(answers)));
    });

    app.post(stepUrl(q.step), { schema: { hide: true }, config: { rateLimit: deps.rateLimit } }, async (request, reply) => {
      const { ctx, session } = webRequest(request, reply, deps.store);
      const body = (request.body ?? {}) as Record<string, unknown>;
      if (!session.checkCsrf(body._csrf)) return sendPage(reply, expiredPage(ctx, stepUrl(q.step)), 400);
      const who = await applicant(db, personOf(request));
      if ('to' in who) return redirect(reply, who.to);
      const sent = z.union([z.string().max(100), z.array(z.string().max(100)).max(40)]).safeParse(body.answer).data ?? [];
      const read = q.read(typeof sent === 'string' ? [sent] : sent, who.doc);
      if ('error' in read) {
        const error = { field: 'answer', message: t(ctx.lang, read.error) };
        return sendPage(reply, questionPage(ctx, who.doc, q, typeof sent === 'string' ? [sent] : sent, error), 400);
      }
      const answers: ApplyAnswers = { ...((await session.get<ApplyAnswers>(ANSWERS)) ?? {}), ...read };
      await session.set(ANSWERS, answers);
      return redirect(reply, nextUrl(who.doc, answers));
    });
  }

  app.get('/apply/contact', { schema: { hide: true } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, deps.store);
    const who = await applicant(db, personOf(request));
    if ('to' in who) return redirect(reply, who.to);
    const answers = (await session.get<ApplyAnswers>(ANSWERS)) ?? {};
    const elsewhere = gate(who.doc, answers, 'contact');
    if (elsewhere) return redirect(reply, elsewhere);
    return sendPage(reply, contactPage(ctx, who.doc, answers, []));
  });

  app.post('/apply/contact', { schema: { hide: true }, config: { rateLimit: deps.rateLimit } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, deps.store);
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (!session.checkCsrf(body._csrf)) return sendPage(reply, expiredPage(ctx, '/apply/contact'), 400);
    const who = await applicant(db, personOf(request));
    if ('to' in who) return redirect(reply, who.to);
    const form = contactForm.safeParse(body).data ?? { phone: '', email: '' };
    const lang = ctx.lang;
    const errors: FieldError[] = [];
    if (form.phone === '' && form.email === '') errors.push({ field: 'phone', message: t(lang, 'public.apply.contact.error.none') });
    if (form.phone !== '' && !phonePattern.test(form.phone)) errors.push({ field: 'phone', message: t(lang, 'public.apply.contact.error.phone') });
    if (form.email !== '' && !z.email().max(200).safeParse(form.email).success)
      errors.push({ field: 'email', message: t(lang, 'public.apply.contact.error.email') });
    if (errors.length > 0) return sendPage(reply, contactPage(ctx, who.doc, form, errors), 400);
    const answers: ApplyAnswers = {
      ...((await session.get<ApplyAnswers>(ANSWERS)) ?? {}),
      phone: undefined,
      email: undefined,
      ...(form.phone ? { phone: form.phone } : {}),
      ...(form.email ? { email: form.email } : {}),
    };
    await session.set(ANSWERS, answers);
    return redirect(reply, nextUrl(who.doc, answers));
  });

  app.get('/apply/documents', { schema: { hide: true } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, deps.store);
    const who = await applicant(db, personOf(request));
    if ('to' in who) return redirect(reply, who.to);
    const answers = (await session.get<ApplyAnswers>(ANSWERS)) ?? {};
    const elsewhere = gate(who.doc, answers, 'documents');
    if (elsewhere) return redirect(reply, elsewhere);
    return sendPage(reply, documentsPage(ctx, who.doc, answers, answers.documents ?? {}, []));
  });

  registerUploadRoutes(app, (scope) => {
    scope.post('/apply/documents', { schema: { hide: true }, config: { rateLimit: deps.rateLimit } }, async (request, reply) => {
      const { ctx, session } = webRequest(request, reply, deps.store);
      const form = await readUploadForm(request);
      if (!session.checkCsrf(form.fields._csrf)) return sendPage(reply, expiredPage(ctx, '/apply/documents'), 400);
      const who = await applicant(db, personOf(request));
      if ('to' in who) return redirect(reply, who.to);
      const answers = (await session.get<ApplyAnswers>(ANSWERS)) ?? {};
      const elsewhere = gate(who.doc, answers, 'documents');
      if (elsewhere) return redirect(reply, elsewhere);
      const lang = ctx.lang;
      const errors: FieldError[] = [];
      const chosen: Record<string, DocumentChoice> = {};
      const uploads: { kind: DocumentKind; personId: string; content: Upload }[] = [];
      const situationKind = situationKinds.find((k) => k === form.fields['situation-kind']);
      const withKind: ApplyAnswers = { ...answers, situationKind };
      const slots = slotsFor(who.doc, answers);
      for (const s of slots) {
        const choice = documentChoice.safeParse(form.fields[s.key]).data;
        if (choice === undefined || !slotChoices[s.type].includes(choice)) {
          errors.push({ field: s.key, message: t(lang, 'public.apply.documents.error.choose') });
          continue;
        }
        chosen[s.key] = choice;
        const kind = slotKind(s, withKind);
        if (choice !== 'none' && kind === undefined) {
          errors.push({ field: 'situation-kind', message: t(lang, 'public.myApplication.upload.error.kind') });
          continue;
        }
        // "Upload it now" with no new file keeps the copy the case already holds.
        if (choice !== 'upload' || kind === undefined || (form.files[`${s.key}-file`] === undefined && uploadedOf(who.doc, kind, s.person.id))) continue;
        const checked = checkFile(lang, `${s.key}-file`, form.files[`${s.key}-file`]);
        if ('error' in checked) errors.push(checked.error);
        else uploads.push({ kind, personId: s.person.id, content: checked.content });
      }
      if (errors.length > 0) return sendPage(reply, documentsPage(ctx, who.doc, answers, { ...chosen, ...pickChoices(slots, form.fields) }, errors), 400);
      let version = who.version;
      for (const upload of uploads)
        version = await recordDocument(db, who.person, version, { kind: upload.kind, personId: upload.personId, status: 'uploaded', content: upload.content });
      const next: ApplyAnswers = { ...withKind, documents: chosen };
      await session.set(ANSWERS, next);
      return redirect(reply, nextUrl(who.doc, next));
    });
  });

  app.get('/apply/check', { schema: { hide: true } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, deps.store);
    const who = await applicant(db, personOf(request));
    if ('to' in who) return redirect(reply, who.to);
    const answers = (await session.get<ApplyAnswers>(ANSWERS)) ?? {};
    if (nextUrl(who.doc, answers) !== '/apply/check') return redirect(reply, nextUrl(who.doc, answers));
    return sendPage(reply, checkPage(ctx, who.doc, answers, who.version));
  });

  app.post('/apply/check', { schema: { hide: true }, config: { rateLimit: deps.rateLimit } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, deps.store);
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (!session.checkCsrf(body._csrf)) return sendPage(reply, expiredPage(ctx, '/apply/check'), 400);
    const person = personOf(request);
    if (!person) return redirect(reply, '/sign-in');
    const answers = (await session.get<ApplyAnswers>(ANSWERS)) ?? {};
    const form = checkForm.safeParse(body);
    if (answers.destination === undefined || !form.success) return redirect(reply, '/apply');
    const contact = { ...(answers.phone ? { phone: answers.phone } : {}), ...(answers.email ? { email: answers.email } : {}) };
    try {
      // The documents to be sent later are recorded first (a residence permit "to be sent later" is what the
      // application to another country needs), each on the version the last one left, the first on the version
      // the person saw on the check page.
      let version = form.data.version;
      const { case: doc } = await myCase(db, person, 'the person applies for assisted return (page)');
      if (nextUrl(doc, answers) !== '/apply/check') return redirect(reply, nextUrl(doc, answers));
      for (const s of slotsFor(doc, answers)) {
        const kind = slotKind(s, answers);
        if (
          kind === undefined ||
          answers.documents?.[s.key] !== 'later' ||
          doc.documents.some((d) => d.kind === kind && d.personId === s.person.id && d.status !== 'original-held')
        )
          continue;
        version = await recordDocument(db, person, version, { kind, personId: s.person.id, status: 'will-send-later' });
      }
      const facts = {
        previouslyReturnedWithSupportAndReimmigrated: answers.returnedBefore === 'yes',
        ...(answers.fortyEight === undefined ? {} : { fortyEightHourProcedure: answers.fortyEight === 'yes' }),
        vulnerabilities: [...(answers.vulnerable ?? [])],
      };
      const input = { destination: answers.destination, contact, facts, ...(answers.travellerIds ? { travellerIds: [...answers.travellerIds] } : {}) };
      const result = await act(db, person, person.caseId, 'assisted-return.apply', input, { expectedVersion: version });
      const secret = result.revealed.secret;
      if (secret === undefined) throw new Error('The application revealed no secret');
      await session.set(ANSWERS, undefined);
      // What is still to be sent, as the case now has it (a helper may have sent a copy meanwhile), with whose it is.
      const named = result.case.household.length > 1;
      const toSend = stillToSend(result.case).map((d) => ({
        kind: d.kind,
        name: named ? (result.case.household.find((p) => p.id === d.personId)?.name ?? null) : null,
      }));
      await session.set(RECEIPT, { reference: person.reference, secret, on: result.case.assistedReturn.appliedOn ?? '', toSend } satisfies Receipt);
      return redirect(reply, '/apply/receipt');
    } catch (error) {
      if (!(error instanceof ReturError)) throw error;
      // The case moved on, or the rules refused: the person sees why, in their language where the catalogue has it.
      if (error.code === 'CASE_VERSION_CONFLICT' || error.code === 'CASE_INVALID_TRANSITION') return redirect(reply, '/my-application');
      const who = await applicant(db, person);
      if ('to' in who) return redirect(reply, who.to);
      const reason = t(ctx.lang, 'common.error.400.body');
      return sendPage(reply, checkPage(ctx, who.doc, answers, who.version, reason), 422);
    }
  });

  app.get('/apply/receipt', { schema: { hide: true } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, deps.store);
    if (!personOf(request)) return redirect(reply, '/sign-in');
    const receipt = await session.get<Receipt>(RECEIPT);
    if (!receipt?.secret) return redirect(reply, '/my-application');
    // Shown once: a reload, or someone after the person, finds the application, not the secret.
    await session.set(RECEIPT, undefined);
    return sendPage(reply, receiptPage(ctx, receipt));
  });
}
