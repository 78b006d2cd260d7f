/**
 * The administrator's journey through the console in Chromium, end to end, as a person makes it
 * (test/support/console-journeys.ts): sign in through the form, open the accounts page, create an account for
 * a new reception-centre worker through its form, sign out, and the new worker signs in with it and sees the
 * queue of their role. axe-core finds no violation on any page visited. Screenshots: /tmp/journeys-admin-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onPGlite } from '../../../test/support/databases.ts';
import { hasChromium, warnWithoutChromium } from '../../../test/support/browser.ts';
import { JOURNEY_TIMEOUT_MS, Journey, journeyWorld, type JourneyWorld } from '../../../test/support/console-journeys.ts';

warnWithoutChromium('the browser journey of the administrator');

onPGlite((database) => {
  describe.skipIf(!hasChromium)('the administrator’s journey in Chromium', () => {
    let world: JourneyWorld;

    beforeAll(async () => {
      world = await journeyWorld(database);
    });

    afterAll(async () => {
      await world?.close();
    });

    it(
      'admin: creates an account, and the new worker signs in with it',
      async () => {
        const journey = await Journey.begin(world, 'admin');
        const { page } = journey;
        await journey.signIn('admin');
        await journey.follow(page.locator('nav').getByRole('link', { name: 'Accounts' }), 'accounts');
        const form = page.locator('form', { has: page.getByRole('button', { name: 'Create an account' }) });
        await form.getByLabel('Username', { exact: true }).fill('reception.new');
        await form.getByLabel('Name', { exact: true }).fill('Nora Nilsen');
        await form.getByLabel('Role', { exact: true }).selectOption({ label: 'Reception centre' });
        await form.getByLabel('Password (at least 12 characters)').fill('a-long-enough-password');
        await journey.navigate(() => form.getByRole('button', { name: 'Create an account' }).click());
        expect(await page.getByRole('status').first().innerText()).toBe('Account created.');
        await journey.check('created');
        // Listed with its role, active.
        const created = page.locator('section.retur-account', { has: page.getByRole('heading', { name: 'Nora Nilsen (reception.new)' }) });
        expect(await created.locator('dd').allInnerTexts()).toEqual(['Reception centre', 'Active', 'None linked.']);

        await journey.navigate(() => page.getByRole('button', { name: 'Sign out' }).click());
        expect(new URL(page.url()).pathname).toBe('/console/sign-in');
        await journey.signIn('reception', 'a-long-enough-password', 'reception.new');
        expect(await page.getByText('Signed in as reception.new (Reception centre)').count()).toBe(1);
        expect(await page.locator('.retur-queue h2').allInnerTexts()).toEqual(['The people you help']);
        await journey.end();
      },
      JOURNEY_TIMEOUT_MS,
    );
  });
});
