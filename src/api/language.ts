/**
 * The language the API answers in where it returns the rules' messages (reasons, warnings, notes, labels):
 * `?lang=` (one of the eighteen tags, any case; another is 400 REQUEST_INVALID naming `lang`), else the
 * `Accept-Language` header, else English. The answer says which in `Content-Language`. Each message keeps its
 * key and params; `text` is added in that language (src/i18n/rule-texts.ts). What the case work stores stays
 * language-neutral: the text is made when the answer is sent.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { languageTags, langOf, type Lang } from '../i18n/languages.ts';
import { negotiateLanguage } from '../i18n/negotiate.ts';
import { withTexts } from '../i18n/rule-texts.ts';

/** The `lang` query parameter, for every route that returns the rules' messages. */
export const langQueryField = z
  .string()
  .refine((tag) => langOf(tag) !== undefined, { message: `a language Retur speaks: ${languageTags.join(', ')}` })
  .optional()
  .describe(`The language of the messages' \`text\` (${languageTags.join(', ')}); without it, Accept-Language decides, and English is the default`);

/** The language to answer a request in, said in Content-Language (and Vary, for caches). */
export function answerLanguage(request: FastifyRequest, reply: FastifyReply, lang: string | undefined): Lang {
  const chosen = negotiateLanguage({ query: lang, acceptLanguage: request.headers['accept-language'] });
  reply.header('content-language', chosen).header('vary', 'Accept-Language');
  return chosen;
}

/** The answer with the text of every rule message in the request's language. */
export function inLanguage<T>(request: FastifyRequest, reply: FastifyReply, lang: string | undefined, answer: T): T {
  return withTexts(answer, answerLanguage(request, reply, lang));
}
