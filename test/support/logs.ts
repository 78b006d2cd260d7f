/**
 * Captures what a real pino logger writes, for tests that search the logs (no personal data in them):
 *
 *   const logs = captureLogs();
 *   const app = await buildServer({ db, logger: logs.options });
 *   ... requests ...
 *   expect(logs.text()).not.toContain('Amina');
 *
 * `options` are the pino options buildServer passes to Fastify (level `trace`, so every line is written),
 * with a stream into memory. `lines()` parses each line; `findAny(needles)` lists the needles found.
 */
import { Writable } from 'node:stream';

export interface CapturedLogs {
  readonly options: Record<string, unknown>;
  text(): string;
  lines(): Record<string, unknown>[];
  findAny(needles: Iterable<string>): string[];
}

export function captureLogs(level = 'trace'): CapturedLogs {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const text = () => chunks.join('');
  return {
    options: { level, stream },
    text,
    lines: () =>
      text()
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    findAny: (needles) => {
      const all = text();
      return [...needles].filter((needle) => all.includes(needle));
    },
  };
}
