/**
 * The policy lab's console page in Chromium with JavaScript off, over the demo data: a statistician signs in
 * through the form, sends the form empty (the error summary), then picks an example reform, the as-of date
 * and all cases; the job's page shows the progress and then the report with its chart and the links to
 * JSON-stat and CSV, which answer. A job still waiting shows its progress bar, and where the reader asks for
 * it the page reloads itself. The same walk in bokmål gives the report in bokmål, with no English left but
 * the reform's own name and the ids of rules and parameters. axe-core on every page, in English and in
 * bokmål; screenshots in /tmp/lab-console-*.png. Skipped (loudly) only where /usr/bin/chromium is not installed.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../main/server.ts';
import { createUser } from '../../cases/accounts.ts';
import { seedDemo } from '../../main/demo-seed.ts';
import { simulationJobsOf } from '../../lab/jobs.ts';
import type { TestStore } from '../../../test/support/databases.ts';
import { onPGlite } from '../../../test/support/databases.ts';
import { axeViolations, hasChromium, warnWithoutChromium, serveInChromium, withAxe, type ServedInChromium } from '../../../test/support/browser.ts';

warnWithoutChromium('the browser test of the policy lab page (axe-core, screenshots)');

const TODAY = '2026-11-22';
/** The form's button (the language picker and signing out are forms too). */
const start = 'form[action="/console/lab"][method=post] button[type=submit]';

onPGlite((database) => {
  describe.skipIf(!hasChromium)('the policy lab in the console, in Chromium', () => {
    let store: TestStore;
    let app: FastifyInstance;
    let base: string;
    let browser: Browser;
    let served: ServedInChromium | undefined;
    let userId: string;

    beforeAll(async () => {
      store = await database.open();
      await seedDemo(store.db, { now: new Date(`${TODAY}T10:00:00Z`) });
      userId = (
        await createUser(store.db, { username: 'statistics.lab', displayName: 'Statistics lab', role: 'statistics', password: 'browser-password-statistics' })
      ).id;
      app = await buildServer({ logger: false, db: store.db, loginRateLimit: 10_000, oidc: null });
      served = await serveInChromium(app);
      ({ base, browser } = served);
    });

    afterAll(async () => {
      await served?.close();
    });

    /** axe-core on the address the page shows, in a twin with JavaScript on (axe is a script) and the same cookies. */
    async function axe(page: Page): Promise<string[]> {
      const twin = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
      await withAxe(twin);
      await twin.addCookies(await page.context().cookies());
      const twinPage = await twin.newPage();
      await twinPage.goto(page.url());
      const found = await axeViolations(twinPage);
      await twin.close();
      return found;
    }

    async function signedIn(lang: 'en' | 'nb'): Promise<Page> {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${base}/console/lab?lang=${lang}`);
      await page.fill('#username', 'statistics.lab');
      await page.fill('#password', 'browser-password-statistics');
      await Promise.all([page.waitForURL(/\/console\/lab/), page.click('form[action="/console/sign-in"] button')]);
      await page.waitForSelector('form[action="/console/lab"][method=post]');
      return page;
    }

    /** Chooses the Georgia example over all cases as of TODAY, starts it, waits for the job and shows its report. */
    async function runGeorgiaExample(page: Page): Promise<void> {
      await page.selectOption('#example', 'georgia-off-excluded-list');
      await page.fill('#asOf', TODAY);
      await page.check('#cases-all');
      await Promise.all([page.waitForURL(/\/console\/lab\/jobs\/[0-9a-f-]{36}$/), page.click(start)]);
      await simulationJobsOf(store.db).idle();
      await page.reload();
    }

    it('runs a simulation from the form to the report, with no JavaScript, every page axe-clean', async () => {
      const page = await signedIn('en');
      expect(await page.textContent('h1')).toBe('Policy lab');
      expect(await axe(page)).toEqual([]);
      await page.screenshot({ path: '/tmp/lab-console-form.png', fullPage: true });

      // Sent empty: the error summary, the form again.
      await page.click(start);
      expect(await page.textContent('#error-summary')).toContain('Choose an example, upload a file or paste a reform');
      expect(await axe(page)).toEqual([]);

      await runGeorgiaExample(page);
      expect(await page.textContent('h1')).toBe('Policy lab: Georgia off the excluded list, visa-exempt nationals no longer excluded');
      expect(await page.locator('svg[role=img]').count()).toBe(1);
      expect(await page.textContent('main')).toContain('Normally not eligible');
      expect(await axe(page)).toEqual([]);
      await page.screenshot({ path: '/tmp/lab-console-report.png', fullPage: true });

      for (const [name, type, text] of [
        ['JSON-stat 2.0', 'application/json', '"version":"2.0"'],
        ['CSV (one row per figure)', 'text/csv', 'by-citizenship,,TOTAL,,,difference,70000'],
      ] as const) {
        const href = await page.getAttribute(`a:text-is("${name}")`, 'href');
        const answer = await page.context().request.get(`${base}${href}`);
        expect(answer.status()).toBe(200);
        expect(answer.headers()['content-type']).toContain(type);
        expect(await answer.text()).toContain(text);
      }
      await page.context().close();
    }, 120_000);

    it('runs the same simulation in bokmål, and the report is in bokmål', async () => {
      const page = await signedIn('nb');
      expect(await page.getAttribute('html', 'lang')).toBe('nb');
      expect(await page.textContent('h1')).toBe('Tiltakslab');
      await page.click(start);
      expect(await page.textContent('#error-summary')).toContain('Velg et eksempel, last opp en fil eller lim inn en endring');
      await runGeorgiaExample(page);
      expect(await page.getAttribute('html', 'lang')).toBe('nb');
      expect(await page.locator('main [lang]').count()).toBe(0);
      expect(await page.textContent('h1')).toBe('Tiltakslab: Georgia off the excluded list, visa-exempt nationals no longer excluded');
      const main = (await page.textContent('main'))!;
      for (const text of [
        'Hva som endres',
        'Har normalt ikke rett til støtte',
        'Etter søkerens statsborgerskap',
        'Georgia',
        'Voksne med barn',
        'Forutsetninger',
        'Støtte regnes som utbetalt',
        '22. november 2026',
        'Filene under har de samme tallene',
      ])
        expect(main).toContain(text);
      // Numbers as bokmål writes them (a no-break space between thousands), in the tables and on the chart.
      expect(main).toMatch(/Forskjell \(kr\)\s*Totalt\s*24\s*47\s*2\s*21\s*23\s*570\u00a0000\s*640\u00a0000\s*70\u00a0000/);
      expect(await page.locator('svg[role=img] text').allTextContents()).toEqual(expect.arrayContaining(['70\u00a0000']));
      expect(await page.locator('svg[role=img] text').allTextContents()).not.toEqual(expect.arrayContaining(['70,000']));
      for (const english of [
        'In total',
        'What changes',
        'Households',
        'Under the law',
        'Normally not eligible',
        'Assumptions',
        'Support counts as paid',
        'suppressed',
      ])
        expect(main).not.toContain(english);
      expect(await page.getAttribute('svg[role=img]', 'aria-label')).toContain('Stolpediagram');
      expect(await axe(page)).toEqual([]);
      await page.screenshot({ path: '/tmp/lab-console-report-nb.png', fullPage: true });
      await page.context().close();
    }, 120_000);

    it('shows a waiting job’s progress, reloading itself only when asked, in bokmål', async () => {
      const job = randomUUID();
      // A job another instance is running, halfway (written here: this server's runner does not take it).
      await sql`INSERT INTO simulation_jobs (id, actor, role, disclosure, request, reform_name, status, attempts, cases_done, cases_total, started_at, heartbeat_at)
                VALUES (${job}, ${`user:${userId}`}, 'statistics', 'samples', '{}'::jsonb, 'Halfway', 'running', 1, 12, 24, now(), now())`.execute(store.db);
      const page = await signedIn('nb');
      expect(await page.getAttribute('html', 'lang')).toBe('nb');
      expect(await axe(page)).toEqual([]);
      await page.goto(`${base}/console/lab/jobs/${job}`);
      expect(await page.textContent('h1')).toBe('Simulering: Halfway');
      expect(await page.getAttribute('progress', 'value')).toBe('12');
      expect(await page.getAttribute('progress', 'max')).toBe('24');
      expect(await page.textContent('#progress-status')).toBe('12 av 24 saker lest (50 %).');
      expect(await page.locator('meta[http-equiv=refresh]').count()).toBe(0);
      expect(await axe(page)).toEqual([]);
      await page.screenshot({ path: '/tmp/lab-console-progress.png', fullPage: true });

      // Asked to follow: the page reloads itself every 5 seconds, and says how to stop. axe-core's meta-refresh
      // rule flags any such page (it cannot see that the reader turned it on and can turn it off, which is
      // what WCAG 2.2.1 asks); it is the only thing it finds.
      await page.click('a:text-is("Oppdater siden av seg selv hvert 5. sekund")');
      expect(await page.getAttribute('meta[http-equiv=refresh]', 'content')).toBe('5');
      expect(await page.locator('a:text-is("Slutt å oppdatere")').count()).toBe(1);
      expect((await axe(page)).map((v) => v.split(' ')[0])).toEqual(['meta-refresh']);
      await page.context().close();
      await sql`DELETE FROM simulation_jobs WHERE id = ${job}`.execute(store.db);
    }, 120_000);
  });
});
