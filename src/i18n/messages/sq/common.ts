import type { Messages } from '../../types.ts';

export default {
  'language': 'Gjuha',
  'review.unreviewed': 'Kjo faqe është përkthyer nga ekipi i Retur. Një përkthyes profesionist nuk e ka kontrolluar ende.',
  'review.readIn': 'Lexojeni këtë faqe në:',
  'skipToContent': 'Kalo te përmbajtja kryesore',
} satisfies Messages<'common'>;
