/**
 * Every command of `retur`, its options and its help, with nothing behind them loaded yet: each action
 * imports the module that does its work only when it runs (`retur check` never loads Fastify, PGlite or
 * ECharts, and `retur --help` loads none of them). Keep this file light: commander and node: built-ins only.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import type * as Admin from './admin.ts';
import type * as Serve from './serve.ts';
import { languageTags } from '../i18n/languages.ts';

/** The rule sets' commands, as src/rules/index.ts lists them (test/cli.test.ts keeps the two in step). */
export const ruleCommands = [
  { id: 'assisted-return-eligibility', command: ['check', 'assisted-return'], title: 'Assisted-return eligibility' },
  { id: 'forced-return-category', command: ['check', 'forced-return-category'], title: 'Forced-return category and responsible authority' },
  { id: 'assisted-return-support', command: ['support'], title: 'Assisted return: reintegration support' },
  { id: 're-entry', command: ['check', 're-entry'], title: 'Re-entry after a return or an expulsion' },
  { id: 'departure-situation', command: ['check', 'departure-situation'], title: 'The departure situation' },
  { id: 'registry-correction', command: ['check', 'registry-correction'], title: 'Correcting a registration as moved' },
  { id: 'unaccompanied-minor', command: ['check', 'unaccompanied-minor'], title: 'Unaccompanied minor on departure' },
] as const;

function packageVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string' ? pkg.version : 'unknown';
}

/** Options as commander hands them to an action (the modules are imported for their types only here). */
type Options = Record<string, unknown>;
type OptionsOf<F extends (options: never) => unknown> = Parameters<F>[0];

export function buildProgram(): Command {
  const program = new Command();
  const answersInOneLanguage = new Set<Command>();
  program
    .name('retur')
    .description("Norway's return system: rules as code, case work and statistics")
    .version(packageVersion())
    .showSuggestionAfterError(true)
    .exitOverride();
  // Subcommands inherit these settings from the program.
  program.configureOutput({ outputError: (text, write) => write(oneLine(text)) });

  program
    .command('serve')
    .description('Start the web service (API, OpenAPI document and pages); on the embedded PGlite, loads the demo data into an empty database')
    .option('-p, --port <port>', 'port to listen on (default: PORT or 8080)')
    .option('--host <host>', 'address to listen on (default: HOST, else 127.0.0.1: only this machine); 0.0.0.0 for every interface')
    .option('--demo', 'load the demo data (accounts with published passwords) into an empty database, also with DATABASE_URL; refused when NODE_ENV=production')
    .option('--no-demo', 'do not load the demo data, not even into an empty PGlite database')
    .action(async (options: OptionsOf<typeof Serve.serve>) => (await import('./serve.ts')).serve(options));

  const groups = new Map<string, Command>();
  for (const ruleCommand of ruleCommands) {
    const words: string[] = [...ruleCommand.command];
    const last = words.pop()!;
    let parent = program;
    for (const word of words) {
      let group = groups.get(word);
      if (!group) {
        group = program.command(word).description(word === 'check' ? 'Evaluate a rule set on JSON input' : word);
        groups.set(word, group);
      }
      parent = group;
    }
    const command = parent
      .command(`${last} [file]`)
      .description(`${ruleCommand.title}. Reads one JSON object or an array of them from FILE or - (standard input).`)
      .option('--no-trace', 'leave the trace out of the answer')
      .option('--lang <tag>', `the language of the messages' text: ${languageTags.join(', ')} (default en)`)
      .option('--reform <file>', 'answer under a reform (JSON or YAML, docs/reforms.md); the trace marks the values it set')
      .action(async (file: string | undefined, options: { trace: boolean; lang?: string; reform?: string }) =>
        (await import('./rules.ts')).check(ruleCommand.id, file, options),
      );
    answersInOneLanguage.add(command);
  }

  const docs = program.command('docs').description('Generated documentation');
  for (const [name, what] of [
    ['rules', 'the rules'],
    ['processes', 'the process tables'],
  ] as const) {
    docs
      .command(name)
      .description(`Print docs/${name}.md as generated from ${what} (--write to write it, --check to fail when it is stale)`)
      .option('--write', `write docs/${name}.md`)
      .option('--check', `exit 1 when docs/${name}.md is stale`)
      .action(async (options: Options) => (await import('./docs.ts')).docs(name, options));
  }

  program
    .command('migrate')
    .description('Apply the database migrations (PGlite in ./data, or DATABASE_URL)')
    .action(async () => (await import('./admin.ts')).migrateCommand());

  program
    .command('seed')
    .description('Load the demo data set (accounts, households in every state, historical departures)')
    .addOption(new Option('--demo', 'the demo data set (the only one there is)').makeOptionMandatory())
    .option('--force', 'load it even when the database is not empty')
    .action(async (options: Options) => (await import('./admin.ts')).seed(options));

  const users = program.command('users').description('Staff accounts');
  users
    .command('add')
    .description('Add a staff account (the password from --password, RETUR_PASSWORD or standard input)')
    .requiredOption('--username <name>')
    .requiredOption('--role <role>', 'udi, iom, une, police, lawyer, guardian, reception, statistics or admin')
    .option('--name <display name>')
    .option('--password <password>')
    .action(async (options: OptionsOf<typeof Admin.usersAdd>) => (await import('./admin.ts')).usersAdd(options));
  users
    .command('password')
    .description("Set an account's password (from --password, RETUR_PASSWORD or standard input); ends the account's sessions and lock-out")
    .requiredOption('--username <name>')
    .option('--password <password>')
    .action(async (options: OptionsOf<typeof Admin.usersPassword>) => (await import('./admin.ts')).usersPassword(options));
  users
    .command('disable')
    .description('Disable an account: no sign-in, and its sessions and API tokens end at once')
    .requiredOption('--username <name>')
    .action(async (options: OptionsOf<typeof Admin.usersDisable>) => (await import('./admin.ts')).usersDisable(options));
  users
    .command('enable')
    .description('Enable a disabled or locked account again (its revoked tokens stay revoked)')
    .requiredOption('--username <name>')
    .action(async (options: OptionsOf<typeof Admin.usersEnable>) => (await import('./admin.ts')).usersEnable(options));
  users
    .command('token')
    .description('Create a bearer token for another system, acting as an account (shown once), lasting RETUR_TOKEN_DAYS days (90)')
    .requiredOption('--username <name>')
    .requiredOption('--name <what it is for>')
    .action(async (options: OptionsOf<typeof Admin.usersToken>) => (await import('./admin.ts')).usersToken(options));
  users
    .command('tokens')
    .description('List the API tokens (of one account with --username): id, account, name, made, expires, last used, revoked; never the secret')
    .option('--username <name>')
    .action(async (options: OptionsOf<typeof Admin.usersTokens>) => (await import('./admin.ts')).usersTokens(options));
  users
    .command('revoke-token')
    .description('Revoke an API token by its id (from `retur users tokens`)')
    .requiredOption('--id <token id>')
    .action(async (options: OptionsOf<typeof Admin.usersRevokeToken>) => (await import('./admin.ts')).usersRevokeToken(options));
  users
    .command('link')
    .description('Link an identity at the OpenID Connect provider to an account, to sign in with it (docs/oidc.md)')
    .requiredOption('--username <name>')
    .requiredOption('--subject <subject>', "the identity's subject claim (RETUR_OIDC_SUBJECT_CLAIM), as a refused sign-in shows it")
    .option('--issuer <url>', 'the provider (default RETUR_OIDC_ISSUER)')
    .action(async (options: OptionsOf<typeof Admin.usersLink>) => (await import('./admin.ts')).usersLink(options));
  users
    .command('unlink')
    .description("Unlink an account's identity at an OpenID Connect provider (all of them with --all)")
    .requiredOption('--username <name>')
    .option('--issuer <url>', 'the provider (default RETUR_OIDC_ISSUER)')
    .option('--all', 'every provider')
    .action(async (options: OptionsOf<typeof Admin.usersUnlink>) => (await import('./admin.ts')).usersUnlink(options));

  const stats = program.command('stats').description('Statistics: the police’s forced-return report');
  stats
    .command('forced-returns')
    .description('Print the forced-return report for a month, from the database or from a CSV file of returns')
    .requiredOption('--month <YYYY-MM>', 'the report month (January to the end of it, against the same months a year before)')
    .option('--input <file.csv>', 'compute from this file instead of the database')
    .option('--format <format>', 'json, json-stat, csv or html', 'json')
    .option('--published', 'the report as published (see `stats publish`), not the live figures')
    .action(async (options: Options) => (await import('./stats.ts')).forcedReturns(options));
  stats
    .command('publish')
    .description('Store the report for a month as published; the API and the page then serve it as it was')
    .requiredOption('--month <YYYY-MM>')
    .action(async (options: Options) => (await import('./stats.ts')).publish(options));
  stats
    .command('assisted-returns')
    .description('Print the assisted-return figures for a year (or the year to a month): applications and departures by month and citizenship')
    .requiredOption('--year <YYYY>', 'the year')
    .option('--month <YYYY-MM>', 'count January to the end of this month of the year (default: the whole year)')
    .option('--format <format>', 'json, json-stat or csv', 'json')
    .action(async (options: Options) => (await import('./stats.ts')).assistedReturns(options));
  stats
    .command('eurostat')
    .description(
      'Print the returns of third-country nationals in a year (or a quarter) by citizenship, age group and type of return, shaped like Eurostat’s migr_eirtn and migr_eirt_ass',
    )
    .requiredOption('--year <YYYY>', 'the year')
    .option('--quarter <1-4>', 'only this quarter of the year')
    .option('--format <format>', 'json-stat or csv', 'json-stat')
    .action(async (options: Options) => (await import('./stats.ts')).eurostat(options));

  program
    .command('simulate')
    .description('The policy lab: whom a reform would affect and what it would cost, over the cases in the database (docs/reforms.md)')
    .requiredOption('--reform <file>', 'the reform (JSON or YAML)')
    .option(
      '--as-of <YYYY-MM-DD>',
      'assess households that have not applied as if they applied on this day (default: the later of today and the day the reform takes effect)',
    )
    .option('--cases <which>', 'all, open, or a FILE.csv / FILE.json of case ids', 'open')
    .option('--format <format>', 'json, json-stat, csv or html (all but json are public: no samples, small counts suppressed)', 'json')
    .option('--public', 'the public report: no samples, counts of 1 to 4 suppressed')
    .option('--case-ids', 'give the case id of each sample of an explained change')
    .action(async (options: Options) => (await import('./simulate.ts')).simulate(options));

  const importCommand = program.command('import').description('Import historical records');
  importCommand
    .command('returns <file>')
    .description(
      'Import a CSV of historical forced returns, all or nothing (id,departure_date,category,citizenship,destination,date_of_birth,unaccompanied_minor,convicted)',
    )
    .action(async (file: string) => (await import('./stats.ts')).importReturns(file));

  for (const command of allCommands(program)) unknownBeforeMissing(command);
  // Every language's messages before any other command runs; the rule commands load only the one they
  // answer in (./rules.ts), which is most of their start-up saved.
  program.hook('preAction', async (_program, action) => {
    if (!answersInOneLanguage.has(action)) await (await import('../i18n/catalogue.ts')).loadCatalogues();
  });
  return program;
}

function allCommands(command: Command): Command[] {
  return [command, ...command.commands.flatMap(allCommands)];
}

/**
 * Commander reports a missing required option before an unknown one, so `--mnth 2026-03` would say
 * "required option --month not specified". Check the required options after the unknown ones instead
 * (preAction runs once commander has refused unknown options), with commander's own message.
 */
function unknownBeforeMissing(command: Command): void {
  const required = command.options.filter((option) => option.mandatory);
  if (required.length === 0) return;
  for (const option of required) option.mandatory = false;
  command.hook('preAction', (_program, actionCommand) => {
    if (actionCommand !== command) return;
    for (const option of required) {
      if (command.getOptionValue(option.attributeName()) === undefined) {
        command.error(`error: required option '${option.flags}' not specified`, { code: 'commander.missingMandatoryOptionValue' });
      }
    }
  });
}

/** Commander's error, and its "(Did you mean …?)" on the next line, as one line. */
function oneLine(text: string): string {
  return `${text
    .replace(/\s*\n\s*(?=\S)/g, ' ')
    .replace(/\(Did you mean/, '(did you mean')
    .trimEnd()} (retur --help lists every command and option)\n`;
}

/**
 * Runs `retur` with these arguments (without node and the script). Usage errors (an unknown command or
 * option, a missing argument) are one line on standard error and exit code 2; --help and --version exit 0.
 */
export async function runCli(args: readonly string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync([...args], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  }
}
