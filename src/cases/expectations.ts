/**
 * Expectations shared by the tests of the processes: an action refused with a condition, or for its input.
 * (Imported by tests only.)
 */
import { expect } from 'vitest';
import { ReturError } from '../shared/errors.ts';

/** The coded case error `fn` throws; fails when it throws nothing or something else. */
export function refusal(fn: () => unknown): ReturError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ReturError) return error;
    throw error;
  }
  throw new Error('expected the action to be refused');
}

/** `fn` is refused because the named condition does not hold. */
export function expectCondition(fn: () => unknown, condition: string): void {
  const error = refusal(fn);
  expect(error.code).toBe('CASE_PRECONDITION_FAILED');
  expect(error.details).toEqual({ condition });
}

/** `fn` is refused for its input, naming the field at `path`. */
export function expectInvalidInput(fn: () => unknown, path: string): void {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ReturError);
  expect((thrown as ReturError).code).toBe('REQUEST_INVALID');
  expect((thrown as ReturError).errors.map((e) => e.path)).toContain(path);
}
