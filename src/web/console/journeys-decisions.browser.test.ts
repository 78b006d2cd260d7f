/**
 * The journeys of the deciding roles through the console in Chromium, end to end, as a person makes them
 * (test/support/console-journeys.ts): UDI decides an application for assisted return from its queue, IOM
 * arranges the journey and records the departure, UNE grants deferred implementation. Each signs in through
 * the form, works only through the pages' links and forms (the action forms opened with the keyboard), and
 * axe-core finds no violation on any page visited. Screenshots: /tmp/journeys-<role>-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, openCase } from '../../cases/commands.ts';
import { familyInput } from '../../cases/testing.ts';
import { onPGlite } from '../../../test/support/databases.ts';
import { hasChromium, warnWithoutChromium } from '../../../test/support/browser.ts';
import { JOURNEY_TIMEOUT_MS, Journey, journeyWorld, osloDate, type JourneyWorld } from '../../../test/support/console-journeys.ts';

warnWithoutChromium('the browser journeys of UDI, IOM and UNE');

onPGlite((database) => {
  describe.skipIf(!hasChromium)('the deciding roles’ journeys in Chromium', () => {
    let world: JourneyWorld;
    /** The reference of the case each journey works on. */
    const cases = { udi: '', iom: '', une: '' };

    beforeAll(async () => {
      world = await journeyWorld(database);
      const { db } = world.store;
      const { udi, iom, lawyer } = world.principals;
      // UDI's: the household has applied (IOM helped), waiting for a decision.
      const applied = await openCase(db, udi, familyInput);
      await act(db, iom, applied.case.id, 'assisted-return.apply', { destination: 'AF' }, { expectedVersion: applied.version });
      cases.udi = applied.case.reference;
      // IOM's: an application UDI has granted.
      const granted = await openCase(db, udi, familyInput);
      const grantedApplied = await act(db, iom, granted.case.id, 'assisted-return.apply', { destination: 'AF' }, { expectedVersion: granted.version });
      await act(db, udi, granted.case.id, 'assisted-return.grant', { reasons: 'Eligible' }, { expectedVersion: grantedApplied.version });
      cases.iom = granted.case.reference;
      // UNE's: the lawyer appealed and asked that the household may stay while UNE decides.
      const appealed = await openCase(db, udi, familyInput);
      const linked = await act(db, udi, appealed.case.id, 'case.link', { relation: 'lawyer', userId: lawyer.userId }, { expectedVersion: appealed.version });
      const registered = await act(
        db,
        lawyer,
        appealed.case.id,
        'appeal.register',
        { grounds: 'The decision overlooked the child' },
        { expectedVersion: linked.version },
      );
      await act(db, lawyer, appealed.case.id, 'deferral.request', { grounds: 'The child is in treatment' }, { expectedVersion: registered.version });
      cases.une = appealed.case.reference;
    });

    afterAll(async () => {
      await world?.close();
    });

    it(
      'UDI: from the queue of applications to a granted application, and the case leaves the queue',
      async () => {
        const journey = await Journey.begin(world, 'udi');
        const { page } = journey;
        await journey.signIn('udi');
        await journey.follow('Applications to decide', 'queue');
        // The other cases have not applied, or UDI has decided them already: only this one waits.
        expect(await page.locator('tbody th').allInnerTexts()).toEqual([cases.udi]);
        await journey.follow(cases.udi, 'case');
        expect(await page.locator('h1').innerText()).toBe(`Case ${cases.udi}`);
        expect(await journey.stateOf('Assisted return')).toBe('applied');
        await journey.takeAction(
          'Grant assisted return',
          (form) => form.getByLabel('Reasons').fill('Eligible: a rejected asylum seeker who applied in time'),
          'granted',
        );
        expect(await journey.stateOf('Assisted return')).toBe('granted');
        // The timeline names the decision and who made it.
        expect(await page.locator('.retur-timeline').innerText()).toContain('Grant assisted return (UDI Journey, UDI)');
        await journey.follow('Work queues', 'home-after');
        expect(await page.locator('.retur-queue', { hasText: 'Applications to decide' }).locator('.retur-queue__count').innerText()).toBe('0 cases');
        await journey.end();
      },
      JOURNEY_TIMEOUT_MS,
    );

    it(
      'IOM: arranges the granted journey, finds it again in its queue, and records the departure; the household has left',
      async () => {
        const journey = await Journey.begin(world, 'iom');
        const { page } = journey;
        await journey.signIn('iom');
        await journey.follow('Journeys to arrange and departures to record', 'queue');
        await journey.follow(cases.iom, 'case');
        expect(await journey.stateOf('Assisted return')).toBe('granted');
        // Recording the departure is not offered before the journey is arranged.
        expect(await journey.action('Record the departure').count()).toBe(0);
        await journey.takeAction(
          'Arrange the journey',
          async (form) => {
            await form.getByLabel('Travel date').fill(osloDate());
            await form.getByLabel('Travel document').fill('Passport');
            await form.getByLabel('Booking reference').fill('IOM-4711');
          },
          'arranged',
        );
        expect(await journey.stateOf('Assisted return')).toBe('travel arranged');
        // On the day of travel IOM finds the case in its queue again, to record the departure.
        await journey.follow('Work queues', 'home-travel-day');
        await journey.follow('Journeys to arrange and departures to record', 'queue-travel-day');
        const row = page.locator('tbody tr', { has: page.getByRole('link', { name: cases.iom, exact: true }) });
        expect(await row.innerText()).toContain('Assisted return: travel arranged');
        await journey.follow(cases.iom, 'case-travel-day');
        await journey.takeAction('Record the departure', (form) => form.getByLabel('Date').fill(osloDate()), 'departed');
        expect(await journey.stateOf('Assisted return')).toBe('departed');
        expect(await journey.stateOf('Case')).toBe('departed');
        // Its work done, the case has left IOM's queue.
        await journey.follow('Work queues', 'home-after');
        await journey.follow('Journeys to arrange and departures to record', 'queue-after');
        expect(await page.getByRole('link', { name: cases.iom, exact: true }).count()).toBe(0);
        await journey.end();
      },
      JOURNEY_TIMEOUT_MS,
    );

    it(
      'UNE: grants deferred implementation from the queue of requests',
      async () => {
        const journey = await Journey.begin(world, 'une');
        const { page } = journey;
        await journey.signIn('une');
        await journey.follow('Requests for deferred implementation', 'queue');
        await journey.follow(cases.une, 'case');
        expect(await journey.stateOf('Deferred implementation')).toBe('requested');
        expect(await journey.stateOf('Appeal')).toBe('registered');
        await journey.takeAction(
          'Grant deferred implementation',
          (form) => form.getByLabel('Reasons').fill('The household may stay until the appeal is decided'),
          'granted',
        );
        expect(await journey.stateOf('Deferred implementation')).toBe('granted');
        // The appeal itself is still UNE's to decide, from its other queue.
        await journey.follow('Work queues', 'home-after');
        expect(await page.locator('.retur-queue', { hasText: 'Requests for deferred implementation' }).locator('.retur-queue__count').innerText()).toBe(
          '0 cases',
        );
        await journey.follow('Appeals', 'appeals');
        expect(await page.locator('tbody th').allInnerTexts()).toEqual([cases.une]);
        await journey.end();
      },
      JOURNEY_TIMEOUT_MS,
    );
  });
});
