/**
 * Taking an action on a case, without storage: check the state, the input, the guard and the conditions,
 * prepare the event, fold it into the case and move the process as its table says. The store-backed command (commands.ts) wraps this in a transaction with the version check,
 * the event log, the projections and the audit. Tests of the processes use it directly.
 */
import { parseInput } from '../shared/parse.ts';
import type { CaseDoc } from './model.ts';
import type { z } from 'zod';
import { assertTransition, transition, type Action, type ActionContext, type ProcessId, type StoredFile } from './process.ts';

export interface Executed {
  readonly payload: unknown;
  readonly doc: CaseDoc;
  /** Files to store beside the event. */
  readonly files: readonly StoredFile[];
}

export function execute<S extends z.ZodType, P, Pr extends ProcessId>(
  doc: CaseDoc,
  action: Action<S, P, Pr>,
  rawInput: unknown,
  ctx: ActionContext,
  actor: string,
): Executed {
  assertTransition(doc, action);
  const input = parseInput(action.input, rawInput, `input of ${action.id}`);
  action.guard?.(doc, ctx);
  action.check?.(doc, input, ctx);
  const payload = action.prepare(doc, input, ctx);
  const projected = action.apply(doc, payload, { at: ctx.at, actor, sequence: ctx.sequence });
  return { payload, doc: transition(doc, projected, action, payload), files: action.files?.(input, payload) ?? [] };
}
