import type { Messages } from '../../types.ts';

export default {
  'language': 'Språk',
  'review.unreviewed': 'Denne sida er omsett av Retur-teamet. Ein profesjonell omsetjar har ikkje kontrollert henne enno.',
  'review.readIn': 'Les denne sida på:',
  'skipToContent': 'Gå til hovudinnhaldet',
} satisfies Messages<'common'>;
