/**
 * `retur check … --reform FILE` and `retur support --reform FILE`: the answer under a reform, the trace
 * marking what it set; a reform that does not fit the law is a problem on standard error, exit code 2.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../bin/retur.js', import.meta.url).pathname;
const example = (name: string) => new URL(`../examples/reforms/${name}`, import.meta.url).pathname;
const run = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', timeout: 30_000 });
const family = JSON.stringify({
  applicationDate: '2027-03-01',
  departureDeadline: null,
  citizenship: 'IQ',
  travellers: [{ dateOfBirth: '1990-01-01' }, { dateOfBirth: '2015-01-01' }],
});

describe('retur … --reform FILE', () => {
  it('answers under the reform, and the trace names the reform and the value it set', () => {
    const result = run(['support', '--reform', example('adult-rate-raise-2027.json'), '-'], family);
    expect(result.status, result.stderr).toBe(0);
    const answer = JSON.parse(result.stdout);
    expect(answer.total).toBe(20_000 + 15_000 + 10_000);
    expect(answer.trace.reform).toBe('Adult rate before the deadline raised to NOK 20,000');
    expect(answer.trace.parameters.filter((p: { reform?: string }) => p.reform).map((p: { parameter: string }) => p.parameter)).toEqual([
      'assisted-return.support.adult.before-deadline',
    ]);
    expect(JSON.parse(run(['support', '-'], family).stdout).total).toBe(40_000);
  });

  it('reads a reform in YAML, and switches a rule off in `check`', () => {
    const dir = mkdtempSync(join(tmpdir(), 'retur-reform-'));
    const file = join(dir, 'reform.yaml');
    writeFileSync(
      file,
      [
        'name: Visa-exempt nationals no longer excluded',
        'effective: 2027-03-01',
        'rules:',
        '  - change: switch-off',
        '    rule: assisted-return.eligibility.exclusion.visa-exempt-nationality',
        '',
      ].join('\n'),
    );
    const brazilian = JSON.stringify({ date: '2027-03-01', citizenship: 'BR', protection: 'rejected' });
    expect(JSON.parse(run(['check', 'assisted-return', '--no-trace', '-'], brazilian).stdout).outcome).toBe('normally-not-eligible');
    const result = run(['check', 'assisted-return', '--reform', file, '-'], brazilian);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).outcome).toBe('eligible');
  });

  it('refuses a reform that does not fit the law with a problem naming the change, and prints no answer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'retur-reform-'));
    const file = join(dir, 'reform.json');
    writeFileSync(
      file,
      JSON.stringify({
        name: 'x',
        effective: '2027-03-01',
        parameters: [{ change: 'value', parameter: 'assisted-return.support.adult.before-deadline', value: 'a lot' }],
      }),
    );
    const result = run(['support', '--reform', file, '-'], family);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(JSON.parse(result.stderr)).toMatchObject({
      status: 422,
      code: 'RULES_REFORM_WRONG_TYPE',
      parameter: 'assisted-return.support.adult.before-deadline',
      path: '/parameters/0/value',
    });
    writeFileSync(file, JSON.stringify({ name: 'x' }));
    expect(JSON.parse(run(['support', '--reform', file, '-'], family).stderr)).toMatchObject({
      status: 400,
      code: 'REQUEST_INVALID',
      errors: [{ path: '/effective' }],
    });
  });
});
