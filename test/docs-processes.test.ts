import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { processesMarkdown } from '../src/cases/diagrams.ts';

it('docs/processes.md is what the process tables generate (run `npm run docs:processes` when this fails)', () => {
  const current = readFileSync(new URL('../docs/processes.md', import.meta.url), 'utf8');
  expect(current === processesMarkdown(), 'docs/processes.md is stale: run npm run docs:processes').toBe(true);
});
