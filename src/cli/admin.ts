/**
 * `retur migrate`, `retur seed --demo`, `retur users add|password|token|link|unlink`.
 */
import type { Command } from 'commander';
import { migrate, openDatabase, type Store } from '../store/index.ts';
import { createApiToken, createUser, newUserInput, setPassword } from '../cases/accounts.ts';
import { linkIdentity, unlinkIdentity } from '../cases/identities.ts';
import { isEmpty, seedDemo, type SeedResult } from '../cases/demo/seed.ts';
import { parseInput } from '../shared/parse.ts';
import { describeStore, openMigrated } from './database.ts';
import { fail } from './io.ts';
import { ReturError } from '../shared/errors.ts';

export function printSeed(result: SeedResult): void {
  console.log(`Demo data loaded: ${result.cases} households, ${result.departures} historical departures (2025 to March 2026).`);
  console.log('Demo accounts (sign in at /api/v1/auth/login; change these before any real use):');
  for (const a of result.accounts) console.log(`  ${a.role.padEnd(11)} ${a.username.padEnd(16)} ${a.password}`);
  if (result.person) console.log(`  person      reference ${result.person.reference}, secret ${result.person.secret} (at /api/v1/auth/person-login)`);
}

async function readPassword(given: string | undefined): Promise<string> {
  if (given !== undefined) return given;
  if (process.env.RETUR_PASSWORD) return process.env.RETUR_PASSWORD;
  if (process.stdin.isTTY) throw new ReturError('REQUEST_INVALID', 'Give --password, or set RETUR_PASSWORD, or pipe the password on standard input');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

export function registerAdminCommands(program: Command): void {
  program
    .command('migrate')
    .description('Apply the database migrations (PGlite in ./data, or DATABASE_URL)')
    .action(
      guarded(async () => {
        const line = await withStore(async (store) => {
          const result = await migrate(store);
          return `${describeStore(store)}: ${result.applied.length === 0 ? 'up to date' : `applied ${result.applied.join(', ')}`}`;
        }, openDatabase);
        console.log(line);
      }),
    );

  program
    .command('seed')
    .description('Load the demo data set (accounts, households in every state, historical departures)')
    .requiredOption('--demo', 'the demo data set (the only one there is)')
    .option('--force', 'load it even when the database is not empty')
    .action(
      guarded(async (options: { force?: boolean }) => {
        await withStore(async (store) => {
          if (!options.force && !(await isEmpty(store.db))) {
            throw new ReturError('REQUEST_INVALID', 'The database is not empty: the demo is loaded into an empty database (or use --force)');
          }
          printSeed(await seedDemo(store.db, { onProgress: (done, total) => process.stderr.write(`\rLoading households ${done}/${total}`) }));
          process.stderr.write('\n');
        });
      }),
    );

  const users = program.command('users').description('Staff accounts');
  users
    .command('add')
    .description('Add a staff account (the password from --password, RETUR_PASSWORD or standard input)')
    .requiredOption('--username <name>')
    .requiredOption('--role <role>', 'udi, iom, une, police, lawyer, guardian, reception, statistics or admin')
    .option('--name <display name>')
    .option('--password <password>')
    .action(
      guarded(async (options: { username: string; role: string; name?: string; password?: string }) => {
        const input = parseInput(
          newUserInput,
          { username: options.username, role: options.role, displayName: options.name ?? options.username, password: await readPassword(options.password) },
          'account',
        );
        const { id } = await withStore((store) => createUser(store.db, input));
        console.log(`Added ${input.username} (${input.role}), id ${id}`);
      }),
    );
  users
    .command('password')
    .description("Set an account's password (from --password, RETUR_PASSWORD or standard input)")
    .requiredOption('--username <name>')
    .option('--password <password>')
    .action(
      guarded(async (options: { username: string; password?: string }) => {
        const password = await readPassword(options.password);
        await withStore((store) => setPassword(store.db, options.username, password));
        console.log(`Password set for ${options.username}`);
      }),
    );
  users
    .command('token')
    .description('Create a bearer token for another system, acting as an account (shown once)')
    .requiredOption('--username <name>')
    .requiredOption('--name <what it is for>')
    .action(
      guarded(async (options: { username: string; name: string }) => {
        console.log(await withStore((store) => createApiToken(store.db, options.username, options.name)));
      }),
    );
  users
    .command('link')
    .description('Link an identity at the OpenID Connect provider to an account, to sign in with it (docs/oidc.md)')
    .requiredOption('--username <name>')
    .requiredOption('--subject <subject>', "the identity's subject claim (RETUR_OIDC_SUBJECT_CLAIM), as a refused sign-in shows it")
    .option('--issuer <url>', 'the provider (default RETUR_OIDC_ISSUER)')
    .action(
      guarded(async (options: { username: string; subject: string; issuer?: string }) => {
        const issuer = issuerOf(options.issuer);
        const linked = await withStore((store) => linkIdentity(store.db, { username: options.username, issuer, subject: options.subject }));
        console.log(`Linked ${options.username} to ${options.subject} at ${linked.issuer}`);
      }),
    );
  users
    .command('unlink')
    .description("Unlink an account's identity at an OpenID Connect provider (all of them with --all)")
    .requiredOption('--username <name>')
    .option('--issuer <url>', 'the provider (default RETUR_OIDC_ISSUER)')
    .option('--all', 'every provider')
    .action(
      guarded(async (options: { username: string; issuer?: string; all?: boolean }) => {
        const issuer = options.all ? undefined : issuerOf(options.issuer);
        const n = await withStore((store) => unlinkIdentity(store.db, options.username, issuer));
        console.log(`Unlinked ${n} identit${n === 1 ? 'y' : 'ies'} of ${options.username}`);
      }),
    );
}

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
