/**
 * The police's and the lawyer's journeys through the console in Chromium, end to end, as a person makes them
 * (test/support/console-journeys.ts). The police find an overdue case on the second page of their queue (the
 * first page ends on cases without a deadline), plan the forced return of the whole household and carry it
 * out; at the border they find the child of a household they returned by date of birth and citizenship, in
 * the same case as her father, and check her re-entry.
 * The lawyer reads their client's case from their queue and never learns of the forced return the police
 * have planned. Each signs in through the form and works only through the pages; axe-core finds no violation
 * on any page visited. Screenshots: /tmp/journeys-<role>-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, openCase } from '../../cases/commands.ts';
import { openCaseInput } from '../../cases/processes/case.ts';
import { familyInput } from '../../cases/testing.ts';
import { onPGlite } from '../../../test/support/databases.ts';
import { hasChromium, warnWithoutChromium } from '../../../test/support/browser.ts';
import { JOURNEY_TIMEOUT_MS, Journey, journeyWorld, osloDate, type JourneyWorld } from '../../../test/support/console-journeys.ts';

warnWithoutChromium('the browser journeys of the police and the lawyer');

/** A household of its own, so that the border check finds only its case. */
const household = (adult: string, child: string, citizenship: string) =>
  openCaseInput.parse({
    household: [
      { name: adult, dateOfBirth: '1985-07-14', citizenships: [citizenship], role: 'adult' },
      { name: child, dateOfBirth: '2019-11-02', citizenships: [citizenship], role: 'child' },
    ],
    decision: { kind: 'protection-rejected', authority: 'udi', date: '2026-02-01', departureDeadline: '2026-03-15', notifiedOn: '2026-02-03' },
  });

onPGlite((database) => {
  describe.skipIf(!hasChromium)('the police’s and the lawyer’s journeys in Chromium', () => {
    let world: JourneyWorld;
    const cases = { police: '', lawyer: '', returned: '' };
    /** More overdue cases without a deadline than a queue page holds: they sort first. */
    const withoutDeadline = 26;

    beforeAll(async () => {
      world = await journeyWorld(database);
      const { db } = world.store;
      const { udi, police, lawyer } = world.principals;
      for (let i = 0; i < withoutDeadline; i++) {
        await openCase(db, udi, { ...familyInput, decision: { ...familyInput.decision, departureDeadline: null } });
      }
      // The police's: the deadline passed in March.
      cases.police = (await openCase(db, udi, household('Bashir Karimi', 'Sara Karimi', 'IQ'))).case.reference;
      // The lawyer's client, whose forced return the police have planned.
      const client = await openCase(db, udi, household('Leyla Haddad', 'Yusuf Haddad', 'SY'));
      const linked = await act(db, udi, client.case.id, 'case.link', { relation: 'lawyer', userId: lawyer.userId }, { expectedVersion: client.version });
      await act(
        db,
        police,
        client.case.id,
        'forced-return.plan',
        { date: osloDate(), flight: 'SK4711', escort: 'Two officers', destination: 'TR' },
        { expectedVersion: linked.version },
      );
      cases.lawyer = client.case.reference;
      // A household the police returned to Iran, its cost NOK 24,500: the one the border check finds.
      const returned = await openCase(db, udi, household('Reza Ahmadi', 'Mina Ahmadi', 'IR'));
      const planned = await act(
        db,
        police,
        returned.case.id,
        'forced-return.plan',
        { date: osloDate(), flight: 'TK1752', escort: 'Two officers', destination: 'IR' },
        { expectedVersion: returned.version },
      );
      await act(db, police, returned.case.id, 'forced-return.execute', { cost: { totalNok: 24500, paidByPersonNok: 0 } }, { expectedVersion: planned.version });
      cases.returned = returned.case.reference;
    });

    afterAll(async () => {
      await world?.close();
    });

    it(
      'the police: find the case on page 2 of the overdue queue, and plan and carry out the return of the whole household',
      async () => {
        const journey = await Journey.begin(world, 'police');
        const { page } = journey;
        await journey.signIn('police');
        await journey.follow('Overdue: the deadline has passed', 'overdue');
        // The lawyer's client, whose return is planned, is overdue too.
        expect(await page.locator('main p').first().innerText()).toBe(`${withoutDeadline + 2} cases`);
        const firstPage = await page.locator('tbody tr').allInnerTexts();
        expect(firstPage).toHaveLength(25);
        expect(firstPage.every((row) => row.includes('Leave immediately'))).toBe(true);
        await journey.follow('Next page', 'overdue-2');
        const rows = page.locator('tbody th');
        expect(await rows.count()).toBe(3);
        expect(await rows.allInnerTexts()).toContain(cases.police);
        await journey.follow(cases.police, 'case');
        expect(await journey.stateOf('Forced return')).toBe('none');

        await journey.takeAction(
          'Plan the forced return',
          async (form) => {
            await form.getByLabel('Date').fill(osloDate());
            await form.getByLabel('Flight or other transport').fill('DY1234');
            await form.getByLabel('Escort').fill('Two officers');
            await form.getByLabel('Destination').selectOption({ label: 'Iraq' });
          },
          'planned',
        );
        expect(await journey.stateOf('Forced return')).toBe('planned');
        // The form that carries it out has no list of travellers: the whole household goes together.
        const execute = journey.action('Carry out the forced return');
        expect(await execute.locator('input[type=checkbox]').evaluateAll((boxes) => boxes.map((b) => b.getAttribute('name')))).toEqual([
          'convictedOffenders',
          'convictedOffenders',
          'protectionInOtherSchengenCountry',
        ]);
        await journey.takeAction('Carry out the forced return', (form) => form.getByLabel('Total cost (NOK)').fill('24500'), 'executed');
        expect(await journey.stateOf('Forced return')).toBe('carried out');
        expect(await journey.stateOf('Case')).toBe('departed');
        expect(await page.locator('section[aria-labelledby="debt-h"]').innerText()).toMatch(/NOK\s24,500/);
        await journey.end();
      },
      JOURNEY_TIMEOUT_MS,
    );

    it(
      'the police at the border: find the child of a household they returned by date of birth and citizenship, in the same case as her father, and check her re-entry',
      async () => {
        const journey = await Journey.begin(world, 'police-border');
        const { page } = journey;
        await journey.signIn('police');
        // The child is found by date of birth and citizenship, in the same case as her father, with the
        // household's debt: she was returned with him.
        await journey.follow(page.locator('nav').getByRole('link', { name: 'Border check' }), 'border');
        await page.getByLabel('Date of birth').fill('2019-11-02');
        await page.getByLabel('Citizenship').selectOption({ label: 'Iran' });
        await journey.navigate(() => page.getByRole('button', { name: 'Find' }).click());
        await journey.check('border-found');
        const found = page.locator('tbody tr');
        expect(await found.count()).toBe(1);
        expect(await found.locator('th').innerText()).toBe('Mina Ahmadi');
        expect(await found.innerText()).toContain(cases.returned);
        expect(await found.innerText()).toMatch(/NOK\s24,500/);
        // The case from the border check, and the re-entry check the rules answer.
        await journey.follow(cases.returned, 'case-from-border');
        expect(new URL(page.url()).searchParams.get('why')).toBe('border-check');
        await journey.takeAction('Check re-entry', async () => {}, 're-entry');
        expect(await page.locator('section[aria-labelledby="rules-h"]').innerText()).toContain('re-entry');
        await journey.end();
      },
      JOURNEY_TIMEOUT_MS,
    );

    it(
      'the lawyer: reads the client’s case from the queue, and never sees the forced return the police planned',
      async () => {
        const journey = await Journey.begin(world, 'lawyer');
        const { page } = journey;
        await journey.signIn('lawyer');
        // The lawyer works cases, not the border or the debts.
        expect(await page.locator('nav').getByRole('link').allInnerTexts()).toEqual(['Work queues']);
        await journey.follow('The people you help', 'queue');
        expect(await page.locator('tbody th').allInnerTexts()).toEqual([cases.lawyer]);
        expect(await page.locator('tbody').innerText()).not.toMatch(/forced return/i);
        await journey.follow(cases.lawyer, 'case');
        const main = await page.locator('main').innerText();
        expect(main).toContain('Leyla Haddad');
        expect(main).toContain('Yusuf Haddad');
        expect(await journey.stateOf('Forced return')).toBe('none');
        for (const secret of ['SK4711', 'Two officers']) expect(main).not.toContain(secret);
        // Nor in what the page holds beyond its text: the forced-return diagram marks "none", and no form or
        // hidden field names the plan.
        const diagram = page.locator('.retur-diagram', { has: page.locator('svg[aria-labelledby="d-forced-return-title"]') });
        expect(await diagram.locator('.retur-diagram__state--current text:not(.retur-diagram__loop)').textContent()).toBe('none');
        const source = await page.content();
        for (const secret of ['SK4711', 'Two officers', '/actions/forced-return.']) expect(source).not.toContain(secret);
        await journey.end();
      },
      JOURNEY_TIMEOUT_MS,
    );
  });
});
