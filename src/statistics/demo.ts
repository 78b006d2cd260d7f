/**
 * The demo data set: forced returns for all of 2025 and January–March 2026 whose report for 2026-03 gives
 * exactly the police's published figures (seed 004): 578 against 560, both top-13 tables, the convicted
 * offenders' top 12 and minors 36 + 4. It is deterministic: the same records, ids and dates on every run.
 *
 * January–March 2026 is written out below as flows (citizenship → destination, category, how many, of whom
 * convicted and minors), chosen so that every published number comes out and every country in "Others" stays
 * below its table's cut-off (15 citizenships, 13 destinations, 5 convicted destinations). Most people return
 * to their own country; Dublin and IP returns go to another European country; refused people sometimes go
 * to the country that gave them residence or where they flew from. The other months of 2025 draw people like
 * these at random (a seeded generator), with monthly totals that give 560 for January–March 2025.
 */
import { Temporal } from 'temporal-polyfill';
import type { ForcedReturnCategory } from '../rules/forced-return/category.ts';
import { formatForcedReturnCsv } from './csv.ts';
import type { ForcedReturnRecord } from './records.ts';

interface Flow {
  readonly citizenship: string;
  readonly destination: string;
  readonly category: ForcedReturnCategory;
  readonly count: number;
  /** How many of them are convicted offenders (adults). */
  readonly convicted: number;
  /** How many are minors returned with family. */
  readonly withFamily: number;
  /** How many are unaccompanied minors. */
  readonly unaccompanied: number;
}

function flow(
  citizenship: string,
  destination: string,
  category: ForcedReturnCategory,
  count: number,
  of: Partial<Pick<Flow, 'convicted' | 'withFamily' | 'unaccompanied'>> = {},
): Flow {
  return { citizenship, destination, category, count, convicted: of.convicted ?? 0, withFamily: of.withFamily ?? 0, unaccompanied: of.unaccompanied ?? 0 };
}

/** January–March 2026. Comments give the seed's figure each group adds up to. */
export const flows2026: readonly Flow[] = [
  // Romania: citizens 61; destination 63, of whom 62 convicted (with 2 Moldovans holding Romanian residence).
  flow('RO', 'RO', 'expelled', 50, { convicted: 50 }),
  flow('RO', 'RO', 'refused', 11, { convicted: 10 }),
  flow('MD', 'RO', 'expelled', 2, { convicted: 2 }),
  // Colombia: citizens 50; destination 49 (one to Spain, where they had residence).
  flow('CO', 'CO', 'asylum', 28, { withFamily: 10 }),
  flow('CO', 'CO', 'refused', 17),
  flow('CO', 'CO', 'expelled', 4, { convicted: 4 }),
  flow('CO', 'ES', 'refused', 1),
  // Ukraine: citizens 50, mostly to Poland, Germany and their neighbours; destination 10, of whom 5 convicted.
  flow('UA', 'UA', 'expelled', 5, { convicted: 5 }),
  flow('UA', 'UA', 'refused', 5, { unaccompanied: 1 }),
  flow('UA', 'PL', 'dublin', 8, { withFamily: 3 }),
  flow('UA', 'PL', 'ip', 6, { withFamily: 3 }),
  flow('UA', 'PL', 'refused', 6, { convicted: 2 }),
  flow('UA', 'DE', 'dublin', 6),
  flow('UA', 'DE', 'ip', 4),
  flow('UA', 'CZ', 'refused', 4, { convicted: 3 }),
  flow('UA', 'SK', 'refused', 3, { convicted: 2 }),
  flow('UA', 'HU', 'refused', 3, { convicted: 2 }),
  // China: citizens 40; destination 20, of whom 15 convicted; others to where they lived or flew from.
  flow('CN', 'CN', 'expelled', 12, { convicted: 12 }),
  flow('CN', 'CN', 'refused', 8, { convicted: 3 }),
  flow('CN', 'IT', 'refused', 6),
  flow('CN', 'ES', 'refused', 5),
  flow('CN', 'FR', 'refused', 3),
  flow('CN', 'TH', 'refused', 3),
  flow('CN', 'AE', 'refused', 3),
  // Lithuania: citizens 32; destination 33, of whom 32 convicted.
  flow('LT', 'LT', 'expelled', 30, { convicted: 30 }),
  flow('LT', 'LT', 'refused', 2, { convicted: 1 }),
  flow('BY', 'LT', 'expelled', 1, { convicted: 1 }),
  // Turkey: citizens 27 (Dublin transfers to Germany and others); destination 15.
  flow('TR', 'TR', 'refused', 8),
  flow('TR', 'TR', 'expelled', 4, { convicted: 4 }),
  flow('TR', 'DE', 'dublin', 8, { convicted: 2 }),
  flow('TR', 'NL', 'dublin', 3, { convicted: 1 }),
  flow('TR', 'FR', 'dublin', 2),
  flow('TR', 'CH', 'dublin', 2),
  flow('AZ', 'TR', 'refused', 1),
  flow('IR', 'TR', 'refused', 2),
  // Russia: citizens 22; destination 11.
  flow('RU', 'RU', 'refused', 7),
  flow('RU', 'RU', 'expelled', 4, { convicted: 4 }),
  flow('RU', 'LV', 'refused', 4),
  flow('RU', 'EE', 'refused', 3),
  flow('RU', 'DE', 'dublin', 2),
  flow('RU', 'RS', 'refused', 2),
  // Poland: citizens 19; destination 43 (with the Ukrainians above and Belarusians), of whom 19 convicted.
  flow('PL', 'PL', 'expelled', 17, { convicted: 17 }),
  flow('PL', 'PL', 'refused', 2),
  flow('BY', 'PL', 'refused', 4),
  // United Kingdom: citizens 17; destination 44, of whom 12 convicted (many return to their UK residence).
  flow('GB', 'GB', 'expelled', 9, { convicted: 9 }),
  flow('GB', 'GB', 'refused', 8),
  flow('IN', 'GB', 'refused', 3),
  flow('PK', 'GB', 'refused', 4),
  flow('NG', 'GB', 'refused', 4),
  flow('AL', 'GB', 'expelled', 3, { convicted: 3 }),
  flow('AL', 'GB', 'refused', 1),
  flow('IQ', 'GB', 'refused', 3),
  flow('LK', 'GB', 'refused', 2),
  flow('GH', 'GB', 'refused', 2),
  flow('BD', 'GB', 'refused', 2),
  flow('ZA', 'GB', 'refused', 3),
  // Sweden: citizens 16; destination 28 (Dublin and IP returns), of whom 18 convicted.
  flow('SE', 'SE', 'expelled', 14, { convicted: 14 }),
  flow('SE', 'SE', 'refused', 2),
  flow('IQ', 'SE', 'dublin', 2, { convicted: 2 }),
  flow('SO', 'SE', 'dublin', 4, { convicted: 2 }),
  flow('ER', 'SE', 'dublin', 3, { withFamily: 1 }),
  flow('SY', 'SE', 'ip', 3),
  // Afghanistan: citizens 15, all Dublin or IP returns.
  flow('AF', 'DE', 'dublin', 6, { withFamily: 2 }),
  flow('AF', 'GR', 'ip', 4),
  flow('AF', 'AT', 'dublin', 3),
  flow('AF', 'FR', 'dublin', 2),
  // India: citizens 15; destination 10.
  flow('IN', 'IN', 'refused', 8),
  flow('IN', 'IN', 'expelled', 2, { convicted: 2 }),
  flow('IN', 'AE', 'refused', 2),
  // United States: citizens 15; destination 13, of whom 8 convicted.
  flow('US', 'US', 'expelled', 6, { convicted: 6 }),
  flow('US', 'US', 'refused', 7, { convicted: 2 }),
  flow('US', 'ES', 'refused', 2),
  // Germany: destination 44 with the Dublin and IP returns above, of whom 5 convicted.
  flow('DE', 'DE', 'expelled', 3, { convicted: 3 }),
  flow('DE', 'DE', 'refused', 5),
  flow('IQ', 'DE', 'dublin', 3),
  flow('ER', 'DE', 'ip', 3),
  flow('SY', 'DE', 'ip', 4, { withFamily: 2 }),
  // Spain: destination 22.
  flow('MA', 'ES', 'expelled', 2, { convicted: 2 }),
  flow('MA', 'ES', 'refused', 3),
  flow('VE', 'ES', 'refused', 4, { convicted: 2 }),
  flow('PE', 'ES', 'refused', 3),
  flow('EC', 'ES', 'refused', 2),
  // Croatia: destination 13 (the Dublin country of entry on the Balkan route).
  flow('HR', 'HR', 'expelled', 2, { convicted: 2 }),
  flow('HR', 'HR', 'refused', 1),
  flow('PK', 'HR', 'dublin', 2),
  flow('IQ', 'HR', 'dublin', 2),
  flow('BD', 'HR', 'dublin', 2),
  flow('SY', 'HR', 'dublin', 3, { withFamily: 1 }),
  flow('NP', 'HR', 'refused', 1),
  // France: destination 13.
  flow('DZ', 'FR', 'expelled', 3, { convicted: 3 }),
  flow('TN', 'FR', 'refused', 2),
  flow('GN', 'FR', 'dublin', 1),
  // The other citizenships (199 with those above) returned home; each destination under 13, each convicted
  // destination under 5 except the five at 5 in the seed (Albania, Germany, Latvia, Netherlands, Ukraine).
  flow('AL', 'AL', 'expelled', 5, { convicted: 5 }),
  flow('AL', 'AL', 'asylum', 4, { withFamily: 3 }),
  flow('AL', 'AL', 'refused', 1, { unaccompanied: 1 }),
  flow('GE', 'GE', 'expelled', 4, { convicted: 4 }),
  flow('GE', 'GE', 'asylum', 8, { withFamily: 4 }),
  flow('RS', 'RS', 'expelled', 4, { convicted: 4 }),
  flow('RS', 'RS', 'refused', 4, { withFamily: 2 }),
  flow('MD', 'MD', 'expelled', 4, { convicted: 4 }),
  flow('MD', 'MD', 'asylum', 5, { withFamily: 3 }),
  flow('IQ', 'IQ', 'asylum', 4, { withFamily: 2 }),
  flow('LV', 'LV', 'expelled', 5, { convicted: 5 }),
  flow('LV', 'LV', 'refused', 3),
  flow('NL', 'NL', 'expelled', 4, { convicted: 4 }),
  flow('EE', 'EE', 'expelled', 4, { convicted: 4 }),
  flow('EE', 'EE', 'refused', 1),
  flow('BG', 'BG', 'expelled', 4, { convicted: 4 }),
  flow('BG', 'BG', 'refused', 3),
  flow('NG', 'NG', 'expelled', 3, { convicted: 3 }),
  flow('NG', 'NG', 'asylum', 3),
  flow('MA', 'MA', 'refused', 3),
  flow('MA', 'MA', 'asylum', 1, { unaccompanied: 1 }),
  flow('VN', 'VN', 'refused', 4),
  flow('VN', 'VN', 'asylum', 1, { unaccompanied: 1 }),
  flow('PH', 'PH', 'refused', 4),
  flow('BR', 'BR', 'refused', 4),
  flow('BR', 'BR', 'expelled', 1, { convicted: 1 }),
  flow('IR', 'IR', 'asylum', 2),
  flow('DZ', 'DZ', 'refused', 2),
  flow('XK', 'XK', 'expelled', 3, { convicted: 3 }),
  flow('XK', 'XK', 'refused', 1),
  flow('MK', 'MK', 'expelled', 2, { convicted: 2 }),
  flow('MK', 'MK', 'refused', 1),
];

/** Departures per month: 2025 (January–March: 560) and January–March 2026 (578). */
export const monthlyTotals: Readonly<Record<string, number>> = {
  '2025-01': 176,
  '2025-02': 182,
  '2025-03': 202,
  '2025-04': 195,
  '2025-05': 210,
  '2025-06': 188,
  '2025-07': 170,
  '2025-08': 205,
  '2025-09': 214,
  '2025-10': 221,
  '2025-11': 207,
  '2025-12': 189,
  '2026-01': 186,
  '2026-02': 183,
  '2026-03': 209,
};

type Kind = 'convicted' | 'with-family' | 'unaccompanied' | 'adult';

interface Person {
  readonly citizenship: string;
  readonly destination: string;
  readonly category: ForcedReturnCategory;
  readonly kind: Kind;
}

/** One person per returnee of the flows, in the order of the table. */
function people(): Person[] {
  const out: Person[] = [];
  for (const f of flows2026) {
    const adults = f.count - f.convicted - f.withFamily - f.unaccompanied;
    if (adults < 0) throw new Error(`Demo flow ${f.citizenship}→${f.destination} ${f.category} has more convicted and minors than people`);
    const add = (kind: Kind, n: number) => {
      for (let i = 0; i < n; i++) out.push({ citizenship: f.citizenship, destination: f.destination, category: f.category, kind });
    };
    add('convicted', f.convicted);
    add('with-family', f.withFamily);
    add('unaccompanied', f.unaccompanied);
    add('adult', adults);
  }
  return out;
}

/** A small seeded generator (mulberry32): the same numbers on every run and every machine. */
export function randomNumbers(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEMO_SEED = 20260331;

/**
 * The demo records, in departure order, with stable ids `demo-YYYY-MM-NNNN`. January–March 2026 holds each
 * person of `flows2026` once; the months of 2025 draw from them at random.
 */
export function demoForcedReturns(): ForcedReturnRecord[] {
  const random = randomNumbers(DEMO_SEED);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const shuffled = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };

  const everyone = people();
  const in2026 = shuffled(everyone);
  const records: ForcedReturnRecord[] = [];
  let next2026 = 0;

  for (const [month, total] of Object.entries(monthlyTotals)) {
    const yearMonth = Temporal.PlainYearMonth.from(month);
    let chosen: Person[];
    if (yearMonth.year === 2026) {
      chosen = in2026.slice(next2026, next2026 + total);
      next2026 += total;
    } else {
      chosen = Array.from({ length: total }, () => everyone[Math.floor(random() * everyone.length)]!);
    }
    const dated = chosen.map((person) => ({ person, day: yearMonth.toPlainDate({ day: between(1, yearMonth.daysInMonth) }) }));
    dated.sort((a, b) => Temporal.PlainDate.compare(a.day, b.day));
    dated.forEach(({ person, day }, i) => {
      const age =
        person.kind === 'with-family'
          ? between(0, 16)
          : person.kind === 'unaccompanied'
            ? between(15, 17)
            : person.kind === 'convicted'
              ? between(19, 58)
              : between(18, 64);
      // Born `age` years and 1–360 days before the departure: exactly `age` on the day.
      const unknownBirth = person.kind === 'adult' && random() < 0.04;
      const birth = day.subtract({ years: age }).subtract({ days: between(1, 360) });
      records.push({
        id: `demo-${month}-${String(i + 1).padStart(4, '0')}`,
        departureDate: day.toString(),
        category: person.category,
        citizenship: person.citizenship,
        destination: person.destination,
        dateOfBirth: unknownBirth ? null : birth.toString(),
        unaccompaniedMinor: person.kind === 'unaccompanied',
        convicted: person.kind === 'convicted',
      });
    });
  }
  if (next2026 !== everyone.length) throw new Error(`Demo: January–March 2026 has ${next2026} departures but the flows hold ${everyone.length}`);
  return records;
}

/** The demo records as an import file (the format `parseForcedReturnCsv` reads). */
export function demoForcedReturnsCsv(): string {
  return formatForcedReturnCsv(demoForcedReturns());
}
