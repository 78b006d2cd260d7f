/**
 * The support calculator as a flow: whether the person has had a case with UDI, the deadline for leaving, the
 * citizenship and everyone travelling; the result is rule set 2's answer (src/rules/assisted-return/support.ts):
 * the amount for each person and in total, the days left before the rate drops, and — from the same rule
 * set asked again for the day after the deadline — what waiting would cost.
 */
import { addDays } from '../../rules/engine/dates.ts';
import { formatDate, formatNok, t } from '../../i18n/format.ts';
import { assistedReturnSupportRuleSet, supportInput } from '../../rules/assisted-return/support.ts';
import { csrfField } from '../forms.ts';
import { CHECK, type Answers, type Flow } from '../flow.ts';
import { html } from '../html.ts';
import { ruleHtml, sourcesHtml } from '../rule-text.ts';

const YES_NO = ['yes', 'no'] as const;

/** The answers as the rule set takes them, on a day of application. */
function inputOf(a: Answers, applicationDate: string) {
  return supportInput.parse({
    applicationDate,
    departureDeadline: a.hasDeadline === 'yes' ? a.deadline : null,
    registeredInNorway: a.registered === 'yes',
    citizenship: a.citizenship,
    travellers: (a.births as string[]).map((dateOfBirth) => ({ dateOfBirth })),
  });
}
const evaluate = (input: ReturnType<typeof inputOf>) => assistedReturnSupportRuleSet.evaluate(input, { trace: false });

export const calculatorFlow: Flow = {
  name: 'calculator',
  base: '/support',
  first: 'registered',
  questions: [
    { id: 'registered', kind: 'choice', options: YES_NO, next: (a) => (a.registered === 'yes' ? 'hasDeadline' : 'citizenship') },
    { id: 'hasDeadline', kind: 'choice', options: YES_NO, next: (a) => (a.hasDeadline === 'yes' ? 'deadline' : 'citizenship') },
    { id: 'deadline', kind: 'date', next: () => 'citizenship' },
    { id: 'citizenship', kind: 'country', next: () => 'people' },
    { id: 'people', kind: 'count', min: 1, max: 20, next: () => 'births' },
    { id: 'births', kind: 'dates', countFrom: 'people', max: 20, next: () => CHECK },
  ],
  result: (ctx, a, today) => {
    const lang = ctx.lang;
    const input = inputOf(a, today);
    const answer = evaluate(input);
    // What waiting costs: the same household applying the day after the last day of the higher rate. That day
    // is a calendar date after today, so every check of the input parsed for today holds for it too.
    const later = answer.rateDropsAfter === null ? null : evaluate({ ...input, applicationDate: addDays(answer.rateDropsAfter, 1) });
    const title = t(lang, 'public.calculator.result.title');
    const body = html`<h1 class="ds-heading" data-size="lg">${title}</h1>
<p class="retur-amount">${t(lang, 'public.calculator.total', { amount: formatNok(lang, answer.total) })}</p>
${
  later && answer.rateDropsAfter && later.total < answer.total
    ? html`<div class="ds-alert" data-color="warning"><p class="ds-paragraph"><strong>${t(lang, 'public.calculator.warning', { deadline: formatDate(lang, answer.rateDropsAfter), before: formatNok(lang, answer.total), after: formatNok(lang, later.total) })}</strong></p>${answer.daysLeftBeforeRateDrops === null ? '' : html`<p class="ds-paragraph">${t(lang, 'public.calculator.daysLeft', { days: answer.daysLeftBeforeRateDrops })}</p>`}</div>`
    : ''
}
<div class="retur-scroll" tabindex="0"><table class="ds-table retur-table" data-border>
<caption class="ds-sr-only">${title}</caption>
<thead><tr><th scope="col">${t(lang, 'public.calculator.table.person')}</th><th scope="col">${t(lang, 'public.calculator.table.what')}</th><th scope="col" class="retur-num">${t(lang, 'public.calculator.table.amount')}</th></tr></thead>
<tbody>${answer.lines.map((line) => html`<tr><th scope="row">${t(lang, 'public.calculator.personAge', { n: line.traveller + 1, age: line.age })}</th><td>${ruleHtml(lang, line.label)}</td><td class="retur-num">${formatNok(lang, line.amount)}</td></tr>`)}</tbody>
</table></div>
${answer.programmes.length > 0 ? html`<section aria-labelledby="programmes"><h2 class="ds-heading" data-size="sm" id="programmes">${t(lang, 'public.calculator.programmes')}</h2><ul class="ds-list">${answer.programmes.map((p) => html`<li><p class="ds-paragraph">${ruleHtml(lang, p.label)}</p>${sourcesHtml(t(lang, 'public.result.source'), [p.source])}</li>`)}</ul></section>` : ''}
<p class="ds-paragraph">${t(lang, 'public.calculator.note')}</p>
<section aria-labelledby="why"><h2 class="ds-heading" data-size="sm" id="why">${t(lang, 'public.result.howWorkedOut')}</h2>
<ol class="ds-list retur-reasons">${answer.reasons.map((r) => html`<li><p class="ds-paragraph">${ruleHtml(lang, r)}</p>${sourcesHtml(t(lang, 'public.result.source'), r.source)}</li>`)}</ol></section>
<form method="post" action="/support/restart">${csrfField(ctx)}<button class="ds-button" data-variant="secondary" type="submit">${t(lang, 'common.form.startAgain')}</button></form>`;
    return { title, body };
  },
};
