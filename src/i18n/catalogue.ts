/**
 * Every language's messages, loaded once. Each language has a folder under messages/ with one file per
 * namespace (types.ts) and an index with its review status. The console's messages exist in English, bokmål
 * and nynorsk only.
 */
import type { Catalogue } from './types.ts';
import type { Lang } from './languages.ts';
import en from './messages/en/index.ts';
import nb from './messages/nb/index.ts';
import nn from './messages/nn/index.ts';
import sq from './messages/sq/index.ts';
import am from './messages/am/index.ts';
import ar from './messages/ar/index.ts';
import faAF from './messages/fa-AF/index.ts';
import fa from './messages/fa/index.ts';
import fr from './messages/fr/index.ts';
import ku from './messages/ku/index.ts';
import ps from './messages/ps/index.ts';
import ru from './messages/ru/index.ts';
import srLatn from './messages/sr-Latn/index.ts';
import so from './messages/so/index.ts';
import ckb from './messages/ckb/index.ts';
import ta from './messages/ta/index.ts';
import uk from './messages/uk/index.ts';
import ti from './messages/ti/index.ts';

export const catalogues: Readonly<Record<Lang, Catalogue>> = {
  en: en,
  nb: nb,
  nn: nn,
  sq: sq,
  am: am,
  ar: ar,
  'fa-AF': faAF,
  fa: fa,
  fr: fr,
  ku: ku,
  ps: ps,
  ru: ru,
  'sr-Latn': srLatn,
  so: so,
  ckb: ckb,
  ta: ta,
  uk: uk,
  ti: ti,
};
