import type { Messages } from '../../types.ts';

export default {
  'language': 'Langue',
  'review.unreviewed': 'Cette page a été traduite par l’équipe Retur. Un traducteur professionnel ne l’a pas encore vérifiée.',
  'review.readIn': 'Lire cette page en :',
  'skipToContent': 'Aller au contenu principal',
} satisfies Messages<'common'>;
