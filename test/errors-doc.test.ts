/**
 * Keeps the error catalogue and docs/errors.md in step (the Fastify way): every code has a section with its
 * status, and every section names a code.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorCatalogue } from '../src/shared/errors.ts';

const doc = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');
const documented = [...doc.matchAll(/^### ([A-Z_]+)$/gm)].map((m) => m[1]!);

describe('docs/errors.md', () => {
  for (const [code, spec] of Object.entries(errorCatalogue)) {
    it(`documents ${code} with its status ${spec.status}`, () => {
      expect(documented).toContain(code);
      const section = doc.slice(doc.indexOf(`### ${code}\n`));
      expect(section.split('\n')[1]).toMatch(new RegExp(`^Status ${spec.status}\\.`));
    });
  }
  it('has no section for a code that does not exist', () => {
    for (const code of documented) expect(Object.keys(errorCatalogue)).toContain(code);
  });
});
