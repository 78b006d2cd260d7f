/**
 * Every language's messages. Each language has a folder under messages/ with one file per namespace
 * (types.ts) and an index with its review status. The console's messages exist in English, bokmål and
 * nynorsk only.
 *
 * English is always there; every other language is imported when `loadCatalogues` asks for it, so that a
 * command that answers in one language does not load eighteen (2.3 MB of messages: most of `retur check`'s
 * start-up). The server loads them all before it answers (buildServer), the command line those it speaks
 * (src/cli/program.ts), and `catalogueOf` throws for a language not loaded: a bug, never a silent fallback.
 */
import type { Catalogue } from './types.ts';
import { languageTags, type Lang } from './languages.ts';
import en from './messages/en/index.ts';

const importers: Readonly<Record<Exclude<Lang, 'en'>, () => Promise<{ default: Catalogue }>>> = {
  nb: () => import('./messages/nb/index.ts'),
  nn: () => import('./messages/nn/index.ts'),
  sq: () => import('./messages/sq/index.ts'),
  am: () => import('./messages/am/index.ts'),
  ar: () => import('./messages/ar/index.ts'),
  'fa-AF': () => import('./messages/fa-AF/index.ts'),
  fa: () => import('./messages/fa/index.ts'),
  fr: () => import('./messages/fr/index.ts'),
  ku: () => import('./messages/ku/index.ts'),
  ps: () => import('./messages/ps/index.ts'),
  ru: () => import('./messages/ru/index.ts'),
  'sr-Latn': () => import('./messages/sr-Latn/index.ts'),
  so: () => import('./messages/so/index.ts'),
  ckb: () => import('./messages/ckb/index.ts'),
  ta: () => import('./messages/ta/index.ts'),
  uk: () => import('./messages/uk/index.ts'),
  ti: () => import('./messages/ti/index.ts'),
};

const loaded = new Map<Lang, Catalogue>([['en', en]]);

/** Imports the catalogues of `langs` (every language by default) that are not loaded yet. */
export async function loadCatalogues(langs: readonly Lang[] = languageTags): Promise<void> {
  await Promise.all(
    langs.map(async (lang) => {
      if (lang === 'en' || loaded.has(lang)) return;
      loaded.set(lang, (await importers[lang]()).default);
    }),
  );
}

/** The catalogue of a language loaded by `loadCatalogues` (English always is); throws for one that is not. */
export function catalogueOf(lang: Lang): Catalogue {
  const catalogue = loaded.get(lang);
  if (catalogue === undefined) throw new Error(`The ${lang} messages are not loaded: await loadCatalogues() before formatting in ${lang}.`);
  return catalogue;
}
