/**
 * The compiled messages say what intl-messageformat says: every message of every language, with values that
 * take each branch of its plurals and selects (Arabic's six plural forms among them), numbers,
 * dates and text — and a value of the wrong kind is left to intl-messageformat.
 */
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { catalogueOf } from './catalogue.ts';
import { compileMessage } from './compile.ts';
import { messageFormats, messageText } from './format.ts';
import { intlLocale, languageTags } from './languages.ts';

type Value = string | number | Date;

/** Each placeholder's values worth trying: every select option and a missing one, numbers of every plural form. */
function trials(ast: readonly MessageFormatElement[]): Map<string, Value[]> {
  const found = new Map<string, Value[]>();
  const walk = (elements: readonly MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument) found.set(el.value, found.get(el.value) ?? ['Kabul', '']);
      // zero, one, two, few, many and other in Arabic; a fraction; thousands, grouped as each language groups them.
      else if (el.type === TYPE.number || el.type === TYPE.plural) found.set(el.value, [0, 1, 2, 3, 11, 101, 105_000.5]);
      else if (el.type === TYPE.date) found.set(el.value, [new Date('2026-03-15T00:00:00Z'), new Date('2027-12-31T00:00:00Z')]);
      else if (el.type === TYPE.select) found.set(el.value, [...Object.keys(el.options), 'none-of-these']);
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) walk(option.value);
    }
  };
  walk(ast);
  return found;
}

/** Every value of each placeholder, the others at their first (not every combination: that grows too fast). */
function valueSets(found: Map<string, Value[]>): Record<string, Value>[] {
  const first = Object.fromEntries([...found].map(([name, values]) => [name, values[0]!]));
  const sets: Record<string, Value>[] = [first];
  for (const [name, values] of found) for (const value of values.slice(1)) sets.push({ ...first, [name]: value });
  return sets;
}

describe('compiled messages', () => {
  it('say exactly what intl-messageformat says, for every message of every language', () => {
    let compared = 0;
    for (const lang of languageTags) {
      for (const [namespace, messages] of Object.entries(catalogueOf(lang))) {
        if (namespace === 'review') continue;
        for (const key of Object.keys(messages as Record<string, string>)) {
          const text = messageText(lang, `${namespace}.${key}`);
          const reference = new IntlMessageFormat(text, intlLocale(lang), messageFormats, { ignoreTag: true });
          const compiled = compileMessage(reference.getAst(), intlLocale(lang), messageFormats);
          expect(compiled, `${lang} ${namespace}.${key} compiles`).toBeDefined();
          for (const values of valueSets(trials(reference.getAst()))) {
            expect(compiled!(values), `${lang} ${namespace}.${key} ${JSON.stringify(values)}`).toBe(String(reference.format(values)));
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('leave a missing value, or one of a kind they do not expect, to intl-messageformat', () => {
    const ast = new IntlMessageFormat('{n, plural, one {# day} other {# days}} before {when, date, long}; {who}', 'en').getAst();
    const compiled = compileMessage(ast, 'en', messageFormats)!;
    expect(compiled({ n: 1, when: new Date('2026-03-15T00:00:00Z'), who: 'you' })).toBe('1 day before March 15, 2026; you');
    expect(compiled({ n: 1, when: new Date('2026-03-15T00:00:00Z') })).toBeUndefined();
    expect(compiled({ n: '1', when: new Date('2026-03-15T00:00:00Z'), who: 'you' })).toBeUndefined();
    expect(compiled({ n: 1, when: '2026-03-15', who: 'you' })).toBeUndefined();
    expect(compiled({ n: 1, when: new Date('2026-03-15T00:00:00Z'), who: new Date(0) })).toBeUndefined();
  });
});
