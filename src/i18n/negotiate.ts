/**
 * Which language to answer in: `?lang=` first (a link or the language picker), then the cookie the picker
 * sets, then the browser's `Accept-Language`, then English. Never the IP address.
 */
import Negotiator from 'negotiator';
import { DEFAULT_LANG, languageTags, langOf, type Lang } from './languages.ts';

export const LANG_COOKIE = 'retur_lang';

export interface LanguageHints {
  readonly query?: unknown;
  readonly cookie?: string | undefined;
  readonly acceptLanguage?: string | undefined;
}

export function negotiateLanguage(hints: LanguageHints): Lang {
  if (typeof hints.query === 'string') {
    const fromQuery = langOf(hints.query);
    if (fromQuery) return fromQuery;
  }
  if (hints.cookie) {
    const fromCookie = langOf(hints.cookie);
    if (fromCookie) return fromCookie;
  }
  if (hints.acceptLanguage) {
    const negotiator = new Negotiator({ headers: { 'accept-language': hints.acceptLanguage } });
    const best = negotiator.language([...languageTags]) ?? fallbackFor(negotiator.languages());
    if (best) return langOf(best) ?? DEFAULT_LANG;
  }
  return DEFAULT_LANG;
}

/**
 * Tags the browser sends that name a language Retur has under another tag: Norwegian ("no", "nb-NO"), Dari as
 * "prs", Kurmanji as "kmr", Serbian in any script as Serbian (Latin).
 */
const aliases: Readonly<Record<string, Lang>> = {
  no: 'nb',
  nob: 'nb',
  nno: 'nn',
  prs: 'fa-AF',
  kmr: 'ku',
  sr: 'sr-Latn',
  'sr-cyrl': 'sr-Latn',
  'fa-af': 'fa-AF',
};

function fallbackFor(preferred: readonly string[]): string | undefined {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const exact = aliases[lower] ?? langOf(lower);
    if (exact) return exact;
    const base = lower.split('-')[0]!;
    const byBase = aliases[base] ?? langOf(base);
    if (byBase) return byBase;
  }
  return undefined;
}
