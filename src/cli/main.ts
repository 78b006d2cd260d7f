/**
 * The `retur` command line.
 */
import { Command } from 'commander';
import { version } from '../shared/version.ts';
import { registerRuleCommands } from './rules.ts';
import { registerServeCommand } from './serve.ts';
import { registerDocsCommands } from './docs.ts';
import { registerAdminCommands } from './admin.ts';
import { registerStatsCommands } from './stats.ts';

const program = new Command();
program
  .name('retur')
  .description("Norway's return system: rules as code, case work and statistics")
  .version(version)
  .showHelpAfterError();

registerServeCommand(program);
registerRuleCommands(program);
registerDocsCommands(program);
registerAdminCommands(program);
registerStatsCommands(program);

await program.parseAsync(process.argv);
