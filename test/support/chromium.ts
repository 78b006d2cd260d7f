/**
 * Chromium for the browser tests (playwright-core with the system's /usr/bin/chromium): whether it is
 * installed (a test file skips loudly where not), launching it headless, and axe-core's violations on a page.
 */
import { existsSync } from 'node:fs';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { z } from 'zod';

export const CHROMIUM = '/usr/bin/chromium';

/** Whether Chromium is installed; when not, says loudly which test does not run and how to install it. */
export function chromiumFor(what: string): boolean {
  const has = existsSync(CHROMIUM);
  if (!has) {
    console.warn(
      `\n${'!'.repeat(100)}\n! ${CHROMIUM} NOT FOUND: ${what} DOES NOT RUN.\n` +
        `! Install it with: apt-get install -y --no-install-recommends chromium fonts-noto-core\n${'!'.repeat(100)}\n`,
    );
  }
  return has;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const axeResults = z.object({
  violations: z.array(z.object({ id: z.string(), impact: z.string().nullish(), help: z.string(), nodes: z.array(z.object({ target: z.array(z.unknown()) })) })),
});

/** axe-core's violations on the page (its JavaScript on; a context with `bypassCSP` lets the script in), each with where it is. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const results = axeResults.parse(await page.evaluate('axe.run(document, { resultTypes: ["violations"] })'));
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
