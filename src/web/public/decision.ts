/**
 * "I have a decision — what now?" as a flow: the kind of decision, its date, the deadline, and what applies to
 * that kind (an expulsion with a revocation, a new application, an appeal and deferred implementation); the
 * result is the departure-situation rule set's answer (src/rules/departure/situation.ts): the status, days
 * left, the area to leave, what happens if the person does not leave, the options, the entry-ban note,
 * documents and the National Registry, each with its source.
 */
import { formatDate, t, translateKey } from '../../i18n/format.ts';
import { departureDecisions, departureSituationInput, departureSituationRuleSet } from '../../rules/departure/situation.ts';
import type { DepartureNote } from '../../rules/departure/situation.notes.ts';
import { csrfField } from '../forms.ts';
import { CHECK, type Answers, type Flow } from '../flow.ts';
import { html, type Html } from '../html.ts';
import type { Lang } from '../../i18n/languages.ts';
import { ruleHtml, sourcesHtml } from '../rule-text.ts';

const YES_NO = ['yes', 'no'] as const;
const revoked = (a: Answers) => a.kind === 'permit-revoked' || a.kind === 'citizenship-revoked';
/** The last question: a residence permit in another Schengen country changes the area to leave, except for a Dublin transfer. */
const last = (a: Answers) => (a.kind === 'dublin-transfer' ? CHECK : 'schengenPermit');
const afterDeadline = (a: Answers) => (revoked(a) ? 'expelled' : a.kind === 'staying-without-permission' ? last(a) : 'appeal');

function notes(lang: Lang, id: string, heading: string, list: readonly DepartureNote[]): Html {
  if (list.length === 0) return html``;
  return html`<section aria-labelledby="${id}"><h2 class="ds-heading" data-size="sm" id="${id}">${heading}</h2>
<ul class="ds-list">${list.map((n) => html`<li><p class="ds-paragraph">${ruleHtml(lang, n)}</p>${sourcesHtml(t(lang, 'public.result.source'), n.source)}</li>`)}</ul></section>`;
}

export const decisionFlow: Flow = {
  name: 'decision',
  base: '/what-now',
  first: 'kind',
  questions: [
    { id: 'kind', kind: 'choice', options: departureDecisions, next: () => 'decisionDate' },
    { id: 'decisionDate', kind: 'date', notAfterToday: true, next: () => 'hasDeadline' },
    { id: 'hasDeadline', kind: 'choice', options: YES_NO, next: (a) => (a.hasDeadline === 'yes' ? 'deadline' : afterDeadline(a)) },
    { id: 'deadline', kind: 'date', next: afterDeadline },
    { id: 'expelled', kind: 'choice', options: YES_NO, next: () => 'newApplication' },
    { id: 'newApplication', kind: 'choice', options: YES_NO, next: last },
    { id: 'appeal', kind: 'choice', options: ['none', 'pending', 'decided'], next: (a) => (a.appeal === 'none' ? last(a) : 'deferred') },
    { id: 'deferred', kind: 'choice', options: ['not-requested', 'pending', 'granted', 'denied'], next: last },
    { id: 'schengenPermit', kind: 'choice', options: YES_NO, next: () => CHECK },
  ],
  result: (ctx, a, today) => {
    const lang = ctx.lang;
    const input = departureSituationInput.parse({
      assessmentDate: today,
      decision: a.kind,
      decisionDate: a.decisionDate,
      departureDeadline: a.hasDeadline === 'yes' ? a.deadline : null,
      expelled: a.expelled === 'yes',
      newApplicationPending: a.newApplication === 'yes',
      ...(a.appeal ? { appeal: a.appeal } : {}),
      ...(a.deferred ? { deferredImplementation: a.deferred } : {}),
      residencePermitInOtherSchengenCountry: a.schengenPermit === 'yes',
    });
    const s = departureSituationRuleSet.evaluate(input, { trace: false });
    const title = translateKey(lang, `public.decision.status.${s.status}`, { deadline: s.deadline ? formatDate(lang, s.deadline) : '' });
    const body = html`<h1 class="ds-heading" data-size="lg">${title}</h1>
${
  s.daysLeft !== null || s.area
    ? html`<div class="ds-alert" data-color="${s.deadlinePassed || s.status === 'must-leave-now' ? 'danger' : 'warning'}">
${s.daysLeft === null ? '' : html`<p class="ds-paragraph retur-amount">${t(lang, 'public.decision.daysLeft', { days: s.daysLeft })}</p>`}
${s.area ? html`<p class="ds-paragraph">${translateKey(lang, `public.decision.area.${s.area}`)}</p>` : ''}
</div>`
    : ''
}
${notes(lang, 'consequences', t(lang, 'public.decision.consequences'), s.consequences)}
${notes(lang, 'options', t(lang, 'public.decision.options'), s.options)}
${notes(lang, 'entry-ban', t(lang, 'public.decision.entryBan'), s.entryBanNote ? [s.entryBanNote] : [])}
${notes(lang, 'documents', t(lang, 'public.decision.documents'), s.documents)}
${notes(lang, 'registry', t(lang, 'public.decision.registry'), s.nationalRegistry?.notes ?? [])}
<section aria-labelledby="next"><h2 class="ds-heading" data-size="sm" id="next">${t(lang, 'public.result.next')}</h2>
<ul class="ds-list"><li><a class="ds-link" href="/check">${t(lang, 'public.start.checker.title')}</a></li><li><a class="ds-link" href="/support">${t(lang, 'public.start.calculator.title')}</a></li></ul></section>
<section aria-labelledby="why"><h2 class="ds-heading" data-size="sm" id="why">${t(lang, 'public.result.howWorkedOut')}</h2>
<ol class="ds-list retur-reasons">${s.reasons.map((r) => html`<li><p class="ds-paragraph">${ruleHtml(lang, r)}</p>${sourcesHtml(t(lang, 'public.result.source'), r.source)}</li>`)}</ol></section>
<form method="post" action="/what-now/restart">${csrfField(ctx)}<button class="ds-button" data-variant="secondary" type="submit">${t(lang, 'common.form.startAgain')}</button></form>`;
    return { title, body };
  },
};
