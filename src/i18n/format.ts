/**
 * Messages in a language: ICU MessageFormat through intl-messageformat (plurals, selects, dates and numbers
 * by the language's own CLDR rules), compiled once per language and key. Dates, numbers, money and country
 * names come from `Intl` (Gregorian calendar, the locale's own digits).
 */
import { IntlMessageFormat, type Formats } from 'intl-messageformat';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { catalogueOf } from './catalogue.ts';
import { intlLocale, type Lang } from './languages.ts';
import type { MessageKey, Namespace } from './types.ts';
import { compileMessage, type CompiledMessage } from './compile.ts';

export type MessageParams = Readonly<Record<string, string | number | Date>>;

/**
 * Formats every message may use besides ICU's own: dates in UTC (a calendar date is midnight UTC, and must not
 * move a day in the server's time zone), and `nok`, an amount in Norwegian kroner (`{amount, number, nok}`:
 * "NOK 105,000", "105 000 kr"; øre only when there are some).
 */
const utc = { timeZone: 'UTC' } as const;
export const messageFormats: Partial<Formats> = {
  number: { nok: { style: 'currency', currency: 'NOK', trailingZeroDisplay: 'stripIfInteger' } as unknown as Formats['number'][string] },
  date: {
    short: { ...utc, day: 'numeric', month: 'numeric', year: 'numeric' },
    medium: { ...utc, day: 'numeric', month: 'short', year: 'numeric' },
    long: { ...utc, day: 'numeric', month: 'long', year: 'numeric' },
    full: { ...utc, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  },
};

/**
 * A compiled message, with the placeholders whose values come as data and are turned into what `Intl` formats:
 * a date placeholder takes an ISO calendar date (YYYY-MM-DD) as well as a Date; a text placeholder named
 * `country` or ending in `Country` takes an ISO 3166-1 code and shows the country's name in the language.
 * That is the convention the rules' messages follow (their parameters are plain JSON).
 */
interface Compiled {
  readonly format: IntlMessageFormat;
  readonly dates: readonly string[];
  readonly countries: readonly string[];
  /** The message as a function made once (./compile.ts); `undefined` for a message it does not say. */
  readonly compiled: CompiledMessage | undefined;
}

const compiled = new Map<string, Compiled>();

const isCountryParam = (name: string) => name === 'country' || name.endsWith('Country');
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY_CODE = /^[A-Z]{2}$/;

function convertedParams(lang: Lang, message: Compiled, params: MessageParams): MessageParams {
  if (message.dates.length === 0 && message.countries.length === 0) return params;
  const out: Record<string, string | number | Date> = { ...params };
  for (const name of message.dates) {
    const value = out[name];
    if (typeof value === 'string' && ISO_DATE.test(value)) out[name] = new Date(`${value}T00:00:00Z`);
  }
  for (const name of message.countries) {
    const value = out[name];
    if (typeof value === 'string' && COUNTRY_CODE.test(value)) out[name] = countryName(lang, value);
  }
  return out;
}

function argumentsOf(elements: readonly MessageFormatElement[], dates: Set<string>, countries: Set<string>): void {
  for (const el of elements) {
    if (el.type === TYPE.date) dates.add(el.value);
    else if (el.type === TYPE.argument && isCountryParam(el.value)) countries.add(el.value);
    else if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) argumentsOf(option.value, dates, countries);
    }
  }
}

/** The raw ICU text of a key in a language; throws for a key no catalogue has (a bug, caught by tests). */
export function messageText(lang: Lang, key: string): string {
  const dot = key.indexOf('.');
  const namespace = key.slice(0, dot) as Namespace;
  const messages = (catalogueOf(lang) as Readonly<Record<string, unknown>>)[namespace] as Readonly<Record<string, string>> | undefined;
  const text = messages?.[key.slice(dot + 1)];
  if (text === undefined) throw new Error(`No message ${key} in ${lang}`);
  return text;
}

export function hasMessage(lang: Lang, key: string): boolean {
  const dot = key.indexOf('.');
  const messages = (catalogueOf(lang) as Readonly<Record<string, unknown>>)[key.slice(0, dot) as Namespace] as Readonly<Record<string, string>> | undefined;
  return dot > 0 && messages?.[key.slice(dot + 1)] !== undefined;
}

/** Formats a message. `key` is typed for callers that know it; `translateKey` takes a key from data (rules). */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return translateKey(lang, key, params);
}

export function translateKey(lang: Lang, key: string, params: MessageParams = {}): string {
  const id = `${lang}\u0000${key}`;
  let message = compiled.get(id);
  if (message === undefined) {
    const format = new IntlMessageFormat(messageText(lang, key), intlLocale(lang), messageFormats, { ignoreTag: true });
    const dates = new Set<string>();
    const countries = new Set<string>();
    argumentsOf(format.getAst(), dates, countries);
    message = { format, dates: [...dates], countries: [...countries], compiled: compileMessage(format.getAst(), intlLocale(lang), messageFormats) };
    compiled.set(id, message);
  }
  const values = convertedParams(lang, message, params);
  const said = message.compiled?.(values);
  if (said !== undefined) return said;
  const out = message.format.format(values);
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

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, style: 'number' | 'nok'): Intl.NumberFormat {
  const id = `${lang}/${style}`;
  let format = numberFormats.get(id);
  if (format === undefined) {
    format = new Intl.NumberFormat(intlLocale(lang), style === 'nok' ? { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 } : {});
    numberFormats.set(id, format);
  }
  return format;
}

export function formatNumber(lang: Lang, n: number): string {
  return numberFormat(lang, 'number').format(n);
}

/** An amount in Norwegian kroner, e.g. "NOK 15,000" / "15 000 kr". */
export function formatNok(lang: Lang, amount: number): string {
  return numberFormat(lang, 'nok').format(amount);
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
