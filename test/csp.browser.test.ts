/**
 * The pages under the Content Security Policy the server sends (src/api/security.ts), in Chromium: every page
 * loads its stylesheet, fonts and charts with nothing refused by the policy, and the quick exit still leaves
 * for its neutral site (a form whose answer redirects: Chromium checks `form-action` on the redirect too).
 * Served by the real server on 127.0.0.1, with the demo's historical returns for the statistics' charts.
 * Skipped (loudly) only where /usr/bin/chromium is not installed.
 */
import type { Browser, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/main/server.ts';
import { defaultServerConfig } from '../src/api/config.ts';
import { insertImportedRecords } from '../src/statistics/database.ts';
import { demoForcedReturns } from '../src/statistics/demo.ts';
import { QUICK_EXIT_URL } from '../src/shared/http.ts';
import { onPGlite } from './support/databases.ts';
import { hasChromium, launchChromium, warnWithoutChromium } from './support/browser.ts';

warnWithoutChromium('the browser test of the Content Security Policy');

const pages = ['/', '/?lang=ar', '/?lang=am', '/docs/errors', '/docs/rules', '/statistics/forced-returns?month=2026-03', '/no-such-page'];

onPGlite((database) => {
  describe.skipIf(!hasChromium)('the pages under the Content Security Policy, in Chromium', () => {
    let app: FastifyInstance;
    let base: string;
    let browser: Browser;

    beforeAll(async () => {
      const store = await database.open();
      await insertImportedRecords(store.db, demoForcedReturns());
      app = await buildServer({ logger: false, db: store.db, oidc: null, config: defaultServerConfig });
      base = await app.listen({ port: 0, host: '127.0.0.1' });
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
      await app?.close();
    });

    /** A page with every refusal of the policy, failed request and console error collected. */
    async function open(path: string): Promise<{ page: Page; problems: string[]; violations: () => Promise<string[]> }> {
      const page = await browser.newPage();
      const problems: string[] = [];
      // Runs before the page's own content (injected by the browser, not subject to the page's policy).
      await page.addInitScript(
        'window.__violations = []; document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.violatedDirective + " " + e.blockedURI));',
      );
      page.on('console', (message) => {
        // A failed load is reported below, with its address.
        if ((message.type() === 'error' || message.type() === 'warning') && !message.text().startsWith('Failed to load resource'))
          problems.push(`console ${message.type()}: ${message.text()}`);
      });
      page.on('response', (answer) => {
        // Browsers ask for a favicon on their own; the pages link none.
        if (answer.status() >= 400 && new URL(answer.url()).pathname !== '/favicon.ico') problems.push(`HTTP ${answer.status()}: ${answer.url()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
      const response = await page.goto(base + path);
      expect(response?.headers()['content-security-policy'], path).toMatch(/frame-ancestors 'none'/);
      return { page, problems, violations: async () => (await page.evaluate('window.__violations')) as string[] };
    }

    it.each(pages)('%s: nothing is refused by the policy, and the stylesheet and fonts apply', async (path) => {
      const { page, problems, violations } = await open(path);
      await page.evaluate('document.fonts.ready');
      // The stylesheet applied (it sets Retur's own font faces on the body), and every font the page uses loaded.
      expect(await page.evaluate('getComputedStyle(document.body).fontFamily'), path).toMatch(/Retur Sans/);
      expect(await page.evaluate('[...document.fonts].filter((f) => f.status === "error").length'), path).toBe(0);
      if (path.startsWith('/statistics')) expect(await page.locator('figure svg').count()).toBeGreaterThan(0);
      expect(await violations(), path).toEqual([]);
      expect(
        problems.filter((p) => p !== `HTTP 404: ${base}/no-such-page`),
        path,
      ).toEqual([]);
      await page.close();
    });

    it('the check itself works: an inline style added to a page is refused and reported', async () => {
      const { page, violations } = await open('/');
      await page.evaluate('document.body.insertAdjacentHTML("beforeend", "<style>body{color:red}</style>")');
      await expect.poll(violations).toEqual([expect.stringMatching(/^style-src/)]);
      await page.close();
    });

    it('the quick exit still leaves for its neutral site', async () => {
      const { page, problems } = await open('/');
      // Were form-action to refuse the redirect, the browser would never ask for the neutral site. (There is no
      // network here, so the request itself fails: that is not the policy's doing.)
      const [left] = await Promise.all([page.waitForRequest(QUICK_EXIT_URL), page.locator('form.retur-leave button').click()]);
      expect(left.redirectedFrom()?.url()).toBe(`${base}/leave`);
      expect(problems.filter((p) => !p.startsWith(`request failed: ${QUICK_EXIT_URL}`))).toEqual([]);
      await page.close();
    });
  });
});
