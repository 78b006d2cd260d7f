/**
 * Processes as explicit state machines (GOV.UK's "InvalidTransition", Catala-plain): each action names the
 * process it belongs to, the states it is allowed in, the roles that may take it, its input schema, its
 * conditions, and the one event it records. The event's payload is prepared once (rules are asked then, and
 * their answers and traces stored with the event; the case keeps each answer and the number of that event);
 * the projection is a pure fold of the events, so a case can always be rebuilt from its log.
 */
import type { z } from 'zod';
import type { IsoDate } from '../rules/engine/dates.ts';
import type { CaseDoc } from './model.ts';
import type { Principal, Role } from './roles.ts';
import { CaseError } from './errors.ts';

export const processIds = ['case', 'assisted-return', 'appeal', 'deferral', 'forced-return', 'own-departure', 'after-departure'] as const;
export type ProcessId = (typeof processIds)[number];

/** Every state of every process, for the exhaustive transition test and the docs. */
export const processStates: Record<ProcessId, readonly string[]> = {
  case: ['open', 'departed', 'closed'],
  'assisted-return': ['none', 'applied', 'granted', 'rejected', 'appealed', 'rejected-final', 'travel-arranged', 'departed', 'withdrawn'],
  appeal: ['none', 'registered', 'upheld', 'reversed'],
  deferral: ['none', 'requested', 'granted', 'denied'],
  'forced-return': ['none', 'planned', 'executed', 'cancelled'],
  'own-departure': ['none', 'announced', 'confirmed'],
  'after-departure': ['not-departed', 'departed'],
};

export interface BaseActionContext {
  /** Today in Europe/Oslo: the date the rules are asked as of, unless the input says otherwise. */
  readonly today: IsoDate;
  /** The instant of the write (ISO timestamp), for the record. */
  readonly at: string;
  readonly principal: Principal;
  /** The number the event this action records will have in the case's log (the case's version + 1). */
  readonly sequence: number;
}

/** What the projection knows of the event it folds in besides its payload. */
export interface EventMeta {
  readonly at: string;
  readonly actor: string;
  readonly sequence: number;
}

export interface Action<S extends z.ZodType = z.ZodType, P = unknown> {
  /** e.g. `assisted-return.grant`; also the event type it records. */
  readonly id: string;
  readonly process: ProcessId;
  readonly title: string;
  readonly description: string;
  /** The source sentence the action implements, if any. */
  readonly source?: string;
  readonly roles: readonly Role[];
  /** The process states the action is allowed in. */
  readonly from: readonly string[];
  readonly input: S;
  /** Conditions beyond the state (throw CASE_PRECONDITION_FAILED through `precondition`). */
  readonly check?: (doc: CaseDoc, input: z.output<S>, ctx: ActionContext) => void;
  /** The event payload: the input plus what the rules computed. */
  readonly prepare: (doc: CaseDoc, input: z.output<S>, ctx: ActionContext) => P;
  /** The projection: the case after the event. Pure. */
  readonly apply: (doc: CaseDoc, payload: P, event: EventMeta) => CaseDoc;
  /** Whether the person's personal data is changed (for the audit). Default true. */
  readonly changesPersonalData?: boolean;
  /** Files the action stores beside its event (their bytes never go into the event log). */
  readonly files?: (input: z.output<S>, payload: P) => readonly StoredFile[];
}

export interface StoredFile {
  readonly documentId: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

export function defineAction<S extends z.ZodType, P>(action: Action<S, P>): Action<S, P> {
  return action;
}

/** An action of any input and payload (a list of actions mixes them). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyAction = Action<any, any>;

export function precondition(ok: boolean, condition: string, message: string): void {
  if (!ok) throw new CaseError('CASE_PRECONDITION_FAILED', message, { condition });
}

/** The state a process is in on a case. */
export function stateOf(doc: CaseDoc, process: ProcessId): string {
  switch (process) {
    case 'case':
      return doc.status;
    case 'assisted-return':
      return doc.assistedReturn.status;
    case 'appeal':
      return doc.appeal.status;
    case 'deferral':
      return doc.deferral.status;
    case 'forced-return':
      return doc.forcedReturn.status;
    case 'own-departure':
      return doc.ownDeparture.status;
    case 'after-departure':
      return doc.departure ? 'departed' : 'not-departed';
  }
}

export function assertTransition(doc: CaseDoc, action: AnyAction): void {
  const state = stateOf(doc, action.process);
  if (!action.from.includes(state)) {
    throw new CaseError('CASE_INVALID_TRANSITION', `${action.title} is not allowed while ${action.process} is ${state}`, {
      process: action.process,
      state,
      action: action.id,
      allowedIn: action.from,
    });
  }
}

/** Data the caller is told once and that is never stored in clear (the person's secret). */
export interface Revealed {
  [key: string]: string;
}

export interface ActionContext extends BaseActionContext {
  /** A new random id (uuid). */
  readonly newId: () => string;
  /** A new random secret for the person, shown once. */
  readonly newSecret: () => string;
  /** A one-way hash of a secret. */
  readonly hashSecret: (secret: string) => string;
  /** Collects what the caller is told once. */
  readonly reveal: (key: string, value: string) => void;
}
