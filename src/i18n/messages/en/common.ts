export default {
  'language': 'Language',
  'review.unreviewed': 'This page was translated by the Retur team. A professional translator has not yet checked it.',
  'review.readIn': 'Read this page in:',
  'skipToContent': 'Skip to main content',
};
