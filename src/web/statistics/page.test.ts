/**
 * The report page as HTML, for the demo report of 2026-03 (seed 004): every headline number, every table row
 * of the top lists with the seed's counts and percentages, a chart and a table in every figure, the links to
 * the open-data formats, the month picker, and the published/live comparison. The page is read back with a
 * few regular expressions over its (well-formed, generated) markup; the browser test checks it in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { countryName } from '../../rules/common/countries.ts';
import { aggregate } from '../../statistics/aggregate.ts';
import { demoForcedReturns } from '../../statistics/demo.ts';
import { buildForcedReturnReport } from '../../statistics/report.ts';
import { formatCount, formatPercent, renderForcedReturnReportPage } from './page.ts';

const records = demoForcedReturns();
const report = buildForcedReturnReport(aggregate(records), { month: '2026-03', producedAt: '2026-04-01T06:00:00Z', source: 'database' });
const page = renderForcedReturnReportPage(report);

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The text of a piece of markup: tags dropped, entities decoded, white space collapsed. */
function text(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!)
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:)])/g, '$1')
    .trim();
}

function all(markup: string, pattern: RegExp): string[] {
  return [...markup.matchAll(pattern)].map((m) => m[0]);
}

/** The section with this heading id. */
function section(markup: string, id: string): string {
  const found = markup.match(new RegExp(`<section aria-labelledby="${id}">[\\s\\S]*?</section>`));
  if (!found) throw new Error(`no section ${id}`);
  return found[0];
}

function figures(markup: string): string[] {
  return all(markup, /<figure[\s\S]*?<\/figure>/g);
}

/** The figure whose caption starts with `caption`. */
function figure(markup: string, caption: string): string {
  const found = figures(markup).find((f) => text(f.match(/<figcaption[\s\S]*?<\/figcaption>/)?.[0] ?? '').startsWith(caption));
  if (!found) throw new Error(`no figure "${caption}"`);
  return found;
}

/** A table's rows (body and foot) as lists of cell texts. */
function rows(markup: string): string[][] {
  const table = markup.match(/<table[\s\S]*?<\/table>/)?.[0] ?? '';
  const bodyAndFoot = table.replace(/<thead>[\s\S]*?<\/thead>/, '');
  return all(bodyAndFoot, /<tr>[\s\S]*?<\/tr>/g).map((tr) => all(tr, /<t[hd][^>]*>[\s\S]*?<\/t[hd]>/g).map(text));
}

/** The headline numbers of a section: label → the number as printed. */
function headline(markup: string): Record<string, string> {
  return Object.fromEntries(
    all(markup, /<div><dt[\s\S]*?<\/dd><\/div>/g).map((item) => [
      text(item.match(/<dt[\s\S]*?<\/dt>/)![0]),
      text(item.match(/<span class="retur-headline__value">[\s\S]*?<\/span>/)![0]),
    ]),
  );
}

describe('the report page for March 2026 (demo data, seed 004)', () => {
  it('is an English page titled as the police title theirs, with no script, no inline style and no <style>', () => {
    expect(page).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
    expect(page).toContain('<title>Forced returns from Norway as of March 2026 – Retur</title>');
    expect(page).toContain('<h1 class="ds-heading" data-size="lg">Forced returns from Norway as of March 2026</h1>');
    expect(page).not.toMatch(/<script|<style|\sstyle="|\son[a-z]+="/i);
  });

  it('shows so far this year 578, same period last year 560 and a change of 3 %', () => {
    expect(headline(section(page, 'total'))).toEqual({
      'So far this year (January–March 2026)': '578',
      'Same period last year (January–March 2025)': '560',
      'Percentage change': '3 %',
    });
  });

  it('says when the figures were produced and that late registrations may change them', () => {
    expect(text(page)).toContain('Produced 1 April 2026 at 08:00 from the returns recorded in Retur.');
    expect(page).toContain('<time datetime="2026-04-01T06:00:00Z">');
    expect(text(page)).toContain('Minor adjustments may occur due to delay in system registrations.');
    expect(text(page)).not.toMatch(/since publication|Published figures/);
  });

  it("shows the convicted offenders' headline: 250 so far this year, last year and the change", () => {
    const { thisYear, lastYear, changePercent } = report.convictedOffenders;
    expect(thisYear).toBe(250);
    expect(headline(section(page, 'convicted'))).toEqual({
      'So far this year (January–March 2026)': '250',
      'Same period last year (January–March 2025)': formatCount(lastYear),
      'Percentage change': formatPercent(changePercent),
    });
  });

  it('has a chart and an accessible table in every figure', () => {
    const all8 = figures(page);
    // Category, month, citizenships, destinations, third-country nationals, convicted per month and per
    // destination, minors per month.
    expect(all8).toHaveLength(8);
    for (const f of all8) {
      expect(f).toMatch(/<figcaption class="ds-heading"[^>]*>[^<]+<\/figcaption>/);
      expect(all(f, /<svg /g)).toHaveLength(1);
      expect(f).toMatch(/<svg role="img" aria-label="[^"]{20,}" focusable="false" width="\d+" height="\d+"/);
      expect(all(f, /<table class="ds-table/g)).toHaveLength(1);
      expect(f).toMatch(/<caption[^>]*>[^<]+<\/caption>/);
      expect(f).toContain('<th scope="col"');
      expect(f).toContain('<th scope="row">');
      expect(f).not.toMatch(/<th>/);
      // Every tag of the drawing is well formed: name="value" attributes, no stray quotes.
      const svg = f.match(/<svg[\s\S]*<\/svg>/)![0];
      for (const tag of all(svg, /<[a-z][^>]*>/g)) expect(tag).toMatch(/^<[a-z]+(\s[a-zA-Z:_-]+="[^"<>]*")*\s*\/?>$/);
    }
  });

  it('lists the Top 13 Citizenships exactly as the seed: 14 rows with the tie at 15, Others 199 (34 %), Total 578', () => {
    const seed: [string, number, string][] = [
      ['RO', 61, '11 %'],
      ['CO', 50, '9 %'],
      ['UA', 50, '9 %'],
      ['CN', 40, '7 %'],
      ['LT', 32, '6 %'],
      ['TR', 27, '5 %'],
      ['RU', 22, '4 %'],
      ['PL', 19, '3 %'],
      ['GB', 17, '3 %'],
      ['SE', 16, '3 %'],
      ['AF', 15, '3 %'],
      ['IN', 15, '3 %'],
      ['US', 15, '3 %'],
    ];
    expect(rows(figure(page, 'Top 13 citizenships,'))).toEqual([
      ...seed.map(([code, count, percent]) => [countryName(code), String(count), percent]),
      ['Others', '199', '34 %'],
      ['Total', '578', '100 %'],
    ]);
  });

  it('lists the Top 13 Destinations exactly as the seed: 14 rows with the tie at 13, Others 178 (31 %), Total 578', () => {
    const seed: [string, number, string][] = [
      ['RO', 63, '11 %'],
      ['CO', 49, '8 %'],
      ['DE', 44, '8 %'],
      ['GB', 44, '8 %'],
      ['PL', 43, '7 %'],
      ['LT', 33, '6 %'],
      ['SE', 28, '5 %'],
      ['ES', 22, '4 %'],
      ['CN', 20, '3 %'],
      ['TR', 15, '3 %'],
      ['HR', 13, '2 %'],
      ['FR', 13, '2 %'],
      ['US', 13, '2 %'],
    ];
    expect(rows(figure(page, 'Top 13 destinations,'))).toEqual([
      ...seed.map(([code, count, percent]) => [countryName(code), String(count), percent]),
      ['Others', '178', '31 %'],
      ['Total', '578', '100 %'],
    ]);
  });

  it("lists the convicted offenders' Top 12 Destinations as the seed (by number here), Others 59 (24 %), Total 250", () => {
    const seed: [string, number, string][] = [
      ['RO', 62, '25 %'],
      ['LT', 32, '13 %'],
      ['PL', 19, '8 %'],
      ['SE', 18, '7 %'],
      ['CN', 15, '6 %'],
      ['GB', 12, '5 %'],
      ['US', 8, '3 %'],
      ['AL', 5, '2 %'],
      ['DE', 5, '2 %'],
      ['LV', 5, '2 %'],
      ['NL', 5, '2 %'],
      ['UA', 5, '2 %'],
    ];
    expect(rows(figure(page, 'Top 12 destinations of convicted offenders,'))).toEqual([
      ...seed.map(([code, count, percent]) => [countryName(code), String(count), percent]),
      ['Others', '59', '24 %'],
      ['Total', '250', '100 %'],
    ]);
  });

  it('names Türkiye as CLDR does (the seed prints "Turkey") and every country by name, never by code', () => {
    const countries = rows(figure(page, 'Top 13 citizenships,')).map((r) => r[0]);
    expect(countries).toContain('Türkiye');
    expect(countries.filter((c) => /^[A-Z]{2}$/.test(c!))).toEqual([]);
  });

  it('gives the third-country nationals with their share and their top citizenships', () => {
    const third = report.thirdCountryNationals;
    expect(text(section(page, 'countries'))).toContain(
      `${formatCount(third.count)} of the 578 returned in January–March 2026 (${formatPercent(third.percent)})`,
    );
    const table = rows(figure(page, 'Top 13 citizenships of third-country nationals,'));
    expect(table.at(-1)).toEqual(['Total', formatCount(third.count), formatPercent(third.percent)]);
    expect(table.map((r) => r[0])).not.toContain('Romania');
  });

  it('gives the returns per category and per month, this year beside last year', () => {
    expect(rows(figure(page, 'Returns per category,'))).toEqual([
      ['Asylum', String(report.byCategory.asylum.thisYear), String(report.byCategory.asylum.lastYear)],
      ['Dublin', String(report.byCategory.dublin.thisYear), String(report.byCategory.dublin.lastYear)],
      ['International protection (IP)', String(report.byCategory.ip.thisYear), String(report.byCategory.ip.lastYear)],
      ['Refused entry or stay', String(report.byCategory.refused.thisYear), String(report.byCategory.refused.lastYear)],
      ['Expelled', String(report.byCategory.expelled.thisYear), String(report.byCategory.expelled.lastYear)],
      ['Total', '578', '560'],
    ]);
    const perMonth = figure(page, 'Returns per month,');
    expect(perMonth).toMatch(/<th scope="col" class="retur-num">2026<\/th><th scope="col" class="retur-num">2025<\/th>/);
    expect(rows(perMonth)).toEqual([
      ['January 2026', '186', '176'],
      ['February 2026', '183', '182'],
      ['March 2026', '209', '202'],
      ['Total', '578', '560'],
    ]);
  });

  it('gives the convicted offenders of the last 24 months, with numbers grouped the English way', () => {
    const table = rows(figure(page, 'Returns of convicted offenders per month, April 2024 to March 2026'));
    expect(table).toHaveLength(25);
    expect(table[0]![0]).toBe('April 2024');
    expect(table[23]).toEqual(['March 2026', String(report.convictedOffenders.byMonth.at(-1)!.count)]);
    const sum = report.convictedOffenders.byMonth.reduce((a, m) => a + m.count, 0);
    expect(sum).toBeGreaterThan(999);
    expect(table[24]).toEqual(['Total', new Intl.NumberFormat('en-GB').format(sum)]);
    expect(table[24]![1]).toMatch(/^\d,\d{3}$/);
  });

  it('gives the minors: 36 with family, 4 unaccompanied, 40 in all, and per month', () => {
    const minors = section(page, 'minors');
    expect(rows(minors)).toEqual([
      ['Minors with family', '36'],
      ['Unaccompanied minors', '4'],
      ['Total', '40'],
    ]);
    const perMonth = rows(figure(page, 'Minors per month,'));
    expect(perMonth.at(-1)).toEqual(['Total', '36', '4', '40']);
    expect(perMonth.map((r) => r[0])).toEqual(['January 2026', 'February 2026', 'March 2026', 'Total']);
  });

  it('links to the report as JSON, JSON-stat and CSV, with & escaped in the attribute', () => {
    const hrefs = all(section(page, 'open-data'), /href="[^"]*"/g);
    expect(hrefs).toEqual([
      'href="/api/v1/statistics/forced-returns?month=2026-03&amp;format=json"',
      'href="/api/v1/statistics/forced-returns?month=2026-03&amp;format=json-stat"',
      'href="/api/v1/statistics/forced-returns?month=2026-03&amp;format=csv"',
    ]);
  });

  it('has a month picker that works without JavaScript: a GET form with a labelled month field and a button', () => {
    const form = page.match(/<form[\s\S]*?<\/form>/)?.[0] ?? '';
    expect(form).toMatch(/^<form class="ds-field retur-month" method="get" action="\/statistics\/forced-returns">/);
    expect(form).toContain('<label class="ds-label" for="month">Report month</label>');
    expect(form).toMatch(
      /<input class="ds-input" type="month" id="month" name="month" value="2026-03" min="2007-01" required aria-describedby="month-description">/,
    );
    expect(form).toContain('id="month-description"');
    expect(form).toMatch(/<button class="ds-button"[^>]* type="submit">Show report<\/button>/);
  });

  it('takes the paths and the latest month from the caller, and escapes them', () => {
    const other = renderForcedReturnReportPage(report, { pagePath: '/x"><script>alert(1)</script>', apiPath: '/api', latestMonth: '2026-04' });
    expect(other).not.toContain('<script>');
    expect(other).toContain('action="/x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(other).toContain('href="/api?month=2026-03&amp;format=csv"');
    expect(other).toContain('max="2026-04"');
  });

  it('renders a month with no returns at all', () => {
    const empty = buildForcedReturnReport([], { month: '2026-01', producedAt: '2026-02-01T06:00:00Z', source: 'file' });
    const html = renderForcedReturnReportPage(empty);
    expect(headline(section(html, 'total'))).toEqual({
      'So far this year (January 2026)': '0',
      'Same period last year (January 2025)': '0',
      'Percentage change': 'not applicable',
    });
    expect(rows(figure(html, 'Top 13 citizenships,'))).toEqual([
      ['Others', '0', '0 %'],
      ['Total', '0', '0 %'],
    ]);
    expect(figures(html)).toHaveLength(8);
    expect(text(html)).toContain('from an imported file of returns');
  });
});

describe('published and live figures', () => {
  // Published on 1 April, before the departures of 29–31 March were registered.
  const publishedReport = buildForcedReturnReport(aggregate(records.filter((r) => r.departureDate < '2026-03-29')), {
    month: '2026-03',
    producedAt: '2026-04-01T06:00:00Z',
    source: 'database',
  });
  const published = { report: publishedReport, publishedAt: '2026-04-01T06:05:00Z' };
  const live = buildForcedReturnReport(aggregate(records), { month: '2026-03', producedAt: '2026-04-10T07:30:00Z', source: 'database' });
  const missing = live.total.thisYear - publishedReport.total.thisYear;

  it('the live page says when the figures were published and gives the published figure beside each headline number', () => {
    expect(missing).toBeGreaterThan(0);
    const html = renderForcedReturnReportPage(live, { published });
    expect(headline(section(html, 'total'))['So far this year (January–March 2026)']).toBe('578');
    const total = text(section(html, 'total'));
    expect(total).toContain(`578 Published 1 April 2026: ${formatCount(publishedReport.total.thisYear)} (+${missing} since publication)`);
    expect(total).toContain('560 Published 1 April 2026: the same');
    const points = (report.total.changePercent ?? 0) - (publishedReport.total.changePercent ?? 0);
    expect(total).toContain(`Published 1 April 2026: ${formatPercent(publishedReport.total.changePercent)} (+${points} percentage points since publication)`);
    expect(text(html)).toContain('Live figures. Produced 10 April 2026 at 09:30');
    expect(text(html)).toContain('The figures for this month were published on 1 April 2026 at 08:05');
    expect(html).toContain('href="/statistics/forced-returns?month=2026-03&amp;published=true">Show the published figures</a>');
  });

  it('the published page shows the published figures throughout and the live figure beside each headline number', () => {
    const html = renderForcedReturnReportPage(live, { published, show: 'published' });
    expect(html).toContain('<title>Forced returns from Norway as of March 2026 (published figures) – Retur</title>');
    expect(headline(section(html, 'total'))['So far this year (January–March 2026)']).toBe(formatCount(publishedReport.total.thisYear));
    expect(text(section(html, 'total'))).toContain(`Live figure now: 578 (+${missing} since publication)`);
    expect(rows(figure(html, 'Top 13 citizenships,')).at(-1)).toEqual(['Total', formatCount(publishedReport.total.thisYear), '100 %']);
    expect(text(html)).toContain('Published figures, as published on 1 April 2026 at 08:05. Produced 1 April 2026 at 08:00');
    expect(html).toContain('href="/statistics/forced-returns?month=2026-03">Show the live figures</a>');
  });

  it('links to the published data as well, with published=true', () => {
    const hrefs = all(section(renderForcedReturnReportPage(live, { published }), 'open-data'), /href="[^"]*"/g);
    expect(hrefs).toHaveLength(6);
    expect(hrefs.slice(3)).toEqual([
      'href="/api/v1/statistics/forced-returns?month=2026-03&amp;format=json&amp;published=true"',
      'href="/api/v1/statistics/forced-returns?month=2026-03&amp;format=json-stat&amp;published=true"',
      'href="/api/v1/statistics/forced-returns?month=2026-03&amp;format=csv&amp;published=true"',
    ]);
  });

  it('refuses to show published figures it was not given, or of another month', () => {
    expect(() => renderForcedReturnReportPage(live, { show: 'published' })).toThrow(/no published report/);
    const february = buildForcedReturnReport(aggregate(records), { month: '2026-02', producedAt: '2026-03-01T06:00:00Z', source: 'database' });
    expect(() => renderForcedReturnReportPage(live, { published: { report: february, publishedAt: '2026-03-01T06:00:00Z' } })).toThrow(/2026-02/);
  });
});
