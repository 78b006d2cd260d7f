/**
 * The staff console in a real browser (Chromium through playwright-core), with JavaScript on and off: a UDI
 * caseworker signs in through the form, opens the home page, the queue of applications and a case (saying
 * why), in English and bokmål; axe-core finds no violations on any of those pages, nothing fails to load, the
 * keyboard reaches the case's action forms with a visible focus, and an invalid form comes back with the
 * error summary. Screenshots go to /tmp/retur-console-*.png for a person to look at. Skipped (loudly) only
 * where /usr/bin/chromium is not installed.
 */
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildServer } from '../../main/server.ts';
import { createUser } from '../../cases/accounts.ts';
import { act, openCase } from '../../cases/commands.ts';
import { familyInput } from '../../cases/testing.ts';
import type { Principal } from '../../cases/roles.ts';
import { onPGlite } from '../../../test/support/databases.ts';
import {
  axeViolations as violations,
  hasChromium,
  warnWithoutChromium,
  serveInChromium,
  withAxe,
  type ServedInChromium,
} from '../../../test/support/browser.ts';

warnWithoutChromium('the browser test of the console (axe-core, screenshots)');

onPGlite((database) => {
  describe.skipIf(!hasChromium)('the console in Chromium', () => {
    let app: FastifyInstance;
    let base: string;
    let browser: Browser;
    let served: ServedInChromium | undefined;
    let reference: string;
    let caseId: string;

    beforeAll(async () => {
      const store = await database.open();
      const { id } = await createUser(store.db, { username: 'udi.browser', displayName: 'UDI browser', role: 'udi', password: 'browser-password-udi' });
      const udi: Principal = { kind: 'staff', userId: id, username: 'udi.browser', role: 'udi' };
      const iom = await createUser(store.db, { username: 'iom.browser', displayName: 'IOM browser', role: 'iom', password: 'browser-password-iom' });
      const opened = await openCase(store.db, udi, familyInput);
      await act(
        store.db,
        { kind: 'staff', userId: iom.id, username: 'iom.browser', role: 'iom' },
        opened.case.id,
        'assisted-return.apply',
        { destination: 'AF' },
        { expectedVersion: opened.version },
      );
      reference = opened.case.reference;
      caseId = opened.case.id;
      app = await buildServer({ logger: false, db: store.db, loginRateLimit: 10_000, oidc: null });
      served = await serveInChromium(app);
      ({ base, browser } = served);
    });

    afterAll(async () => {
      await served?.close();
    });

    /**
     * axe-core on the page as it is now. axe needs timers, which do not run with the page's JavaScript off:
     * then the same address is checked in a twin with JavaScript on and the same cookies (the pages carry no
     * script, so the document is the same).
     */
    async function check(page: Page, javaScriptEnabled: boolean): Promise<string[]> {
      if (javaScriptEnabled) return violations(page);
      const twin = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
      await withAxe(twin);
      await twin.addCookies(await page.context().cookies());
      const twinPage = await twin.newPage();
      await twinPage.goto(page.url());
      const found = await violations(twinPage);
      await twin.close();
      return found;
    }

    /** A fresh browser (no cookies) with JavaScript on or off, that notes every failed request and page error. */
    async function session(javaScriptEnabled: boolean): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
      // bypassCSP lets axe-core be added as a script.
      const context = await browser.newContext({ javaScriptEnabled, bypassCSP: true, viewport: { width: 1280, height: 900 } });
      if (javaScriptEnabled) await withAxe(context);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
      page.on('response', (response) => {
        // Asking for the console without a session answers 401 with the sign-in page: that one is expected.
        if (response.status() >= 400 && !(response.status() === 401 && response.request().resourceType() === 'document'))
          problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      return { context, page, problems };
    }

    /** Signs in through the form, as a person would; the page ends on the console's home. */
    async function signIn(page: Page, lang: string): Promise<void> {
      await page.goto(`${base}/console/sign-in?lang=${lang}`);
      await page.fill('#username', 'udi.browser');
      await page.fill('#password', 'browser-password-udi');
      await Promise.all([page.waitForURL(`${base}/console`), page.click('form[method="post"][action="/console/sign-in"] button[type=submit]')]);
    }

    for (const javaScriptEnabled of [true, false]) {
      for (const lang of ['en', 'nb'] as const) {
        describe(`in ${lang}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
          const shot = (name: string) => `/tmp/retur-console-${name}-${lang}-js-${javaScriptEnabled ? 'on' : 'off'}.png`;

          it('asks for a sign-in that leads back to the page asked for, then shows the queues: no axe violations', async () => {
            const { context, page, problems } = await session(javaScriptEnabled);
            const first = await page.goto(`${base}/console?lang=${lang}`);
            expect(first?.status()).toBe(401);
            expect(await page.getAttribute('html', 'lang')).toBe(lang);
            expect(await check(page, javaScriptEnabled)).toEqual([]);
            await page.fill('#username', 'udi.browser');
            await page.fill('#password', 'browser-password-udi');
            await Promise.all([
              page.waitForURL(`${base}/console?lang=${lang}`),
              page.click('form[method="post"][action="/console/sign-in"] button[type=submit]'),
            ]);
            expect(await page.locator('h1').innerText()).toBe(lang === 'en' ? 'Your work queues' : 'Arbeidskøene dine');
            expect(await page.locator('.retur-queue__count').first().innerText()).toMatch(/^1 /);
            expect(await check(page, javaScriptEnabled)).toEqual([]);
            await page.screenshot({ path: shot('home'), fullPage: true });
            expect(problems).toEqual([]);
            await context.close();
          });

          it('lists the application in the queue, and opens the case from it after asking why: no axe violations', async () => {
            const { context, page, problems } = await session(javaScriptEnabled);
            await signIn(page, lang);
            await Promise.all([page.waitForURL(/\/console\/queues\/udi\.applications/), page.click('a[href="/console/queues/udi.applications"]')]);
            expect(await page.locator('table').innerText()).toContain(reference);
            expect(await check(page, javaScriptEnabled)).toEqual([]);
            await page.screenshot({ path: shot('queue'), fullPage: true });
            // The link carries the queue as the purpose of the read: the case opens at once.
            await Promise.all([page.waitForURL(/\/console\/cases\//), page.click(`a:text("${reference}")`)]);
            expect(await page.locator('h1').innerText()).toContain(reference);
            expect(problems).toEqual([]);
            await context.close();
          });

          it('shows the case with its action forms, reached by keyboard with a visible focus: no axe violations', async () => {
            const { context, page, problems } = await session(javaScriptEnabled);
            await signIn(page, lang);
            await page.goto(`${base}/console/cases/${caseId}?why=decision`);
            expect(await page.locator('h1').innerText()).toContain(reference);
            expect(await check(page, javaScriptEnabled)).toEqual([]);
            await page.screenshot({ path: shot('case'), fullPage: true });
            const summary = page.locator('.retur-action > summary').first();
            await summary.focus();
            await page.keyboard.press('Enter');
            expect(await page.locator('.retur-action').first().getAttribute('open')).not.toBeNull();
            // The summary has the focus, and its outline shows.
            expect(await page.evaluate('document.activeElement === document.querySelector(".retur-action > summary")')).toBe(true);
            expect(z.string().parse(await page.evaluate('getComputedStyle(document.activeElement).outlineStyle'))).not.toBe('none');
            expect(problems).toEqual([]);
            await context.close();
          });

          it("opens a process diagram drawn at a readable size, the case's state marked: no axe violations", async () => {
            const { context, page, problems } = await session(javaScriptEnabled);
            await signIn(page, lang);
            await page.goto(`${base}/console/cases/${caseId}?why=decision`);
            const diagram = page.locator('.retur-diagram', { has: page.locator('svg[aria-labelledby="d-assisted-return-title"]') });
            await diagram.locator('summary').click();
            const box = await diagram.locator('svg').boundingBox();
            expect(box?.width).toBeGreaterThan(300);
            expect(await check(page, javaScriptEnabled)).toEqual([]);
            expect(await diagram.locator('.retur-diagram__state--current text:not(.retur-diagram__loop)').textContent()).toBe(
              lang === 'en' ? 'applied' : 'søkt',
            );
            await diagram.screenshot({ path: shot('diagram') });
            expect(problems).toEqual([]);
            await context.close();
          });

          it('sends a form without its required field back with the error summary linking to it: no axe violations', async () => {
            const { context, page, problems } = await session(javaScriptEnabled);
            await signIn(page, lang);
            await page.goto(`${base}/console/cases/${caseId}?why=decision`);
            await page
              .locator('.retur-action > summary', { hasText: lang === 'en' ? 'Reject' : 'Avslå' })
              .first()
              .click();
            const reject = page.locator('form[action$="/actions/assisted-return.reject"]');
            await Promise.all([page.waitForLoadState('load'), reject.locator('button[type=submit]').click()]);
            await page.waitForSelector('.ds-error-summary');
            expect(await page.locator('.ds-error-summary a').first().getAttribute('href')).toBe('#a-assisted-return-reject-reasons');
            // The POST's page (400) has no address to open again: checked as it is, with JavaScript on only.
            if (javaScriptEnabled) expect(await violations(page)).toEqual([]);
            await page.screenshot({ path: shot('error'), fullPage: true });
            expect(problems.filter((p) => !p.startsWith('HTTP 400: ') || !p.includes('/actions/assisted-return.reject'))).toEqual([]);
            await context.close();
          });
        });
      }
    }

    describe('the queue’s table at a desktop and a phone width', () => {
      /** The lines a reference link takes in the table: one rectangle per line box it lays out on. */
      const linesOfReferences = (page: Page) =>
        page.$$eval('table tbody th a', (links) => links.map((link) => ({ text: link.textContent ?? '', lines: link.getClientRects().length })));

      it('keeps each case reference on one line at 1280 px', async () => {
        const { context, page, problems } = await session(true);
        await signIn(page, 'en');
        await page.goto(`${base}/console/queues/udi.applications?lang=en`);
        const references = await linesOfReferences(page);
        expect(references.map((r) => r.text)).toContain(reference);
        for (const r of references) expect(r.lines, r.text).toBe(1);
        await page.screenshot({ path: '/tmp/retur-console-queue-1280.png', fullPage: true });
        expect(problems).toEqual([]);
        await context.close();
      });

      it('works at 320 px: the page does not scroll sideways, the table scrolls in its own box, every control is reachable', async () => {
        const context = await browser.newContext({ javaScriptEnabled: true, bypassCSP: true, viewport: { width: 320, height: 640 } });
        const page = await context.newPage();
        await signIn(page, 'en');
        await page.goto(`${base}/console/queues/udi.applications?lang=en`);
        // The page itself: nothing wider than the viewport.
        const widths = z
          .object({ page: z.number(), body: z.number(), viewport: z.number() })
          .parse(await page.evaluate('({ page: document.documentElement.scrollWidth, body: document.body.scrollWidth, viewport: window.innerWidth })'));
        expect(widths.page, JSON.stringify(widths)).toBeLessThanOrEqual(widths.viewport);
        expect(widths.body, JSON.stringify(widths)).toBeLessThanOrEqual(widths.viewport);
        // The table keeps its references on one line and scrolls inside its container, which a keyboard can reach.
        for (const r of await linesOfReferences(page)) expect(r.lines, r.text).toBe(1);
        const box = await page.locator('.retur-table-scroll').boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(320);
        // Every field of the filters and the link to the case fit inside the viewport's width.
        for (const selector of ['#f-kind', '#f-authority', '#f-after', '#f-before', '#f-order', '.retur-filters button[type=submit]']) {
          const field = await page.locator(selector).boundingBox();
          expect(field!.x, selector).toBeGreaterThanOrEqual(0);
          expect(field!.x + field!.width, selector).toBeLessThanOrEqual(320);
        }
        expect(await violations(page)).toEqual([]);
        await page.screenshot({ path: '/tmp/retur-console-queue-320.png', fullPage: true });
        await context.close();
      });
    });
  });
});
