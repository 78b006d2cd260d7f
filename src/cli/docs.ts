import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { rulesMarkdown } from './rules-docs.ts';
import { processesMarkdown } from '../cases/diagrams.ts';

/** A generated document: print it, write it (--write), or fail when the file is stale (--check). */
function generated(docs: Command, name: string, file: string, what: string, generate: () => string): void {
  const url = new URL(`../../docs/${file}`, import.meta.url);
  docs
    .command(name)
    .description(`Print docs/${file} as generated from ${what} (--write to write it, --check to fail when it is stale)`)
    .option('--write', `write docs/${file}`)
    .option('--check', `exit 1 when docs/${file} is stale`)
    .action(async (options: { write?: boolean; check?: boolean }) => {
      const markdown = generate();
      if (options.write) {
        await writeFile(url, markdown);
        console.log(`Wrote docs/${file}`);
      } else if (options.check) {
        const current = await readFile(url, 'utf8').catch(() => '');
        if (current !== markdown) {
          console.error(`docs/${file} is stale: run npm run docs:${name}`);
          process.exitCode = 1;
        }
      } else {
        process.stdout.write(markdown);
      }
    });
}

export function registerDocsCommands(program: Command): void {
  const docs = program.command('docs').description('Generated documentation');
  generated(docs, 'rules', 'rules.md', 'the rules', rulesMarkdown);
  generated(docs, 'processes', 'processes.md', 'the process tables', processesMarkdown);
}
