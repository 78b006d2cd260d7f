/**
 * The statistics on the command line as a user runs them: import a file (all or nothing, twice without
 * double counting), the report from the database and from the file agreeing on every figure, publication,
 * and the formats. A PGlite data directory per describe; each test runs alone (the seed's file is imported
 * in beforeAll).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoForcedReturnsCsv } from '../src/statistics/demo.ts';

const bin = new URL('../bin/retur.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'retur-cli-stats-'));
/** `retur ARGS` on the PGlite data directory `data` (a directory of its own per describe, so each test runs alone). */
const runIn = (data: string) => (args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, RETUR_DATA_DIR: join(dir, data), DATABASE_URL: '' },
  });
const withoutProducedAt = (report: Record<string, unknown>) => ({ ...report, producedAt: null, source: null });
const good = join(dir, 'returns.csv');
writeFileSync(good, demoForcedReturnsCsv());

describe('retur import of a file with bad rows', () => {
  const run = runIn('bad');
  // The data directory created and migrated first (the slowest spawn), so the test times only the import.
  beforeAll(() => {
    expect(run(['migrate']).status).toBe(0);
  });
  it('refuses it whole, naming each line, and imports nothing', () => {
    const bad = join(dir, 'bad.csv');
    const lines = demoForcedReturnsCsv().split('\r\n');
    lines[3] = lines[3]!.replace(/,(asylum|dublin|ip|refused|expelled),/, ',deported,');
    lines[7] = lines[7]!.replace(/^([^,]+),\d{4}-\d{2}-\d{2}/, '$1,2026-02-30');
    writeFileSync(bad, lines.join('\r\n'));
    const result = run(['import', 'returns', bad]);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain('line 4');
    expect(result.stderr).toContain('line 8');
    const report = run(['stats', 'forced-returns', '--month', '2026-03']);
    expect(report.status, report.stderr).toBe(0);
    expect(JSON.parse(report.stdout).total).toEqual({ thisYear: 0, lastYear: 0, changePercent: null });
  });
});

describe('retur import and retur stats on an imported file', () => {
  const run = runIn('good');
  let firstImport: ReturnType<typeof run>;
  // The seed's file, imported once for the tests below (each needs only this).
  beforeAll(() => {
    firstImport = run(['import', 'returns', good]);
  });

  it('imports a good file, and importing it again counts nobody twice', () => {
    expect(firstImport.status, firstImport.stderr).toBe(0);
    expect(firstImport.stdout).toContain('Imported 2937 new record(s)');
    const second = run(['import', 'returns', good]);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain('Imported 0 new record(s)');
  });

  it('gives the seed’s figures from the database, the same as from the file', () => {
    const fromDb = run(['stats', 'forced-returns', '--month', '2026-03']);
    const fromFile = run(['stats', 'forced-returns', '--month', '2026-03', '--input', good]);
    expect(fromDb.status, fromDb.stderr).toBe(0);
    expect(fromFile.status, fromFile.stderr).toBe(0);
    const db = JSON.parse(fromDb.stdout);
    const file = JSON.parse(fromFile.stdout);
    expect(db.total).toEqual({ thisYear: 578, lastYear: 560, changePercent: 3 });
    expect(db.source).toBe('database');
    expect(file.source).toBe('file');
    expect(withoutProducedAt(db)).toEqual(withoutProducedAt(file));
  });

  it('refuses a month not yet published, then publishes one and prints it as published', () => {
    expect(run(['stats', 'forced-returns', '--month', '2026-02', '--published']).status).toBe(2);
    const published = run(['stats', 'publish', '--month', '2026-03']);
    expect(published.status, published.stderr).toBe(0);
    const json = JSON.parse(run(['stats', 'forced-returns', '--month', '2026-03', '--published']).stdout);
    expect(json.total.thisYear).toBe(578);
  });

  it('prints the report as CSV', () => {
    const csv = run(['stats', 'forced-returns', '--month', '2026-03', '--format', 'csv']).stdout;
    expect(csv.split('\r\n')[0]).toBe('dataset,time,category,citizenship,destination,minor,measure,value');
  });

  it('prints the report as JSON-stat 2.0', () => {
    const stat = JSON.parse(run(['stats', 'forced-returns', '--month', '2026-03', '--format', 'json-stat']).stdout);
    expect(stat.version).toBe('2.0');
  });

  it('prints the report as a page', () => {
    const page = run(['stats', 'forced-returns', '--month', '2026-03', '--format', 'html']).stdout;
    expect(page).toContain('<html lang="en"');
    expect(page).toContain('578');
  });

  it('refuses a month that is not one, with exit code 2', () => {
    const result = run(['stats', 'forced-returns', '--month', '2026-13']);
    expect(result.status).toBe(2);
    expect(JSON.parse(result.stderr).code).toBe('REQUEST_INVALID');
  });
});
