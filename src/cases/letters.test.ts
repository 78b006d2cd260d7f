/**
 * The decision letters, built from cases driven through the real actions (execute): which letters a case has
 * in each state, and what each says, with the exact dates, amounts, ban lengths and areas the processes and
 * the rules recorded. Every quote a letter cites is word for word in its source.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { allowedActions, viewFor } from './access.ts';
import { execute } from './execute.ts';
import { letterFor, letterKinds, lettersFor, type Letter, type LetterText } from './letters.ts';
import { openCaseInput } from './processes/case.ts';
import type { CaseDoc } from './model.ts';
import type { Action } from './process.ts';
import { actorOf, type Principal } from './roles.ts';
import { context, familyCase, familyInput, ids, person, staff } from './testing.ts';
import { apply, appealRejection, decideAppeal, grant, recordRejectionNotified, reject } from './processes/assisted-return.ts';
import { decide, denyDeferral, grantDeferral, register, requestDeferral } from './processes/appeal.ts';
import { confirm } from './processes/own-departure.ts';
import { plan } from './processes/forced-return.ts';
import { documents } from '../rules/sources.ts';
import { hasMessage } from '../i18n/format.ts';

const udi = staff('udi');
const iom = staff('iom');
const une = staff('une');
const police = staff('police');
const lawyer = staff('lawyer', ids.lawyer);

function run<S extends z.ZodType, P>(doc: CaseDoc, action: Action<S, P>, input: unknown, principal: Principal, today: string): CaseDoc {
  return execute(doc, action, input, context(principal, today), actorOf(principal)).doc;
}

/** The family (an adult born 1990 and a child born 2015, Afghanistan), deadline 15 March 2026, with their lawyer. */
const family = (): CaseDoc => ({ ...familyCase(), links: { lawyer: [ids.lawyer], guardian: [], reception: [] } });

/** Applied on 2 March 2026, before the deadline, to return to Afghanistan. */
const applied = () => run(family(), apply, { destination: 'AF' }, iom, '2026-03-02');

/** Every sentence of a letter, as key and params, in order. */
const sentences = (letter: Letter): LetterText[] => [letter.title, ...letter.sections.flatMap((s) => [...s.paragraphs, ...(s.list ?? [])])];
const section = (letter: Letter, id: string) => letter.sections.find((s) => s.id === id);
const keysOf = (letter: Letter) => sentences(letter).map((m) => m.key);

describe('decision letters', () => {
  it('a case just opened has only the deadline letter; the others do not exist yet', () => {
    const doc = viewFor(person, family());
    expect(lettersFor(doc).map((l) => l.kind)).toEqual(['departure-deadline']);
    for (const kind of letterKinds.filter((k) => k !== 'departure-deadline')) expect(letterFor(doc, kind), kind).toBeNull();
  });

  it('assisted return granted: UDI’s decision, the date, the destination and the support the rules worked out in kroner', () => {
    const doc = run(applied(), grant, {}, udi, '2026-03-05');
    const letter = letterFor(viewFor(person, doc), 'assisted-return-granted')!;
    expect(letter).toMatchObject({ kind: 'assisted-return-granted', authority: 'udi', date: '2026-03-05', reference: 'RT-TEST-0001' });
    expect(letter.recipient).toEqual({ name: 'Amina Test', dateOfBirth: '1990-05-01', preferredLanguage: 'fa-AF' });
    expect(letter.concerns.map((p) => p.name)).toEqual(['Amina Test', 'Omid Test']);
    expect(section(letter, 'decision')!.paragraphs).toEqual([
      { key: 'letter.granted.byUdi', params: { applied: '2026-03-02' } },
      { key: 'letter.granted.destination', params: { country: 'AF' } },
    ]);
    // Applied before the deadline (seed 002's higher rates): NOK 15,000 for the adult; NOK 15,000 and the extra
    // NOK 10,000 for the child; NOK 40,000 in all. Each line names the rule that gives it.
    const line = (amount: number, age: number, rule: string) => ({
      key: 'letter.granted.supportLine',
      params: { amount, age },
      nested: { what: { key: `rules.assisted-return.support.${rule}`, params: {} } },
    });
    expect(section(letter, 'support')).toEqual({
      id: 'support',
      paragraphs: [{ key: 'letter.granted.support', params: { amount: 40_000, applied: '2026-03-02' } }],
      list: [line(15_000, 35, 'grant.adult.before-deadline'), line(15_000, 11, 'grant.child.before-deadline'), line(10_000, 11, 'child-extra.before-deadline')],
    });
    expect(section(letter, 'next')!.paragraphs).toContainEqual({ key: 'letter.deadline.by', params: { deadline: '2026-03-15' } });
    // Granted: nothing to appeal; IOM is who to contact.
    expect(section(letter, 'appeal')).toBeUndefined();
    expect(section(letter, 'contact')!.paragraphs[0]).toEqual({ key: 'letter.contact.iom', params: {} });
    expect(letterFor(viewFor(person, doc), 'assisted-return-refused')).toBeNull();
  });

  it('assisted return refused: once UDI records the day the refusal reached the person, the letter gives the last day to appeal as the rules reckon it', () => {
    const refused = run(applied(), reject, { reasons: 'The household has a residence permit in Norway.' }, udi, '2026-03-06');
    // Reached the person on Monday 16 March 2026: three weeks end on Easter Monday, 6 April, so the last day is Tuesday 7 April.
    const notified = run(refused, recordRejectionNotified, { notifiedOn: '2026-03-16' }, udi, '2026-03-17');
    expect(notified.assistedReturn.status).toBe('rejected');
    expect(notified.assistedReturn.decision).toMatchObject({ outcome: 'rejected', on: '2026-03-06', notifiedOn: '2026-03-16' });
    expect(section(letterFor(viewFor(person, notified), 'assisted-return-refused')!, 'appeal')!.paragraphs).toEqual([
      { key: 'letter.appeal.howTo', params: { authority: 'udi' } },
      { key: 'letter.appeal.withinFrom', params: { notified: '2026-03-16' } },
      { key: 'letter.appeal.lastDay', params: { lastDay: '2026-04-07' } },
      { key: 'letter.appeal.content', params: {} },
    ]);
    // A corrected day replaces the first; the last day follows it (Monday 9 March and three weeks: Monday 30 March).
    const corrected = run(notified, recordRejectionNotified, { notifiedOn: '2026-03-09' }, udi, '2026-03-18');
    expect(section(letterFor(viewFor(person, corrected), 'assisted-return-refused')!, 'appeal')!.paragraphs).toContainEqual({
      key: 'letter.appeal.lastDay',
      params: { lastDay: '2026-03-30' },
    });
  });

  it('the day a refusal reached the person is never before the refusal nor after today, and only UDI records it', () => {
    const refused = run(applied(), reject, { reasons: 'x' }, udi, '2026-03-06');
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return (error as { code?: string; details?: unknown }).code + ' ' + JSON.stringify((error as { details?: unknown }).details ?? {});
      }
      return 'no error';
    };
    expect(code(() => run(refused, recordRejectionNotified, { notifiedOn: '2026-03-05' }, udi, '2026-03-10'))).toMatch(/rejection-notified-after-decision/);
    expect(code(() => run(refused, recordRejectionNotified, { notifiedOn: '2026-03-11' }, udi, '2026-03-10'))).toMatch(/rejection-notified-not-in-future/);
    expect(code(() => run(refused, recordRejectionNotified, { notifiedOn: 'soon' }, udi, '2026-03-10'))).toMatch(/^(CASE_|REQUEST_)\w*INVALID/);
    const offered = (principal: Principal) => allowedActions(principal, refused, '2026-03-10').map((a) => a.id);
    expect(offered(udi)).toContain('assisted-return.record-notification');
    for (const other of [iom, une, police, lawyer, person]) expect(offered(other)).not.toContain('assisted-return.record-notification');
    // Not before a rejection: the application still waits for UDI.
    expect(code(() => run(applied(), recordRejectionNotified, { notifiedOn: '2026-03-03' }, udi, '2026-03-04'))).toMatch(/CASE_INVALID_TRANSITION/);
  });

  it('assisted return refused: UDI’s reasons as written, what the rules said, how to appeal to UNE and by when', () => {
    const doc = run(applied(), reject, { reasons: 'The household has a residence permit in Norway.' }, udi, '2026-03-06');
    const letter = letterFor(viewFor(lawyer, doc), 'assisted-return-refused')!;
    expect(letter).toMatchObject({ authority: 'udi', date: '2026-03-06' });
    expect(section(letter, 'decision')!.paragraphs).toEqual([{ key: 'letter.refused.byUdi', params: { applied: '2026-03-02' } }]);
    expect(section(letter, 'reasons')!.written).toBe('The household has a residence permit in Norway.');
    // The eligibility rules' reasons, as they were stored when the person applied.
    const rules = section(letter, 'rules')!;
    expect(rules.list!.length).toBeGreaterThan(0);
    for (const reason of rules.list!) expect(reason.key.startsWith('rules.assisted-return.'), reason.key).toBe(true);
    expect(section(letter, 'appeal')!.paragraphs).toEqual([
      { key: 'letter.appeal.howTo', params: { authority: 'udi' } },
      { key: 'letter.appeal.within', params: {} },
      { key: 'letter.appeal.content', params: {} },
    ]);
    // Lodged, then upheld by UNE: the letter says the refusal is final instead of how to appeal.
    const appealed = run(doc, appealRejection, { grounds: 'We have no permit' }, lawyer, '2026-03-09');
    expect(section(letterFor(appealed, 'assisted-return-refused')!, 'appeal')!.paragraphs).toContainEqual({
      key: 'letter.appeal.lodged',
      params: { lodged: '2026-03-09' },
    });
    const upheld = run(appealed, decideAppeal, { outcome: 'upheld', reasons: 'No new information' }, une, '2026-04-01');
    expect(section(letterFor(upheld, 'assisted-return-refused')!, 'appeal')!.paragraphs).toEqual([
      { key: 'letter.refused.appealDecided', params: { decided: '2026-04-01', outcome: 'upheld' } },
    ]);
    // Reversed: a granted letter from UNE, dated the day of its decision.
    const reversed = run(appealed, decideAppeal, { outcome: 'reversed', reasons: 'The permit had expired' }, une, '2026-04-01');
    const granted = letterFor(reversed, 'assisted-return-granted')!;
    expect(granted).toMatchObject({ authority: 'une', date: '2026-04-01' });
    expect(section(granted, 'decision')!.paragraphs[0]).toEqual({ key: 'letter.granted.byUne', params: { applied: '2026-03-02', refused: '2026-03-06' } });
  });

  it('the deadline: the decision, the deadline in force, the appeal from the day of notification, and what the rules say follows', () => {
    const letter = letterFor(viewFor(person, family()), 'departure-deadline')!;
    expect(letter).toMatchObject({ authority: 'udi', date: '2026-02-01' });
    const decision = section(letter, 'decision')!.paragraphs;
    expect(decision[0]).toEqual({ key: 'letter.deadline.decision', params: { authority: 'udi', decided: '2026-02-01', kind: 'protectionRejected' } });
    expect(decision).toContainEqual({ key: 'letter.deadline.by', params: { deadline: '2026-03-15' } });
    // The departure-situation rules on the day of the decision: leave by the deadline, Norway and Schengen.
    expect(decision).toContainEqual({ key: 'rules.departure.status.by-deadline', params: { deadline: '2026-03-15' } });
    expect(keysOf(letter)).toContain('rules.departure.area.schengen-after-rejection');
    expect(section(letter, 'consequences')!.list!.map((m) => m.key)).toContain('rules.departure.note.arrest-and-forced-return');
    expect(section(letter, 'appeal')!.paragraphs).toEqual([
      { key: 'letter.appeal.howTo', params: { authority: 'udi' } },
      { key: 'letter.appeal.withinFrom', params: { notified: '2026-02-03' } },
      // Three weeks after the decision reached the person, as the departure-situation rules work it out.
      { key: 'letter.appeal.lastDay', params: { lastDay: '2026-02-24' } },
      { key: 'letter.appeal.content', params: {} },
    ]);

    // UNE upholds the decision with a new deadline: the letter is UNE's, dated its decision, with the new deadline and no appeal.
    let doc = run(family(), register, { registeredOn: '2026-02-10' }, lawyer, '2026-02-10');
    doc = run(doc, requestDeferral, {}, lawyer, '2026-02-11');
    doc = run(doc, grantDeferral, { reasons: 'Young children' }, une, '2026-02-12');
    doc = run(doc, decide, { outcome: 'upheld', newDeadline: '2026-05-20', reasons: 'The risk was assessed' }, une, '2026-04-20');
    const upheld = letterFor(doc, 'departure-deadline')!;
    expect(upheld).toMatchObject({ authority: 'une', date: '2026-04-20' });
    expect(section(upheld, 'decision')!.paragraphs).toContainEqual({ key: 'letter.deadline.by', params: { deadline: '2026-05-20' } });
    expect(section(upheld, 'decision')!.paragraphs).toContainEqual({ key: 'letter.deadline.upheld', params: { decided: '2026-04-20' } });
    expect(section(upheld, 'appeal')).toBeUndefined();
    // A decision UNE reversed obliges no one to leave: no deadline letter, and UNE's letter says so.
    const reversed = run(
      run(family(), register, { registeredOn: '2026-02-10' }, lawyer, '2026-02-10'),
      decide,
      { outcome: 'reversed', reasons: 'Protection granted' },
      une,
      '2026-04-20',
    );
    expect(letterFor(reversed, 'departure-deadline')).toBeNull();
    expect(section(letterFor(reversed, 'appeal-decision')!, 'decision')!.paragraphs).toEqual([
      { key: 'letter.appeal.decision', params: { outcome: 'reversed', decided: '2026-02-01', authority: 'udi', lodged: '2026-02-10' } },
    ]);
  });

  it('no deadline: leave immediately; a decision of UNE itself cannot be appealed to UNE', () => {
    const input = openCaseInput.parse({
      ...familyInput,
      decision: { kind: 'residence-rejected', authority: 'une', date: '2026-02-01', departureDeadline: null },
    });
    const letter = letterFor(familyCase(input), 'departure-deadline')!;
    expect(section(letter, 'decision')!.paragraphs).toContainEqual({ key: 'letter.deadline.leaveNow', params: {} });
    expect(section(letter, 'appeal')).toBeUndefined();
    expect(section(letter, 'contact')!.paragraphs[0]).toEqual({ key: 'letter.contact.une', params: {} });
  });

  it('entry ban: length, area and the period the re-entry rules gave it from the day the household left', () => {
    const input = openCaseInput.parse({
      ...familyInput,
      decision: { ...familyInput.decision, kind: 'expelled', date: '2026-02-01', departureDeadline: '2026-03-15' },
    });
    const doc = run(familyCase(input), confirm, { date: '2026-03-10', destination: 'AF', entryBan: { length: 2, scope: 'schengen' } }, police, '2026-03-11');
    expect(letterFor(viewFor(person, familyCase(input)), 'entry-ban')).toBeNull();
    const letter = letterFor(viewFor(person, doc), 'entry-ban')!;
    expect(letter).toMatchObject({ kind: 'entry-ban', authority: 'udi', date: '2026-02-01' });
    expect(section(letter, 'decision')!.list).toEqual([
      { key: 'letter.ban.row', params: { length: 'years', years: 2, scope: 'schengen', decided: '2026-02-01' } },
    ]);
    // Two years from the day of leaving, 10 March 2026, to 9 March 2028 (the last day of the ban).
    expect(section(letter, 'next')!.paragraphs).toEqual([
      { key: 'letter.ban.period', params: { from: '2026-03-10', until: '2028-03-09' } },
      { key: 'letter.ban.meaning', params: {} },
    ]);
    expect(doc.entryBans).toEqual([{ decisionDate: '2026-02-01', length: 2, scope: 'schengen', from: '2026-03-10', until: '2028-03-09' }]);
    // The deadline letter of an expulsion says that it includes one.
    expect(keysOf(letterFor(doc, 'departure-deadline')!)).toContain('letter.deadline.expelled');
  });

  it('deferred implementation: granted or denied, by whom and when, with the reasons as written', () => {
    let doc = run(family(), register, { registeredOn: '2026-02-10' }, lawyer, '2026-02-10');
    doc = run(doc, requestDeferral, { requestedOn: '2026-02-11' }, lawyer, '2026-02-11');
    const denied = letterFor(run(doc, denyDeferral, { reasons: 'No new grounds' }, udi, '2026-02-14'), 'deferral-decision')!;
    expect(denied).toMatchObject({ authority: 'udi', date: '2026-02-14' });
    expect(section(denied, 'decision')!.paragraphs).toEqual([
      { key: 'letter.deferral.decision', params: { outcome: 'denied', authority: 'udi', requested: '2026-02-11' } },
      { key: 'letter.deferral.denied', params: {} },
    ]);
    expect(section(denied, 'reasons')!.written).toBe('No new grounds');
    // The deadline letter still tells the decision as it was given (its own deadline, what the rules said that
    // day), with the appeal as it now stands; the denial is this letter's to tell.
    const deadline = letterFor(run(doc, denyDeferral, { reasons: 'No new grounds' }, udi, '2026-02-14'), 'departure-deadline')!;
    expect(section(deadline, 'decision')!.paragraphs).toContainEqual({ key: 'rules.departure.status.by-deadline', params: { deadline: '2026-03-15' } });
    expect(keysOf(deadline)).not.toContain('rules.departure.status.deferred-implementation-denied');
    expect(section(deadline, 'appeal')!.paragraphs).toContainEqual({ key: 'letter.appeal.lodged', params: { lodged: '2026-02-10' } });
    const granted = letterFor(run(doc, grantDeferral, {}, une, '2026-02-14'), 'deferral-decision')!;
    expect(granted.authority).toBe('une');
    expect(section(granted, 'reasons')).toBeUndefined();
  });

  it('never holds a planned forced return, not even in the police’s view', () => {
    const input = openCaseInput.parse({ ...familyInput, decision: { ...familyInput.decision, departureDeadline: '2026-02-20' } });
    const planned = run(familyCase(input), plan, { date: '2026-04-02', flight: 'DY1234', escort: 'Two officers', destination: 'AF' }, police, '2026-03-01');
    expect(planned.forcedReturn.status).toBe('planned');
    for (const reader of [police, person, lawyer]) {
      const text = JSON.stringify(lettersFor(viewFor(reader, planned)));
      expect(text).not.toContain('DY1234');
      expect(text).not.toContain('2026-04-02');
      expect(text).not.toContain('Two officers');
      // The person's letters are the same whether or not a return is planned.
      if (reader !== police) expect(text).toBe(JSON.stringify(lettersFor(viewFor(reader, familyCase(input)))));
    }
  });

  it('uses only messages the catalogue has, and quotes its sources word for word', () => {
    let doc = run(applied(), reject, { reasons: 'x' }, udi, '2026-03-06');
    doc = run(doc, register, { registeredOn: '2026-03-07' }, lawyer, '2026-03-07');
    doc = run(doc, requestDeferral, {}, lawyer, '2026-03-07');
    doc = run(doc, denyDeferral, { reasons: 'y' }, udi, '2026-03-08');
    const expelled = openCaseInput.parse({ ...familyInput, decision: { ...familyInput.decision, kind: 'expelled' } });
    const banned = run(
      familyCase(expelled),
      confirm,
      { date: '2026-03-10', destination: 'AF', entryBan: { length: 5, scope: 'norway' } },
      police,
      '2026-03-11',
    );
    const letters = [...lettersFor(doc), ...lettersFor(banned), ...lettersFor(run(applied(), grant, {}, udi, '2026-03-05'))];
    expect(new Set(letters.map((l) => l.kind))).toEqual(
      new Set(['assisted-return-granted', 'assisted-return-refused', 'departure-deadline', 'entry-ban', 'deferral-decision']),
    );
    for (const letter of letters) {
      for (const m of sentences(letter))
        for (const key of [m.key, ...Object.values(m.nested ?? {}).map((n) => n.key)]) expect(hasMessage('en', key), key).toBe(true);
      expect(letter.sources.length, letter.kind).toBeGreaterThan(0);
      for (const source of letter.sources) {
        const file = (documents as Record<string, { file?: string }>)[source.document]?.file;
        if (file === undefined) continue;
        const text = readFileSync(new URL(`../../docs/sources/${file}`, import.meta.url), 'utf8').replace(/\s+/g, ' ');
        expect(text, source.quote).toContain(source.quote.replace(/\s+/g, ' '));
      }
    }
  });
});
