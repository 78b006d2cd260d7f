/**
 * The person's own case: the case as the person may see it (access.ts's view, the read audited) and the
 * actions they may take on it now, worked out from that view alone, so that what they may do cannot tell
 * them what the view hides.
 */
import { actions } from './actions.ts';
import { canTake } from './access.ts';
import { getCase, type Db } from './commands.ts';
import type { CaseDoc } from './model.ts';
import { stateOf } from './process.ts';
import type { Principal } from './roles.ts';

export interface OwnCase {
  readonly case: CaseDoc;
  readonly version: number;
  /** The ids of the actions the person may take now. */
  readonly actions: string[];
}

/** The actions a principal may take on a case as they see it. */
export function actionsOpenTo(principal: Principal, view: CaseDoc): string[] {
  return actions.filter((a) => canTake(principal, a, view.id, view.links) && a.from.includes(stateOf(view, a.process))).map((a) => a.id);
}

export async function myCase(db: Db, principal: Extract<Principal, { kind: 'person' }>, why: string): Promise<OwnCase> {
  const { case: view, version } = await getCase(db, principal, principal.caseId, why);
  return { case: view, version, actions: actionsOpenTo(principal, view) };
}
