/**
 * Loads the demo into a database through the real command layer: one account per role, the households of
 * the scenarios (each step an `act()` with its version, as a caseworker would), and the statistics demo's
 * departures for 2025 and January–March 2026, which reproduce seed 004's report for March 2026.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { caseWork } from '../store/tables.ts';
import { createUser, setPassword } from '../cases/accounts.ts';
import { act, openCase, versionAs } from '../cases/commands.ts';
import { osloToday } from '../shared/clock.ts';
import type { Principal, StaffRole } from '../cases/roles.ts';
import { demoAccounts, demoScenarios, openedAt, openerOf, openInput, personPrincipal, plannedSteps, resolveInput } from '../cases/demo/scenarios.ts';
import { demoForcedReturns } from '../statistics/demo.ts';
import { insertImportedRecords } from '../statistics/database.ts';
import { ReturError } from '../shared/errors.ts';

export interface SeedResult {
  readonly accounts: readonly { username: string; role: string; password: string }[];
  readonly cases: number;
  readonly departures: number;
  /** A person who can sign in to their own application: the reference and secret of one demo case. */
  readonly person: { reference: string; secret: string } | null;
  /** A person who has not applied yet and can sign in to apply: the reference and sign-in code of a demo case. */
  readonly applicant: { reference: string; secret: string } | null;
}

/** True when the database holds no account and no case yet. */
export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const q = caseWork(db);
  const users = await q.selectFrom('users').select('id').limit(1).execute();
  const cases = await q.selectFrom('cases').select('id').limit(1).execute();
  return users.length === 0 && cases.length === 0;
}

/**
 * Loads the demo. With `again` (`retur seed --demo --force`), into a database that may already hold it: a demo
 * account that exists with its role is kept, its password set back to the published one (which ends its
 * sessions), and the households are added once more; the historical departures are not counted twice.
 */
export async function seedDemo(
  db: Kysely<Database>,
  options: { now?: Date; again?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<SeedResult> {
  const now = options.now ?? new Date();
  const principals = new Map<StaffRole, Principal>();
  // Every account is looked at before any is written: a clash writes nothing.
  const existing = new Map<string, { id: string; role: string }>();
  for (const account of options.again ? demoAccounts : []) {
    const row = await caseWork(db).selectFrom('users').select(['id', 'role']).where('username', '=', account.username).executeTakeFirst();
    if (row === undefined) continue;
    if (row.role !== account.role) {
      throw new ReturError('AUTH_FORBIDDEN', `The username ${account.username} is taken by an account with another role (${row.role}): the demo cannot use it`);
    }
    existing.set(account.username, row);
  }
  for (const account of demoAccounts) {
    const kept = existing.get(account.username);
    if (kept !== undefined) await setPassword(db, account.username, account.password);
    const { id } =
      kept ?? (await createUser(db, { username: account.username, displayName: account.displayName, role: account.role, password: account.password }));
    principals.set(account.role, { kind: 'staff', userId: id, username: account.username, role: account.role });
  }
  const principalFor = (role: StaffRole): Principal => principals.get(role)!;
  const scenarios = demoScenarios(osloToday(now));
  let person: SeedResult['person'] = null;
  let applicant: SeedResult['applicant'] = null;
  let done = 0;
  for (const scenario of scenarios) {
    const opened = await openCase(db, principalFor(openerOf(scenario)), openInput(scenario), { now: new Date(openedAt(scenario)) });
    let doc = opened.case;
    const self = personPrincipal(doc);
    for (const step of plannedSteps(scenario, principalFor)) {
      const principal = step.as === 'person' ? self : principalFor(step.as);
      // Each hand writes on the version its own view shows (a forced return's plan moves only the police's).
      const expectedVersion = await versionAs(db, principal, doc.id);
      const result = await act(db, principal, doc.id, step.action, resolveInput(step.input, doc), { now: new Date(step.at), expectedVersion });
      // Read back as UDI sees it, so that later steps resolve ids against the whole case.
      doc = result.case;
      const secret = result.revealed.secret;
      if (secret && step.action === 'assisted-return.apply' && person === null) person = { reference: doc.reference, secret };
      if (secret && step.action === 'case.issue-sign-in-code' && applicant === null) applicant = { reference: doc.reference, secret };
    }
    options.onProgress?.(++done, scenarios.length);
  }
  const departures = await insertImportedRecords(db, demoForcedReturns());
  return {
    accounts: demoAccounts.map((a) => ({ username: a.username, role: a.role, password: a.password })),
    cases: scenarios.length,
    departures,
    person,
    applicant,
  };
}
