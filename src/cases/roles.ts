/**
 * Who acts on a case. Staff have one role per account; the person themself acts through the reference and
 * secret of their own application. Lawyers, guardians and reception-centre staff reach only the cases they
 * are linked to (their clients, wards or residents).
 */
export const staffRoles = ['udi', 'iom', 'une', 'police', 'lawyer', 'guardian', 'reception', 'statistics', 'admin'] as const;
export type StaffRole = (typeof staffRoles)[number];
export type Role = StaffRole | 'person';
export const allRoles: readonly Role[] = [...staffRoles, 'person'];

/** Roles that see a case only when linked to it. */
export const linkedRoles: readonly StaffRole[] = ['lawyer', 'guardian', 'reception'];

export type Principal =
  | { readonly kind: 'staff'; readonly userId: string; readonly username: string; readonly role: StaffRole }
  | { readonly kind: 'person'; readonly caseId: string; readonly reference: string };

export function roleOf(principal: Principal): Role {
  return principal.kind === 'staff' ? principal.role : 'person';
}

/** The actor recorded on events and audit rows: never a name or other personal data. */
export function actorOf(principal: Principal): string {
  return principal.kind === 'staff' ? `user:${principal.userId}` : `person:${principal.reference}`;
}
