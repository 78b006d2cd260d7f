import type { Messages } from '../../types.ts';

export default {
  'language': 'زمان',
  'review.unreviewed': 'ئەم پەڕەیە لەلایەن تیمی Retur وەرگێڕدراوە. هێشتا وەرگێڕێکی پیشەیی پێیدا نەچووەتەوە.',
  'review.readIn': 'ئەم پەڕەیە بەم زمانە بخوێنەوە:',
  'skipToContent': 'بڕۆ بۆ ناوەڕۆکی سەرەکی',
} satisfies Messages<'common'>;
