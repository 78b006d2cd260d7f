import type { Messages } from '../../types.ts';

export default {
  'language': 'Språk',
  'review.unreviewed': 'Denne siden er oversatt av Retur-teamet. En profesjonell oversetter har ikke kontrollert den ennå.',
  'review.readIn': 'Les denne siden på:',
  'skipToContent': 'Gå til hovedinnholdet',
} satisfies Messages<'common'>;
