/**
 * The case page: the household, the decision, where each process stands, what the rules said and the trace
 * behind it (the rules that decided, the sentences they implement, the dated values read), what happened,
 * documents, debt and entry bans, and the actions the caller may take now, each as a form that carries the
 * case's version (a form based on an older version is refused, never merged). Everything shown is the
 * caller's view of the case (src/cases/access.ts); the page only renders it.
 */
import type { EventView } from '../../cases/access.ts';
import type { CaseDoc, RecordedRuleAnswer } from '../../cases/model.ts';
import { lettersFor } from '../../cases/letters.ts';
import { letterLinks } from '../letters/letter-page.ts';
import { processIds, stateOf, type AnyAction } from '../../cases/process.ts';
import { countryName, formatNok, translateKey, hasMessage, t } from '../../i18n/format.ts';
import type { ConsoleLang } from '../../i18n/types.ts';
import { html, type Html } from '../html.ts';
import { errorSummary } from '../forms.ts';
import { fieldId, renderFields } from './form-html.ts';
import { c } from './i18n.ts';
import { processDiagram } from './diagram.ts';
import { fieldsOf, type FormBody } from './schema-form.ts';
import { consolePage, shortDate, type Viewer } from './shell.ts';

/** An event of the caller's view of the log (access.ts, eventsFor), with the writer's name when the role is shown who wrote it. */
export interface CaseEvent extends EventView {
  readonly who?: string;
}

export interface CasePageData {
  readonly doc: CaseDoc;
  readonly version: number | string;
  /** The purpose of the read, carried into the forms so that the page after an action records it too. */
  readonly why: string;
  /** The events the caller's view shows, or null when the role does not read the log. */
  readonly events: readonly CaseEvent[] | null;
  /** The actions the caller may take now. */
  readonly actions: readonly AnyAction[];
  /** Accounts a link action chooses among. */
  readonly accounts: readonly { readonly id: string; readonly label: string }[];
  /** An alert at the top: saved, stale, refused. */
  readonly notice?: { readonly kind: 'success' | 'warning' | 'danger'; readonly text: string };
  /** The form that was sent, with its values and errors, when it is shown again. */
  readonly failed?: { readonly action: string; readonly values: FormBody; readonly errors: ReadonlyMap<string, string> };
  /** Told once: the person's secret after an application made here. */
  readonly revealed?: Readonly<Record<string, string>>;
}

const dl = (rows: readonly (readonly [string, Html | string])[]) =>
  html`<dl class="retur-facts">${rows.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>`;

/**
 * The key of a rule message as staff read it: `rules.X` (written to the person, "You can apply…") is
 * `console.rule.X` (about the person, "The person may apply…"), when the console has it.
 */
export function staffKey(lang: ConsoleLang, key: string): string {
  if (!key.startsWith('rules.')) return key;
  const staff = `console.rule.${key.slice('rules.'.length)}`;
  return hasMessage(lang, staff) ? staff : key;
}

/** A reason of a rule set's answer in the staff's wording: a message key with parameters, or (older answers) English and bokmål text. */
export function reasonText(lang: ConsoleLang, reason: Readonly<Record<string, unknown>>): string {
  const key = reason['key'];
  if (typeof key === 'string' && hasMessage(lang, key))
    return translateKey(lang, staffKey(lang, key), (reason['params'] ?? {}) as Record<string, string | number>);
  const text = lang === 'en' ? reason['en'] : reason['nb'];
  return typeof text === 'string' ? text : String(reason['rule'] ?? '');
}

/** The language a reason's text is in, when it is not the page's (nynorsk pages show bokmål text of older answers). */
function reasonLang(lang: ConsoleLang, reason: Readonly<Record<string, unknown>>): string | undefined {
  if (typeof reason['key'] === 'string' && hasMessage(lang, reason['key'])) return undefined;
  return lang === 'nn' ? 'nb' : undefined;
}

function quote(source: Readonly<Record<string, unknown>>): Html {
  return html`<blockquote class="retur-quote" lang="en"><p>“${String(source['quote'] ?? '')}”</p><footer>${String(source['document'] ?? '')}</footer></blockquote>`;
}

function traceHtml(lang: ConsoleLang, trace: Readonly<Record<string, unknown>>): Html {
  const steps = (trace['steps'] ?? []) as readonly Readonly<Record<string, unknown>>[];
  const parameters = (trace['parameters'] ?? []) as readonly Readonly<Record<string, unknown>>[];
  const definitionSteps = steps.filter((s) => s['kind'] === 'definition');
  return html`<details class="ds-details retur-trace"><summary>${c(lang, 'case.rules.trace')}</summary>
${definitionSteps.map((step) => {
  const rules = ((step['rules'] ?? []) as readonly Readonly<Record<string, unknown>>[]).filter((r) => r['applied'] === true);
  return html`<h4 class="ds-heading" data-size="2xs"><code>${String(step['id'])}</code>${step['subject'] ? html` (${String(step['subject'])})` : ''}: <code>${String(step['value'])}</code></h4>
<ul class="ds-list">${rules.map(
    (rule) =>
      html`<li><code>${String(rule['rule'])}</code> — ${rule['decisive'] === true ? c(lang, 'case.rules.decided') : c(lang, 'case.rules.setAside')}${((rule['source'] ?? []) as readonly Readonly<Record<string, unknown>>[]).map(quote)}</li>`,
  )}</ul>`;
})}
${
  parameters.length === 0
    ? html``
    : html`<h4 class="ds-heading" data-size="2xs">${c(lang, 'case.rules.values')}</h4><ul class="ds-list">${parameters.map(
        (p) =>
          html`<li><code>${String(p['parameter'])}</code> = <code>${JSON.stringify(p['value'])}</code>, ${c(lang, 'case.rules.inForceFrom', { date: shortDate(lang, String(p['inForceFrom'])) })}${quote((p['source'] ?? {}) as Readonly<Record<string, unknown>>)}</li>`,
      )}</ul>`
}
</details>`;
}

/** The trace a recorded answer rests on, from the event that holds it (when the caller reads the log). */
function traceOf(answer: RecordedRuleAnswer, events: readonly CaseEvent[] | null): Readonly<Record<string, unknown>> | null {
  const event = events?.find((e) => e.sequence === answer.traceInEvent);
  if (!event) return null;
  if (event.payload === null || typeof event.payload !== 'object') return null;
  for (const value of Object.values(event.payload)) {
    if (value !== null && typeof value === 'object' && (value as Record<string, unknown>)['ruleSet'] === answer.ruleSet) {
      const trace = (value as Record<string, unknown>)['trace'];
      if (trace !== null && typeof trace === 'object') return trace as Record<string, unknown>;
    }
  }
  return null;
}

/** The gist of a rule set's answer: its outcome, category or status in words, or the support in kroner. */
function outcomeText(lang: ConsoleLang, answer: Readonly<Record<string, unknown>>): string {
  const word = answer['outcome'] ?? answer['category'];
  if (typeof word === 'string' && hasMessage(lang, `console.outcome.${word}`)) return c(lang, `outcome.${word}`);
  if (typeof answer['total'] === 'number') return c(lang, 'outcome.support', { amount: formatNok(lang, answer['total']) });
  const status = answer['status'] ?? word;
  return typeof status === 'string' && hasMessage(lang, `console.state.${status}`) ? c(lang, `state.${status}`) : String(status ?? '');
}

function ruleAnswers(lang: ConsoleLang, doc: CaseDoc, events: readonly CaseEvent[] | null): Html {
  const answers: { title: string; answer: RecordedRuleAnswer }[] = [];
  if (doc.assistedReturn.eligibility) answers.push({ title: c(lang, 'process.assisted-return'), answer: doc.assistedReturn.eligibility });
  if (doc.assistedReturn.support) answers.push({ title: c(lang, 'process.assisted-return'), answer: doc.assistedReturn.support });
  if (doc.forcedReturn.executed?.category) answers.push({ title: c(lang, 'process.forced-return'), answer: doc.forcedReturn.executed.category });
  for (const check of doc.reEntryChecks) answers.push({ title: c(lang, 'action.re-entry.check'), answer: check.answer });
  if (answers.length === 0) return html``;
  return html`<section aria-labelledby="rules-h"><h2 class="ds-heading" data-size="md" id="rules-h">${c(lang, 'case.rules')}</h2>
${answers.map(({ title, answer }) => {
  const reasons = (answer.answer['reasons'] ?? []) as readonly Readonly<Record<string, unknown>>[];
  const trace = traceOf(answer, events);
  return html`<article class="ds-card retur-answer"><h3 class="ds-heading" data-size="sm">${title}: <code>${answer.ruleSet}</code></h3>
<p class="ds-paragraph">${c(lang, 'case.rules.answer')}: <strong>${outcomeText(lang, answer.answer)}</strong></p>
<ul class="ds-list">${reasons.map((r) => html`<li${reasonLang(lang, r) ? html` lang="${reasonLang(lang, r)}"` : html``}>${reasonText(lang, r)}</li>`)}</ul>
${trace ? traceHtml(lang, trace) : html``}</article>`;
})}</section>`;
}

function household(lang: ConsoleLang, doc: CaseDoc): Html {
  return html`<section aria-labelledby="household-h"><h2 class="ds-heading" data-size="md" id="household-h">${c(lang, 'case.household')}</h2>
<div class="retur-table-scroll"><table class="ds-table retur-table"><thead><tr><th scope="col">${c(lang, 'case.person.name')}</th><th scope="col">${c(lang, 'case.person.born')}</th><th scope="col">${c(lang, 'case.person.citizenship')}</th><th scope="col">${c(lang, 'case.person.role')}</th></tr></thead>
<tbody>${doc.household.map(
    (p) =>
      html`<tr><th scope="row">${p.name}</th><td>${shortDate(lang, p.dateOfBirth)}</td><td>${p.citizenships.map((code) => countryName(lang, code)).join(', ')}</td><td>${
        p.unaccompaniedMinor ? c(lang, 'case.person.unaccompanied') : c(lang, p.role === 'adult' ? 'case.person.adult' : 'case.person.child')
      }</td></tr>`,
  )}</tbody></table></div></section>`;
}

function processes(lang: ConsoleLang, doc: CaseDoc): Html {
  return html`<section aria-labelledby="processes-h"><h2 class="ds-heading" data-size="md" id="processes-h">${c(lang, 'case.processes')}</h2>
${dl(processIds.map((process) => [c(lang, `process.${process}`), c(lang, `state.${stateOf(doc, process)}`)] as const))}
<div class="retur-diagrams">${processIds.map((process) => {
    const name = c(lang, `process.${process}`);
    return html`<details class="ds-details retur-diagram"><summary>${c(lang, 'diagram.show', { process: name })}</summary>
<div class="retur-diagram__scroll" tabindex="0" role="group" aria-label="${c(lang, 'diagram.show', { process: name })}">${processDiagram(process, stateOf(doc, process), lang, `d-${process}`)}</div></details>`;
  })}</div></section>`;
}

function timeline(lang: ConsoleLang, events: readonly CaseEvent[] | null): Html {
  return html`<section aria-labelledby="timeline-h"><h2 class="ds-heading" data-size="md" id="timeline-h">${c(lang, 'case.timeline')}</h2>
${
  events === null
    ? html`<p class="ds-paragraph">${c(lang, 'case.timeline.none')}</p>`
    : html`<ol class="retur-timeline">${events.map(
        (e) =>
          html`<li><time datetime="${e.occurredAt}">${shortDate(lang, e.occurredAt)}</time> — ${hasMessage(lang, `console.action.${e.type}`) ? c(lang, `action.${e.type}`) : e.type} (${e.who === undefined ? '' : `${e.who}, `}${hasMessage(lang, `console.role.${e.role}`) ? c(lang, `role.${e.role}`) : e.role})</li>`,
      )}</ol>`
}</section>`;
}

function documents(lang: ConsoleLang, doc: CaseDoc): Html {
  const nameOf = (id: string | null) => (id === null ? c(lang, 'field.household') : (doc.household.find((p) => p.id === id)?.name ?? ''));
  return html`<section aria-labelledby="documents-h"><h2 class="ds-heading" data-size="md" id="documents-h">${c(lang, 'case.documents')}</h2>
${
  doc.documents.length === 0
    ? html`<p class="ds-paragraph">${c(lang, 'case.documents.none')}</p>`
    : html`<ul class="ds-list">${doc.documents.map(
        (d) =>
          html`<li>${c(lang, `option.${d.kind}`)} — ${nameOf(d.personId)} — ${c(lang, `option.${d.status}`)}${d.receivedOn ? html`, ${shortDate(lang, d.receivedOn)}` : ''}${
            d.file ? html` — <a class="ds-link" href="/api/v1/cases/${doc.id}/documents/${d.id}/content">${d.file.mediaType}</a>` : ''
          }</li>`,
      )}</ul>`
}</section>`;
}

function debtAndBans(lang: ConsoleLang, doc: CaseDoc): Html {
  const years = (length: number | 'permanent') => (length === 'permanent' ? c(lang, 'case.bans.permanent') : c(lang, 'case.bans.years', { n: length }));
  return html`<section aria-labelledby="debt-h"><h2 class="ds-heading" data-size="md" id="debt-h">${c(lang, 'case.debt')}</h2>
${
  doc.debt.costs.length === 0 && doc.debt.balance === 0
    ? html`<p class="ds-paragraph">${c(lang, 'case.debt.none')}</p>`
    : dl([
        [c(lang, 'case.debt.balance'), formatNok(lang, doc.debt.balance)],
        ...doc.debt.costs.map((cost) => [shortDate(lang, cost.on), formatNok(lang, cost.amount)] as const),
        ...doc.debt.repayments.map((r) => [shortDate(lang, r.on), `− ${formatNok(lang, r.amount)}`] as const),
      ])
}</section>
<section aria-labelledby="bans-h"><h2 class="ds-heading" data-size="md" id="bans-h">${c(lang, 'case.bans')}</h2>
${
  doc.entryBans.length === 0
    ? html`<p class="ds-paragraph">${c(lang, 'case.bans.none')}</p>`
    : html`<ul class="ds-list">${doc.entryBans.map(
        (b) =>
          html`<li>${c(lang, 'case.bans.row', {
            length: years(b.length),
            scope: c(lang, `option.${b.scope}`),
            from: b.from === null ? c(lang, 'case.bans.notStarted') : shortDate(lang, b.from),
            until: b.until === null ? (b.length === 'permanent' ? c(lang, 'case.bans.permanent') : c(lang, 'case.bans.notStarted')) : shortDate(lang, b.until),
          })}</li>`,
      )}</ul>`
}</section>`;
}

/** The prefix of the ids of an action form's fields (one page holds several forms). */
const actionIdPrefix = (actionId: string) => `a-${actionId.replace(/\./g, '-')}`;

function actionForms(viewer: Viewer, data: CasePageData): Html {
  const { lang } = viewer;
  const { doc } = data;
  const people = doc.household.map((p) => ({ id: p.id, name: p.name }));
  return html`<section aria-labelledby="actions-h"><h2 class="ds-heading" data-size="md" id="actions-h">${c(lang, 'case.actions')}</h2>
${
  data.actions.length === 0
    ? html`<p class="ds-paragraph">${c(lang, 'case.actions.none')}</p>`
    : data.actions.map((action) => {
        const failed = data.failed?.action === action.id ? data.failed : undefined;
        const idPrefix = actionIdPrefix(action.id);
        const ctx = { lang, idPrefix, people, accounts: data.accounts, values: failed?.values ?? {}, errors: failed?.errors ?? new Map<string, string>() };
        return html`<details class="ds-details retur-action"${failed ? html` open` : html``}><summary>${c(lang, `action.${action.id}`)}</summary>
<form method="post" action="/console/cases/${doc.id}/actions/${action.id}" novalidate>
<input type="hidden" name="_csrf" value="${viewer.csrfToken ?? ''}"><input type="hidden" name="_version" value="${String(data.version)}"><input type="hidden" name="_why" value="${data.why}">
${renderFields(fieldsOf(action.input), ctx)}
<button class="ds-button" type="submit">${c(lang, `action.${action.id}`)}</button></form></details>`;
      })
}</section>`;
}

export function renderCasePage(viewer: Viewer, data: CasePageData): string {
  const { lang } = viewer;
  const { doc } = data;
  const notice = data.notice
    ? html`<div class="ds-alert" data-color="${data.notice.kind}" role="${data.notice.kind === 'success' ? 'status' : 'alert'}"><p class="ds-paragraph">${data.notice.text}</p></div>`
    : html``;
  const revealed = data.revealed?.['secret']
    ? html`<div class="ds-alert" data-color="info" role="status"><p class="ds-paragraph">${c(lang, 'case.revealed', { secret: data.revealed['secret'] })}</p></div>`
    : html``;
  // The GOV.UK pattern: the summary first in <main>, each error a link to its field in the form that was sent.
  const failed = data.failed;
  const errors = failed ? [...failed.errors].map(([name, message]) => ({ field: fieldId({ idPrefix: actionIdPrefix(failed.action) }, name), message })) : [];
  const body = html`${errorSummary(lang, errors)}<h1 class="ds-heading" data-size="lg">${c(lang, 'case.title', { reference: doc.reference })}</h1>
${notice}${revealed}
<section aria-labelledby="decision-h"><h2 class="ds-heading" data-size="md" id="decision-h">${c(lang, 'case.decision')}</h2>
${dl([
  [c(lang, 'case.decision.kind'), c(lang, `decision.${doc.decision.kind}`)],
  [c(lang, 'case.decision.by'), c(lang, `authority.${doc.decision.authority}`)],
  [c(lang, 'case.decision.date'), shortDate(lang, doc.decision.date)],
  [c(lang, 'case.decision.deadline'), doc.decision.departureDeadline === null ? c(lang, 'noDeadline') : shortDate(lang, doc.decision.departureDeadline)],
  [c(lang, 'case.decision.expelled'), c(lang, doc.decision.expelled || doc.decision.kind === 'expelled' ? 'yes' : 'no')],
])}</section>
${household(lang, doc)}
${letterLinks(lang, lettersFor(doc), (kind) => `/console/cases/${doc.id}/letters/${kind}?why=${encodeURIComponent(data.why)}`, 'letters-h')}
${processes(lang, doc)}
${actionForms(viewer, data)}
${ruleAnswers(lang, doc, data.events)}
${documents(lang, doc)}
${debtAndBans(lang, doc)}
${timeline(lang, data.events)}`;
  const title = c(lang, 'case.title', { reference: doc.reference });
  return consolePage(viewer, { title: errors.length > 0 ? `${t(lang, 'common.form.errorPrefix')} ${title}` : title, body });
}

/** The page that asks why a case is opened, before it is read (the read is audited with the answer). */
export const purposes = ['case-work', 'decision', 'planning', 'border-check', 'debt', 'inquiry'] as const;

export function renderPurposePage(viewer: Viewer, caseId: string, action = `/console/cases/${caseId}`): string {
  const { lang } = viewer;
  const title = c(lang, 'purpose.submit');
  const body = html`<h1 class="ds-heading" data-size="lg">${title}</h1>
<p class="ds-paragraph">${c(lang, 'purpose.intro')}</p>
<form method="get" action="${action}"><fieldset class="ds-fieldset"><legend class="ds-label">${c(lang, 'purpose.label')}</legend>
${purposes.map(
  (p, i) =>
    html`<div class="ds-field"><input class="ds-input" type="radio" name="why" id="why-${p}" value="${p}"${i === 0 ? html` checked` : html``}><label class="ds-label" data-weight="regular" for="why-${p}">${c(lang, `purpose.${p}`)}</label></div>`,
)}</fieldset>
<button class="ds-button" type="submit">${title}</button></form>`;
  return consolePage(viewer, { title, body });
}
