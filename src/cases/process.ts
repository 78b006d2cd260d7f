/**
 * Processes as typed tables (GOV.UK's "InvalidTransition", Catala-plain). Each process declares its states
 * once (`processes` below: the state types of the case document in model.ts are derived from it); each of
 * its actions is one row of its table: the states it is allowed in (`from`), the state it leads to (`to`),
 * the roles that may take it, its guard (conditions on the case alone, checkable before any input), its
 * input schema and conditions on that input (`check`), and the one event it records. `from`, `to` and
 * `also` are typed against the process's states, so a misspelt state fails the type-check.
 *
 * The table is the single source for the command layer's checks (execute.ts), the API routes and their
 * OpenAPI descriptions, `allowedActions` in every case answer (access.ts), the console's forms, and the
 * diagrams in docs/processes.md (`npm run docs:processes`).
 *
 * The event's payload is prepared once (rules are asked then, and their answers and traces stored with the
 * event; the case keeps each answer and the number of that event); the projection (`apply`) is a pure fold
 * of the events that records what the event says but never a process's state: the table's `to` (and
 * `also`) does that, so a case can always be rebuilt from its log and the diagram is the behaviour.
 */
import type { z } from 'zod';
import type { IsoDate } from '../rules/engine/dates.ts';
import type { CaseDoc } from './model.ts';
import type { Principal, Role } from './roles.ts';
import { ReturError } from '../shared/errors.ts';

/**
 * Every process with its states, the first being the one a new case starts in. The order of the states is
 * the order the docs and diagrams list them in.
 */
export const processes = {
  case: { title: 'The case', states: ['open', 'departed', 'closed'] },
  'assisted-return': {
    title: 'Assisted return',
    states: ['none', 'applied', 'granted', 'rejected', 'appealed', 'rejected-final', 'travel-arranged', 'departed', 'withdrawn'],
  },
  appeal: { title: 'Appeal to UNE', states: ['none', 'registered', 'upheld', 'reversed'] },
  deferral: { title: 'Deferred implementation', states: ['none', 'requested', 'granted', 'denied'] },
  'forced-return': { title: 'Forced return', states: ['none', 'planned', 'executed', 'cancelled'] },
  'own-departure': { title: 'Departure on one’s own', states: ['none', 'announced', 'confirmed'] },
  // Derived from the departure record: whether the household has left (by any way of leaving).
  'after-departure': { title: 'After departure', states: ['not-departed', 'departed'] },
} as const satisfies Record<string, { readonly title: string; readonly states: readonly [string, ...string[]] }>;

export type ProcessId = keyof typeof processes;
export const processIds = Object.keys(processes) as readonly ProcessId[];

/** The states of a process, as a union type. */
export type StateOf<P extends ProcessId> = (typeof processes)[P]['states'][number];

/** Every state of every process, for the exhaustive transition test and the docs. */
export const processStates: { readonly [P in ProcessId]: readonly StateOf<P>[] } = {
  case: processes.case.states,
  'assisted-return': processes['assisted-return'].states,
  appeal: processes.appeal.states,
  deferral: processes.deferral.states,
  'forced-return': processes['forced-return'].states,
  'own-departure': processes['own-departure'].states,
  'after-departure': processes['after-departure'].states,
};

/** States of other processes an action also moves, by the state it leads to (`departed` moves the case). */
export type AlsoMoves = { readonly [Q in ProcessId]?: StateOf<Q> };

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

/** What a guard knows besides the case: the day and who asks (no input). */
export interface GuardContext {
  readonly today: IsoDate;
  readonly principal: Principal;
}

/**
 * One row of a process's table. `S` is the input schema, `P` the event payload, `Pr` the process (inferred
 * from `process`, so `from`, `to` and `also` are checked against its states).
 */
export interface Action<S extends z.ZodType = z.ZodType, P = unknown, Pr extends ProcessId = ProcessId> {
  /** e.g. `assisted-return.grant`; also the event type it records. */
  readonly id: string;
  readonly process: Pr;
  /** The action's name, shown as the form's title, the OpenAPI summary and the diagram's edge. */
  readonly title: string;
  readonly description: string;
  /** The source sentence the action implements, if any. */
  readonly source?: string;
  readonly roles: readonly Role[];
  /** The process states the action is allowed in. */
  readonly from: readonly NoInfer<StateOf<Pr>>[];
  /**
   * The state the action leads to. Left out: the process stays in the state it was in (the action records
   * something without moving it). Two or more: the outcome decides, and `target` says which from the payload.
   */
  readonly to?: NoInfer<StateOf<Pr>> | readonly [NoInfer<StateOf<Pr>>, NoInfer<StateOf<Pr>>, ...NoInfer<StateOf<Pr>>[]];
  /** For an action with two or more `to`: which one this event leads to (checked to be one of them). */
  readonly target?: (payload: NoInfer<P>) => NoInfer<StateOf<Pr>>;
  /** Other processes the action moves too, by the state it leads to (leaving with assistance departs the case). */
  readonly also?: { readonly [T in NoInfer<StateOf<Pr>>]?: AlsoMoves };
  readonly input: S;
  /**
   * Conditions on the case alone, beyond its state (throw CASE_PRECONDITION_FAILED through `precondition`):
   * checked before the action is offered (allowedActions) and again when it is taken.
   */
  readonly guard?: (doc: CaseDoc, ctx: GuardContext) => void;
  /** Conditions that depend on the input (throw CASE_PRECONDITION_FAILED through `precondition`). */
  readonly check?: (doc: CaseDoc, input: z.output<S>, ctx: ActionContext) => void;
  /** The event payload: the input plus what the rules computed. */
  readonly prepare: (doc: CaseDoc, input: z.output<S>, ctx: ActionContext) => P;
  /** The projection: the case after the event, except the process states (`to` and `also` set them). Pure. */
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

export function defineAction<S extends z.ZodType, P, Pr extends ProcessId>(action: Action<S, P, Pr>): Action<S, P, Pr> {
  const targets = targetsOf(action);
  if (targets.length > 1 && action.target === undefined) throw new Error(`${action.id} leads to ${targets.join(' or ')}: it needs a target`);
  if (targets.length <= 1 && action.target !== undefined) throw new Error(`${action.id} has one target: it needs no target function`);
  return action;
}

/** An action of any input, payload and process (a list of actions mixes them). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyAction = Action<any, any, ProcessId>;

/** The states an action may lead to (none listed: it stays where it is). */
export function targetsOf(action: Pick<AnyAction, 'to'>): readonly string[] {
  return action.to === undefined ? [] : typeof action.to === 'string' ? [action.to] : action.to;
}

export function precondition(ok: boolean, condition: string, message: string): void {
  if (!ok) throw new ReturError('CASE_PRECONDITION_FAILED', message, { condition });
}

/** The state a process is in on a case. */
export function stateOf<P extends ProcessId>(doc: CaseDoc, process: P): StateOf<P>;
export function stateOf(doc: CaseDoc, process: ProcessId): string;
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

/**
 * The case with a process put into a state. The after-departure process follows the departure record (which
 * the departing actions write), so it cannot be set: asking for another state than the record gives is a bug.
 */
export function withState(doc: CaseDoc, process: ProcessId, state: string): CaseDoc {
  const is = <T extends string>(states: readonly T[]): T => {
    const found = states.find((s) => s === state);
    if (found === undefined) throw new Error(`${state} is not a state of ${process}`);
    return found;
  };
  switch (process) {
    case 'case':
      return { ...doc, status: is(processes.case.states) };
    case 'assisted-return':
      return { ...doc, assistedReturn: { ...doc.assistedReturn, status: is(processes['assisted-return'].states) } };
    case 'appeal':
      return { ...doc, appeal: { ...doc.appeal, status: is(processes.appeal.states) } };
    case 'deferral':
      return { ...doc, deferral: { ...doc.deferral, status: is(processes.deferral.states) } };
    case 'forced-return':
      return { ...doc, forcedReturn: { ...doc.forcedReturn, status: is(processes['forced-return'].states) } };
    case 'own-departure':
      return { ...doc, ownDeparture: { ...doc.ownDeparture, status: is(processes['own-departure'].states) } };
    case 'after-departure':
      if (stateOf(doc, process) !== is(processes['after-departure'].states))
        throw new Error(`after-departure follows the departure record: it cannot be set to ${state}`);
      return doc;
  }
}

/** The state the action leads to with this payload (its `to`, or `target` when the outcome decides). */
export function targetOf(action: AnyAction, payload: unknown): string | null {
  const targets = targetsOf(action);
  if (targets.length === 0) return null;
  const target: string = targets.length === 1 ? targets[0]! : action.target!(payload);
  if (!targets.includes(target)) throw new Error(`${action.id} chose ${target}, which is not one of its targets ${targets.join(', ')}`);
  return target;
}

/**
 * The transition, after the projection: the process into the table's `to` (and the others into `also`). A
 * projection that moved a state itself is a bug, as is one whose departure record disagrees with `also`.
 */
export function transition(before: CaseDoc, projected: CaseDoc, action: AnyAction, payload: unknown): CaseDoc {
  for (const p of processIds) {
    if (p !== 'after-departure' && stateOf(projected, p) !== stateOf(before, p))
      throw new Error(`${action.id}: its projection moved ${p} itself; the table's to and also move states`);
  }
  const target = targetOf(action, payload);
  const moves: Partial<Record<ProcessId, string>> = {
    ...(target === null ? {} : { [action.process]: target, ...(action.also as Record<string, AlsoMoves | undefined> | undefined)?.[target] }),
  };
  let after = projected;
  for (const p of processIds) {
    const state = moves[p] ?? stateOf(before, p);
    after = withState(after, p, state);
  }
  return after;
}

export function assertTransition(doc: CaseDoc, action: AnyAction): void {
  const state = stateOf(doc, action.process);
  if (!action.from.includes(state)) {
    throw new ReturError('CASE_INVALID_TRANSITION', `${action.title} is not allowed while ${action.process} is ${state}`, {
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
