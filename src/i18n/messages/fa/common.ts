import type { Messages } from '../../types.ts';

export default {
  'language': 'زبان',
  'review.unreviewed': 'این صفحه را تیم Retur ترجمه کرده است. هنوز یک مترجم حرفه‌ای آن را بررسی نکرده است.',
  'review.readIn': 'این صفحه را به این زبان بخوانید:',
  'skipToContent': 'رفتن به محتوای اصلی',
} satisfies Messages<'common'>;
