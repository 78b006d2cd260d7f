/**
 * One error class and one catalogue: every code of the catalogue (src/shared/errors.ts) is thrown somewhere in
 * src/, every code thrown is in the catalogue, and no other error class carries a code. A code is thrown where
 * it is the first argument of a call to `new ReturError(…)`, `new RulesError(…)` or a helper named `…Error(…)`
 * that builds one (the reforms' `reformError`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCatalogue } from '../src/shared/errors.ts';
import { rulesErrorCodes } from '../src/rules/engine/errors.ts';

const root = new URL('../src/', import.meta.url).pathname;
const sources = (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'))
  .map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));

const thrown = new Map<string, string[]>();
for (const { file, text } of sources) {
  for (const match of text.matchAll(/\b(?:new\s+)?[a-zA-Z]*Error\(\s*'([A-Z][A-Z0-9_]+)'/g)) {
    thrown.set(match[1]!, [...(thrown.get(match[1]!) ?? []), file]);
  }
}

/** Answered by the edges for an error without a code (a bug); never thrown. */
const answeredForUncoded = new Set(['INTERNAL']);

describe('the error catalogue', () => {
  it('has no code that nothing throws', () => {
    const unthrown = Object.keys(errorCatalogue).filter((code) => !thrown.has(code) && !answeredForUncoded.has(code));
    expect(unthrown).toEqual([]);
  });

  it('has every code that is thrown', () => {
    expect([...thrown.keys()].filter((code) => !(code in errorCatalogue))).toEqual([]);
  });

  it('has every code of the rules, which keep their own list because they import nothing else', () => {
    expect(rulesErrorCodes.filter((code) => !(code in errorCatalogue))).toEqual([]);
    expect(Object.keys(errorCatalogue).filter((code) => code.startsWith('RULES_'))).toEqual([...rulesErrorCodes]);
  });

  it('answers INTERNAL for what is not coded, and gives INTERNAL no other way in', () => {
    expect(thrown.get('INTERNAL')).toBeUndefined();
  });

  it('is carried by one class outside the rules: no other error class has a code', () => {
    const coded = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/class (\w+) extends Error \{([\s\S]*?)\n\}/g)].filter((m) => /\breadonly code\b/.test(m[2]!)).map((m) => `${file}: ${m[1]}`),
    );
    expect(coded.sort()).toEqual(['rules/engine/errors.ts: RulesError', 'shared/errors.ts: ReturError']);
  });
});
