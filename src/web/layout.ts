/**
 * The page shell every page shares (public pages, statistics, /docs, errors, and the console after them):
 * `lang` and `dir` from src/i18n, the stylesheet and the one font stylesheet of the page's script, a skip link,
 * a header with the language picker (a GET form that keeps the person on the same page) and the "leave this
 * page quickly" button, the review notice in a language no translator has reviewed, one <main>, and a footer
 * linking the API, the rules, the error codes and the statistics. No inline script or style anywhere (the
 * Content Security Policy forbids them).
 */
import { catalogueOf } from '../i18n/catalogue.ts';
import { t } from '../i18n/format.ts';
import { autonym, DEFAULT_LANG, languageTags, scriptOf, type Lang, type Script } from '../i18n/languages.ts';
import { fontPreloads, fontStylesheets, stylesheet } from './assets.ts';
import { withLang, type PageContext } from './context.ts';
import { html, raw, type Html } from './html.ts';

export interface PageOptions {
  /** The page's title (the <h1>'s text, usually); " – Retur" is added. */
  readonly title: string;
  readonly body: Html;
  /** The request's language, path and CSRF token; without it the page is English with no picker. */
  readonly ctx?: PageContext;
  /** Whether to show the "leave this page quickly" button (every public page; not the console). */
  readonly quickExit?: boolean;
  /** Navigation of a part of the site, after the header and before <main> (the console's). */
  readonly nav?: Html;
  /** The languages the picker offers (default: all eighteen; the console has three). */
  readonly languages?: readonly Lang[];
  /** Scripts the page shows besides its own language's (a letter in Arabic on a bokmål page): their fonts too. */
  readonly scripts?: readonly Script[];
  /** Reload the page every this many seconds (`<meta http-equiv="refresh">`): only where the reader asked for it. */
  readonly refreshSeconds?: number;
}

const autonyms = new Map(languageTags.map((l) => [l, autonym(l)] as const));

/** What every page in a language shares, rendered once per language: the picker's body, the footer. */
interface Fixed {
  readonly picker: Html;
  readonly footer: Html;
}
const fixed = new Map<Lang, Fixed>();
function fixedIn(lang: Lang): Fixed {
  let f = fixed.get(lang);
  if (!f) {
    f = {
      picker: pickerBody(lang, languageTags),
      footer: html`<footer class="retur-footer">
<ul class="retur-footer__links">
<li><a class="ds-link" href="/statistics/forced-returns">${t(lang, 'common.footer.statistics')}</a></li>
<li><a class="ds-link" href="/docs/rules">${t(lang, 'common.footer.rules')}</a></li>
<li><a class="ds-link" href="/docs/errors">${t(lang, 'common.footer.errors')}</a></li>
<li><a class="ds-link" href="/api/openapi.json">${t(lang, 'common.footer.api')}</a></li>
</ul>
<p class="ds-paragraph" data-size="sm">${t(lang, 'common.footer.about')}</p>
</footer>`,
    };
    fixed.set(lang, f);
  }
  return f;
}

/** The picker's label, choices and button; the languages are all eighteen, or a part's own (the console's three). */
function pickerBody(lang: Lang, languages: readonly Lang[]): Html {
  return html`<label class="ds-label" for="retur-lang" data-weight="regular">${t(lang, 'common.language')}</label>
<select class="ds-input" id="retur-lang" name="lang">
${languages.map((l) => html`<option value="${l}" lang="${l}"${l === lang ? html` selected` : ''}>${autonyms.get(l)}</option>`)}
</select>
<button class="ds-button" data-variant="secondary" data-size="sm" type="submit">${t(lang, 'common.languageChange')}</button>`;
}

function languagePicker(ctx: PageContext, languages: readonly Lang[]): Html {
  return html`<form class="retur-lang" method="get" action="${ctx.path}">
${ctx.keep.map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
${languages === languageTags ? fixedIn(ctx.lang).picker : pickerBody(ctx.lang, languages)}
</form>`;
}

function reviewNotice(ctx: PageContext): Html {
  if (catalogueOf(ctx.lang).review.status !== 'unreviewed') return html``;
  const link = (l: Lang) => html`<a class="ds-link" href="${withLang(ctx.path, l, ctx.keep)}" lang="${l}" hreflang="${l}">${autonyms.get(l)}</a>`;
  // English and bokmål, the page's own language left out (a bokmål page offered a link to itself).
  const others = (['en', 'nb'] as const).filter((l) => l !== ctx.lang).map(link);
  return html`<div class="ds-alert retur-review" data-color="info" data-size="sm"><p class="ds-paragraph" data-size="sm">${t(ctx.lang, 'common.review.unreviewed')} ${t(ctx.lang, 'common.review.readIn')} ${others.map((l, i) => html`${i === 0 ? '' : ', '}${l}`)}.</p></div>`;
}

export function page({ title, body, ctx, quickExit = true, languages = languageTags, nav, scripts = [], refreshSeconds }: PageOptions): string {
  const lang = ctx?.lang ?? DEFAULT_LANG;
  const dir = ctx?.dir ?? 'ltr';
  const script = scriptOf[lang];
  // The fonts of the other scripts: their faces are there for the parts in those languages (a part names the
  // families itself: .retur-letter in retur.css); the page's own stylesheet, last, sets the page's font.
  const others = [...new Set(scripts)].filter((s) => s !== script);
  return html`<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${refreshSeconds === undefined ? '' : html`<meta http-equiv="refresh" content="${String(refreshSeconds)}">`}
<title>${title} – Retur</title>
<link rel="stylesheet" href="${stylesheet.url}">
${others.map((s) => html`<link rel="stylesheet" href="${fontStylesheets[s].url}">`)}
<link rel="stylesheet" href="${fontStylesheets[script].url}">
${fontPreloads(script).map((url) => html`<link rel="preload" href="${url}" as="font" type="font/woff2" crossorigin>`)}
</head>
<body>
<a class="ds-skip-link" href="#main">${t(lang, 'common.skipToContent')}</a>
<header class="retur-header">
<a class="retur-brand" href="${ctx ? withLang('/', lang) : '/'}">Retur</a>
${ctx ? languagePicker(ctx, languages) : ''}
${ctx && quickExit ? html`<form class="retur-leave" method="post" action="/leave"><input type="hidden" name="_csrf" value="${ctx.csrf}"><button class="ds-button" data-color="danger" data-size="sm" type="submit">${t(lang, 'common.leave')}</button></form>` : ''}
${ctx ? reviewNotice(ctx) : ''}
</header>
${nav ?? ''}
<main id="main" class="retur-main">
${body}
</main>
${fixedIn(lang).footer}
</body>
</html>
`.value;
}

/** Where a shell's CSRF token and body go: strings the layout never writes and escaping leaves as they are. */
const CSRF_MARK = 'retur-shell-csrf-7f3a9c';
const BODY_MARK = '<!--retur:shell-body-->';
const SHELLS_MAX = 2_000;
const shells = new Map<string, PageShell | null>();

/** A page's shell as the bytes sent: what goes before the session's CSRF token, between it and the body, and after. */
export interface PageShell {
  readonly head: Buffer;
  readonly middle: Buffer;
  readonly tail: Buffer;
}

/**
 * The usual shell of a page (every language in the picker, the quick exit, no navigation, no other script, no
 * refresh) encoded once: it is the same for every request with the same language, path, kept parameters and
 * title but for the session's CSRF token, and it holds the picker's eighteen autonyms, which make every page a
 * two-byte string, the costly kind to encode. Kept up to SHELLS_MAX shells, then the store starts again. Null
 * when the title or path happens to hold a mark (then the page is laid out as usual).
 */
export function pageShell(ctx: PageContext, title: string): PageShell | null {
  const key = `${ctx.lang}\u0000${ctx.path}\u0000${JSON.stringify(ctx.keep)}\u0000${title}`;
  let shell = shells.get(key);
  if (shell === undefined) {
    const markup = page({ title, body: raw(BODY_MARK), ctx: { ...ctx, csrf: CSRF_MARK } });
    const [head, rest, ...more] = markup.split(CSRF_MARK);
    const [middle, tail, ...others] = (rest ?? '').split(BODY_MARK);
    shell =
      head === undefined || rest === undefined || more.length > 0 || middle === undefined || tail === undefined || others.length > 0
        ? null
        : { head: Buffer.from(head), middle: Buffer.from(middle), tail: Buffer.from(tail) };
    if (shells.size >= SHELLS_MAX) shells.clear();
    shells.set(key, shell);
  }
  return shell;
}
