import type { Messages } from '../../types.ts';

export default {
  'language': 'Luqadda',
  'review.unreviewed': 'Boggan waxaa turjumay kooxda Retur. Turjubaan xirfad leh weli ma hubin.',
  'review.readIn': 'Ku akhri boggan:',
  'skipToContent': 'U gudub nuxurka ugu muhiimsan',
} satisfies Messages<'common'>;
