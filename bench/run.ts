/**
 * `npm run bench`: every benchmark, each against its baseline in the same run. `npm run bench -- NAME`
 * runs one; `--quick` runs each on a tenth of the data. Exit code 1 when a goal is not met. Each benchmark's
 * figures, what it printed and the machine it ran on go to bench/results/latest.json (replacing that
 * benchmark's last run), and the README's table is drawn again from it (bench/results.ts).
 */
import { loadavg } from 'node:os';
import { takeFigures } from './harness.ts';
import { loadCatalogues } from '../src/i18n/catalogue.ts';
import { machine, saveRuns, writeReadmeTable, type BenchmarkRun } from './results.ts';
import { run as eligibility } from './eligibility.ts';
import { run as cases } from './cases.ts';
import { run as statistics } from './statistics.ts';
import { run as pages } from './pages.ts';
import { run as fuzz } from './fuzz.ts';
import { run as load } from './load.ts';
import { run as cli } from './cli.ts';
import { run as statisticsPage } from './statistics-page.ts';
import { run as simulate } from './simulate.ts';
import { run as consolePages } from './console.ts';

const benchmarks: Record<string, (scale: number) => boolean | Promise<boolean>> = {
  eligibility: (scale) => eligibility(Math.round(1_000_000 * scale)),
  // The command layer moves tens of cases a second on a 2-core machine, so --quick runs cases at a hundredth.
  cases: (scale) => cases(scale < 1 ? scale / 10 : scale),
  // The reads of `cases` on the full table (1,000,000 cases at scale 1), after only 1,000 cases written.
  'cases-reads': (scale) => cases(scale, scale / 100),
  statistics: (scale) => statistics(scale),
  pages: (scale) => pages(scale),
  // `retur serve` under 50 connections (issue 10 point 8): the report against the bare route, and a staff read beside it.
  load: (scale) => load(scale),
  // Not a speed goal: the API fuzzer's long run (--seed=N picks the requests; the same seed, the same run).
  fuzz: (scale) => fuzz(scale, seedArg),
  cli: () => cli(),
  'statistics-page': () => statisticsPage(),
  // The policy lab (issue 13): a reform over 1,000,000 generated households in PostgreSQL, beside the rules in memory.
  simulate: (scale) => simulate(scale),
  // The staff console's queue and case pages with 1,000,000 cases in PostgreSQL (--cases=N for another size).
  console: (scale) => consolePages(casesArg === undefined ? Math.round(1_000_000 * scale) : Number(casesArg)),
};

// The benchmarks render pages and reports in any language, as the server does once it has loaded them all.
await loadCatalogues();

const args = process.argv.slice(2);
const scale = args.includes('--quick') ? 0.1 : 1;
const seedArg = Number(args.find((a) => a.startsWith('--seed='))?.slice('--seed='.length) ?? 20_261_205);
const casesArg = args.find((a) => a.startsWith('--cases='))?.slice('--cases='.length);
const names = args.filter((a) => !a.startsWith('--'));
const selected = names.length > 0 ? names : Object.keys(benchmarks);
for (const name of selected) {
  if (!benchmarks[name]) {
    console.error(`No benchmark ${name}; there are: ${Object.keys(benchmarks).join(', ')}`);
    process.exit(2);
  }
}
let ok = true;
const runs: Record<string, BenchmarkRun> = {};
const print = console.log;
for (const name of selected) {
  const startedAt = new Date();
  const loadAtStart = loadavg();
  const output: string[] = [];
  // Every line a benchmark prints is kept with its figures (and still printed).
  console.log = (...parts: unknown[]) => {
    output.push(...parts.map(String).join(' ').split('\n'));
    print(...parts);
  };
  takeFigures();
  let met: boolean;
  try {
    met = await benchmarks[name]!(scale);
  } finally {
    console.log = print;
  }
  ok = met && ok;
  runs[name] = {
    startedAt: startedAt.toISOString(),
    seconds: (Date.now() - startedAt.getTime()) / 1000,
    args: [name, ...args.filter((a) => a.startsWith('--'))],
    goalsMet: met,
    machine: machine(loadAtStart),
    figures: takeFigures(),
    output,
  };
}
const results = saveRuns(runs);
writeReadmeTable(results);
console.log(`\nFigures written to bench/results/latest.json; the README's table drawn again from it.`);
console.log(ok ? '\nAll goals met.' : '\nSome goals were NOT met.');
process.exitCode = ok ? 0 : 1;
