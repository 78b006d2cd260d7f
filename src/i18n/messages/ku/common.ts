import type { Messages } from '../../types.ts';

export default {
  'language': 'Ziman',
  'review.unreviewed': 'Ev rûpel ji aliyê tîma Retur ve hatiye wergerandin. Wergêrekî profesyonel hê ew kontrol nekiriye.',
  'review.readIn': 'Vê rûpelê bi vî zimanî bixwînin:',
  'skipToContent': 'Here naveroka sereke',
} satisfies Messages<'common'>;
