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

export function report(title: string, results: readonly Measured[], ratios: readonly { label: string; of: Measured; to: Measured; goal?: number }[]): boolean {
  console.log(`\n## ${title}`);
  for (const r of results) console.log(`  ${r.label.padEnd(44)} ${fmt(r.perSecond).padStart(12)} /s  (${r.count.toLocaleString('en-GB')} in ${r.seconds.toFixed(2)} s, best of 3)`);
  let ok = true;
  for (const { label, of, to, goal } of ratios) {
    const ratio = of.perSecond / to.perSecond;
    const verdict = goal === undefined ? '' : ratio >= goal ? `  goal ≥ ${goal.toFixed(3)}: met` : `  goal ≥ ${goal.toFixed(3)}: NOT MET`;
    if (goal !== undefined && ratio < goal) ok = false;
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
