/**
 * After departure (seeds 000 and 001), end to end through `execute`: repaying the deportation debt, the
 * re-entry check at the border, and a correction of a registration as moved in the National Registry
 * (only for registrations from 1 October 2017).
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { canTake, viewFor } from '../access.ts';
import { execute } from '../execute.ts';
import type { CaseDoc } from '../model.ts';
import type { Action, AnyAction } from '../process.ts';
import { actorOf, allRoles, type Principal } from '../roles.ts';
import { context, familyCase, familyInput, ids, inState, person, staff } from '../testing.ts';
import { ReturError } from '../../shared/errors.ts';
import type { Trace } from '../../rules/engine/trace.ts';
import { newCase } from './case.ts';
import { checkReEntry, debtBalance, recordMoved, recordRepayment, requestCorrection } from './after-departure.ts';
import { expectCondition } from '../expectations.ts';

const lawyer = staff('lawyer', ids.lawyer);
const police = staff('police');
const udi = staff('udi');
const links = { lawyer: [ids.lawyer], guardian: [], reception: [] };

/** Returned by force on 20 February 2026, with a two-year Schengen-wide ban and NOK 12,000 of costs. */
function deported(): CaseDoc {
  return {
    ...familyCase(),
    links,
    status: 'departed',
    departure: { date: '2026-02-20', type: 'forced', destination: 'AF' },
    debt: { costs: [{ on: '2026-02-20', amount: 12_000, what: 'Flight and escort' }], repayments: [], balance: 12_000 },
    entryBans: [{ decisionDate: '2026-02-01', length: 2, scope: 'schengen', from: '2026-02-20', until: '2028-02-19' }],
  };
}

function exec<S extends z.ZodType, P>(doc: CaseDoc, action: Action<S, P>, input: unknown, principal: Principal, today = '2026-03-02') {
  return execute(doc, action, input, context(principal, today), actorOf(principal));
}
const run = <S extends z.ZodType, P>(doc: CaseDoc, action: Action<S, P>, input: unknown, principal: Principal, today = '2026-03-02') =>
  exec(doc, action, input, principal, today).doc;

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to be refused');
}

const outcomeOn = (doc: CaseDoc, plannedEntryDate: string, destination = 'norway') =>
  run(doc, checkReEntry, { plannedEntryDate, destination }, police).reEntryChecks.at(-1)?.outcome;

describe('after departure, end to end', () => {
  it('the police check re-entry at the border; the answer is stored with its trace', () => {
    const checked = run(deported(), checkReEntry, {}, police, '2026-06-01');
    expect(checked.reEntryChecks).toHaveLength(1);
    const check = checked.reEntryChecks[0]!;
    expect(check.on).toBe('2026-06-01');
    expect(check.outcome).toBe('entry-banned');
    expect(check.answer.ruleSet).toBe('re-entry');
    expect(check.answer.answer).toMatchObject({
      plannedEntryDate: '2026-06-01',
      destination: 'norway',
      entryBan: { until: '2028-02-19', permanent: false, where: 'schengen' },
      balance: { currency: 'NOK', costs: 12_000, repaid: 0, owed: 12_000 },
      deported: true,
    });
    // The trace is in the event's payload; the case points to that event.
    expect(check.answer).not.toHaveProperty('trace');
    expect(check.answer.traceInEvent).toBe(2);
    const recordedEvent = execute(deported(), checkReEntry, {}, context(police, '2026-06-01', 7), actorOf(police));
    expect((recordedEvent.payload as { answer: { trace?: unknown } }).answer.trace).toBeDefined();
    expect(recordedEvent.doc.reEntryChecks[0]?.answer.traceInEvent).toBe(7);
    // A second check adds to the record.
    expect(run(checked, checkReEntry, {}, police, '2026-06-02').reEntryChecks.map((c) => c.on)).toEqual(['2026-06-01', '2026-06-02']);
  });

  it('the ban bars entry up to and including its last day; the day after, only the unpaid debt stands in the way', () => {
    expect(outcomeOn(deported(), '2028-02-19')).toBe('entry-banned');
    expect(outcomeOn(deported(), '2028-02-20')).toBe('may-be-refused-unpaid-costs');
    // The debt concerns entry to Norway only, but the ban covers the whole Schengen area.
    expect(outcomeOn(deported(), '2028-02-19', 'other-schengen')).toBe('entry-banned');
    expect(outcomeOn(deported(), '2028-02-20', 'other-schengen')).toBe('no-bar');
  });

  it('the person pays the debt back in parts; once it is paid, nothing bars entry after the ban', () => {
    let doc = run(deported(), recordRepayment, { amountNok: 5_000, paidOn: '2026-03-01' }, police);
    expect(doc.debt).toEqual({ costs: deported().debt.costs, repayments: [{ on: '2026-03-01', amount: 5_000 }], balance: 7_000 });
    doc = run(doc, recordRepayment, { amountNok: 7_000 }, police);
    expect(doc.debt.repayments).toEqual([
      { on: '2026-03-01', amount: 5_000 },
      { on: '2026-03-02', amount: 7_000 },
    ]);
    expect(doc.debt.balance).toBe(0);
    expect(outcomeOn(doc, '2028-02-20')).toBe('no-bar');
    expectCondition(() => run(doc, recordRepayment, { amountNok: 1 }, police), 'debt-owed');
  });

  it('amounts are counted in whole øre', () => {
    const doc: CaseDoc = {
      ...deported(),
      debt: {
        costs: [
          { on: '2026-02-20', amount: 100.1, what: 'Ticket' },
          { on: '2026-02-20', amount: 0.2, what: 'Fee' },
        ],
        repayments: [],
        balance: 100.3,
      },
    };
    const paid = run(doc, recordRepayment, { amountNok: 0.3 }, police);
    expect(paid.debt.balance).toBe(100);
    expect(debtBalance(run(paid, recordRepayment, { amountNok: 100 }, police).debt)).toBe(0);
  });

  it('UDI records the registration as moved (before or after the departure); the person asks to correct it', () => {
    const recorded = run(familyCase(), recordMoved, { movedOn: '2026-02-15' }, udi);
    expect(recorded.registry).toEqual({ status: 'moved', movedOn: '2026-02-15' });
    const afterwards = run({ ...deported(), registry: { status: 'not-registered' } }, recordMoved, { movedOn: '2026-02-25' }, staff('une'));
    expect(afterwards.registry).toEqual({ status: 'moved', movedOn: '2026-02-25' });

    const corrected = run(
      { ...afterwards, links },
      requestCorrection,
      { reason: 'I hold a valid permit; the registration is a mistake' },
      lawyer,
      '2026-03-05',
    );
    expect(corrected.registry).toEqual({
      status: 'moved',
      movedOn: '2026-02-25',
      correction: { requestedOn: '2026-03-05', reason: 'I hold a valid permit; the registration is a mistake' },
    });
  });

  it('a registration made on 1 October 2017 can be corrected (from and including that day); one on 30 September 2017 cannot', () => {
    const opened = (registeredAsMovedOn: string): CaseDoc => {
      const doc = newCase(ids.case, 'RT-TEST-0001', { ...familyInput, registeredAsMovedOn }, [ids.adult, ids.child], '2026-02-01T09:00:00.000Z');
      return inState(doc, 'after-departure', 'departed');
    };
    const requested = exec(opened('2017-10-01'), requestCorrection, { reason: 'A mistake' }, person);
    expect(requested.doc.registry.correction).toEqual({ requestedOn: '2026-03-02', reason: 'A mistake' });
    // The rules decided it: their answer, with the rule and the parameter read on the day of the registration.
    const { registryCorrection } = requested.payload as { registryCorrection: { ruleSet: string; answer: unknown; trace?: Trace } };
    expect(registryCorrection.ruleSet).toBe('registry-correction');
    expect(registryCorrection.answer).toMatchObject({ correctionForm: true, reasons: [{ rule: 'registry-correction.correction-form' }] });
    expect(registryCorrection.trace?.parameters).toMatchObject([{ parameter: 'departure.udi-decides-registration-as-moved', date: '2017-10-01', value: true }]);
    expectCondition(() => run(opened('2017-09-30'), requestCorrection, { reason: 'A mistake' }, person), 'registered-from-2017-10-01');
  });
});

describe('debt.record-repayment refuses', () => {
  it('more than is owed (by one øre); exactly the balance is allowed', () => {
    expectCondition(() => run(deported(), recordRepayment, { amountNok: 12_000.01 }, police), 'not-more-than-owed');
    expect(run(deported(), recordRepayment, { amountNok: 12_000 }, police).debt.balance).toBe(0);
  });
  it('a repayment dated tomorrow; today is allowed', () => {
    expectCondition(() => run(deported(), recordRepayment, { amountNok: 100, paidOn: '2026-03-03' }, police), 'repayment-not-in-future');
    expect(run(deported(), recordRepayment, { amountNok: 100, paidOn: '2026-03-02' }, police).debt.repayments).toEqual([{ on: '2026-03-02', amount: 100 }]);
  });
  it('a repayment dated the day before the deportation; the day itself is allowed', () => {
    expectCondition(() => run(deported(), recordRepayment, { amountNok: 100, paidOn: '2026-02-19' }, police), 'repayment-after-departure');
    expect(run(deported(), recordRepayment, { amountNok: 100, paidOn: '2026-02-20' }, police).debt.balance).toBe(11_900);
  });
  it('a case with no debt', () =>
    expectCondition(() => run(inState(familyCase(), 'after-departure', 'departed'), recordRepayment, { amountNok: 1 }, police), 'debt-owed'));
  it('an amount that is not whole øre, or not positive (bad input)', () => {
    for (const amountNok of [10.005, 0, -5]) {
      const error = thrownBy(() => run(deported(), recordRepayment, { amountNok }, police));
      expect(error).toBeInstanceOf(ReturError);
      expect((error as ReturError).errors.map((e) => e.path)).toEqual(['/amountNok']);
    }
  });
  it('a household that has not left', () => {
    expect((thrownBy(() => run(familyCase(), recordRepayment, { amountNok: 1 }, police)) as ReturError).code).toBe('CASE_INVALID_TRANSITION');
  });
});

describe('re-entry.check refuses', () => {
  it('a planned entry in the past (yesterday); today is allowed', () => {
    expectCondition(() => run(deported(), checkReEntry, { plannedEntryDate: '2026-03-01' }, police), 'entry-not-in-past');
    expect(run(deported(), checkReEntry, { plannedEntryDate: '2026-03-02' }, police).reEntryChecks).toHaveLength(1);
  });
});

describe('registry.request-correction and registry.record-moved refuse', () => {
  const departed = () => inState({ ...familyCase(), links }, 'after-departure', 'departed');
  it('a correction when the person is not registered as moved', () => {
    expectCondition(() => run(departed(), requestCorrection, { reason: 'A mistake' }, person), 'registered-as-moved');
  });
  it('a second request for correction', () => {
    const moved: CaseDoc = { ...departed(), registry: { status: 'moved', movedOn: '2025-05-05' } };
    const once = run(moved, requestCorrection, { reason: 'A mistake' }, person);
    expectCondition(() => run(once, requestCorrection, { reason: 'Still a mistake' }, lawyer), 'correction-not-requested');
  });
  it('a correction without a reason (bad input)', () => {
    const moved: CaseDoc = { ...departed(), registry: { status: 'moved', movedOn: '2025-05-05' } };
    expect((thrownBy(() => run(moved, requestCorrection, { reason: ' ' }, person)) as ReturError).code).toBe('REQUEST_INVALID');
  });
  it('recording a registration twice, or one dated tomorrow', () => {
    const moved = run(familyCase(), recordMoved, { movedOn: '2026-03-02' }, udi);
    expectCondition(() => run(moved, recordMoved, { movedOn: '2026-03-02' }, udi), 'not-registered-as-moved');
    expectCondition(() => run(familyCase(), recordMoved, { movedOn: '2026-03-03' }, udi), 'moved-not-in-future');
  });
  it('a correction before the household has left, and a registration on a closed case', () => {
    const moved: CaseDoc = { ...familyCase(), registry: { status: 'moved', movedOn: '2025-05-05' } };
    expect((thrownBy(() => run(moved, requestCorrection, { reason: 'A mistake' }, person)) as ReturError).code).toBe('CASE_INVALID_TRANSITION');
    expect((thrownBy(() => run(inState(familyCase(), 'case', 'closed'), recordMoved, { movedOn: '2026-03-01' }, udi)) as ReturError).code).toBe(
      'CASE_INVALID_TRANSITION',
    );
  });
});

describe('who may act', () => {
  const allLinks = { lawyer: [ids.lawyer], guardian: ['00000000-0000-4000-8000-00000000f002'], reception: ['00000000-0000-4000-8000-00000000f003'] };
  const principalFor = (role: (typeof allRoles)[number]): Principal =>
    role === 'person'
      ? person
      : role === 'lawyer'
        ? lawyer
        : role === 'guardian'
          ? staff('guardian', allLinks.guardian[0])
          : role === 'reception'
            ? staff('reception', allLinks.reception[0])
            : staff(role);
  const cases: [AnyAction, readonly string[]][] = [
    [recordRepayment, ['police']],
    [checkReEntry, ['police']],
    [requestCorrection, ['person', 'lawyer']],
    [recordMoved, ['udi', 'une']],
  ];
  for (const [action, allowed] of cases) {
    it(`${action.id}: ${allowed.join(', ')} and no one else`, () => {
      for (const role of allRoles) expect(canTake(principalFor(role), action, ids.case, allLinks), role).toBe(allowed.includes(role));
    });
  }
  it('a lawyer not linked to the case may not ask for a correction', () => {
    expect(canTake(staff('lawyer', '00000000-0000-4000-8000-00000000f009'), requestCorrection, ids.case, allLinks)).toBe(false);
  });
});

describe('what each role sees', () => {
  it('the person sees what they still owe and their request for correction; the police see the border checks', () => {
    let doc = run(deported(), recordRepayment, { amountNok: 2_000 }, police);
    doc = run({ ...doc, registry: { status: 'moved', movedOn: '2026-02-25' } }, requestCorrection, { reason: 'A mistake' }, person);
    doc = run(doc, checkReEntry, {}, police);
    const own = viewFor(person, doc);
    expect(own.debt.balance).toBe(10_000);
    expect(own.registry.correction).toEqual({ requestedOn: '2026-03-02', reason: 'A mistake' });
    expect(viewFor(police, doc).reEntryChecks.map((c) => c.outcome)).toEqual(['entry-banned']);
  });
});
