/**
 * Norway's public holidays and working days, for time limits (domstolloven § 149: a time limit that ends on a
 * Saturday, a Sunday or a public holiday runs to the next working day).
 *
 * The holidays are dated parameters with their sources, not a list in a function: the fixed ones as month and
 * day (helligdagsfredloven § 2 b, j, k; 1 and 17 May by the Act of 1947), the movable ones as days from Easter
 * Sunday (helligdagsfredloven § 2 c–i), and Easter Sunday itself computed for the year: "the first Sunday after
 * the first full moon on or after 21 March", the ecclesiastical full moon of the Gregorian calendar (the
 * anonymous Gregorian algorithm, as Meeus gives it). Sundays are holidays by § 2 a.
 */
import { defineParameter } from '../engine/parameter.ts';
import { addDays, parseDate, type IsoDate } from '../engine/dates.ts';
import { EARLIEST_DATE } from '../engine/output.ts';
import { cite } from '../sources.ts';

const before1995 =
  'In force since 24 February 1995; Retur takes it back to the earliest date it accepts (1900-01-01), as it does the three-week time limit: a decision notified before 1995 has no appeal left to count.';

/** Holidays on the same day every year, as MM-DD. */
export const fixedHolyDays = defineParameter<readonly string[]>({
  id: 'calendar.holy-days-fixed',
  description: 'The holidays (helligdager) on the same date every year: New Year’s Day and Christmas Day and Boxing Day',
  unit: 'dates in the year (MM-DD)',
  values: [
    {
      from: EARLIEST_DATE,
      value: ['01-01', '12-25', '12-26'],
      source: cite(
        'helligdagsfredloven-2',
        'Følgende dager er helligdag: … b) nyttårsdag (1. januar), … j) første juledag (25. desember), k) annen juledag (26. desember).',
        { note: before1995 },
      ),
    },
  ],
});

/** The holidays that move with Easter, as days from Easter Sunday. */
export const easterHolyDays = defineParameter<readonly number[]>({
  id: 'calendar.holy-days-from-easter',
  description:
    'The holidays that move with Easter, in days from Easter Sunday: Maundy Thursday (−3), Good Friday (−2), Easter Sunday (0), Easter Monday (1), Ascension Day (39), Whit Sunday (49), Whit Monday (50)',
  unit: 'days from Easter Sunday',
  values: [
    {
      from: EARLIEST_DATE,
      value: [-3, -2, 0, 1, 39, 49, 50],
      source: cite(
        'helligdagsfredloven-2',
        'c) skjærtorsdag (siste torsdag før første påskedag), d) langfredag (siste fredag før første påskedag), e) første påskedag (første søndag etter første fullmåne som inntreffer på eller etter 21. mars), f) annen påskedag (første mandag etter første påskedag), g) Kristi Himmelfartsdag (sjette torsdag etter første påskedag), h) første pinsedag (sjuende søndag etter første påskedag), i) annen pinsedag (første mandag etter første pinsedag)',
        { note: `The sixth Thursday after Easter Sunday is 39 days after it; the seventh Sunday, 49. ${before1995}` },
      ),
    },
  ],
});

/** 1 and 17 May: days of celebration (høgtidsdager), on a par with Sundays. */
export const highDays = defineParameter<readonly string[]>({
  id: 'calendar.high-days',
  description: 'The public days of celebration (høgtidsdager), on a par with Sundays: 1 May and 17 May',
  unit: 'dates in the year (MM-DD)',
  values: [
    {
      from: EARLIEST_DATE,
      value: ['05-01', '05-17'],
      source: cite(
        'hoytidsdager-1',
        '1. og 17. mai er høgtidsdager og skal være jamstelt med søndager, men ikke når det gjelder føresegner om kirkelige handlinger eller helligdagsfreden.',
        {
          note: 'In force since 1947; Retur takes it back to the earliest date it accepts (1900-01-01). On a par with Sundays, so "a day the law puts on a par with a holiday" in domstolloven § 149.',
        },
      ),
    },
  ],
});

/** The sentence that moves the end of a time limit off a weekend or holiday. */
export const nextWorkingDaySentence = cite(
  'dl-149',
  'Ender en frist paa en lørdag, helgedag eller dag som etter lovgivningen er likestilt med helgedag forlenges fristen til den nærmest følgende virkedag.',
  { note: 'The first paragraph of § 149. A Sunday is a holiday (helligdagsfredloven § 2 a); 1 and 17 May are on a par with Sundays.' },
);

/** Why the courts' rule on time limits counts the appeal time limit of forvaltningsloven § 29 too. */
export const appealCountedAsCourtsCount = cite(
  'regjeringen-fvl-29-2004',
  'Domstollovens bestemmelser trekkes inn som mønster både med hensyn til beregning av klagefristens lengde, hva som skal til for å avbryte fristen og for vilkårene for oppreisning.',
  {
    note: 'Forvaltningsloven has no rule of its own on a time limit that ends on a holiday; its three weeks are counted as domstolloven counts time limits, so the last day moves by domstolloven § 149.',
  },
);

/** The holidays of a year, as the parameters give them. */
export interface PublicHolidays {
  /** Dates in the year, MM-DD (the fixed holidays and the days of celebration). */
  readonly fixed: readonly string[];
  /** Days from Easter Sunday. */
  readonly fromEaster: readonly number[];
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm: Meeus, Astronomical Algorithms, ch. 8). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether a day is a public holiday (a Sunday counts by helligdagsfredloven § 2 a, but is not asked here). */
export function isPublicHoliday(date: IsoDate, holidays: PublicHolidays): boolean {
  if (holidays.fixed.includes(date.slice(5))) return true;
  const easter = easterSunday(Number(date.slice(0, 4)));
  return holidays.fromEaster.some((offset) => addDays(easter, offset) === date);
}

/** A working day: not a Saturday or a Sunday, and not a public holiday. */
export function isWorkingDay(date: IsoDate, holidays: PublicHolidays): boolean {
  return parseDate(date).dayOfWeek <= 5 && !isPublicHoliday(date, holidays);
}

/** The day itself when it is a working day, otherwise the next working day after it (domstolloven § 149). */
export function onOrNextWorkingDay(date: IsoDate, holidays: PublicHolidays): IsoDate {
  let day = date;
  while (!isWorkingDay(day, holidays)) day = addDays(day, 1);
  return day;
}
