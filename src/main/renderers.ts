/**
 * The pages the command line prints instead of serving: `retur stats forced-returns --format html` and
 * `retur simulate --format html` print the page the web serves. The CLI may not import src/web/ (a lint rule
 * in eslint.config.js holds it), so the composition root hands the renderers on, as it hands the lab's page
 * to the API.
 */
export { renderSimulationPage } from '../web/lab/page.ts';
export { renderForcedReturnReportPage } from '../web/statistics/page.ts';
