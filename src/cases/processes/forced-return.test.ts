/**
 * Forced return (seeds 000 and 004), end to end through `execute`: each allowed transition, each refused
 * condition with its code, the roles that may not act, what each role sees, what goes to the home country, and
 * the per-person records the statistics count. Also the readmission-agreement parameter the plan shows.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { isCountryCode } from '../../rules/common/countries.ts';
import { RulesError } from '../../rules/engine/errors.ts';
import { hasReadmissionAgreement, readmissionAgreement, readmissionAgreements } from '../../rules/forced-return/readmission.ts';
import { canTake, homeCountryHandover, viewFor } from '../access.ts';
import { actions } from '../actions.ts';
import { execute } from '../execute.ts';
import type { CaseDoc, PersonInput } from '../model.ts';
import type { Action } from '../process.ts';
import { actorOf, allRoles, type Principal } from '../roles.ts';
import { context, familyCase, ids, inState, person, staff } from '../testing.ts';
import { decide, denyDeferral, grantDeferral, register, requestDeferral } from './appeal.ts';
import { apply as applyForAssistedReturn, withdraw } from './assisted-return.ts';
import { newCase, openCaseInput, recordDocument } from './case.ts';
import { cancel, carryOut, departureRecords, forcedReturnActions, notifyReceivingCountry, plan, recordReceptionArrangement } from './forced-return.ts';
import { expectCondition, expectInvalidInput } from '../expectations.ts';

/** A typed action as the registry holds it (actions.ts casts the same way). */
const loose = <S extends z.ZodType, P>(action: Action<S, P>): Action => action as unknown as Action;

const police = staff('police');
const udi = staff('udi');
const une = staff('une');
const lawyer = staff('lawyer', ids.lawyer);
const guardian = staff('guardian', '00000000-0000-4000-8000-00000000f002');
const reception = staff('reception', '00000000-0000-4000-8000-00000000f003');
const userIdOf = (p: Principal) => (p.kind === 'staff' ? p.userId : '');
const links = { lawyer: [userIdOf(lawyer)], guardian: [userIdOf(guardian)], reception: [userIdOf(reception)] };

// context() numbers ids from 1 in each context; the documents of one case recorded in several steps need
// distinct ids, so ids here are numbered across the file.
let lastId = 0;
function contextOf(principal: Principal, today: string) {
  return { ...context(principal, today), newId: () => `00000000-0000-4000-9000-${String(++lastId).padStart(12, '0')}` };
}

function run<S extends z.ZodType, P>(doc: CaseDoc, action: Action<S, P>, input: unknown, principal: Principal = police, today = '2026-03-20'): CaseDoc {
  return execute(doc, loose(action), input, contextOf(principal, today), actorOf(principal)).doc;
}

function payloadOf<S extends z.ZodType, P>(doc: CaseDoc, action: Action<S, P>, input: unknown, today: string): Record<string, unknown> {
  return execute(doc, loose(action), input, contextOf(police, today), actorOf(police)).payload as Record<string, unknown>;
}

/** The family of testing.ts (Afghan mother and son, asylum rejected, deadline 15 March 2026), with helpers linked. */
function theFamily(): CaseDoc {
  return { ...familyCase(), links };
}

/** A case for another household and decision, with helpers linked. */
function caseOf(household: Partial<PersonInput>[], decision: Record<string, unknown>): CaseDoc {
  const input = openCaseInput.parse({ household, decision: { authority: 'udi', date: '2026-02-01', ...decision } });
  const personIds = [ids.adult, ids.child, '00000000-0000-4000-8000-0000000000c2'].slice(0, household.length);
  return { ...newCase(ids.case, 'RT-TEST-0001', input, personIds, '2026-02-01T09:00:00.000Z'), links };
}

const adult = (citizenship = 'AF'): Partial<PersonInput> => ({ name: 'Amina Test', dateOfBirth: '1990-05-01', citizenships: [citizenship], role: 'adult' });
const unaccompanied = (dateOfBirth = '2010-06-01'): Partial<PersonInput> => ({
  name: 'Sami Test',
  dateOfBirth,
  citizenships: ['AF'],
  role: 'child',
  unaccompaniedMinor: true,
});

const dublinCase = () => caseOf([adult()], { kind: 'dublin-transfer', departureDeadline: null, receivingCountry: 'DE' });
const expelledCase = (citizenship = 'AL', date = '2026-02-01') =>
  caseOf([adult(citizenship)], { kind: 'expelled', date, departureDeadline: date === '2026-02-01' ? '2026-03-01' : null, expelled: true });
const unaccompaniedCase = (dateOfBirth?: string) => caseOf([unaccompanied(dateOfBirth)], { kind: 'protection-rejected', departureDeadline: '2026-03-15' });

const planInput = { date: '2026-03-25', flight: 'DY1234', escort: 'Two officers from NPIS', destination: 'AF' };
const cost = { totalNok: 12000, paidByPersonNok: 2000 };

/** Planned on 20 March for 25 March (the deadline of 15 March has passed). */
const planned = (doc: CaseDoc, input: Record<string, unknown> = {}) => run(doc, plan, { ...planInput, ...input }, police, '2026-03-20');
/** Carried out on 25 March, recorded that day. */
const carriedOut = (doc: CaseDoc, input: Record<string, unknown> = {}, today = '2026-03-25') => run(doc, carryOut, { cost, ...input }, police, today);

describe('forced return, end to end', () => {
  it('a family is planned, returned together, and the return recorded with category, debt and documents handed over', () => {
    let doc = run(theFamily(), recordDocument, { kind: 'passport', personId: ids.adult, status: 'original-held' }, police, '2026-02-05');
    doc = planned(doc);
    expect(doc.forcedReturn.status).toBe('planned');
    expect(doc.forcedReturn.plan).toMatchObject({ ...planInput, plannedOn: '2026-03-20' });
    expect(doc.status).toBe('open');

    doc = carriedOut(doc, { convictedOffenders: [ids.adult] });
    expect(doc.status).toBe('departed');
    expect(doc.departure).toEqual({ date: '2026-03-25', type: 'forced', destination: 'AF' });
    expect(doc.forcedReturn.status).toBe('executed');
    const executed = doc.forcedReturn.executed!;
    expect(executed).toMatchObject({
      date: '2026-03-25',
      destination: 'AF',
      escort: 'Two officers from NPIS',
      cost: 12000,
      paidByPerson: 2000,
      debt: 10000,
      convictedOffenders: [ids.adult],
    });
    expect(executed.category.ruleSet).toBe('forced-return-category');
    expect(executed.category.answer).toMatchObject({ returnType: 'forced', category: 'asylum', responsible: 'npis', bannedFromReEntry: false });
    // The case keeps the answer and where its trace is: the event the action recorded (2 in context()).
    expect(executed.category.traceInEvent).toBe(2);
    expect(executed.category).not.toHaveProperty('trace');
    expect(doc.debt).toEqual({
      costs: [{ on: '2026-03-25', amount: 10000, what: 'Cost of the forced return paid by the Norwegian authorities' }],
      repayments: [],
      balance: 10000,
    });
    expect(doc.entryBans).toEqual([]);
    expect(doc.documents.map((d) => d.original)).toEqual(['handed-to-home-authorities']);
  });

  it('the statistics get one record per person returned, with the category from the rules', () => {
    const doc = carriedOut(planned(theFamily()), { convictedOffenders: [ids.adult] });
    expect(departureRecords(doc)).toEqual([
      {
        personId: ids.adult,
        departureDate: '2026-03-25',
        category: 'asylum',
        citizenship: 'AF',
        destination: 'AF',
        dateOfBirth: '1990-05-01',
        unaccompaniedMinor: false,
        convicted: true,
      },
      {
        personId: ids.child,
        departureDate: '2026-03-25',
        category: 'asylum',
        citizenship: 'AF',
        destination: 'AF',
        dateOfBirth: '2015-02-10',
        unaccompaniedMinor: false,
        convicted: false,
      },
    ]);
  });

  it('a case with no forced return, or another kind of departure, gives no records', () => {
    expect(departureRecords(planned(theFamily()))).toEqual([]);
    expect(departureRecords(inState(theFamily(), 'after-departure', 'departed'))).toEqual([]);
  });

  it('what happened is recorded when it differs from the plan', () => {
    const doc = carriedOut(planned(theFamily()), { date: '2026-03-24', destination: 'PK', escort: 'Three officers' }, '2026-03-26');
    expect(doc.forcedReturn.executed).toMatchObject({ date: '2026-03-24', destination: 'PK', escort: 'Three officers' });
    expect(doc.departure).toEqual({ date: '2026-03-24', type: 'forced', destination: 'PK' });
    expect(doc.forcedReturn.plan?.date).toBe('2026-03-25');
  });

  it('the decision to plan and to carry out rests on the departure-situation rules, stored with the event', () => {
    const planPayload = payloadOf(theFamily(), plan, planInput, '2026-03-20');
    expect(planPayload.departureSituation).toMatchObject({
      ruleSet: 'departure-situation',
      answer: { status: 'must-leave-now', deadline: '2026-03-15', deadlinePassed: true },
    });
    const executePayload = payloadOf(planned(theFamily()), carryOut, { cost }, '2026-03-25');
    expect(executePayload.departureSituation).toMatchObject({ ruleSet: 'departure-situation', answer: { status: 'must-leave-now' } });
  });

  it('a planned return can be cancelled and planned again', () => {
    let doc = run(planned(theFamily()), cancel, { reason: 'The flight was cancelled' }, police, '2026-03-21');
    expect(doc.forcedReturn.status).toBe('cancelled');
    expect(doc.forcedReturn.cancelled).toEqual({ on: '2026-03-21', reason: 'The flight was cancelled' });
    doc = run(doc, plan, { ...planInput, date: '2026-04-02', flight: 'DY999' }, police, '2026-03-22');
    expect(doc.forcedReturn.status).toBe('planned');
    expect(doc.forcedReturn.plan).toMatchObject({ date: '2026-04-02', flight: 'DY999' });
    expect(doc.forcedReturn.cancelled).toBeUndefined();
  });

  it('a cancellation needs a reason', () => {
    expectInvalidInput(() => run(planned(theFamily()), cancel, {}, police, '2026-03-21'), '/reason');
  });
});

describe('a return is planned only when the household must leave now (the departure-situation rules)', () => {
  it('not before the deadline has passed: the deadline day itself is still in time', () => {
    expectCondition(() => run(theFamily(), plan, planInput, police, '2026-03-14'), 'departure-deadline-passed');
    expectCondition(() => run(theFamily(), plan, planInput, police, '2026-03-15'), 'departure-deadline-passed');
    expect(run(theFamily(), plan, planInput, police, '2026-03-16').forcedReturn.status).toBe('planned');
  });

  it('at once when no deadline was given', () => {
    const doc = caseOf([adult()], { kind: 'protection-rejected', departureDeadline: null });
    expect(run(doc, plan, { ...planInput, date: '2026-02-05' }, police, '2026-02-02').forcedReturn.status).toBe('planned');
  });

  it('not while deferred implementation is requested and not yet answered', () => {
    let doc = run(theFamily(), register, { grounds: 'The risk on return was not assessed' }, lawyer, '2026-02-10');
    doc = run(doc, requestDeferral, {}, lawyer, '2026-02-10');
    expectCondition(() => planned(doc), 'deferred-implementation-pending');
  });

  it('not while deferred implementation is granted, until UNE decides and the new deadline passes', () => {
    let doc = run(theFamily(), register, { grounds: 'The risk on return was not assessed' }, lawyer, '2026-02-10');
    doc = run(doc, requestDeferral, {}, lawyer, '2026-02-10');
    doc = run(doc, grantDeferral, {}, une, '2026-02-12');
    expectCondition(() => planned(doc), 'deferred-implementation-granted');
    doc = run(doc, decide, { outcome: 'upheld', newDeadline: '2026-04-10', reasons: 'No risk on return' }, une, '2026-03-18');
    expectCondition(() => planned(doc), 'departure-deadline-passed');
    expectCondition(() => run(doc, plan, { ...planInput, date: '2026-04-15' }, police, '2026-04-10'), 'departure-deadline-passed');
    expect(run(doc, plan, { ...planInput, date: '2026-04-15' }, police, '2026-04-11').forcedReturn.status).toBe('planned');
  });

  it('before the deadline when deferred implementation was denied after an expulsion: the person must leave immediately', () => {
    let doc = run(expelledCase(), register, { grounds: 'The expulsion is disproportionate' }, lawyer, '2026-02-10');
    doc = run(doc, requestDeferral, {}, lawyer, '2026-02-10');
    doc = run(doc, denyDeferral, { reasons: 'No new information' }, une, '2026-02-12');
    expect(run(doc, plan, { ...planInput, date: '2026-02-20', destination: 'AL' }, police, '2026-02-13').forcedReturn.status).toBe('planned');
  });

  it('not before the deadline when deferred implementation was denied after a rejection of protection: the deadline in the decision still runs', () => {
    let doc = run(theFamily(), register, { grounds: 'The risk on return was not assessed' }, lawyer, '2026-02-10');
    doc = run(doc, requestDeferral, {}, lawyer, '2026-02-10');
    doc = run(doc, denyDeferral, { reasons: 'No new information' }, une, '2026-02-12');
    expectCondition(() => run(doc, plan, { ...planInput, date: '2026-02-20' }, police, '2026-02-13'), 'departure-deadline-passed');
  });

  it('not when UNE reversed the decision', () => {
    let doc = run(theFamily(), register, { grounds: 'The risk on return was not assessed' }, lawyer, '2026-02-10');
    doc = run(doc, decide, { outcome: 'reversed', reasons: 'Protection granted' }, une, '2026-03-01');
    expectCondition(() => planned(doc), 'appeal-not-reversed');
  });

  it('not when a revoked permit with no deadline and no expulsion does not oblige the person to leave', () => {
    const doc = caseOf([adult()], { kind: 'permit-revoked', authority: 'une', departureDeadline: null });
    expectCondition(() => planned(doc), 'obliged-to-leave');
  });

  it('not when IOM has arranged the journey with assisted return', () => {
    expectCondition(() => planned(inState(theFamily(), 'assisted-return', 'travel-arranged')), 'assisted-return-not-arranged');
  });

  it('not when the household has already left', () => {
    expectCondition(() => planned(inState(theFamily(), 'case', 'departed')), 'case-open');
  });

  it('not for a day that has passed', () => {
    expectCondition(() => run(theFamily(), plan, { ...planInput, date: '2026-03-19' }, police, '2026-03-20'), 'plan-date-not-past');
  });

  it('a Dublin transfer goes to the Dublin country responsible', () => {
    expectCondition(() => planned(dublinCase(), { destination: 'FR' }), 'dublin-destination');
    expect(planned(dublinCase(), { destination: 'DE' }).forcedReturn.plan?.destination).toBe('DE');
  });

  it('refuses an unknown destination or a missing flight as bad input', () => {
    expectInvalidInput(() => planned(theFamily(), { destination: 'XX' }), '/destination');
    expectInvalidInput(() => run(theFamily(), plan, { date: '2026-03-25', escort: 'x', destination: 'AF' }, police, '2026-03-20'), '/flight');
  });
});

describe('the plan shows whether Norway has a readmission agreement with the destination', () => {
  it('one in force (Afghanistan, 2005)', () => {
    expect(planned(theFamily()).forcedReturn.plan?.readmission).toMatchObject({
      country: 'AF',
      inForce: true,
      agreement: { country: 'AF', signedOn: '2005-08-10', inForceFrom: '2005-08-10' },
      listFrom: '2017-06-01',
      source: { document: 'regjeringen-readmission' },
    });
  });

  it('none (Germany: a Dublin transfer needs none)', () => {
    expect(planned(dublinCase(), { destination: 'DE' }).forcedReturn.plan?.readmission).toMatchObject({ country: 'DE', inForce: false, agreement: null });
  });
});

describe('readmission agreements (regjeringen.no, June 2017)', () => {
  const list = readmissionAgreements.values[0]!.value!;

  it('lists 30 countries, each a known country code once', () => {
    expect(list).toHaveLength(30);
    expect(new Set(list.map((a) => a.country)).size).toBe(30);
    for (const a of list) expect(isCountryCode(a.country), a.country).toBe(true);
  });

  it('Azerbaijan and Kazakhstan signed agreements that are not in force', () => {
    expect(list.filter((a) => a.inForceFrom === null).map((a) => a.country)).toEqual(['AZ', 'KZ']);
    expect(hasReadmissionAgreement('AZ', '2026-03-20')).toBe(false);
    expect(readmissionAgreement('KZ', '2026-03-20')).toMatchObject({ inForce: false, agreement: { signedOn: '2010-10-12', inForceFrom: null } });
  });

  it('Kosovo and Sweden have one in force; Somalia has none', () => {
    expect(hasReadmissionAgreement('XK', '2026-03-20')).toBe(true);
    expect(hasReadmissionAgreement('SE', '2026-03-20')).toBe(true);
    expect(hasReadmissionAgreement('SO', '2026-03-20')).toBe(false);
  });

  it('the list covers 1 June 2017 on, and refuses an earlier date rather than guess', () => {
    expect(hasReadmissionAgreement('AF', '2017-06-01')).toBe(true);
    let thrown: unknown;
    try {
      hasReadmissionAgreement('AF', '2017-05-31');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RulesError);
    expect((thrown as RulesError).code).toBe('RULES_PARAM_NOT_IN_FORCE');
  });
});

describe('a Dublin transfer: the receiving country is notified first', () => {
  it('is refused until the receiving country has been notified, then goes ahead as a Dublin return', () => {
    const doc = planned(dublinCase(), { destination: 'DE' });
    expectCondition(() => carriedOut(doc), 'receiving-country-notified');
    const notified = run(doc, notifyReceivingCountry, {}, police, '2026-03-21');
    expect(notified.forcedReturn.receivingCountryNotifiedOn).toBe('2026-03-21');
    const done = carriedOut(notified);
    expect(done.forcedReturn.executed?.category.answer).toMatchObject({ category: 'dublin', responsible: 'npis' });
    expect(done.departure).toEqual({ date: '2026-03-25', type: 'forced', destination: 'DE' });
  });

  it('a notification after the departure does not count', () => {
    const doc = run(planned(dublinCase(), { destination: 'DE' }), notifyReceivingCountry, { notifiedOn: '2026-03-26' }, police, '2026-03-27');
    expectCondition(() => carriedOut(doc, {}, '2026-03-27'), 'receiving-country-notified');
  });

  it('can be recorded before the return is planned, and after a cancellation', () => {
    const before = run(dublinCase(), notifyReceivingCountry, { notifiedOn: '2026-02-03' }, police, '2026-02-03');
    expect(before.forcedReturn).toEqual({ status: 'none', receivingCountryNotifiedOn: '2026-02-03' });
    const cancelled = run(planned(dublinCase(), { destination: 'DE' }), cancel, { reason: 'Transfer postponed' }, police, '2026-03-21');
    expect(run(cancelled, notifyReceivingCountry, {}, police, '2026-03-22').forcedReturn.receivingCountryNotifiedOn).toBe('2026-03-22');
  });

  it('is only for a Dublin transfer, and not dated in the future or before the decision', () => {
    expectCondition(() => run(theFamily(), notifyReceivingCountry, {}, police), 'dublin-transfer');
    expectCondition(() => run(dublinCase(), notifyReceivingCountry, { notifiedOn: '2026-03-21' }, police, '2026-03-20'), 'notified-not-in-future');
    expectCondition(() => run(dublinCase(), notifyReceivingCountry, { notifiedOn: '2026-01-31' }, police, '2026-03-20'), 'notified-after-decision');
  });

  it('the Dublin destination is checked again when the return is carried out', () => {
    const doc = run(planned(dublinCase(), { destination: 'DE' }), notifyReceivingCountry, {}, police, '2026-03-21');
    expectCondition(() => carriedOut(doc, { destination: 'FR' }), 'dublin-destination');
  });
});

describe('an unaccompanied minor: who will meet them is recorded first', () => {
  const arrangement = { personId: ids.adult, metBy: 'Fatima Test, aunt, Kabul', relation: 'family-member' };

  it('is refused without a reception arrangement, and goes ahead with one', () => {
    const doc = planned(unaccompaniedCase());
    expectCondition(() => carriedOut(doc), 'reception-arrangement');
    const arranged = run(doc, recordReceptionArrangement, arrangement, police, '2026-03-21');
    expect(arranged.forcedReturn.receptionArrangements).toEqual([{ ...arrangement, recordedOn: '2026-03-21' }]);
    const done = carriedOut(arranged);
    expect(done.forcedReturn.status).toBe('executed');
    expect(departureRecords(done)).toMatchObject([{ personId: ids.adult, unaccompaniedMinor: true, convicted: false }]);
  });

  it('a later arrangement for the same child replaces the earlier one', () => {
    let doc = run(unaccompaniedCase(), recordReceptionArrangement, arrangement, police, '2026-03-01');
    doc = run(
      doc,
      recordReceptionArrangement,
      { ...arrangement, metBy: 'Child welfare services, Kabul', relation: 'child-welfare-services' },
      police,
      '2026-03-02',
    );
    expect(doc.forcedReturn.receptionArrangements).toEqual([
      { personId: ids.adult, metBy: 'Child welfare services, Kabul', relation: 'child-welfare-services', recordedOn: '2026-03-02' },
    ]);
  });

  it('only for an unaccompanied minor in the household', () => {
    expectCondition(() => run(theFamily(), recordReceptionArrangement, { ...arrangement, personId: ids.child }, police), 'unaccompanied-minor');
    expectCondition(() => run(unaccompaniedCase(), recordReceptionArrangement, { ...arrangement, personId: ids.child }, police), 'unaccompanied-minor');
    expectInvalidInput(() => run(unaccompaniedCase(), recordReceptionArrangement, { ...arrangement, relation: 'neighbour' }, police), '/relation');
  });

  it('is a minor while under 18 on the day of departure (seed 004)', () => {
    // Born 25 March 2008: 17 on 24 March 2026, 18 on 25 March 2026.
    const doc = planned(unaccompaniedCase('2008-03-25'));
    expectCondition(() => carriedOut(doc, { date: '2026-03-24' }), 'reception-arrangement');
    const done = carriedOut(doc, { date: '2026-03-25' });
    expect(departureRecords(done)).toMatchObject([{ unaccompaniedMinor: false }]);
  });

  it('the event keeps the rules’ answer for each person, with its trace and the age parameter it read', () => {
    const doc = planned(unaccompaniedCase('2008-03-25'));
    const payload = payloadOf(doc, carryOut, { cost, date: '2026-03-25' }, '2026-03-25');
    expect(payload.unaccompaniedMinors).toEqual([
      {
        personId: ids.adult,
        answer: expect.objectContaining({ ruleSet: 'unaccompanied-minor', answer: { age: 18, unaccompaniedMinor: false } }),
      },
    ]);
    const [{ answer }] = payload.unaccompaniedMinors as [{ answer: { trace: { parameters: { parameter: string; date: string }[] } } }];
    expect(answer.trace.parameters).toContainEqual(expect.objectContaining({ parameter: 'assisted-return.support.adult-age', date: '2026-03-25' }));
  });
});

describe('an expulsion: the entry ban runs from the departure date', () => {
  it('records the ban given (5 years, Schengen) from the departure, as the re-entry rules count it', () => {
    const doc = planned(expelledCase(), { destination: 'AL' });
    expectCondition(() => carriedOut(doc), 'entry-ban-required');
    const payload = payloadOf(doc, carryOut, { cost, entryBan: { length: 5, scope: 'schengen' } }, '2026-03-25');
    expect(payload.entryBanAnswer).toMatchObject({ ruleSet: 're-entry', answer: { outcome: 'entry-banned' } });
    const done = carriedOut(doc, { entryBan: { length: 5, scope: 'schengen' }, convictedOffenders: [ids.adult] });
    expect(done.entryBans).toEqual([{ decisionDate: '2026-02-01', length: 5, scope: 'schengen', from: '2026-03-25', until: '2031-03-24' }]);
    expect(done.forcedReturn.executed?.category.answer).toMatchObject({
      category: 'expelled',
      responsible: 'police-district',
      bannedFromReEntry: true,
      convictedOffender: true,
    });
  });

  it('a permanent ban has no last day', () => {
    const done = carriedOut(planned(expelledCase(), { destination: 'AL' }), { entryBan: { length: 'permanent', scope: 'norway' } });
    expect(done.entryBans).toEqual([{ decisionDate: '2026-02-01', length: 'permanent', scope: 'norway', from: '2026-03-25', until: null }]);
  });

  it('a ban recorded with the expulsion and not yet running starts on the departure', () => {
    const doc: CaseDoc = {
      ...planned(expelledCase(), { destination: 'AL' }),
      entryBans: [{ decisionDate: '2026-02-01', length: 2, scope: 'norway', from: null, until: null }],
    };
    expect(carriedOut(doc).entryBans).toEqual([{ decisionDate: '2026-02-01', length: 2, scope: 'norway', from: '2026-03-25', until: '2028-03-24' }]);
  });

  it('no ban without an expulsion', () => {
    expectCondition(() => carriedOut(planned(theFamily()), { entryBan: { length: 2, scope: 'norway' } }), 'entry-ban-needs-expulsion');
  });

  it('a citizen of an EU/EEA country is banned for at least two years', () => {
    const doc = planned(expelledCase('RO'), { destination: 'RO' });
    expectCondition(() => carriedOut(doc, { entryBan: { length: 1, scope: 'schengen' } }), 'entry-ban-eea-minimum');
    expect(carriedOut(doc, { entryBan: { length: 2, scope: 'schengen' } }).entryBans[0]?.until).toBe('2028-03-24');
  });

  it('ten years only for a decision from 20 June 2016', () => {
    const doc = planned(expelledCase('AL', '2016-01-15'), { destination: 'AL' });
    expectCondition(() => carriedOut(doc, { entryBan: { length: 10, scope: 'schengen' } }), 'entry-ban-length-allowed');
    expect(carriedOut(doc, { entryBan: { length: 5, scope: 'schengen' } }).entryBans[0]).toMatchObject({ decisionDate: '2016-01-15', from: '2026-03-25' });
  });
});

describe('the cost becomes the person’s debt (seed 000)', () => {
  it('what the person did not pay is added to the debt', () => {
    const doc: CaseDoc = { ...planned(theFamily()), debt: { costs: [{ on: '2025-01-01', amount: 100.1, what: 'earlier' }], repayments: [], balance: 100.1 } };
    const done = carriedOut(doc, { cost: { totalNok: 1234.56, paidByPersonNok: 0.06 } });
    expect(done.debt.costs[1]).toMatchObject({ on: '2026-03-25', amount: 1234.5 });
    expect(done.debt.balance).toBe(1334.6);
  });

  it('nothing is owed when the person paid it all', () => {
    const done = carriedOut(planned(theFamily()), { cost: { totalNok: 8000, paidByPersonNok: 8000 } });
    expect(done.debt).toEqual({ costs: [], repayments: [], balance: 0 });
    expect(done.forcedReturn.executed).toMatchObject({ cost: 8000, paidByPerson: 8000, debt: 0 });
  });

  it('the person cannot have paid more than the cost', () => {
    expectCondition(() => carriedOut(planned(theFamily()), { cost: { totalNok: 8000, paidByPersonNok: 8000.01 } }), 'paid-not-more-than-cost');
  });

  it('the cost is required, in NOK with at most two decimals', () => {
    expectInvalidInput(() => run(planned(theFamily()), carryOut, {}, police, '2026-03-25'), '/cost');
    expectInvalidInput(() => carriedOut(planned(theFamily()), { cost: { totalNok: 10.001 } }), '/cost/totalNok');
    expectInvalidInput(() => carriedOut(planned(theFamily()), { cost: { totalNok: -1 } }), '/cost/totalNok');
  });
});

describe('carrying out the return checks again', () => {
  it('not before it happens, nor before the decision', () => {
    expectCondition(() => carriedOut(planned(theFamily()), {}, '2026-03-24'), 'departure-not-in-future');
    expectCondition(() => carriedOut(planned(theFamily()), { date: '2026-01-31' }), 'departure-after-decision');
  });

  it('not when deferred implementation was granted after the return was planned', () => {
    let doc = planned(theFamily());
    doc = run(doc, register, { grounds: 'New information' }, lawyer, '2026-03-21');
    doc = run(doc, requestDeferral, {}, lawyer, '2026-03-21');
    doc = run(doc, grantDeferral, {}, une, '2026-03-22');
    expectCondition(() => carriedOut(doc), 'deferred-implementation-granted');
    expect(run(doc, cancel, { reason: 'Deferred implementation granted' }, police, '2026-03-22').forcedReturn.status).toBe('cancelled');
  });

  it('convicted offenders are people in the household', () => {
    expectCondition(() => carriedOut(planned(theFamily()), { convictedOffenders: ['00000000-0000-4000-8000-0000000000ff'] }), 'convicted-in-household');
  });

  it('a person with protection in another Schengen country is returned as IP', () => {
    const done = carriedOut(planned(theFamily()), { protectionInOtherSchengenCountry: true, destination: 'IT' });
    expect(done.forcedReturn.executed?.category.answer.category).toBe('ip');
  });
});

describe('only the police act on a forced return', () => {
  it('every action of the process is registered', () => {
    expect(actions.filter((a) => a.process === 'forced-return').map((a) => a.id)).toEqual(forcedReturnActions.map((a) => a.id));
  });
  for (const action of actions.filter((a) => a.process === 'forced-return')) {
    for (const role of allRoles) {
      const principal: Principal =
        role === 'person' ? person : role === 'lawyer' ? lawyer : role === 'guardian' ? guardian : role === 'reception' ? reception : staff(role);
      it(`${action.id}: ${role} ${role === 'police' ? 'may' : 'may not'}`, () => {
        expect(canTake(principal, action, ids.case, links)).toBe(role === 'police');
      });
    }
  }
});

describe('nothing about a planned return is shown before it happens (seed 000: "You will not be told when you could be arrested")', () => {
  /** An unaccompanied minor's Dublin transfer to Sweden: notified, met by an aunt, planned. */
  function plannedTransfer(): CaseDoc {
    let doc = caseOf([unaccompanied()], { kind: 'dublin-transfer', departureDeadline: null, receivingCountry: 'SE' });
    doc = run(doc, notifyReceivingCountry, {}, police, '2026-03-19');
    doc = run(doc, recordReceptionArrangement, { personId: ids.adult, metBy: 'Fatima Test, aunt, Malmö', relation: 'family-member' }, police, '2026-03-19');
    return planned(doc, { destination: 'SE' });
  }
  const secrets = ['DY1234', 'Two officers from NPIS', '2026-03-25', 'Fatima', 'Malmö', '2026-03-19'];
  const others: [string, Principal][] = [
    ['person', person],
    ['lawyer', lawyer],
    ['guardian', guardian],
    ['reception', reception],
    ['udi', udi],
    ['iom', staff('iom')],
    ['une', une],
  ];

  for (const [name, principal] of others) {
    it(`${name} sees no plan, notification or arrangement, and no sign of one`, () => {
      const doc = plannedTransfer();
      const view = viewFor(principal, doc);
      expect(view.forcedReturn).toEqual({ status: 'none' });
      const text = JSON.stringify(view);
      for (const secret of secrets) expect(text, secret).not.toContain(secret);
    });
  }

  it('a cancelled plan, and a plan made again, look the same as none', () => {
    const cancelled = run(plannedTransfer(), cancel, { reason: 'Postponed' }, police, '2026-03-21');
    expect(viewFor(person, cancelled).forcedReturn).toEqual({ status: 'none' });
    expect(JSON.stringify(viewFor(lawyer, cancelled))).not.toContain('Postponed');
    const again = run(cancelled, plan, { ...planInput, destination: 'SE', date: '2026-04-01' }, police, '2026-03-22');
    expect(viewFor(person, again).forcedReturn).toEqual({ status: 'none' });
  });

  it('the police see the plan, the notification and the arrangement', () => {
    const view = viewFor(police, plannedTransfer());
    expect(view.forcedReturn).toMatchObject({
      status: 'planned',
      receivingCountryNotifiedOn: '2026-03-19',
      receptionArrangements: [{ personId: ids.adult, relation: 'family-member' }],
      plan: { date: '2026-03-25', flight: 'DY1234', destination: 'SE', readmission: { inForce: true } },
    });
  });

  it('once carried out, the person and their helpers see the return', () => {
    const done = carriedOut(plannedTransfer());
    for (const principal of [person, lawyer, guardian]) {
      expect(viewFor(principal, done).forcedReturn).toMatchObject({ status: 'executed', executed: { date: '2026-03-25', destination: 'SE' } });
    }
  });
});

describe('what goes to the home country after a forced return', () => {
  /** The family applied for assisted return (with vulnerabilities and medical documents), withdrew, and stayed. */
  function withAssistedReturnHistory(): CaseDoc {
    let doc = theFamily();
    doc = run(doc, recordDocument, { kind: 'passport', personId: ids.adult, status: 'original-held' }, police, '2026-02-05');
    doc = run(doc, recordDocument, { kind: 'id-document', personId: ids.child, status: 'original-held' }, udi, '2026-02-05');
    doc = run(doc, recordDocument, { kind: 'medical', personId: ids.adult, status: 'uploaded', description: 'Cardiology report' }, person, '2026-02-06');
    doc = run(
      doc,
      recordDocument,
      { kind: 'medical', personId: ids.child, status: 'original-held', description: 'Hospital discharge letter' },
      udi,
      '2026-02-06',
    );
    doc = run(
      doc,
      recordDocument,
      { kind: 'letter-from-organisation', personId: null, status: 'uploaded', description: 'Letter from the Red Cross' },
      lawyer,
      '2026-02-06',
    );
    doc = run(
      doc,
      applyForAssistedReturn,
      { destination: 'AF', facts: { possibleTraffickingVictim: true, vulnerabilities: ['trafficking', 'health-condition-needing-treatment-at-home'] } },
      person,
      '2026-02-07',
    );
    expect(doc.assistedReturn.status).toBe('applied');
    return run(doc, withdraw, {}, person, '2026-02-20');
  }

  it('only the identity documents handed over, and nothing from the assisted-return application', () => {
    const doc = withAssistedReturnHistory();
    expect(homeCountryHandover(doc)).toEqual({ documents: [] });
    const done = carriedOut(planned(doc));
    const handover = homeCountryHandover(done);
    expect(handover).toEqual({
      documents: [
        { kind: 'passport', personId: ids.adult },
        { kind: 'id-document', personId: ids.child },
      ],
    });
    const text = JSON.stringify(handover);
    for (const word of ['medical', 'Cardiology', 'Hospital', 'Red Cross', 'trafficking', 'vulnerab', 'support', 'eligib', 'secret'])
      expect(text, word).not.toContain(word);
    // The held medical original is not handed over with the identity documents.
    expect(done.documents.find((d) => d.kind === 'medical' && d.status === 'original-held')?.original).toBe('held');
  });

  it('nothing is handed to the home country after a Dublin transfer', () => {
    let doc = run(dublinCase(), recordDocument, { kind: 'passport', personId: ids.adult, status: 'original-held' }, police, '2026-02-05');
    doc = run(planned(doc, { destination: 'DE' }), notifyReceivingCountry, {}, police, '2026-03-21');
    const done = carriedOut(doc);
    expect(homeCountryHandover(done)).toEqual({ documents: [] });
    expect(done.documents[0]?.original).toBe('held');
  });
});
