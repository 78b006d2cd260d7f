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
 */
import type { CaseDoc, CaseLinks } from './model.ts';
import type { AnyAction } from './process.ts';
import { linkedRoles, roleOf, type Principal, type Role } from './roles.ts';

export const noLinks: CaseLinks = { lawyer: [], guardian: [], reception: [] };

/** Roles that may read any case. */
const caseReaders: readonly Role[] = ['udi', 'iom', 'une', 'police'];

export function canSeeCase(principal: Principal, caseId: string, links: CaseLinks): boolean {
  if (principal.kind === 'person') return principal.caseId === caseId;
  if (caseReaders.includes(principal.role)) return true;
  if ((linkedRoles as readonly string[]).includes(principal.role)) {
    return links[principal.role as 'lawyer' | 'guardian' | 'reception'].includes(principal.userId);
  }
  return false;
}

export function canTake(principal: Principal, action: AnyAction, caseId: string | null, links: CaseLinks): boolean {
  if (!action.roles.includes(roleOf(principal))) return false;
  return caseId === null || canSeeCase(principal, caseId, links);
}

/** Documents that show a person's vulnerable situation (seed 002): only for the roles that see the application. */
const vulnerableSituationDocuments: readonly string[] = ['medical', 'letter-from-organisation', 'own-letter'];

/** Roles that see forced-return plans before they are carried out. */
const seesForcedReturnPlans: readonly Role[] = ['police'];
/** Roles that see the assisted-return application in full. */
const seesAssistedReturn: readonly Role[] = ['udi', 'iom', 'une', 'lawyer', 'guardian', 'reception', 'person'];

/** The case as a role may see it. */
export function viewFor(principal: Principal, doc: CaseDoc): CaseDoc {
  const role = roleOf(principal);
  let view: CaseDoc = doc;
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
  return { ...view, assistedReturn: assisted };
}

/**
 * What Norway hands to the authorities of the home country after a forced return of a rejected asylum
 * seeker: the documents the person handed in (seed 000: "your documents will be handed to the authorities in
 * your home country"). Built from the documents alone; nothing from an assisted-return application (its
 * support, vulnerabilities, medical or organisation letters) can reach it.
 */
export function homeCountryHandover(doc: CaseDoc): { readonly documents: readonly { kind: string; personId: string | null }[] } {
  const handedOver = doc.documents.filter((d) => d.original === 'handed-to-home-authorities' && (d.kind === 'passport' || d.kind === 'id-document' || d.kind === 'travel-document'));
  return { documents: handedOver.map((d) => ({ kind: d.kind, personId: d.personId })) };
}
