import type { Messages } from '../../types.ts';

export default {
  'language': 'Мова',
  'review.unreviewed': 'Цю сторінку переклала команда Retur. Професійний перекладач її ще не перевірив.',
  'review.readIn': 'Прочитати цю сторінку мовою:',
  'skipToContent': 'Перейти до основного вмісту',
} satisfies Messages<'common'>;
