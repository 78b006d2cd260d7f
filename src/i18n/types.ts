/**
 * The shape every language's catalogue must have: exactly English's keys, namespace by namespace (the Altinn
 * way: English is the typed source; a missing or extra key in another language fails the type-check). That
 * the placeholders of each message agree with English is checked by i18n.test.ts with the ICU parser.
 */
import type enCommon from './messages/en/common.ts';
import type enRules from './messages/en/rules.ts';
import type enPublic from './messages/en/public.ts';
import type enConsole from './messages/en/console.ts';
import type enStatistics from './messages/en/statistics.ts';
import type enLetter from './messages/en/letter.ts';
import type { Lang } from './languages.ts';

export interface EnglishCatalogue {
  /** Words every page shares: the layout, the language picker, the review notice, error pages. */
  readonly common: typeof enCommon;
  /** What the rules say: each rule's reason, warnings, next steps (keyed by the ids the rules return). */
  readonly rules: typeof enRules;
  /** The public pages: the checker, the calculator, "what now", the application, "my application". */
  readonly public: typeof enPublic;
  /** The staff console, in English, bokmål and nynorsk only (`consoleLanguages`). */
  readonly console: typeof enConsole;
  /** The statistics pages. */
  readonly statistics: typeof enStatistics;
  /** Decision letters: the letter in the person's language and in Norwegian, and the page around it. */
  readonly letter: typeof enLetter;
}

export type Namespace = keyof EnglishCatalogue;
export const namespaces: readonly Namespace[] = ['common', 'rules', 'public', 'console', 'statistics', 'letter'];

/** A namespace of another language: every English key, no other, each an ICU MessageFormat string. */
export type Messages<N extends Namespace> = { readonly [K in keyof EnglishCatalogue[N]]: string };

/** A full message key: the namespace, a dot, the key in it (`public.checker.title`). */
export type MessageKey = { [N in Namespace]: `${N}.${keyof EnglishCatalogue[N] & string}` }[Namespace];

/**
 * Whether a professional translator has reviewed a language. Pages in a language that is not `reviewed`
 * say so, with links to the English and Norwegian text.
 */
export interface Review {
  readonly status: 'source' | 'reviewed' | 'unreviewed';
  /** Who wrote or reviewed it, and when (free text). */
  readonly note: string;
}

/** The languages of the staff console: English, bokmål and nynorsk. Every other namespace is in all 18. */
export const consoleLanguages = ['en', 'nb', 'nn'] as const;
export type ConsoleLang = (typeof consoleLanguages)[number];
/** A language of the public pages only. */
export type PublicLang = Exclude<Lang, ConsoleLang>;

/** A language's catalogue: every namespace, and the console's only in the console's languages. */
export type Catalogue<L extends Lang = Lang> = {
  readonly review: Review;
  readonly common: Messages<'common'>;
  readonly rules: Messages<'rules'>;
  readonly public: Messages<'public'>;
  readonly statistics: Messages<'statistics'>;
  readonly letter: Messages<'letter'>;
} & (L extends ConsoleLang ? { readonly console: Messages<'console'> } : { readonly console?: never });
