/**
 * Errors as pages for browsers: a request outside /api/ whose Accept prefers text/html gets its error (a 404, a
 * refused request, a 500) as a page in the person's language, in the layout; the API and every other client
 * keep problem+json. The problem's code and, for a 500, the request id are on the page for support.
 */
import type { FastifyRequest } from 'fastify';
import Negotiator from 'negotiator';
import { t } from '../i18n/format.ts';
import { dirOf } from '../i18n/languages.ts';
import type { Problem } from '../shared/errors.ts';
import { languageOf } from './context.ts';
import { html } from './html.ts';
import { page } from './layout.ts';

/** Whether to answer a request's error as a page: a browser (HTML preferred) asking for a page, not the API. */
export function wantsPage(request: FastifyRequest): boolean {
  if (request.url.startsWith('/api/')) return false;
  const accept = request.headers.accept;
  if (!accept) return false;
  return new Negotiator({ headers: { accept } }).mediaType(['application/json', 'application/problem+json', 'text/html']) === 'text/html';
}

type Kind = '404' | '429' | '400' | '500';
const kindOf = (status: number): Kind => (status === 404 ? '404' : status === 429 ? '429' : status >= 500 ? '500' : '400');

export function problemPage(request: FastifyRequest, problem: Problem & { requestId?: string }): string {
  const lang = languageOf(request);
  const kind = kindOf(problem.status);
  const title = t(lang, `common.error.${kind}.title`);
  // A limit counted over an hour (applications sent without a case) says how long to wait, and why.
  const retryAfter = typeof problem.retryAfter === 'number' ? problem.retryAfter : 0;
  const advice =
    kind === '429' && retryAfter > 60 ? t(lang, 'common.error.429.wait', { minutes: Math.ceil(retryAfter / 60) }) : t(lang, `common.error.${kind}.body`);
  const body = html`<h1 class="ds-heading" data-size="lg">${title}</h1>
${kind === '429' && problem.instance === '/apply/send' ? html`<p class="ds-paragraph">${t(lang, 'public.apply.limit')}</p>` : ''}
<p class="ds-paragraph">${advice}</p>
<p class="ds-paragraph"><a class="ds-link" href="/">${t(lang, 'common.error.home')}</a></p>
<p class="ds-paragraph retur-muted" data-size="sm">${t(lang, 'common.error.code', { code: problem.code })}${problem.requestId ? html` · ${t(lang, 'common.error.reference', { id: problem.requestId })}` : ''}</p>`;
  // No session is made for an error page: the picker and quick exit appear without a CSRF token to carry.
  return page({ title, body, ctx: { lang, dir: dirOf(lang), path: request.url.split('?')[0]!, keep: [], csrf: '' } });
}
