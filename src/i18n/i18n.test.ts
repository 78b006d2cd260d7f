/**
 * The catalogues against English, the typed source: every language has exactly English's keys, every message
 * has English's placeholders (name and kind), parses and formats in its language, and no English sentence is
 * left in a language that claims otherwise. The right-to-left list agrees with CLDR.
 */
import { describe, expect, it, vi } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { catalogueOf } from './catalogue.ts';
import englishCatalogue from './messages/en/index.ts';
import { countryName, formatDate, formatNok, translateKey } from './format.ts';
import { autonym, dirOf, languageTags, rightToLeft, type Lang } from './languages.ts';
import { negotiateLanguage } from './negotiate.ts';
import { consoleLanguages, namespaces, type Namespace } from './types.ts';

/** The placeholders of a message: `name:kind`, sorted (plural and select branches searched too). */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      switch (el.type) {
        case TYPE.argument:
          found.add(`${el.value}:text`);
          break;
        case TYPE.number:
          found.add(`${el.value}:number`);
          break;
        case TYPE.date:
        case TYPE.time:
          found.add(`${el.value}:date`);
          break;
        case TYPE.plural:
          found.add(`${el.value}:plural`);
          for (const option of Object.values(el.options)) walk(option.value);
          break;
        case TYPE.select:
          found.add(`${el.value}:select:${Object.keys(el.options).sort().join('|')}`);
          for (const option of Object.values(el.options)) walk(option.value);
          break;
        default:
          break;
      }
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return [...found].sort();
}

/** Sample values for a message's placeholders, to format it. */
function sampleParams(message: string): Record<string, string | number | Date> {
  const params: Record<string, string | number | Date> = {};
  for (const p of placeholders(message)) {
    const [name, kind, options] = p.split(':') as [string, string, string | undefined];
    params[name] =
      kind === 'number' || kind === 'plural'
        ? 3
        : kind === 'date'
          ? new Date('2026-03-15T00:00:00Z')
          : kind === 'select'
            ? (options?.split('|').find((o) => o !== 'other') ?? 'other')
            : 'X';
  }
  return params;
}

const english = englishCatalogue;
const others = languageTags.filter((l) => l !== 'en');
/** The namespaces a language must have: the console's only in English, bokmål and nynorsk. */
const namespacesOf = (lang: Lang): readonly Namespace[] =>
  (consoleLanguages as readonly string[]).includes(lang) ? namespaces : namespaces.filter((n) => n !== 'console');
const messagesOf = (lang: Lang, ns: Namespace) => (catalogueOf(lang) as unknown as Record<string, Record<string, string> | undefined>)[ns];

/**
 * Messages that may read the same in another language as in English (names, codes). Everything else must be
 * translated: an English sentence on a page that claims another language is a bug.
 */
const mayEqualEnglish = new Set<string>([]);

describe('the catalogues', () => {
  it('cover all eighteen languages, five of them right to left', () => {
    expect(languageTags).toHaveLength(18);
    expect(rightToLeft).toHaveLength(5);
    for (const lang of languageTags) expect(catalogueOf(lang).common, lang).toBeDefined();
  });

  it('load English with the module and every other language when asked, and refuse one not loaded', async () => {
    vi.resetModules();
    const fresh = await import('./catalogue.ts');
    expect(fresh.catalogueOf('en').review.status).toBe('source');
    expect(() => fresh.catalogueOf('ar')).toThrow(/The ar messages are not loaded/);
    await fresh.loadCatalogues(['ar']);
    expect(fresh.catalogueOf('ar').common).toEqual(catalogueOf('ar').common);
    expect(() => fresh.catalogueOf('nb')).toThrow(/not loaded/);
  });

  it('set dir from the right-to-left list, which agrees with CLDR', () => {
    for (const lang of languageTags) {
      const info = (new Intl.Locale(lang) as Intl.Locale & { textInfo?: { direction: string } }).textInfo;
      expect(dirOf(lang), lang).toBe(info?.direction ?? 'ltr');
    }
  });

  it('say for each language whether a professional translator has reviewed it', () => {
    expect(english.review.status).toBe('source');
    for (const lang of others) expect(['reviewed', 'unreviewed'], lang).toContain(catalogueOf(lang).review.status);
  });

  for (const lang of others) {
    describe(lang, () => {
      it('has exactly the English keys in every namespace', () => {
        for (const ns of namespacesOf(lang)) {
          expect(Object.keys(messagesOf(lang, ns) ?? {}).sort(), `${lang} ${ns}`).toEqual(Object.keys(english[ns]).sort());
        }
        if (!namespacesOf(lang).includes('console')) expect(messagesOf(lang, 'console'), `${lang} has no console`).toBeUndefined();
      });

      it('has the English placeholders in every message, and each message formats', () => {
        for (const ns of namespacesOf(lang)) {
          for (const [key, source] of Object.entries(english[ns] as Record<string, string>)) {
            const text = messagesOf(lang, ns)![key]!;
            expect(placeholders(text), `${lang} ${ns}.${key}`).toEqual(placeholders(source));
            expect(translateKey(lang, `${ns}.${key}`, sampleParams(source)).length, `${lang} ${ns}.${key}`).toBeGreaterThan(0);
          }
        }
      });

      it('leaves no English sentence untranslated', () => {
        for (const ns of namespacesOf(lang)) {
          for (const [key, source] of Object.entries(english[ns] as Record<string, string>)) {
            const text = messagesOf(lang, ns)![key];
            if (text === source && /[A-Za-z]{3,}\s+[A-Za-z]{3,}/.test(source))
              expect(mayEqualEnglish.has(`${ns}.${key}`), `${lang} ${ns}.${key} is still English`).toBe(true);
          }
        }
      });
    });
  }

  it('formats English messages with English placeholders', () => {
    for (const ns of namespaces) {
      for (const [key, source] of Object.entries(english[ns] as Record<string, string>)) {
        expect(translateKey('en', `${ns}.${key}`, sampleParams(source)).length).toBeGreaterThan(0);
      }
    }
  });
});

describe('Intl formatting', () => {
  it('writes dates in the Gregorian calendar, with the locale’s own digits', () => {
    expect(formatDate('en', '2026-03-15')).toBe('15 March 2026');
    expect(formatDate('nb', '2026-03-15')).toBe('15. mars 2026');
    // Farsi and Dari default to the Persian calendar: the year must be 2026, in Persian digits.
    expect(formatDate('fa', '2026-03-15')).toContain('۲۰۲۶');
    expect(formatDate('ps', '2026-03-15')).toContain('۲۰۲۶');
    expect(formatDate('fa-AF', '2026-03-15')).toContain('۲۰۲۶');
  });

  it('writes amounts in kroner and country names in the language', () => {
    expect(formatNok('en', 105000)).toMatch(/^NOK\s105,000$/);
    expect(formatNok('nb', 105000)).toMatch(/^105\s000\skr$/);
    expect(countryName('nb', 'AF')).toBe('Afghanistan');
    expect(countryName('fr', 'NO')).toBe('Norvège');
    expect(countryName('ar', 'SO')).toBe('الصومال');
  });

  it('names each language in itself for the picker', () => {
    expect(autonym('nb')).toBe('Norsk bokmål');
    expect(autonym('ar')).toBe('العربية');
    for (const lang of languageTags) expect(autonym(lang).length, lang).toBeGreaterThan(1);
  });
});

describe('choosing the language', () => {
  const cases: [Parameters<typeof negotiateLanguage>[0], Lang][] = [
    [{}, 'en'],
    [{ query: 'ar' }, 'ar'],
    [{ query: 'FA-af' }, 'fa-AF'],
    [{ query: 'xx', cookie: 'so' }, 'so'],
    [{ query: 'ti', cookie: 'so', acceptLanguage: 'ar' }, 'ti'],
    [{ cookie: 'nn', acceptLanguage: 'ar' }, 'nn'],
    [{ acceptLanguage: 'nb-NO,nb;q=0.9,en;q=0.5' }, 'nb'],
    [{ acceptLanguage: 'no' }, 'nb'],
    [{ acceptLanguage: 'de-DE, ar;q=0.8' }, 'ar'],
    [{ acceptLanguage: 'prs' }, 'fa-AF'],
    [{ acceptLanguage: 'kmr' }, 'ku'],
    [{ acceptLanguage: 'sr-Cyrl-RS' }, 'sr-Latn'],
    [{ acceptLanguage: 'de, ja' }, 'en'],
    [{ acceptLanguage: '*' }, 'en'],
  ];
  for (const [hints, expected] of cases) {
    it(`${JSON.stringify(hints)} → ${expected}`, () => expect(negotiateLanguage(hints)).toBe(expected));
  }
});
