/**
 * The dated parameters of rule set 5 (re-entry): which entry-ban lengths an expulsion decision may set, and
 * the shortest ban for a citizen of an EU/EEA country. Both are read on the day of the expulsion decision,
 * not on the day of the planned entry: a ban is judged by the law in force when it was imposed.
 */
import { defineParameter } from '../engine/parameter.ts';
import { cite } from '../sources.ts';
import { eeaAndSwitzerland } from '../common/countries.ts';

/** The lengths of an entry ban a caller can name: whole years, or `permanent`. */
export const banLengths = [1, 2, 5, 10, 'permanent'] as const;
export type BanLength = (typeof banLengths)[number];

/** Utlendingsloven 2008 and utlendingsforskriften took effect on this day; earlier decisions are answered as decided, with a warning. */
export const ACT_2008_IN_FORCE = '2010-01-01';

export const allowedBanLengths = defineParameter<readonly BanLength[]>({
  id: 're-entry.allowed-ban-lengths',
  description: 'The lengths of entry ban an expulsion decision may set (utlendingsforskriften § 14-2 first paragraph)',
  unit: 'years, or permanent',
  values: [
    {
      from: ACT_2008_IN_FORCE,
      value: [1, 2, 5, 'permanent'],
      source: cite('g-07-2016', 'Frå tidlegare er det mogeleg å verte utvist frå Noreg med eit innreiseforbod på eitt år, to år, fem år eller for alltid.', {
        note:
          'The lengths before 20 June 2016. From 1 January 2010, when utlendingsloven 2008 and utlendingsforskriften took effect ' +
          '(§ 71 second paragraph: "ikke for kortere tidsrom enn ett år"). Decisions under the 1988 Act are answered as decided, with a warning. ' +
          'One year is allowed only for the grounds in § 66 first paragraph a, d, f and second paragraph (§ 14-2 second paragraph); Retur does not check the ground.',
      }),
    },
    {
      from: '2016-06-20',
      value: [1, 2, 5, 10, 'permanent'],
      source: cite('g-07-2016', 'Det er vedteke ei endring i utlendingsforskrifta § 14-2 første ledd som gjeld frå 20. juni 2016.', {
        note: 'The change adds ten years: "No er det også mogeleg å verte utvist med eit innreiseforbod på 10 år." (circular G-07/2016; utlendingsforskriften § 14-2 first paragraph letter c).',
      }),
    },
  ],
});

export const eeaMinimumBanYears = defineParameter<number>({
  id: 're-entry.eea-minimum-ban-years',
  description: 'The shortest entry ban for a citizen of an EU/EEA country (utlendingsloven § 124 first paragraph)',
  unit: 'years',
  values: [
    {
      from: ACT_2008_IN_FORCE,
      value: 2,
      source: cite('utl-124', 'Innreiseforbudet kan gjøres varig eller tidsbegrenset, men ikke for kortere tidsrom enn to år.', {
        note: 'From 1 January 2010, when utlendingsloven 2008 took effect.',
      }),
    },
  ],
});

export const reEntryParameters = [allowedBanLengths, eeaMinimumBanYears, eeaAndSwitzerland] as const;
