import type { Messages } from '../../types.ts';

export default {
  'language': 'Jezik',
  'review.unreviewed': 'Ovu stranicu je preveo tim Retur. Profesionalni prevodilac je još nije proverio.',
  'review.readIn': 'Pročitajte ovu stranicu na jeziku:',
  'skipToContent': 'Pređi na glavni sadržaj',
} satisfies Messages<'common'>;
