/**
 * The simulation's tally (simulate.ts) over generated households, without a database: a reform that changes
 * nothing changes nothing on 100,000 of them; a rate raise costs what a plain count says it should; the
 * public report hides small counts and every sample; case ids only where asked for.
 */
import { describe, expect, it } from 'vitest';
import { applyReform, reformSchema } from '../rules/reform.ts';
import { evaluateAssistedReturnEligibility } from '../rules/assisted-return/eligibility.ts';
import { evaluateSupport } from '../rules/assisted-return/support.ts';
import { generatedRows } from './generate.ts';
import { CachedInputs, householdOf, type CaseRow, type Household } from './households.ts';
import { SMALL_COUNT, SimulationTally, publicReport, type SimulationReport } from './simulate.ts';
import { simulationCsv, simulationJsonStat } from './export.ts';

const AROUND = '2027-03-01';

function households(n: number): Household[] {
  const out: Household[] = [];
  for (const row of generatedRows(n, AROUND)) {
    const h = householdOf(row, AROUND);
    if ('household' in h) out.push(h.household);
  }
  return out;
}

function run(raw: Record<string, unknown>, list: readonly Household[], disclosure: SimulationReport['disclosure'] = 'samples'): SimulationReport {
  const reform = reformSchema.parse({ name: 'test', effective: '2027-03-01', ...raw });
  const tally = new SimulationTally({ reform, law: applyReform(reform), asOf: AROUND, cases: 'generated', disclosure });
  for (const h of list) tally.add(h);
  return tally.report('2027-03-01T12:00:00.000Z');
}

const raise = {
  parameters: [{ change: 'value', parameter: 'assisted-return.support.adult.before-deadline', value: 20_000, from: '2026-01-01' }],
  effective: '2026-01-01',
};

describe('the simulation over generated households', () => {
  const many = households(100_000);

  it('a reform that changes nothing changes no answer of 100,000 households', () => {
    expect(many.length).toBeGreaterThan(99_000);
    const report = run({}, many);
    expect(report.total.households).toBe(many.length);
    expect(report.total.changed).toBe(0);
    expect(report.total.difference).toBe(0);
    expect(report.total.paidBefore).toBeGreaterThan(0);
    expect(report.transitions).toEqual([]);
    expect(report.samples).toEqual([]);
    expect(report.ruleSets).toEqual([]);
  });

  it('a raise of the adult rate costs NOK 5,000 per adult of an eligible household on the higher rate from the day', () => {
    const some = many.slice(0, 5_000);
    let adults = 0;
    let households = 0;
    for (const h of some) {
      const outcome = evaluateAssistedReturnEligibility(h.eligibility, { trace: false }).outcome;
      const support = evaluateSupport(h.support, { trace: false });
      const n = support.lines.filter((l) => l.rule === 'assisted-return.support.grant.adult.before-deadline').length;
      if (h.date >= '2026-01-01' && n > 0) {
        households++;
        if (outcome === 'eligible' || outcome === 'eligible-by-exception') adults += n;
      }
    }
    const report = run(raise, some);
    expect(adults).toBeGreaterThan(100);
    expect(report.total.difference).toBe(adults * 5_000);
    expect(report.total.changed).toBe(households);
    expect(report.transitions.every((t) => t.from === t.to)).toBe(true);
    expect(report.ruleSets).toEqual(['assisted-return-support']);
  });

  it('samples are explained with the value the reform set, at most three per transition, with case ids only when asked', () => {
    const some = many.slice(0, 2_000);
    const report = run(raise, some);
    expect(report.transitions.length).toBeGreaterThan(1);
    expect(report.samples.length).toBe(report.transitions.reduce((n, t) => n + Math.min(3, t.households!), 0));
    for (const sample of report.samples) {
      expect(sample).not.toHaveProperty('caseId');
      expect(sample.reformValues).toContainEqual({
        parameter: 'assisted-return.support.adult.before-deadline',
        date: sample.date,
        law: 15_000,
        reform: 20_000,
      });
      expect(sample.after.support! - sample.before.support!).toBeGreaterThan(0);
    }
    expect(run(raise, some, 'case-ids').samples.every((s) => s.caseId !== undefined)).toBe(true);
  });

  it('the public report suppresses counts of 1 to 4 (and the amounts of such rows), and has no samples', () => {
    const report = run(raise, many.slice(0, 60), 'public');
    expect(report.samples).toEqual([]);
    const rows = [...report.byCitizenship, ...report.byHouseholdType, ...report.byDeadlineMonth];
    let suppressed = 0;
    for (const row of rows) {
      for (const n of [row.households, row.persons, row.changed, row.eligibleBefore, row.eligibleAfter])
        expect(n === null || n === 0 || n > SMALL_COUNT).toBe(true);
      if (row.households === null) {
        suppressed++;
        expect([row.persons, row.paidBefore, row.paidAfter, row.difference]).toEqual([null, null, null, null]);
      }
    }
    expect(suppressed).toBeGreaterThan(0);
    expect(publicReport(run(raise, many.slice(0, 60), 'case-ids'))).toEqual(report);
  });

  it('the JSON-stat and the CSV carry the public report’s figures', () => {
    const report = run(raise, many.slice(0, 3_000), 'case-ids');
    const collection = simulationJsonStat(report);
    expect(collection.link.item.map((d) => d.extension.id)).toEqual(['transitions', 'by-citizenship', 'by-household-type', 'by-deadline-month']);
    const csv = simulationCsv(report).trim().split(/\r?\n/);
    expect(csv[0]).toBe('dataset,transition,citizenship,householdType,month,measure,value');
    const pub = publicReport(report);
    expect(csv).toContain(`by-citizenship,,TOTAL,,,difference,${pub.total.difference}`);
    const af = pub.byCitizenship.find((c) => c.citizenship === 'AF')!;
    expect(csv).toContain(`by-citizenship,,AF,,,households,${af.households ?? ''}`);
    expect(JSON.stringify(collection)).not.toContain(generatedIdPrefix);
  });
});

const generatedIdPrefix = '00000000-0000-4000-8000-';

describe('the rule sets’ inputs parsed once per shape', () => {
  it('are the inputs the schemas give, household by household, and refuse what they refuse', () => {
    const cached = new CachedInputs();
    const rows = [...generatedRows(20_000, AROUND)];
    const base = rows[0]!;
    const person = base.household[0]!;
    const odd: CaseRow[] = [
      // What the schemas refuse: an unknown citizenship, a date that does not exist, a recorded fact of the wrong type,
      // a deadline that is not a date, more than 100 travellers; and what they take: a recorded fact given.
      { ...base, id: 'odd-1', household: [{ ...person, citizenships: ['QQ'] }] },
      { ...base, id: 'odd-2', household: [{ ...person, dateOfBirth: '1990-02-30' }] },
      { ...base, id: 'odd-3', appliedOn: '2027-01-10', eligibilityFacts: { vulnerabilities: 'trafficking' } },
      { ...base, id: 'odd-4', deadline: '2027-13-01' },
      { ...base, id: 'odd-5', household: Array.from({ length: 101 }, (_, i) => ({ ...person, id: `p${i}` })) },
      { ...base, id: 'odd-6', appliedOn: '2027-01-10', eligibilityFacts: { vulnerabilities: ['trafficking'], date: '1999-01-01', citizenship: 'SE' } },
    ];
    for (const row of [...rows, ...odd, ...rows.slice(0, 1_000)]) expect(householdOf(row, AROUND, cached)).toEqual(householdOf(row, AROUND));
    expect(odd.map((row) => 'skipped' in householdOf(row, AROUND, cached))).toEqual([true, true, true, true, true, false]);
  });
});

describe('a reform adding an exception to the exclusions', () => {
  // Four Ghanaian households (Ghana is on the excluded list), each one adult who applied on 10 March 2027
  // before a deadline of 30 April 2027 after a rejected claim for protection: three told UDI they had been
  // victims of violence, coercion or exploitation (one of them also of trafficking, already an exception in
  // the law), one told nothing. The law: the trafficking victim is eligible by exception (NOK 15,000), the
  // three others normally not eligible. The reform adds the exception for violence: the two other victims
  // become eligible by exception, NOK 15,000 each (the adult rate before the deadline), NOK 30,000 in all.
  const row = (n: number, vulnerabilities: readonly string[]): CaseRow => ({
    id: `00000000-0000-4000-8000-00000000e00${n}`,
    status: 'open',
    decisionKind: 'protection-rejected',
    deadline: '2027-04-30',
    household: [{ id: `p${n}`, dateOfBirth: '1990-01-01', citizenships: ['GH'], role: 'adult', unaccompaniedMinor: false }],
    appliedOn: '2027-03-10',
    destination: 'GH',
    applicantId: `p${n}`,
    travellerIds: [`p${n}`],
    eligibilityFacts: { vulnerabilities },
    supportFacts: { departureDeadline: '2027-04-30', registeredInNorway: true },
  });
  const rows = [
    row(1, ['violence-coercion-or-exploitation']),
    row(2, ['violence-coercion-or-exploitation']),
    row(3, ['violence-coercion-or-exploitation', 'trafficking']),
    row(4, []),
  ];
  const list = rows.map((r) => householdOf(r, AROUND)).flatMap((h) => ('household' in h ? [h.household] : []));
  const VIOLENCE = 'assisted-return.eligibility.exception.violence-coercion-or-exploitation';

  it('moves the two other victims to eligible by exception, NOK 30,000, each sample naming the exception the reform added', () => {
    expect(list).toHaveLength(4);
    const report = run({ rules: [{ change: 'add-exception', rule: VIOLENCE }] }, list, 'case-ids');
    expect(report.ruleSets).toEqual(['assisted-return-eligibility']);
    expect(report.transitions).toEqual([{ from: 'normally-not-eligible', to: 'eligible-by-exception', households: 2, persons: 2 }]);
    expect(report.total).toEqual({
      households: 4,
      persons: 4,
      changed: 2,
      eligibleBefore: 1,
      eligibleAfter: 3,
      paidBefore: 15_000,
      paidAfter: 45_000,
      difference: 30_000,
    });
    expect(report.samples.map((s) => s.caseId)).toEqual([rows[0]!.id, rows[1]!.id]);
    for (const sample of report.samples) {
      const decided = ['assisted-return.eligibility.group.rejected', 'assisted-return.eligibility.exclusion.excluded-nationality'];
      expect(sample.before.decidedBy).toEqual([
        ...decided,
        'assisted-return.eligibility.normally-excluded',
        'assisted-return.eligibility.destination.home-country',
      ]);
      expect(sample.after.decidedBy).toEqual([...decided, VIOLENCE, 'assisted-return.eligibility.destination.home-country']);
      expect(sample.exceptionsAdded).toEqual([VIOLENCE]);
      expect(sample.switchedOff).toEqual([]);
      expect(sample.reformValues).toEqual([]);
      expect([sample.before.paid, sample.after.paid]).toEqual([0, 15_000]);
    }
  });
});

describe('a campaign: a higher rate for a while', () => {
  // Assessed on 1 March 2027 (none has applied), single adults from Afghanistan after a rejected claim for
  // protection. The campaign pays NOK 20,000 instead of 15,000 before the deadline, from 1 March to 31 May
  // 2027. A, deadline 15 April: the last day that still pays more is 15 April (after it, the rate after the
  // deadline, which the campaign does not change). B, no deadline: 31 May. C, deadline 1 February: already
  // past, the campaign pays C nothing more. D has applied: not brought forward. So two households, NOK 10,000,
  // one in April and one in May.
  const row = (n: number, deadline: string | null, applied: boolean): CaseRow => ({
    id: `00000000-0000-4000-8000-00000000f00${n}`,
    status: 'open',
    decisionKind: 'protection-rejected',
    deadline,
    household: [{ id: `q${n}`, dateOfBirth: '1990-01-01', citizenships: ['AF'], role: 'adult', unaccompaniedMinor: false }],
    appliedOn: applied ? '2027-03-01' : null,
    destination: applied ? 'AF' : null,
    applicantId: applied ? `q${n}` : null,
    travellerIds: applied ? [`q${n}`] : null,
    eligibilityFacts: null,
    supportFacts: null,
  });
  const list = [row(1, '2027-04-15', false), row(2, null, false), row(3, '2027-02-01', false), row(4, '2027-04-15', true)]
    .map((r) => householdOf(r, AROUND))
    .flatMap((h) => ('household' in h ? [h.household] : []));
  const campaign = { parameters: [{ change: 'value', parameter: 'assisted-return.support.adult.before-deadline', value: 20_000, until: '2027-05-31' }] };

  it('brings forward the applications that the campaign pays more, each on its last day that still does, in the report and its exports', () => {
    expect(list).toHaveLength(4);
    const report = run(campaign, list);
    expect(report.broughtForward).toEqual({
      campaigns: [{ parameter: 'assisted-return.support.adult.before-deadline', from: '2027-03-01', until: '2027-05-31' }],
      households: 2,
      persons: 2,
      extraSupport: 10_000,
      byMonth: [
        { month: '2027-04', households: 1, persons: 1, extraSupport: 5_000 },
        { month: '2027-05', households: 1, persons: 1, extraSupport: 5_000 },
      ],
    });
    expect(report.assumptions.some((a) => a.startsWith('Applications brought forward by a campaign'))).toBe(true);
    // Without an end day, a change is no campaign.
    expect(run({ parameters: [{ ...campaign.parameters[0], until: undefined }] }, list).broughtForward).toBeNull();

    // The exports are public: two households is a small count, suppressed, and so are the amounts.
    const dataset = simulationJsonStat(report).link.item.find((d) => d.extension.id === 'brought-forward')!;
    expect(dataset.label).toBe('Applications a campaign would bring forward, by the month they would be made');
    const csv = simulationCsv(report).trim().split(/\r?\n/);
    expect(csv).toContain('brought-forward,,,,TOTAL,households,');
    expect(csv).toContain('brought-forward,,,,2027-04,extraSupport,');
    expect(publicReport(report).broughtForward).toMatchObject({ households: null, persons: null, extraSupport: null });
  });

  it('exports the figures when they are not small', () => {
    const many = Array.from({ length: 6 }, (_, i) => ({ ...list[1]!, caseId: `00000000-0000-4000-8000-0000000a000${i}` }));
    const report = run(campaign, many);
    expect(report.broughtForward).toMatchObject({ households: 6, persons: 6, extraSupport: 30_000 });
    const csv = simulationCsv(report).trim().split(/\r?\n/);
    expect(csv).toContain('brought-forward,,,,TOTAL,households,6');
    expect(csv).toContain('brought-forward,,,,2027-05,extraSupport,30000');
    expect(csv).toContain('brought-forward,,,,2027-05,persons,6');
  });
});
