/**
 * Test cases for rule set 5 (re-entry), as data: a sentence for a name, the source it tests, the input as a
 * caller sends it, and the part of the answer that must match. They run in src/rules/cases.test.ts.
 *
 * Boundaries: the last day of a ban (the day before, the day of and the day after), bans starting on or ending
 * on 29 February, the day the 10-year option came in (2016-06-19 and 2016-06-20), repayments on and after the
 * planned entry date.
 */
import type { TestCase } from '../engine/ruleset.ts';

/** A two-year Schengen-wide ban decided while the person was abroad: it runs from 2021-03-15 to 2023-03-14. */
const twoYearBanFromAbroad = { decisionDate: '2021-03-15', banLength: 2, scope: 'schengen' };

/** A five-year ban decided while the person was in Norway; they left on 2018-04-02, so it runs to 2023-04-01. */
const fiveYearBanInNorway = { decisionDate: '2018-01-10', banLength: 5, scope: 'schengen', inNorwayAtDecision: true, departureDate: '2018-04-02' };

const deportedIn2022 = [{ date: '2022-05-02', forced: true }];
const costs12000 = [{ date: '2022-05-02', amountNok: 12000 }];

export const cases: readonly TestCase<unknown>[] = [
  // --- no bar ------------------------------------------------------------------------------------------
  {
    name: 'A person with no expulsion and no deportation debt may enter',
    source: 'seed-000: "You are not forbidden to re-enter the country if you have been deported."',
    input: { plannedEntryDate: '2026-03-10' },
    expect: {
      outcome: 'no-bar',
      entryBan: null,
      bans: [],
      balance: { currency: 'NOK', costs: 0, repaid: 0, owed: 0 },
      deported: false,
      reasons: [{ rule: 're-entry.outcome.no-bar' }],
    },
  },
  {
    name: 'A person who was deported but has no entry ban and owes nothing may come back',
    source: 'seed-000: "You are not forbidden to re-enter the country if you have been deported."',
    input: { plannedEntryDate: '2026-03-10', returns: deportedIn2022 },
    expect: { outcome: 'no-bar', deported: true, entryBan: null },
  },
  {
    name: 'A person who left voluntarily is not counted as deported',
    source: 'seed-000: "You are not forbidden to re-enter the country if you have been deported."',
    input: { plannedEntryDate: '2026-03-10', returns: [{ date: '2025-11-01' }] },
    expect: { outcome: 'no-bar', deported: false },
  },

  // --- deportation debt --------------------------------------------------------------------------------
  {
    name: 'A deported person who has repaid nothing of NOK 12,000 may be refused entry to Norway',
    source:
      'seed-000: "If you do not pay back the money you owe the Norwegian authorities, you may be refused entry if you try to come back to Norway at a later date."',
    input: { plannedEntryDate: '2023-01-01', returns: deportedIn2022, deportationCosts: costs12000 },
    expect: {
      outcome: 'may-be-refused-unpaid-costs',
      entryBan: null,
      balance: { currency: 'NOK', costs: 12000, repaid: 0, owed: 12000 },
      reasons: [{ rule: 're-entry.outcome.unpaid-costs' }],
    },
  },
  {
    name: 'A partial repayment lowers the balance but the person may still be refused entry',
    source: 'seed-000: "But if you have not repaid the money you owe the Norwegian authorities in connection with your deportation, you may be expelled."',
    input: {
      plannedEntryDate: '2023-01-01',
      returns: deportedIn2022,
      deportationCosts: costs12000,
      repayments: [{ date: '2022-08-01', amountNok: 5000 }],
    },
    expect: { outcome: 'may-be-refused-unpaid-costs', balance: { costs: 12000, repaid: 5000, owed: 7000 } },
  },
  {
    name: 'A debt repaid in full on the planned entry day no longer stands in the way',
    source:
      'seed-000: "If you do not pay back the money you owe the Norwegian authorities, you may be refused entry…" (repayments on or before the planned entry date count)',
    input: {
      plannedEntryDate: '2023-01-01',
      returns: deportedIn2022,
      deportationCosts: costs12000,
      repayments: [
        { date: '2022-08-01', amountNok: 5000 },
        { date: '2023-01-01', amountNok: 7000 },
      ],
    },
    expect: { outcome: 'no-bar', balance: { costs: 12000, repaid: 12000, owed: 0 }, deported: true },
  },
  {
    name: 'A repayment made the day after the planned entry is not counted',
    source: 'seed-000: "If you do not pay back the money you owe…, you may be refused entry…" (the balance as of the planned entry date)',
    input: {
      plannedEntryDate: '2023-01-01',
      returns: deportedIn2022,
      deportationCosts: costs12000,
      repayments: [{ date: '2023-01-02', amountNok: 12000 }],
    },
    expect: { outcome: 'may-be-refused-unpaid-costs', balance: { costs: 12000, repaid: 0, owed: 12000 } },
  },
  {
    name: 'Costs and repayments in kroner and øre are added exactly',
    source: 'utlendingsloven § 91: "En utlending som i medhold av loven føres ut av riket, plikter å betale utgiftene ved sin egen utreise"',
    input: {
      plannedEntryDate: '2024-06-01',
      returns: [{ date: '2023-09-12', forced: true }],
      deportationCosts: [
        { date: '2023-09-12', amountNok: 8450.5 },
        { date: '2023-09-12', amountNok: 1200.25 },
      ],
      repayments: [
        { date: '2024-01-15', amountNok: 0.1 },
        { date: '2024-02-15', amountNok: 650.65 },
      ],
    },
    expect: { outcome: 'may-be-refused-unpaid-costs', balance: { costs: 9650.75, repaid: 650.75, owed: 9000 } },
  },
  {
    name: 'A repayment larger than the debt leaves nothing owed, never a negative balance',
    source: 'seed-000: "That then becomes a debt you must pay back."',
    input: {
      plannedEntryDate: '2023-01-01',
      deportationCosts: costs12000,
      repayments: [{ date: '2022-12-01', amountNok: 12500 }],
    },
    expect: { outcome: 'no-bar', balance: { costs: 12000, repaid: 12500, owed: 0 } },
  },
  {
    name: 'A cost charged after the planned entry date is not part of the balance on that date',
    source: 'seed-000: "That then becomes a debt you must pay back." (the balance as of the planned entry date)',
    input: { plannedEntryDate: '2023-01-01', deportationCosts: [{ date: '2023-01-02', amountNok: 4000 }] },
    expect: { outcome: 'no-bar', balance: { costs: 0, repaid: 0, owed: 0 } },
  },
  {
    name: 'An unpaid deportation debt does not stop entry to another Schengen country, but the balance is still reported',
    source: 'seed-000: "…you may be refused entry if you try to come back to Norway at a later date."',
    input: { plannedEntryDate: '2023-01-01', destination: 'other-schengen', returns: deportedIn2022, deportationCosts: costs12000 },
    expect: { outcome: 'no-bar', destination: 'other-schengen', balance: { owed: 12000 } },
  },

  // --- when a ban starts and ends ----------------------------------------------------------------------
  {
    name: 'A two-year ban decided while the person was abroad runs from the decision date: banned two days before its last day',
    source: 'UDI (EEA): "Hvis du befinner deg utenfor Norge, regnes det fra datoen som står i vedtaket."',
    input: { plannedEntryDate: '2023-03-13', expulsions: [twoYearBanFromAbroad] },
    expect: {
      outcome: 'entry-banned',
      entryBan: { until: '2023-03-14', expiresOn: '2023-03-15', permanent: false, where: 'schengen', criminalOffence: true },
      bans: [{ expulsion: 0, start: '2021-03-15', lastDay: '2023-03-14', expiresOn: '2023-03-15', inForce: true, appliesToDestination: true }],
    },
  },
  {
    name: 'A two-year ban is still in force on its last day, the day before the second anniversary of its start',
    source:
      'seed-001: "The prohibition on entry applies from the day you leave Norway and the Schengen area." (the first day counts, so two years end the day before the anniversary)',
    input: { plannedEntryDate: '2023-03-14', expulsions: [twoYearBanFromAbroad] },
    expect: { outcome: 'entry-banned', entryBan: { until: '2023-03-14' }, bans: [{ inForce: true }] },
  },
  {
    name: 'A two-year ban no longer applies on the second anniversary of its start, the day after its last day',
    source: 'UDI (EEA): "Du kan komme tilbake til Norge når innreiseforbudet ditt har gått ut."',
    input: { plannedEntryDate: '2023-03-15', expulsions: [twoYearBanFromAbroad] },
    expect: {
      outcome: 'no-bar',
      entryBan: null,
      bans: [{ lastDay: '2023-03-14', inForce: false, appliesToDestination: false }],
      reasons: [{ rule: 're-entry.outcome.no-bar' }, { rule: 're-entry.ban.expired' }],
    },
  },
  {
    name: 'A ban decided while the person was in Norway runs from the day they left, not from the decision',
    source: 'UDI (EEA): "Hvis du oppholder deg i Norge regnes innreiseforbudet fra den datoen du forlater Norge."',
    input: { plannedEntryDate: '2023-03-20', expulsions: [fiveYearBanInNorway] },
    expect: {
      outcome: 'entry-banned',
      entryBan: { until: '2023-04-01', where: 'schengen' },
      bans: [{ start: '2018-04-02', lastDay: '2023-04-01', expiresOn: '2023-04-02', inForce: true }],
    },
  },
  {
    name: 'The same five-year ban decided while the person was abroad would have ended already, counted from the decision',
    source: 'UDI (EEA): "Hvis du befinner deg utenfor Norge, regnes det fra datoen som står i vedtaket."',
    input: {
      plannedEntryDate: '2023-03-20',
      expulsions: [{ decisionDate: '2018-01-10', banLength: 5, scope: 'schengen', departureDate: '2017-12-01' }],
    },
    expect: { outcome: 'no-bar', bans: [{ start: '2018-01-10', lastDay: '2023-01-09', inForce: false }] },
  },
  {
    name: 'A five-year ban running from the departure no longer applies on the fifth anniversary of the departure',
    source: 'UNE: "Innreiseforbudet regnes vanligvis fra det tidspunktet utlendingen forlater Norge"',
    input: { plannedEntryDate: '2023-04-02', expulsions: [fiveYearBanInNorway] },
    expect: { outcome: 'no-bar', bans: [{ inForce: false }] },
  },
  {
    name: 'A person who leaves Norway on the day of the decision is banned from that day',
    source: 'seed-001: "The prohibition on entry applies from the day you leave Norway and the Schengen area."',
    input: {
      plannedEntryDate: '2024-05-06',
      expulsions: [{ decisionDate: '2024-05-06', banLength: 1, scope: 'norway', inNorwayAtDecision: true, departureDate: '2024-05-06' }],
    },
    expect: { outcome: 'entry-banned', entryBan: { until: '2025-05-05', where: 'norway' }, bans: [{ start: '2024-05-06' }] },
  },
  {
    name: 'A one-year ban that starts on 29 February has its anniversary on 28 February: still banned on 27 February',
    source: 'utlendingsloven § 71: "men ikke for kortere tidsrom enn ett år" (a year from 29 February)',
    input: { plannedEntryDate: '2021-02-27', expulsions: [{ decisionDate: '2020-02-29', banLength: 1, scope: 'norway' }] },
    expect: { outcome: 'entry-banned', entryBan: { until: '2021-02-27', expiresOn: '2021-02-28', where: 'norway' } },
  },
  {
    name: 'A one-year ban that starts on 29 February no longer applies on 28 February of the next year',
    source: 'utlendingsloven § 71: "men ikke for kortere tidsrom enn ett år" (a year from 29 February)',
    input: { plannedEntryDate: '2021-02-28', expulsions: [{ decisionDate: '2020-02-29', banLength: 1, scope: 'norway' }] },
    expect: { outcome: 'no-bar', bans: [{ start: '2020-02-29', lastDay: '2021-02-27', expiresOn: '2021-02-28', inForce: false }] },
  },
  {
    name: 'A two-year ban that starts on 1 March 2022 has 29 February 2024 as its last day',
    source: 'seed-001: "The prohibition on entry applies from the day you leave Norway and the Schengen area."',
    input: { plannedEntryDate: '2024-02-29', expulsions: [{ decisionDate: '2022-03-01', banLength: 2, scope: 'schengen' }] },
    expect: { outcome: 'entry-banned', entryBan: { until: '2024-02-29', expiresOn: '2024-03-01' } },
  },
  {
    name: 'A two-year ban that starts on 1 March 2022 no longer applies on 1 March 2024',
    source: 'seed-001: "The prohibition on entry applies from the day you leave Norway and the Schengen area."',
    input: { plannedEntryDate: '2024-03-01', expulsions: [{ decisionDate: '2022-03-01', banLength: 2, scope: 'schengen' }] },
    expect: { outcome: 'no-bar', bans: [{ lastDay: '2024-02-29', inForce: false }] },
  },

  // --- each length, and the 10-year option from 20 June 2016 -------------------------------------------
  {
    name: 'A one-year Schengen-wide ban keeps the person out of Norway during that year',
    source: 'seed-001: "…be prohibited from entering the whole Schengen area for a period of 1–5 years."',
    input: { plannedEntryDate: '2019-12-01', expulsions: [{ decisionDate: '2019-05-10', banLength: 1, scope: 'schengen' }] },
    expect: { outcome: 'entry-banned', entryBan: { until: '2020-05-09', where: 'schengen', permanent: false } },
  },
  {
    name: 'A five-year ban decided on 19 June 2016, the day before the 10-year option, is allowed and in force',
    source: 'G-07/2016: "Frå tidlegare er det mogeleg å verte utvist frå Noreg med eit innreiseforbod på eitt år, to år, fem år eller for alltid."',
    input: { plannedEntryDate: '2016-06-19', expulsions: [{ decisionDate: '2016-06-19', banLength: 5, scope: 'schengen' }] },
    expect: { outcome: 'entry-banned', entryBan: { until: '2021-06-18' } },
  },
  {
    name: 'A ten-year ban decided on 19 June 2016, the day before the 10-year option came in, is answered as decided, with a warning: a decision is in force until it is reversed',
    source:
      'G-07/2016: "Det er vedteke ei endring i utlendingsforskrifta § 14-2 første ledd som gjeld frå 20. juni 2016."; seed-000: "You will not be allowed to re-enter the country for as long as the entry ban is in force."',
    input: { plannedEntryDate: '2016-06-19', expulsions: [{ decisionDate: '2016-06-19', banLength: 10, scope: 'schengen' }] },
    expect: {
      outcome: 'entry-banned',
      entryBan: { until: '2026-06-18' },
      warnings: [
        {
          code: 'length-not-allowed-on-decision-date',
          expulsion: 0,
          key: 'rules.re-entry.warning.length-not-allowed-on-decision-date',
          params: { decisionDate: '2016-06-19' },
        },
      ],
    },
  },
  {
    name: 'A ten-year ban decided on 20 June 2016, the day the option came in, is allowed and in force',
    source: 'G-07/2016: "No er det også mogeleg å verte utvist med eit innreiseforbod på 10 år."',
    input: { plannedEntryDate: '2016-06-20', expulsions: [{ decisionDate: '2016-06-20', banLength: 10, scope: 'schengen' }] },
    expect: { outcome: 'entry-banned', entryBan: { until: '2026-06-19', expiresOn: '2026-06-20' } },
  },
  {
    name: 'A ten-year ban decided before 20 June 2016 gets the warning even when the planned entry is later: the law on the decision date counts',
    source: 'utlendingsforskriften § 14-2 first paragraph, as amended from 20 June 2016 (G-07/2016)',
    input: { plannedEntryDate: '2020-01-01', expulsions: [{ decisionDate: '2015-03-01', banLength: 10, scope: 'norway' }] },
    expect: { outcome: 'entry-banned', entryBan: { until: '2025-02-28' }, warnings: [{ code: 'length-not-allowed-on-decision-date', expulsion: 0 }] },
  },
  {
    name: 'A ten-year ban decided in 2020 is in force on its last day in 2030',
    source: 'utlendingsforskriften § 14-2: "c) ti år"',
    input: { plannedEntryDate: '2030-08-31', expulsions: [{ decisionDate: '2020-09-01', banLength: 10, scope: 'schengen' }] },
    expect: { outcome: 'entry-banned', entryBan: { until: '2030-08-31' } },
  },
  {
    name: 'A ten-year ban decided in 2020 no longer applies on its tenth anniversary',
    source: 'utlendingsforskriften § 14-2: "c) ti år"',
    input: { plannedEntryDate: '2030-09-01', expulsions: [{ decisionDate: '2020-09-01', banLength: 10, scope: 'schengen' }] },
    expect: { outcome: 'no-bar', bans: [{ lastDay: '2030-08-31', inForce: false }] },
  },
  {
    name: 'A permanent ban never ends: it has no last day',
    source:
      'seed-000: "The Norwegian Directorate of Immigration (UDI) may decide that you will be expelled from the country permanently or for one or more years."',
    input: { plannedEntryDate: '2045-01-01', expulsions: [{ decisionDate: '2012-11-05', banLength: 'permanent', scope: 'schengen' }] },
    expect: {
      outcome: 'entry-banned',
      entryBan: { until: null, expiresOn: null, permanent: true, where: 'schengen', criminalOffence: true },
      bans: [{ lastDay: null, expiresOn: null, inForce: true }],
    },
  },
  {
    name: 'A permanent ban decided on the day utlendingsloven 2008 took effect is covered',
    source: 'utlendingsloven § 71: "Innreiseforbudet kan gjøres varig eller tidsbegrenset"',
    input: { plannedEntryDate: '2020-01-01', expulsions: [{ decisionDate: '2010-01-01', banLength: 'permanent', scope: 'norway' }] },
    expect: { outcome: 'entry-banned', entryBan: { permanent: true, where: 'norway' }, warnings: [] },
  },
  {
    name: 'A permanent ban decided in 2008, under the 1988 Act, is answered as decided (in force), with a warning that Retur does not hold what that Act allowed',
    source: 'seed-000: "You will not be allowed to re-enter the country for as long as the entry ban is in force."',
    input: { plannedEntryDate: '2020-01-01', expulsions: [{ decisionDate: '2008-05-14', banLength: 'permanent', scope: 'norway' }] },
    expect: {
      outcome: 'entry-banned',
      entryBan: { permanent: true, where: 'norway' },
      warnings: [{ code: 'decided-before-2010', expulsion: 0, key: 'rules.re-entry.warning.decided-before-2010', params: { decisionDate: '2008-05-14' } }],
    },
  },
  {
    name: 'A five-year ban decided on 31 December 2009, the day before utlendingsloven 2008 took effect, runs as decided, with the 1988-Act warning',
    source: 'seed-000: "You will not be allowed to re-enter the country for as long as the entry ban is in force."',
    input: { plannedEntryDate: '2012-01-01', expulsions: [{ decisionDate: '2009-12-31', banLength: 5, scope: 'schengen' }] },
    expect: { outcome: 'entry-banned', entryBan: { until: '2014-12-30' }, warnings: [{ code: 'decided-before-2010', expulsion: 0 }] },
  },
  {
    name: 'A recorded one-year ban on a citizen of an EU/EEA country, shorter than the law allows, is answered as decided, with a warning',
    source: 'utlendingsloven § 124: "Innreiseforbudet kan gjøres varig eller tidsbegrenset, men ikke for kortere tidsrom enn to år."',
    input: { plannedEntryDate: '2020-01-01', expulsions: [{ decisionDate: '2019-03-01', banLength: 1, scope: 'norway', eeaNational: true }] },
    expect: {
      outcome: 'entry-banned',
      entryBan: { until: '2020-02-29' },
      warnings: [
        {
          code: 'eea-ban-under-minimum',
          expulsion: 0,
          key: 'rules.re-entry.warning.eea-ban-under-minimum',
          params: { decisionDate: '2019-03-01', minimum: 2 },
        },
      ],
    },
  },
  {
    name: 'A citizen of an EU/EEA country with a two-year ban is banned for those two years',
    source: 'utlendingsloven § 124: "…men ikke for kortere tidsrom enn to år."',
    input: { plannedEntryDate: '2020-01-01', expulsions: [{ decisionDate: '2019-03-01', banLength: 2, scope: 'norway', eeaNational: true }] },
    expect: { outcome: 'entry-banned', entryBan: { until: '2021-02-28', where: 'norway' } },
  },

  {
    name: 'A one-year ban decided on a Croatian on 30 June 2013, before Croatia joined the EU, has no EU/EEA warning',
    source: 'utlendingsloven § 124: "…men ikke for kortere tidsrom enn to år."',
    input: { plannedEntryDate: '2014-01-01', expulsions: [{ decisionDate: '2013-06-30', banLength: 1, scope: 'norway', citizenships: ['HR'] }] },
    expect: { outcome: 'entry-banned', entryBan: { until: '2014-06-29' }, warnings: [] },
  },
  {
    name: 'A one-year ban decided on a Croatian on 1 July 2013, the day Croatia joined the EU, is answered as decided, with the EU/EEA warning',
    source: 'utlendingsloven § 124: "…men ikke for kortere tidsrom enn to år."',
    input: { plannedEntryDate: '2014-01-01', expulsions: [{ decisionDate: '2013-07-01', banLength: 1, scope: 'norway', citizenships: ['HR'] }] },
    expect: {
      outcome: 'entry-banned',
      entryBan: { until: '2014-06-30' },
      warnings: [{ code: 'eea-ban-under-minimum', expulsion: 0, params: { decisionDate: '2013-07-01', minimum: 2 } }],
    },
  },
  {
    name: 'A one-year ban decided on a Briton on 31 December 2020, the last day of the transition period, is answered with the EU/EEA warning',
    source: 'utlendingsloven § 124: "…men ikke for kortere tidsrom enn to år."',
    input: { plannedEntryDate: '2021-06-01', expulsions: [{ decisionDate: '2020-12-31', banLength: 1, scope: 'norway', citizenships: ['GB'] }] },
    expect: {
      outcome: 'entry-banned',
      entryBan: { until: '2021-12-30' },
      warnings: [{ code: 'eea-ban-under-minimum', expulsion: 0, params: { decisionDate: '2020-12-31', minimum: 2 } }],
    },
  },
  {
    name: 'A one-year ban decided on a Briton on 1 January 2021, after the transition period, has no EU/EEA warning',
    source: 'utlendingsloven § 124: "…men ikke for kortere tidsrom enn to år."',
    input: { plannedEntryDate: '2021-06-01', expulsions: [{ decisionDate: '2021-01-01', banLength: 1, scope: 'norway', citizenships: ['GB', 'US'] }] },
    expect: { outcome: 'entry-banned', entryBan: { until: '2021-12-31' }, warnings: [] },
  },

  // --- scope: Norway or the whole Schengen area --------------------------------------------------------
  {
    name: 'A Norway-only ban bars entry to Norway',
    source: 'seed-000: "You will not be allowed to re-enter the country for as long as the entry ban is in force."',
    input: { plannedEntryDate: '2025-01-01', expulsions: [{ decisionDate: '2023-06-01', banLength: 2, scope: 'norway' }] },
    expect: { outcome: 'entry-banned', entryBan: { until: '2025-05-31', where: 'norway' } },
  },
  {
    name: 'A Norway-only ban in force does not bar entry to another Schengen country, and is still reported',
    source: 'seed-000: "An entry ban will often apply to the whole Schengen area." (often, not always)',
    input: { plannedEntryDate: '2025-01-01', destination: 'other-schengen', expulsions: [{ decisionDate: '2023-06-01', banLength: 2, scope: 'norway' }] },
    expect: { outcome: 'no-bar', entryBan: null, bans: [{ scope: 'norway', inForce: true, appliesToDestination: false }] },
  },
  {
    name: 'A Schengen-wide ban bars entry to another Schengen country too',
    source: 'seed-000: "An entry ban will often apply to the whole Schengen area. Breach of an entry ban is a criminal offence."',
    input: { plannedEntryDate: '2025-01-01', destination: 'other-schengen', expulsions: [{ decisionDate: '2023-06-01', banLength: 2, scope: 'schengen' }] },
    expect: {
      outcome: 'entry-banned',
      destination: 'other-schengen',
      entryBan: { where: 'schengen', criminalOffence: true },
      bans: [{ appliesToDestination: true }],
    },
  },

  // --- several bars at once ----------------------------------------------------------------------------
  {
    name: 'A ban in force wins over an unpaid debt, and the debt is still reported with its reason',
    source: 'seed-000: "You will not be allowed to re-enter the country for as long as the entry ban is in force." (the ban is an exception to the debt rule)',
    input: {
      plannedEntryDate: '2023-01-01',
      returns: deportedIn2022,
      deportationCosts: costs12000,
      expulsions: [{ decisionDate: '2022-04-01', banLength: 2, scope: 'schengen', inNorwayAtDecision: true, departureDate: '2022-05-02' }],
    },
    expect: {
      outcome: 'entry-banned',
      entryBan: { until: '2024-05-01', where: 'schengen' },
      balance: { owed: 12000 },
      reasons: [{ rule: 're-entry.outcome.entry-banned' }, { rule: 're-entry.outcome.unpaid-costs' }, { rule: 're-entry.ban.in-force' }],
    },
  },
  {
    name: 'Once the ban has run out, an unpaid debt remains and the person may be refused entry',
    source:
      'seed-000: "If you do not pay back the money you owe the Norwegian authorities, you may be refused entry if you try to come back to Norway at a later date."',
    input: {
      plannedEntryDate: '2024-05-02',
      returns: deportedIn2022,
      deportationCosts: costs12000,
      expulsions: [{ decisionDate: '2022-04-01', banLength: 2, scope: 'schengen', inNorwayAtDecision: true, departureDate: '2022-05-02' }],
    },
    expect: {
      outcome: 'may-be-refused-unpaid-costs',
      entryBan: null,
      bans: [{ inForce: false, lastDay: '2024-05-01' }],
      reasons: [{ rule: 're-entry.outcome.unpaid-costs' }, { rule: 're-entry.ban.expired' }],
    },
  },
  {
    name: 'An expired ban and a permanent ban: the permanent one bars entry and both are reported',
    source: 'seed-000: "You will not be allowed to re-enter the country for as long as the entry ban is in force."',
    input: {
      plannedEntryDate: '2025-01-01',
      expulsions: [
        { decisionDate: '2012-02-01', banLength: 2, scope: 'norway' },
        { decisionDate: '2019-10-01', banLength: 'permanent', scope: 'norway' },
      ],
    },
    expect: {
      outcome: 'entry-banned',
      entryBan: { until: null, permanent: true, where: 'norway' },
      bans: [
        { expulsion: 0, inForce: false },
        { expulsion: 1, inForce: true },
      ],
    },
  },
  {
    name: 'Two bans in force: entry is barred until the later last day, and one being Schengen-wide is told',
    source: 'seed-000: "An entry ban will often apply to the whole Schengen area."',
    input: {
      plannedEntryDate: '2023-06-01',
      expulsions: [
        { decisionDate: '2022-01-10', banLength: 2, scope: 'schengen' },
        { decisionDate: '2021-06-01', banLength: 5, scope: 'norway' },
      ],
    },
    expect: {
      outcome: 'entry-banned',
      entryBan: { until: '2026-05-31', where: 'schengen' },
      bans: [
        { lastDay: '2024-01-09', inForce: true },
        { lastDay: '2026-05-31', inForce: true },
      ],
    },
  },
  {
    name: 'Two bans in force, heading for another Schengen country: only the Schengen-wide ban is in the way',
    source: 'seed-000: "An entry ban will often apply to the whole Schengen area."',
    input: {
      plannedEntryDate: '2023-06-01',
      destination: 'other-schengen',
      expulsions: [
        { decisionDate: '2022-01-10', banLength: 2, scope: 'schengen' },
        { decisionDate: '2021-06-01', banLength: 5, scope: 'norway' },
      ],
    },
    expect: {
      outcome: 'entry-banned',
      entryBan: { until: '2024-01-09', where: 'schengen' },
      bans: [{ appliesToDestination: true }, { appliesToDestination: false }],
    },
  },

  // --- input that is refused ---------------------------------------------------------------------------
  {
    name: 'A ban decided while the person was in Norway needs the departure date',
    source: 'UDI (EEA): "Hvis du oppholder deg i Norge regnes innreiseforbudet fra den datoen du forlater Norge."',
    input: { plannedEntryDate: '2023-01-01', expulsions: [{ decisionDate: '2022-01-10', banLength: 2, scope: 'norway', inNorwayAtDecision: true }] },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A person in Norway at the decision cannot have left before it',
    source: 'Retur: the facts must fit together',
    input: {
      plannedEntryDate: '2023-01-01',
      expulsions: [{ decisionDate: '2022-01-10', banLength: 2, scope: 'norway', inNorwayAtDecision: true, departureDate: '2022-01-09' }],
    },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A person abroad at the decision cannot have left after it',
    source: 'Retur: the facts must fit together',
    input: { plannedEntryDate: '2023-01-01', expulsions: [{ decisionDate: '2022-01-10', banLength: 2, scope: 'norway', departureDate: '2022-02-01' }] },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A departure after the planned entry date is refused',
    source: 'Retur: the facts must fit together',
    input: {
      plannedEntryDate: '2023-01-01',
      expulsions: [{ decisionDate: '2022-01-10', banLength: 2, scope: 'norway', inNorwayAtDecision: true, departureDate: '2023-01-02' }],
    },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'An expulsion decided after the planned entry date is refused',
    source: 'Retur: the facts must fit together',
    input: { plannedEntryDate: '2023-01-01', expulsions: [{ decisionDate: '2023-01-02', banLength: 2, scope: 'norway' }] },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A return after the planned entry date is refused',
    source: 'Retur: the facts must fit together',
    input: { plannedEntryDate: '2023-01-01', returns: [{ date: '2023-01-02', forced: true }] },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A ban length the law does not know (3 years) is refused',
    source: 'utlendingsforskriften § 14-2: two, five or ten years, or permanent (one year for some grounds)',
    input: { plannedEntryDate: '2023-01-01', expulsions: [{ decisionDate: '2022-01-10', banLength: 3, scope: 'norway' }] },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A ban length given as text instead of a number is refused',
    source: 'Retur: every input is parsed by one schema',
    input: { plannedEntryDate: '2023-01-01', expulsions: [{ decisionDate: '2022-01-10', banLength: '2', scope: 'norway' }] },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'An expulsion without a scope is refused',
    source: 'seed-000: "An entry ban will often apply to the whole Schengen area." (often: the scope must be given)',
    input: { plannedEntryDate: '2023-01-01', expulsions: [{ decisionDate: '2022-01-10', banLength: 2 }] },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A negative repayment is refused',
    source: 'Retur: amounts are positive NOK',
    input: { plannedEntryDate: '2023-01-01', deportationCosts: costs12000, repayments: [{ date: '2022-08-01', amountNok: -500 }] },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'An amount with fractions of an øre is refused',
    source: 'Retur: amounts are NOK with at most two decimals',
    input: { plannedEntryDate: '2023-01-01', deportationCosts: [{ date: '2022-05-02', amountNok: 100.005 }] },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'An unknown field in an expulsion is refused',
    source: 'Retur: every input is parsed by one schema; unknown fields are an error',
    input: { plannedEntryDate: '2023-01-01', expulsions: [{ decisionDate: '2022-01-10', banLength: 2, scope: 'norway', lifted: true }] },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A planned entry date that is not in the calendar is refused',
    source: 'Retur: dates are calendar dates',
    input: { plannedEntryDate: '2023-02-29' },
    expectError: 'REQUEST_INVALID',
  },
];
