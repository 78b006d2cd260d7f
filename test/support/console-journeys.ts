/**
 * Each role's main journey through the staff console in Chromium, as a person makes it: sign in through the
 * form with the keyboard, follow the links and fill in the forms the pages offer, never a URL typed in or a
 * request made behind the page's back. A journey runs axe-core on every console page it visits (JavaScript
 * on, so that also the pages a POST answers are checked), notes every failed request, page error and HTTP
 * error, and saves a screenshot of each page to /tmp/journeys-<journey>-<n>-<page>.png.
 *
 * One world per test file (a PGlite store with an account of every staff role, the server, one browser);
 * each journey gets a fresh browser context, so each test runs alone (`vitest -t`).
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Locator, Page, Request, Response } from 'playwright-core';
import { expect } from 'vitest';
import { buildServer } from '../../src/main/server.ts';
import { createUser } from '../../src/cases/accounts.ts';
import { staffRoles, type Principal, type StaffRole } from '../../src/cases/roles.ts';
import { PAGE_WALK_TIMEOUT_MS, axeViolations, launchChromium, withAxe } from './browser.ts';
import type { TestDatabase, TestStore } from './databases.ts';

/**
 * A journey's time limit, that of every page walk. A journey visits six to fourteen pages, each checked by
 * axe-core and photographed: 6 to 13 s alone on a quiet 2-core machine, up to 38 s with the three journey
 * files in parallel at a load average of 8.
 */
export const JOURNEY_TIMEOUT_MS = PAGE_WALK_TIMEOUT_MS;

/** How long one step of a journey may wait for the next page: half the journey's limit. */
const NAVIGATION_TIMEOUT_MS = JOURNEY_TIMEOUT_MS / 2;

export const usernameOf = (role: StaffRole) => `${role}.journey`;
export const passwordOf = (role: StaffRole) => `journey-password-${role}`;

export interface JourneyWorld {
  readonly store: TestStore;
  readonly app: FastifyInstance;
  readonly base: string;
  readonly browser: Browser;
  /** An account of every staff role, as the case work's principal (to set cases up before a journey). */
  readonly principals: Readonly<Record<StaffRole, Principal & { kind: 'staff' }>>;
  close(): Promise<void>;
}

/** The store with an account of each staff role, the server on a loopback port, and Chromium. */
export async function journeyWorld(database: TestDatabase): Promise<JourneyWorld> {
  const store = await database.open();
  const principals = {} as Record<StaffRole, Principal & { kind: 'staff' }>;
  for (const role of staffRoles) {
    const { id } = await createUser(store.db, { username: usernameOf(role), displayName: `${role.toUpperCase()} Journey`, role, password: passwordOf(role) });
    principals[role] = { kind: 'staff', userId: id, username: usernameOf(role), role };
  }
  const app = await buildServer({ logger: false, db: store.db, loginRateLimit: 10_000, oidc: null });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  return {
    store,
    app,
    base,
    browser,
    principals,
    close: async () => {
      await browser.close();
      await app.close();
    },
  };
}

/** Today in Oslo, as a date field takes it. */
export const osloDate = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class Journey {
  /** axe-core's violations, each with the page it was on. */
  readonly violations: string[] = [];
  /** Failed requests, page errors and HTTP errors, each with its address. */
  readonly problems: string[] = [];
  /** The path of every page checked, in order. */
  readonly visited: string[] = [];
  private shots = 0;
  /** The browser's requests not yet answered, with when each was sent; and those answered, for `navigate`'s error. */
  private readonly inFlight = new Map<Request, number>();
  private readonly requests: string[] = [];

  private constructor(
    readonly world: JourneyWorld,
    readonly name: string,
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    page.on('request', (request) => this.inFlight.set(request, Date.now()));
    const settled = (outcome: string) => (request: Request) => {
      const at = this.inFlight.get(request);
      this.inFlight.delete(request);
      this.requests.push(`${request.method()} ${new URL(request.url()).pathname} ${outcome} in ${at === undefined ? '?' : Date.now() - at} ms`);
    };
    page.on('requestfinished', settled('answered'));
    page.on('requestfailed', settled('failed'));
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => this.problems.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) this.problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
    });
  }

  /** A fresh browser (no cookies), JavaScript on; bypassCSP lets axe-core be added as a script. */
  static async begin(world: JourneyWorld, name: string): Promise<Journey> {
    const context = await world.browser.newContext({ bypassCSP: true, locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    await withAxe(context);
    return new Journey(world, name, context, await context.newPage());
  }

  /** axe-core on the page as it is now (noted, not thrown: `end` asserts), and a screenshot of it. */
  async check(label: string): Promise<void> {
    const path = new URL(this.page.url()).pathname;
    this.visited.push(path);
    for (const violation of await axeViolations(this.page)) this.violations.push(`${label} (${path}): ${violation}`);
    this.shots += 1;
    await this.page.screenshot({ path: `/tmp/journeys-${this.name}-${String(this.shots).padStart(2, '0')}-${label}.png`, fullPage: true });
  }

  /**
   * Does what leads to another page and waits for that page to load; the page's answer. Waits up to half the
   * journey's time limit (Playwright's own default, 30 s, was once reached in CI with two suites' worth of
   * Chromium on two cores), and when even that passes, says what the browser was still waiting for.
   */
  async navigate(trigger: () => Promise<unknown>): Promise<Response | null> {
    const started = Date.now();
    try {
      const [response] = await Promise.all([this.page.waitForNavigation({ timeout: NAVIGATION_TIMEOUT_MS }), trigger()]);
      return response;
    } catch (error) {
      const pending = [...this.inFlight].map(([request, at]) => `${request.method()} ${request.url()} (sent ${Date.now() - at} ms ago)`);
      throw new Error(
        `${this.name}: no page loaded within ${Date.now() - started} ms on ${this.page.url()}; ` +
          `still waiting for: ${pending.join(', ') || 'nothing'}; the last requests: ${this.requests.slice(-6).join('; ')}`,
        { cause: error },
      );
    }
  }

  /** Follows a link (by its text, or a locator) and checks the page it leads to. */
  async follow(link: string | Locator, label: string): Promise<void> {
    const locator = typeof link === 'string' ? this.page.getByRole('link', { name: link, exact: true }) : link;
    const response = await this.navigate(() => locator.click());
    expect(response?.status(), `${label}: ${this.page.url()}`).toBe(200);
    await this.check(label);
  }

  /**
   * Signs in through the console's sign-in page with the keyboard (the username field, Tab, the password,
   * Enter) and checks the home page it leads to.
   */
  async signIn(role: StaffRole, password = passwordOf(role), username = usernameOf(role)): Promise<void> {
    await this.page.goto(`${this.world.base}/console/sign-in?lang=en`);
    await this.check('sign-in');
    await this.page.getByLabel('Username').focus();
    await this.page.keyboard.type(username);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(password);
    const response = await this.navigate(() => this.page.keyboard.press('Enter'));
    expect(response?.status()).toBe(200);
    expect(new URL(this.page.url()).pathname).toBe('/console');
    expect(await this.page.locator('h1').innerText()).toBe('Your work queues');
    await this.check('home');
  }

  /** The details element of an action on the case page, by the action's title. */
  action(title: string): Locator {
    return this.page.locator('details.retur-action', { has: this.page.locator('summary', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }) });
  }

  /**
   * Opens an action's form with the keyboard (focus on its summary, Enter), lets `fill` fill it in, sends it
   * with its button, and expects the case page to say it was saved; checks that page.
   */
  async takeAction(title: string, fill: (form: Locator) => Promise<void>, label: string): Promise<void> {
    const details = this.action(title);
    await details.locator('summary').focus();
    await this.page.keyboard.press('Enter');
    expect(await details.getAttribute('open'), `${title} opens`).not.toBeNull();
    const form = details.locator('form');
    await fill(form);
    const response = await this.navigate(() => form.getByRole('button', { name: title, exact: true }).click());
    expect(response?.status(), `${title}: ${await this.page.locator('main').innerText()}`).toBe(200);
    await expect.poll(() => this.page.getByRole('status').first().innerText()).toBe(`Saved: ${title}.`);
    await this.check(label);
  }

  /** Where a process stands on the case page ("Assisted return" → "granted"). */
  async stateOf(process: string): Promise<string> {
    const section = this.page.locator('section[aria-labelledby="processes-h"]');
    return section
      .locator('dt', { hasText: new RegExp(`^${escapeRegExp(process)}$`) })
      .locator('xpath=following-sibling::dd[1]')
      .innerText();
  }

  /** No axe violation on any page, nothing failed; closes the browser context. */
  async end(allowed: (problem: string) => boolean = () => false): Promise<void> {
    expect(this.violations).toEqual([]);
    expect(this.problems.filter((p) => !allowed(p))).toEqual([]);
    await this.context.close();
  }
}
