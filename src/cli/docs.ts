import { readFile, writeFile } from 'node:fs/promises';
import { rulesMarkdown } from './rules-docs.ts';
import { processesMarkdown } from '../cases/diagrams.ts';

/** The generated documents under docs/, by the name `retur docs NAME` and `npm run docs:NAME` give them. */
export const generatedDocs = {
  rules: { file: 'rules.md', what: 'the rules', generate: rulesMarkdown },
  processes: { file: 'processes.md', what: 'the process tables', generate: processesMarkdown },
} as const;

/** `retur docs NAME [--write|--check]`: print the document, write it, or exit 1 when the file is stale. */
export async function docs(name: keyof typeof generatedDocs, options: { write?: boolean; check?: boolean }): Promise<void> {
  const { file, generate } = generatedDocs[name];
  const url = new URL(`../../docs/${file}`, import.meta.url);
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
}
