/**
 * The one way outside input becomes typed data: a zod schema parses it, and a failure becomes a
 * REQUEST_INVALID error that names every field at fault by its JSON Pointer path. Nothing is coerced silently.
 *
 * Before the schema, every string in the input (and every key) is checked to be text PostgreSQL can hold: no
 * NUL character and no lone UTF-16 surrogate. Either would pass a `z.string()` and then fail in the database
 * (a 500), so they are refused here, at every edge, whatever the schema says.
 */
import type { z } from 'zod';
import { ReturError, type FieldError } from './errors.ts';

function pointer(path: readonly PropertyKey[]): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function fieldErrorsOf(error: z.ZodError): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: pointer([...issue.path, key]), code: 'unknown_field', message: `Unknown field "${key}"` });
    } else {
      out.push({ path: pointer(issue.path), code: issue.code, message: issue.message });
    }
  }
  return out;
}

/** A NUL, or a surrogate that is not half of a pair (with the u flag a pair is one code point, never Cs). */
const NOT_TEXT = /[\0\p{Cs}]/u;
const NOT_TEXT_MESSAGE = 'contains a NUL character or a lone surrogate, which is not text';

/**
 * The fields of `raw` whose string value, or whose key, is not text (see above), by JSON Pointer. Walks
 * plain objects and arrays only (what JSON, a query string or headers give), and stops at the first 100.
 */
export function unsafeTextErrors(raw: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const walk = (value: unknown, path: PropertyKey[]): void => {
    if (errors.length >= 100) return;
    if (typeof value === 'string') {
      if (NOT_TEXT.test(value)) errors.push({ path: pointer(path), code: 'invalid_characters', message: NOT_TEXT_MESSAGE });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
    } else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
      for (const [key, item] of Object.entries(value)) {
        if (NOT_TEXT.test(key)) errors.push({ path: pointer([...path, key]), code: 'invalid_characters', message: `the name ${NOT_TEXT_MESSAGE}` });
        else walk(item, [...path, key]);
      }
    }
  };
  walk(raw, []);
  return errors;
}

function invalid(errors: FieldError[], what: string): ReturError {
  const first = errors[0];
  return new ReturError('REQUEST_INVALID', `Not valid in the ${what}${first ? `: ${first.path || '(body)'} ${first.message}` : ''}`, {}, { errors });
}

/** Parses with the schema or throws REQUEST_INVALID listing each field at fault. `what` names the input in the message. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, what = 'input'): z.output<S> {
  const unsafe = unsafeTextErrors(raw);
  if (unsafe.length > 0) throw invalid(unsafe, what);
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw invalid(fieldErrorsOf(result.error), what);
}
