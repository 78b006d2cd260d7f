/**
 * Accounts and sign-in: staff users with Argon2id password hashes, browser sessions (the cookie holds a
 * random token; only its SHA-256 is stored), bearer tokens for other systems, and the person's sign-in to
 * their own case with the application reference and the secret they were given when they applied.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';
import type { Db } from './commands.ts';
import { caseWork } from '../store/tables.ts';
import { recordAudit } from '../store/audit.ts';
import { withTransaction } from '../store/transaction.ts';
import { CaseError } from './errors.ts';
import { actorOf, roleOf, staffRoles, type Principal, type StaffRole } from './roles.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const token = () => randomBytes(32).toString('base64url');

export const SESSION_HOURS = 8;

export const newUserInput = z.strictObject({
  username: z.string().regex(/^[a-z0-9][a-z0-9._-]{1,62}$/, 'lower-case letters, digits, dot, dash or underscore (2–63)'),
  displayName: z.string().trim().min(1).max(200),
  role: z.enum(staffRoles),
  password: z.string().min(12, 'at least 12 characters').max(200),
});
export type NewUser = z.output<typeof newUserInput>;

// A hash to compare against when the username does not exist, so that timing does not tell usernames apart.
let dummyHash: Promise<string> | undefined;

export async function createUser(db: Db, user: NewUser): Promise<{ id: string }> {
  const existing = await caseWork(db).selectFrom('users').select('id').where('username', '=', user.username).executeTakeFirst();
  if (existing) throw new CaseError('AUTH_FORBIDDEN', `The username ${user.username} is taken`);
  const row = await caseWork(db).insertInto('users')
    .values({ username: user.username, display_name: user.displayName, role: user.role, password_hash: await hash(user.password) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id };
}

export async function setPassword(db: Db, username: string, password: string): Promise<void> {
  newUserInput.shape.password.parse(password);
  const result = await caseWork(db).updateTable('users').set({ password_hash: await hash(password) }).where('username', '=', username).executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new CaseError('AUTH_INVALID_CREDENTIALS', `No user ${username}`);
}

export function principalOf(row: { id: string; username: string; role: string }): Principal {
  const role = z.enum(staffRoles).parse(row.role) as StaffRole;
  return { kind: 'staff', userId: row.id, username: row.username, role };
}

export async function checkPassword(db: Db, username: string, password: string): Promise<Principal> {
  const row = await caseWork(db).selectFrom('users').select(['id', 'username', 'role', 'password_hash', 'disabled']).where('username', '=', username).executeTakeFirst();
  dummyHash ??= hash('not a password of anyone');
  const ok = await verify(row?.password_hash ?? (await dummyHash), password);
  if (!row || !ok || row.disabled) throw new CaseError('AUTH_INVALID_CREDENTIALS', 'Wrong username or password');
  return principalOf(row);
}

/** The person signs in to their own case with its reference and their secret. */
export async function checkPersonSecret(db: Db, reference: string, secret: string): Promise<Principal> {
  const row = await caseWork(db).selectFrom('cases').select(['id', 'state']).where('reference', '=', reference).executeTakeFirst();
  const state = z.object({ assistedReturn: z.object({ secretHash: z.string().optional() }) }).safeParse(row?.state);
  const expected = state.success ? state.data.assistedReturn.secretHash : undefined;
  const given = Buffer.from(sha256(secret));
  if (!row || expected === undefined || !timingSafeEqual(given, Buffer.from(expected.padEnd(given.length).slice(0, given.length)))) {
    throw new CaseError('AUTH_INVALID_CREDENTIALS', 'Wrong reference or secret');
  }
  return { kind: 'person', caseId: row.id, reference };
}

export interface Session {
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

export async function createSession(db: Db, principal: Principal, now = new Date()): Promise<Session> {
  const session = { token: token(), csrfToken: token(), expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600_000) };
  await caseWork(db).insertInto('sessions')
    .values({
      token_hash: sha256(session.token),
      user_id: principal.kind === 'staff' ? principal.userId : null,
      case_id: principal.kind === 'person' ? principal.caseId : null,
      csrf_token: session.csrfToken,
      expires_at: session.expiresAt,
    })
    .execute();
  return session;
}

/** How a principal proved who they are; recorded with each sign-in. */
export type SignInMethod = 'password' | 'application-secret' | 'openid-connect';

/**
 * A session for a principal who has just proved who they are, and the audit row that records the sign-in
 * (no case for staff; the person's own case for the person), with the executor it is given: call it inside
 * the transaction that decided the sign-in.
 */
export async function openSession(db: Db, principal: Principal, method: SignInMethod, now = new Date()): Promise<Session> {
  const session = await createSession(db, principal, now);
  await recordAudit(db, {
    actor: { id: actorOf(principal), role: roleOf(principal) },
    caseId: principal.kind === 'person' ? principal.caseId : null,
    action: 'change',
    what: 'session',
    why: `sign-in (${method})`,
  });
  return session;
}

/** openSession in a transaction of its own: the session and its audit row are written together or not at all. */
export function signIn(db: Db, principal: Principal, method: SignInMethod, now = new Date()): Promise<Session> {
  return withTransaction(db, (trx) => openSession(trx, principal, method, now));
}

export async function endSession(db: Db, sessionToken: string): Promise<void> {
  await caseWork(db).deleteFrom('sessions').where('token_hash', '=', sha256(sessionToken)).execute();
}

export async function principalForSession(db: Db, sessionToken: string, now = new Date()): Promise<{ principal: Principal; csrfToken: string } | null> {
  const row = await caseWork(db).selectFrom('sessions')
    .leftJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('cases', 'cases.id', 'sessions.case_id')
    .select(['sessions.csrf_token', 'sessions.expires_at', 'sessions.case_id', 'cases.reference', 'users.id as user_id', 'users.username', 'users.role', 'users.disabled'])
    .where('sessions.token_hash', '=', sha256(sessionToken))
    .executeTakeFirst();
  if (!row || new Date(row.expires_at) <= now) return null;
  if (row.user_id && row.username && row.role && !row.disabled) {
    return { principal: principalOf({ id: row.user_id, username: row.username, role: row.role }), csrfToken: row.csrf_token };
  }
  if (row.case_id && row.reference) return { principal: { kind: 'person', caseId: row.case_id, reference: row.reference }, csrfToken: row.csrf_token };
  return null;
}

/** A bearer token for another system, acting as the given user. Shown once; only its hash is kept. */
export async function createApiToken(db: Db, username: string, name: string): Promise<string> {
  const user = await caseWork(db).selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  if (!user) throw new CaseError('AUTH_INVALID_CREDENTIALS', `No user ${username}`);
  const secret = `rt_${token()}`;
  await caseWork(db).insertInto('api_tokens').values({ token_hash: sha256(secret), user_id: user.id, name }).execute();
  return secret;
}

export async function principalForToken(db: Db, bearer: string): Promise<Principal | null> {
  const row = await caseWork(db).selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select(['users.id', 'users.username', 'users.role', 'users.disabled'])
    .where('api_tokens.token_hash', '=', sha256(bearer))
    .executeTakeFirst();
  if (!row || row.disabled) return null;
  return principalOf(row);
}
