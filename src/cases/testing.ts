/**
 * Helpers for tests of the case work: a household, principals of each role, an action context with
 * deterministic ids and secrets, and a case put straight into any state of any process.
 */
import { createHash } from 'node:crypto';
import type { CaseDoc } from './model.ts';
import { newCase, openCaseInput, type OpenCaseInput } from './processes/case.ts';
import type { ActionContext, ProcessId } from './process.ts';
import type { Principal, StaffRole } from './roles.ts';

export const ids = {
  case: '00000000-0000-4000-8000-000000000001',
  adult: '00000000-0000-4000-8000-0000000000a1',
  child: '00000000-0000-4000-8000-0000000000c1',
  lawyer: '00000000-0000-4000-8000-00000000f001',
};

export function staff(
  role: StaffRole,
  userId = `00000000-0000-4000-8000-${role
    .padStart(12, '0')
    .slice(-12)
    .replace(/[^0-9a-f]/g, '0')}`,
): Principal {
  return { kind: 'staff', userId, username: role, role };
}

export const person: Principal = { kind: 'person', caseId: ids.case, reference: 'RT-TEST-0001' };

// One counter for the whole test run, so that ids made in separate steps never collide.
let n = 0;

/** `sequence` is the number the action's event would have in the case's log (2: the first after the opening). */
export function context(principal: Principal, today = '2026-03-02', sequence = 2): ActionContext & { revealed: Record<string, string> } {
  const revealed: Record<string, string> = {};
  return {
    today,
    at: `${today}T10:00:00.000Z`,
    principal,
    sequence,
    newId: () => `00000000-0000-4000-9000-${String(++n).padStart(12, '0')}`,
    newSecret: () => `secret-${++n}`,
    hashSecret: (secret) => createHash('sha256').update(secret).digest('hex'),
    reveal: (key, value) => {
      revealed[key] = value;
    },
    revealed,
  };
}

export const familyInput: OpenCaseInput = openCaseInput.parse({
  household: [
    { name: 'Amina Test', dateOfBirth: '1990-05-01', citizenships: ['AF'], role: 'adult', preferredLanguage: 'fa-AF' },
    { name: 'Omid Test', dateOfBirth: '2015-02-10', citizenships: ['AF'], role: 'child' },
  ],
  decision: { kind: 'protection-rejected', authority: 'udi', date: '2026-02-01', departureDeadline: '2026-03-15', notifiedOn: '2026-02-03' },
});

export function familyCase(input: OpenCaseInput = familyInput): CaseDoc {
  return newCase(ids.case, 'RT-TEST-0001', input, [ids.adult, ids.child], '2026-02-01T09:00:00.000Z');
}

/** The case with a process set straight into a state (for the exhaustive transition test). */
export function inState(doc: CaseDoc, process: ProcessId, state: string): CaseDoc {
  switch (process) {
    case 'case':
      return { ...doc, status: state as CaseDoc['status'] };
    case 'assisted-return':
      return { ...doc, assistedReturn: { ...doc.assistedReturn, status: state as CaseDoc['assistedReturn']['status'] } };
    case 'appeal':
      return { ...doc, appeal: { ...doc.appeal, status: state as CaseDoc['appeal']['status'] } };
    case 'deferral':
      return { ...doc, deferral: { ...doc.deferral, status: state as CaseDoc['deferral']['status'] } };
    case 'forced-return':
      return { ...doc, forcedReturn: { ...doc.forcedReturn, status: state as CaseDoc['forcedReturn']['status'] } };
    case 'own-departure':
      return { ...doc, ownDeparture: { ...doc.ownDeparture, status: state as CaseDoc['ownDeparture']['status'] } };
    case 'after-departure':
      return state === 'departed'
        ? { ...doc, status: 'departed', departure: { date: '2026-03-01', type: 'own', destination: 'AF' } }
        : { ...doc, departure: null };
  }
}
