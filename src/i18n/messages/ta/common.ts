import type { Messages } from '../../types.ts';

export default {
  'language': 'மொழி',
  'review.unreviewed': 'இந்தப் பக்கத்தை Retur குழு மொழிபெயர்த்தது. தொழில்முறை மொழிபெயர்ப்பாளர் இன்னும் இதைச் சரிபார்க்கவில்லை.',
  'review.readIn': 'இந்தப் பக்கத்தை இந்த மொழியில் படிக்கவும்:',
  'skipToContent': 'முதன்மை உள்ளடக்கத்திற்குச் செல்லவும்',
} satisfies Messages<'common'>;
