/**
 * The simulation (src/lab/README.md): every household under the law as it is and under a reform, on the same facts
 * and the same date, and what changes. Pure: households come in (households.ts), the report goes out; the
 * database read, the snapshot and the audit are in db.ts.
 *
 * For each household it evaluates the two assisted-return rule sets: eligibility (the outcome) and support
 * (the cash total). A rule set the reform cannot change (it reads none of the parameters the reform
 * changed and has none of the rules it switched off) is evaluated once. Support counts as **paid** when
 * the outcome is `eligible` or `eligible-by-exception` (an assumption the report states: UDI may still
 * grant someone "normally not eligible"). An answer the rules refuse (a parameter not in force on the
 * date, e.g. after a reform ends it) is the outcome `no-answer`.
 *
 * The tally keeps counts and sums per category and at most `SAMPLES_PER_TRANSITION` explained samples per
 * transition, so memory does not grow with the number of households.
 */
import { z } from 'zod';
import { RulesError } from '../rules/engine/errors.ts';
import type { ReformedLaw } from '../rules/engine/reformed.ts';
import type { DefinitionStep, Trace } from '../rules/engine/trace.ts';
import { assistedReturnEligibilityRuleSet } from '../rules/assisted-return/eligibility.ts';
import { assistedReturnSupportRuleSet } from '../rules/assisted-return/support.ts';
import { affectedRuleSets, type Reform } from '../rules/reform.ts';
import { householdTypes, type Household } from './households.ts';

export const SAMPLES_PER_TRANSITION = 3;
/** Counts from 1 to this are suppressed in anything public (shown as null). */
export const SMALL_COUNT = 4;

const PAID = new Set(['eligible', 'eligible-by-exception']);

interface Answer {
  readonly outcome: string;
  /** The support total, or null when the support rules gave no answer. */
  readonly total: number | null;
  readonly paid: number;
}

function evaluate(h: Household, reform: ReformedLaw | undefined, which: { eligibility: boolean; support: boolean }, base?: Answer): Answer {
  let outcome = base?.outcome ?? 'no-answer';
  let total = base?.total ?? null;
  if (which.eligibility) {
    try {
      outcome = assistedReturnEligibilityRuleSet.evaluate(h.eligibility, reform === undefined ? { trace: false } : { trace: false, reform }).outcome;
    } catch (error) {
      if (!(error instanceof RulesError) || error.code !== 'RULES_PARAM_NOT_IN_FORCE') throw error;
      outcome = 'no-answer';
    }
  }
  if (which.support) {
    try {
      total = assistedReturnSupportRuleSet.evaluate(h.support, reform === undefined ? { trace: false } : { trace: false, reform }).total;
    } catch (error) {
      if (!(error instanceof RulesError) || error.code !== 'RULES_PARAM_NOT_IN_FORCE') throw error;
      total = null;
    }
  }
  return { outcome, total, paid: PAID.has(outcome) && total !== null ? total : 0 };
}

// ------------------------------------------------------------------------------------------- the report

const count = z.number().int().nonnegative().nullable();
const nok = z.number().int().nullable();

const figuresSchema = z.object({
  households: count.describe('Households assessed'),
  persons: count.describe('People in them (the travellers)'),
  changed: count.describe('Households whose eligibility outcome or support total changes under the reform'),
  eligibleBefore: count.describe('Households eligible (or eligible by exception) under the law'),
  eligibleAfter: count.describe('… and under the reform'),
  paidBefore: nok.describe('Support paid under the law, NOK (to eligible households)'),
  paidAfter: nok.describe('Support paid under the reform, NOK'),
  difference: nok.describe('paidAfter − paidBefore, NOK'),
});
export type Figures = z.infer<typeof figuresSchema>;

const sideSchema = z.object({
  outcome: z.string().describe('The eligibility outcome, or no-answer'),
  support: z.number().int().nullable().describe('The support total the rules give, NOK'),
  paid: z.number().int().describe('The support paid: the total when eligible, else 0'),
  decidedBy: z.array(z.string()).describe('The rules that decided the eligibility outcome (decisive, other than the defaults)'),
});

const sampleSchema = z.object({
  transition: z.string(),
  caseId: z.string().optional().describe('Only for roles allowed to see case ids (admin, the command line)'),
  date: z.string().describe('The day the household was assessed'),
  applied: z.boolean().describe('True when taken as it applied; false when assessed as if it applied on the as-of date'),
  citizenship: z.string(),
  householdType: z.enum(householdTypes),
  persons: z.number().int(),
  before: sideSchema,
  after: sideSchema,
  reformValues: z
    .array(
      z.object({
        parameter: z.string(),
        date: z.string(),
        law: z.unknown(),
        reform: z.unknown(),
        added: z.array(z.string()).optional(),
        removed: z.array(z.string()).optional(),
      }),
    )
    .describe('The values the reform set that these answers read, beside the law’s (for a list: the countries added and removed)'),
  switchedOff: z.array(z.string()).describe('Rules the reform switched off that applied under the law'),
  exceptionsAdded: z.array(z.string()).describe('Exceptions the reform added (from the list its rule set declares) that applied under the reform'),
});
export type Sample = z.infer<typeof sampleSchema>;

const broughtForwardFigures = {
  households: count.describe('Households that have not applied and would be paid more by applying within the campaign'),
  persons: count,
  extraSupport: nok.describe('What the campaign adds to their support, each applying on that day, NOK'),
};
const broughtForwardSchema = z
  .object({
    campaigns: z
      .array(z.object({ parameter: z.string(), from: z.string(), until: z.string() }))
      .describe('The changes of the reform that end on a day (campaigns)'),
    ...broughtForwardFigures,
    byMonth: z.array(z.object({ month: z.string().describe('YYYY-MM of the day each would apply'), ...broughtForwardFigures })),
  })
  .describe(
    'For a campaign reform, the applications it would bring forward, if each household applied on the last day that still pays it more (an assumption the report states); null without a campaign',
  );

export const simulationReportSchema = z
  .object({
    reform: z.object({ name: z.string(), description: z.string().optional(), effective: z.string() }),
    asOf: z.string().describe('The day a household that has not applied is assessed as if it applied'),
    cases: z.string().describe('Which cases: all, open, or a list'),
    disclosure: z
      .enum(['case-ids', 'samples', 'public'])
      .describe('case-ids: samples with case ids; samples: samples without; public: no samples, counts of 1–4 suppressed (null)'),
    producedAt: z.string(),
    assumptions: z.array(z.string()),
    ruleSets: z.array(z.string()).describe('The rule sets the reform can change'),
    considered: z.number().int().describe('Cases read'),
    skipped: z.array(z.object({ reason: z.string(), cases: count })).describe('Cases the rules could not be asked about, by reason'),
    total: figuresSchema,
    perPerson: z.object({ before: nok, after: nok, difference: nok }).describe('Support paid per person in the households paid, NOK (rounded)'),
    transitions: z
      .array(z.object({ from: z.string(), to: z.string(), households: count, persons: count }))
      .describe('Households whose answer changes, by eligibility outcome before and after (same outcome: the support changed)'),
    byCitizenship: z.array(figuresSchema.extend({ citizenship: z.string() })),
    byHouseholdType: z.array(figuresSchema.extend({ householdType: z.enum(householdTypes) })),
    byDeadlineMonth: z.array(figuresSchema.extend({ month: z.string().describe('YYYY-MM, or none') })),
    samples: z.array(sampleSchema).describe('Explained changes, a few per transition (none in a public report)'),
    broughtForward: broughtForwardSchema.nullable(),
  })
  .meta({ id: 'SimulationReport', description: 'Whom a reform affects and what it costs, over the case load (docs/reforms.md)' });
export type SimulationReport = z.infer<typeof simulationReportSchema>;

interface MutableFigures {
  households: number;
  persons: number;
  changed: number;
  eligibleBefore: number;
  eligibleAfter: number;
  paidBefore: number;
  paidAfter: number;
  personsPaidBefore: number;
  personsPaidAfter: number;
}
const zero = (): MutableFigures => ({
  households: 0,
  persons: 0,
  changed: 0,
  eligibleBefore: 0,
  eligibleAfter: 0,
  paidBefore: 0,
  paidAfter: 0,
  personsPaidBefore: 0,
  personsPaidAfter: 0,
});

function addTo(f: MutableFigures, h: Household, before: Answer, after: Answer, changed: boolean): void {
  f.households++;
  f.persons += h.persons;
  if (changed) f.changed++;
  if (PAID.has(before.outcome)) f.eligibleBefore++;
  if (PAID.has(after.outcome)) f.eligibleAfter++;
  f.paidBefore += before.paid;
  f.paidAfter += after.paid;
  if (before.paid > 0) f.personsPaidBefore += h.persons;
  if (after.paid > 0) f.personsPaidAfter += h.persons;
}

const figuresOf = (f: MutableFigures): Figures => ({
  households: f.households,
  persons: f.persons,
  changed: f.changed,
  eligibleBefore: f.eligibleBefore,
  eligibleAfter: f.eligibleAfter,
  paidBefore: f.paidBefore,
  paidAfter: f.paidAfter,
  difference: f.paidAfter - f.paidBefore,
});

function bump<K>(map: Map<K, MutableFigures>, key: K): MutableFigures {
  let f = map.get(key);
  if (!f) map.set(key, (f = zero()));
  return f;
}

/** The traced answers of one household, for a sample. */
function explain(h: Household, reform: ReformedLaw, transition: string, withCaseId: boolean, before: Answer, after: Answer): Sample {
  const traced = (law?: ReformedLaw) => {
    const opts = law === undefined ? {} : { reform: law };
    const run = <T extends { trace?: Trace }>(fn: () => T): Trace | undefined => {
      try {
        return fn().trace;
      } catch (error) {
        if (error instanceof RulesError && error.code === 'RULES_PARAM_NOT_IN_FORCE') return undefined;
        throw error;
      }
    };
    return [run(() => assistedReturnEligibilityRuleSet.evaluate(h.eligibility, opts)), run(() => assistedReturnSupportRuleSet.evaluate(h.support, opts))];
  };
  const lawTraces = traced();
  const reformTraces = traced(reform);
  // The decisive rules, leaving out the defaults (`….none`, `cannot-apply`) unless a default alone decided.
  const decidedBy = (trace: Trace | undefined) => {
    const decisive = (trace?.steps ?? []).flatMap((s) =>
      s.kind === 'definition' ? (s as DefinitionStep).rules.filter((r) => r.decisive).map((r) => r.rule) : [],
    );
    const meaningful = decisive.filter((rule) => !rule.endsWith('.none') && !rule.endsWith('.cannot-apply'));
    return meaningful.length > 0 ? meaningful : decisive;
  };
  const reformValues: Sample['reformValues'] = [];
  reformTraces.forEach((trace, i) => {
    for (const read of trace?.parameters ?? []) {
      if (read.reform === undefined || reformValues.some((v) => v.parameter === read.parameter && v.date === read.date)) continue;
      const lawRead = lawTraces[i]?.parameters.find((p) => p.parameter === read.parameter && p.date === read.date);
      const lawValue = lawRead?.value ?? null;
      if (Array.isArray(read.value) && Array.isArray(lawValue)) {
        const added = (read.value as string[]).filter((c) => !(lawValue as string[]).includes(c));
        const removed = (lawValue as string[]).filter((c) => !(read.value as string[]).includes(c));
        reformValues.push({ parameter: read.parameter, date: read.date, law: null, reform: null, added, removed });
      } else {
        reformValues.push({ parameter: read.parameter, date: read.date, law: lawValue, reform: read.value });
      }
    }
  });
  const switchedOff = new Set<string>();
  const exceptionsAdded = new Set<string>();
  for (const trace of reformTraces) {
    for (const step of trace?.steps ?? []) {
      if (step.kind !== 'definition') continue;
      for (const entry of (step as DefinitionStep).rules) {
        if (entry.addedBy !== undefined && entry.applied) exceptionsAdded.add(entry.rule);
        if (entry.switchedOffBy === undefined) continue;
        const lawStep = lawTraces[0]?.steps.find((s) => s.id === step.id) as DefinitionStep | undefined;
        if (lawStep?.rules.find((r) => r.rule === entry.rule)?.applied) switchedOff.add(entry.rule);
      }
    }
  }
  return {
    transition,
    ...(withCaseId ? { caseId: h.caseId } : {}),
    date: h.date,
    applied: h.applied,
    citizenship: h.citizenship,
    householdType: h.householdType,
    persons: h.persons,
    before: { outcome: before.outcome, support: before.total, paid: before.paid, decidedBy: decidedBy(lawTraces[0]) },
    after: { outcome: after.outcome, support: after.total, paid: after.paid, decidedBy: decidedBy(reformTraces[0]) },
    reformValues,
    switchedOff: [...switchedOff],
    exceptionsAdded: [...exceptionsAdded],
  };
}

export interface TallyOptions {
  readonly reform: Reform;
  readonly law: ReformedLaw;
  readonly asOf: string;
  readonly cases: string;
  readonly disclosure: SimulationReport['disclosure'];
}

/** A change of the reform that ends on a day: a campaign. */
interface Campaign {
  readonly parameter: string;
  readonly from: string;
  readonly until: string;
}

export const BROUGHT_FORWARD_ASSUMPTION =
  'Applications brought forward by a campaign (a change with a last day): a household that has not applied is assumed to apply on the last day of the campaign that still pays it more under the reform than the law would on that day — the campaign’s last day, or its departure deadline if that comes first and the higher amount is paid only until the deadline — and is counted by the month of that day, with what the campaign adds to its support.';

/**
 * The assumptions a report states, by id (the report's page finds each by its text and shows it in the
 * reader's language: src/web/lab/page.ts).
 */
export const ASSUMPTIONS = {
  applied: () =>
    'A household that has applied for assisted return is assessed as it applied: on its application date, with its applicant, travellers, destination, deadline and the facts the rules read then.',
  notApplied: (asOf: string) =>
    `A household that has not applied is assessed as if it applied on ${asOf}: the first adult as applicant, everyone travelling to the applicant's country, registered in Norway, with the case's current deadline.`,
  paid: () =>
    'Support counts as paid when the outcome is eligible or eligible by exception; UDI may still grant someone normally not eligible, which is not counted.',
  sameFacts: () => 'The law and the reform are asked on the same facts and the same date; no one is assumed to change when they apply because of the reform.',
  countryProgrammes: () => 'Country programmes (services in kind) are not counted: they are not cash.',
  broughtForward: () => BROUGHT_FORWARD_ASSUMPTION,
} as const satisfies Record<string, (asOf: string) => string>;

/** Adds households one at a time; `report()` gives the report. */
export class SimulationTally {
  private readonly which: { eligibility: boolean; support: boolean };
  private readonly total = zero();
  private readonly byCitizenship = new Map<string, MutableFigures>();
  private readonly byHouseholdType = new Map<string, MutableFigures>();
  private readonly byDeadlineMonth = new Map<string, MutableFigures>();
  private readonly transitions = new Map<string, { from: string; to: string; households: number; persons: number }>();
  private readonly samples: Sample[] = [];
  private readonly skipped = new Map<string, number>();
  private considered = 0;
  private readonly campaigns: readonly Campaign[];
  private readonly forward = { households: 0, persons: 0, extraSupport: 0 };
  private readonly forwardByMonth = new Map<string, { households: number; persons: number; extraSupport: number }>();

  constructor(private readonly options: TallyOptions) {
    const affected = new Set(affectedRuleSets(options.law).map((r) => r.id));
    this.which = { eligibility: affected.has(assistedReturnEligibilityRuleSet.id), support: affected.has(assistedReturnSupportRuleSet.id) };
    this.campaigns = options.reform.parameters.flatMap((c) =>
      c.change !== 'end' && c.until !== undefined ? [{ parameter: c.parameter, from: c.from ?? options.reform.effective, until: c.until }] : [],
    );
  }

  /**
   * The last day within a campaign on which a household that has not applied would be paid more under the
   * reform than under the law, and how much more: the days asked are each campaign's last day, the household's
   * departure deadline (the last day of the rate before it) and the first day it could apply in the campaign.
   */
  private bringForward(h: Household): void {
    let best: { day: string; extra: number } | undefined;
    for (const campaign of this.campaigns) {
      const first = campaign.from > h.date ? campaign.from : h.date;
      if (first > campaign.until) continue;
      const deadline = h.support.departureDeadline;
      const days = [campaign.until, ...(deadline !== null && deadline >= first && deadline < campaign.until ? [deadline] : []), first];
      for (const day of days) {
        if (best !== undefined && day <= best.day) break;
        const on = { ...h, eligibility: { ...h.eligibility, date: day }, support: { ...h.support, applicationDate: day } };
        const extra =
          evaluate(on, this.options.law, { eligibility: true, support: true }).paid - evaluate(on, undefined, { eligibility: true, support: true }).paid;
        if (extra > 0) {
          best = { day, extra };
          break;
        }
      }
    }
    if (!best) return;
    const month = best.day.slice(0, 7);
    let m = this.forwardByMonth.get(month);
    if (!m) this.forwardByMonth.set(month, (m = { households: 0, persons: 0, extraSupport: 0 }));
    for (const f of [this.forward, m]) {
      f.households++;
      f.persons += h.persons;
      f.extraSupport += best.extra;
    }
  }

  skip(reason: string): void {
    this.considered++;
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + 1);
  }

  add(h: Household): void {
    this.considered++;
    const before = evaluate(h, undefined, { eligibility: true, support: true });
    const after = this.which.eligibility || this.which.support ? evaluate(h, this.options.law, this.which, before) : before;
    const changed = before.outcome !== after.outcome || before.total !== after.total;
    addTo(this.total, h, before, after, changed);
    addTo(bump(this.byCitizenship, h.citizenship), h, before, after, changed);
    addTo(bump(this.byHouseholdType, h.householdType), h, before, after, changed);
    addTo(bump(this.byDeadlineMonth, h.deadlineMonth), h, before, after, changed);
    if (!h.applied && this.campaigns.length > 0) this.bringForward(h);
    if (!changed) return;
    const key = `${before.outcome} → ${after.outcome}`;
    let t = this.transitions.get(key);
    if (!t) this.transitions.set(key, (t = { from: before.outcome, to: after.outcome, households: 0, persons: 0 }));
    t.households++;
    t.persons += h.persons;
    if (this.options.disclosure !== 'public' && t.households <= SAMPLES_PER_TRANSITION) {
      this.samples.push(explain(h, this.options.law, key, this.options.disclosure === 'case-ids', before, after));
    }
  }

  report(producedAt: string): SimulationReport {
    const { reform, asOf, cases, disclosure } = this.options;
    const englishOrder = new Intl.Collator('en');
    const rows = <K extends string>(map: Map<string, MutableFigures>, key: K) =>
      [...map].sort(([a], [b]) => englishOrder.compare(a, b)).map(([k, f]) => ({ ...figuresOf(f), [key]: k }) as Figures & Record<K, string>);
    const perPerson = (sum: number, persons: number) => (persons === 0 ? null : Math.round(sum / persons));
    const before = perPerson(this.total.paidBefore, this.total.personsPaidBefore);
    const after = perPerson(this.total.paidAfter, this.total.personsPaidAfter);
    const report: SimulationReport = {
      reform: { name: reform.name, ...(reform.description === undefined ? {} : { description: reform.description }), effective: reform.effective },
      asOf,
      cases,
      disclosure,
      producedAt,
      assumptions: [
        ASSUMPTIONS.applied(),
        ASSUMPTIONS.notApplied(asOf),
        ASSUMPTIONS.paid(),
        ASSUMPTIONS.sameFacts(),
        ASSUMPTIONS.countryProgrammes(),
        ...(this.campaigns.length > 0 ? [ASSUMPTIONS.broughtForward()] : []),
      ],
      ruleSets: affectedRuleSets(this.options.law)
        .map((r) => r.id)
        .filter((id) => id === assistedReturnEligibilityRuleSet.id || id === assistedReturnSupportRuleSet.id),
      considered: this.considered,
      skipped: [...this.skipped].sort(([a], [b]) => englishOrder.compare(a, b)).map(([reason, n]) => ({ reason, cases: n })),
      total: figuresOf(this.total),
      perPerson: { before, after, difference: before === null || after === null ? null : after - before },
      transitions: [...this.transitions.values()].sort((a, b) => b.households - a.households || englishOrder.compare(`${a.from} ${a.to}`, `${b.from} ${b.to}`)),
      byCitizenship: rows(this.byCitizenship, 'citizenship'),
      byHouseholdType: rows(this.byHouseholdType, 'householdType') as SimulationReport['byHouseholdType'],
      byDeadlineMonth: rows(this.byDeadlineMonth, 'month'),
      samples: this.samples,
      broughtForward:
        this.campaigns.length === 0
          ? null
          : {
              campaigns: this.campaigns.map((c) => ({ ...c })),
              ...this.forward,
              byMonth: [...this.forwardByMonth].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([month, f]) => ({ month, ...f })),
            },
    };
    return disclosure === 'public' ? publicReport(report) : report;
  }
}

const small = (n: number | null) => n !== null && n >= 1 && n <= SMALL_COUNT;

/** Counts of 1–4 become null, and so do the persons and amounts of a row with 1–4 households; no samples. */
export function publicReport(report: SimulationReport): SimulationReport {
  const figures = <F extends Figures>(f: F): F => {
    const hide = small(f.households);
    const c = (n: number | null) => (small(n) ? null : n);
    return {
      ...f,
      households: c(f.households),
      // The persons of a row of 1–4 households would tell the size of those households.
      persons: hide ? null : c(f.persons),
      changed: c(f.changed),
      eligibleBefore: c(f.eligibleBefore),
      eligibleAfter: c(f.eligibleAfter),
      paidBefore: hide ? null : f.paidBefore,
      paidAfter: hide ? null : f.paidAfter,
      difference: hide ? null : f.difference,
    };
  };
  return {
    ...report,
    disclosure: 'public',
    skipped: report.skipped.map((s) => ({ ...s, cases: small(s.cases) ? null : s.cases })),
    total: figures(report.total),
    transitions: report.transitions.map((t) => ({
      ...t,
      households: small(t.households) ? null : t.households,
      persons: small(t.households) || small(t.persons) ? null : t.persons,
    })),
    byCitizenship: report.byCitizenship.map(figures),
    byHouseholdType: report.byHouseholdType.map(figures),
    byDeadlineMonth: report.byDeadlineMonth.map(figures),
    samples: [],
    broughtForward:
      report.broughtForward === null
        ? null
        : {
            ...report.broughtForward,
            ...forwardFigures(report.broughtForward),
            byMonth: report.broughtForward.byMonth.map((m) => ({ ...m, ...forwardFigures(m) })),
          },
  };
}

/** Brought-forward figures with 1–4 households suppressed (their persons and amount too). */
function forwardFigures(f: { households: number | null; persons: number | null; extraSupport: number | null }) {
  const hide = small(f.households);
  return { households: hide ? null : f.households, persons: hide || small(f.persons) ? null : f.persons, extraSupport: hide ? null : f.extraSupport };
}
