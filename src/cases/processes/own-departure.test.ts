/**
 * Departure on one's own (seed 001), end to end through `execute`: announcing the day, the police confirming
 * the exit, and entry bans starting from it as the re-entry rules say.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { canTake, viewFor } from '../access.ts';
import { execute } from '../execute.ts';
import type { CaseDoc, EntryBan } from '../model.ts';
import type { Action, AnyAction } from '../process.ts';
import { actorOf, allRoles, type Principal } from '../roles.ts';
import { context, familyCase, ids, inState, person, staff } from '../testing.ts';
import { announce, confirm } from './own-departure.ts';
import { expectCondition } from '../expectations.ts';
import type { ReturError } from '../../shared/errors.ts';

const lawyer = staff('lawyer', ids.lawyer);
const police = staff('police');

function theCase(entryBans: readonly EntryBan[] = []): CaseDoc {
  return { ...familyCase(), links: { lawyer: [ids.lawyer], guardian: [], reception: [] }, entryBans };
}

function ban(decisionDate: string, length: EntryBan['length'], scope: EntryBan['scope'] = 'schengen'): EntryBan {
  return { decisionDate, length, scope, from: null, until: null };
}

function exec<S extends z.ZodType, P>(doc: CaseDoc, action: Action<S, P>, input: unknown, principal: Principal, today = '2026-03-02') {
  return execute(doc, action, input, context(principal, today), actorOf(principal));
}

const run = <S extends z.ZodType, P>(doc: CaseDoc, action: Action<S, P>, input: unknown, principal: Principal, today = '2026-03-02') =>
  exec(doc, action, input, principal, today).doc;

describe('departure on one’s own, end to end', () => {
  it('the person announces the day, the police confirm the exit, and the entry ban runs from that day', () => {
    let doc = run(theCase([ban('2026-02-01', 2)]), announce, { date: '2026-03-10' }, person);
    expect(doc.ownDeparture).toEqual({ status: 'announced', announcedDate: '2026-03-10', announcedBy: 'person' });
    expect(doc.status).toBe('open');

    const confirmed = exec(doc, confirm, { date: '2026-03-10', destination: 'AF' }, police, '2026-03-11');
    doc = confirmed.doc;
    expect(doc.status).toBe('departed');
    expect(doc.ownDeparture).toEqual({ status: 'confirmed', announcedDate: '2026-03-10', announcedBy: 'person', confirmedDate: '2026-03-10' });
    expect(doc.departure).toEqual({ date: '2026-03-10', type: 'own', destination: 'AF' });
    // Two years from the day of leaving: its last day is the day before the second anniversary.
    expect(doc.entryBans).toEqual([{ decisionDate: '2026-02-01', length: 2, scope: 'schengen', from: '2026-03-10', until: '2028-03-09' }]);
    // The rules' answer is stored with the event, trace and all.
    expect(confirmed.payload).toMatchObject({
      announced: true,
      entryBanAnswer: { ruleSet: 're-entry', answer: { bans: [{ start: '2026-03-10', lastDay: '2028-03-09' }] } },
    });
    expect((confirmed.payload as { entryBanAnswer: { trace?: unknown } }).entryBanAnswer.trace).toBeDefined();
  });

  it('the police confirm an exit nobody announced (seen at exit control)', () => {
    const confirmed = exec(theCase(), confirm, { date: '2026-03-02', destination: 'SE' }, police);
    expect(confirmed.doc.ownDeparture).toEqual({ status: 'confirmed', confirmedDate: '2026-03-02' });
    expect(confirmed.doc.departure).toEqual({ date: '2026-03-02', type: 'own', destination: 'SE' });
    // With no entry ban there is nothing to ask the rules.
    expect(confirmed.payload).toEqual({ date: '2026-03-02', destination: 'SE', announced: false, entryBans: [] });
  });

  it('announcing again replaces the day', () => {
    const first = run(theCase(), announce, { date: '2026-03-10' }, lawyer);
    const again = run(first, announce, { date: '2026-03-12' }, police);
    expect(again.ownDeparture).toEqual({ status: 'announced', announcedDate: '2026-03-12', announcedBy: 'police' });
  });

  it('a permanent ban starts on the day of leaving and has no last day; a ban already running is left as it is', () => {
    const running: EntryBan = { decisionDate: '2020-01-10', length: 5, scope: 'norway', from: '2020-02-01', until: '2025-01-31' };
    const doc = run(theCase([running, ban('2026-02-01', 'permanent')]), confirm, { date: '2026-03-02', destination: 'AF' }, police);
    expect(doc.entryBans).toEqual([running, { decisionDate: '2026-02-01', length: 'permanent', scope: 'schengen', from: '2026-03-02', until: null }]);
  });

  it('a ban decided after the person left runs from its decision date (they were abroad when it was decided)', () => {
    const doc = run(theCase([ban('2026-03-05', 5)]), confirm, { date: '2026-03-01', destination: 'AF' }, police, '2026-03-06');
    expect(doc.entryBans[0]).toMatchObject({ from: '2026-03-05', until: '2031-03-04' });
  });

  it('an expelled person who leaves on their own gets the entry ban the police record at the exit, from that day', () => {
    const expelled: CaseDoc = { ...theCase(), decision: { ...theCase().decision, expelled: true } };
    expectCondition(() => run(expelled, confirm, { date: '2026-03-02', destination: 'AF' }, police), 'entry-ban-required');
    const confirmed = exec(expelled, confirm, { date: '2026-03-02', destination: 'AF', entryBan: { length: 5, scope: 'schengen' } }, police);
    expect(confirmed.doc.entryBans).toEqual([{ decisionDate: '2026-02-01', length: 5, scope: 'schengen', from: '2026-03-02', until: '2031-03-01' }]);
    expect(confirmed.payload).toMatchObject({ entryBanAnswer: { ruleSet: 're-entry', answer: { bans: [{ start: '2026-03-02', lastDay: '2031-03-01' }] } } });
    // A ban recorded before the exit needs none at the exit; a ban without an expulsion is refused.
    expect(run({ ...expelled, entryBans: [ban('2026-02-01', 2)] }, confirm, { date: '2026-03-02', destination: 'AF' }, police).entryBans[0]).toMatchObject({
      from: '2026-03-02',
      until: '2028-03-01',
    });
    expectCondition(
      () => run(theCase(), confirm, { date: '2026-03-02', destination: 'AF', entryBan: { length: 2, scope: 'norway' } }, police),
      'entry-ban-needs-expulsion',
    );
    // Ten years only for expulsions decided from 20 June 2016.
    const expelledIn2015: CaseDoc = { ...expelled, decision: { ...expelled.decision, date: '2015-06-01' } };
    expectCondition(
      () => run(expelledIn2015, confirm, { date: '2026-03-02', destination: 'AF', entryBan: { length: 10, scope: 'norway' } }, police),
      'entry-ban-length-allowed',
    );
  });

  it('a one-year ban from 29 February ends on 27 February of the next year (its anniversary is 28 February)', () => {
    const doc = run(theCase([ban('2026-02-01', 1)]), confirm, { date: '2028-02-29', destination: 'AF' }, police, '2028-02-29');
    expect(doc.entryBans[0]).toMatchObject({ from: '2028-02-29', until: '2029-02-27' });
  });
});

describe('own-departure.announce refuses', () => {
  it('a day in the past (yesterday); today is allowed', () => {
    expectCondition(() => run(theCase(), announce, { date: '2026-03-01' }, person), 'departure-date-not-past');
    expect(run(theCase(), announce, { date: '2026-03-02' }, person).ownDeparture.announcedDate).toBe('2026-03-02');
  });
  it('a case that is not open: departed another way, or closed', () => {
    expectCondition(() => run(inState(theCase(), 'case', 'departed'), announce, { date: '2026-03-10' }, person), 'case-open');
    expectCondition(() => run(inState(theCase(), 'case', 'closed'), announce, { date: '2026-03-10' }, person), 'case-open');
  });
});

describe('own-departure.confirm refuses', () => {
  it('an exit in the future (tomorrow); today is allowed', () => {
    expectCondition(() => run(theCase(), confirm, { date: '2026-03-03', destination: 'AF' }, police), 'exit-not-in-future');
    expect(run(theCase(), confirm, { date: '2026-03-02', destination: 'AF' }, police).departure?.date).toBe('2026-03-02');
  });
  it('an exit before the decision (the day before it); the decision day is allowed', () => {
    expectCondition(() => run(theCase(), confirm, { date: '2026-01-31', destination: 'AF' }, police), 'exit-not-before-decision');
    expect(run(theCase(), confirm, { date: '2026-02-01', destination: 'AF' }, police).departure?.date).toBe('2026-02-01');
  });
  it('a household that already left another way, or a closed case', () => {
    const forced = { ...theCase(), status: 'departed' as const, departure: { date: '2026-02-20', type: 'forced' as const, destination: 'AF' } };
    expectCondition(() => run(forced, confirm, { date: '2026-03-01', destination: 'AF' }, police), 'case-open');
    expectCondition(() => run(inState(theCase(), 'case', 'closed'), confirm, { date: '2026-03-01', destination: 'AF' }, police), 'case-open');
  });
  it('a second confirmation', () => {
    const doc = run(theCase(), confirm, { date: '2026-03-01', destination: 'AF' }, police);
    let thrown: unknown;
    try {
      run(doc, confirm, { date: '2026-03-02', destination: 'AF' }, police);
    } catch (error) {
      thrown = error;
    }
    expect((thrown as ReturError).code).toBe('CASE_INVALID_TRANSITION');
  });
});

describe('who may act', () => {
  const links = { lawyer: [ids.lawyer], guardian: ['00000000-0000-4000-8000-00000000f002'], reception: [] };
  const principalFor = (role: (typeof allRoles)[number]): Principal =>
    role === 'person' ? person : role === 'lawyer' ? lawyer : role === 'guardian' ? staff('guardian', links.guardian[0]) : staff(role);
  const cases: [AnyAction, readonly string[]][] = [
    [announce, ['person', 'lawyer', 'guardian', 'police']],
    [confirm, ['police']],
  ];
  for (const [action, allowed] of cases) {
    it(`${action.id}: ${allowed.join(', ')} and no one else`, () => {
      for (const role of allRoles) expect(canTake(principalFor(role), action, ids.case, links), role).toBe(allowed.includes(role));
    });
  }
  it('a lawyer not linked to the case may not announce', () => {
    expect(canTake(staff('lawyer', '00000000-0000-4000-8000-00000000f009'), announce, ids.case, links)).toBe(false);
  });
});

describe('what each role sees', () => {
  it('the police see the day the person announced; the person sees it too, but not a forced return planned meanwhile', () => {
    const announced = run(theCase(), announce, { date: '2026-03-10' }, person);
    const planned: CaseDoc = {
      ...announced,
      forcedReturn: { status: 'planned', plan: { date: '2026-03-05', flight: 'XX123', escort: 'two officers', destination: 'AF' } },
    };
    expect(viewFor(police, planned).ownDeparture.announcedDate).toBe('2026-03-10');
    expect(viewFor(police, planned).forcedReturn.plan?.date).toBe('2026-03-05');
    const seen = viewFor(person, planned);
    expect(seen.ownDeparture.announcedDate).toBe('2026-03-10');
    expect(seen.forcedReturn).toEqual({ status: 'none' });
  });
});
