import type { Messages } from '../../types.ts';

export default {
  'language': 'زبان',
  'review.unreviewed': 'این صفحه توسط تیم Retur ترجمه شده است. یک ترجمان مسلکی هنوز آن را بررسی نکرده است.',
  'review.readIn': 'این صفحه را به این زبان بخوانید:',
  'skipToContent': 'رفتن به محتوای اصلی',
} satisfies Messages<'common'>;
