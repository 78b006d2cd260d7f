/**
 * The policy lab's report as a page (src/lab/README.md): what the reform changes, whom it affects and what it costs,
 * with a chart of the difference in support per citizenship drawn on the server. In English, bokmål or
 * nynorsk (the console's languages: its words are the `console` catalogue's `lab.report.*`): the console's job
 * page shows it in the reader's language; the CLI's `retur simulate --format html` and the API's `format=html`
 * in English. It shows the report it is given: a public one has no samples and its small counts suppressed.
 * What the reform's author wrote (its name and description) and the ids of rules and parameters are shown as
 * they are; an assumption the page does not know is shown in English, marked so.
 */
import { countryName, formatNumber, translateKey, type MessageParams } from '../../i18n/format.ts';
import type { ConsoleLang } from '../../i18n/types.ts';
import { PAGE, PER_PAGE_ASSUMPTION } from '../../lab/db.ts';
import { ASSUMPTIONS, type Figures, type SimulationReport } from '../../lab/simulate.ts';
import { html, type Html } from '../html.ts';
import { page } from '../layout.ts';
import { barChart, chartColours } from '../statistics/charts.ts';

const columns: readonly (keyof Figures)[] = ['households', 'persons', 'changed', 'eligibleBefore', 'eligibleAfter', 'paidBefore', 'paidAfter', 'difference'];

/** The words of the report in one language. */
function words(lang: ConsoleLang) {
  const w = (key: string, params: MessageParams = {}) => translateKey(lang, `console.lab.report.${key}`, params);
  const show = (n: number | null) => (n === null ? w('suppressed') : formatNumber(lang, n));
  const outcome = (o: string) => w(`outcome.${o}`);
  return { w, show, outcome, country: (code: string) => countryName(lang, code) };
}
type Words = ReturnType<typeof words>;

function figuresTable({ w, show }: Words, caption: string, head: string, rows: readonly { label: string; figures: Figures }[]): Html {
  return html`<table class="ds-table" data-border data-zebra data-size="sm">
<caption>${caption}</caption>
<thead><tr><th scope="col">${head}</th>${columns.map((c) => html`<th scope="col">${w(`measure.${c}`)}</th>`)}</tr></thead>
<tbody>${rows.map((r) => html`<tr><th scope="row">${r.label}</th>${columns.map((c) => html`<td>${show(r.figures[c])}</td>`)}</tr>`)}</tbody>
</table>`;
}

/** Which cases, in words: all, the open ones, so many listed. */
function casesIn({ w }: Words, cases: string): string {
  if (cases === 'all' || cases === 'open') return w(`cases.${cases}`);
  const listed = /^(\d+) listed$/.exec(cases);
  return listed ? w('cases.listed', { n: Number(listed[1]) }) : w('cases.other', { cases });
}

/** An assumption of the report in the page's language, found by its text; one the page does not know, in English. */
function assumption({ w }: Words, report: SimulationReport, text: string): Html {
  if (text === PER_PAGE_ASSUMPTION) return html`${w('assumption.perPage', { page: PAGE })}`;
  const id = (Object.keys(ASSUMPTIONS) as (keyof typeof ASSUMPTIONS)[]).find((key) => ASSUMPTIONS[key](report.asOf) === text);
  return id === undefined ? html`<span lang="en">${text}</span>` : html`${w(`assumption.${id}`, { asOf: report.asOf })}`;
}

function sample(words: Words, lang: ConsoleLang, s: SimulationReport['samples'][number]): Html {
  const { w, outcome } = words;
  const values = s.reformValues.map((v) =>
    v.added || v.removed
      ? w('sample.list', {
          parameter: v.parameter,
          added: v.added?.join(', ') || w('sample.nothing'),
          removed: v.removed?.join(', ') || w('sample.nothing'),
        })
      : w('sample.value', { parameter: v.parameter, law: JSON.stringify(v.law), reform: JSON.stringify(v.reform) }),
  );
  const text = [
    ...(s.caseId === undefined ? [] : [w('sample.case', { id: s.caseId })]),
    w('sample', {
      before: outcome(s.before.outcome),
      after: s.before.outcome === s.after.outcome ? w('supportChanged', { outcome: outcome(s.after.outcome) }) : outcome(s.after.outcome),
      country: words.country(s.citizenship),
      household: w(`household.${s.householdType}`),
      persons: s.persons,
      date: s.date,
      decidedBefore: s.before.decidedBy.join(', '),
      decidedAfter: s.after.decidedBy.join(', '),
      paidBefore: s.before.paid,
      paidAfter: s.after.paid,
    }),
    ...values,
    ...(s.switchedOff.length > 0 ? [w('sample.switchedOff', { rules: s.switchedOff.join(', ') })] : []),
    ...(s.exceptionsAdded.length > 0 ? [w('sample.exceptionsAdded', { rules: s.exceptionsAdded.join(', ') })] : []),
  ];
  return html`<li class="ds-paragraph">${text.join(' ')}</li>`;
}

/** The page's title: the reform's name. */
export const simulationTitle = (report: SimulationReport, lang: ConsoleLang = 'en') => words(lang).w('title', { name: report.reform.name });

/** The report as HTML (headings from h1, the chart, the tables, the samples it has, the assumptions), in `lang`. */
export function simulationReportBody(report: SimulationReport, lang: ConsoleLang = 'en'): Html {
  const t = words(lang);
  const { w, show, outcome } = t;
  const citizenships = report.byCitizenship.filter((c) => c.difference !== null && c.difference !== 0);
  const chart =
    citizenships.length === 0
      ? html`<p class="ds-paragraph">${w('chart.none')}</p>`
      : barChart({
          label: w('chart.label'),
          categories: citizenships.map((c) => t.country(c.citizenship)),
          series: [{ name: w('measure.difference'), values: citizenships.map((c) => c.difference ?? 0), colour: chartColours.primary }],
          orientation: 'horizontal',
          valueLabels: true,
          width: 640,
          height: 80 + 36 * citizenships.length,
          formatNumber: (n) => formatNumber(lang, n),
        });
  const forward = report.broughtForward;
  return html`<h1 class="ds-heading" data-size="lg">${simulationTitle(report, lang)}</h1>
<p class="ds-paragraph">${report.reform.description === undefined ? '' : html`<span>${report.reform.description}</span> `}${w('intro', {
    effective: report.reform.effective,
    cases: casesIn(t, report.cases),
    read: report.considered,
    asOf: report.asOf,
  })}</p>
<section aria-labelledby="totals">
<h2 class="ds-heading" data-size="md" id="totals">${w('totals')}</h2>
${figuresTable(t, w('totals.caption'), w('totals.head'), [{ label: w('totals.row'), figures: report.total }])}
<p class="ds-paragraph">${w('perPerson', { before: show(report.perPerson.before), after: show(report.perPerson.after), difference: show(report.perPerson.difference) })}</p>
</section>
<section aria-labelledby="transitions">
<h2 class="ds-heading" data-size="md" id="transitions">${w('transitions')}</h2>
${
  report.transitions.length === 0
    ? html`<p class="ds-paragraph">${w('transitions.none')}</p>`
    : html`<table class="ds-table" data-border data-zebra data-size="sm"><caption>${w('transitions.caption')}</caption>
<thead><tr><th scope="col">${w('transitions.law')}</th><th scope="col">${w('transitions.reform')}</th><th scope="col">${w('measure.households')}</th><th scope="col">${w('measure.persons')}</th></tr></thead>
<tbody>${report.transitions.map((tr) => html`<tr><td>${outcome(tr.from)}</td><td>${tr.from === tr.to ? w('supportChanged', { outcome: outcome(tr.to) }) : outcome(tr.to)}</td><td>${show(tr.households)}</td><td>${show(tr.persons)}</td></tr>`)}</tbody></table>`
}
</section>
<section aria-labelledby="citizenship">
<h2 class="ds-heading" data-size="md" id="citizenship">${w('byCitizenship')}</h2>
${chart}
${figuresTable(
  t,
  w('byCitizenship.caption'),
  w('byCitizenship.head'),
  report.byCitizenship.map((c) => ({ label: t.country(c.citizenship), figures: c })),
)}
</section>
<section aria-labelledby="household">
<h2 class="ds-heading" data-size="md" id="household">${w('byHousehold')}</h2>
${figuresTable(
  t,
  w('byHousehold.caption'),
  w('byHousehold.head'),
  report.byHouseholdType.map((h) => ({ label: w(`household.${h.householdType}`), figures: h })),
)}
</section>
<section aria-labelledby="deadline">
<h2 class="ds-heading" data-size="md" id="deadline">${w('byDeadline')}</h2>
${figuresTable(
  t,
  w('byDeadline'),
  w('byDeadline.head'),
  report.byDeadlineMonth.map((m) => ({ label: m.month === 'none' ? w('noDeadline') : m.month, figures: m })),
)}
</section>
${
  report.samples.length === 0
    ? html``
    : html`<section aria-labelledby="samples"><h2 class="ds-heading" data-size="md" id="samples">${w('samples')}</h2>
<ul>${report.samples.map((s) => sample(t, lang, s))}</ul></section>`
}
${
  forward === null
    ? html``
    : html`<section aria-labelledby="forward"><h2 class="ds-heading" data-size="md" id="forward">${w('forward')}</h2>
<p class="ds-paragraph">${w('forward.text', { households: show(forward.households), persons: show(forward.persons), extra: show(forward.extraSupport) })}</p>
${
  forward.byMonth.length === 0
    ? html``
    : html`<table class="ds-table" data-border data-zebra data-size="sm"><caption>${w('forward.caption')}</caption>
<thead><tr><th scope="col">${w('byDeadline.head')}</th><th scope="col">${w('measure.households')}</th><th scope="col">${w('measure.persons')}</th><th scope="col">${w('forward.extra')}</th></tr></thead>
<tbody>${forward.byMonth.map((m) => html`<tr><th scope="row">${m.month}</th><td>${show(m.households)}</td><td>${show(m.persons)}</td><td>${show(m.extraSupport)}</td></tr>`)}</tbody></table>`
}</section>`
}
<section aria-labelledby="assumptions">
<h2 class="ds-heading" data-size="md" id="assumptions">${w('assumptions')}</h2>
<ul>${report.assumptions.map((a) => html`<li class="ds-paragraph">${assumption(t, report, a)}</li>`)}</ul>
</section>`;
}

/** The report as a page of its own (the CLI's `--format html`, the API's `format=html`), in English. */
export function renderSimulationPage(report: SimulationReport): string {
  return page({ title: simulationTitle(report), body: simulationReportBody(report), quickExit: false });
}
