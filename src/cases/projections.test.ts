/**
 * The rows the case work writes for the statistics (projections.ts): what a case maps to, and that a case
 * whose document no longer has what the figures read (a field renamed in the case model or in the support
 * rule set's answer) is refused loudly instead of counted wrong.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { execute } from './execute.ts';
import type { CaseDoc } from './model.ts';
import type { Action } from './process.ts';
import { actorOf, type Principal } from './roles.ts';
import { context, familyCase, staff } from './testing.ts';
import { apply, grant, withdraw } from './processes/assisted-return.ts';
import { assistedApplicationRow, labApplicationRow, labCaseRow } from './projections.ts';
import { alsoTables } from '../store/tables.ts';

const run = <S extends z.ZodType, P>(doc: CaseDoc, action: Action<S, P>, input: unknown, principal: Principal, today = '2026-03-02') =>
  execute(doc, action, input, context(principal, today), actorOf(principal)).doc;

describe('the assisted-return application the figures count', () => {
  it('is none before an application, then follows the application through its decision and withdrawal', () => {
    const doc = familyCase();
    expect(assistedApplicationRow(doc)).toBeNull();
    const second = doc.household[1]!;
    const applied = run(doc, apply, { destination: second.citizenships[0], applicantId: second.id }, staff('iom'));
    const row = assistedApplicationRow(applied);
    expect(row).toEqual({
      case_id: doc.id,
      applied_on: '2026-03-02',
      citizenship: second.citizenships[0],
      timing: 'before-deadline',
      decision: null,
      appeal: null,
      withdrawn: false,
    });
    expect(Object.keys(row!)).toEqual(alsoTables.assisted_return_applications.columns);
    const granted = run(applied, grant, {}, staff('udi'), '2026-03-05');
    expect(assistedApplicationRow(granted)).toMatchObject({ decision: 'granted', withdrawn: false });
    expect(assistedApplicationRow(run(granted, withdraw, {}, staff('udi'), '2026-03-06'))).toMatchObject({ decision: 'granted', withdrawn: true });
  });

  it('refuses a case whose support answer has no timing, or whose application names no applicant, rather than miscount it', () => {
    const applied = run(familyCase(), apply, { destination: 'AF' }, staff('iom'));
    const { timing, ...renamed } = applied.assistedReturn.support!.answer;
    const withRenamedTiming = {
      ...applied,
      assistedReturn: { ...applied.assistedReturn, support: { ...applied.assistedReturn.support!, answer: { ...renamed, rate: timing } } },
    };
    expect(() => assistedApplicationRow(withRenamedTiming)).toThrow(/timing/);
    const { applicantId: _applicant, ...withoutApplicant } = applied.assistedReturn;
    expect(() => assistedApplicationRow({ ...applied, assistedReturn: withoutApplicant })).toThrow(/no applicant/);
  });
});

describe('the policy lab’s rows', () => {
  it('give the case without names, and the facts the rules took at the application from its event, in the tables’ columns', () => {
    const doc = familyCase();
    const row = labCaseRow(doc);
    expect(Object.keys(row)).toEqual(alsoTables.lab_cases.columns);
    expect(row).toMatchObject({ case_id: doc.id, status: doc.status, applied_on: null, destination: null });
    expect(row.household.map((p) => Object.keys(p))).toEqual(doc.household.map(() => ['id', 'dateOfBirth', 'citizenships', 'role', 'unaccompaniedMinor']));
    const adult = doc.household[0]!;
    const executed = execute(
      doc,
      apply,
      { destination: adult.citizenships[0], travellerIds: [adult.id], facts: { vulnerabilities: ['trafficking'] } },
      context(staff('iom'), '2026-03-02'),
      actorOf(staff('iom')),
    );
    expect(labCaseRow(executed.doc)).toMatchObject({ applied_on: '2026-03-02', destination: adult.citizenships[0] });
    const application = labApplicationRow(doc.id, JSON.parse(JSON.stringify(executed.payload)));
    expect(Object.keys(application)).toEqual(alsoTables.lab_applications.columns);
    expect(application).toMatchObject({ case_id: doc.id, applicant_id: adult.id, traveller_ids: [adult.id] });
    expect(application.eligibility_facts).toMatchObject({ vulnerabilities: ['trafficking'], citizenship: adult.citizenships[0] });
    expect(Object.keys(application.support_facts).sort()).toEqual(['departureDeadline', 'registeredInNorway']);
    expect(() => labApplicationRow(doc.id, { ...(executed.payload as object), travellerIds: undefined })).toThrow(/travellerIds/);
  });
});
