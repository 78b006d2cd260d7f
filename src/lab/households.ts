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
import { countryCode } from '../rules/common/countries.ts';
import { isoDateSchema } from '../rules/engine/output.ts';

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

/** The facts of the eligibility input that differ from household to household on one date. */
interface EligibilityOwn {
  readonly date: string;
  readonly citizenship: string | undefined;
  readonly dateOfBirth: string;
}

/**
 * How the rule sets' inputs are parsed. `exactInputs` parses each household's with the rule sets' schemas. A
 * `CachedInputs` (one per run) gives the same inputs for much less (the schemas' defaults and checks cost
 * about as much as the four evaluations): it parses the part shared by many households (the decision's
 * facts, the deadline, the registration, the destination) once per distinct value with the same schema, and
 * checks each household's own values (dates and citizenships, each checked once) by the schemas of those
 * fields; the one check across fields (no one born after the date) is householdOf's own. Past `MAX_SHAPES`
 * distinct shared parts it parses the rest exactly. A test holds the two to the same inputs.
 */
export interface RuleInputs {
  eligibility(shared: Record<string, unknown>, own: EligibilityOwn): AssistedReturnEligibilityInput | null;
  support(shared: Record<string, unknown>, applicationDate: string, births: readonly string[]): SupportInput | null;
}

export const exactInputs: RuleInputs = {
  eligibility: (shared, own) => {
    const parsed = assistedReturnEligibilityInput.safeParse({ ...shared, ...own });
    return parsed.success ? parsed.data : null;
  },
  support: (shared, applicationDate, births) => {
    const parsed = supportInput.safeParse({ ...shared, applicationDate, travellers: births.map((dateOfBirth) => ({ dateOfBirth })) });
    return parsed.success ? parsed.data : null;
  },
};

const MAX_SHAPES = 50_000;
/** A date and a country that the schemas take, standing in for a household's own values in a shared part. */
const STAND_IN = { date: '2000-01-01', citizenship: 'NO' } as const;

export class CachedInputs implements RuleInputs {
  private readonly eligibilityShapes = new Map<string, AssistedReturnEligibilityInput | null>();
  private readonly supportShapes = new Map<string, { readonly input: SupportInput; readonly traveller: SupportInput['travellers'][number] } | null>();
  private readonly dates = new Map<string, boolean>();
  private readonly countries = new Map<string, boolean>();

  private date(value: string): boolean {
    let ok = this.dates.get(value);
    if (ok === undefined) this.dates.set(value, (ok = isoDateSchema.safeParse(value).success));
    return ok;
  }

  private country(value: string | undefined): boolean {
    if (value === undefined) return false;
    let ok = this.countries.get(value);
    if (ok === undefined) this.countries.set(value, (ok = countryCode.safeParse(value).success));
    return ok;
  }

  eligibility(shared: Record<string, unknown>, own: EligibilityOwn): AssistedReturnEligibilityInput | null {
    const key = JSON.stringify(shared);
    let template = this.eligibilityShapes.get(key);
    if (template === undefined) {
      if (this.eligibilityShapes.size >= MAX_SHAPES) return exactInputs.eligibility(shared, own);
      const parsed = assistedReturnEligibilityInput.safeParse({
        ...shared,
        date: STAND_IN.date,
        citizenship: STAND_IN.citizenship,
        dateOfBirth: STAND_IN.date,
      });
      this.eligibilityShapes.set(key, (template = parsed.success ? parsed.data : null));
    }
    if (template === null || !this.date(own.date) || !this.date(own.dateOfBirth) || !this.country(own.citizenship) || own.dateOfBirth > own.date) return null;
    return { ...template, date: own.date, citizenship: own.citizenship!, dateOfBirth: own.dateOfBirth };
  }

  support(shared: Record<string, unknown>, applicationDate: string, births: readonly string[]): SupportInput | null {
    const key = JSON.stringify(shared);
    let template = this.supportShapes.get(key);
    if (template === undefined) {
      if (this.supportShapes.size >= MAX_SHAPES) return exactInputs.support(shared, applicationDate, births);
      const parsed = supportInput.safeParse({ ...shared, applicationDate: STAND_IN.date, travellers: [{ dateOfBirth: STAND_IN.date }] });
      this.supportShapes.set(key, (template = parsed.success ? { input: parsed.data, traveller: parsed.data.travellers[0]! } : null));
    }
    if (template === null || births.length === 0 || births.length > MAX_TRAVELLERS || !this.date(applicationDate)) return null;
    for (const birth of births) if (!this.date(birth) || birth > applicationDate) return null;
    const traveller = template.traveller;
    return { ...template.input, applicationDate, travellers: births.map((dateOfBirth) => ({ ...traveller, dateOfBirth })) };
  }
}

/** The most travellers the support rules take in one household (their schema's maximum). */
const MAX_TRAVELLERS = 100;
const supportFactKeys: ReadonlySet<string> = new Set(['departureDeadline', 'registeredInNorway']);
/** The fields of the eligibility input that are each household's own: never taken from the recorded facts. */
const ownKeys: ReadonlySet<string> = new Set(['date', 'citizenship', 'dateOfBirth']);

export function householdOf(row: CaseRow, asOf: IsoDate, inputs: RuleInputs = exactInputs): HouseholdOrSkip {
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
  const recordedSupport = recorded(row.supportFacts, supportFactKeys);
  const registeredInNorway = typeof recordedSupport.registeredInNorway === 'boolean' ? recordedSupport.registeredInNorway : true;
  const departureDeadline = 'departureDeadline' in recordedSupport ? recordedSupport.departureDeadline : row.deadline;
  const facts = recorded(row.eligibilityFacts, eligibilityKeys);
  for (const key of ownKeys) delete facts[key];
  const eligibility = inputs.eligibility(
    {
      protection: kind === 'protection-rejected' ? 'rejected' : 'none',
      residenceApplication: kind === 'residence-rejected' ? 'rejected' : 'none',
      registeredWithUdi: registeredInNorway,
      dublinTransferDecision: kind === 'dublin-transfer',
      unaccompaniedMinorAsylumSeeker: (applicant.unaccompaniedMinor ?? false) && kind === 'protection-rejected',
      permitOnOtherGroundsEnded: kind === 'permit-revoked',
      ...facts,
    },
    { date, citizenship: applicant.citizenships[0], dateOfBirth: applicant.dateOfBirth },
  );
  const support = inputs.support(
    { departureDeadline, registeredInNorway, citizenship: row.destination ?? applicant.citizenships[0] },
    date,
    travellers.map((p) => p.dateOfBirth),
  );
  if (eligibility === null || support === null) return { skipped: 'facts-the-rules-do-not-take' };

  const adults = travellers.filter((p) => ageOn(p.dateOfBirth, date) >= 18).length;
  const children = travellers.length - adults;
  const householdType: HouseholdType =
    adults === 0 ? 'children-only' : children > 0 ? 'adults-with-children' : adults === 1 ? 'single-adult' : 'adults-without-children';
  const deadline = support.departureDeadline;
  return {
    household: {
      caseId: row.id,
      date,
      applied,
      citizenship: applicant.citizenships[0]!,
      householdType,
      deadlineMonth: deadline === null ? 'none' : deadline.slice(0, 7),
      persons: travellers.length,
      eligibility,
      support,
    },
  };
}
