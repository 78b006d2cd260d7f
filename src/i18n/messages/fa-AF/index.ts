import type { Catalogue, PublicLang } from '../../types.ts';
import common from './common.ts';
import rules from './rules.ts';
import publicPages from './public.ts';
import statistics from './statistics.ts';
import letter from './letter.ts';

export default {
  review: {
    status: 'unreviewed',
    note: 'Written by the Retur team in December 2026 (the rules’ messages adapted from the Farsi text with Dari vocabulary); not yet reviewed by a professional translator.',
  },
  common,
  rules,
  public: publicPages,
  statistics,
  letter,
} satisfies Catalogue<PublicLang>;
