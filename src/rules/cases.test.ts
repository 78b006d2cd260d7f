/**
 * Runs every test case of every rule set (the cases are data next to each rule set).
 */
import { describe, expect, it } from 'vitest';
import { ruleSets } from './index.ts';
import { RulesError } from './engine/errors.ts';
import { mismatches } from './testing.ts';

for (const ruleSet of ruleSets) {
  describe(`rule set ${ruleSet.id}`, () => {
    it('has test cases', () => {
      expect(ruleSet.cases.length).toBeGreaterThan(0);
    });
    for (const testCase of ruleSet.cases) {
      it(testCase.name, () => {
        const parsed = ruleSet.input.safeParse(testCase.input);
        if (testCase.expectError === 'REQUEST_INVALID') {
          expect(parsed.success, 'the input should be refused by the schema').toBe(false);
          return;
        }
        expect(parsed.success, parsed.success ? '' : `the input should parse: ${parsed.error?.message}`).toBe(true);
        if (!parsed.success) return;
        if (testCase.expectError) {
          let thrown: unknown;
          try {
            ruleSet.evaluate(parsed.data);
          } catch (error) {
            thrown = error;
          }
          expect(thrown, 'the evaluation should throw').toBeInstanceOf(RulesError);
          expect((thrown as RulesError).code).toBe(testCase.expectError);
          return;
        }
        const traced = ruleSet.evaluate(parsed.data, { trace: true });
        expect(mismatches(traced, testCase.expect ?? {})).toEqual([]);
        expect(traced.trace, 'a traced evaluation returns its trace').toBeDefined();
        // The untraced path gives the same answer, without the trace.
        const untraced = ruleSet.evaluate(parsed.data, { trace: false });
        const { trace: _trace, ...answer } = traced;
        expect(untraced).toEqual(answer);
      });
    }
  });
}
