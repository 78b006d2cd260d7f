/**
 * Appeal and deferred implementation (seed 001), end to end through `execute`: each allowed transition, each
 * refused condition with its code, the roles that may not act, and what each role sees.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { canSeeCase, canTake, viewFor } from '../access.ts';
import { execute } from '../execute.ts';
import { currentDeadline, type CaseDoc } from '../model.ts';
import type { Action, AnyAction } from '../process.ts';
import { actorOf, allRoles, type Principal } from '../roles.ts';
import { context, familyCase, ids, inState, person, staff } from '../testing.ts';
import { decide, denyDeferral, grantDeferral, mayRemainWhileUneConsiders, register, requestDeferral } from './appeal.ts';
import { expectCondition, expectInvalidInput, refusal } from '../expectations.ts';

const lawyer = staff('lawyer', ids.lawyer);
const une = staff('une');
const udi = staff('udi');

/** The family's case with its lawyer linked. */
function theCase(): CaseDoc {
  return { ...familyCase(), links: { lawyer: [ids.lawyer], guardian: [], reception: [] } };
}

function run<S extends z.ZodType, P>(doc: CaseDoc, action: Action<S, P>, input: unknown, principal: Principal, today = '2026-03-02'): CaseDoc {
  return execute(doc, action, input, context(principal, today), actorOf(principal)).doc;
}

/** A case with an appeal registered on 20 February 2026 and a request for deferred implementation. */
function requested(): CaseDoc {
  const appealed = run(theCase(), register, { registeredOn: '2026-02-20', grounds: 'The risk on return was not assessed' }, lawyer, '2026-02-21');
  return run(appealed, requestDeferral, {}, person, '2026-02-21');
}

describe('appeal and deferred implementation, end to end', () => {
  it('deferral granted: the person may stay until UNE decides, then a new deadline replaces the old one', () => {
    let doc = run(theCase(), register, { grounds: 'The risk on return was not assessed' }, person, '2026-02-10');
    expect(doc.appeal).toEqual({ status: 'registered', registeredOn: '2026-02-10' });
    expect(mayRemainWhileUneConsiders(doc)).toBe(false);

    doc = run(doc, requestDeferral, { requestedOn: '2026-02-10' }, lawyer, '2026-02-11');
    expect(doc.deferral).toEqual({ status: 'requested', requestedOn: '2026-02-10' });
    expect(mayRemainWhileUneConsiders(doc)).toBe(false);

    doc = run(doc, grantDeferral, {}, une, '2026-02-12');
    expect(doc.deferral).toMatchObject({ status: 'granted', requestedOn: '2026-02-10', decidedOn: '2026-02-12', decidedBy: 'une' });
    expect(mayRemainWhileUneConsiders(doc)).toBe(true);

    doc = run(doc, decide, { outcome: 'upheld', newDeadline: '2026-06-01', reasons: 'No risk on return' }, une, '2026-05-04');
    expect(doc.appeal).toEqual({
      status: 'upheld',
      registeredOn: '2026-02-10',
      decidedOn: '2026-05-04',
      newDeadline: '2026-06-01',
      reasons: 'No risk on return',
    });
    expect(currentDeadline(doc)).toBe('2026-06-01');
    // The deferral ended with UNE's decision: the person may no longer stay on it.
    expect(mayRemainWhileUneConsiders(doc)).toBe(false);
    expect(doc.status).toBe('open');
  });

  it('deferral denied by UDI: the person must leave now; UNE upholds and the earlier deadline stands', () => {
    let doc = run(requested(), denyDeferral, { reasons: 'The appeal gives no grounds to stay meanwhile' }, udi, '2026-02-22');
    expect(doc.deferral).toEqual({
      status: 'denied',
      requestedOn: '2026-02-21',
      decidedOn: '2026-02-22',
      decidedBy: 'udi',
      reasons: 'The appeal gives no grounds to stay meanwhile',
    });
    expect(mayRemainWhileUneConsiders(doc)).toBe(false);

    doc = run(doc, decide, { outcome: 'upheld', reasons: 'No risk on return' }, une, '2026-03-10');
    expect(doc.appeal.status).toBe('upheld');
    expect(doc.appeal).not.toHaveProperty('newDeadline');
    expect(currentDeadline(doc)).toBe('2026-03-15');
  });

  it('UNE can uphold with no deadline at all when the person was not allowed to remain: leave immediately', () => {
    const denied = run(requested(), denyDeferral, { reasons: 'No grounds' }, une, '2026-02-22');
    const doc = run(denied, decide, { outcome: 'upheld', newDeadline: null, reasons: 'No risk on return' }, une, '2026-03-20');
    expect(doc.appeal.newDeadline).toBeNull();
    expect(currentDeadline(doc)).toBeNull();
  });

  it('UNE decides the appeal without answering a pending request: the request is moot and can no longer be answered', () => {
    const doc = run(requested(), decide, { outcome: 'upheld', newDeadline: '2026-04-01', reasons: 'No risk on return' }, une, '2026-03-02');
    expect(doc.deferral.status).toBe('requested');
    expectCondition(() => run(doc, grantDeferral, {}, une), 'appeal-pending');
    expectCondition(() => run(doc, denyDeferral, { reasons: 'Too late' }, udi), 'appeal-pending');
  });

  it('reversed: the household may stay and the case is closed', () => {
    const doc = run(requested(), decide, { outcome: 'reversed', reasons: 'Protection granted' }, une, '2026-03-02');
    expect(doc.status).toBe('closed');
    expect(doc.appeal).toMatchObject({ status: 'reversed', decidedOn: '2026-03-02', reasons: 'Protection granted' });
    expect(doc.appeal).not.toHaveProperty('newDeadline');
  });

  it('a decision of the police can be appealed, and an appeal can be lodged on the decision day and dated today', () => {
    const police = theCase();
    const doc = run(
      { ...police, decision: { ...police.decision, authority: 'police', kind: 'expelled' } },
      register,
      { registeredOn: '2026-02-01' },
      une,
      '2026-02-01',
    );
    expect(doc.appeal).toEqual({ status: 'registered', registeredOn: '2026-02-01' });
  });
});

describe('appeal.register refuses', () => {
  it('a decision by UNE itself', () => {
    const doc = theCase();
    expectCondition(
      () => run({ ...doc, decision: { ...doc.decision, authority: 'une', kind: 'permit-revoked' } }, register, {}, lawyer),
      'decision-appealable-to-une',
    );
  });
  it('"staying without permission", which is no new decision', () => {
    const doc = theCase();
    expectCondition(
      () => run({ ...doc, decision: { ...doc.decision, authority: 'police', kind: 'staying-without-permission' } }, register, {}, lawyer),
      'decision-appealable-to-une',
    );
  });
  it('a closed case', () => expectCondition(() => run(inState(theCase(), 'case', 'closed'), register, {}, person), 'case-not-closed'));
  it('a date in the future (the day after today)', () =>
    expectCondition(() => run(theCase(), register, { registeredOn: '2026-03-03' }, person), 'appeal-not-in-future'));
  it('a date before the decision (the day before it)', () =>
    expectCondition(() => run(theCase(), register, { registeredOn: '2026-01-31' }, person), 'appeal-after-decision'));
  it('a second appeal', () => expect(refusal(() => run(requested(), register, {}, person)).code).toBe('CASE_INVALID_TRANSITION'));
});

describe('appeal.decide refuses', () => {
  const granted = () => run(requested(), grantDeferral, {}, une, '2026-02-22');
  it('upholding without a new deadline after deferred implementation was granted', () => {
    expectCondition(() => run(granted(), decide, { outcome: 'upheld', reasons: 'No risk' }, une), 'new-deadline-after-deferral');
    expectCondition(() => run(granted(), decide, { outcome: 'upheld', newDeadline: null, reasons: 'No risk' }, une), 'new-deadline-after-deferral');
  });
  it('a new deadline before the day of the decision; the day itself is allowed', () => {
    expectCondition(
      () => run(granted(), decide, { outcome: 'upheld', newDeadline: '2026-03-01', reasons: 'No risk' }, une, '2026-03-02'),
      'new-deadline-not-past',
    );
    expect(currentDeadline(run(granted(), decide, { outcome: 'upheld', newDeadline: '2026-03-02', reasons: 'No risk' }, une, '2026-03-02'))).toBe('2026-03-02');
  });
  it('a new deadline with a reversal, and a decision without reasons (bad input)', () => {
    expectInvalidInput(() => run(requested(), decide, { outcome: 'reversed', newDeadline: '2026-04-01', reasons: 'Stay' }, une), '/newDeadline');
    expectInvalidInput(() => run(requested(), decide, { outcome: 'upheld', newDeadline: '2026-04-01' }, une), '/reasons');
  });
  it('an appeal that is not registered', () =>
    expect(refusal(() => run(theCase(), decide, { outcome: 'reversed', reasons: 'x' }, une)).code).toBe('CASE_INVALID_TRANSITION'));
});

describe('deferral refuses', () => {
  it('a request without an appeal, or after UNE decided it', () => {
    expectCondition(() => run(theCase(), requestDeferral, {}, person), 'appeal-pending');
    const decided = inState(inState(theCase(), 'appeal', 'upheld'), 'deferral', 'none');
    expectCondition(() => run(decided, requestDeferral, {}, person), 'appeal-pending');
  });
  it('a request dated before the appeal (the day before), or in the future; the appeal day itself is allowed', () => {
    const appealed = run(theCase(), register, { registeredOn: '2026-02-20' }, lawyer);
    expectCondition(() => run(appealed, requestDeferral, { requestedOn: '2026-02-19' }, person), 'request-not-before-appeal');
    expectCondition(() => run(appealed, requestDeferral, { requestedOn: '2026-03-03' }, person), 'request-not-in-future');
    expect(run(appealed, requestDeferral, { requestedOn: '2026-02-20' }, person).deferral.requestedOn).toBe('2026-02-20');
  });
  it('a denial without reasons', () => expectInvalidInput(() => run(requested(), denyDeferral, {}, une), '/reasons'));
  it('a second answer', () => {
    const granted = run(requested(), grantDeferral, {}, une);
    expect(refusal(() => run(granted, denyDeferral, { reasons: 'Changed our mind' }, une)).code).toBe('CASE_INVALID_TRANSITION');
  });
});

describe('who may act', () => {
  const cases: [AnyAction, readonly string[]][] = [
    [register, ['person', 'lawyer', 'guardian', 'une']],
    [decide, ['une']],
    [requestDeferral, ['person', 'lawyer', 'guardian']],
    [grantDeferral, ['une', 'udi']],
    [denyDeferral, ['une', 'udi']],
  ];
  const links = { lawyer: [ids.lawyer], guardian: ['00000000-0000-4000-8000-00000000f002'], reception: [] };
  const principalFor = (role: (typeof allRoles)[number]): Principal =>
    role === 'person' ? person : role === 'lawyer' ? lawyer : role === 'guardian' ? staff('guardian', links.guardian[0]) : staff(role);

  for (const [action, allowed] of cases) {
    it(`${action.id}: ${allowed.join(', ')} and no one else`, () => {
      for (const role of allRoles) {
        expect(canTake(principalFor(role), action, ids.case, links), role).toBe(allowed.includes(role));
      }
    });
  }
  it('a lawyer or guardian not linked to the case, and a person on another case, may not', () => {
    expect(canTake(staff('lawyer', '00000000-0000-4000-8000-00000000f009'), register, ids.case, links)).toBe(false);
    expect(canTake(staff('guardian', '00000000-0000-4000-8000-00000000f009'), requestDeferral, ids.case, links)).toBe(false);
    expect(canTake({ kind: 'person', caseId: '00000000-0000-4000-8000-000000000002', reference: 'RT-OTHER' }, register, ids.case, links)).toBe(false);
  });
});

describe('what each role sees', () => {
  const denied = () => run(requested(), denyDeferral, { reasons: 'No grounds to stay meanwhile' }, une, '2026-02-22');
  it('the person and their lawyer see the appeal and the answer on deferred implementation with its reasons', () => {
    for (const principal of [person, lawyer]) {
      const view = viewFor(principal, denied());
      expect(view.appeal).toEqual({ status: 'registered', registeredOn: '2026-02-20' });
      expect(view.deferral).toMatchObject({ status: 'denied', reasons: 'No grounds to stay meanwhile' });
    }
  });
  it('the police see that the person may not remain, and so may return them', () => {
    const view = viewFor(staff('police'), denied());
    expect(view.deferral.status).toBe('denied');
    expect(mayRemainWhileUneConsiders(view)).toBe(false);
  });
  it('statistics and admin see no case', () => {
    for (const role of ['statistics', 'admin'] as const) expect(canSeeCase(staff(role), ids.case, theCase().links)).toBe(false);
  });
});
