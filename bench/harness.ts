/**
 * A tiny benchmark harness: each benchmark measures its subject and a baseline in the same run, on the same
 * inputs, and prints throughput and the ratio. A warm-up pass runs first so the JIT has compiled both.
 */
export interface Measured {
  readonly label: string;
  readonly count: number;
  readonly seconds: number;
  readonly perSecond: number;
}

/**
 * Runs `run` `repeats` times and keeps the fastest: on a shared machine the slower runs measure the other
 * work on it, not the code.
 */
export function measure(label: string, count: number, run: () => void, repeats = 3): Measured {
  let seconds = Infinity;
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    run();
    seconds = Math.min(seconds, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return { label, count, seconds, perSecond: count / seconds };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');

/** One figure of a benchmark, as bench/results/latest.json keeps it. */
export interface Figure {
  /** The table it was printed in. */
  readonly section: string;
  readonly label: string;
  readonly value: number;
  /** '/s', 'ms', 'ratio', 'count', 'bytes' … */
  readonly unit: string;
  /** The goal, as printed (e.g. '≥ 0.333', '< 100 ms'). */
  readonly goal?: string;
  readonly met?: boolean;
}

const figures: Figure[] = [];

/** Keeps a figure for bench/results/latest.json (report() keeps every one it prints). */
export function record(figure: Figure): void {
  figures.push(figure);
}

/** The figures kept since the last call (run.ts takes them after each benchmark). */
export function takeFigures(): Figure[] {
  return figures.splice(0);
}

export function report(title: string, results: readonly Measured[], ratios: readonly { label: string; of: Measured; to: Measured; goal?: number }[]): boolean {
  console.log(`\n## ${title}`);
  for (const r of results) {
    console.log(`  ${r.label.padEnd(44)} ${fmt(r.perSecond).padStart(12)} /s  (${r.count.toLocaleString('en-GB')} in ${r.seconds.toFixed(2)} s, best of 3)`);
    record({ section: title, label: r.label, value: r.perSecond, unit: '/s' });
  }
  let ok = true;
  for (const { label, of, to, goal } of ratios) {
    const ratio = of.perSecond / to.perSecond;
    const verdict = goal === undefined ? '' : ratio >= goal ? `  goal ≥ ${goal.toFixed(3)}: met` : `  goal ≥ ${goal.toFixed(3)}: NOT MET`;
    if (goal !== undefined && ratio < goal) ok = false;
    record({ section: title, label, value: ratio, unit: 'ratio', ...(goal === undefined ? {} : { goal: `≥ ${goal.toFixed(3)}`, met: ratio >= goal }) });
    console.log(`  ${label.padEnd(44)} ${ratio.toFixed(3).padStart(12)}${verdict}`);
  }
  return ok;
}

/** A small deterministic PRNG (mulberry32), so every run measures the same inputs. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
