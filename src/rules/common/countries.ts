/**
 * Countries: ISO 3166-1 alpha-2 codes (with `XK` for Kosovo, as the seeds and Eurostat use it), names from
 * Intl.DisplayNames (CLDR), and the dated membership of the EU, the EEA and Switzerland.
 */
import { z } from 'zod';
import { cite } from '../sources.ts';
import { defineParameter } from '../engine/parameter.ts';

/** Made at the first question, not when the module loads: loading CLDR's region names is most of a command's start-up that asks none. */
let englishNames: Intl.DisplayNames | undefined;

/** CLDR region codes that are not countries (macro-regions, EU, UN, private use, unknown). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB', 'AA', 'QM', 'QN', 'QP', 'QQ', 'QR', 'QS', 'QT', 'QU', 'QV', 'QW', 'QX', 'QY', 'QZ']);

const countryCodes = new Map<string, boolean>();

/**
 * True for a current ISO 3166-1 alpha-2 code (and XK). Retired codes that CLDR maps to a successor
 * (YU, CS, SU, DD, AN, TP, ZR, UK…) are refused: the canonical region of `und-XX` must be XX itself.
 */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  // At most 676 answers, each costing an Intl.Locale (about 15 µs): kept once worked out.
  let known = countryCodes.get(code);
  if (known === undefined) {
    known =
      !NOT_COUNTRIES.has(code) &&
      (englishNames ??= new Intl.DisplayNames('en', { type: 'region', fallback: 'none' })).of(code) !== undefined &&
      new Intl.Locale(`und-${code}`).region === code;
    countryCodes.set(code, known);
  }
  return known;
}

/** An ISO 3166-1 alpha-2 country code, upper case; `XK` is Kosovo. */
export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code in upper case, e.g. "AF" (XK for Kosovo)')
  .refine(isCountryCode, 'not a known ISO 3166-1 alpha-2 country code');

export type CountryCode = z.infer<typeof countryCode>;

const namesByLocale = new Map<string, Intl.DisplayNames>();

/** The country's name in a language, from CLDR. */
export function countryName(code: string, locale = 'en'): string {
  let names = namesByLocale.get(locale);
  if (!names) {
    names = new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' });
    namesByLocale.set(locale, names);
  }
  return names.of(code) ?? code;
}

const EU_2007 = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GB',
  'GR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
];
const EEA_EFTA_AND_SWITZERLAND = ['IS', 'LI', 'NO', 'CH'];
const sorted = (codes: string[]) => Object.freeze([...codes].sort());

/**
 * Citizens of these states move freely to Norway and need no visa. Used for the assisted-return exclusion of
 * visa-exempt nationals (seed 003; citizens of EU/EEA states and Switzerland need no visa either, and seed
 * 003's own list of excluded nationalities names Croatia and Romania) and for "third-country nationals" in the statistics (outside the EU, the EEA and Switzerland).
 */
export const eeaAndSwitzerland = defineParameter<readonly string[]>({
  id: 'countries.eu-eea-and-switzerland',
  description: 'Member states of the EU, the other EEA states (Iceland, Liechtenstein, Norway) and Switzerland',
  unit: 'country codes',
  values: [
    {
      from: '2007-01-01',
      value: sorted([...EU_2007, ...EEA_EFTA_AND_SWITZERLAND]),
      source: cite('eea-agreement', 'Bulgaria and Romania joined the EU on 1 January 2007.', {
        url: 'https://european-union.europa.eu/principles-countries-history/eu-countries_en',
      }),
    },
    {
      from: '2013-07-01',
      value: sorted([...EU_2007, 'HR', ...EEA_EFTA_AND_SWITZERLAND]),
      source: cite('eea-agreement', 'Croatia joined the EU on 1 July 2013.', {
        url: 'https://european-union.europa.eu/principles-countries-history/eu-countries_en',
      }),
    },
    {
      from: '2021-01-01',
      value: sorted([...EU_2007.filter((c) => c !== 'GB'), 'HR', ...EEA_EFTA_AND_SWITZERLAND]),
      source: cite(
        'eea-agreement',
        'The United Kingdom left the EU on 31 January 2020; free movement continued through the transition period, which ended on 31 December 2020.',
        {
          url: 'https://european-union.europa.eu/principles-countries-history/eu-countries_en',
          note: 'British citizens are counted with the EU/EEA until the end of the transition period, since they moved freely until then.',
        },
      ),
    },
  ],
});
