/**
 * The public pages in a real browser (Chromium through playwright-core), against the real server:
 *
 * - every page built here, in all eighteen languages: it answers 200 with the right `lang` and `dir`, no
 *   message key shows through, the review notice is there in every unreviewed language, nothing runs off a
 *   320 px screen, and axe-core finds no violations (the result pages reached by answering in that language);
 * - the checker, the calculator and "what now" walked end to end by clicking, in English, bokmål and Arabic,
 *   with JavaScript on and off, with screenshots at 375 and 1280 px under test-results/web/ to look at.
 *
 * One browser for the file; one test per language, so each stays far below the time limit. Skipped (loudly)
 * only where /usr/bin/chromium is not installed.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../main/server.ts';
import { catalogueOf } from '../../i18n/catalogue.ts';
import { dirOf, languageTags, type Lang } from '../../i18n/languages.ts';
import {
  PAGE_WALK_TIMEOUT_MS,
  axeViolations as violations,
  hasChromium,
  warnWithoutChromium,
  serveInChromium,
  withAxe,
  type ServedInChromium,
} from '../../../test/support/browser.ts';

const SHOTS = new URL('../../../test-results/web/', import.meta.url).pathname;

warnWithoutChromium('the browser tests of the public pages');

/** The answers that reach each flow's result, as the forms send them. */
const walks: Record<string, { base: string; steps: [string, Record<string, string>][] }> = {
  checker: {
    base: '/check',
    steps: [
      ['residence', { residence: 'no' }],
      ['protection', { protection: 'rejected' }],
      ['dublin', { dublin: 'no' }],
      ['residenceApplication', { residenceApplication: 'none' }],
      ['permitEnded', { permitEnded: 'no' }],
      ['otherEea', { otherEea: 'no' }],
      ['fortyEight', { fortyEight: 'no' }],
      ['minor', { minor: 'no' }],
      ['trafficking', { trafficking: 'no' }],
      ['previousSupport', { previousSupport: 'no' }],
      ['citizenship', { citizenship: 'AF' }],
    ],
  },
  calculator: {
    base: '/support',
    steps: [
      ['registered', { registered: 'yes' }],
      ['hasDeadline', { hasDeadline: 'yes' }],
      ['deadline', { deadline: '2099-03-15' }],
      ['citizenship', { citizenship: 'SO' }],
      ['people', { people: '3' }],
      ['births', { 'births-0': '1985-06-15', 'births-1': '1988-11-30', 'births-2': '2016-12-01' }],
    ],
  },
  decision: {
    base: '/what-now',
    steps: [
      ['kind', { kind: 'protection-rejected' }],
      ['decisionDate', { decisionDate: '2026-01-05' }],
      ['hasDeadline', { hasDeadline: 'yes' }],
      ['deadline', { deadline: '2099-02-10' }],
      ['appeal', { appeal: 'none' }],
      ['schengenPermit', { schengenPermit: 'no' }],
    ],
  },
};

describe.skipIf(!hasChromium)('the public pages in Chromium', { timeout: PAGE_WALK_TIMEOUT_MS }, () => {
  let app: FastifyInstance;
  let base: string;
  let browser: Browser;
  let served: ServedInChromium | undefined;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await buildServer({ logger: false, pagePostRateLimit: 100_000 });
    served = await serveInChromium(app);
    ({ base, browser } = served);
  });

  afterAll(async () => {
    await served?.close();
  });

  /** A context in a language (the cookie the picker sets), with JavaScript on or off. */
  async function contextIn(lang: Lang, javaScriptEnabled = true, width = 1280): Promise<BrowserContext> {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 900 } });
    if (javaScriptEnabled) await withAxe(context);
    await context.addCookies([{ name: 'retur_lang', value: lang, url: base }]);
    return context;
  }

  /** Answers a flow's questions through the forms' own POSTs (the CSRF token read from the page). */
  async function answer(context: BrowserContext, flow: string): Promise<void> {
    const page = await context.newPage();
    const { base: at, steps } = walks[flow]!;
    await page.goto(`${base}${at}/${steps[0]![0]}`);
    for (const [id, form] of steps) {
      const csrf = await page.locator('input[name="_csrf"]').first().getAttribute('value');
      const response = await context.request.post(`${base}${at}/${id}`, { form: { _csrf: csrf ?? '', ...form }, maxRedirects: 0 });
      expect(response.status(), `${flow} ${id}`).toBe(303);
    }
    await page.close();
  }

  async function checkPage(page: Page, lang: Lang, url: string): Promise<string[]> {
    const problems: string[] = [];
    const response = await page.goto(`${base}${url}`);
    if (response?.status() !== 200) problems.push(`${url}: HTTP ${response?.status()}`);
    const root = z
      .object({ lang: z.string(), dir: z.string() })
      .parse(await page.evaluate('({ lang: document.documentElement.lang, dir: document.documentElement.dir })'));
    if (root.lang !== lang || root.dir !== dirOf(lang)) problems.push(`${url}: lang=${root.lang} dir=${root.dir}`);
    const text = z.string().parse(await page.evaluate('document.body.innerText'));
    const leaked = /\b(common|public|rules|statistics)\.[a-zA-Z]+\.[a-zA-Z.-]+/.exec(text);
    if (leaked) problems.push(`${url}: message key shows: ${leaked[0]}`);
    if ((await page.locator('h1').count()) !== 1) problems.push(`${url}: not one <h1>`);
    const unreviewed = catalogueOf(lang).review.status === 'unreviewed';
    if (unreviewed !== ((await page.locator('.retur-review').count()) === 1)) problems.push(`${url}: review notice wrong`);
    for (const v of await violations(page)) problems.push(`${url}: ${v}`);
    // 320 px wide: nothing runs off the screen.
    await page.setViewportSize({ width: 320, height: 800 });
    const overflow = z.number().parse(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
    if (overflow > 0) problems.push(`${url}: ${overflow} px wider than a 320 px screen`);
    await page.setViewportSize({ width: 1280, height: 900 });
    return problems;
  }

  for (const lang of languageTags) {
    it(`${lang}: the start page and each flow's first question render in the language, with no message key, nothing off a 320 px screen and no axe violation; a refused answer shows the error summary; a 404 is a page in the language`, async () => {
      const context = await contextIn(lang);
      const page = await context.newPage();
      const problems: string[] = [];
      for (const url of ['/', '/check/residence', '/support/registered', '/what-now/kind']) problems.push(...(await checkPage(page, lang, url)));
      // A question answered with nothing (a fresh session, so no earlier answer is checked): the error summary, in the language.
      await page.goto(`${base}/check/residence`);
      await page.locator('main button[type="submit"]').click();
      await page.waitForSelector('.ds-error-summary');
      for (const v of await violations(page)) problems.push(`error summary: ${v}`);
      const missing = await page.goto(`${base}/no-such-page`);
      expect(missing?.status()).toBe(404);
      expect(await page.evaluate('document.documentElement.lang')).toBe(lang);
      await context.close();
      expect(problems).toEqual([]);
    });

    it(`${lang}: each flow's result, reached by answering in the language, renders with no message key, nothing off a 320 px screen and no axe violation`, async () => {
      const context = await contextIn(lang);
      const page = await context.newPage();
      const problems: string[] = [];
      for (const flow of Object.keys(walks)) await answer(context, flow);
      for (const url of ['/check/result', '/support/result', '/what-now/result']) problems.push(...(await checkPage(page, lang, url)));
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${base}/check/result`);
        await page.screenshot({ path: `${SHOTS}checker-result-${lang}-${width}.png`, fullPage: true });
      }
      await context.close();
      expect(problems).toEqual([]);
    });
  }

  for (const lang of ['en', 'nb', 'ar'] as const) {
    for (const js of [true, false]) {
      for (const [flow, { base: at, steps }] of Object.entries(walks)) {
        // The checker in all three languages both ways; the calculator and "what now" in Arabic without JavaScript and in bokmål with it.
        if (flow !== 'checker' && !((lang === 'ar' && !js) || (lang === 'nb' && js))) continue;
        it(`${lang}, JavaScript ${js ? 'on' : 'off'}, ${flow}: a person clicks through to the result${flow === 'decision' ? ', changes language there, and leaves quickly' : ''}`, async () => {
          const width = js ? 1280 : 375;
          const context = await contextIn(lang, js, width);
          const page = await context.newPage();
          const shot = (name: string) => page.screenshot({ path: `${SHOTS}${name}-${lang}-${js ? 'js' : 'nojs'}-${width}.png`, fullPage: true });
          if (flow === 'checker') {
            await page.goto(`${base}/`);
            await shot('start');
          }
          {
            await page.goto(`${base}${at}`);
            expect(page.url()).toBe(`${base}${at}/${steps[0]![0]}`);
            for (const [index, [id, form]] of steps.entries()) {
              expect(new URL(page.url()).pathname).toBe(`${at}/${id}`);
              if (index === 0) {
                // Continue without an answer first: the error summary links to the field.
                await page.locator('main button[type="submit"]').click();
                await page.waitForSelector('.ds-error-summary');
                if (flow === 'checker') await shot('checker-error');
                await page.locator('.ds-error-summary a').first().click();
              }
              for (const [name, value] of Object.entries(form)) {
                const field = page.locator(`[name="${name}"]`);
                const type = await field.first().getAttribute('type');
                if (type === 'radio') await page.locator(`label[for="${await page.locator(`[name="${name}"][value="${value}"]`).getAttribute('id')}"]`).click();
                else if ((await field.first().evaluate((e) => e.tagName)) === 'SELECT') await field.selectOption(value);
                else await field.fill(value);
              }
              if (flow === 'checker' && index === 0) await shot('checker-question');
              await page.locator('main button[type="submit"]').click();
              await page.waitForLoadState('load');
            }
            expect(new URL(page.url()).pathname).toBe(`${at}/answers`);
            await shot(`${flow}-answers`);
            // Back links and change links lead to the right question.
            await page.locator('main .retur-summary a').first().click();
            expect(new URL(page.url()).pathname).toBe(`${at}/${steps[0]![0]}`);
            await page.goto(`${base}${at}/answers`);
            await page.locator('main a.ds-button').click();
            expect(new URL(page.url()).pathname).toBe(`${at}/result`);
            expect(await page.locator('h1').count()).toBe(1);
            await shot(`${flow}-result`);
          }
          if (flow !== 'decision') {
            await context.close();
            return;
          }
          expect(await page.locator('.ds-alert').first().isVisible()).toBe(true);
          // The language picker keeps the person on the page.
          await page.goto(`${base}/what-now/result`);
          await page.locator('#retur-lang').selectOption('uk');
          await page.locator('.retur-lang button').click();
          await page.waitForLoadState('load');
          expect(new URL(page.url()).pathname).toBe('/what-now/result');
          expect(await page.evaluate('document.documentElement.lang')).toBe('uk');
          // Leave quickly: the answers are gone (the browser is sent away; the next visit starts over).
          const leave = await context.request.post(`${base}/leave`, { maxRedirects: 0 });
          expect(leave.status()).toBe(303);
          expect(leave.headers()['location']).toBe('https://www.google.com/');
          await context.clearCookies();
          await page.goto(`${base}/what-now/result`);
          expect(new URL(page.url()).pathname).toBe('/what-now/kind');
          await context.close();
        });
      }
    }
  }
});
