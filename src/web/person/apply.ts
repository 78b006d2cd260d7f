/**
 * "Apply for assisted return" for the person signed in to their own case (with a sign-in code from IOM, a
 * reception centre, a lawyer, a guardian or UDI): one question per page, "check your answers", then the
 * case's own `assisted-return.apply` action (the same command, checks and audit as the API, with the
 * version the person saw), and a receipt with the reference and the new secret code, in the person's
 * language and in Norwegian, printable. The answers are kept in the web session (never in a URL); the secret
 * is shown on the receipt once and then forgotten.
 *
 * Someone with no case in Retur (and no sign-in) applies too: they first tell who they are and the decision
 * they got, answer the same questions about a case made of those answers (never stored), and sending the
 * application opens their case (commands.ts applyForNewCase: the case's events, written by the person, with
 * the copies of their passport or ID document, and of a residence permit where needed, to be sent later). The
 * receipt gives the new reference and secret code, with which they sign in to follow the application.
 *
 *   GET      /apply           no sign-in and no answers yet: what assisted return is, sign in or start without a code
 *   GET/POST /apply/about-you no sign-in: name, date of birth (18 or older) and citizenship
 *   GET/POST /apply/decision  no sign-in: the kind of decision, its date, and its deadline for leaving if it gives one
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
 *                             (not asked with no sign-in: the copies are to be sent after signing in)
 *   GET/POST /apply/check     check your answers; the POST records the documents to be sent later, then sends
 *                             the application
 *   POST     /apply/send      with no sign-in: sends the application, opening the case; rate limited per
 *                             address per hour (429 as a page, or problem+json)
 *   GET      /apply/receipt   the receipt (once), with the documents still to send and whose they are
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { act, applyForNewCase, type Db } from '../../cases/commands.ts';
import { newCase, openCaseInputOf, statedDecisionKinds } from '../../cases/processes/case.ts';
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
import { ageOn } from '../../rules/engine/dates.ts';
import { osloToday } from '../../shared/clock.ts';

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
  /** With no sign-in: who applies. */
  readonly about?: { readonly name: string; readonly dateOfBirth: string; readonly citizenship: string };
  /** With no sign-in: the decision, as the person tells it. */
  readonly decision?: { readonly kind: StatedKind; readonly date: string; readonly deadline: string | null };
}
type StatedKind = (typeof statedDecisionKinds)[number];

/** The id of the case made of the answers of someone with no case: never stored, only asked about. */
const DRAFT = 'draft';
const isDraft = (doc: CaseDoc) => doc.id === DRAFT;

/** The case someone with no case applies for, as their answers tell it (the case commands.ts will open), or none yet. */
function draftCase(a: ApplyAnswers): CaseDoc | undefined {
  if (!a.about || !a.decision) return undefined;
  const stated = {
    applicant: { name: a.about.name, dateOfBirth: a.about.dateOfBirth, citizenship: a.about.citizenship },
    decision: { kind: a.decision.kind, date: a.decision.date, departureDeadline: a.decision.deadline },
  };
  return newCase(DRAFT, '', openCaseInputOf(stated), [DRAFT], '', 'applicant');
}

/**
 * The pages of the application in order. The questions are those of the eligibility rule set the case does not
 * already answer, each asked only where it can matter: who travels only in a household of more than one, the
 * 48-hour procedure only after a rejected claim for protection.
 */
type Step = 'about-you' | 'decision' | 'destination' | 'travellers' | 'returned-before' | 'forty-eight' | 'vulnerable' | 'contact' | 'documents';
const stepUrl = (step: Step) => (step === 'destination' ? '/apply' : `/apply/${step}`);

/** With no sign-in, the person first tells who they are and their decision, and sends the documents after applying. */
function stepsFor(doc: CaseDoc): Step[] {
  if (isDraft(doc)) return ['about-you', 'decision', ...stepsOfCase(doc).filter((s) => s !== 'documents')];
  return stepsOfCase(doc);
}

function stepsOfCase(doc: CaseDoc): Step[] {
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
    case 'about-you':
      return a.about !== undefined;
    case 'decision':
      return a.decision !== undefined;
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
  return at <= 0 ? (isDraft(doc) ? '/apply' : '/my-application') : stepUrl(steps[at - 1]!);
}
interface Receipt {
  readonly reference: string;
  readonly secret: string;
  readonly on: string;
  /** The documents the person said they would send later: their kind, and whose in a household of more than one. */
  readonly toSend: readonly { readonly kind: DocumentKind; readonly name: string | null }[];
  /** The application opened the case (no sign-in): the person has no other code, and signs in with these. */
  readonly newCase?: boolean;
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

function destinationPage(ctx: PageContext, doc: CaseDoc, value: string, errors: readonly FieldError[], intro: boolean): string {
  const lang = ctx.lang;
  const heading = t(lang, 'public.apply.destination.title');
  const body = html`${backLink(previousUrl(doc, 'destination'), lang)}
${errorSummary(lang, errors)}
${intro && !isDraft(doc) ? html`<p class="ds-paragraph">${t(lang, 'public.apply.intro')}</p>` : ''}
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
  const row = (label: string, value: Html | string, href: string | null) =>
    html`<div class="retur-summary__row"><dt>${label}</dt><dd>${value}</dd><dd>${href === null ? '' : html`<a class="ds-link" href="${href}">${t(lang, 'common.form.change')}<span class="ds-sr-only"> – ${label}</span></a>`}</dd></div>`;
  const draft = isDraft(doc);
  const about = answers.about;
  const decision = answers.decision;
  const body = html`${backLink(previousUrl(doc, 'check'), lang)}
${refused ? html`<div class="ds-alert" data-color="danger" role="alert"><p class="ds-paragraph">${t(lang, 'public.apply.refused', { reason: refused })}</p></div>` : ''}
<h1 class="ds-heading" data-size="lg">${heading}</h1>
<dl class="retur-summary">
${
  draft && about && decision
    ? html`${row(t(lang, 'public.apply.aboutYou.name'), about.name, '/apply/about-you')}
${row(t(lang, 'public.apply.aboutYou.dateOfBirth'), formatDate(lang, about.dateOfBirth), '/apply/about-you')}
${row(t(lang, 'public.apply.aboutYou.citizenship'), countryName(lang, about.citizenship), '/apply/about-you')}
${row(t(lang, 'public.decision.kind.title'), translateKey(lang, `public.decision.kind.${decision.kind}`), '/apply/decision')}
${row(t(lang, 'public.decision.decisionDate.title'), formatDate(lang, decision.date), '/apply/decision')}
${row(t(lang, 'public.decision.deadline.title'), decision.deadline === null ? t(lang, 'public.myApplication.noDeadline') : formatDate(lang, decision.deadline), '/apply/decision')}`
    : ''
}
${row(t(lang, 'public.apply.destination.title'), countryName(lang, answers.destination ?? ''), '/apply')}
${questions.filter((q) => stepsFor(doc).includes(q.step)).map((q) => row(t(lang, q.title), questionAnswer(lang, doc, q, answers), stepUrl(q.step)))}
${row(t(lang, 'public.apply.contact.phone'), answers.phone ? ltr(answers.phone) : '—', '/apply/contact')}
${row(t(lang, 'public.apply.contact.email'), answers.email ? ltr(answers.email) : '—', '/apply/contact')}
${slotsFor(doc, answers).map((s) =>
  // With no sign-in, the copies are sent after applying: the person signs in with the receipt's code to send them.
  draft
    ? row(
        slotLabel(lang, s),
        `${translateKey(lang, `public.myApplication.kind.${slotKind(s, answers) ?? 'id-document'}`)}: ${t(lang, 'public.myApplication.documents.status.will-send-later')}`,
        null,
      )
    : row(slotLabel(lang, s), documentAnswer(lang, doc, answers, s), '/apply/documents'),
)}
</dl>
${answers.fortyEight === 'yes' ? html`<div class="ds-alert" data-color="warning"><p class="ds-paragraph">${t(lang, 'public.apply.fortyEight.caveat')}</p></div>` : ''}
<p class="ds-paragraph">${t(lang, 'public.apply.check.declaration')}</p>
<form method="post" action="${draft ? '/apply/send' : '/apply/check'}">${csrfField(ctx)}${draft ? '' : html`<input type="hidden" name="version" value="${version}">`}
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
  // With no sign-in before, the reference and code on this page are the person's only way back to the application.
  const warning = receipt.newCase ? 'public.apply.receipt.writeDown' : 'public.apply.receipt.secretOnce';
  const body = html`<div class="ds-alert" data-color="warning"><p class="ds-paragraph"><strong>${t(lang, warning)}</strong></p></div>
${receiptText(lang, receipt, 1)}
<p class="ds-paragraph">${t(lang, 'public.apply.receipt.print')}</p>
${lang === 'nb' ? '' : html`<section lang="nb" dir="ltr" aria-label="${t('nb', 'public.apply.receipt.inNorwegian')}" class="retur-receipt-nb">${receiptText('nb', receipt, 2)}</section>`}
<p class="ds-paragraph">${receipt.newCase ? html`<a class="ds-button" href="/sign-in">${t(lang, 'public.apply.receipt.signIn')}</a>` : html`<a class="ds-link" href="/my-application">${t(lang, 'public.myApplication.title')}</a>`}</p>`;
  return page({ title: t(lang, 'public.apply.receipt.title'), ctx, body });
}

/** The choices as sent, to show them again on a refused form. */
function pickChoices(slots: readonly Slot[], fields: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries([...slots.map((s) => s.key), 'situation-kind'].flatMap((name) => (fields[name] ? [[name, fields[name]]] : [])));
}

/**
 * The person who may apply now, with the case as they see it (with no sign-in: the case their answers make,
 * and no person yet); or where to send them instead.
 */
async function applicant(
  db: Db,
  person: Person | null,
  answers: ApplyAnswers,
): Promise<{ person: Person; version: number; doc: CaseDoc } | { person: null; version: number; doc: CaseDoc } | { to: string }> {
  if (!person) {
    const doc = draftCase(answers);
    return doc ? { person: null, version: 0, doc } : { to: answers.about ? '/apply/decision' : '/apply/about-you' };
  }
  const own = await myCase(db, person, 'the person applies for assisted return (page)');
  if (!own.actions.includes('assisted-return.apply')) return { to: '/my-application' };
  return { person, version: own.version, doc: own.case };
}

const documentChoice = z.enum(['upload', 'later', 'none']);

/** The rules' facts the answers give, as assisted-return.apply takes them. */
function factsOf(answers: ApplyAnswers) {
  return {
    previouslyReturnedWithSupportAndReimmigrated: answers.returnedBefore === 'yes',
    ...(answers.fortyEight === undefined ? {} : { fortyEightHourProcedure: answers.fortyEight === 'yes' }),
    vulnerabilities: [...(answers.vulnerable ?? [])],
  };
}

const contactOf = (answers: ApplyAnswers) => ({ ...(answers.phone ? { phone: answers.phone } : {}), ...(answers.email ? { email: answers.email } : {}) });

/** /apply with no sign-in and nothing told yet: what assisted return is, who may apply, and the two ways in. */
function startPage(ctx: PageContext): string {
  const lang = ctx.lang;
  const heading = t(lang, 'public.apply.title');
  const body = html`<h1 class="ds-heading" data-size="lg">${heading}</h1>
<p class="ds-paragraph">${t(lang, 'public.apply.intro')}</p>
<p class="ds-paragraph">${t(lang, 'public.apply.who')}</p>
<p class="ds-paragraph">${t(lang, 'public.apply.need')}</p>
<p class="ds-paragraph"><a class="ds-button" href="/apply/about-you">${t(lang, 'public.apply.start')}</a></p>
<p class="ds-paragraph"><a class="ds-link" href="/sign-in">${t(lang, 'public.signIn.title')}</a></p>`;
  return page({ title: heading, ctx, body });
}

const aboutForm = z.object({ name: textField, dateOfBirth: textField, citizenship: textField });
const decisionForm = z.object({ kind: textField, date: textField, deadline: textField });
const isDate = (s: string) => z.iso.date().safeParse(s).success;

/** A page of fields asked only with no sign-in: the back link, the error summary, the heading and the form. */
function fieldsPage(
  ctx: PageContext,
  page_: { heading: string; back: string; action: string; errors: readonly FieldError[] },
  fields: (error: (field: string) => { error: FieldError } | Record<string, never>) => Html,
): string {
  const lang = ctx.lang;
  const { heading, errors } = page_;
  const error = (field: string): { error: FieldError } | Record<string, never> => {
    const found = errors.find((e) => e.field === field);
    return found ? { error: found } : {};
  };
  const body = html`${backLink(page_.back, lang)}
${errorSummary(lang, errors)}
<h1 class="ds-heading" data-size="lg">${heading}</h1>
<form method="post" action="${page_.action}" novalidate class="retur-question">
${csrfField(ctx)}
${fields(error)}
<button class="ds-button" type="submit">${t(lang, 'common.form.continue')}</button>
</form>`;
  return page({ title: titled(lang, heading, errors), ctx, body });
}

function aboutYouPage(ctx: PageContext, values: z.output<typeof aboutForm>, errors: readonly FieldError[]): string {
  const lang = ctx.lang;
  return fieldsPage(
    ctx,
    { heading: t(lang, 'public.apply.aboutYou.title'), back: '/apply', action: '/apply/about-you', errors },
    (
      error,
    ) => html`${inputField({ id: 'name', type: 'text', label: html`${t(lang, 'public.apply.aboutYou.name')}`, hint: t(lang, 'public.apply.aboutYou.nameHint'), value: values.name, attrs: html` autocomplete="name" spellcheck="false"`, ...error('name') })}
${inputField({ id: 'dateOfBirth', label: html`${t(lang, 'public.apply.aboutYou.dateOfBirth')}`, type: 'date', value: values.dateOfBirth, attrs: html` autocomplete="bday"`, ...error('dateOfBirth') })}
${selectField({ id: 'citizenship', label: html`${t(lang, 'public.apply.aboutYou.citizenship')}`, choices: countriesIn(lang), value: values.citizenship, placeholder: t(lang, 'common.form.chooseCountry'), ...error('citizenship') })}`,
  );
}

function decisionPage(ctx: PageContext, values: z.output<typeof decisionForm>, errors: readonly FieldError[]): string {
  const lang = ctx.lang;
  const kinds = statedDecisionKinds.map((k) => ({ value: k, label: translateKey(lang, `public.decision.kind.${k}`) }));
  return fieldsPage(
    ctx,
    { heading: t(lang, 'public.apply.decision.title'), back: '/apply/about-you', action: '/apply/decision', errors },
    (
      error,
    ) => html`${choiceFieldset({ name: 'kind', legend: html`<span class="ds-heading" data-size="xs">${t(lang, 'public.decision.kind.title')}</span>`, choices: kinds, checked: values.kind ? [values.kind] : [], multiple: false, ...error('kind') })}
${inputField({ id: 'date', label: html`${t(lang, 'public.decision.decisionDate.title')}`, hint: t(lang, 'public.decision.decisionDate.hint'), type: 'date', value: values.date, ...error('date') })}
${inputField({ id: 'deadline', label: html`${t(lang, 'public.decision.deadline.title')}`, hint: t(lang, 'public.apply.decision.deadlineHint'), type: 'date', value: values.deadline, ...error('deadline') })}`,
  );
}

/**
 * The two pages only someone with no case answers: who they are, and their decision. A signed-in person has
 * both in their case, and is sent on to the application.
 */
function registerAboutYou(app: FastifyInstance, deps: WebDeps): void {
  const today = () => deps.today?.() ?? osloToday();
  app.get('/apply/about-you', { schema: { hide: true } }, async (request, reply) => {
    if (personOf(request)) return redirect(reply, '/apply');
    const { ctx, session } = webRequest(request, reply, deps.store);
    const about = (await session.get<ApplyAnswers>(ANSWERS))?.about;
    return sendPage(reply, aboutYouPage(ctx, { name: about?.name ?? '', dateOfBirth: about?.dateOfBirth ?? '', citizenship: about?.citizenship ?? '' }, []));
  });

  app.post('/apply/about-you', { schema: { hide: true }, config: { rateLimit: deps.rateLimit } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, deps.store);
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (!session.checkCsrf(body._csrf)) return sendPage(reply, expiredPage(ctx, '/apply/about-you'), 400);
    if (personOf(request)) return redirect(reply, '/apply');
    const lang = ctx.lang;
    const form = aboutForm.safeParse(body).data ?? { name: '', dateOfBirth: '', citizenship: '' };
    const citizenship = form.citizenship.toUpperCase();
    const errors: FieldError[] = [];
    if (form.name === '') errors.push({ field: 'name', message: t(lang, 'public.apply.aboutYou.error.name') });
    if (!isDate(form.dateOfBirth)) errors.push({ field: 'dateOfBirth', message: t(lang, 'common.form.error.date') });
    else if (form.dateOfBirth > today()) errors.push({ field: 'dateOfBirth', message: t(lang, 'common.form.error.dateFuture') });
    else if (ageOn(form.dateOfBirth, today()) < 18) errors.push({ field: 'dateOfBirth', message: t(lang, 'public.apply.aboutYou.error.minor') });
    if (!isCountryCode(citizenship)) errors.push({ field: 'citizenship', message: t(lang, 'common.form.error.country') });
    if (errors.length > 0) return sendPage(reply, aboutYouPage(ctx, form, errors), 400);
    const answers: ApplyAnswers = {
      ...((await session.get<ApplyAnswers>(ANSWERS)) ?? {}),
      about: { name: form.name, dateOfBirth: form.dateOfBirth, citizenship },
    };
    await session.set(ANSWERS, answers);
    return redirect(reply, answers.decision ? nextUrl(draftCase(answers)!, answers) : '/apply/decision');
  });

  app.get('/apply/decision', { schema: { hide: true } }, async (request, reply) => {
    if (personOf(request)) return redirect(reply, '/apply');
    const { ctx, session } = webRequest(request, reply, deps.store);
    const answers = (await session.get<ApplyAnswers>(ANSWERS)) ?? {};
    if (!answers.about) return redirect(reply, '/apply/about-you');
    const d = answers.decision;
    return sendPage(reply, decisionPage(ctx, { kind: d?.kind ?? '', date: d?.date ?? '', deadline: d?.deadline ?? '' }, []));
  });

  app.post('/apply/decision', { schema: { hide: true }, config: { rateLimit: deps.rateLimit } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, deps.store);
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (!session.checkCsrf(body._csrf)) return sendPage(reply, expiredPage(ctx, '/apply/decision'), 400);
    if (personOf(request)) return redirect(reply, '/apply');
    const before = (await session.get<ApplyAnswers>(ANSWERS)) ?? {};
    if (!before.about) return redirect(reply, '/apply/about-you');
    const lang = ctx.lang;
    const form = decisionForm.safeParse(body).data ?? { kind: '', date: '', deadline: '' };
    const kind = statedDecisionKinds.find((k) => k === form.kind);
    const errors: FieldError[] = [];
    if (kind === undefined) errors.push({ field: 'kind', message: t(lang, 'common.form.error.choose') });
    if (!isDate(form.date)) errors.push({ field: 'date', message: t(lang, 'common.form.error.date') });
    else if (form.date > today()) errors.push({ field: 'date', message: t(lang, 'common.form.error.dateFuture') });
    else if (form.date < before.about.dateOfBirth) errors.push({ field: 'date', message: t(lang, 'common.form.error.date') });
    if (form.deadline !== '' && !isDate(form.deadline)) errors.push({ field: 'deadline', message: t(lang, 'common.form.error.date') });
    else if (form.deadline !== '' && isDate(form.date) && form.deadline < form.date)
      errors.push({ field: 'deadline', message: t(lang, 'public.apply.decision.error.deadline') });
    if (errors.length > 0 || kind === undefined) return sendPage(reply, decisionPage(ctx, form, errors), 400);
    const answers: ApplyAnswers = { ...before, decision: { kind, date: form.date, deadline: form.deadline === '' ? null : form.deadline } };
    await session.set(ANSWERS, answers);
    return redirect(reply, nextUrl(draftCase(answers)!, answers));
  });
}

export function registerApply(app: FastifyInstance, db: Db, deps: WebDeps): void {
  app.get('/apply', { schema: { hide: true } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, deps.store);
    const answers = (await session.get<ApplyAnswers>(ANSWERS)) ?? {};
    const person = personOf(request);
    // With no sign-in and nothing told yet: what this is, and the two ways in.
    if (!person && !answers.about) return sendPage(reply, startPage(ctx));
    const who = await applicant(db, person, answers);
    if ('to' in who) return redirect(reply, who.to);
    const suggested = answers.destination ?? who.doc.household.flatMap((p) => p.citizenships).find((c) => isCountryCode(c)) ?? '';
    return sendPage(reply, destinationPage(ctx, who.doc, suggested, [], answers.destination === undefined));
  });

  registerAboutYou(app, deps);

  app.post('/apply', { schema: { hide: true }, config: { rateLimit: deps.rateLimit } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, deps.store);
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (!session.checkCsrf(body._csrf)) return sendPage(reply, expiredPage(ctx, '/apply'), 400);
    const before = (await session.get<ApplyAnswers>(ANSWERS)) ?? {};
    const who = await applicant(db, personOf(request), before);
    if ('to' in who) return redirect(reply, who.to);
    const destination = destinationForm.safeParse(body).data?.destination.toUpperCase() ?? '';
    if (!isCountryCode(destination)) {
      const message = t(ctx.lang, destination === '' ? 'public.apply.destination.error' : 'common.form.error.country');
      return sendPage(reply, destinationPage(ctx, who.doc, '', [{ field: 'destination', message }], false), 400);
    }
    const answers: ApplyAnswers = { ...before, destination };
    await session.set(ANSWERS, answers);
    return redirect(reply, nextUrl(who.doc, answers));
  });

  for (const q of questions) {
    app.get(stepUrl(q.step), { schema: { hide: true } }, async (request, reply) => {
      const { ctx, session } = webRequest(request, reply, deps.store);
      const answers = (await session.get<ApplyAnswers>(ANSWERS)) ?? {};
      const who = await applicant(db, personOf(request), answers);
      if ('to' in who) return redirect(reply, who.to);
      const elsewhere = gate(who.doc, answers, q.step);
      if (elsewhere) return redirect(reply, elsewhere);
      return sendPage(reply, questionPage(ctx, who.doc, q, q.checked(answers)));
    });

    app.post(stepUrl(q.step), { schema: { hide: true }, config: { rateLimit: deps.rateLimit } }, async (request, reply) => {
      const { ctx, session } = webRequest(request, reply, deps.store);
      const body = (request.body ?? {}) as Record<string, unknown>;
      if (!session.checkCsrf(body._csrf)) return sendPage(reply, expiredPage(ctx, stepUrl(q.step)), 400);
      const before = (await session.get<ApplyAnswers>(ANSWERS)) ?? {};
      const who = await applicant(db, personOf(request), before);
      if ('to' in who) return redirect(reply, who.to);
      const sent = z.union([z.string().max(100), z.array(z.string().max(100)).max(40)]).safeParse(body.answer).data ?? [];
      const read = q.read(typeof sent === 'string' ? [sent] : sent, who.doc);
      if ('error' in read) {
        const error = { field: 'answer', message: t(ctx.lang, read.error) };
        return sendPage(reply, questionPage(ctx, who.doc, q, typeof sent === 'string' ? [sent] : sent, error), 400);
      }
      const answers: ApplyAnswers = { ...before, ...read };
      await session.set(ANSWERS, answers);
      return redirect(reply, nextUrl(who.doc, answers));
    });
  }

  app.get('/apply/contact', { schema: { hide: true } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, deps.store);
    const answers = (await session.get<ApplyAnswers>(ANSWERS)) ?? {};
    const who = await applicant(db, personOf(request), answers);
    if ('to' in who) return redirect(reply, who.to);
    const elsewhere = gate(who.doc, answers, 'contact');
    if (elsewhere) return redirect(reply, elsewhere);
    return sendPage(reply, contactPage(ctx, who.doc, answers, []));
  });

  app.post('/apply/contact', { schema: { hide: true }, config: { rateLimit: deps.rateLimit } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, deps.store);
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (!session.checkCsrf(body._csrf)) return sendPage(reply, expiredPage(ctx, '/apply/contact'), 400);
    const before = (await session.get<ApplyAnswers>(ANSWERS)) ?? {};
    const who = await applicant(db, personOf(request), before);
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
      ...before,
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
    const answers = (await session.get<ApplyAnswers>(ANSWERS)) ?? {};
    const who = await applicant(db, personOf(request), answers);
    if ('to' in who) return redirect(reply, who.to);
    const elsewhere = gate(who.doc, answers, 'documents');
    if (elsewhere) return redirect(reply, elsewhere);
    return sendPage(reply, documentsPage(ctx, who.doc, answers, answers.documents ?? {}, []));
  });

  registerUploadRoutes(app, (scope) => {
    scope.post('/apply/documents', { schema: { hide: true }, config: { rateLimit: deps.rateLimit } }, async (request, reply) => {
      const { ctx, session } = webRequest(request, reply, deps.store);
      const form = await readUploadForm(request);
      if (!session.checkCsrf(form.fields._csrf)) return sendPage(reply, expiredPage(ctx, '/apply/documents'), 400);
      const answers = (await session.get<ApplyAnswers>(ANSWERS)) ?? {};
      const who = await applicant(db, personOf(request), answers);
      if ('to' in who) return redirect(reply, who.to);
      const elsewhere = gate(who.doc, answers, 'documents');
      if (elsewhere || who.person === null) return redirect(reply, elsewhere ?? '/apply/check');
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
    const answers = (await session.get<ApplyAnswers>(ANSWERS)) ?? {};
    const who = await applicant(db, personOf(request), answers);
    if ('to' in who) return redirect(reply, who.to);
    if (nextUrl(who.doc, answers) !== '/apply/check') return redirect(reply, nextUrl(who.doc, answers));
    return sendPage(reply, checkPage(ctx, who.doc, answers, who.version));
  });

  app.post('/apply/check', { schema: { hide: true }, config: { rateLimit: deps.rateLimit } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, deps.store);
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (!session.checkCsrf(body._csrf)) return sendPage(reply, expiredPage(ctx, '/apply/check'), 400);
    const person = personOf(request);
    // With no sign-in the check page sends to /apply/send.
    if (!person) return redirect(reply, '/apply/check');
    const answers = (await session.get<ApplyAnswers>(ANSWERS)) ?? {};
    const form = checkForm.safeParse(body);
    if (answers.destination === undefined || !form.success) return redirect(reply, '/apply');
    const contact = contactOf(answers);
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
      const input = {
        destination: answers.destination,
        contact,
        facts: factsOf(answers),
        ...(answers.travellerIds ? { travellerIds: [...answers.travellerIds] } : {}),
      };
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
      const who = await applicant(db, person, answers);
      if ('to' in who) return redirect(reply, who.to);
      const reason = t(ctx.lang, 'common.error.400.body');
      return sendPage(reply, checkPage(ctx, who.doc, answers, who.version, reason), 422);
    }
  });

  app.get('/apply/receipt', { schema: { hide: true } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, deps.store);
    const signedIn = personOf(request) !== null;
    const receipt = await session.get<Receipt>(RECEIPT);
    // A signed-in person's receipt is for them only while signed in; one that opened the case is for this session.
    if (!receipt?.secret || (!receipt.newCase && !signedIn)) return redirect(reply, signedIn ? '/my-application' : '/apply');
    // Shown once: a reload, or someone after the person, finds the application, not the secret.
    await session.set(RECEIPT, undefined);
    return sendPage(reply, receiptPage(ctx, receipt));
  });
  // With no sign-in: the application opens the person's case. Each such POST counts against the address's
  // hourly limit (deps.applicationRateLimit), so that no one fills UDI's queue; beyond it, 429 (a page, or
  // problem+json). Nothing of the application is logged: the request log has the method, path and status only.
  app.post('/apply/send', { schema: { hide: true }, config: { rateLimit: deps.applicationRateLimit } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, deps.store);
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (!session.checkCsrf(body._csrf)) return sendPage(reply, expiredPage(ctx, '/apply/check'), 400);
    if (personOf(request)) return redirect(reply, '/apply/check');
    const answers = (await session.get<ApplyAnswers>(ANSWERS)) ?? {};
    const doc = draftCase(answers);
    if (!doc || !answers.about || !answers.decision || answers.destination === undefined) return redirect(reply, doc ? nextUrl(doc, answers) : '/apply');
    if (nextUrl(doc, answers) !== '/apply/check') return redirect(reply, nextUrl(doc, answers));
    try {
      const result = await applyForNewCase(db, request.principal ?? null, {
        applicant: { ...answers.about, preferredLanguage: ctx.lang },
        decision: { kind: answers.decision.kind, date: answers.decision.date, departureDeadline: answers.decision.deadline },
        application: { destination: answers.destination, contact: contactOf(answers), facts: factsOf(answers) },
      });
      await session.set(ANSWERS, undefined);
      const toSend = stillToSend(result.case).map((d) => ({ kind: d.kind, name: null }));
      await session.set(RECEIPT, {
        reference: result.reference,
        secret: result.secret,
        on: result.case.assistedReturn.appliedOn ?? '',
        toSend,
        newCase: true,
      } satisfies Receipt);
      return redirect(reply, '/apply/receipt');
    } catch (error) {
      // Staff signed in to the console are refused (they open cases with the decision): the error page says so.
      if (!(error instanceof ReturError) || error.code === 'AUTH_FORBIDDEN') throw error;
      const minor = error.code === 'CASE_PRECONDITION_FAILED' && error.details?.condition === 'applicant-adult';
      return sendPage(reply, checkPage(ctx, doc, answers, 0, t(ctx.lang, minor ? 'public.apply.aboutYou.error.minor' : 'common.error.400.body')), 422);
    }
  });
}
