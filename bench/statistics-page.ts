/**
 * The forced-return report page (src/web/statistics/page.ts), for the demo data of March 2026: eight charts
 * drawn by ECharts on the server. Timed beside its baseline in the same run, the report it draws built from
 * the month's aggregate (`buildForcedReturnReport`). Goal: one page in under a second, on this machine as it
 * is (the test suite does not time it: a loaded machine would make a timed test fail for nothing).
 */
import { aggregate } from '../src/statistics/aggregate.ts';
import { demoForcedReturns } from '../src/statistics/demo.ts';
import { buildForcedReturnReport } from '../src/statistics/report.ts';
import { renderForcedReturnReportPage } from '../src/web/statistics/page.ts';
import { measure, report } from './harness.ts';

const PAGE_GOAL_MS = 1000;

export function run(): boolean {
  const rows = aggregate(demoForcedReturns());
  const build = () => buildForcedReturnReport(rows, { month: '2026-03', producedAt: '2026-04-01T06:00:00Z', source: 'database' });
  const built = build();
  renderForcedReturnReportPage(built); // warm-up
  const pages = 5;
  const page = measure('report page rendered (8 charts)', pages, () => {
    for (let i = 0; i < pages; i++) renderForcedReturnReportPage(built);
  });
  const baseline = measure('report built from the aggregate (baseline)', pages * 20, () => {
    for (let i = 0; i < pages * 20; i++) build();
  });
  report('Statistics page', [page, baseline], [{ label: 'page / report build (ratio)', of: page, to: baseline }]);
  const ms = 1000 / page.perSecond;
  const met = ms < PAGE_GOAL_MS;
  console.log(
    `  one page in ${ms.toFixed(0)} ms (${(renderForcedReturnReportPage(built).length / 1024).toFixed(0)} KB)  goal < ${PAGE_GOAL_MS} ms: ${met ? 'met' : 'NOT MET'}`,
  );
  return met;
}
