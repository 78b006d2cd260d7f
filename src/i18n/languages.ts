/**
 * The languages Retur speaks: English (the source of every message), Norwegian bokmål and nynorsk, the
 * thirteen languages of seed 002's lists (Albanian, Amharic, Arabic, Dari, Farsi, French, Kurmanji, Pashto,
 * Russian, Serbian, Somali, Sorani, Tamil), Ukrainian (Ukraine is among the three largest citizenships in
 * seed 004's forced returns) and Tigrinya (Eritreans are among the largest groups of asylum seekers in
 * Norway). Each has its BCP 47 tag (used in `lang`, `?lang=` and the cookie), its direction and its script
 * (which fonts a page in it loads).
 */
export const languageTags = ['en', 'nb', 'nn', 'sq', 'am', 'ar', 'fa-AF', 'fa', 'fr', 'ku', 'ps', 'ru', 'sr-Latn', 'so', 'ckb', 'ta', 'uk', 'ti'] as const;
export type Lang = (typeof languageTags)[number];

/** The languages written right to left: this list, and nothing else, sets `dir="rtl"`. */
export const rightToLeft: readonly Lang[] = ['ar', 'fa-AF', 'fa', 'ps', 'ckb'];

/** The scripts Retur serves fonts for. */
export type Script = 'latin' | 'cyrillic' | 'arabic' | 'ethiopic' | 'tamil';

export const scriptOf: Record<Lang, Script> = {
  en: 'latin',
  nb: 'latin',
  nn: 'latin',
  sq: 'latin',
  am: 'ethiopic',
  ar: 'arabic',
  'fa-AF': 'arabic',
  fa: 'arabic',
  fr: 'latin',
  ku: 'latin',
  ps: 'arabic',
  ru: 'cyrillic',
  'sr-Latn': 'latin',
  so: 'latin',
  ckb: 'arabic',
  ta: 'tamil',
  uk: 'cyrillic',
  ti: 'ethiopic',
};

export const DEFAULT_LANG: Lang = 'en';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languageTags as readonly string[]).includes(value);
}

/** The language a tag names, matched without regard to case ("fa-af", "sr-latn"), or undefined. */
export function langOf(tag: string): Lang | undefined {
  const lower = tag.trim().toLowerCase();
  return languageTags.find((l) => l.toLowerCase() === lower);
}

export function dirOf(lang: Lang): 'ltr' | 'rtl' {
  return rightToLeft.includes(lang) ? 'rtl' : 'ltr';
}

/**
 * The locale `Intl` formats with: the language with the Gregorian calendar (Dari, Farsi and Pashto default to
 * the Persian one), keeping the locale's own digits; English as British English writes dates.
 */
export function intlLocale(lang: Lang): string {
  // English as written in Europe (15 March 2026), for a Norwegian service.
  return `${lang === 'en' ? 'en-GB' : lang}-u-ca-gregory`;
}

/** The language's name in itself (for the language picker), from CLDR. */
export function autonym(lang: Lang): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}
