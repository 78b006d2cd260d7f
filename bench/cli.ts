/**
 * `npm run bench -- cli`: how long `retur --help`, `retur check` and `retur support` take from start to
 * exit, as a user runs them (`node bin/retur.js`, which runs dist/ when the build is fresh and tsx
 * otherwise), beside bare `node -e 1` in the same run. Goal: each at most 3 times bare Node (under 0.6 s).
 */
import { spawnSync } from 'node:child_process';
import { measure, report, type Measured } from './harness.ts';

const bin = new URL('../bin/retur.js', import.meta.url).pathname;

function timed(label: string, args: readonly string[], input?: string): Measured {
  return measure(
    label,
    1,
    () => {
      const result = spawnSync(process.execPath, args, { input, encoding: 'utf8', env: { ...process.env, NODE_ENV: '' } });
      if (result.status !== 0) throw new Error(`${label}: exit ${result.status}: ${result.stderr}`);
    },
    7,
  );
}

export function run(): boolean {
  const built = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(require("node:fs").existsSync("dist/.built")))'], { encoding: 'utf8' }).stdout;
  console.log(
    `\n(dist/ ${built === 'true' ? 'is built: bin/retur.js runs it when it is newer than src/' : 'is not built: npm run build first, or this measures tsx'})`,
  );
  const node = timed('node -e 1', ['-e', '1']);
  const help = timed('retur --help', [bin, '--help']);
  const check = timed(
    'retur check forced-return-category',
    [bin, 'check', 'forced-return-category', '--no-trace', '-'],
    JSON.stringify({ date: '2026-03-10', dublinTransfer: true }),
  );
  const support = timed(
    'retur support',
    [bin, 'support', '--no-trace', '-'],
    JSON.stringify({ applicationDate: '2026-03-10', departureDeadline: null, citizenship: 'AF', travellers: [{ dateOfBirth: '1990-05-01' }] }),
  );
  return report(
    'Command-line start-up (one run each, best of 7; a ratio of 1/3 is 3 times bare Node)',
    [node, help, check, support],
    [
      { label: '--help against node -e 1', of: help, to: node, goal: 1 / 3 },
      { label: 'check against node -e 1', of: check, to: node, goal: 1 / 3 },
      { label: 'support against node -e 1', of: support, to: node, goal: 1 / 3 },
    ],
  );
}
