/**
 * Assisted return (seeds 002 and 003), end to end through `execute`: applying (the rules asked as of the
 * application date, the answers kept and their traces in the event), deciding, travelling, withdrawing and
 * applying again.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { execute } from '../execute.ts';
import type { CaseDoc, EntryBan } from '../model.ts';
import type { Action } from '../process.ts';
import { actorOf, type Principal } from '../roles.ts';
import { context, familyCase, ids, person, staff } from '../testing.ts';
import { expectCondition } from '../expectations.ts';
import { recordDocument } from './case.ts';
import { apply, arrangeTravel, grant, recordDeparture, reject, withdraw } from './assisted-return.ts';

const iom = staff('iom');
const udi = staff('udi');

function exec<S extends z.ZodType, P>(doc: CaseDoc, action: Action<S, P>, input: unknown, principal: Principal, today = '2026-03-02', sequence = 2) {
  return execute(doc, action, input, context(principal, today, sequence), actorOf(principal));
}
const run = <S extends z.ZodType, P>(doc: CaseDoc, action: Action<S, P>, input: unknown, principal: Principal, today = '2026-03-02') =>
  exec(doc, action, input, principal, today).doc;

describe('applying', () => {
  it('asks the eligibility and support rules as of the application date; the case keeps the answers, the event their traces', () => {
    const applied = exec(familyCase(), apply, { destination: 'AF' }, iom, '2026-03-02', 5);
    const ar = applied.doc.assistedReturn;
    expect(ar).toMatchObject({ status: 'applied', appliedOn: '2026-03-02', submittedBy: 'iom', destination: 'AF' });
    expect(ar.eligibility).toMatchObject({ ruleSet: 'assisted-return-eligibility', answer: { outcome: 'eligible' }, traceInEvent: 5 });
    expect(ar.support).toMatchObject({ ruleSet: 'assisted-return-support', answer: { timing: 'before-deadline', total: 40_000 }, traceInEvent: 5 });
    expect(ar.eligibility).not.toHaveProperty('trace');
    const payload = applied.payload as { eligibility: { trace?: unknown }; support: { trace?: unknown } };
    expect(payload.eligibility.trace).toBeDefined();
    expect(payload.support.trace).toBeDefined();
  });

  it('after the deadline (15 March 2026) the support is the lower one; on the deadline day still the higher', () => {
    const onDeadline = run(familyCase(), apply, { destination: 'AF' }, iom, '2026-03-15');
    const dayAfter = run(familyCase(), apply, { destination: 'AF' }, iom, '2026-03-16');
    expect(onDeadline.assistedReturn.support?.answer).toMatchObject({ timing: 'before-deadline' });
    expect(dayAfter.assistedReturn.support?.answer).toMatchObject({ timing: 'after-deadline' });
    expect(Number(dayAfter.assistedReturn.support?.answer.total)).toBeLessThan(Number(onDeadline.assistedReturn.support?.answer.total));
  });

  it('to a country that is not their own: only outside the EU/EEA, and with a copy of a residence permit there', () => {
    expectCondition(() => run(familyCase(), apply, { destination: 'SE' }, iom), 'destination-outside-eea');
    expectCondition(() => run(familyCase(), apply, { destination: 'TR' }, iom), 'residence-permit-copy');
    const withLetter = run(familyCase(), recordDocument, { kind: 'residence-permit-outside-eea', personId: ids.adult, status: 'will-send-later' }, iom);
    expect(run(withLetter, apply, { destination: 'TR' }, iom).assistedReturn.destination).toBe('TR');
  });

  it('cannot be dated in the future', () => {
    expectCondition(() => run(familyCase(), apply, { destination: 'AF', applicationDate: '2026-03-03' }, iom), 'application-not-in-future');
  });
});

describe('withdrawing and applying again', () => {
  it('keeps the withdrawn application for the record, without its secret, and the new one in its place', () => {
    const first = run(familyCase(), apply, { destination: 'AF' }, person, '2026-03-02');
    const granted = run(first, grant, {}, udi, '2026-03-03');
    const withdrawn = run(granted, withdraw, {}, person, '2026-03-04');
    expect(withdrawn.assistedReturn).toMatchObject({ status: 'withdrawn', withdrawnOn: '2026-03-04', decision: { outcome: 'granted' } });

    const again = run(withdrawn, apply, { destination: 'AF' }, iom, '2026-03-20');
    expect(again.assistedReturn).toMatchObject({ status: 'applied', appliedOn: '2026-03-20', submittedBy: 'iom' });
    expect(again.assistedReturn.decision).toBeUndefined();
    expect(again.assistedReturn.support?.answer).toMatchObject({ timing: 'after-deadline' });
    expect(again.assistedReturn.previous).toHaveLength(1);
    const previous = again.assistedReturn.previous![0]!;
    expect(previous).toMatchObject({ status: 'withdrawn', appliedOn: '2026-03-02', withdrawnOn: '2026-03-04', decision: { outcome: 'granted' } });
    expect(previous).not.toHaveProperty('secretHash');
    expect(previous).not.toHaveProperty('previous');

    // A third application keeps both earlier ones, oldest first.
    const third = run(run(again, withdraw, {}, person, '2026-03-21'), apply, { destination: 'AF' }, iom, '2026-03-22');
    expect(third.assistedReturn.previous?.map((p) => p.appliedOn)).toEqual(['2026-03-02', '2026-03-20']);
  });
});

describe('deciding and travelling', () => {
  it('UDI rejects with reasons; IOM cannot arrange travel for a rejected application', () => {
    const rejected = run(run(familyCase(), apply, { destination: 'AF' }, iom), reject, { reasons: 'No' }, udi);
    expect(rejected.assistedReturn).toMatchObject({ status: 'rejected', decision: { outcome: 'rejected', reasons: 'No' } });
    expect(() => run(rejected, arrangeTravel, { travelDate: '2026-03-10', travelDocument: 'passport', ticket: 'X' }, iom)).toThrow(/not allowed/);
  });

  it('the departure returns the originals held and starts a pending entry ban as the re-entry rules say', () => {
    const ban: EntryBan = { decisionDate: '2026-02-01', length: 2, scope: 'schengen', from: null, until: null };
    let doc: CaseDoc = { ...familyCase(), entryBans: [ban] };
    doc = run(doc, recordDocument, { kind: 'passport', personId: ids.adult, status: 'original-held' }, udi);
    doc = run(doc, apply, { destination: 'AF' }, iom);
    doc = run(doc, grant, {}, udi);
    doc = run(doc, arrangeTravel, { travelDate: '2026-03-10', travelDocument: 'passport', ticket: 'X1' }, iom);
    const departed = exec(doc, recordDeparture, { date: '2026-03-10' }, iom, '2026-03-11');
    expect(departed.doc.status).toBe('departed');
    expect(departed.doc.departure).toEqual({ date: '2026-03-10', type: 'assisted', destination: 'AF' });
    expect(departed.doc.documents.map((d) => d.original)).toEqual(['returned']);
    expect(departed.doc.entryBans).toEqual([{ ...ban, from: '2026-03-10', until: '2028-03-09' }]);
    expect(departed.payload).toMatchObject({ entryBanAnswer: { ruleSet: 're-entry' } });
  });
});
