/**
 * A decision letter as a page: the letter (src/cases/letters.ts) in the person's language and in Norwegian
 * bokmål, one part after the other, each with its own `lang` and `dir`, in the shared layout. The page loads the
 * fonts of every script its parts are written in (the layout's `scripts`). Printed ("Save as PDF"), only the
 * letter is left: no header, navigation, footer or instructions, an A4 page, and each language on pages of its
 * own (retur.css, `@media print`).
 *
 * The console (staff) and "my application" (the person) print the same letter; the console picks the
 * language from the person's preferred language (or `?in=`), the person's page from the language they read in.
 */
import type { Letter, LetterKind, LetterSection, LetterText } from '../../cases/letters.ts';
import { documents, type DocumentId } from '../../rules/sources.ts';
import type { Source } from '../../rules/engine/source.ts';
import { formatDate, t, translateKey } from '../../i18n/format.ts';
import { autonym, dirOf, languageTags, langOf, scriptOf, type Lang, type Script } from '../../i18n/languages.ts';
import { html, ltr, type Html } from '../html.ts';

/** The languages of a letter: the person's first, then bokmål (once, when the person reads bokmål). */
export function letterLanguages(personLang: Lang): Lang[] {
  return personLang === 'nb' ? ['nb'] : [personLang, 'nb'];
}

/** The person's language for a letter: their preferred language when Retur has it, else English. */
export function personLanguage(preferred: string | undefined): Lang {
  return (preferred === undefined ? undefined : langOf(preferred)) ?? 'en';
}

/** The scripts a letter in these languages is written in (for the page's fonts). */
export const scriptsOf = (langs: readonly Lang[]): Script[] => [...new Set(langs.map((l) => scriptOf[l]))];

function say(lang: Lang, m: LetterText): string {
  if (m.nested === undefined) return translateKey(lang, m.key, m.params);
  const nested = Object.fromEntries(Object.entries(m.nested).map(([name, inner]) => [name, say(lang, inner)]));
  return translateKey(lang, m.key, { ...m.params, ...nested });
}

function sourceLine(source: Source): Html {
  const doc = (documents as Readonly<Record<string, { title: string; publisher: string; url?: string }>>)[source.document as DocumentId];
  const where = doc ? `${doc.publisher}: ${doc.title}` : source.document;
  // Quoted as published, in English: the whole line reads left to right, whatever the part's direction.
  return html`<li lang="en" dir="ltr"><q>${source.quote}</q> (${where}${(source.url ?? doc?.url) ? html`, ${source.url ?? doc?.url ?? ''}` : ''})</li>`;
}

function section(lang: Lang, id: string, s: LetterSection): Html {
  const headingId = `${id}-${s.id}`;
  return html`<section class="retur-letter__section" aria-labelledby="${headingId}"><h3 class="ds-heading" data-size="xs" id="${headingId}">${translateKey(lang, `letter.section.${s.id}`)}</h3>
${s.paragraphs.map((p) => html`<p class="ds-paragraph">${say(lang, p)}</p>`)}
${s.written ? html`<blockquote class="retur-letter__written" dir="auto">${s.written.split(/\n+/).map((line) => html`<p class="ds-paragraph">${line}</p>`)}</blockquote>` : ''}
${s.list && s.list.length > 0 ? html`<ul class="ds-list">${s.list.map((m) => html`<li>${say(lang, m)}</li>`)}</ul>` : ''}</section>`;
}

/** One language's part of a letter: an <article> in that language and direction. */
export function letterPart(letter: Letter, lang: Lang): Html {
  const id = `letter-${lang}`;
  const dir = dirOf(lang);
  const person = (p: { name: string; dateOfBirth: string }) => translateKey(lang, 'letter.person', { name: p.name, born: p.dateOfBirth });
  return html`<article class="retur-letter" lang="${lang}" dir="${dir}" aria-labelledby="${id}-title">
<div class="retur-letter__head">
<p class="ds-paragraph retur-letter__from"><strong>${translateKey(lang, 'letter.from', { authority: letter.authority })}</strong></p>
<dl class="retur-facts retur-letter__facts">
<div><dt>${t(lang, 'letter.header.to')}</dt><dd>${letter.recipient.name}</dd></div>
<div><dt>${t(lang, 'letter.header.date')}</dt><dd><time datetime="${letter.date}">${formatDate(lang, letter.date)}</time></dd></div>
<div><dt>${t(lang, 'letter.header.reference')}</dt><dd>${ltr(letter.reference)}</dd></div>
${letter.udiCaseNumber ? html`<div><dt>${t(lang, 'letter.header.caseNumber')}</dt><dd>${ltr(letter.udiCaseNumber)}</dd></div>` : ''}
</dl>
</div>
<h2 class="ds-heading retur-letter__title" data-size="md" id="${id}-title">${say(lang, letter.title)}</h2>
<p class="ds-paragraph">${t(lang, 'letter.header.concerns')}:</p>
<ul class="ds-list">${letter.concerns.map((p) => html`<li>${person(p)}</li>`)}</ul>
${letter.sections.map((s) => section(lang, id, s))}
${
  letter.sources.length === 0
    ? ''
    : html`<section class="retur-letter__section retur-letter__sources" aria-labelledby="${id}-sources"><h3 class="ds-heading" data-size="xs" id="${id}-sources">${t(lang, 'letter.section.sources')}</h3>
<p class="ds-paragraph" data-size="sm">${t(lang, 'letter.sources.intro')}</p>
<ul class="ds-list" data-size="sm">${letter.sources.map(sourceLine)}</ul></section>`
}
<p class="ds-paragraph retur-letter__note" data-size="sm">${t(lang, 'letter.languageNote')}</p>
</article>`;
}

export interface LetterPageOptions {
  /** The language of the page around the letter (the console's, or the person's). */
  readonly lang: Lang;
  /** The languages of the letter's parts. */
  readonly langs: readonly Lang[];
  /** Where "back" leads, and its words. */
  readonly back: { readonly href: string; readonly text: string };
  /** A form to print the letter in another language (the console's): where it goes, the query it keeps. */
  readonly choose?: { readonly action: string; readonly keep: readonly (readonly [string, string])[] };
}

function languageChooser(lang: Lang, current: Lang, choose: NonNullable<LetterPageOptions['choose']>): Html {
  return html`<form method="get" action="${choose.action}" class="retur-letter-choose">
${choose.keep.map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
<div class="ds-field"><label class="ds-label" for="letter-in">${t(lang, 'letter.page.chooseLanguage')}</label>
<select class="ds-input" id="letter-in" name="in">${languageTags.map((l) => html`<option value="${l}" lang="${l}"${l === current ? html` selected` : ''}>${autonym(l)}</option>`)}</select></div>
<button class="ds-button" data-variant="secondary" type="submit">${t(lang, 'letter.page.show')}</button></form>`;
}

/** The body of a letter's page: the instructions (not printed), then one part per language. */
export function letterBody(letter: Letter, options: LetterPageOptions): Html {
  const { lang, langs, back, choose } = options;
  const names = langs.filter((l) => l !== 'nb').map(autonym);
  return html`<div class="retur-letter-tools">
<p class="ds-paragraph"><a class="ds-link" href="${back.href}">${back.text}</a></p>
<h1 class="ds-heading" data-size="lg">${t(lang, `letter.name.${letter.kind}`)}: ${letter.recipient.name}</h1>
<p class="ds-paragraph">${names.length === 0 ? t(lang, 'letter.page.introNorwegian') : t(lang, 'letter.page.intro', { language: names.join(', ') })}</p>
${choose ? languageChooser(lang, langs[0]!, choose) : ''}
</div>
${langs.map((l) => letterPart(letter, l))}`;
}

/** The body of the page for a letter the case does not have yet (a 404). */
export function noLetterBody(lang: Lang, kind: LetterKind, back: { readonly href: string; readonly text: string }): Html {
  return html`<h1 class="ds-heading" data-size="lg">${t(lang, `letter.name.${kind}`)}</h1>
<div class="ds-alert" data-color="info"><p class="ds-paragraph">${t(lang, 'letter.page.notYet', { name: t(lang, `letter.name.${kind}`) })}</p></div>
<p class="ds-paragraph"><a class="ds-link" href="${back.href}">${back.text}</a></p>`;
}

/** The list of a case's letters, each a link (the console's case page, "my application"). */
export function letterLinks(
  lang: Lang,
  letters: readonly Letter[],
  hrefOf: (kind: LetterKind) => string,
  headingId: string,
  reader: 'staff' | 'person' = 'staff',
): Html {
  return html`<section aria-labelledby="${headingId}"><h2 class="ds-heading" data-size="md" id="${headingId}">${t(lang, 'letter.page.letters')}</h2>
${
  letters.length === 0
    ? html`<p class="ds-paragraph">${t(lang, 'letter.page.none')}</p>`
    : html`<p class="ds-paragraph">${t(lang, reader === 'person' ? 'letter.page.lettersIntroMine' : 'letter.page.lettersIntro')}</p><ul class="ds-list">${letters.map((l) => html`<li><a class="ds-link" href="${hrefOf(l.kind)}">${t(lang, `letter.name.${l.kind}`)}</a></li>`)}</ul>`
}</section>`;
}
