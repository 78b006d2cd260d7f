import type { Messages } from '../../types.ts';

export default {
  'language': 'ژبه',
  'review.unreviewed': 'دا پاڼه د Retur ټیم ژباړلې ده. یو مسلکي ژباړونکي لا تر اوسه نه ده کتلې.',
  'review.readIn': 'دا پاڼه په دې ژبه ولولئ:',
  'skipToContent': 'اصلي منځپانګې ته لاړ شئ',
} satisfies Messages<'common'>;
