import type { Catalogue, ConsoleLang } from '../../types.ts';
import common from './common.ts';
import rules from './rules.ts';
import publicPages from './public.ts';
import consolePages from './console.ts';
import statistics from './statistics.ts';
import letter from './letter.ts';

export default {
  review: { status: 'source', note: 'The source of every message; every other language must match its keys and placeholders.' },
  common,
  rules,
  public: publicPages,
  console: consolePages,
  statistics,
  letter,
} satisfies Catalogue<ConsoleLang>;
