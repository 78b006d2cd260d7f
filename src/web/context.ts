/**
 * What every page needs to know about its request: the language (`?lang=`, then the `retur_lang` cookie, then
 * `Accept-Language`, never the IP address), its direction, the path the language picker keeps the person on,
 * and the session with its CSRF token. A valid `?lang=` is remembered in the cookie for a year.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { dirOf, langOf, type Lang } from '../i18n/languages.ts';
import { LANG_COOKIE, negotiateLanguage } from '../i18n/negotiate.ts';
import { WebSession, type WebSessionStore } from './session.ts';

export interface PageContext {
  readonly lang: Lang;
  readonly dir: 'ltr' | 'rtl';
  /** The path of the page (no query), where the language picker and the review notice's links lead. */
  readonly path: string;
  /** The query parameters other than `lang`, carried by the language picker (e.g. the statistics month). */
  readonly keep: readonly (readonly [string, string])[];
  /** The CSRF token forms on the page carry (the quick exit's too). */
  readonly csrf: string;
}

export function languageOf(request: FastifyRequest): Lang {
  const query = request.query as Record<string, unknown> | undefined;
  return negotiateLanguage({ query: query?.lang, cookie: request.cookies?.[LANG_COOKIE], acceptLanguage: request.headers['accept-language'] });
}

export function langCookieOptions() {
  // Secure as the server sets every cookie (src/main/server.ts).
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, maxAge: 365 * 86400 };
}

export interface WebRequest {
  readonly ctx: PageContext;
  readonly session: WebSession;
}

/** The page context and session of a request; remembers a `?lang=` choice in the cookie. */
export function webRequest(request: FastifyRequest, reply: FastifyReply, store: WebSessionStore): WebRequest {
  const lang = languageOf(request);
  const query = (request.query ?? {}) as Record<string, unknown>;
  if (typeof query.lang === 'string' && langOf(query.lang) && request.cookies?.[LANG_COOKIE] !== lang) {
    reply.setCookie(LANG_COOKIE, lang, langCookieOptions());
  }
  const session = WebSession.of(store, request, reply);
  const keep = Object.entries(query).filter((e): e is [string, string] => e[0] !== 'lang' && typeof e[1] === 'string');
  return { ctx: { lang, dir: dirOf(lang), path: request.url.split('?')[0]!, keep, csrf: session.csrfToken }, session };
}

/** A link to a path in a language (the review notice, the picker's links). */
export function withLang(path: string, lang: Lang, keep: PageContext['keep'] = []): string {
  const params = new URLSearchParams([...keep.map(([k, v]): [string, string] => [k, v]), ['lang', lang]]);
  return `${path}?${params.toString()}`;
}

/**
 * The context of a page that exists in English only (the developer docs, the statistics until their namespace
 * is translated): `lang="en"` so that no page claims a language it is not in; the picker still remembers a
 * choice for the pages that have it.
 */
export function englishOnly(request: FastifyRequest, reply: FastifyReply, store: WebSessionStore): PageContext {
  const { ctx } = webRequest(request, reply, store);
  return { ...ctx, lang: 'en', dir: 'ltr' };
}
