/**
 * `retur migrate`, `retur seed --demo`, `retur users add|password|disable|enable|token|tokens|revoke-token|link|unlink`.
 */
import { migrate, type Store } from '../store/index.ts';
import { createUser, issueApiToken, listApiTokens, newUserInput, revokeApiToken, setDisabled, setPassword } from '../cases/accounts.ts';
import { readEnvironment, serverConfigFromEnv } from '../api/config.ts';
import { linkIdentity, unlinkIdentity } from '../cases/identities.ts';
import { isEmpty, seedDemo, type SeedResult } from '../main/demo-seed.ts';
import { parseInput } from '../shared/parse.ts';
import { describeStore, openForCommand, openMigrated } from './database.ts';
import { fail } from './io.ts';
import { ReturError } from '../shared/errors.ts';

export function printSeed(result: SeedResult, line: (text: string) => void = (text) => console.log(text)): void {
  line(`Demo data loaded: ${result.cases} households, ${result.departures} historical departures (2025 to March 2026).`);
  line('Demo accounts (sign in to the staff console at /console, or to the API at /api/v1/auth/login; change these before any real use):');
  for (const a of result.accounts) line(`  ${a.role.padEnd(11)} ${a.username.padEnd(16)} ${a.password}`);
  if (result.person)
    line(`  person      reference ${result.person.reference}, secret ${result.person.secret} (has applied: /my-application, or /api/v1/auth/person-login)`);
  if (result.applicant) line(`  person      reference ${result.applicant.reference}, secret ${result.applicant.secret} (has not applied yet: /apply)`);
}

/** The demo data has published passwords: under NODE_ENV=production it is refused (REQUEST_INVALID, exit code 2). */
export function refuseDemoInProduction(env: NodeJS.ProcessEnv): void {
  if (env.NODE_ENV === 'production') {
    throw new ReturError('REQUEST_INVALID', 'The demo data has accounts with published passwords: it is never loaded when NODE_ENV=production');
  }
}

async function readPassword(given: string | undefined): Promise<string> {
  if (given !== undefined) return given;
  if (process.env.RETUR_PASSWORD) return process.env.RETUR_PASSWORD;
  if (process.stdin.isTTY) throw new ReturError('REQUEST_INVALID', 'Give --password, or set RETUR_PASSWORD, or pipe the password on standard input');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

/** `retur migrate`. */
export const migrateCommand = guarded(async () => {
  const line = await withStore(async (store) => {
    const result = await migrate(store);
    return `${describeStore(store)}: ${result.applied.length === 0 ? 'up to date' : `applied ${result.applied.join(', ')}`}`;
  }, openForCommand);
  console.log(line);
});

/** `retur seed --demo [--force]`. */
export const seed = guarded(async (options: { force?: boolean }) => {
  refuseDemoInProduction(process.env);
  await withStore(async (store) => {
    if (!options.force && !(await isEmpty(store.db))) {
      throw new ReturError('REQUEST_INVALID', 'The database is not empty: the demo is loaded into an empty database (or use --force)');
    }
    printSeed(
      await seedDemo(store.db, { again: options.force === true, onProgress: (done, total) => process.stderr.write(`\rLoading households ${done}/${total}`) }),
    );
    process.stderr.write('\n');
  });
});

/** `retur users add`. */
export const usersAdd = guarded(async (options: { username: string; role: string; name?: string; password?: string }) => {
  const input = parseInput(
    newUserInput,
    { username: options.username, role: options.role, displayName: options.name ?? options.username, password: await readPassword(options.password) },
    'account',
  );
  const { id } = await withStore((store) => createUser(store.db, input));
  console.log(`Added ${input.username} (${input.role}), id ${id}`);
});

/** `retur users password`: also ends the account's sessions and lock-out. */
export const usersPassword = guarded(async (options: { username: string; password?: string }) => {
  // Checked here, at the command's edge, as `users add` does: a bad password is bad input (exit 2), not a bug.
  const { password } = parseInput(newUserInput.pick({ password: true }), { password: await readPassword(options.password) }, 'account');
  await withStore((store) => setPassword(store.db, options.username, password));
  console.log(`Password set for ${options.username}; its sessions are ended`);
});

/** `retur users disable`: no sign-in, and its sessions and API tokens end at once. */
export const usersDisable = guarded(async (options: { username: string }) => {
  await withStore((store) => setDisabled(store.db, options.username, true));
  console.log(`Disabled ${options.username}; its sessions and API tokens are ended`);
});

/** `retur users enable`. */
export const usersEnable = guarded(async (options: { username: string }) => {
  await withStore((store) => setDisabled(store.db, options.username, false));
  console.log(`Enabled ${options.username}`);
});

/** `retur users token`: shown once, lasting RETUR_TOKEN_DAYS days (90). */
export const usersToken = guarded(async (options: { username: string; name: string }) => {
  const { tokenDays } = serverConfigFromEnv(process.env);
  const token = await withStore((store) => issueApiToken(store.db, options.username, options.name, { days: tokenDays }));
  console.log(token.secret);
  process.stderr.write(`Token ${token.id}, valid until ${token.expiresAt.toISOString()}\n`);
});

/** `retur users tokens`: never the secret. */
export const usersTokens = guarded(async (options: { username?: string }) => {
  console.log(JSON.stringify(await withStore((store) => listApiTokens(store.db, options.username)), null, 2));
});

/** `retur users revoke-token`. */
export const usersRevokeToken = guarded(async (options: { id: string }) => {
  await withStore((store) => revokeApiToken(store.db, options.id));
  console.log(`Revoked ${options.id}`);
});

/** `retur users link`. */
export const usersLink = guarded(async (options: { username: string; subject: string; issuer?: string }) => {
  const issuer = issuerOf(options.issuer);
  const linked = await withStore((store) => linkIdentity(store.db, { username: options.username, issuer, subject: options.subject }));
  console.log(`Linked ${options.username} to ${options.subject} at ${linked.issuer}`);
});

/** `retur users unlink`. */
export const usersUnlink = guarded(async (options: { username: string; issuer?: string; all?: boolean }) => {
  const issuer = options.all ? undefined : issuerOf(options.issuer);
  const n = await withStore((store) => unlinkIdentity(store.db, options.username, issuer));
  console.log(`Unlinked ${n} identit${n === 1 ? 'y' : 'ies'} of ${options.username}`);
});

/** A command's action: a failure is printed as a problem, with exit code 2 for bad input (1 for a bug). */
function guarded<A extends unknown[]>(action: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args) => {
    try {
      await action(...args);
    } catch (error) {
      fail(error);
    }
  };
}

/** Runs work on the database, migrated unless another `open` is given, and closes it afterwards. */
async function withStore<T>(work: (store: Store) => Promise<T>, open: () => Promise<Store> = openMigrated): Promise<T> {
  readEnvironment(process.env, { oidc: false });
  const store = await open();
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** The provider an identity is at: --issuer, or the one the service is configured with. */
function issuerOf(given: string | undefined): string {
  const issuer = given ?? process.env.RETUR_OIDC_ISSUER;
  if (!issuer) throw new ReturError('REQUEST_INVALID', 'Give --issuer, or set RETUR_OIDC_ISSUER');
  return issuer;
}
