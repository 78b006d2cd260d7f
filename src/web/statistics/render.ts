/**
 * The report page as one call, for the web route and for the CLI's `--format html` (the one place the CLI
 * uses web/: the same page, printed instead of served).
 */
import type { ForcedReturnReport } from '../../statistics/report.ts';
import { renderForcedReturnReportPage, type PublishedReport } from './page.ts';

export function renderReport(report: ForcedReturnReport, published: PublishedReport | null, show: 'live' | 'published' = 'live'): string {
  return renderForcedReturnReportPage(report, { published, show });
}
