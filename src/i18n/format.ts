/**
 * Messages in a language: ICU MessageFormat through intl-messageformat (plurals, selects, dates and numbers
 * by the language's own CLDR rules), compiled once per language and key. Dates, numbers, money and country
 * names come from `Intl` (Gregorian calendar, the locale's own digits).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { catalogues } from './catalogue.ts';
import { intlLocale, type Lang } from './languages.ts';
import type { MessageKey, Namespace } from './types.ts';

export type MessageParams = Readonly<Record<string, string | number | Date>>;

const compiled = new Map<string, IntlMessageFormat>();

/** The raw ICU text of a key in a language; throws for a key no catalogue has (a bug, caught by tests). */
export function messageText(lang: Lang, key: string): string {
  const dot = key.indexOf('.');
  const namespace = key.slice(0, dot) as Namespace;
  const messages = (catalogues[lang] as Readonly<Record<string, unknown>>)[namespace] as Readonly<Record<string, string>> | undefined;
  const text = messages?.[key.slice(dot + 1)];
  if (text === undefined) throw new Error(`No message ${key} in ${lang}`);
  return text;
}

export function hasMessage(lang: Lang, key: string): boolean {
  const dot = key.indexOf('.');
  const messages = (catalogues[lang] as Readonly<Record<string, unknown>>)[key.slice(0, dot) as Namespace] as Readonly<Record<string, string>> | undefined;
  return dot > 0 && messages?.[key.slice(dot + 1)] !== undefined;
}

/** Formats a message. `key` is typed for callers that know it; `translateKey` takes a key from data (rules). */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return translateKey(lang, key, params);
}

export function translateKey(lang: Lang, key: string, params: MessageParams = {}): string {
  const id = `${lang}\u0000${key}`;
  let format = compiled.get(id);
  if (format === undefined) {
    format = new IntlMessageFormat(messageText(lang, key), intlLocale(lang), undefined, { ignoreTag: true });
    compiled.set(id, format);
  }
  const out = format.format(params);
  return typeof out === 'string' ? out : String(out);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** A calendar date (YYYY-MM-DD) as the language writes it, e.g. "15 March 2026". */
export function formatDate(lang: Lang, isoDate: string, style: 'long' | 'short' = 'long'): string {
  const id = `${lang}/${style}`;
  let format = dateFormats.get(id);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: style, timeZone: 'UTC' });
    dateFormats.set(id, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(intlLocale(lang)).format(n);
}

/** An amount in Norwegian kroner, e.g. "NOK 15,000" / "15 000 kr". */
export function formatNok(lang: Lang, amount: number): string {
  return new Intl.NumberFormat(intlLocale(lang), { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 }).format(amount);
}

const countryNames = new Map<Lang, Intl.DisplayNames>();
/** A country's name in the language (ISO 3166-1 alpha-2; XK for Kosovo), from CLDR. */
export function countryName(lang: Lang, code: string): string {
  let names = countryNames.get(lang);
  if (names === undefined) {
    names = new Intl.DisplayNames([lang], { type: 'region' });
    countryNames.set(lang, names);
  }
  return names.of(code) ?? code;
}
