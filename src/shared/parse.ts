/**
 * The one way outside input becomes typed data: a zod schema parses it, and a failure becomes a
 * REQUEST_INVALID error that names every field at fault by its JSON Pointer path. Nothing is coerced silently.
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

/** Parses with the schema or throws REQUEST_INVALID listing each field at fault. `what` names the input in the message. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, what = 'input'): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const errors = fieldErrorsOf(result.error);
  const first = errors[0];
  throw new ReturError('REQUEST_INVALID', `Not valid in the ${what}${first ? `: ${first.path || '(body)'} ${first.message}` : ''}`, { errors });
}
