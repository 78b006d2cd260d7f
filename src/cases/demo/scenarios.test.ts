/**
 * The demo scenarios: each runs through `execute` on several days it could be seeded; together they leave a
 * household in every state of every process; the overdue ones are in the police's queue and the others are
 * not; no departure falls in the statistics demo's months; the accounts are one per role.
 */
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../rules/engine/dates.ts';
import { newUserInput } from '../accounts.ts';
import { currentDeadline, type CaseDoc } from '../model.ts';
import { processIds, processStates, stateOf } from '../process.ts';
import { isUnaccompaniedMinorOn } from '../processes/forced-return.ts';
import { staffRoles, type Principal, type StaffRole } from '../roles.ts';
import { staff } from '../testing.ts';
import {
  demoAccounts,
  demoScenarios,
  departureWindow,
  openerOf,
  personRef,
  plannedSteps,
  resolveInput,
  runScenario,
  statisticsDemoDepartures,
  type Scenario,
} from './scenarios.ts';

const days = ['2026-11-22', '2027-02-28', '2026-04-15', '2028-02-29'];
const principalFor = (role: StaffRole): Principal => staff(role);

function runAll(today: string): { scenario: Scenario; doc: CaseDoc }[] {
  return demoScenarios(today).map((scenario) => ({ scenario, doc: runScenario(scenario, today, principalFor).doc }));
}

/** The police's overdue queue, as listCases (commands.ts) filters it. */
function isOverdue(doc: CaseDoc, today: string): boolean {
  const deadline = currentDeadline(doc);
  return (
    doc.status === 'open' &&
    deadline !== null &&
    deadline < today &&
    !['requested', 'granted'].includes(doc.deferral.status) &&
    doc.appeal.status !== 'reversed' &&
    doc.forcedReturn.status !== 'executed'
  );
}

const byKey = (runs: { scenario: Scenario; doc: CaseDoc }[], key: string): CaseDoc => {
  const run = runs.find((r) => r.scenario.key === key);
  if (!run) throw new Error(`no scenario ${key}`);
  return run.doc;
};

describe.each(days)('the demo scenarios seeded on %s', (today) => {
  const runs = runAll(today);

  it('every scenario runs, each with a unique key, opened before today with its steps in order and none after today', () => {
    expect(runs.length).toBeGreaterThanOrEqual(20);
    expect(new Set(runs.map((r) => r.scenario.key)).size).toBe(runs.length);
    for (const { scenario } of runs) {
      expect(scenario.openedOn < today, scenario.key).toBe(true);
      const steps = plannedSteps(scenario, principalFor);
      steps.forEach((step, i) => {
        expect(step.daysFromOpening, scenario.key).toBeGreaterThanOrEqual(0);
        expect(step.today <= today, `${scenario.key} step ${i}`).toBe(true);
        if (i > 0) expect(step.at > steps[i - 1]!.at, `${scenario.key} step ${i}`).toBe(true);
      });
    }
  });

  it('every state of every process is reached by at least one household', () => {
    // No state is left out: each one can be the state a household is in (travel-arranged with a journey
    // still to come, planned with a return still to come, and so on).
    for (const process of processIds) {
      const reached = new Set(runs.map((r) => stateOf(r.doc, process)));
      for (const state of processStates[process]) expect(reached.has(state), `${process}: ${state}`).toBe(true);
    }
  });

  it('the cases marked overdue are in the police’s queue today, and no other case is', () => {
    const overdue = runs.filter((r) => isOverdue(r.doc, today)).map((r) => r.scenario.key);
    expect(overdue).toEqual(runs.filter((r) => r.scenario.overdue === true).map((r) => r.scenario.key));
    expect(overdue.length).toBeGreaterThanOrEqual(4);
  });

  it('every departure is in the last 60 days, on or before today, and none in the statistics demo’s months', () => {
    const departures = runs.flatMap((r) => (r.doc.departure ? [r.doc.departure.date] : []));
    expect(departures.length).toBeGreaterThanOrEqual(6);
    for (const date of departures) {
      expect(date <= today).toBe(true);
      expect(daysBetween(date, today)).toBeLessThanOrEqual(60);
      expect(date >= statisticsDemoDepartures.first && date <= statisticsDemoDepartures.last, date).toBe(false);
    }
  });

  it('a late application gets the lower support, one made in time the higher', () => {
    const late = byKey(runs, 'juliett-late-application').assistedReturn.support?.answer;
    const inTime = byKey(runs, 'golf-departed').assistedReturn.support?.answer;
    expect(late?.timing).toBe('after-deadline');
    expect(inTime?.timing).toBe('before-deadline');
    // Both are single adults: the lower rate is the lower total.
    expect(Number(late?.total)).toBeLessThan(Number(inTime?.total));
  });

  it('the return to a country the family are not citizens of rests on a copy of their residence permit there', () => {
    const doc = byKey(runs, 'hotel-family-permit-elsewhere');
    expect(doc.departure).toMatchObject({ type: 'assisted', destination: 'JO' });
    expect(doc.household.some((p) => p.citizenships.includes('JO'))).toBe(false);
    expect(doc.documents).toContainEqual(expect.objectContaining({ kind: 'residence-permit-outside-eea', status: 'uploaded', personId: doc.household[0]!.id }));
  });

  it('the passport UDI held is given back on an assisted departure', () => {
    const doc = byKey(runs, 'golf-departed');
    expect(doc.documents).toContainEqual(expect.objectContaining({ kind: 'passport', original: 'returned' }));
  });

  it('the Dublin transfer went to the receiving country after it was notified', () => {
    const doc = byKey(runs, 'quebec-dublin-transfer');
    expect(doc.departure).toMatchObject({ type: 'forced', destination: 'DE' });
    expect(doc.forcedReturn.receivingCountryNotifiedOn! <= doc.departure!.date).toBe(true);
    expect(doc.forcedReturn.executed?.category.answer.category).toBe('dublin');
  });

  it('the unaccompanied minor was returned with someone recorded to meet him, and his passport went to the home authorities', () => {
    const doc = byKey(runs, 'romeo-unaccompanied-minor');
    const child = doc.household[0]!;
    expect(isUnaccompaniedMinorOn(child, doc.departure!.date)).toBe(true);
    expect(doc.forcedReturn.receptionArrangements).toEqual([expect.objectContaining({ personId: child.id, relation: 'family-member' })]);
    expect(doc.documents).toContainEqual(expect.objectContaining({ kind: 'passport', original: 'handed-to-home-authorities' }));
    expect(doc.links.guardian).toHaveLength(1);
  });

  it('the expelled offender has an entry ban from his departure, a debt partly repaid, and was refused at the re-entry check', () => {
    const doc = byKey(runs, 'sierra-expelled-offender');
    const departed = doc.departure!.date;
    expect(doc.forcedReturn.executed).toMatchObject({ convictedOffenders: [doc.household[0]!.id], debt: 12000 });
    expect(doc.forcedReturn.executed?.category.answer.category).toBe('expelled');
    expect(doc.entryBans).toEqual([expect.objectContaining({ length: 5, scope: 'schengen', from: departed })]);
    expect(doc.debt.repayments).toEqual([expect.objectContaining({ amount: 3000 })]);
    expect(doc.debt.balance).toBe(9000);
    expect(doc.reEntryChecks.map((c) => c.outcome)).toEqual(['entry-banned']);
  });

  it('after departure there are a repayment, re-entry checks and a request to correct a registration as moved', () => {
    expect(runs.some((r) => r.doc.debt.repayments.length > 0)).toBe(true);
    expect(runs.some((r) => r.doc.reEntryChecks.length > 0)).toBe(true);
    const victor = byKey(runs, 'victor-own-departure');
    expect(victor.registry).toMatchObject({ status: 'moved', correction: { requestedOn: expect.any(String) } });
    expect(victor.ownDeparture.status).toBe('confirmed');
  });

  it('the households are varied: nationalities, families with children, single adults, an unaccompanied minor, linked helpers', () => {
    const citizenships = new Set(runs.flatMap((r) => r.doc.household.flatMap((p) => p.citizenships)));
    for (const code of ['AF', 'IQ', 'SO', 'ER', 'SY', 'ET', 'MA', 'GE']) expect(citizenships.has(code), code).toBe(true);
    const households = runs.map((r) => r.doc.household);
    expect(households.filter((h) => h.some((p) => p.role === 'adult') && h.some((p) => p.role === 'child')).length).toBeGreaterThanOrEqual(5);
    expect(households.filter((h) => h.length === 1 && h[0]!.role === 'adult').length).toBeGreaterThanOrEqual(5);
    expect(households.some((h) => h.some((p) => p.unaccompaniedMinor))).toBe(true);
    for (const relation of ['lawyer', 'guardian', 'reception'] as const)
      expect(
        runs.some((r) => r.doc.links[relation].length > 0),
        relation,
      ).toBe(true);
  });
});

describe('the dates of the demo', () => {
  it('squeezes the departures into the days since 31 March 2026 when today is less than 60 days after it', () => {
    expect(departureWindow('2026-11-22')).toBe(60);
    expect(departureWindow('2026-05-31')).toBe(60);
    expect(departureWindow('2026-04-15')).toBe(14);
    const departures = runAll('2026-04-15').flatMap((r) => (r.doc.departure ? [r.doc.departure.date] : []));
    for (const date of departures) expect(date >= '2026-04-01' && date <= '2026-04-15', date).toBe(true);
  });

  it('refuses to build on a day that leaves no room for departures outside the statistics demo’s months', () => {
    for (const today of ['2026-04-03', '2026-03-01', '2025-06-01']) expect(() => demoScenarios(today), today).toThrow(/statistics demo/);
    expect(() => demoScenarios('2026-04-08')).not.toThrow();
  });
});

describe('the runner', () => {
  const today = '2026-11-22';
  const scenarios = demoScenarios(today);
  const scenario = (key: string) => scenarios.find((s) => s.key === key)!;

  it('is deterministic: the same scenario gives the same case', () => {
    const s = scenario('sierra-expelled-offender');
    expect(runScenario(s, today, principalFor)).toEqual(runScenario(s, today, principalFor));
  });

  it('links the helpers first, as UDI on the day of opening, and lists what it applied', () => {
    const s = scenario('delta-appealed');
    const lawyer = staff('lawyer');
    expect(plannedSteps(s, principalFor)[0]).toMatchObject({
      action: 'case.link',
      as: 'udi',
      daysFromOpening: 0,
      input: { relation: 'lawyer', userId: lawyer.kind === 'staff' ? lawyer.userId : '' },
    });
    expect(runScenario(s, today, principalFor).applied).toEqual(['case.link', 'assisted-return.apply', 'assisted-return.reject', 'assisted-return.appeal']);
  });

  it('refuses a step the role may not take, as the command layer would', () => {
    const s = scenario('delta-appealed');
    // Without the link the lawyer does not reach the case.
    expect(() => runScenario({ ...s, links: [] }, today, principalFor)).toThrow(/delta-appealed, step 0 \(assisted-return.apply as lawyer.*may not take/);
  });

  it('refuses a step dated after today, and names the step a refused action is', () => {
    const s = scenario('bravo-granted');
    expect(() => runScenario(s, s.openedOn, principalFor)).toThrow(/bravo-granted, step 0 .*after/);
    const refused: Scenario = { ...s, steps: [{ action: 'assisted-return.grant', as: 'udi', daysFromOpening: 1, input: {} }] };
    expect(() => runScenario(refused, today, principalFor)).toThrow(
      /bravo-granted, step 0 \(assisted-return.grant as udi.*not allowed while assisted-return is none/,
    );
  });

  it('opens each case as the authority that made the decision', () => {
    expect(openerOf(scenario('xray-overdue'))).toBe('une');
    expect(openerOf(scenario('alfa-family-applied'))).toBe('udi');
  });

  it('resolves people named by their place in the household, and refuses anyone not in it', () => {
    const doc = { household: [{ id: 'a' }, { id: 'b' }] } as unknown as CaseDoc;
    expect(resolveInput({ personId: personRef(1), list: [personRef(0), 'x'], n: 3, none: null }, doc)).toEqual({
      personId: 'b',
      list: ['a', 'x'],
      n: 3,
      none: null,
    });
    expect(() => resolveInput({ personId: personRef(2) }, doc)).toThrow(/@person\/2/);
  });
});

describe('the demo data is invented', () => {
  const nato = [
    'Alfa',
    'Bravo',
    'Charlie',
    'Delta',
    'Echo',
    'Foxtrot',
    'Golf',
    'Hotel',
    'India',
    'Juliett',
    'Kilo',
    'Lima',
    'Mike',
    'November',
    'Oscar',
    'Papa',
    'Quebec',
    'Romeo',
    'Sierra',
    'Tango',
    'Uniform',
    'Victor',
    'Whiskey',
    'Xray',
    'Yankee',
    'Zulu',
  ];

  it('every surname is a letter of the NATO alphabet, so no one can take a demo person for a real one', () => {
    for (const scenario of demoScenarios('2026-11-22')) {
      for (const p of scenario.household) expect(nato.includes(p.name.split(' ').at(-1)!), p.name).toBe(true);
    }
  });
});

describe('the demo accounts', () => {
  it('are one per role, named <role>.demo, with a password of at least 12 characters the account schema accepts', () => {
    expect(demoAccounts.map((a) => a.role)).toEqual([...staffRoles]);
    for (const account of demoAccounts) {
      expect(account.username).toBe(`${account.role}.demo`);
      expect(account.password).toBe(`retur-demo-${account.role}`);
      expect(account.password.length).toBeGreaterThanOrEqual(12);
      expect(newUserInput.safeParse(account).success, account.username).toBe(true);
    }
  });
});
