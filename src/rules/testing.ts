/**
 * Helpers for running rule-set cases (used by the case runner, the meta-tests and the API contract tests).
 * Pure: no I/O.
 */
import type { AnyRuleSet } from './index.ts';
import type { TestCase } from './engine/ruleset.ts';
import type { Trace } from './engine/trace.ts';
import type { ReformedLaw } from './engine/reformed.ts';

/** Deep partial match: objects match on the keys given, arrays and scalars in full. Returns the mismatches. */
export function mismatches(actual: unknown, expected: unknown, path = ''): string[] {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      return [`${path || '(root)'}: expected an object, got ${JSON.stringify(actual)}`];
    }
    const out: string[] = [];
    for (const [key, value] of Object.entries(expected)) {
      out.push(...mismatches((actual as Record<string, unknown>)[key], value, `${path}/${key}`));
    }
    return out;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      return [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
    }
    return expected.flatMap((e, i) => mismatches(actual[i], e, `${path}/${i}`));
  }
  return Object.is(actual, expected) ? [] : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

export interface CaseRun {
  readonly ruleSet: AnyRuleSet;
  readonly testCase: TestCase<unknown>;
  readonly trace?: Trace;
}

/**
 * Runs every valid case of a rule set with the trace on, for the meta-tests; with `addedExceptions`, under a
 * reform that adds every exception the rule set declares addable (from the first day), so that those
 * exceptions, which never apply under the law, can be seen to decide.
 */
export function tracesOf(ruleSet: AnyRuleSet, options: { addedExceptions?: boolean } = {}): CaseRun[] {
  const added = ruleSet.reformable?.exceptions ?? [];
  if (options.addedExceptions && added.length === 0) return [];
  const reform: ReformedLaw | undefined = options.addedExceptions
    ? { name: 'every addable exception', parameters: new Map(), switchedOff: new Map(), exceptionsAdded: new Map(added.map((rule) => [rule, '0001-01-01'])) }
    : undefined;
  const runs: CaseRun[] = [];
  for (const testCase of ruleSet.cases) {
    if (testCase.expectError) continue;
    const parsed = ruleSet.input.safeParse(testCase.input);
    if (!parsed.success) continue;
    try {
      const result = ruleSet.evaluate(parsed.data, reform === undefined ? { trace: true } : { trace: true, reform });
      runs.push({ ruleSet, testCase, ...(result.trace ? { trace: result.trace } : {}) });
    } catch {
      // A case that throws is reported by the case runner; the meta-tests only count what decided.
    }
  }
  return runs;
}
