import type { Messages } from '../../types.ts';

export default {
  'language': 'ቋንቋ',
  'review.unreviewed': 'ይህ ገጽ በRetur ቡድን ተተርጉሟል። ባለሙያ ተርጓሚ እስካሁን አላረጋገጠውም።',
  'review.readIn': 'ይህን ገጽ በሚከተለው ቋንቋ ያንብቡ፦',
  'skipToContent': 'ወደ ዋናው ይዘት ይዝለሉ',
} satisfies Messages<'common'>;
