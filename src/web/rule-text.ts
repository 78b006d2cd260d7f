/**
 * The words of a rule's answer on a page: a reason, note, label or warning is a message key with parameters
 * (`{ key, params }`, src/rules/engine/output.ts), said in the page's language from the `rules` catalogue. There
 * is no fallback to another language: a key missing from a catalogue is a bug the i18n tests catch.
 */
import { translateKey } from '../i18n/format.ts';
import type { Lang } from '../i18n/languages.ts';
import type { Message } from '../rules/engine/output.ts';
import type { Source } from '../rules/engine/source.ts';
import { html, type Html } from './html.ts';

/**
 * A rule's message in the page's language. What a message says is a pure function of the language, its key and
 * its parameters (plain JSON), and result pages show the same reasons to many people: each is formatted once
 * (ICU, numbers and dates through Intl) and kept, up to SAID_MAX sayings, then the store starts again.
 */
const said = new Map<string, Html>();
const SAID_MAX = 20_000;
export function ruleHtml(lang: Lang, message: Message): Html {
  const id = `${lang}\u0000${message.key}\u0000${JSON.stringify(message.params)}`;
  let out = said.get(id);
  if (out === undefined) {
    out = html`${translateKey(lang, message.key, message.params)}`;
    if (said.size >= SAID_MAX) said.clear();
    said.set(id, out);
  }
  return out;
}

/** The language a source sentence is written in: the sources are Norwegian or English documents. */
const sourceLang = (quote: string) => (/[æøå]|\b(og|ikke|du|dere|som|har)\b/i.test(quote) ? 'nb' : 'en');

/**
 * The sentences of the sources a rule rests on, word for word, in the source's own language; marked
 * left to right so that a Norwegian quote reads right on an Arabic page.
 */
export function sourcesHtml(label: string, sources: readonly Source[]): Html {
  if (sources.length === 0) return NONE;
  // A rule's sources are one array shared by every answer it gives: its quotes under a label are made once.
  let byLabel = sourceLists.get(sources);
  if (byLabel === undefined) sourceLists.set(sources, (byLabel = new Map()));
  let out = byLabel.get(label);
  if (out === undefined) {
    out = html`<details class="ds-details retur-sources"><summary>${label}</summary><div>
${sources.map(quoteHtml)}
</div></details>`;
    byLabel.set(label, out);
  }
  return out;
}
const NONE = html``;
const sourceLists = new WeakMap<readonly Source[], Map<string, Html>>();

/**
 * One source sentence as a quote. The rules' sources are constants shared by every answer, so each is
 * rendered once (a result page shows a dozen, each a long sentence to escape and to read the language of).
 */
const quotes = new WeakMap<Source, Html>();
function quoteHtml(s: Source): Html {
  let quote = quotes.get(s);
  if (quote === undefined) {
    quote = html`<blockquote class="retur-quote" lang="${sourceLang(s.quote)}" dir="ltr"><p class="ds-paragraph" data-size="sm">“${s.quote}”</p><footer class="ds-paragraph" data-size="xs">${s.url ? html`<a class="ds-link" href="${s.url}">${s.document}</a>` : s.document}</footer></blockquote>`;
    quotes.set(s, quote);
  }
  return quote;
}
