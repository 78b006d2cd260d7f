/**
 * The habits that let others pick the project up stay in place: the licence package.json names is in LICENSE,
 * CONTRIBUTING.md says how to make the four common changes, .editorconfig gives editors the layout, and
 * `npm test` runs the formatter's check beside the type-check, the linter and the tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const pkg = z.object({ license: z.string(), scripts: z.record(z.string(), z.string()) }).parse(JSON.parse(read('package.json')));

describe('the habits of the project', () => {
  it('has the licence package.json names in LICENSE', () => {
    expect(pkg.license).toBe('MIT');
    const licence = read('LICENSE');
    expect(licence.split('\n')[0]).toBe('MIT License');
    expect(licence).toMatch(/^Copyright \(c\) \d{4} \S.*$/m);
    expect(licence).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });

  it('says in CONTRIBUTING.md how to add a rule, a process action, a message or a language, and a migration', () => {
    const headings = read('CONTRIBUTING.md')
      .split('\n')
      .filter((line) => line.startsWith('## '));
    for (const heading of [
      '## Adding or changing a rule',
      '## Adding a process action',
      '## Adding a message or a language',
      '## Adding a database migration',
    ]) {
      expect(headings).toContain(heading);
    }
  });

  it('gives editors the layout in .editorconfig', () => {
    expect(existsSync(new URL('../.editorconfig', import.meta.url))).toBe(true);
    const config = read('.editorconfig');
    for (const line of ['root = true', 'charset = utf-8', 'end_of_line = lf', 'indent_size = 2']) expect(config).toContain(line);
  });

  it('runs the formatter’s check in npm test, with the type-check, the linter and the tests', () => {
    const steps = pkg.scripts['test']!.split('&&').map((step) => step.trim());
    expect(steps).toEqual(expect.arrayContaining(['npm run typecheck', 'npm run lint', 'npm run format:check', 'npm run test:unit']));
    expect(pkg.scripts['format:check']).toBe('prettier --check .');
    expect(pkg.scripts['lint']).toBe('eslint --max-warnings 0 .');
  });
});
