/**
 * Staff sign-in through OpenID Connect, the part that is not protocol: which Retur account an identity at a
 * provider signs in to, whether the provider grants the account's role, the accounts made at the first
 * sign-in, and the sign-ins under way between the redirect to the provider and its answer.
 *
 * An identity is the pair (issuer, subject) the provider vouches for in its ID token. It signs in to the one
 * account it is linked to (`retur users link`), in that account's role. When the provider sends roles (a role
 * claim), the account's role must be among them, so taking the role away at the provider takes it away here.
 * With auto-provisioning on, an identity linked to no account gets one at its first sign-in, in the one Retur
 * role its claim names; never for the roles whose work depends on links an administrator makes (lawyers,
 * guardians and reception-centre staff reach only the cases they are linked to) or for admin.
 */
import { createHash, randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { ReturError } from '../shared/errors.ts';
import { oidcTables } from '../store/oidc-tables.ts';
import { recordAudit } from '../store/audit.ts';
import { withTransaction } from '../store/transaction.ts';
import type { Db } from './commands.ts';
import { newUserInput, openSession, principalOf, type Session } from './accounts.ts';
import { actorOf, staffRoles, type Principal, type StaffRole } from './roles.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** How long a sign-in may take between the redirect to the provider and its answer. */
export const OIDC_LOGIN_MINUTES = 10;

/** The roles an account may be made in at its first sign-in (auto-provisioning). */
export const provisionableRoles: readonly StaffRole[] = ['udi', 'iom', 'une', 'police', 'statistics'];

/**
 * Issuers compare as URLs: `https://idp.example` and `https://idp.example/` are one provider. Every issuer
 * is stored and looked up in this form.
 */
export function normalIssuer(issuer: string): string {
  try {
    return new URL(issuer).href;
  } catch {
    throw new ReturError('REQUEST_INVALID', `The issuer ${JSON.stringify(issuer)} is not a URL`);
  }
}

/** What the provider vouched for, as the ID token has it. */
export interface ProviderIdentity {
  readonly issuer: string;
  readonly subject: string;
  /** The values of the role claim (Retur roles or not), or null when the provider sends no roles. */
  readonly roles: readonly string[] | null;
  /** For an account made at the first sign-in: a username to try, and the name to show. */
  readonly preferredUsername?: string | undefined;
  readonly name?: string | undefined;
}

export interface SignedInIdentity {
  readonly principal: Principal;
  readonly session: Session;
  /** True when the account was made at this sign-in. */
  readonly provisioned: boolean;
}

/**
 * Signs an identity in: finds (or, with `autoProvision`, makes) its account, checks the role, and opens the
 * session, all in one transaction with the audit rows of the sign-in (and of a new account). Refuses with
 * AUTH_OIDC_NOT_LINKED or AUTH_OIDC_ROLE_NOT_ALLOWED, writing nothing.
 */
export async function signInWithIdentity(db: Db, identity: ProviderIdentity, options: { autoProvision: boolean }, now = new Date()): Promise<SignedInIdentity> {
  const issuer = normalIssuer(identity.issuer);
  const named = returRoles(identity.roles);
  // A new account's password is a secret nobody is told (an administrator may set one); hashed once, if needed.
  let unusablePassword: Promise<string> | undefined;
  return withTransaction(db, async (trx) => {
    const q = oidcTables(trx);
    const linked = await q
      .selectFrom('user_identities')
      .innerJoin('users', 'users.id', 'user_identities.user_id')
      .select(['users.id', 'users.username', 'users.role', 'users.disabled'])
      .where('user_identities.issuer', '=', issuer)
      .where('user_identities.subject', '=', identity.subject)
      .executeTakeFirst();
    let principal: Principal;
    let provisioned = false;
    if (linked) {
      if (linked.disabled) throw notLinked(issuer, identity.subject, 'The account linked to this identity is disabled');
      if (named !== null && !named.includes(linked.role)) {
        throw new ReturError('AUTH_OIDC_ROLE_NOT_ALLOWED', `The identity provider does not grant the ${linked.role} role of the linked account`, {
          roles: named,
        });
      }
      principal = principalOf(linked);
    } else {
      if (!options.autoProvision || named === null) {
        throw notLinked(issuer, identity.subject, 'No Retur account is linked to this identity: ask an administrator to link it');
      }
      if (named.length !== 1) {
        const why = named.length === 0 ? 'names no Retur role' : `names ${named.length} Retur roles, and an account has one`;
        throw new ReturError('AUTH_OIDC_ROLE_NOT_ALLOWED', `The identity provider's role claim ${why}: an account cannot be made for this identity`, {
          roles: named,
        });
      }
      const role = staffRoles.find((r) => r === named[0])!;
      if (!provisionableRoles.includes(role)) {
        throw notLinked(issuer, identity.subject, `Accounts with the ${role} role are made and linked by an administrator, not at the first sign-in`);
      }
      unusablePassword ??= hash(randomBytes(32).toString('base64url'));
      principal = await provision(trx, { ...identity, issuer }, role, await unusablePassword);
      provisioned = true;
    }
    await q.updateTable('user_identities').set({ last_sign_in_at: now }).where('issuer', '=', issuer).where('subject', '=', identity.subject).execute();
    const session = await openSession(trx, principal, 'openid-connect', now);
    return { principal, session, provisioned };
  });
}

/** The Retur roles among the claim's values, each once, or null when the provider sends no roles. */
function returRoles(values: readonly string[] | null): string[] | null {
  if (values === null) return null;
  return staffRoles.filter((role) => values.includes(role));
}

function notLinked(issuer: string, subject: string, message: string): ReturError {
  return new ReturError('AUTH_OIDC_NOT_LINKED', message, { issuer, subject });
}

/** Makes the account of an identity at its first sign-in, links the identity, and records both. */
async function provision(trx: Db, identity: ProviderIdentity, role: StaffRole, passwordHash: string): Promise<Principal> {
  const q = oidcTables(trx);
  const username = await freeUsername(trx, identity);
  const displayName = newUserInput.shape.displayName.safeParse(identity.name ?? '').data ?? username;
  const user = await q
    .insertInto('users')
    .values({ username, display_name: displayName, role, password_hash: passwordHash })
    .returning('id')
    .executeTakeFirstOrThrow();
  await q.insertInto('user_identities').values({ issuer: identity.issuer, subject: identity.subject, user_id: user.id }).execute();
  const principal = principalOf({ id: user.id, username, role });
  await recordAudit(trx, {
    actor: { id: actorOf(principal), role },
    caseId: null,
    action: 'change',
    what: 'account',
    why: 'made at the first sign-in (openid-connect)',
  });
  return principal;
}

/**
 * The username of a new account: the provider's preferred username (or e-mail) before any @, in the
 * characters a username may have, when it is free; otherwise one made from the identity, which tells
 * nothing about the person.
 */
async function freeUsername(trx: Db, identity: ProviderIdentity): Promise<string> {
  const wanted = (identity.preferredUsername ?? '')
    .split('@')[0]!
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '.')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 63);
  const candidates = [wanted, `oidc.${sha256(`${identity.issuer}\n${identity.subject}`).slice(0, 16)}`];
  for (const candidate of candidates) {
    if (!newUserInput.shape.username.safeParse(candidate).success) continue;
    const taken = await oidcTables(trx).selectFrom('users').select('id').where('username', '=', candidate).executeTakeFirst();
    if (!taken) return candidate;
  }
  throw notLinked(identity.issuer, identity.subject, 'No free username for a new account: ask an administrator to make and link one');
}

// ------------------------------------------------------------------------------------------- linking

export interface IdentityLink {
  readonly username: string;
  readonly issuer: string;
  readonly subject: string;
}

/**
 * Links an identity at a provider to an existing account (one identity per account and provider); answers
 * the issuer as it is stored.
 */
export async function linkIdentity(db: Db, link: IdentityLink): Promise<{ issuer: string }> {
  const issuer = normalIssuer(link.issuer);
  const subject = link.subject.trim();
  if (subject === '' || subject.length > 500) throw new ReturError('REQUEST_INVALID', 'The subject must be 1 to 500 characters');
  await withTransaction(db, async (trx) => {
    const q = oidcTables(trx);
    const user = await q.selectFrom('users').select('id').where('username', '=', link.username).executeTakeFirst();
    if (!user) throw new ReturError('REQUEST_INVALID', `No user ${link.username}`);
    const holder = await q
      .selectFrom('user_identities')
      .innerJoin('users', 'users.id', 'user_identities.user_id')
      .select(['users.username', 'user_identities.subject'])
      .where('user_identities.issuer', '=', issuer)
      .where((eb) => eb.or([eb('user_identities.subject', '=', subject), eb('user_identities.user_id', '=', user.id)]))
      .executeTakeFirst();
    if (holder?.subject === subject) throw new ReturError('REQUEST_INVALID', `That identity is already linked to ${holder.username}: unlink it first`);
    if (holder) throw new ReturError('REQUEST_INVALID', `${link.username} is already linked to another identity at ${issuer}: unlink it first`);
    await q.insertInto('user_identities').values({ issuer, subject, user_id: user.id }).execute();
  });
  return { issuer };
}

/** Unlinks an account's identities (at one provider, or all); answers how many were unlinked. */
export async function unlinkIdentity(db: Db, username: string, issuer?: string): Promise<number> {
  const q = oidcTables(db);
  const user = await q.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  if (!user) throw new ReturError('REQUEST_INVALID', `No user ${username}`);
  let query = q.deleteFrom('user_identities').where('user_id', '=', user.id);
  if (issuer !== undefined) query = query.where('issuer', '=', normalIssuer(issuer));
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

// ------------------------------------------------------------------------------------------- sign-ins under way

/** What the server keeps of a sign-in between the redirect to the provider and its answer. */
export interface OidcLogin {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  /** The local path to go to once signed in. */
  readonly returnTo: string;
}

/**
 * Keeps a sign-in under way and answers the token for the browser's cookie (only its SHA-256 is stored).
 * Sign-ins that were never finished are deleted here once they have expired.
 */
export async function beginOidcLogin(db: Db, login: OidcLogin, now = new Date()): Promise<string> {
  const flow = randomBytes(32).toString('base64url');
  const q = oidcTables(db);
  await q.deleteFrom('oidc_logins').where('expires_at', '<', now).execute();
  await q
    .insertInto('oidc_logins')
    .values({
      flow_hash: sha256(flow),
      state: login.state,
      nonce: login.nonce,
      code_verifier: login.codeVerifier,
      return_to: login.returnTo,
      expires_at: new Date(now.getTime() + OIDC_LOGIN_MINUTES * 60_000),
    })
    .execute();
  return flow;
}

/** Takes the sign-in the browser's token names, once: it is deleted here. Null when none, or expired. */
export async function takeOidcLogin(db: Db, flow: string, now = new Date()): Promise<OidcLogin | null> {
  const row = await oidcTables(db).deleteFrom('oidc_logins').where('flow_hash', '=', sha256(flow)).returningAll().executeTakeFirst();
  if (!row || new Date(row.expires_at) <= now) return null;
  return { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier, returnTo: row.return_to };
}

/** Every link of an account to an identity at a provider, for the administrator's page. */
export async function listIdentities(db: Db): Promise<{ userId: string; issuer: string; subject: string }[]> {
  const rows = await oidcTables(db).selectFrom('user_identities').select(['user_id', 'issuer', 'subject']).orderBy('issuer').execute();
  return rows.map((r) => ({ userId: r.user_id, issuer: r.issuer, subject: r.subject }));
}
