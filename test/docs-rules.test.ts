import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { rulesMarkdown } from '../src/cli/rules-docs.ts';

it('docs/rules.md is what the rules generate (run `npm run docs:rules` when this fails)', () => {
  const current = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');
  expect(current === rulesMarkdown(), 'docs/rules.md is stale: run npm run docs:rules').toBe(true);
});
