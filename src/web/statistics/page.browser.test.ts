/**
 * The report page in a real browser (Chromium through playwright-core): axe-core finds no accessibility
 * violations, the stylesheet loads, nothing overflows on a phone-sized screen, and a screenshot of the whole
 * page is saved to /tmp/retur-statistics.png for a person to look at. Skipped (loudly) only where
 * /usr/bin/chromium is not installed.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { aggregate } from '../../statistics/aggregate.ts';
import { demoForcedReturns } from '../../statistics/demo.ts';
import { buildForcedReturnReport } from '../../statistics/report.ts';
import { assetAt } from '../assets.ts';
import { renderForcedReturnReportPage } from './page.ts';
import { hasChromium, launchChromium, warnWithoutChromium } from '../../../test/support/browser.ts';

const SCREENSHOT = '/tmp/retur-statistics.png';

warnWithoutChromium('the browser test of the statistics page (axe-core, screenshot)');

// The live figures, and a published version made before the last few registrations of March came in.
const records = demoForcedReturns();
const live = buildForcedReturnReport(aggregate(records), { month: '2026-03', producedAt: '2026-04-10T07:30:00Z', source: 'database' });
const late = new Set(records.filter((r) => r.departureDate >= '2026-03-29').map((r) => r.id));
const publishedReport = buildForcedReturnReport(aggregate(records.filter((r) => !late.has(r.id))), {
  month: '2026-03',
  producedAt: '2026-04-01T06:00:00Z',
  source: 'database',
});
const published = { report: publishedReport, publishedAt: '2026-04-01T06:05:00Z' };

const pages: Record<string, string> = {
  '/live': renderForcedReturnReportPage(live, { published, latestMonth: '2026-04' }),
  '/published': renderForcedReturnReportPage(live, { published, show: 'published' }),
  '/unpublished': renderForcedReturnReportPage(live),
};

/** What the test reads back from axe.run(): the violations, with enough to say what and where. */
const axeResults = z.object({
  violations: z.array(z.object({ id: z.string(), impact: z.string().nullish(), help: z.string(), nodes: z.array(z.object({ target: z.array(z.unknown()) })) })),
  passes: z.array(z.object({ id: z.string() })),
});

async function runAxe(page: Page): Promise<z.infer<typeof axeResults>> {
  await page.addScriptTag({ content: axe.source });
  return axeResults.parse(await page.evaluate('axe.run(document, { resultTypes: ["violations"] })'));
}

describe.skipIf(!hasChromium)('the forced-return report page in Chromium', () => {
  let server: Server;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = request.url ?? '/';
      const asset = assetAt(path);
      if (asset) {
        response.writeHead(200, { 'content-type': asset.type }).end(asset.body);
        return;
      }
      // Browsers ask for a favicon on their own; the page does not link one.
      if (path === '/favicon.ico') {
        response.writeHead(204).end();
        return;
      }
      const body = pages[path];
      if (body === undefined) response.writeHead(404).end();
      else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  async function open(path: string, width = 1280): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    const response = await page.goto(base + path);
    expect(response?.status()).toBe(200);
    return { page, problems };
  }

  it.each(Object.keys(pages))('%s: axe-core finds no violations, the stylesheet applies and nothing fails to load', async (path) => {
    const { page, problems } = await open(path);
    // The stylesheet applied: Designsystemet's table class draws a border.
    expect(await page.evaluate('getComputedStyle(document.querySelector(".ds-table")).borderTopStyle')).toBe('solid');
    const results = await runAxe(page);
    expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the check itself works: axe-core reports a chart whose label was removed', async () => {
    const { page } = await open('/live');
    // Break the page in the browser the way a careless edit would: drop a chart's label.
    await page.evaluate('document.querySelector("figure svg").removeAttribute("aria-label")');
    const results = await runAxe(page);
    expect(results.violations.map((v) => v.id)).toContain('svg-img-alt');
    await page.close();
  });

  it('draws every chart at a readable size and saves a screenshot of the whole page', async () => {
    const { page } = await open('/live');
    const sizes = z
      .array(z.object({ width: z.number(), height: z.number() }))
      .parse(
        await page.evaluate(
          '[...document.querySelectorAll("figure svg")].map((svg) => { const r = svg.getBoundingClientRect(); return { width: r.width, height: r.height }; })',
        ),
      );
    expect(sizes).toHaveLength(await page.locator('figure').count());
    for (const size of sizes) {
      expect(size.width).toBeGreaterThan(400);
      expect(size.height).toBeGreaterThan(150);
    }
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);
    await page.close();
  });

  it('fits a phone-sized screen without scrolling sideways', async () => {
    const { page } = await open('/live', 375);
    const overflow = z.number().parse(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
    expect(overflow).toBe(0);
    await page.screenshot({ path: SCREENSHOT.replace('.png', '-phone.png'), fullPage: true });
    await page.close();
  });
});
