import type { Messages } from '../../types.ts';

export default {
  'language': 'اللغة',
  'review.unreviewed': 'ترجم فريق Retur هذه الصفحة، ولم يراجعها مترجم محترف بعد.',
  'review.readIn': 'اقرأ هذه الصفحة باللغة:',
  'skipToContent': 'انتقل إلى المحتوى الرئيسي',
} satisfies Messages<'common'>;
