/**
 * "Can I get assisted return?" as a flow: the questions of rule set 1's input (src/rules/assisted-return/
 * eligibility.ts), asked one per page, only those that can matter given the earlier answers; the result is
 * the rule set's answer — outcome, each reason with the source sentence it rests on, conditions,
 * alternatives, warnings — never a decision of the page.
 */
import { t, translateKey } from '../../i18n/format.ts';
import { assistedReturnEligibilityInput, assistedReturnEligibilityRuleSet, vulnerabilities } from '../../rules/assisted-return/eligibility.ts';
import { csrfField } from '../forms.ts';
import { CHECK, type Answers, type Flow } from '../flow.ts';
import { html } from '../html.ts';
import { ruleHtml, sourcesHtml } from '../rule-text.ts';

const YES_NO = ['yes', 'no'] as const;
const yes = (a: Answers, id: string) => a[id] === 'yes';
const claimed = (a: Answers) => a.protection === 'pending' || a.protection === 'rejected' || a.protection === 'withdrawn';
const rejected = (a: Answers) => a.protection === 'rejected' || a.protection === 'withdrawn' || a.residenceApplication === 'rejected';

export const checkerFlow: Flow = {
  name: 'checker',
  base: '/check',
  first: 'residence',
  questions: [
    { id: 'residence', kind: 'choice', options: YES_NO, next: (a) => (yes(a, 'residence') ? 'until18' : 'protection') },
    { id: 'until18', kind: 'choice', options: YES_NO, next: () => 'trafficking' },
    {
      id: 'protection',
      kind: 'choice',
      options: ['none', 'pending', 'rejected', 'withdrawn', 'granted'],
      next: (a) => (claimed(a) ? 'dublin' : 'residenceApplication'),
    },
    { id: 'dublin', kind: 'choice', options: YES_NO, next: () => 'residenceApplication' },
    {
      id: 'residenceApplication',
      kind: 'choice',
      options: ['none', 'pending', 'rejected', 'granted'],
      next: (a) => (a.protection === 'none' && a.residenceApplication === 'none' ? 'registered' : 'permitEnded'),
    },
    { id: 'registered', kind: 'choice', options: YES_NO, next: () => 'permitEnded' },
    { id: 'permitEnded', kind: 'choice', options: YES_NO, next: (a) => (rejected(a) ? 'otherEea' : claimed(a) ? 'fortyEight' : 'trafficking') },
    { id: 'otherEea', kind: 'choice', options: YES_NO, next: (a) => (claimed(a) ? 'fortyEight' : 'trafficking') },
    { id: 'fortyEight', kind: 'choice', options: YES_NO, next: () => 'minor' },
    { id: 'minor', kind: 'choice', options: YES_NO, next: () => 'trafficking' },
    { id: 'trafficking', kind: 'choice', options: YES_NO, next: () => 'previousSupport' },
    {
      id: 'previousSupport',
      kind: 'choice',
      options: YES_NO,
      next: (a) => (yes(a, 'previousSupport') ? 'dublinCountry' : a.residence === 'no' && a.protection === 'none' ? 'vulnerable' : 'citizenship'),
    },
    { id: 'dublinCountry', kind: 'choice', options: YES_NO, next: (a) => (a.residence === 'no' && a.protection === 'none' ? 'vulnerable' : 'citizenship') },
    { id: 'vulnerable', kind: 'multi', options: vulnerabilities, next: () => 'citizenship' },
    { id: 'citizenship', kind: 'country', next: () => CHECK },
  ],
  result: (ctx, a, today) => {
    const lang = ctx.lang;
    // The answers as the rule set takes them; a question not asked is the schema's default.
    const input = assistedReturnEligibilityInput.parse({
      date: today,
      citizenship: a.citizenship,
      legalResidence: yes(a, 'residence'),
      temporaryResidenceUntil18: yes(a, 'until18'),
      ...(a.protection ? { protection: a.protection } : {}),
      dublinTransferDecision: yes(a, 'dublin'),
      ...(a.residenceApplication ? { residenceApplication: a.residenceApplication } : {}),
      registeredWithUdi:
        yes(a, 'registered') ||
        (a.protection !== undefined && a.protection !== 'none') ||
        (a.residenceApplication !== undefined && a.residenceApplication !== 'none'),
      permitOnOtherGroundsEnded: yes(a, 'permitEnded'),
      rejectedForStatusInOtherEeaCountry: yes(a, 'otherEea'),
      fortyEightHourProcedure: yes(a, 'fortyEight'),
      unaccompaniedMinorAsylumSeeker: yes(a, 'minor'),
      possibleTraffickingVictim: yes(a, 'trafficking'),
      previouslyReturnedWithSupportAndReimmigrated: yes(a, 'previousSupport'),
      wantsToGoToDublinCountry: yes(a, 'dublinCountry'),
      vulnerabilities: (a.vulnerable as string[] | undefined) ?? [],
    });
    const answer = assistedReturnEligibilityRuleSet.evaluate(input, { trace: false });
    const title = translateKey(lang, `public.checker.outcome.${answer.outcome}`);
    const may = answer.outcome !== 'not-eligible';
    const body = html`<h1 class="ds-heading" data-size="lg">${title}</h1>
<div class="ds-alert" data-color="${may ? 'success' : 'warning'}"><p class="ds-paragraph">${translateKey(lang, `public.checker.outcomeText.${answer.outcome}`)}</p></div>
${answer.warnings.length > 0 ? html`<section aria-labelledby="warnings"><h2 class="ds-heading" data-size="sm" id="warnings">${t(lang, 'public.result.warnings')}</h2><ul class="ds-list">${answer.warnings.map((w) => html`<li>${ruleHtml(lang, w)}</li>`)}</ul></section>` : ''}
${answer.conditions.length > 0 ? html`<section aria-labelledby="conditions"><h2 class="ds-heading" data-size="sm" id="conditions">${t(lang, 'public.result.conditions')}</h2><ul class="ds-list">${answer.conditions.map((c) => html`<li>${translateKey(lang, `public.checker.condition.${c}`)}</li>`)}</ul></section>` : ''}
${answer.alternatives.length > 0 ? html`<section aria-labelledby="alternatives"><h2 class="ds-heading" data-size="sm" id="alternatives">${t(lang, 'public.result.alternatives')}</h2><ul class="ds-list">${answer.alternatives.map((x) => html`<li>${translateKey(lang, `public.checker.alternative.${x}`)}</li>`)}</ul></section>` : ''}
<section aria-labelledby="why"><h2 class="ds-heading" data-size="sm" id="why">${t(lang, 'public.result.why')}</h2>
<ol class="ds-list retur-reasons">${answer.reasons.map((r) => html`<li><p class="ds-paragraph">${ruleHtml(lang, r)}</p>${sourcesHtml(t(lang, 'public.result.source'), r.source)}</li>`)}</ol></section>
<section aria-labelledby="next"><h2 class="ds-heading" data-size="sm" id="next">${t(lang, 'public.result.next')}</h2>
<ul class="ds-list">
${may ? html`<li><a class="ds-link" href="/support">${t(lang, 'public.checker.calculatorLink')}</a></li>` : ''}
<li><a class="ds-link" href="/what-now">${t(lang, 'public.checker.decisionLink')}</a></li>
</ul></section>
<form method="post" action="/check/restart">${csrfField(ctx)}<button class="ds-button" data-variant="secondary" type="submit">${t(lang, 'common.form.startAgain')}</button></form>`;
    return { title, body };
  },
};
