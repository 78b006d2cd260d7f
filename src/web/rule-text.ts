/**
 * The words of a rule's answer on a page: a reason, note, label or warning in the page's language. The rules
 * return message keys with parameters (`{ key, params }`, src/i18n/rule-texts.ts) once the explanations have
 * moved to the `rules` catalogue; an answer that still carries English and bokmål sentences (`{ en, nb }`) is
 * shown in bokmål on Norwegian pages and otherwise in English, marked with `lang` so that no page claims a
 * language its words are not in.
 */
import { translateKey } from '../i18n/format.ts';
import type { Lang } from '../i18n/languages.ts';
import { html, type Html } from './html.ts';

export function ruleSentence(lang: Lang, item: unknown): { text: string; lang: Lang } {
  const m = item as { key?: unknown; params?: unknown; en?: unknown; nb?: unknown };
  if (typeof m.key === 'string') return { text: translateKey(lang, m.key, (m.params ?? {}) as Record<string, string | number>), lang };
  if ((lang === 'nb' || lang === 'nn') && typeof m.nb === 'string') return { text: m.nb, lang: 'nb' };
  return { text: String(m.en ?? ''), lang: 'en' };
}

/** The sentence as markup: a span with `lang` when it is not in the page's language. */
export function ruleHtml(lang: Lang, item: unknown): Html {
  const s = ruleSentence(lang, item);
  return s.lang === lang ? html`${s.text}` : html`<span lang="${s.lang}">${s.text}</span>`;
}

interface SourceLike {
  readonly document: string;
  readonly quote: string;
  readonly url?: string;
}

/** The sentences of the sources a rule rests on, word for word, in the source's own language. */
export function sourcesHtml(label: string, sources: readonly SourceLike[]): Html {
  if (sources.length === 0) return html``;
  return html`<details class="ds-details retur-sources"><summary>${label}</summary><div>
${sources.map((s) => html`<blockquote class="retur-quote" lang="${/[æøå]|\b(og|ikke|du|dere|som|har)\b/i.test(s.quote) ? 'nb' : 'en'}"><p class="ds-paragraph" data-size="sm">“${s.quote}”</p><footer class="ds-paragraph" data-size="xs">${s.url ? html`<a class="ds-link" href="${s.url}">${s.document}</a>` : s.document}</footer></blockquote>`)}
</div></details>`;
}
