import type { Messages } from '../../types.ts';

export default {
  'language': 'Язык',
  'review.unreviewed': 'Эта страница переведена командой Retur. Профессиональный переводчик её ещё не проверил.',
  'review.readIn': 'Прочитать эту страницу на языке:',
  'skipToContent': 'Перейти к основному содержанию',
} satisfies Messages<'common'>;
