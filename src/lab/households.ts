/**
 * A case as the simulation sees it: the facts the assisted-return rule sets take, on one date, built from the
 * case's row the way the case work builds them when the household applies (src/cases/processes/assisted-return.ts).
 *
 * - A household that has applied is taken **as it applied**: its application date, applicant, travellers,
 *   destination, registration in Norway and deadline, and the eligibility facts the rules read then (taken
 *   from the trace stored with the `assisted-return.apply` event into the lab's projection, so facts given
 *   at the application, such as a vulnerable situation, are kept).
 * - A household that has not applied is taken **as if it applied on the as-of date**: the applicant is the
 *   first adult (or the first person), everyone travels, to the applicant's country, registered in Norway,
 *   with the case's current deadline; the eligibility facts follow from the decision as the case work sets them.
 *
 * Pure: the row comes from `db.ts`. No names reach anything here but the dates of birth and citizenships.
 */
import type { LabPerson } from '../store/tables.ts';
import { ageOn, type IsoDate } from '../rules/engine/dates.ts';
import { assistedReturnEligibilityInput, type AssistedReturnEligibilityInput } from '../rules/assisted-return/eligibility.ts';
import { supportInput, type SupportInput } from '../rules/assisted-return/support.ts';

/**
 * One case as `db.ts` reads it from the lab's projection (`lab_cases`, and `lab_applications` for a case
 * that has applied; migration 0016, src/cases/projections.ts): only what the rules need.
 */
export interface CaseRow {
  readonly id: string;
  readonly status: string;
  readonly decisionKind: string | null;
  readonly deadline: string | null;
  readonly household: readonly LabPerson[];
  readonly appliedOn: string | null;
  readonly destination: string | null;
  readonly applicantId: string | null;
  readonly travellerIds: readonly string[] | null;
  /** The facts the eligibility rules read at the application (from its stored trace). */
  readonly eligibilityFacts: Readonly<Record<string, unknown>> | null;
  /** The deadline and registration the support rules took at the application, where they read them. */
  readonly supportFacts: Readonly<Record<string, unknown>> | null;
}

export const householdTypes = ['single-adult', 'adults-without-children', 'adults-with-children', 'children-only'] as const;
export type HouseholdType = (typeof householdTypes)[number];

export interface Household {
  readonly caseId: string;
  /** The day the household is assessed: its application date, or the as-of date. */
  readonly date: IsoDate;
  readonly applied: boolean;
  /** The applicant's first citizenship. */
  readonly citizenship: string;
  readonly householdType: HouseholdType;
  /** The month of the departure deadline the support rules take (`YYYY-MM`), or `none`. */
  readonly deadlineMonth: string;
  readonly persons: number;
  readonly eligibility: AssistedReturnEligibilityInput;
  readonly support: SupportInput;
}

export type HouseholdOrSkip = { readonly household: Household } | { readonly skipped: string };

const eligibilityKeys: ReadonlySet<string> = new Set(Object.keys(assistedReturnEligibilityInput.shape));

/** The recorded facts that are fields of a rule set's input. */
function recorded(facts: Readonly<Record<string, unknown>> | null, keys: ReadonlySet<string>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(facts ?? {})) if (keys.has(key)) kept[key] = value;
  return kept;
}

export function householdOf(row: CaseRow, asOf: IsoDate): HouseholdOrSkip {
  const applied = row.appliedOn !== null;
  const date = row.appliedOn ?? asOf;
  const applicant =
    (row.applicantId !== null ? row.household.find((p) => p.id === row.applicantId) : undefined) ??
    row.household.find((p) => p.role === 'adult') ??
    row.household[0];
  if (!applicant) return { skipped: 'no-one-in-the-household' };
  if (applicant.dateOfBirth > date) return { skipped: 'applicant-born-after-the-date' };
  const travelling = row.travellerIds === null ? row.household : row.household.filter((p) => row.travellerIds!.includes(p.id));
  const travellers = travelling.filter((p) => p.dateOfBirth <= date);
  if (travellers.length === 0) return { skipped: 'no-traveller-born-by-the-date' };

  const kind = row.decisionKind;
  const recordedSupport = recorded(row.supportFacts, new Set(['departureDeadline', 'registeredInNorway']));
  const registeredInNorway = typeof recordedSupport.registeredInNorway === 'boolean' ? recordedSupport.registeredInNorway : true;
  const departureDeadline = 'departureDeadline' in recordedSupport ? recordedSupport.departureDeadline : row.deadline;
  const eligibility = assistedReturnEligibilityInput.safeParse({
    protection: kind === 'protection-rejected' ? 'rejected' : 'none',
    residenceApplication: kind === 'residence-rejected' ? 'rejected' : 'none',
    registeredWithUdi: registeredInNorway,
    dublinTransferDecision: kind === 'dublin-transfer',
    unaccompaniedMinorAsylumSeeker: (applicant.unaccompaniedMinor ?? false) && kind === 'protection-rejected',
    permitOnOtherGroundsEnded: kind === 'permit-revoked',
    ...recorded(row.eligibilityFacts, eligibilityKeys),
    date,
    citizenship: applicant.citizenships[0],
    dateOfBirth: applicant.dateOfBirth,
  });
  const support = supportInput.safeParse({
    applicationDate: date,
    departureDeadline,
    registeredInNorway,
    citizenship: row.destination ?? applicant.citizenships[0],
    travellers: travellers.map((p) => ({ dateOfBirth: p.dateOfBirth })),
  });
  if (!eligibility.success || !support.success) return { skipped: 'facts-the-rules-do-not-take' };

  const adults = travellers.filter((p) => ageOn(p.dateOfBirth, date) >= 18).length;
  const children = travellers.length - adults;
  const householdType: HouseholdType =
    adults === 0 ? 'children-only' : children > 0 ? 'adults-with-children' : adults === 1 ? 'single-adult' : 'adults-without-children';
  const deadline = support.data.departureDeadline;
  return {
    household: {
      caseId: row.id,
      date,
      applied,
      citizenship: applicant.citizenships[0]!,
      householdType,
      deadlineMonth: deadline === null ? 'none' : deadline.slice(0, 7),
      persons: travellers.length,
      eligibility: eligibility.data,
      support: support.data,
    },
  };
}
