import type { Messages } from '../../types.ts';

export default {
  'language': 'ቋንቋ',
  'review.unreviewed': 'እዚ ገጽ ብጉጅለ Retur እዩ ተተርጒሙ። ሞያዊ ተርጓሚ ገና ኣይመርመሮን።',
  'review.readIn': 'ነዚ ገጽ በዚ ቋንቋ ኣንብቡ፦',
  'skipToContent': 'ናብ ቀንዲ ትሕዝቶ ኪድ',
} satisfies Messages<'common'>;
