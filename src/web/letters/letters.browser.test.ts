/**
 * A decision letter in a real browser (Chromium through playwright-core): the console's letter of a granted
 * assisted return, in English, bokmål and Arabic (each with its bokmål part). axe-core finds no violations,
 * nothing fails to load, the script's own font (Retur's, not the system's) is there for each part, and printing
 * it (`page.pdf()`, what "Save as PDF" makes) gives a real A4 PDF: the person's name and the decision in its
 * text, one language per page. Screenshots, on screen and as printed, go to /tmp/letters-*.png for a person
 * to look at. Skipped (loudly) only where /usr/bin/chromium is not installed.
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildServer } from '../../main/server.ts';
import { createUser } from '../../cases/accounts.ts';
import { act, openCase } from '../../cases/commands.ts';
import { familyInput } from '../../cases/testing.ts';
import type { Principal } from '../../cases/roles.ts';
import { onPGlite } from '../../../test/support/databases.ts';
import { axeViolations, hasChromium, launchChromium, warnWithoutChromium, withAxe } from '../../../test/support/browser.ts';

warnWithoutChromium('the browser test of the decision letters (axe-core, PDF, screenshots)');

/** What each letter must show: a sentence of the decision in English, and in bokmål. */
const decisionIn = {
  en: 'The Norwegian Directorate of Immigration (UDI) has granted your application for assisted return',
  nb: 'Utlendingsdirektoratet (UDI) har innvilget søknaden din om assistert retur',
} as const;

onPGlite((database) => {
  describe.skipIf(!hasChromium)('a decision letter in Chromium', () => {
    let app: FastifyInstance;
    let base: string;
    let browser: Browser;
    let caseId: string;
    let cookie: { name: string; value: string };
    /** The person's session (signed in with the application's reference and secret). */
    let personCookie: { name: string; value: string };

    beforeAll(async () => {
      const store = await database.open();
      const udiUser = await createUser(store.db, { username: 'udi.letters', displayName: 'UDI letters', role: 'udi', password: 'letters-password-udi' });
      const iomUser = await createUser(store.db, { username: 'iom.letters', displayName: 'IOM letters', role: 'iom', password: 'letters-password-iom' });
      const udi: Principal = { kind: 'staff', userId: udiUser.id, username: 'udi.letters', role: 'udi' };
      const opened = await openCase(store.db, udi, familyInput);
      caseId = opened.case.id;
      const applied = await act(
        store.db,
        { kind: 'staff', userId: iomUser.id, username: 'iom.letters', role: 'iom' },
        caseId,
        'assisted-return.apply',
        { destination: 'AF' },
        { expectedVersion: opened.version },
      );
      await act(store.db, udi, caseId, 'assisted-return.grant', {}, { expectedVersion: applied.version });
      const secret = applied.revealed['secret'];
      app = await buildServer({ logger: false, db: store.db, loginRateLimit: 10_000, oidc: null });
      await app.listen({ port: 0, host: '127.0.0.1' });
      base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      const signedIn = await app.inject({
        method: 'POST',
        url: '/console/sign-in',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'username=udi.letters&password=letters-password-udi',
      });
      const session = signedIn.cookies.find((c) => c.name === 'retur_session');
      if (!session) throw new Error('No session');
      cookie = { name: session.name, value: session.value };
      const personSignedIn = await app.inject({ method: 'POST', url: '/api/v1/auth/person-login', payload: { reference: opened.case.reference, secret } });
      const personSession = personSignedIn.cookies.find((c) => c.name === 'retur_session');
      if (!personSession) throw new Error(`No person session: ${personSignedIn.body}`);
      personCookie = { name: personSession.name, value: personSession.value };
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
      await app?.close();
    });

    for (const lang of ['en', 'nb', 'ar'] as const) {
      it(`prints the letter in ${lang === 'nb' ? 'bokmål' : lang === 'en' ? 'English' : 'Arabic'} as a clean A4 PDF, with its fonts, and axe finds nothing`, async () => {
        // bypassCSP only lets axe's script in: the pages carry no script of their own.
        const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
        await withAxe(context);
        await context.addCookies([{ ...cookie, url: base }]);
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
        page.on('response', (response) => {
          if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
        });
        page.on('console', (message) => {
          // The browser asks for /favicon.ico on its own; Retur has none, and no page links one.
          if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
            problems.push(`console: ${message.text()} (${message.location().url})`);
        });
        try {
          const response = await page.goto(`${base}/console/cases/${caseId}/letters/assisted-return-granted?lang=en&why=decision&in=${lang}`);
          expect(response?.status()).toBe(200);
          await page.evaluate('document.fonts.ready');
          const langs = lang === 'nb' ? ['nb'] : [lang, 'nb'];
          expect(
            await page.locator('article.retur-letter').evaluateAll((parts) => parts.map((p) => `${p.getAttribute('lang')}/${p.getAttribute('dir')}`)),
          ).toEqual(langs.map((l) => `${l}/${l === 'ar' ? 'rtl' : 'ltr'}`));
          // The page's own fonts, not the system's: Retur's Arabic face for the Arabic part, its Latin for the rest.
          const loaded = z
            .array(z.string())
            .parse(await page.evaluate('[...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family.replaceAll(\'"\', ""))'));
          expect(loaded).toContain('Retur Sans');
          if (lang === 'ar') expect(loaded).toContain('Retur Script');
          expect(await axeViolations(page)).toEqual([]);
          await page.screenshot({ path: `/tmp/letters-${lang}.png`, fullPage: true });

          // As printed: no header, navigation, footer or instructions; the letter only.
          await page.emulateMedia({ media: 'print' });
          for (const hidden of ['.retur-header', '.retur-console-nav', '.retur-footer', '.retur-letter-tools'])
            expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
          await page.screenshot({ path: `/tmp/letters-${lang}-print.png`, fullPage: true });
          const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
          expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
          const document = await getDocumentProxy(new Uint8Array(pdf));
          const first = await document.getPage(1);
          // A4 in points (210 × 297 mm).
          expect(first.view.map(Math.round)).toEqual([0, 0, 595, 842]);
          const { totalPages, text } = await extractText(document, { mergePages: false });
          // Each language starts a page of its own: the bokmål part is never on the first page of another language's.
          expect(totalPages).toBeGreaterThanOrEqual(langs.length);
          const pageOf = (needle: string) => text.findIndex((t) => t.replace(/\s+/g, ' ').includes(needle));
          expect(pageOf(decisionIn.nb), 'the bokmål decision').toBeGreaterThanOrEqual(0);
          if (lang === 'en') expect(pageOf(decisionIn.en), 'the English decision').toBe(0);
          if (lang === 'ar') {
            // Chromium's subset fonts map Arabic glyphs to text only in part (joined forms, some marks come out
            // empty), so the Arabic is checked as glyphs of the Arabic script on the first page, in an embedded Noto Sans Arabic (Retur's own: 'Retur Script' is loaded above).
            expect(text[0]!.match(/[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]/g)?.length ?? 0).toBeGreaterThan(500);
            expect(pdf.toString('latin1')).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+NotoSansArabic/);
          }
          if (lang !== 'nb') {
            // The bokmål part begins a page: its first line is the sender, on a page after the other language's.
            expect(pageOf(decisionIn.nb), 'bokmål on a later page').toBeGreaterThan(0);
            expect(text[pageOf(decisionIn.nb)]!.startsWith('Utlendingsdirektoratet (UDI)\nTil Amina Test'), 'bokmål starts a page of its own').toBe(true);
          }
          expect(text[0]).toContain('Amina Test');
          // Only the letter is printed: no navigation, no instructions, no footer.
          for (const chrome of ['Sign out', 'Back to the case', 'Save as PDF', 'Retur is open source']) expect(text.join('\n'), chrome).not.toContain(chrome);
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }

    it('shows the person their letter in Arabic, right to left around a bokmål part, and axe finds nothing', async () => {
      const context = await browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 } });
      await withAxe(context);
      await context.addCookies([{ ...personCookie, url: base }]);
      const page = await context.newPage();
      try {
        expect((await page.goto(`${base}/my-application?lang=ar`))?.status()).toBe(200);
        await page.locator('a[href="/my-application/letters/assisted-return-granted"]').click();
        await page.evaluate('document.fonts.ready');
        expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
        expect(
          await page.locator('article.retur-letter').evaluateAll((parts) => parts.map((p) => `${p.getAttribute('lang')}/${p.getAttribute('dir')}`)),
        ).toEqual(['ar/rtl', 'nb/ltr']);
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: '/tmp/letters-person-ar-390.png', fullPage: true });
        await page.locator('article.retur-letter').first().screenshot({ path: '/tmp/letters-person-ar-390-letter.png' });
        await page.emulateMedia({ media: 'print' });
        // The quick exit and the language picker are not printed.
        expect(await page.locator('.retur-leave').isVisible()).toBe(false);
        expect(await page.locator('.retur-lang').isVisible()).toBe(false);
      } finally {
        await context.close();
      }
    });
  });
});
