/**
 * `retur migrate`, `retur seed --demo`, `retur users add|password|token`.
 */
import type { Command } from 'commander';
import { migrate, openDatabase } from '../store/index.ts';
import { createApiToken, createUser, newUserInput, setPassword } from '../cases/accounts.ts';
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
    .action(async () => {
      try {
        const store = await openDatabase();
        try {
          const result = await migrate(store);
          console.log(`${describeStore(store)}: ${result.applied.length === 0 ? 'up to date' : `applied ${result.applied.join(', ')}`}`);
        } finally {
          await store.close();
        }
      } catch (error) {
        fail(error);
      }
    });

  program
    .command('seed')
    .description('Load the demo data set (accounts, households in every state, historical departures)')
    .requiredOption('--demo', 'the demo data set (the only one there is)')
    .option('--force', 'load it even when the database is not empty')
    .action(async (options: { force?: boolean }) => {
      try {
        const store = await openMigrated();
        try {
          if (!options.force && !(await isEmpty(store.db))) {
            throw new ReturError('REQUEST_INVALID', 'The database is not empty: the demo is loaded into an empty database (or use --force)');
          }
          printSeed(await seedDemo(store.db, { onProgress: (done, total) => process.stderr.write(`\rLoading households ${done}/${total}`) }));
          process.stderr.write('\n');
        } finally {
          await store.close();
        }
      } catch (error) {
        fail(error);
      }
    });

  const users = program.command('users').description('Staff accounts');
  users
    .command('add')
    .description('Add a staff account (the password from --password, RETUR_PASSWORD or standard input)')
    .requiredOption('--username <name>')
    .requiredOption('--role <role>', 'udi, iom, une, police, lawyer, guardian, reception, statistics or admin')
    .option('--name <display name>')
    .option('--password <password>')
    .action(async (options: { username: string; role: string; name?: string; password?: string }) => {
      try {
        const input = parseInput(
          newUserInput,
          { username: options.username, role: options.role, displayName: options.name ?? options.username, password: await readPassword(options.password) },
          'account',
        );
        const store = await openMigrated();
        try {
          const { id } = await createUser(store.db, input);
          console.log(`Added ${input.username} (${input.role}), id ${id}`);
        } finally {
          await store.close();
        }
      } catch (error) {
        fail(error);
      }
    });
  users
    .command('password')
    .description("Set an account's password (from --password, RETUR_PASSWORD or standard input)")
    .requiredOption('--username <name>')
    .option('--password <password>')
    .action(async (options: { username: string; password?: string }) => {
      try {
        const password = await readPassword(options.password);
        const store = await openMigrated();
        try {
          await setPassword(store.db, options.username, password);
          console.log(`Password set for ${options.username}`);
        } finally {
          await store.close();
        }
      } catch (error) {
        fail(error);
      }
    });
  users
    .command('token')
    .description('Create a bearer token for another system, acting as an account (shown once)')
    .requiredOption('--username <name>')
    .requiredOption('--name <what it is for>')
    .action(async (options: { username: string; name: string }) => {
      try {
        const store = await openMigrated();
        try {
          console.log(await createApiToken(store.db, options.username, options.name));
        } finally {
          await store.close();
        }
      } catch (error) {
        fail(error);
      }
    });
}
