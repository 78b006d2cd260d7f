/**
 * The console's language: English, bokmål or nynorsk (`consoleLanguages`), chosen as everywhere else
 * (`?lang=`, the `retur_lang` cookie, `Accept-Language`); a caseworker whose browser asks for none of the three
 * gets bokmål, the language of the Norwegian authorities.
 */
import type { FastifyRequest } from 'fastify';
import { translateKey, type MessageParams } from '../../i18n/format.ts';
import { LANG_COOKIE, negotiateLanguage } from '../../i18n/negotiate.ts';
import { consoleLanguages, type ConsoleLang } from '../../i18n/types.ts';

export function consoleLanguage(request: FastifyRequest): ConsoleLang {
  const query = (request.query ?? {}) as Record<string, unknown>;
  const lang = negotiateLanguage({ query: query['lang'], cookie: request.cookies?.[LANG_COOKIE], acceptLanguage: request.headers['accept-language'] });
  return (consoleLanguages as readonly string[]).includes(lang) ? (lang as ConsoleLang) : 'nb';
}

/** A console message: `c(lang, 'nav.home')` is `console.nav.home`. */
export function c(lang: ConsoleLang, key: string, params: MessageParams = {}): string {
  return translateKey(lang, `console.${key}`, params);
}
