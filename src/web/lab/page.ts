/**
 * The policy lab's report as a page (src/lab/README.md): what the reform changes, whom it affects and what it costs,
 * with a chart of the difference in support per citizenship drawn on the server. The CLI's
 * `retur simulate --format html` prints it; the API serves it with `format=html`. It shows the report it is
 * given: a public one has no samples and its small counts suppressed.
 */
import { countryName } from '../../rules/common/countries.ts';
import { householdTypeLabels, measureLabels } from '../../lab/export.ts';
import type { Figures, SimulationReport } from '../../lab/simulate.ts';
import { html, type Html } from '../html.ts';
import { page } from '../layout.ts';
import { barChart, chartColours } from '../statistics/charts.ts';

const number = new Intl.NumberFormat('en');
const show = (n: number | null) => (n === null ? 'suppressed' : number.format(n));
const columns = Object.keys(measureLabels) as (keyof Figures)[];

function figuresTable(caption: string, head: string, rows: readonly { label: string; figures: Figures }[]): Html {
  return html`<table class="ds-table" data-border data-zebra data-size="sm">
<caption>${caption}</caption>
<thead><tr><th scope="col">${head}</th>${columns.map((c) => html`<th scope="col">${measureLabels[c]}</th>`)}</tr></thead>
<tbody>${rows.map((r) => html`<tr><th scope="row">${r.label}</th>${columns.map((c) => html`<td>${show(r.figures[c])}</td>`)}</tr>`)}</tbody>
</table>`;
}

/** The page's title: the reform's name. */
export const simulationTitle = (report: SimulationReport) => `Policy lab: ${report.reform.name}`;

/** The report as HTML (headings from h1, the chart, the tables, the samples it has, the assumptions), in English. */
export function simulationReportBody(report: SimulationReport): Html {
  const title = simulationTitle(report);
  const citizenships = report.byCitizenship.filter((c) => c.difference !== null && c.difference !== 0);
  const chart =
    citizenships.length === 0
      ? html`<p class="ds-paragraph">The reform changes no support paid to any citizenship shown.</p>`
      : barChart({
          label: 'Bar chart of the difference in support paid per citizenship; the numbers are in the table below.',
          categories: citizenships.map((c) => countryName(c.citizenship)),
          series: [{ name: 'Difference (NOK)', values: citizenships.map((c) => c.difference ?? 0), colour: chartColours.primary }],
          orientation: 'horizontal',
          valueLabels: true,
          width: 640,
          height: 80 + 36 * citizenships.length,
        });
  const body = html`<h1 class="ds-heading" data-size="lg">${title}</h1>
<p class="ds-paragraph">${report.reform.description ?? ''} The reform takes effect on ${report.reform.effective}. A simulation over ${report.cases} cases (${number.format(report.considered)} read); households that have not applied are assessed as of ${report.asOf}.</p>
<section aria-labelledby="totals">
<h2 class="ds-heading" data-size="md" id="totals">In total</h2>
${figuresTable('Households and support paid, under the law and under the reform', 'All households', [{ label: 'Total', figures: report.total }])}
<p class="ds-paragraph">Per person paid: ${show(report.perPerson.before)} NOK under the law, ${show(report.perPerson.after)} NOK under the reform (difference ${show(report.perPerson.difference)} NOK).</p>
</section>
<section aria-labelledby="transitions">
<h2 class="ds-heading" data-size="md" id="transitions">What changes</h2>
${
  report.transitions.length === 0
    ? html`<p class="ds-paragraph">No answer changes.</p>`
    : html`<table class="ds-table" data-border data-zebra data-size="sm"><caption>Households whose answer changes, by eligibility outcome under the law and under the reform</caption>
<thead><tr><th scope="col">Under the law</th><th scope="col">Under the reform</th><th scope="col">Households</th><th scope="col">Persons</th></tr></thead>
<tbody>${report.transitions.map((t) => html`<tr><td>${t.from}</td><td>${t.from === t.to ? `${t.to} (support changed)` : t.to}</td><td>${show(t.households)}</td><td>${show(t.persons)}</td></tr>`)}</tbody></table>`
}
</section>
<section aria-labelledby="citizenship">
<h2 class="ds-heading" data-size="md" id="citizenship">By citizenship</h2>
${chart}
${figuresTable(
  'By the applicant’s citizenship',
  'Citizenship',
  report.byCitizenship.map((c) => ({ label: countryName(c.citizenship), figures: c })),
)}
</section>
<section aria-labelledby="household">
<h2 class="ds-heading" data-size="md" id="household">By household type</h2>
${figuresTable(
  'By household type (ages on the day assessed)',
  'Household',
  report.byHouseholdType.map((h) => ({ label: householdTypeLabels[h.householdType], figures: h })),
)}
</section>
<section aria-labelledby="deadline">
<h2 class="ds-heading" data-size="md" id="deadline">By month of the departure deadline</h2>
${figuresTable(
  'By month of the departure deadline',
  'Month',
  report.byDeadlineMonth.map((m) => ({ label: m.month === 'none' ? 'No deadline' : m.month, figures: m })),
)}
</section>
${
  report.samples.length === 0
    ? html``
    : html`<section aria-labelledby="samples"><h2 class="ds-heading" data-size="md" id="samples">Explained changes (samples)</h2>
<ul>${report.samples.map(
        (s) =>
          html`<li class="ds-paragraph">${s.caseId === undefined ? '' : html`Case ${s.caseId}: `}${s.transition}, ${countryName(s.citizenship)}, ${householdTypeLabels[s.householdType]}, ${s.persons} persons, assessed ${s.date}. Decided by ${s.before.decidedBy.join(', ')} → ${s.after.decidedBy.join(', ')}; support paid ${number.format(s.before.paid)} → ${number.format(s.after.paid)} NOK.${s.reformValues.map((v) => html` ${v.parameter}: ${v.added || v.removed ? `added ${v.added?.join(', ') || 'none'}, removed ${v.removed?.join(', ') || 'none'}` : `${JSON.stringify(v.law)} → ${JSON.stringify(v.reform)}`}.`)}${s.switchedOff.length > 0 ? ` Switched off: ${s.switchedOff.join(', ')}.` : ''}${s.exceptionsAdded.length > 0 ? ` Exception added by the reform: ${s.exceptionsAdded.join(', ')}.` : ''}</li>`,
      )}</ul></section>`
}
${
  report.broughtForward === null
    ? html``
    : html`<section aria-labelledby="forward"><h2 class="ds-heading" data-size="md" id="forward">Applications the campaign would bring forward</h2>
<p class="ds-paragraph">If each household that has not applied applied on the last day that still pays it more: ${show(report.broughtForward.households)} households (${show(report.broughtForward.persons)} persons), NOK ${show(report.broughtForward.extraSupport)} more in support.</p>
${
  report.broughtForward.byMonth.length === 0
    ? html``
    : html`<table class="ds-table" data-border data-zebra data-size="sm"><caption>By the month they would apply in</caption>
<thead><tr><th scope="col">Month</th><th scope="col">Households</th><th scope="col">Persons</th><th scope="col">Support the campaign adds (NOK)</th></tr></thead>
<tbody>${report.broughtForward.byMonth.map((m) => html`<tr><th scope="row">${m.month}</th><td>${show(m.households)}</td><td>${show(m.persons)}</td><td>${show(m.extraSupport)}</td></tr>`)}</tbody></table>`
}</section>`
}
<section aria-labelledby="assumptions">
<h2 class="ds-heading" data-size="md" id="assumptions">Assumptions</h2>
<ul>${report.assumptions.map((a) => html`<li class="ds-paragraph">${a}</li>`)}</ul>
</section>`;
  return body;
}

export function renderSimulationPage(report: SimulationReport): string {
  return page({ title: simulationTitle(report), body: simulationReportBody(report), quickExit: false });
}
