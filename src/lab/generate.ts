/**
 * Generated households for the tests and the benchmark (`npm run bench -- simulate`): case rows as
 * `db.ts` reads them from the lab's projection, deterministic from a seed, with a mix of citizenships (excluded, visa-exempt and
 * others), household shapes, decisions and deadlines around a date, and a share that has applied.
 */
import { addDays } from '../rules/engine/dates.ts';
import type { CaseRow } from './households.ts';
import { randomNumbers } from '../statistics/demo.ts';

/** Citizenships weighted towards the real case load, with excluded and visa-exempt ones among them. */
export const generatedCitizenships = ['AF', 'SY', 'IQ', 'SO', 'ER', 'ET', 'GE', 'MA', 'UA', 'AL', 'IN', 'TR', 'IR', 'RS', 'BR', 'NG'] as const;
const kinds = [
  'protection-rejected',
  'protection-rejected',
  'protection-rejected',
  'residence-rejected',
  'dublin-transfer',
  'expelled',
  'permit-revoked',
] as const;

/** The statistics demo's seeded generator (mulberry32): the same households on every run. */
export const random = randomNumbers;

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
/** A UUID-shaped id that sorts by `i`. */
export const generatedId = (i: number) => `00000000-0000-4000-8000-${hex(i, 12)}`;

/** The `i`-th generated case row, the household assessed around `around`. */
export function generatedRow(i: number, around: string, next: () => number): CaseRow {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const citizenship = pick(generatedCitizenships);
  const adults = next() < 0.15 ? 0 : next() < 0.6 ? 1 : 2;
  const children = adults === 0 ? 1 : next() < 0.5 ? 0 : 1 + Math.floor(next() * 3);
  const born = (minAge: number, span: number) => addDays(around, -Math.floor((minAge + next() * span) * 365.25));
  const household = [
    ...Array.from({ length: adults }, (_, k) => ({
      id: `${generatedId(i)}-a${k}`,
      dateOfBirth: born(18, 45),
      citizenships: [citizenship],
      role: 'adult',
      unaccompaniedMinor: false,
    })),
    ...Array.from({ length: children }, (_, k) => ({
      id: `${generatedId(i)}-c${k}`,
      dateOfBirth: born(0, 17.9),
      citizenships: [citizenship],
      role: 'child',
      unaccompaniedMinor: adults === 0,
    })),
  ];
  const deadline = next() < 0.05 ? null : addDays(around, Math.floor(next() * 240) - 150);
  const applied = next() < 0.3;
  return {
    id: generatedId(i),
    status: 'open',
    decisionKind: pick(kinds),
    deadline,
    household,
    appliedOn: applied ? addDays(around, -Math.floor(next() * 200)) : null,
    destination: applied ? citizenship : null,
    // An application as the case work records it: the first person applies, everyone travels, registered in
    // Norway, with the deadline of the day.
    applicantId: applied ? household[0]!.id : null,
    travellerIds: applied ? household.map((p) => p.id) : null,
    eligibilityFacts: applied ? {} : null,
    supportFacts: applied ? { departureDeadline: deadline, registeredInNorway: true } : null,
  };
}

/** `n` generated rows, lazily. */
export function* generatedRows(n: number, around: string, seed = 20_261_205): Generator<CaseRow> {
  const next = random(seed);
  for (let i = 0; i < n; i++) yield generatedRow(i, around, next);
}
