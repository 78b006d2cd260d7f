/**
 * The console's page: the shared layout with the console's navigation (what the signed-in role may open),
 * who is signed in, and a sign-out form carrying the session's CSRF token.
 */
import type { FastifyRequest } from 'fastify';
import { consoleLanguages, type ConsoleLang } from '../../i18n/types.ts';
import type { Principal } from '../../cases/roles.ts';
import type { Script } from '../../i18n/languages.ts';
import type { PageContext } from '../context.ts';
import { html, type Html } from '../html.ts';
import { page } from '../layout.ts';
import { c, consoleLanguage } from './i18n.ts';

export interface Viewer {
  readonly lang: ConsoleLang;
  readonly principal: Principal | null;
  /** The staff session's CSRF token (src/api/auth.ts checks it on every POST made with the cookie). */
  readonly csrfToken: string | null;
  /** The page context the shared layout needs (language, path, the query the language picker keeps). */
  readonly ctx: PageContext;
}

/** Who is looking, in which language, with the CSRF token their forms carry. */
export function viewerOf(request: FastifyRequest): Viewer {
  const lang = consoleLanguage(request);
  const query = (request.query ?? {}) as Record<string, unknown>;
  const keep = Object.entries(query).filter((e): e is [string, string] => e[0] !== 'lang' && typeof e[1] === 'string');
  const csrf = request.csrfToken ?? '';
  return { lang, principal: request.principal, csrfToken: request.csrfToken, ctx: { lang, dir: 'ltr', path: request.url.split('?')[0]!, keep, csrf } };
}

interface NavItem {
  readonly href: string;
  readonly key: string;
  readonly roles: readonly string[] | 'all';
}

const navItems: readonly NavItem[] = [
  { href: '/console', key: 'nav.home', roles: 'all' },
  { href: '/console/border', key: 'nav.border', roles: ['police'] },
  { href: '/console/debts', key: 'nav.debts', roles: ['police'] },
  { href: '/console/accounts', key: 'nav.accounts', roles: ['admin'] },
  { href: '/console/lab', key: 'nav.lab', roles: ['statistics', 'admin'] },
];

export function consolePage(
  viewer: Viewer,
  options: { title: string; body: Html; current?: string; scripts?: readonly Script[]; refreshSeconds?: number },
): string {
  const { lang, principal } = viewer;
  const role = principal?.kind === 'staff' ? principal.role : null;
  const nav =
    principal?.kind === 'staff'
      ? html`<nav class="retur-console-nav" aria-label="${c(lang, 'nav.label')}"><ul>${navItems
          .filter((item) => item.roles === 'all' || (role !== null && item.roles.includes(role)))
          .map(
            (item) =>
              html`<li><a class="ds-link" href="${item.href}"${options.current === item.href ? html` aria-current="page"` : html``}>${c(lang, item.key)}</a></li>`,
          )}</ul>
<p class="ds-paragraph" data-size="sm">${c(lang, 'signedInAs', { username: principal.username, role: c(lang, `role.${principal.role}`) })}</p>
<form method="post" action="/console/sign-out"><input type="hidden" name="_csrf" value="${viewer.csrfToken ?? ''}"><button class="ds-button" data-variant="tertiary" data-size="sm" type="submit">${c(lang, 'nav.signOut')}</button></form></nav>`
      : html``;
  return page({
    title: `${options.title} – ${c(lang, 'title')}`,
    ctx: viewer.ctx,
    quickExit: false,
    languages: consoleLanguages,
    nav,
    body: options.body,
    ...(options.scripts ? { scripts: options.scripts } : {}),
    ...(options.refreshSeconds === undefined ? {} : { refreshSeconds: options.refreshSeconds }),
  });
}

/** A date as the console writes it: 15.03.2026 in Norwegian, 15 Mar 2026 in English. */
export function shortDate(lang: ConsoleLang, iso: string | null): string {
  if (iso === null) return '';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}
