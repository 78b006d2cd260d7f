import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { rulesMarkdown } from './rules-docs.ts';

const RULES_MD = new URL('../../docs/rules.md', import.meta.url);

export function registerDocsCommands(program: Command): void {
  const docs = program.command('docs').description('Generated documentation');
  docs
    .command('rules')
    .description('Print docs/rules.md as generated from the rules (--write to write it, --check to fail when it is stale)')
    .option('--write', 'write docs/rules.md')
    .option('--check', 'exit 1 when docs/rules.md is stale')
    .action(async (options: { write?: boolean; check?: boolean }) => {
      const markdown = rulesMarkdown();
      if (options.write) {
        await writeFile(RULES_MD, markdown);
        console.log('Wrote docs/rules.md');
      } else if (options.check) {
        const current = await readFile(RULES_MD, 'utf8').catch(() => '');
        if (current !== markdown) {
          console.error('docs/rules.md is stale: run npm run docs:rules');
          process.exitCode = 1;
        }
      } else {
        process.stdout.write(markdown);
      }
    });
}
