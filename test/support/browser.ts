/**
 * Headless Chromium for the page tests (playwright-core with the system's /usr/bin/chromium) and axe-core run
 * in a page. A test file that needs the browser registers its suite with `describe.skipIf(!hasChromium)`;
 * without Chromium this module says so loudly, once per file, so that a missing browser never passes quietly.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { z } from 'zod';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * The time limit of a test that walks pages in Chromium, each page checked by axe-core (0.3 to 1.5 s a page)
 * and some photographed. Such a walk of six to fourteen pages takes 6 to 15 s alone on a quiet 2-core
 * machine, and up to 50 s at a load average of 15 (measured); this keeps the quiet figure under a tenth of
 * it and the busy one under half.
 */
export const PAGE_WALK_TIMEOUT_MS = 120_000;
export const hasChromium = existsSync(CHROMIUM);

/** Prints a loud warning when Chromium is missing (the page tests of `what` then do not run). */
export function warnWithoutChromium(what: string): void {
  if (hasChromium) return;
  console.warn(
    `\n${'!'.repeat(100)}\n! ${CHROMIUM} NOT FOUND: ${what} DOES NOT RUN.\n` +
      `! Install it with: apt-get install -y --no-install-recommends chromium fonts-noto-core\n${'!'.repeat(100)}\n`,
  );
}

/** Chromium, headless, without the background traffic a first start makes. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const axeResults = z.object({
  violations: z.array(z.object({ id: z.string(), impact: z.string().nullish(), help: z.string(), nodes: z.array(z.object({ target: z.array(z.unknown()) })) })),
});

/**
 * axe-core in every page the context opens from now on (sent to the browser once, not with each check). A
 * context whose pages are checked should have it: measured at a load average of 12, a check then took 0.9 s
 * and each page 0.5 s more to load, against 2.9 s a check when each check sends axe's source.
 */
export async function withAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axe.source });
}

/**
 * axe-core's violations on the page as it is now, each with where it is. Where `withAxe` put axe in the page
 * already it only runs it; otherwise it evaluates axe's source in the page first, which the site's Content
 * Security Policy does not stop (an inline script tag it would), but which sends its 500 kB with every check
 * (about a second each on this machine).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof axe === "object"'))) await page.evaluate(axe.source);
  const results = axeResults.parse(await page.evaluate('axe.run(document, { resultTypes: ["violations"] })'));
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A server listening on a free loopback port, and Chromium: what a page test starts in its beforeAll. */
export interface ServedInChromium {
  /** The server's address, e.g. http://127.0.0.1:40123 */
  readonly base: string;
  readonly browser: Browser;
  /** Closes the browser, then the server. */
  close(): Promise<void>;
}

/** Starts `app` on a free loopback port and launches Chromium beside it. */
export async function serveInChromium(app: FastifyInstance): Promise<ServedInChromium> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  return {
    base,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
    },
  };
}
