/**
 * The benchmarks' figures on disk: bench/results/latest.json holds, for each benchmark, its last run (when,
 * on what machine, how it was called, every figure it kept with record() or report(), and every line it
 * printed), and README.md shows them as a table between two markers. `npm run bench` updates both; running
 * some benchmarks replaces only theirs. `npm run bench:table` redraws the README's table from the file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figure } from './harness.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
export const resultsFile = `${root}bench/results/latest.json`;
const readme = `${root}README.md`;
export const TABLE_START = '<!-- bench:start (drawn from bench/results/latest.json by npm run bench:table; do not edit) -->';
export const TABLE_END = '<!-- bench:end -->';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly platform: string;
  /** The 1-, 5- and 15-minute load averages when the benchmark started and when it ended. */
  readonly loadAverage: { readonly start: readonly number[]; readonly end: readonly number[] };
}

export interface BenchmarkRun {
  readonly startedAt: string;
  readonly seconds: number;
  /** The arguments of `npm run bench` (e.g. ['load', '--quick']). */
  readonly args: readonly string[];
  readonly goalsMet: boolean;
  readonly machine: Machine;
  readonly figures: readonly Figure[];
  /** Everything it printed, line by line: the figures record() does not name are there. */
  readonly output: readonly string[];
}

export interface Results {
  readonly updatedAt: string;
  readonly benchmarks: Readonly<Record<string, BenchmarkRun>>;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function machine(loadAtStart: readonly number[]): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: { start: loadAtStart.map(round), end: loadavg().map(round) },
  };
}

export function readResults(file = resultsFile): Results {
  if (!existsSync(file)) return { updatedAt: new Date(0).toISOString(), benchmarks: {} };
  return JSON.parse(readFileSync(file, 'utf8')) as Results;
}

/** Replaces the runs of these benchmarks in the file, keeping the others'. */
export function saveRuns(runs: Readonly<Record<string, BenchmarkRun>>, file = resultsFile): Results {
  const results: Results = { updatedAt: new Date().toISOString(), benchmarks: { ...readResults(file).benchmarks, ...runs } };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return results;
}

const number = (n: number, unit: string) => {
  const digits = unit === 'ratio' ? 3 : Number.isInteger(n) || Math.abs(n) >= 100 ? 0 : Math.abs(n) < 10 ? 2 : 1;
  return `${n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })}${unit === 'ratio' ? '' : ` ${unit}`}`;
};
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The README's table: per benchmark, its machine line, then each figure with its goal. */
export function table(results: Results): string {
  const names = Object.keys(results.benchmarks).sort();
  if (names.length === 0) return 'No benchmark has been run yet: `npm run bench`.';
  const lines: string[] = [];
  for (const name of names) {
    const run = results.benchmarks[name]!;
    const m = run.machine;
    lines.push(
      `**${name}** — ${run.startedAt.slice(0, 16).replace('T', ' ')} UTC, \`npm run bench -- ${run.args.join(' ')}\`, ${run.seconds.toFixed(0)} s; ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}; load average ${m.loadAverage.start.join(' ')} at the start, ${m.loadAverage.end.join(' ')} at the end; goals ${run.goalsMet ? 'met' : 'NOT all met'}.`,
      '',
      '| figure | value | goal |',
      '|---|---:|---|',
      ...run.figures.flatMap((f, i) => [
        ...(i === 0 || run.figures[i - 1]!.section !== f.section ? [`| *${cell(f.section)}* | | |`] : []),
        `| ${cell(f.label)} | ${number(f.value, f.unit)} | ${f.goal === undefined ? '' : `${cell(f.goal)}: ${f.met ? 'met' : '**not met**'}`} |`,
      ]),
      '',
    );
  }
  return lines.join('\n').trimEnd();
}

/** Rewrites the README between the markers with the table of `results`. Whether the README changed. */
export function writeReadmeTable(results: Results = readResults(), file = readme): boolean {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(TABLE_START);
  const end = text.indexOf(TABLE_END);
  if (start === -1 || end < start) throw new Error(`${file} has no ${TABLE_START} … ${TABLE_END} section`);
  const next = `${text.slice(0, start + TABLE_START.length)}\n${table(results)}\n${text.slice(end)}`;
  if (next === text) return false;
  writeFileSync(file, next);
  return true;
}
