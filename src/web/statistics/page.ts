/**
 * The HTML page of the police's forced-return report (seed 004): the headline numbers, a chart
 * drawn on the server beside a table of the same figures for every breakdown, links to the open-data
 * formats and a month picker that is a plain GET form. Pure rendering: the caller reads the database and
 * the clock and passes the report (and the published one, if the month has been published).
 */
import { Temporal } from 'temporal-polyfill';
import { countryName } from '../../rules/common/countries.ts';
import { forcedReturnCategories } from '../../rules/forced-return/category.ts';
import { percentOf, TOP_CITIZENSHIPS, TOP_CONVICTED_DESTINATIONS, TOP_DESTINATIONS, type ForcedReturnReport, type TopList } from '../../statistics/report.ts';
import { categoryLabels } from '../../statistics/jsonstat.ts';
import { html, type Html } from '../html.ts';
import { page } from '../layout.ts';
import type { PageContext } from '../context.ts';
import { barChart, chartColours } from './charts.ts';

export interface PublishedReport {
  /** The report as it was stored by `retur stats publish`. */
  readonly report: ForcedReturnReport;
  /** When it was published (ISO 8601 with offset). */
  readonly publishedAt: string;
}

export interface ForcedReturnPageOptions {
  /** The request's page context (the layout's picker and quick exit); the page itself is in English. */
  readonly ctx?: PageContext;
  /** The published report of the same month, or null (or absent) when the month has not been published. */
  readonly published?: PublishedReport | null;
  /**
   * Which figures the page is about: the live ones (default), compared with the published ones if there are
   * any; or the published ones, compared with the live ones. 'published' needs `published`.
   */
  readonly show?: 'live' | 'published';
  /** Where this page is served; the month picker and the live/published links point here. */
  readonly pagePath?: string;
  /** The report's API route; the JSON, JSON-stat and CSV links point here. */
  readonly apiPath?: string;
  /** The latest month the picker offers (`YYYY-MM`), e.g. the current month; no limit when absent. */
  readonly latestMonth?: string;
}

export const DEFAULT_PAGE_PATH = '/statistics/forced-returns';
export const DEFAULT_API_PATH = '/api/v1/statistics/forced-returns';
/** The first month a report can be made for (the EU/EEA list the report reads starts in 2007). */
const FIRST_MONTH = '2007-01';

/** The seed's definitions of the categories, shortened. */
const categoryDefinitions = {
  asylum: 'Persons whose application for protection (asylum) in Norway was processed and rejected.',
  dublin: 'Persons returned under the Dublin Regulation to the European country responsible for their asylum claim.',
  ip: 'Persons granted international protection in another Schengen country.',
  refused: 'Persons who must leave Norway because they have no permit to stay; they are not banned from future entry.',
  expelled: 'Persons who have not applied for protection and were expelled after a criminal conviction; they are banned from entering Norway for a period.',
} as const;

const numberFormat = new Intl.NumberFormat('en-GB');
const signedFormat = new Intl.NumberFormat('en-GB', { signDisplay: 'exceptZero' });

/** A count, "1,234". */
export function formatCount(n: number): string {
  return numberFormat.format(n);
}

/** A whole percentage as the seed prints it, "3 %" (null: no figure last year to compare with). */
export function formatPercent(p: number | null): string {
  return p === null ? 'not applicable' : `${numberFormat.format(p)} %`;
}

function monthName(month: string, options: Intl.DateTimeFormatOptions): string {
  return Temporal.PlainDate.from(`${month}-01`).toLocaleString('en-GB', options);
}

/** "March 2026". */
function longMonth(month: string): string {
  return monthName(month, { month: 'long', year: 'numeric' });
}

/** "January–March 2026" (or "January 2026"): the months a report's year-to-date figures cover. */
function yearToDate(month: string, yearsBack = 0): string {
  const last = Temporal.PlainYearMonth.from(month).subtract({ years: yearsBack });
  const lastName = monthName(last.toString(), { month: 'long' });
  return last.month === 1 ? `January ${last.year}` : `January–${lastName} ${last.year}`;
}

/** "1 April 2026 at 08:00", Norwegian time. */
function formatInstant(iso: string): string {
  return Temporal.Instant.from(iso).toZonedDateTimeISO('Europe/Oslo').toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
}

/** "1 April 2026", Norwegian time. */
function formatDate(iso: string): string {
  return Temporal.Instant.from(iso).toZonedDateTimeISO('Europe/Oslo').toLocaleString('en-GB', { dateStyle: 'long' });
}

function time(iso: string): Html {
  return html`<time datetime="${iso}">${formatInstant(iso)}</time>`;
}

export type DataFormat = 'json' | 'json-stat' | 'csv';
export const dataFormats: readonly DataFormat[] = ['json', 'json-stat', 'csv'];

/** Link targets, built in one place so the page and the tests agree. */
export function reportLinks(month: string, options: Pick<ForcedReturnPageOptions, 'pagePath' | 'apiPath'> = {}) {
  const pagePath = options.pagePath ?? DEFAULT_PAGE_PATH;
  const apiPath = options.apiPath ?? DEFAULT_API_PATH;
  const query = (params: Record<string, string>) => new URLSearchParams({ month, ...params }).toString();
  return {
    live: `${pagePath}?${query({})}`,
    published: `${pagePath}?${query({ published: 'true' })}`,
    data: (format: DataFormat, published = false) => `${apiPath}?${query(published ? { format, published: 'true' } : { format })}`,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Headline numbers, with the difference between the published and the live figures when both exist.

interface Comparison {
  /** 'published' when the page shows the live figures and compares them with the published ones, and the reverse. */
  readonly other: 'published' | 'live';
  readonly report: ForcedReturnReport;
  readonly publishedAt: string;
}

interface HeadlineNumber {
  readonly label: string;
  readonly value: (r: ForcedReturnReport) => number | null;
  readonly kind: 'count' | 'percent';
}

function difference(shown: number | null, other: number | null, comparison: Comparison, kind: HeadlineNumber['kind']): Html {
  const otherText = kind === 'count' ? formatCount(other ?? 0) : formatPercent(other);
  const prefix = comparison.other === 'live' ? 'Live figure now' : `Published ${formatDate(comparison.publishedAt)}`;
  if (shown === other) return html`<span class="retur-diff">${prefix}: the same</span>`;
  if (shown === null || other === null) return html`<span class="retur-diff">${prefix}: ${otherText}</span>`;
  // Always live − published: what late registrations have added since publication.
  const change = comparison.other === 'live' ? other - shown : shown - other;
  const unit = kind === 'count' ? '' : Math.abs(change) === 1 ? ' percentage point' : ' percentage points';
  return html`<span class="retur-diff">${prefix}: ${otherText} (${signedFormat.format(change)}${unit} since publication)</span>`;
}

function headline(report: ForcedReturnReport, numbers: readonly HeadlineNumber[], comparison: Comparison | null): Html {
  return html`<dl class="retur-headline">
${numbers.map((n) => {
  const value = n.value(report);
  return html`<div><dt class="ds-paragraph">${n.label}</dt><dd><span class="retur-headline__value">${n.kind === 'count' ? formatCount(value ?? 0) : formatPercent(value)}</span>${
    comparison ? difference(value, n.value(comparison.report), comparison, n.kind) : null
  }</dd></div>`;
})}
</dl>`;
}

// ---------------------------------------------------------------------------------------------------------
// Figures: a chart and a table of the same numbers.

interface Column {
  readonly header: string;
  readonly numeric: boolean;
}

interface TableSpec {
  readonly caption: string;
  readonly columns: readonly Column[];
  /** The first cell of each row is its header (`th scope="row"`). */
  readonly rows: readonly (readonly string[])[];
  readonly total?: readonly string[];
}

function cell(text: string, column: Column | undefined): Html {
  return column?.numeric ? html`<td class="retur-num">${text}</td>` : html`<td>${text}</td>`;
}

function row(cells: readonly string[], columns: readonly Column[]): Html {
  const [first, ...rest] = cells;
  return html`<tr><th scope="row">${first}</th>${rest.map((text, i) => cell(text, columns[i + 1]))}</tr>`;
}

function table(spec: TableSpec): Html {
  return html`<table class="ds-table retur-table" data-border data-zebra data-size="sm">
<caption class="ds-sr-only">${spec.caption}</caption>
<thead><tr>${spec.columns.map((c) => html`<th scope="col"${c.numeric ? html` class="retur-num"` : null}>${c.header}</th>`)}</tr></thead>
<tbody>
${spec.rows.map((r) => row(r, spec.columns))}
</tbody>
${spec.total ? html`<tfoot>${row(spec.total, spec.columns)}</tfoot>` : null}
</table>`;
}

function figure(caption: string, chart: Html, data: TableSpec): Html {
  return html`<figure class="retur-figure">
<figcaption class="ds-heading" data-size="2xs">${caption}</figcaption>
<div class="retur-chart">${chart}</div>
${table(data)}
</figure>`;
}

const CHART_WIDTH = 480;

/** The height that gives each bar of a horizontal chart room for its label. */
function horizontalHeight(bars: number, perBar = 28, extra = 32): number {
  return bars * perBar + extra;
}

function topListFigure(caption: string, list: TopList, whole: { count: number; percent: number }, noun: string): Html {
  const names = list.top.map((t) => countryName(t.country));
  const countColumn = { header: 'Number', numeric: true };
  const chart = barChart({
    label: `Bar chart of the ${list.top.length} ${noun} with the most returns; the numbers are in the table that follows.`,
    categories: names,
    series: [{ name: 'Number', values: list.top.map((t) => t.count), colour: chartColours.primary }],
    orientation: 'horizontal',
    valueLabels: true,
    width: CHART_WIDTH,
    height: horizontalHeight(Math.max(list.top.length, 1)),
  });
  return figure(caption, chart, {
    caption: `${caption}: number and percentage`,
    columns: [{ header: 'Country', numeric: false }, countColumn, { header: 'Percentage', numeric: true }],
    rows: [
      ...list.top.map((t, i) => [names[i]!, formatCount(t.count), formatPercent(t.percent)]),
      ['Others', formatCount(list.others.count), formatPercent(list.others.percent)],
    ],
    total: ['Total', formatCount(whole.count), formatPercent(whole.percent)],
  });
}

function monthSeriesFigure(
  caption: string,
  label: string,
  months: readonly string[],
  series: readonly { name: string; values: readonly number[]; colour: string }[],
  options: { stacked?: boolean; total?: boolean } = {},
): Html {
  const shortNames = months.map((m) => monthName(m, months.length > 12 ? { month: 'short', year: '2-digit' } : { month: 'short' }));
  const chart = barChart({
    label,
    categories: shortNames,
    series,
    orientation: 'vertical',
    stacked: options.stacked,
    valueLabels: months.length <= 12,
    width: CHART_WIDTH,
    height: 300,
  });
  const columns: Column[] = [
    { header: 'Month', numeric: false },
    ...series.map((s) => ({ header: s.name, numeric: true })),
    ...(options.total ? [{ header: 'Total', numeric: true }] : []),
  ];
  const rows = months.map((m, i) => {
    const values = series.map((s) => s.values[i] ?? 0);
    return [longMonth(m), ...values.map(formatCount), ...(options.total ? [formatCount(values.reduce((a, b) => a + b, 0))] : [])];
  });
  const sums = series.map((s) => s.values.reduce((a, b) => a + b, 0));
  return figure(caption, chart, {
    caption,
    columns,
    rows,
    total: ['Total', ...sums.map(formatCount), ...(options.total ? [formatCount(sums.reduce((a, b) => a + b, 0))] : [])],
  });
}

// ---------------------------------------------------------------------------------------------------------
// The sections of the page, in the order of the police's report.

function totalSection(report: ForcedReturnReport, comparison: Comparison | null): Html {
  const year = report.month.slice(0, 4);
  const lastYear = String(Number(year) - 1);
  const categories = forcedReturnCategories.map((c) => ({ key: c, label: categoryLabels[c], ...report.byCategory[c] }));
  const categoryChart = barChart({
    label: `Bar chart of the returns per category, ${year} against ${lastYear}; the numbers are in the table that follows.`,
    categories: categories.map((c) => c.label),
    series: [
      { name: yearToDate(report.month), values: categories.map((c) => c.thisYear), colour: chartColours.primary },
      { name: yearToDate(report.month, 1), values: categories.map((c) => c.lastYear), colour: chartColours.secondary },
    ],
    orientation: 'horizontal',
    valueLabels: true,
    width: CHART_WIDTH,
    height: horizontalHeight(categories.length, 52, 56),
  });
  return html`<section aria-labelledby="total">
<h2 class="ds-heading" data-size="md" id="total">So far this year, last year and development</h2>
${headline(
  report,
  [
    { label: `So far this year (${yearToDate(report.month)})`, value: (r) => r.total.thisYear, kind: 'count' },
    { label: `Same period last year (${yearToDate(report.month, 1)})`, value: (r) => r.total.lastYear, kind: 'count' },
    { label: 'Percentage change', value: (r) => r.total.changePercent, kind: 'percent' },
  ],
  comparison,
)}
<h3 class="ds-heading" data-size="sm">Returns per category</h3>
${figure(`Returns per category, ${yearToDate(report.month)} and ${yearToDate(report.month, 1)}`, categoryChart, {
  caption: `Returns per category, ${yearToDate(report.month)} and ${yearToDate(report.month, 1)}`,
  columns: [
    { header: 'Category', numeric: false },
    { header: year, numeric: true },
    { header: lastYear, numeric: true },
  ],
  rows: categories.map((c) => [c.label, formatCount(c.thisYear), formatCount(c.lastYear)]),
  total: ['Total', formatCount(report.total.thisYear), formatCount(report.total.lastYear)],
})}
<details class="ds-details">
<summary>What the categories mean</summary>
<div><dl class="retur-definitions">
${forcedReturnCategories.map((c) => html`<dt>${categoryLabels[c]}</dt><dd>${categoryDefinitions[c]}</dd>`)}
</dl></div>
</details>
</section>`;
}

function monthSection(report: ForcedReturnReport): Html {
  const year = report.month.slice(0, 4);
  const lastYear = String(Number(year) - 1);
  const months = report.byMonth.map((m) => m.month);
  return html`<section aria-labelledby="per-month">
<h2 class="ds-heading" data-size="md" id="per-month">Returns per month</h2>
${monthSeriesFigure(
  `Returns per month, ${yearToDate(report.month)} against the same months of ${lastYear}`,
  `Bar chart of the returns in each month of ${year} beside the same month of ${lastYear}; the numbers are in the table that follows.`,
  months,
  [
    { name: year, values: report.byMonth.map((m) => m.thisYear), colour: chartColours.primary },
    { name: lastYear, values: report.byMonth.map((m) => m.lastYear), colour: chartColours.secondary },
  ],
)}
</section>`;
}

function countriesSection(report: ForcedReturnReport): Html {
  const period = yearToDate(report.month);
  const total = { count: report.total.thisYear, percent: percentOf(report.total.thisYear, report.total.thisYear) };
  const third = report.thirdCountryNationals;
  return html`<section aria-labelledby="countries">
<h2 class="ds-heading" data-size="md" id="countries">Citizenship and destination</h2>
${topListFigure(`Top ${TOP_CITIZENSHIPS} citizenships, ${period}`, report.citizenships, total, 'citizenships')}
${topListFigure(`Top ${TOP_DESTINATIONS} destinations, ${period}`, report.destinations, total, 'destinations')}
<h3 class="ds-heading" data-size="sm">Third-country nationals</h3>
<p class="ds-paragraph">${formatCount(third.count)} of the ${formatCount(report.total.thisYear)} returned in ${period} (${formatPercent(third.percent)}) were citizens of countries outside the EU, the EEA and Switzerland. Percentages are of all returns.</p>
${topListFigure(`Top ${TOP_CITIZENSHIPS} citizenships of third-country nationals, ${period}`, third.citizenships, { count: third.count, percent: third.percent }, 'citizenships of third-country nationals')}
</section>`;
}

function convictedSection(report: ForcedReturnReport, comparison: Comparison | null): Html {
  const convicted = report.convictedOffenders;
  const period = yearToDate(report.month);
  const months = convicted.byMonth.map((m) => m.month);
  const first = months[0] ?? report.month;
  return html`<section aria-labelledby="convicted">
<h2 class="ds-heading" data-size="md" id="convicted">Convicted offenders</h2>
<p class="ds-paragraph">Foreigners forcibly returned because they stayed in Norway illegally and had received one or more criminal convictions (a fine, a prison sentence, community service or another criminal sanction).</p>
${headline(
  report,
  [
    { label: `So far this year (${period})`, value: (r) => r.convictedOffenders.thisYear, kind: 'count' },
    { label: `Same period last year (${yearToDate(report.month, 1)})`, value: (r) => r.convictedOffenders.lastYear, kind: 'count' },
    { label: 'Percentage change', value: (r) => r.convictedOffenders.changePercent, kind: 'percent' },
  ],
  comparison,
)}
${monthSeriesFigure(
  `Returns of convicted offenders per month, ${longMonth(first)} to ${longMonth(report.month)}`,
  `Bar chart of the returns of convicted offenders in each of the last ${months.length} months; the numbers are in the table that follows.`,
  months,
  [{ name: 'Convicted offenders', values: convicted.byMonth.map((m) => m.count), colour: chartColours.primary }],
)}
${topListFigure(
  `Top ${TOP_CONVICTED_DESTINATIONS} destinations of convicted offenders, ${period}`,
  convicted.destinations,
  { count: convicted.thisYear, percent: percentOf(convicted.thisYear, convicted.thisYear) },
  'destinations of convicted offenders',
)}
</section>`;
}

function minorsSection(report: ForcedReturnReport): Html {
  const minors = report.minors;
  const period = yearToDate(report.month);
  return html`<section aria-labelledby="minors">
<h2 class="ds-heading" data-size="md" id="minors">Minors</h2>
<p class="ds-paragraph">Most minors return with a parent or other family member. An unaccompanied minor arrived in Norway without a parent or other guardian and was under 18 on departure; they must be met by family or others who will care for them in the receiving country.</p>
${table({
  caption: `Minors with family and unaccompanied minors, ${period}`,
  columns: [
    { header: 'Minors', numeric: false },
    { header: 'So far this year', numeric: true },
  ],
  rows: [
    ['Minors with family', formatCount(minors.withFamily)],
    ['Unaccompanied minors', formatCount(minors.unaccompanied)],
  ],
  total: ['Total', formatCount(minors.withFamily + minors.unaccompanied)],
})}
${monthSeriesFigure(
  `Minors per month, ${period}`,
  `Stacked bar chart of the minors returned in each month of ${report.month.slice(0, 4)}, with family and unaccompanied; the numbers are in the table that follows.`,
  minors.byMonth.map((m) => m.month),
  [
    { name: 'With family', values: minors.byMonth.map((m) => m.withFamily), colour: chartColours.primary },
    { name: 'Unaccompanied', values: minors.byMonth.map((m) => m.unaccompanied), colour: chartColours.secondary },
  ],
  { stacked: true, total: true },
)}
</section>`;
}

function monthPicker(month: string, pagePath: string, latestMonth: string | undefined): Html {
  return html`<form class="ds-field retur-month" method="get" action="${pagePath}">
<label class="ds-label" for="month">Report month</label>
<p class="ds-paragraph" data-size="sm" data-field="description" id="month-description">Figures from 1 January to the end of this month, in the form YYYY-MM, e.g. 2026-03.</p>
<div class="retur-month__row">
<input class="ds-input" type="month" id="month" name="month" value="${month}" min="${FIRST_MONTH}"${latestMonth ? html` max="${latestMonth}"` : null} required aria-describedby="month-description">
<button class="ds-button" data-variant="secondary" type="submit">Show report</button>
</div>
</form>`;
}

function status(report: ForcedReturnReport, comparison: Comparison | null, links: ReturnType<typeof reportLinks>): Html {
  const source = report.source === 'database' ? 'the returns recorded in Retur' : 'an imported file of returns';
  const produced = html`Produced ${time(report.producedAt)} from ${source}.`;
  const lateNote = 'Minor adjustments may occur due to delay in system registrations.';
  if (comparison?.other === 'live') {
    return html`<div class="ds-alert" data-color="info">
<p class="ds-paragraph"><strong>Published figures</strong>, as published on ${time(comparison.publishedAt)}. ${produced} ${lateNote} The live figure is shown beside each headline number.</p>
<p class="ds-paragraph"><a class="ds-link" href="${links.live}">Show the live figures</a></p>
</div>`;
  }
  if (comparison?.other === 'published') {
    return html`<div class="ds-alert" data-color="info">
<p class="ds-paragraph"><strong>Live figures.</strong> ${produced} ${lateNote} The figures for this month were published on ${time(comparison.publishedAt)}; the published figure is shown beside each headline number.</p>
<p class="ds-paragraph"><a class="ds-link" href="${links.published}">Show the published figures</a></p>
</div>`;
  }
  return html`<p class="ds-paragraph">${produced} ${lateNote}</p>`;
}

const formatNames: Record<DataFormat, string> = { json: 'JSON', 'json-stat': 'JSON-stat', csv: 'CSV' };

function openData(links: ReturnType<typeof reportLinks>, published: PublishedReport | null): Html {
  return html`<section aria-labelledby="open-data">
<h2 class="ds-heading" data-size="md" id="open-data">Open data</h2>
<p class="ds-paragraph">The same report for your own tools: JSON as the API gives it, JSON-stat 2.0 datasets and tidy CSV with one row per figure.</p>
<ul class="ds-list">
${dataFormats.map((f) => html`<li><a class="ds-link" href="${links.data(f)}">Live figures as ${formatNames[f]}</a></li>`)}
${published ? dataFormats.map((f) => html`<li><a class="ds-link" href="${links.data(f, true)}">Published figures as ${formatNames[f]}</a></li>`) : null}
</ul>
</section>`;
}

/**
 * The whole page for a month's report. `report` holds the live figures; with `published` the page also
 * shows the published ones (as the main figures when `show` is 'published') and the difference between the
 * two beside each headline number. Throws when 'published' is asked for without a published report, or
 * when the published report is of another month.
 */
export function renderForcedReturnReportPage(report: ForcedReturnReport, options: ForcedReturnPageOptions = {}): string {
  const published = options.published ?? null;
  const show = options.show ?? 'live';
  if (show === 'published' && !published) throw new Error('renderForcedReturnReportPage: show is "published" but no published report was given');
  if (published && published.report.month !== report.month) {
    throw new Error(`renderForcedReturnReportPage: the published report is of ${published.report.month}, the live one of ${report.month}`);
  }
  const shown = show === 'published' && published ? published.report : report;
  const comparison: Comparison | null = published
    ? show === 'published'
      ? { other: 'live', report, publishedAt: published.publishedAt }
      : { other: 'published', report: published.report, publishedAt: published.publishedAt }
    : null;
  const links = reportLinks(report.month, options);
  const title = `Forced returns from Norway as of ${longMonth(report.month)}`;

  const body = html`<h1 class="ds-heading" data-size="lg">${title}</h1>
<p class="ds-paragraph">Foreign nationals without a legal right to stay who were returned by the police, ${yearToDate(report.month)} against the same months of ${Number(report.month.slice(0, 4)) - 1}. The National Police Immigration Service (NPIS) publishes these figures every month; assisted returns, arranged by the UDI, are not included.</p>
${status(shown, comparison, links)}
${monthPicker(report.month, options.pagePath ?? DEFAULT_PAGE_PATH, options.latestMonth)}
${totalSection(shown, comparison)}
${monthSection(shown)}
${countriesSection(shown)}
${convictedSection(shown, comparison)}
${minorsSection(shown)}
${openData(links, published)}`;
  return page({ title: show === 'published' ? `${title} (published figures)` : title, body, ...(options.ctx ? { ctx: options.ctx } : {}) });
}
