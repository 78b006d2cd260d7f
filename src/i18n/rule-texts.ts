/**
 * The rules answer with messages, not words: every reason, warning, note and label is `{ key, params }`, a key
 * in the `rules` namespace and the values of its placeholders (src/rules/engine/output.ts). The edges that
 * answer people (the API, the CLI, the pages) add the text in the caller's language with `withTexts`; what is
 * stored (the case events) stays language-neutral.
 */
import { translateKey } from './format.ts';
import type { Lang } from './languages.ts';

/** A message a rule returns: a key in the `rules` namespace and plain-JSON parameters. */
export interface RuleMessage {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export function isRuleMessage(value: unknown): value is RuleMessage {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const { key, params } = value as { key?: unknown; params?: unknown };
  return typeof key === 'string' && key.startsWith('rules.') && params !== null && typeof params === 'object' && !Array.isArray(params);
}

/** The text of a rule's message in a language. */
export function ruleText(lang: Lang, message: RuleMessage): string {
  return translateKey(lang, message.key, message.params);
}

/**
 * A copy of an answer (or a case, or any JSON) with `text` added to every rule message in it, in the language
 * given. The trace is left as it is: it holds rule ids and facts, no messages, and is the larger part.
 */
export function withTexts<T>(value: T, lang: Lang): T {
  return addTexts(value, lang) as T;
}

function addTexts(value: unknown, lang: Lang): unknown {
  if (Array.isArray(value)) return value.map((item) => addTexts(item, lang));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(value)) out[name] = name === 'trace' ? field : addTexts(field, lang);
  if (isRuleMessage(value)) out.text = ruleText(lang, value);
  return out;
}
