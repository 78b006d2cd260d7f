/**
 * Who may see and do what. Each action lists the roles that may take it (process.ts); on top of that,
 * lawyers, guardians and reception-centre staff reach only cases they are linked to, and the person only
 * their own case. What each role is shown of a case is decided here, in one place:
 *
 * - Nothing about a planned forced return (date, flight, escort) is shown to the person, their lawyer,
 *   guardian or reception centre before it happens (seed 000: "You will not be told when you could be
 *   arrested").
 * - The assisted-return application (vulnerabilities, documents, support) is shown only to those who work
 *   on it: UDI, IOM, UNE, and the person and their helpers; the police see only its status, so they do not
 *   force-return someone who is leaving with assistance.
 * - Nothing from an assisted-return case is ever given to the authorities of the person's home country:
 *   no role, export or route gives it (seed 002: "UDI does not share any information about you with the
 *   authorities in your home country"). `homeCountryHandover` is the only thing that goes to them.
 * - The statistics role and the admin see no case at all; statistics are aggregates.
 * - The secret's hash (`secretHash`) goes to nobody.
 *
 * Whatever a role may not see, it must not learn has changed. So everything a caller is shown of a case
 * derives from its view alone:
 *
 * - **The event log** (`eventsFor`): an event that leaves a role's view as it was is left out for that role
 *   (a forced return's plan, cancellation, notification and reception arrangements for everyone but the
 *   police until it is carried out; a medical document or letter for the police), and the events the role
 *   sees are numbered 1, 2, 3 … as it sees them, so no gap betrays one left out. Which events each role does
 *   not see is decided when the event is written (`noteHiddenEvent`) and kept on the case
 *   (`hiddenEvents`), so that `traceInEvent` in the view uses the same numbers. An event the role sees
 *   but whose subject it sees only in part is reduced: the police see that the assisted-return
 *   application moved (the event's type, time and the writer's role), not its payload (vulnerabilities,
 *   traces, support) nor which user wrote it.
 *   Actors (user ids) are shown to the authorities only.
 * - **The version** (`versionFor`): the number of events the role sees (the log's length less the events
 *   hidden from it), so the ETag, the `version` in lists and a 412's `currentVersion` move exactly when the
 *   caller's view does; a write based on it is checked against the case's real version in the store.
 */
import stringify from 'safe-stable-stringify';
import type { IsoDate } from '../rules/engine/dates.ts';
import { actions } from './actions.ts';
import type { CaseDoc, CaseLinks } from './model.ts';
import { stateOf, type AnyAction, type ProcessId } from './process.ts';
import { linkedRoles, roleOf, type Principal, type Role } from './roles.ts';
import { ReturError } from '../shared/errors.ts';

export const noLinks: CaseLinks = { lawyer: [], guardian: [], reception: [] };

/**
 * Who may use each case route that is not an action (an action's roles are its row in the process table).
 * The routes declare these (`config.roles`) and the commands ask the functions below, so both say the same.
 */
export const caseRouteRoles = {
  /** Open a case: register a decision that a household must leave. */
  open: ['udi', 'une', 'police'],
  /** List cases (lawyers, guardians and reception staff: the cases they are linked to). */
  list: ['udi', 'iom', 'une', 'police', 'lawyer', 'guardian', 'reception'],
  /** Read a case and its documents, through the role's view (linked roles and the person: their cases). */
  read: ['udi', 'iom', 'une', 'police', 'lawyer', 'guardian', 'reception', 'person'],
  /** Read a case's event log (each role the events that changed its view: eventsFor). */
  events: ['udi', 'iom', 'une', 'police', 'lawyer', 'guardian', 'reception', 'person'],
  /** What is handed to the home country's authorities after a forced return. */
  handover: ['police'],
} as const satisfies Record<string, readonly Role[]>;

const may = (roles: readonly Role[], principal: Principal) => roles.includes(roleOf(principal));
export const canOpenCase = (principal: Principal): boolean => may(caseRouteRoles.open, principal);

/**
 * Who may open a case by applying for assisted return (origin `applicant`, commands.ts applyForNewCase): only
 * someone signed in as nobody, a person with no case in Retur. A signed-in person has their case and applies on
 * it; staff register the decision (`open`) and apply for the household on that case. The case so opened is
 * seen as every case is (canSeeCase): by UDI, IOM, UNE and the police, and by the person once they sign in
 * with its reference and the secret the application gives them; its origin hides nothing and shows nothing more.
 */
export const canApplyForNewCase = (principal: Principal | null): boolean => principal === null;
export const canListCases = (principal: Principal): boolean => principal.kind === 'staff' && may(caseRouteRoles.list, principal);
export const canReadEvents = (principal: Principal): boolean => may(caseRouteRoles.events, principal);

/** Roles that read every case (the others of `caseRouteRoles.read` only the cases they are linked to, or their own). */
const readsEveryCase: readonly Role[] = ['udi', 'iom', 'une', 'police'];

export function canSeeCase(principal: Principal, caseId: string, links: CaseLinks): boolean {
  if (!may(caseRouteRoles.read, principal)) return false;
  if (principal.kind === 'person') return principal.caseId === caseId;
  if (readsEveryCase.includes(principal.role)) return true;
  if ((linkedRoles as readonly string[]).includes(principal.role)) {
    return links[principal.role as 'lawyer' | 'guardian' | 'reception'].includes(principal.userId);
  }
  return false;
}

export function canTake(principal: Principal, action: AnyAction, caseId: string | null, links: CaseLinks): boolean {
  if (!action.roles.includes(roleOf(principal))) return false;
  return caseId === null || canSeeCase(principal, caseId, links);
}

/** An action the caller may take now, as a case answer lists it. */
export interface AllowedAction {
  readonly id: string;
  readonly process: ProcessId;
  readonly title: string;
}

/**
 * The actions the caller may take on the case now: their role may take it, the case is theirs to see, the
 * process is in one of the action's `from` states, and its guard holds (conditions that need no input; those
 * on the input are checked when it is taken). Worked out on the caller's view of the case alone, so that it
 * tells nothing the view hides: a person, lawyer, guardian or reception centre gets the same whether or not a
 * forced return is planned. The actions themselves (with their input schemas) are for the console's forms.
 */
export function allowedActions(principal: Principal, doc: CaseDoc, today: IsoDate): AnyAction[] {
  const view = viewFor(principal, doc);
  return actions.filter((action) => {
    if (!canTake(principal, action, view.id, view.links)) return false;
    if (!action.from.includes(stateOf(view, action.process))) return false;
    try {
      action.guard?.(view, { today, principal });
      return true;
    } catch (error) {
      if (error instanceof ReturError && error.code === 'CASE_PRECONDITION_FAILED') return false;
      throw error;
    }
  });
}

/** The allowed actions as a case answer gives them. */
export function allowedActionsFor(principal: Principal, doc: CaseDoc, today: IsoDate): AllowedAction[] {
  return allowedActions(principal, doc, today).map((a) => ({ id: a.id, process: a.process, title: a.title }));
}

/** Documents that show a person's vulnerable situation (seed 002): only for the roles that see the application. */
const vulnerableSituationDocuments: readonly string[] = ['medical', 'letter-from-organisation', 'own-letter'];

/** Roles that see forced-return plans before they are carried out. */
const seesForcedReturnPlans: readonly Role[] = ['police'];
/** Roles that see the assisted-return application in full. */
const seesAssistedReturn: readonly Role[] = ['udi', 'iom', 'une', 'lawyer', 'guardian', 'reception', 'person'];

/** Roles that see cases (each through its own view); the statistics role and the admin see none. */
export const caseViewRoles: readonly Role[] = ['udi', 'iom', 'une', 'police', 'lawyer', 'guardian', 'reception', 'person'];
/** Roles shown who (which user) wrote each event; the others see only the writer's role. */
const seesActors: readonly Role[] = ['udi', 'iom', 'une', 'police'];

/** The case as a role may see it. */
export function viewFor(principal: Principal, doc: CaseDoc): CaseDoc {
  return viewForRole(roleOf(principal), doc);
}

/** The case as a role sees it (every principal of a role sees the same). */
export function viewForRole(role: Role, doc: CaseDoc): CaseDoc {
  const { hiddenEvents, ...rest } = doc;
  let view: CaseDoc = rest;
  if (!seesForcedReturnPlans.includes(role) && doc.forcedReturn.status !== 'executed') {
    // Until it is carried out, a forced return shows as "none" and nothing else: even that one was planned (or
    // cancelled, and so perhaps planned again) would tell the person when to expect arrest. Nothing else of
    // ForcedReturn is copied, so a field added to it later is hidden too until someone decides otherwise.
    view = { ...view, forcedReturn: { status: 'none' } };
  }
  if (!seesAssistedReturn.includes(role)) {
    // The application and the documents of its vulnerable-situation route (medical documents, letters)
    // are for those who work on it; identity documents and permits stay visible.
    view = {
      ...view,
      assistedReturn: { status: doc.assistedReturn.status },
      documents: doc.documents.filter((d) => !vulnerableSituationDocuments.includes(d.kind)),
    };
  }
  const { secretHash: _secret, ...assisted } = view.assistedReturn;
  view = { ...view, assistedReturn: assisted };
  const hidden = hiddenEvents?.[role] ?? [];
  // traceInEvent names an event by its number in the log as this role sees it (eventsFor).
  return hidden.length === 0 ? view : (renumber(view, hidden) as CaseDoc);
}

/** Whether a case's view for a role is the same in two states of the case. */
const sameView = (role: Role, a: CaseDoc, b: CaseDoc) => stringify(viewForRole(role, a)) === stringify(viewForRole(role, b));

/**
 * The case after its event number `sequence` (which turned `before` into `after`), noting the roles whose
 * view the event left as it was: they will not see the event (eventsFor), and their numbering skips it.
 */
export function noteHiddenEvent(before: CaseDoc, after: CaseDoc, sequence: number): CaseDoc {
  const blind = caseViewRoles.filter((role) => sameView(role, before, after));
  if (blind.length === 0) return after;
  const hiddenEvents = { ...after.hiddenEvents };
  for (const role of blind) hiddenEvents[role] = [...(hiddenEvents[role] ?? []), sequence];
  return { ...after, hiddenEvents };
}

/**
 * The version of a case as a role sees it: the number of its events that changed the role's view (an event
 * that left the view as it was is in `hiddenEvents`). It moves exactly when the role's view does, so it
 * tells no one of a change they may not see; it is what the role's ETag, list entries and 412s carry.
 */
export function versionFor(role: Role, doc: CaseDoc, storedVersion: number): number {
  return storedVersion - (doc.hiddenEvents?.[role]?.length ?? 0);
}

/** An event of a case's log as stored. */
export interface StoredEvent {
  readonly sequence: number;
  readonly type: string;
  readonly payload: unknown;
  readonly actor: string;
  readonly role: string;
  readonly occurredAt: string;
}

/** An event as a role is shown it: numbered as the role sees the log. */
export interface EventView {
  readonly sequence: number;
  readonly type: string;
  readonly payload: unknown;
  readonly actor?: string;
  readonly role: string;
  readonly occurredAt: string;
}

/** The event log of a case as a principal may see it (see the top of this file). */
export function eventsFor(principal: Principal, doc: CaseDoc, events: readonly StoredEvent[]): EventView[] {
  const role = roleOf(principal);
  const hidden = new Set(doc.hiddenEvents?.[role] ?? []);
  const shown: EventView[] = [];
  for (const event of events) {
    if (hidden.has(event.sequence) || !mayKnowOf(role, event)) continue;
    const reduced = !seesAssistedReturn.includes(role) && event.type.startsWith('assisted-return.');
    shown.push({
      sequence: shown.length + 1,
      type: event.type,
      payload: reduced ? {} : renumber(withoutSecrets(event.payload), [...hidden]),
      // Who wrote an event whose subject the role sees only in part is part of what it does not see.
      ...(seesActors.includes(role) && !reduced ? { actor: event.actor } : {}),
      role: event.role,
      occurredAt: event.occurredAt,
    });
  }
  return shown;
}

/**
 * Events a role is never shown whatever the view says (a second fence behind `hiddenEvents`): a forced
 * return's steps before it is carried out, and the vulnerable-situation documents, for the roles that do not
 * see them.
 */
function mayKnowOf(role: Role, event: StoredEvent): boolean {
  if (!seesForcedReturnPlans.includes(role) && event.type.startsWith('forced-return.') && event.type !== 'forced-return.execute') return false;
  if (!seesAssistedReturn.includes(role) && event.type === 'case.record-document') {
    const kind = (event.payload as { document?: { kind?: unknown } } | null)?.document?.kind;
    if (typeof kind !== 'string' || vulnerableSituationDocuments.includes(kind)) return false;
  }
  return true;
}

/** A copy of a value without any `secretHash` anywhere in it. */
function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'secretHash')
      .map(([key, v]) => [key, withoutSecrets(v)]),
  );
}

/** A copy of a value whose every `traceInEvent` counts only the events not in `hidden`. */
function renumber(value: unknown, hidden: readonly number[]): unknown {
  if (hidden.length === 0) return value;
  if (Array.isArray(value)) return value.map((v) => renumber(v, hidden));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      key === 'traceInEvent' && typeof v === 'number' ? v - hidden.filter((h) => h < v).length : renumber(v, hidden),
    ]),
  );
}

/**
 * What Norway hands to the authorities of the home country after a forced return of a rejected asylum
 * seeker: the documents the person handed in (seed 000: "your documents will be handed to the authorities in
 * your home country"). Built from the documents alone; nothing from an assisted-return application (its
 * support, vulnerabilities, medical or organisation letters) can reach it.
 */
export function homeCountryHandover(doc: CaseDoc): { readonly documents: readonly { kind: string; personId: string | null }[] } {
  const handedOver = doc.documents.filter(
    (d) => d.original === 'handed-to-home-authorities' && (d.kind === 'passport' || d.kind === 'id-document' || d.kind === 'travel-document'),
  );
  return { documents: handedOver.map((d) => ({ kind: d.kind, personId: d.personId })) };
}
