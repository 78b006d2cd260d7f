/**
 * `npm run bench`: every benchmark, each against its baseline in the same run. `npm run bench -- NAME`
 * runs one; `--quick` runs each on a tenth of the data. Exit code 1 when a goal is not met.
 */
import { run as eligibility } from './eligibility.ts';

const benchmarks: Record<string, (scale: number) => boolean | Promise<boolean>> = {
  eligibility: (scale) => eligibility(Math.round(1_000_000 * scale)),
};

const args = process.argv.slice(2);
const scale = args.includes('--quick') ? 0.1 : 1;
const names = args.filter((a) => !a.startsWith('--'));
const selected = names.length > 0 ? names : Object.keys(benchmarks);
let ok = true;
for (const name of selected) {
  const bench = benchmarks[name];
  if (!bench) {
    console.error(`No benchmark ${name}; there are: ${Object.keys(benchmarks).join(', ')}`);
    process.exit(2);
  }
  ok = (await bench(scale)) && ok;
}
console.log(ok ? '\nAll goals met.' : '\nSome goals were NOT met.');
process.exitCode = ok ? 0 : 1;
