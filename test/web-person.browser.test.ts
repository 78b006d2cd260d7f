/**
 * The person's pages in Chromium against the real server on PGlite: the sign-in page (empty, and refused
 * with the error summary) and "my application" in all eighteen languages with axe-core (no violations), the
 * right `lang` and `dir`, no message key showing and nothing off a 320 px screen; and a person signing in,
 * reading their application and signing out by clicking, in English, bokmål and Arabic, with JavaScript on
 * and off; applying for assisted return (each page with the questions and the documents, a refused answer, the receipt, then "my application" with the rules' answer and "send a document") in all eighteen languages
 * with axe-core, and a person applying and signing in with the receipt's new code in English, bokmål and
 * Arabic with JavaScript on and off; someone with no case applying without a code (who they are, their decision, the
 * questions, the receipt's new reference and secret) and signing in with them to "my application", in English,
 * bokmål and Arabic with JavaScript on and off, with axe-core on each page; with screenshots under test-results/web/. Skipped (loudly) only where /usr/bin/chromium is missing.
 */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { catalogueOf } from '../src/i18n/catalogue.ts';
import { dirOf, languageTags, type Lang } from '../src/i18n/languages.ts';
import { onPGlite } from './support/databases.ts';
import { world } from './support/person-world.ts';
import { PAGE_WALK_TIMEOUT_MS, axeViolations as violations, hasChromium, launchChromium, warnWithoutChromium, withAxe } from './support/browser.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const SHOTS = new URL('../test-results/web/', import.meta.url).pathname;
warnWithoutChromium("the browser tests of the person's pages");

onPGlite((database) => {
  describe.skipIf(!hasChromium)('the person’s pages in Chromium', { timeout: PAGE_WALK_TIMEOUT_MS }, () => {
    let w: Awaited<ReturnType<typeof world>>;
    let base: string;
    let browser: Browser;

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      w = await world(await database.open());
      await w.app.listen({ port: 0, host: '127.0.0.1' });
      base = `http://127.0.0.1:${(w.app.server.address() as AddressInfo).port}`;
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
      await w?.app.close();
    });

    async function contextIn(lang: Lang, javaScriptEnabled = true, width = 1280): Promise<BrowserContext> {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 900 } });
      if (javaScriptEnabled) await withAxe(context);
      await context.addCookies([{ name: 'retur_lang', value: lang, url: base }]);
      return context;
    }

    async function signIn(page: Page, as: { reference: string; code: string } = w): Promise<void> {
      await page.goto(`${base}/sign-in`);
      await page.locator('#reference').fill(as.reference);
      await page.locator('#secret').fill(as.code);
      await page.locator('main button[type="submit"]').click();
      await page.waitForLoadState('load');
      expect(new URL(page.url()).pathname).toBe('/my-application');
    }

    async function problemsOf(page: Page, lang: Lang, what: string): Promise<string[]> {
      const problems: string[] = [];
      const root = z
        .object({ lang: z.string(), dir: z.string() })
        .parse(await page.evaluate('({ lang: document.documentElement.lang, dir: document.documentElement.dir })'));
      if (root.lang !== lang || root.dir !== dirOf(lang)) problems.push(`${what}: lang=${root.lang} dir=${root.dir}`);
      const leaked = /\b(common|public|rules)\.[a-zA-Z]+\.[a-zA-Z.-]+/.exec(z.string().parse(await page.evaluate('document.body.innerText')));
      if (leaked) problems.push(`${what}: message key shows: ${leaked[0]}`);
      if ((await page.locator('h1').count()) !== 1) problems.push(`${what}: not one <h1>`);
      if ((catalogueOf(lang).review.status === 'unreviewed') !== ((await page.locator('.retur-review').count()) === 1))
        problems.push(`${what}: review notice wrong`);
      for (const v of await violations(page)) problems.push(`${what}: ${v}`);
      await page.setViewportSize({ width: 320, height: 800 });
      const overflow = z.number().parse(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
      if (overflow > 0) problems.push(`${what}: ${overflow} px wider than a 320 px screen`);
      await page.setViewportSize({ width: 1280, height: 900 });
      return problems;
    }

    for (const lang of languageTags) {
      it(`${lang}: sign-in (empty and refused) and "my application" render in the language with no axe violation`, async () => {
        const context = await contextIn(lang);
        const page = await context.newPage();
        const problems: string[] = [];
        await page.goto(`${base}/sign-in`);
        problems.push(...(await problemsOf(page, lang, 'sign-in')));
        await page.locator('main button[type="submit"]').click();
        await page.waitForSelector('.ds-error-summary');
        problems.push(...(await problemsOf(page, lang, 'sign-in refused')));
        await signIn(page);
        problems.push(...(await problemsOf(page, lang, 'my application')));
        await page.screenshot({ path: `${SHOTS}my-application-${lang}-1280.png`, fullPage: true });
        await context.close();
        expect(problems).toEqual([]);
      });

      it(`${lang}: each page of the application, a refused answer and the receipt render in the language with no axe violation`, async () => {
        const fresh = await w.freshCase();
        const context = await contextIn(lang);
        const page = await context.newPage();
        const problems: string[] = [];
        await signIn(page, fresh);
        await page.goto(`${base}/apply`);
        problems.push(...(await problemsOf(page, lang, 'destination')));
        await page.locator('#destination').selectOption('');
        await page.locator('main button[type="submit"]').click();
        await page.waitForSelector('.ds-error-summary');
        problems.push(...(await problemsOf(page, lang, 'destination refused')));
        await page.locator('#destination').selectOption('AF');
        await page.locator('main button[type="submit"]').click();
        await page.waitForURL(/\/apply\/travellers$/);
        problems.push(...(await problemsOf(page, lang, 'travellers')));
        await page.locator('main button[type="submit"]').click();
        await page.waitForSelector('.ds-error-summary');
        problems.push(...(await problemsOf(page, lang, 'travellers refused')));
        await page.locator('#answer').check();
        await page.locator('main button[type="submit"]').click();
        await page.waitForURL(/\/apply\/returned-before$/);
        problems.push(...(await problemsOf(page, lang, 'returned before')));
        await page.locator('#answer-1').check();
        await page.locator('main button[type="submit"]').click();
        await page.waitForURL(/\/apply\/forty-eight$/);
        problems.push(...(await problemsOf(page, lang, '48-hour procedure')));
        await page.locator('#answer').check();
        await page.locator('main button[type="submit"]').click();
        await page.waitForURL(/\/apply\/vulnerable$/);
        problems.push(...(await problemsOf(page, lang, 'vulnerable')));
        await page.locator('#answer-5').check();
        await page.locator('main button[type="submit"]').click();
        await page.waitForURL(/\/apply\/contact$/);
        await page.locator('main button[type="submit"]').click();
        await page.waitForSelector('.ds-error-summary');
        problems.push(...(await problemsOf(page, lang, 'contact refused')));
        await page.locator('#phone').fill('+47 400 00 000');
        await page.locator('main button[type="submit"]').click();
        await page.waitForURL(/\/apply\/documents$/);
        problems.push(...(await problemsOf(page, lang, 'documents')));
        await page.locator('main button[type="submit"]').click();
        await page.waitForSelector('.ds-error-summary');
        problems.push(...(await problemsOf(page, lang, 'documents refused')));
        await page.locator('#identity-0-1').check();
        await page.locator('main button[type="submit"]').click();
        await page.waitForURL(/\/apply\/check$/);
        problems.push(...(await problemsOf(page, lang, 'check your answers')));
        await page.locator('main form[action="/apply/check"] button').click();
        await page.waitForURL(/\/apply\/receipt$/);
        problems.push(...(await problemsOf(page, lang, 'receipt')));
        await page.screenshot({ path: `${SHOTS}apply-receipt-${lang}-1280.png`, fullPage: true });
        await context.close();
        expect(problems).toEqual([]);
      });
      it(`${lang}: "my application" after applying (the rules' answer with the 48-hour caveat) and "send a document" render in the language with no axe violation`, async () => {
        // UDI applies for the household (through the API), answering yes to the 48-hour procedure.
        const fresh = await w.freshCase();
        const applied = await w.post(
          w.udi,
          `/api/v1/cases/${fresh.caseId}/actions/assisted-return.apply`,
          { destination: 'AF', facts: { fortyEightHourProcedure: true } },
          fresh.version,
        );
        const context = await contextIn(lang);
        const page = await context.newPage();
        const problems: string[] = [];
        await signIn(page, { reference: fresh.reference, code: applied.revealed!.secret! });
        problems.push(...(await problemsOf(page, lang, 'my application after applying')));
        if ((await page.locator('#eligibility + p + .ds-alert li').count()) !== 1)
          problems.push('my application after applying: not the one warning of the 48-hour procedure');
        await page.screenshot({ path: `${SHOTS}my-application-applied-${lang}-1280.png`, fullPage: true });
        await page.locator('main a[href="/my-application/documents"]').click();
        await page.waitForURL(/\/my-application\/documents$/);
        problems.push(...(await problemsOf(page, lang, 'send a document')));
        await page.locator('#kind').selectOption('');
        await page.locator('main button[type="submit"]').click();
        await page.waitForSelector('.ds-error-summary');
        problems.push(...(await problemsOf(page, lang, 'send a document refused')));
        await context.close();
        expect(problems).toEqual([]);
      });
    }

    for (const lang of ['en', 'nb', 'ar'] as const) {
      for (const js of [true, false]) {
        it(`${lang}, JavaScript ${js ? 'on' : 'off'}: a person applies for assisted return, keeps the receipt and signs in with the new code`, async () => {
          const fresh = await w.freshCase();
          const width = js ? 1280 : 375;
          const context = await contextIn(lang, js, width);
          const page = await context.newPage();
          const shot = (name: string) => page.screenshot({ path: `${SHOTS}apply-${name}-${lang}-${js ? 'js' : 'nojs'}-${width}.png`, fullPage: true });
          await signIn(page, fresh);
          await page.locator('main a[href="/apply"]').click();
          await page.waitForURL(/\/apply$/);
          await shot('destination');
          await page.locator('main button[type="submit"]').click();
          await page.waitForURL(/\/apply\/travellers$/);
          await shot('travellers');
          await page.locator('#answer').check();
          await page.locator('#answer-1').check();
          await page.locator('main button[type="submit"]').click();
          await page.waitForURL(/\/apply\/returned-before$/);
          // No answer: the summary's link takes the person to the first choice.
          await page.locator('main button[type="submit"]').click();
          await page.waitForSelector('.ds-error-summary');
          await page.locator('.ds-error-summary a').first().click();
          expect(await page.evaluate('document.activeElement?.id')).toBe('answer');
          await page.locator('#answer-1').check();
          await page.locator('main button[type="submit"]').click();
          await page.waitForURL(/\/apply\/forty-eight$/);
          await page.locator('#answer-1').check();
          await page.locator('main button[type="submit"]').click();
          await page.waitForURL(/\/apply\/vulnerable$/);
          await shot('vulnerable');
          await page.locator('#answer-5').check();
          await page.locator('main button[type="submit"]').click();
          await page.waitForURL(/\/apply\/contact$/);
          await page.locator('#phone').fill('not a number');
          await page.locator('main button[type="submit"]').click();
          await page.waitForSelector('.ds-error-summary');
          await shot('contact-error');
          await page.locator('.ds-error-summary a').first().click();
          expect(await page.evaluate('document.activeElement?.id')).toBe('phone');
          await page.locator('#phone').fill('+47 400 00 000');
          await page.locator('#email').fill('amina@example.com');
          await page.locator('main button[type="submit"]').click();
          await page.waitForURL(/\/apply\/documents$/);
          // A file that claims to be a PDF but is not one is refused, with the summary's link to the file field.
          // One ID copy for each of the two who travel: the first's uploaded, the second's to be sent later.
          await page.locator('#identity-0').check();
          await page.locator('#identity-0-file').setInputFiles({ name: 'passport.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf at all') });
          await page.locator('#identity-1-1').check();
          await page.locator('main button[type="submit"]').click();
          await page.waitForSelector('.ds-error-summary');
          await shot('documents-error');
          await page.locator('.ds-error-summary a').first().click();
          expect(await page.evaluate('document.activeElement?.id')).toBe('identity-0-file');
          await page.locator('#identity-0').check();
          await page.locator('#identity-0-file').setInputFiles({ name: 'passport.pdf', mimeType: 'application/pdf', buffer: PDF });
          await page.locator('#identity-1-1').check();
          await page.locator('main button[type="submit"]').click();
          await page.waitForURL(/\/apply\/check$/);
          await shot('check');
          await page.locator('main form[action="/apply/check"] button').click();
          await page.waitForURL(/\/apply\/receipt$/);
          await shot('receipt');
          // Printed: the receipt in both languages, without the header, the language picker or the quick exit.
          await page.emulateMedia({ media: 'print' });
          expect(await page.locator('body > header').first().isVisible()).toBe(false);
          expect(await page.locator('main h1').isVisible()).toBe(true);
          expect(await page.locator('main section[lang="nb"]').isVisible()).toBe(lang !== 'nb');
          await shot('receipt-print');
          await page.emulateMedia({ media: 'screen' });
          const codes = await page.locator('.retur-code bdi[dir="ltr"]').allTextContents();
          expect(codes[0]).toBe(fresh.reference);
          const secret = codes[1]!;
          expect(secret).not.toBe(fresh.code);
          // The Norwegian copy carries the same reference and code.
          expect(codes.slice(lang === 'nb' ? 0 : 2)).toEqual([fresh.reference, secret]);
          await context.close();

          const again = await contextIn(lang, js, width);
          const later = await again.newPage();
          await signIn(later, { reference: fresh.reference, code: secret });
          await later.screenshot({ path: `${SHOTS}apply-my-application-${lang}-${js ? 'js' : 'nojs'}-${width}.png`, fullPage: true });
          expect(await later.locator('main a[href="/apply"]').count()).toBe(0);
          // The passport copy sent on the way is on the person's application, and the child's, to be sent later.
          expect(await later.locator('#documents + ul li').count()).toBe(2);
          expect(await later.locator('#next ~ ul li').count()).toBe(1);
          await again.close();
        });
      }
    }

    for (const lang of ['en', 'nb', 'ar'] as const) {
      for (const js of [true, false]) {
        it(`${lang}, JavaScript ${js ? 'on' : 'off'}: someone with no case applies without a code, keeps the receipt's reference and secret, and signs in with them`, async () => {
          const width = js ? 1280 : 375;
          const context = await contextIn(lang, js, width);
          const page = await context.newPage();
          const problems: string[] = [];
          const shot = (name: string) => page.screenshot({ path: `${SHOTS}apply-new-${name}-${lang}-${js ? 'js' : 'nojs'}-${width}.png`, fullPage: true });
          const submit = () => page.locator('main button[type="submit"]').click();
          // axe-core runs in the page: with JavaScript off, the pages are walked and photographed, not checked.
          const checked = js ? problemsOf : async (..._: unknown[]) => [] as string[];
          await page.goto(`${base}/`);
          await page.goto(`${base}/apply`);
          problems.push(...(await checked(page, lang, 'apply without a code: start')));
          await shot('start');
          await page.locator('main a[href="/apply/about-you"]').click();
          await page.waitForURL(/\/apply\/about-you$/);
          // Under 18: refused, with the summary's link to the date of birth.
          await page.locator('#name').fill('Sara Quebec');
          await page.locator('#dateOfBirth').fill('2012-03-04');
          await submit();
          await page.waitForSelector('.ds-error-summary');
          problems.push(...(await checked(page, lang, 'about you refused')));
          await shot('about-you-error');
          await page.locator('.ds-error-summary a').first().click();
          expect(await page.evaluate('document.activeElement?.id')).toBe('dateOfBirth');
          await page.locator('#dateOfBirth').fill('1994-07-30');
          await page.locator('#citizenship').selectOption('IQ');
          await submit();
          await page.waitForURL(/\/apply\/decision$/);
          problems.push(...(await checked(page, lang, 'the decision')));
          await page.locator('#kind').check();
          await page.locator('#date').fill('2026-09-01');
          await page.locator('#deadline').fill('2099-12-31');
          await submit();
          await page.waitForURL(/\/apply$/);
          problems.push(...(await checked(page, lang, 'destination without a code')));
          await submit();
          await page.waitForURL(/\/apply\/returned-before$/);
          await page.locator('#answer-1').check();
          await submit();
          await page.waitForURL(/\/apply\/forty-eight$/);
          await page.locator('#answer-1').check();
          await submit();
          await page.waitForURL(/\/apply\/vulnerable$/);
          await page.locator('#answer-5').check();
          await submit();
          await page.waitForURL(/\/apply\/contact$/);
          await page.locator('#phone').fill('+47 411 22 333');
          await submit();
          await page.waitForURL(/\/apply\/check$/);
          problems.push(...(await checked(page, lang, 'check without a code')));
          await shot('check');
          await page.locator('main form[action="/apply/send"] button').click();
          await page.waitForURL(/\/apply\/receipt$/);
          problems.push(...(await checked(page, lang, 'receipt without a code')));
          await shot('receipt');
          const codes = await page.locator('.retur-code bdi[dir="ltr"]').allTextContents();
          const [reference, secret] = codes as [string, string];
          expect(reference).toMatch(/^RT-[A-Z2-9]{8}$/);
          expect(secret.length).toBeGreaterThan(10);
          // The Norwegian copy carries the same reference and code; the warning says to write them down.
          expect(codes.slice(lang === 'nb' ? 0 : 2)).toEqual([reference, secret]);
          expect(await page.locator('main .ds-alert[data-color="warning"]').textContent()).toBe(catalogueOf(lang).public['apply.receipt.writeDown']);
          await page.locator('main a[href="/sign-in"]').click();
          await page.waitForURL(/\/sign-in$/);
          await signIn(page, { reference, code: secret });
          problems.push(...(await checked(page, lang, 'my application, opened without a code')));
          await shot('my-application');
          expect(await page.locator('main').textContent()).toContain(catalogueOf(lang).public['myApplication.status.applied']);
          // The ID copy is still to send, from "my application".
          expect(await page.locator('#next ~ ul li').count()).toBe(1);
          await context.close();
          expect(problems).toEqual([]);
        });
      }
    }

    for (const lang of ['en', 'nb', 'ar'] as const) {
      for (const js of [true, false]) {
        it(`${lang}, JavaScript ${js ? 'on' : 'off'}: a person signs in, reads their application and signs out`, async () => {
          const width = js ? 1280 : 375;
          const context = await contextIn(lang, js, width);
          const page = await context.newPage();
          await page.goto(`${base}/my-application`);
          expect(new URL(page.url()).pathname).toBe('/sign-in');
          await page.locator('#reference').fill(w.reference);
          await page.locator('#secret').fill('not-the-code');
          await page.locator('main button[type="submit"]').click();
          await page.waitForSelector('.ds-error-summary');
          await page.screenshot({ path: `${SHOTS}sign-in-error-${lang}-${js ? 'js' : 'nojs'}-${width}.png`, fullPage: true });
          await signIn(page);
          expect(await page.locator('bdi[dir="ltr"]').first().textContent()).toBe(w.reference);
          await page.screenshot({ path: `${SHOTS}my-application-${lang}-${js ? 'js' : 'nojs'}-${width}.png`, fullPage: true });
          await page.locator('form[action="/sign-out"] button').click();
          await page.waitForLoadState('load');
          expect(new URL(page.url()).pathname).toBe('/sign-in');
          await page.goto(`${base}/my-application`);
          expect(new URL(page.url()).pathname).toBe('/sign-in');
          await context.close();
        });
      }
    }
  });
});
