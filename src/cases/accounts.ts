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
import { withTransaction, type Trx } from '../store/transaction.ts';
import { ReturError } from '../shared/errors.ts';
import { actorOf, roleOf, staffRoles, type Principal, type StaffRole } from './roles.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const token = () => randomBytes(32).toString('base64url');

export const SESSION_HOURS = 8;

/** How many failed sign-ins in a row lock an account, and for how long (besides the per-address rate limit). */
export const LOCKOUT_AFTER = 10;
export const LOCKOUT_MINUTES = 15;

/** How long an API token lasts unless RETUR_TOKEN_DAYS says otherwise. */
export const TOKEN_DAYS = 90;

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
  if (existing) throw new ReturError('AUTH_FORBIDDEN', `The username ${user.username} is taken`);
  const row = await caseWork(db)
    .insertInto('users')
    .values({ username: user.username, display_name: user.displayName, role: user.role, password_hash: await hash(user.password) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id };
}

/**
 * Sets a password and ends every session of the account but `keepSession` (the one that changed it, if any):
 * whoever knew the old password is signed out. A lock-out ends with it.
 */
export async function setPassword(db: Db, username: string, password: string, options: { keepSession?: string } = {}): Promise<void> {
  newUserInput.shape.password.parse(password);
  const passwordHash = await hash(password);
  await withTransaction(db, async (trx) => {
    const user = await caseWork(trx)
      .updateTable('users')
      .set({ password_hash: passwordHash, failed_sign_ins: 0, locked_until: null })
      .where('username', '=', username)
      .returning('id')
      .executeTakeFirst();
    if (!user) throw new ReturError('AUTH_INVALID_CREDENTIALS', `No user ${username}`);
    let others = caseWork(trx).deleteFrom('sessions').where('user_id', '=', user.id);
    if (options.keepSession !== undefined) others = others.where('token_hash', '<>', sha256(options.keepSession));
    await others.execute();
  });
}

/**
 * Disables an account (nobody can sign in to it, by password or OpenID Connect) and ends its sessions and
 * tokens at once; or enables it again (its tokens stay revoked: make new ones).
 */
export async function setDisabled(db: Db, username: string, disabled: boolean, now = new Date()): Promise<void> {
  await withTransaction(db, (trx) => disableIn(trx, username, disabled, now));
}

/** setDisabled inside a transaction the caller holds (account administration audits in the same one). */
async function disableIn(trx: Trx, username: string, disabled: boolean, now: Date): Promise<void> {
  const user = await caseWork(trx)
    .updateTable('users')
    .set(disabled ? { disabled } : { disabled, failed_sign_ins: 0, locked_until: null })
    .where('username', '=', username)
    .returning('id')
    .executeTakeFirst();
  if (!user) throw new ReturError('AUTH_INVALID_CREDENTIALS', `No user ${username}`);
  if (!disabled) return;
  await caseWork(trx).deleteFrom('sessions').where('user_id', '=', user.id).execute();
  await caseWork(trx).updateTable('api_tokens').set({ revoked_at: now }).where('user_id', '=', user.id).where('revoked_at', 'is', null).execute();
}

export function principalOf(row: { id: string; username: string; role: string }): Principal {
  const role = z.enum(staffRoles).parse(row.role) as StaffRole;
  return { kind: 'staff', userId: row.id, username: row.username, role };
}

const WRONG_PASSWORD = `Wrong username or password (after ${LOCKOUT_AFTER} failed sign-ins in a row an account is locked for ${LOCKOUT_MINUTES} minutes)`;

/**
 * The account whose password this is. Every refusal says the same (a wrong username, a wrong password, a
 * disabled or locked account), after the same work, so that no answer tells whether an account exists. Each
 * failure counts against the account; the LOCKOUT_AFTER-th in a row locks it for LOCKOUT_MINUTES, during which
 * even the right password is refused. A success clears the count.
 */
export async function checkPassword(db: Db, username: string, password: string, now = new Date()): Promise<Principal> {
  const row = await caseWork(db)
    .selectFrom('users')
    .select(['id', 'username', 'role', 'password_hash', 'disabled', 'locked_until'])
    .where('username', '=', username)
    .executeTakeFirst();
  dummyHash ??= hash('not a password of anyone');
  const ok = await verify(row?.password_hash ?? (await dummyHash), password);
  const locked = row?.locked_until != null && new Date(row.locked_until) > now;
  if (!row || !ok || row.disabled || locked) {
    if (row && !ok) {
      await caseWork(db)
        .updateTable('users')
        .set((eb) => ({
          failed_sign_ins: eb('failed_sign_ins', '+', 1),
          locked_until: eb
            .case()
            .when('failed_sign_ins', '>=', LOCKOUT_AFTER - 1)
            .then(new Date(now.getTime() + LOCKOUT_MINUTES * 60_000))
            .else(eb.ref('locked_until'))
            .end(),
        }))
        .where('id', '=', row.id)
        .execute();
    }
    throw new ReturError('AUTH_INVALID_CREDENTIALS', WRONG_PASSWORD);
  }
  await caseWork(db).updateTable('users').set({ failed_sign_ins: 0, locked_until: null }).where('id', '=', row.id).where('failed_sign_ins', '>', 0).execute();
  return principalOf(row);
}

/** The person signs in to their own case with its reference and their secret. */
export async function checkPersonSecret(db: Db, reference: string, secret: string): Promise<Principal> {
  const row = await caseWork(db).selectFrom('cases').select(['id', 'state']).where('reference', '=', reference).executeTakeFirst();
  const state = z.object({ assistedReturn: z.object({ secretHash: z.string().optional() }) }).safeParse(row?.state);
  const expected = state.success ? state.data.assistedReturn.secretHash : undefined;
  const given = Buffer.from(sha256(secret));
  if (!row || expected === undefined || !timingSafeEqual(given, Buffer.from(expected.padEnd(given.length).slice(0, given.length)))) {
    throw new ReturError('AUTH_INVALID_CREDENTIALS', 'Wrong reference or secret');
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
  await caseWork(db)
    .insertInto('sessions')
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
  const row = await caseWork(db)
    .selectFrom('sessions')
    .leftJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('cases', 'cases.id', 'sessions.case_id')
    .select([
      'sessions.csrf_token',
      'sessions.expires_at',
      'sessions.case_id',
      'cases.reference',
      'users.id as user_id',
      'users.username',
      'users.role',
      'users.disabled',
    ])
    .where('sessions.token_hash', '=', sha256(sessionToken))
    .executeTakeFirst();
  if (!row || new Date(row.expires_at) <= now) return null;
  if (row.user_id && row.username && row.role && !row.disabled) {
    return { principal: principalOf({ id: row.user_id, username: row.username, role: row.role }), csrfToken: row.csrf_token };
  }
  if (row.case_id && row.reference) return { principal: { kind: 'person', caseId: row.case_id, reference: row.reference }, csrfToken: row.csrf_token };
  return null;
}

/**
 * A bearer token for another system, acting as the given user, for `days` days (RETUR_TOKEN_DAYS). Shown once;
 * only its hash is kept.
 */
export async function issueApiToken(
  db: Db,
  username: string,
  name: string,
  options: { days?: number; now?: Date } = {},
): Promise<{ id: string; secret: string; expiresAt: Date }> {
  const user = await caseWork(db).selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  if (!user) throw new ReturError('AUTH_INVALID_CREDENTIALS', `No user ${username}`);
  const secret = `rt_${token()}`;
  const expiresAt = new Date((options.now ?? new Date()).getTime() + (options.days ?? TOKEN_DAYS) * 86_400_000);
  const row = await caseWork(db)
    .insertInto('api_tokens')
    .values({ token_hash: sha256(secret), user_id: user.id, name, expires_at: expiresAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, secret, expiresAt };
}

/** issueApiToken's secret alone. */
export async function createApiToken(db: Db, username: string, name: string, options: { days?: number; now?: Date } = {}): Promise<string> {
  return (await issueApiToken(db, username, name, options)).secret;
}

export interface ApiTokenInfo {
  readonly id: string;
  readonly username: string;
  readonly name: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
}

/** Every API token (of one account, when given), newest first: never the secret, which is not kept. */
export async function listApiTokens(db: Db, username?: string): Promise<ApiTokenInfo[]> {
  let query = caseWork(db)
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id',
      'users.username',
      'api_tokens.name',
      'api_tokens.created_at',
      'api_tokens.expires_at',
      'api_tokens.last_used_at',
      'api_tokens.revoked_at',
    ])
    .orderBy('api_tokens.created_at', 'desc')
    .orderBy('api_tokens.id');
  if (username !== undefined) query = query.where('users.username', '=', username);
  return (await query.execute()).map((r) => ({
    id: r.id,
    username: r.username,
    name: r.name,
    createdAt: new Date(r.created_at),
    expiresAt: new Date(r.expires_at),
    lastUsedAt: r.last_used_at === null ? null : new Date(r.last_used_at),
    revokedAt: r.revoked_at === null ? null : new Date(r.revoked_at),
  }));
}

/** Revokes a token by its id: it is refused from now on. */
export async function revokeApiToken(db: Db, id: string, now = new Date()): Promise<void> {
  if (!z.uuid().safeParse(id).success) throw new ReturError('AUTH_INVALID_CREDENTIALS', `No API token ${id}`);
  const result = await caseWork(db).updateTable('api_tokens').set({ revoked_at: now }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) {
    const exists = await caseWork(db).selectFrom('api_tokens').select('id').where('id', '=', id).executeTakeFirst();
    if (!exists) throw new ReturError('AUTH_INVALID_CREDENTIALS', `No API token ${id}`);
  }
}

/** The account a bearer token acts for: none when the token is unknown, expired, revoked, or its account disabled. */
export async function principalForToken(db: Db, bearer: string, now = new Date()): Promise<Principal | null> {
  const row = await caseWork(db)
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select(['users.id', 'users.username', 'users.role', 'users.disabled', 'api_tokens.expires_at', 'api_tokens.revoked_at'])
    .where('api_tokens.token_hash', '=', sha256(bearer))
    .executeTakeFirst();
  if (!row || row.disabled || row.revoked_at !== null || new Date(row.expires_at) <= now) return null;
  return principalOf(row);
}

// ------------------------------------------------------------------------------------------- administration

/** An account as the administrator sees it: never its password hash, and its live tokens by name only. */
export interface AccountSummary {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly disabled: boolean;
  /** The tokens that still work (neither revoked nor expired), newest first. */
  readonly tokens: readonly ApiTokenInfo[];
}

export async function listAccounts(db: Db, now = new Date()): Promise<AccountSummary[]> {
  const users = await caseWork(db).selectFrom('users').select(['id', 'username', 'display_name', 'role', 'disabled']).orderBy('username').execute();
  const live = (await listApiTokens(db)).filter((t) => t.revokedAt === null && t.expiresAt > now);
  return users.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: z.enum(staffRoles).parse(u.role),
    disabled: u.disabled,
    tokens: live.filter((t) => t.username === u.username),
  }));
}

/** What an administrator may change on an account besides its password. */
export type AccountChange =
  | { readonly kind: 'role'; readonly role: StaffRole }
  | { readonly kind: 'disabled'; readonly disabled: boolean }
  | { readonly kind: 'revoke-token'; readonly tokenId: string };

/**
 * Changes an account as `retur users` does (setDisabled, revokeApiToken), audited in the same transaction.
 * An administrator may not disable or demote their own account, so that the last one cannot lock everyone
 * out by a slip.
 */
export async function changeAccount(db: Db, admin: Principal, userId: string, change: AccountChange, now = new Date()): Promise<void> {
  if (admin.kind !== 'staff' || admin.role !== 'admin') throw new ReturError('AUTH_FORBIDDEN', 'Only an administrator changes accounts');
  const noAccount = () =>
    new ReturError('REQUEST_INVALID', 'No such account', {}, { errors: [{ path: '/account', message: 'No such account', code: 'not_found' }] });
  if (!z.uuid().safeParse(userId).success) throw noAccount();
  if (admin.userId === userId && change.kind !== 'revoke-token')
    throw new ReturError('AUTH_FORBIDDEN', 'You may not disable or change the role of your own account');
  await withTransaction(db, async (trx) => {
    const q = caseWork(trx);
    const user = await q.selectFrom('users').select(['id', 'username']).where('id', '=', userId).executeTakeFirst();
    if (!user) throw noAccount();
    let what: string;
    switch (change.kind) {
      case 'role':
        await q.updateTable('users').set({ role: change.role }).where('id', '=', userId).execute();
        what = `account role ${change.role}`;
        break;
      case 'disabled':
        await disableIn(trx, user.username, change.disabled, now);
        what = change.disabled ? 'account disabled' : 'account enabled';
        break;
      case 'revoke-token': {
        // Only a token of this account: the form names both.
        const token = z.uuid().safeParse(change.tokenId).success
          ? await q.selectFrom('api_tokens').select('id').where('id', '=', change.tokenId).where('user_id', '=', userId).executeTakeFirst()
          : undefined;
        if (!token) throw new ReturError('REQUEST_INVALID', 'No such token', {}, { errors: [{ path: '/token', message: 'No such token', code: 'not_found' }] });
        await revokeApiToken(trx, token.id, now);
        what = 'api token revoked';
        break;
      }
    }
    await recordAudit(trx, {
      actor: { id: actorOf(admin), role: roleOf(admin) },
      caseId: null,
      action: 'change',
      what: `${what}: ${user.username}`,
      why: 'account administration',
    });
  });
}
