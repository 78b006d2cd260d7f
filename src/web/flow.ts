/**
 * Question flows as data (the GOV.UK question pattern): one question per page, each with the kind of answer it
 * takes and a `next` function that reads the earlier answers and names the next question — routing only,
 * never policy: every outcome comes from a rule set on the result page. The engine here serves any flow:
 *
 *   GET  <base>            → the first question not yet answered
 *   GET  <base>/<question> → the question, with a back link to the one before it on the person's path
 *   POST <base>/<question> → CSRF, the answer parsed by the question's schema; on an error the page again with
 *                            the error summary (400); else saved in the session and on to the next
 *                            unanswered question, or the check page when none is left
 *   GET  <base>/answers    → "check your answers", each with a change link
 *   GET  <base>/result     → the flow's result page (the rule set's answer)
 *   POST <base>/restart    → forget this flow's answers
 *
 * Answers live in the server-side session under the flow's name; only the answers on the person's current
 * path (the questions `next` leads through) reach the result, so an answer made irrelevant by a later change
 * is ignored, not used.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { countryName, formatDate, formatNumber, hasMessage, t, translateKey } from '../i18n/format.ts';
import type { Lang } from '../i18n/languages.ts';
import { countryCode, isCountryCode } from '../rules/common/countries.ts';
import { osloToday } from '../shared/clock.ts';
import { type PageContext, webRequest } from './context.ts';
import { backLink, choiceFieldset, csrfField, errorSummary, inputField, selectField, type FieldError } from './forms.ts';
import { html, raw, type Html } from './html.ts';
import { page, pageShell } from './layout.ts';
import type { WebSessionStore } from './session.ts';

export type Answers = Readonly<Record<string, unknown>>;

/** Where `next` leads when no question is left. */
export const CHECK = 'answers';

export type QuestionKind =
  | { readonly kind: 'choice'; readonly options: readonly string[] }
  | { readonly kind: 'multi'; readonly options: readonly string[] }
  | { readonly kind: 'date'; readonly notAfterToday?: boolean }
  | { readonly kind: 'country' }
  | { readonly kind: 'count'; readonly min: number; readonly max: number }
  | { readonly kind: 'dates'; readonly countFrom: string; readonly max: number };

export type Question = QuestionKind & {
  readonly id: string;
  /** The next question's id given the answers so far (this one's included), or CHECK. */
  readonly next: (answers: Answers) => string;
};

export interface Flow {
  /** The session key and the message prefix: messages are `public.<name>.<question>.title` and so on. */
  readonly name: 'checker' | 'calculator' | 'decision';
  /** The URL the flow lives under, e.g. /check. */
  readonly base: string;
  readonly first: string;
  readonly questions: readonly Question[];
  /** The result page's <h1> text and body, from the answers on the person's path. */
  readonly result: (ctx: PageContext, answers: Answers, today: string) => { title: string; body: Html };
}

export function questionOf(flow: Flow, id: string): Question | undefined {
  return flow.questions.find((q) => q.id === id);
}

/** The questions the person goes through given their answers, and the first one not yet answered. */
export function pathOf(flow: Flow, answers: Answers): { path: string[]; unanswered: string | undefined } {
  const path: string[] = [];
  let id = flow.first;
  while (id !== CHECK) {
    const q = questionOf(flow, id);
    if (!q || path.includes(id)) throw new Error(`Flow ${flow.name}: no way on from ${path.at(-1) ?? 'the start'} (${id})`);
    path.push(id);
    if (answers[id] === undefined) return { path, unanswered: id };
    id = q.next(answers);
  }
  return { path, unanswered: undefined };
}

/** Only the answers on the person's current path. */
export function relevantAnswers(flow: Flow, answers: Answers): Answers {
  const { path } = pathOf(flow, answers);
  return Object.fromEntries(path.filter((id) => answers[id] !== undefined).map((id) => [id, answers[id]]));
}

const msg = (lang: Lang, flow: Flow, key: string, params = {}) => translateKey(lang, `public.${flow.name}.${key}`, params);
const optionalMsg = (lang: Lang, flow: Flow, key: string) => (hasMessage(lang, `public.${flow.name}.${key}`) ? msg(lang, flow, key) : undefined);

/** An option's label: the flow's own (`public.<flow>.<question>.<option>`), or the shared yes and no. */
export function optionLabel(lang: Lang, flow: Flow, question: string, option: string): string {
  const own = optionalMsg(lang, flow, `${question}.${option}`);
  if (own !== undefined) return own;
  if (option === 'yes') return t(lang, 'common.answer.yes');
  if (option === 'no') return t(lang, 'common.answer.no');
  throw new Error(`No label for ${flow.name}.${question}.${option} in ${lang}`);
}

const countryCodesSorted = (() => {
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (isCountryCode(code)) codes.push(code);
    }
  return codes;
})();

const countryChoices = new Map<Lang, { value: string; label: string }[]>();
export function countriesIn(lang: Lang) {
  let list = countryChoices.get(lang);
  if (!list) {
    const collator = new Intl.Collator(lang);
    list = countryCodesSorted.map((c) => ({ value: c, label: countryName(lang, c) })).sort((x, y) => collator.compare(x.label, y.label));
    countryChoices.set(lang, list);
  }
  return list;
}

type Body = Readonly<Record<string, unknown>>;

/** Parses a question's answer from a form body; the errors name the input each belongs to. */
export function parseAnswer(q: Question, body: Body, answers: Answers, lang: Lang, today: string): { value: unknown } | { errors: FieldError[] } {
  const one = (field: string, message: string) => ({ errors: [{ field, message }] });
  const raw = body[q.id];
  switch (q.kind) {
    case 'choice': {
      const r = z.enum(q.options as [string, ...string[]]).safeParse(raw);
      return r.success ? { value: r.data } : one(q.id, t(lang, 'common.form.error.choose'));
    }
    case 'multi': {
      const list = raw === undefined ? [] : [raw].flat();
      const r = z.array(z.enum(q.options as [string, ...string[]])).safeParse(list);
      return r.success ? { value: [...new Set(r.data)] } : one(q.id, t(lang, 'common.form.error.choose'));
    }
    case 'country': {
      const r = countryCode.safeParse(raw);
      return r.success ? { value: r.data } : one(q.id, t(lang, 'common.form.error.country'));
    }
    case 'count': {
      const r = z.coerce
        .number()
        .int()
        .min(q.min)
        .max(q.max)
        .safeParse(typeof raw === 'string' ? raw.trim() || undefined : raw);
      return r.success ? { value: r.data } : one(q.id, t(lang, 'common.form.error.count', { min: q.min, max: q.max }));
    }
    case 'date': {
      const r = z.iso.date().safeParse(raw);
      if (!r.success) return one(q.id, t(lang, 'common.form.error.date'));
      if (q.notAfterToday && r.data > today) return one(q.id, t(lang, 'common.form.error.dateFuture'));
      return { value: r.data };
    }
    case 'dates': {
      const n = Number(answers[q.countFrom] ?? 1);
      const values: string[] = [];
      const errors: FieldError[] = [];
      for (let i = 0; i < Math.min(n, q.max); i++) {
        const r = z.iso.date().safeParse(body[`${q.id}-${i}`]);
        if (!r.success) errors.push({ field: `${q.id}-${i}`, message: t(lang, 'common.form.error.dateOfPerson', { n: i + 1 }) });
        else if (r.data > today) errors.push({ field: `${q.id}-${i}`, message: t(lang, 'common.form.error.dateFuture') });
        else values.push(r.data);
      }
      return errors.length > 0 ? { errors } : { value: values };
    }
  }
}

/** How an answer reads on the check page. */
export function describeAnswer(flow: Flow, q: Question, value: unknown, lang: Lang): string {
  switch (q.kind) {
    case 'choice':
      return optionLabel(lang, flow, q.id, String(value));
    case 'multi': {
      const list = value as string[];
      return list.length === 0 ? t(lang, 'common.form.none') : list.map((v) => msg(lang, flow, `${q.id}.${v}`)).join('; ');
    }
    case 'country':
      return countryName(lang, String(value));
    case 'count':
      return formatNumber(lang, Number(value));
    case 'date':
      return formatDate(lang, String(value));
    case 'dates':
      return (value as string[]).map((d) => formatDate(lang, d)).join('; ');
  }
}

function questionBody(flow: Flow, q: Question, ctx: PageContext, answers: Answers, form: Body | undefined, errors: readonly FieldError[]): Html {
  const lang = ctx.lang;
  const title = msg(lang, flow, `${q.id}.title`);
  const hint = optionalMsg(lang, flow, `${q.id}.hint`);
  const error = errors.find((e) => e.field === q.id);
  const current = form ? form[q.id] : answers[q.id];
  const h1 = html`<h1 class="ds-heading" data-size="lg">${title}</h1>`;
  switch (q.kind) {
    case 'choice':
    case 'multi':
      return choiceFieldset({
        name: q.id,
        legend: h1,
        ...(hint ? { hint } : {}),
        multiple: q.kind === 'multi',
        choices: q.options.map((o) => {
          const optionHint = optionalMsg(lang, flow, `${q.id}.${o}.hint`);
          return { value: o, label: optionLabel(lang, flow, q.id, o), ...(optionHint ? { hint: optionHint } : {}) };
        }),
        checked: current === undefined ? [] : [current].flat().map(String),
        ...(error ? { error } : {}),
      });
    case 'country':
      return selectField({
        id: q.id,
        label: h1,
        ...(hint ? { hint } : {}),
        choices: countriesIn(lang),
        value: String(current ?? ''),
        placeholder: t(lang, 'common.form.chooseCountry'),
        ...(error ? { error } : {}),
      });
    case 'count':
      return inputField({
        id: q.id,
        label: h1,
        ...(hint ? { hint } : {}),
        type: 'number',
        value: String(current ?? ''),
        attrs: html` min="${q.min}" max="${q.max}"`,
        ...(error ? { error } : {}),
      });
    case 'date':
      return inputField({ id: q.id, label: h1, ...(hint ? { hint } : {}), type: 'date', value: String(current ?? ''), ...(error ? { error } : {}) });
    case 'dates': {
      const n = Math.min(Number(answers[q.countFrom] ?? 1), q.max);
      const given = (i: number) => (form ? form[`${q.id}-${i}`] : (answers[q.id] as string[] | undefined)?.[i]) ?? '';
      return html`${h1}${hint ? html`<p class="ds-paragraph retur-hint">${hint}</p>` : ''}
${Array.from({ length: n }, (_, i) => {
  const e = errors.find((x) => x.field === `${q.id}-${i}`);
  return inputField({
    id: `${q.id}-${i}`,
    label: html`${t(lang, 'common.form.person', { n: i + 1 })}`,
    type: 'date',
    value: String(given(i)),
    ...(e ? { error: e } : {}),
  });
})}`;
    }
  }
}

function questionPage(flow: Flow, q: Question, ctx: PageContext, answers: Answers, form?: Body, errors: readonly FieldError[] = []): string {
  const { path } = pathOf(flow, answers);
  const index = path.indexOf(q.id);
  const previous = index > 0 ? `${flow.base}/${path[index - 1]}` : '/';
  const title = msg(ctx.lang, flow, `${q.id}.title`);
  const body = html`${backLink(previous, ctx.lang)}
${errorSummary(ctx.lang, errors)}
<form method="post" action="${flow.base}/${q.id}" novalidate class="retur-question">
${csrfField(ctx)}
${questionBody(flow, q, ctx, answers, form, errors)}
<button class="ds-button" type="submit">${t(ctx.lang, 'common.form.continue')}</button>
</form>`;
  return page({ title: errors.length > 0 ? `${t(ctx.lang, 'common.form.errorPrefix')} ${title}` : title, body, ctx });
}

function checkPage(flow: Flow, ctx: PageContext, answers: Answers): string {
  const lang = ctx.lang;
  const { path } = pathOf(flow, answers);
  const title = t(lang, 'common.form.checkTitle');
  const body = html`${backLink(`${flow.base}/${path.at(-1)}`, lang)}
<h1 class="ds-heading" data-size="lg">${title}</h1>
<dl class="retur-summary">
${path.map((id) => {
  const q = questionOf(flow, id)!;
  return html`<div class="retur-summary__row"><dt>${msg(lang, flow, `${id}.title`)}</dt><dd>${describeAnswer(flow, q, answers[id], lang)}</dd><dd><a class="ds-link" href="${flow.base}/${id}">${t(lang, 'common.form.change')}<span class="ds-sr-only"> – ${msg(lang, flow, `${id}.title`)}</span></a></dd></div>`;
})}
</dl>
<p><a class="ds-button" href="${flow.base}/result">${t(lang, 'common.form.seeResult')}</a></p>`;
  return page({ title, body, ctx });
}

/** The page a flow answers with when a request is refused: the form expired (CSRF), say. */
export function expiredPage(ctx: PageContext, back: string): string {
  const title = t(ctx.lang, 'common.error.csrf.title');
  return page({
    title,
    ctx,
    body: html`<h1 class="ds-heading" data-size="lg">${title}</h1><p class="ds-paragraph">${t(ctx.lang, 'common.error.csrf.body')}</p><p><a class="ds-link" href="${back}">${t(ctx.lang, 'common.form.back')}</a></p>`,
  });
}

const HTML = 'text/html; charset=utf-8';
// Sent as bytes: Fastify would otherwise measure the string's UTF-8 length and then encode it, two passes over it.
const send = (reply: FastifyReply, markup: string | Buffer, status = 200) =>
  reply
    .code(status)
    .type(HTML)
    .header('cache-control', 'no-store')
    .send(typeof markup === 'string' ? Buffer.from(markup) : markup);

export interface FlowOptions {
  readonly store: WebSessionStore;
  /** Public POSTs allowed per address per minute. */
  readonly rateLimit: { readonly max: number; readonly timeWindow: string };
  /** Today in Oslo (tests fix it). */
  readonly today?: () => string;
}

/** Where a kept result page has the session's CSRF token (its "start again" form): a string escaping leaves alone. */
const CSRF_MARK = 'retur-result-csrf-5d1e';
const RESULTS_MAX = 1_000;

/**
 * A flow's result pages, kept. A result is a pure function of the language, the answers on the person's path
 * and the day (the rule sets and the catalogues do not change while the server runs) but for the session's
 * CSRF token in its "start again" form: it is worked out once (the rule set asked, every reason said and its
 * sources quoted), encoded, and kept in pieces around the token, up to RESULTS_MAX results, then the store
 * starts again. A reload, a change of language and back, and everyone who answered alike get it without the
 * work; the page's shell is kept the same way (layout.ts, pageShell).
 */
function resultStore(flow: Flow) {
  const kept = new Map<string, { title: string; parts: Buffer[] }>();
  return {
    bytes(ctx: PageContext, answers: Answers, today: string): Buffer {
      const key = `${ctx.lang}\u0000${today}\u0000${JSON.stringify(answers)}`;
      let result = kept.get(key);
      if (result === undefined) {
        const { title, body } = flow.result({ ...ctx, csrf: CSRF_MARK }, answers, today);
        result = { title, parts: body.value.split(CSRF_MARK).map((part) => Buffer.from(part)) };
        if (kept.size >= RESULTS_MAX) kept.clear();
        kept.set(key, result);
      }
      const csrf = Buffer.from(ctx.csrf);
      const body = result.parts.flatMap((part, i) => (i === 0 ? [part] : [csrf, part]));
      const shell = pageShell(ctx, result.title);
      if (shell === null) return Buffer.from(page({ title: result.title, body: raw(Buffer.concat(body).toString()), ctx }));
      return Buffer.concat([shell.head, csrf, shell.middle, ...body, shell.tail]);
    },
  };
}

export function registerFlow(app: FastifyInstance, flow: Flow, options: FlowOptions): void {
  const today = options.today ?? (() => osloToday());
  const results = resultStore(flow);
  const answersOf = async (session: { get<T>(name: string): Promise<T | undefined> }) => (await session.get<Answers>(flow.name)) ?? {};
  const goTo = (reply: FastifyReply, answers: Answers) => {
    const { unanswered } = pathOf(flow, answers);
    return reply
      .code(303)
      .header('cache-control', 'no-store')
      .redirect(`${flow.base}/${unanswered ?? CHECK}`);
  };

  app.get(flow.base, { schema: { hide: true } }, async (request, reply) => {
    const { session } = webRequest(request, reply, options.store);
    const { unanswered } = pathOf(flow, await answersOf(session));
    return reply.code(303).redirect(`${flow.base}/${unanswered ?? CHECK}`);
  });

  app.get(`${flow.base}/${CHECK}`, { schema: { hide: true } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, options.store);
    const answers = await answersOf(session);
    if (pathOf(flow, answers).unanswered !== undefined) return goTo(reply, answers);
    return send(reply, checkPage(flow, ctx, answers));
  });

  app.get(`${flow.base}/result`, { schema: { hide: true } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, options.store);
    const answers = await answersOf(session);
    if (pathOf(flow, answers).unanswered !== undefined) return goTo(reply, answers);
    return send(reply, results.bytes(ctx, relevantAnswers(flow, answers), today()));
  });

  app.post(`${flow.base}/restart`, { schema: { hide: true }, config: { rateLimit: options.rateLimit } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, options.store);
    if (!session.checkCsrf((request.body as Body | undefined)?._csrf)) return send(reply, expiredPage(ctx, flow.base), 400);
    await session.set(flow.name, {});
    return reply.code(303).redirect(`${flow.base}/${flow.first}`);
  });

  app.get(`${flow.base}/:question`, { schema: { hide: true } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, options.store);
    const q = questionOf(flow, (request.params as { question: string }).question);
    if (!q) return reply.callNotFound();
    const answers = await answersOf(session);
    // Only a question on the person's path: one that earlier answers skip, or one further on, is not asked.
    if (!pathOf(flow, answers).path.includes(q.id)) return goTo(reply, answers);
    return send(reply, questionPage(flow, q, ctx, answers));
  });

  app.post(`${flow.base}/:question`, { schema: { hide: true }, config: { rateLimit: options.rateLimit } }, async (request, reply) => {
    const { ctx, session } = webRequest(request, reply, options.store);
    const q = questionOf(flow, (request.params as { question: string }).question);
    if (!q) return reply.callNotFound();
    const body = (request.body ?? {}) as Body;
    if (!session.checkCsrf(body._csrf)) return send(reply, expiredPage(ctx, `${flow.base}/${q.id}`), 400);
    const answers = await answersOf(session);
    if (!pathOf(flow, answers).path.includes(q.id)) return goTo(reply, answers);
    const parsed = parseAnswer(q, body, answers, ctx.lang, today());
    if ('errors' in parsed) return send(reply, questionPage(flow, q, ctx, answers, body, parsed.errors), 400);
    const next = { ...answers, [q.id]: parsed.value };
    // A changed count changes how many dates the next question asks: those dates are asked again.
    for (const other of flow.questions) if (other.kind === 'dates' && other.countFrom === q.id && answers[q.id] !== parsed.value) delete next[other.id];
    await session.set(flow.name, next);
    return goTo(reply, next);
  });
}
