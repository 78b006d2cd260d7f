import { describe, expect, it } from 'vitest';
import { consoleLanguages } from '../../i18n/types.ts';
import { exampleReforms } from '../../lab/examples.ts';
import { c } from './i18n.ts';
import { exampleName } from './lab.ts';

/** The policy lab's example reforms are named in the console's language: the bokmål form listed English names. */
describe('the policy lab’s example reforms', () => {
  it('has a name for every example in English, bokmål and nynorsk, and the form uses it', () => {
    const examples = exampleReforms();
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      expect(exampleName('en', example)).toBe(example.name);
      for (const lang of consoleLanguages) expect(exampleName(lang, example)).toBe(c(lang, `lab.example.${example.id}`));
      expect(exampleName('nb', example)).not.toBe(example.name);
      expect(exampleName('nn', example)).not.toBe(exampleName('nb', example));
    }
  });
});
