/**
 * Test cases for rule set 2 (reintegration support), as data: a sentence for a name, the source it tests,
 * the input as a caller sends it, and the part of the answer that must match. Boundaries: the deadline day
 * and the day after, an 18th birthday and the day before (29 February too), the day the current rates are
 * taken to start (2020-03-26) and the day before, the first day of the encoded rates (2015-09-01) and the
 * day before (not covered), and the last day of the travel-document support (2018-01-31) and the day it
 * closed (2018-02-01).
 */
import type { TestCase } from '../engine/ruleset.ts';

const R = 'assisted-return.support';
const adultBefore = `${R}.grant.adult.before-deadline`;
const adultAfter = `${R}.grant.adult.after-deadline`;
const childBefore = `${R}.grant.child.before-deadline`;
const childAfter = `${R}.grant.child.after-deadline`;
const extraBefore = `${R}.child-extra.before-deadline`;
const extraAfter = `${R}.child-extra.after-deadline`;
const noDeadline = `${R}.timing.no-deadline`;
const onOrBefore = `${R}.timing.on-or-before-deadline`;
const afterDeadline = `${R}.timing.after-deadline`;
const notRegistered = `${R}.timing.not-registered`;
const programmeOffered = `${R}.programme.offered`;
const documentPaid = `${R}.travel-document.paid`;
const documentClosed = `${R}.travel-document.closed`;
const documentSchengen = `${R}.travel-document.residence-in-other-schengen-country`;
const DOCUMENT = 'udi.no, Additional economic support if you have a valid travel document (22 June 2015)';

const RATES = 'udi.no, Return programmes and schemes: reintegration grant rates';

/** A household of two adults and three children (16, 9 and 2 in March and April 2026). */
const family = [
  { dateOfBirth: '1985-06-15' },
  { dateOfBirth: '1988-11-30' },
  { dateOfBirth: '2009-08-20' },
  { dateOfBirth: '2016-12-01' },
  { dateOfBirth: '2023-07-04' },
];

const familyLines = (adult: [string, number], child: [string, number], extra: [string, number]) => [
  { traveller: 0, age: 40, ageGroup: 'adult', rule: adult[0], amount: adult[1] },
  { traveller: 1, age: 37, ageGroup: 'adult', rule: adult[0], amount: adult[1] },
  { traveller: 2, age: 16, ageGroup: 'child', rule: child[0], amount: child[1] },
  { traveller: 2, age: 16, ageGroup: 'child', rule: extra[0], amount: extra[1] },
  { traveller: 3, age: 9, ageGroup: 'child', rule: child[0], amount: child[1] },
  { traveller: 3, age: 9, ageGroup: 'child', rule: extra[0], amount: extra[1] },
  { traveller: 4, age: 2, ageGroup: 'child', rule: child[0], amount: child[1] },
  { traveller: 4, age: 2, ageGroup: 'child', rule: extra[0], amount: extra[1] },
];

export const cases: readonly TestCase<unknown>[] = [
  // The general rule: an adult, before or after the deadline.
  {
    name: 'An adult who has not been given a departure deadline gets NOK 15,000, and no rate drop is counted down',
    source: `${RATES}; udi.no Iraq page: "or before you are given a deadline for leaving, you will receive NOK 15,000"`,
    input: { applicationDate: '2026-03-10', departureDeadline: null, citizenship: 'AF', travellers: [{ dateOfBirth: '1990-05-01' }] },
    expect: {
      currency: 'NOK',
      total: 15_000,
      timing: 'before-deadline',
      lines: [{ traveller: 0, age: 35, ageGroup: 'adult', rule: adultBefore, amount: 15_000 }],
      daysLeftBeforeRateDrops: null,
      rateDropsAfter: null,
      programmes: [],
      reasons: [{ rule: noDeadline }, { rule: adultBefore }],
    },
  },
  {
    name: 'An adult who applies three weeks before the deadline gets NOK 15,000 and has 23 days, the deadline day included, before the rate drops',
    source: 'seed-001: "You can receive additional financial assistance if you apply before the deadline for leaving has expired."',
    input: { applicationDate: '2026-03-10', departureDeadline: '2026-04-01', citizenship: 'ER', travellers: [{ dateOfBirth: '1990-05-01' }] },
    expect: {
      total: 15_000,
      timing: 'before-deadline',
      daysLeftBeforeRateDrops: 23,
      rateDropsAfter: '2026-04-01',
      reasons: [{ rule: onOrBefore }, { rule: adultBefore }],
    },
  },
  {
    name: 'An adult who applies on the deadline day itself still gets NOK 15,000, with 1 day left',
    source: 'seed-001: "before the deadline for leaving has expired" (a deadline expires when its day is over)',
    input: { applicationDate: '2026-04-01', departureDeadline: '2026-04-01', citizenship: 'ER', travellers: [{ dateOfBirth: '1990-05-01' }] },
    expect: { total: 15_000, timing: 'before-deadline', daysLeftBeforeRateDrops: 1, rateDropsAfter: '2026-04-01' },
  },
  {
    name: 'An adult who applies the day after the deadline gets NOK 5,000, and the rate has already dropped',
    source: 'udi.no Iraq page: "If you apply after your deadline for leaving the country has expired, you will receive NOK 5,000."',
    input: { applicationDate: '2026-04-02', departureDeadline: '2026-04-01', citizenship: 'ER', travellers: [{ dateOfBirth: '1990-05-01' }] },
    expect: {
      total: 5_000,
      timing: 'after-deadline',
      lines: [{ traveller: 0, age: 35, ageGroup: 'adult', rule: adultAfter, amount: 5_000 }],
      daysLeftBeforeRateDrops: null,
      rateDropsAfter: null,
      reasons: [{ rule: afterDeadline }, { rule: adultAfter }],
    },
  },

  // Families: each child the same as an adult, plus the child extra before the deadline only.
  {
    name: 'Two adults and three children aged 16, 9 and 2 who apply before the deadline get NOK 105,000: 15,000 each and 10,000 extra per child',
    source: `${RATES}: the rows for adults, for each child and the extra for each child`,
    input: { applicationDate: '2026-03-10', departureDeadline: '2026-03-31', citizenship: 'AF', travellers: family },
    expect: {
      total: 105_000,
      timing: 'before-deadline',
      lines: familyLines([adultBefore, 15_000], [childBefore, 15_000], [extraBefore, 10_000]),
      daysLeftBeforeRateDrops: 22,
      rateDropsAfter: '2026-03-31',
      reasons: [{ rule: onOrBefore }, { rule: adultBefore }, { rule: childBefore }, { rule: extraBefore }],
    },
  },
  {
    name: 'The same family applying the day after the deadline gets NOK 25,000: 5,000 each and no child extra',
    source: `${RATES}: "Extra reintegration grant for each child … no grant" after the deadline`,
    input: { applicationDate: '2026-04-01', departureDeadline: '2026-03-31', citizenship: 'AF', travellers: family },
    expect: {
      total: 25_000,
      timing: 'after-deadline',
      lines: familyLines([adultAfter, 5_000], [childAfter, 5_000], [extraAfter, 0]),
      daysLeftBeforeRateDrops: null,
      rateDropsAfter: null,
      reasons: [{ rule: afterDeadline }, { rule: adultAfter }, { rule: childAfter }, { rule: extraAfter }],
    },
  },
  {
    name: 'A baby born on the application date travels as a child aged 0 and gets the child rate and the child extra',
    source: 'udi.no Somalia families page: "per barn som var under 18 år da dere søkte assistert retur"',
    input: {
      applicationDate: '2026-03-10',
      departureDeadline: null,
      citizenship: 'SY',
      travellers: [{ dateOfBirth: '1995-02-02' }, { dateOfBirth: '2026-03-10' }],
    },
    expect: {
      total: 40_000,
      lines: [
        { traveller: 0, ageGroup: 'adult', amount: 15_000 },
        { traveller: 1, age: 0, ageGroup: 'child', rule: childBefore, amount: 15_000 },
        { traveller: 1, age: 0, ageGroup: 'child', rule: extraBefore, amount: 10_000 },
      ],
    },
  },

  // Not registered in Norway: the higher rate whatever the deadline.
  {
    name: 'A person not registered in Norway whose deadline has passed still gets the higher rate, NOK 15,000',
    source: `${RATES}: "Amount if you have applied before the deadline for leaving the country or are not registered in Norway"`,
    input: {
      applicationDate: '2026-03-10',
      departureDeadline: '2026-01-15',
      registeredInNorway: false,
      citizenship: 'MA',
      travellers: [{ dateOfBirth: '1990-05-01' }],
    },
    expect: {
      total: 15_000,
      timing: 'before-deadline',
      daysLeftBeforeRateDrops: null,
      rateDropsAfter: null,
      reasons: [{ rule: notRegistered }, { rule: adultBefore }],
    },
  },
  {
    name: 'A person not registered in Norway with a deadline still to come keeps the higher rate after it, so no days are counted down',
    source: `${RATES}: "or are not registered in Norway"`,
    input: {
      applicationDate: '2026-03-10',
      departureDeadline: '2026-03-20',
      registeredInNorway: false,
      citizenship: 'MA',
      travellers: [{ dateOfBirth: '1990-05-01' }],
    },
    expect: {
      total: 15_000,
      daysLeftBeforeRateDrops: null,
      rateDropsAfter: null,
      reasons: [{ rule: onOrBefore }, { rule: notRegistered }, { rule: adultBefore }],
    },
  },
  {
    name: 'A person not registered in Norway and given no deadline gets the higher rate for both reasons',
    source:
      'seed-003: "they do not have legal residence and have not had a case registered in the computer system used for immigration and refugee cases (DUF)"',
    input: {
      applicationDate: '2026-03-10',
      departureDeadline: null,
      registeredInNorway: false,
      citizenship: 'MA',
      travellers: [{ dateOfBirth: '1990-05-01' }],
    },
    expect: { total: 15_000, reasons: [{ rule: noDeadline }, { rule: notRegistered }, { rule: adultBefore }] },
  },

  // Adult or child: the age on the application date.
  {
    name: 'A child who turns 18 on the application date counts as an adult: no child extra',
    source: 'udi.no Somalia families page: a child is "under 18 år da dere søkte assistert retur"',
    input: {
      applicationDate: '2026-03-10',
      departureDeadline: null,
      citizenship: 'IR',
      travellers: [{ dateOfBirth: '1980-01-01' }, { dateOfBirth: '2008-03-10' }],
    },
    expect: {
      total: 30_000,
      lines: [
        { traveller: 0, age: 46, ageGroup: 'adult', amount: 15_000 },
        { traveller: 1, age: 18, ageGroup: 'adult', rule: adultBefore, amount: 15_000 },
      ],
    },
  },
  {
    name: 'The day before their 18th birthday a traveller is still a child and gets the child extra',
    source: 'udi.no Somalia families page: a child is "under 18 år da dere søkte assistert retur"',
    input: {
      applicationDate: '2026-03-09',
      departureDeadline: null,
      citizenship: 'IR',
      travellers: [{ dateOfBirth: '1980-01-01' }, { dateOfBirth: '2008-03-10' }],
    },
    expect: {
      total: 40_000,
      lines: [
        { traveller: 0, ageGroup: 'adult', amount: 15_000 },
        { traveller: 1, age: 17, ageGroup: 'child', rule: childBefore, amount: 15_000 },
        { traveller: 1, age: 17, ageGroup: 'child', rule: extraBefore, amount: 10_000 },
      ],
    },
  },
  {
    name: 'A child born on 29 February 2008 turns 18 on 28 February 2026 and counts as an adult that day',
    source: 'Retur: a birthday on 29 February falls on 28 February in a common year (engine/dates.ts ageOn)',
    input: {
      applicationDate: '2026-02-28',
      departureDeadline: '2026-03-31',
      citizenship: 'IR',
      travellers: [{ dateOfBirth: '1975-04-04' }, { dateOfBirth: '2008-02-29' }],
    },
    expect: {
      total: 30_000,
      lines: [
        { traveller: 0, age: 50, ageGroup: 'adult' },
        { traveller: 1, age: 18, ageGroup: 'adult', rule: adultBefore, amount: 15_000 },
      ],
    },
  },
  {
    name: 'A child born on 29 February 2008 is still a child on 27 February 2026',
    source: 'Retur: a birthday on 29 February falls on 28 February in a common year (engine/dates.ts ageOn)',
    input: {
      applicationDate: '2026-02-27',
      departureDeadline: '2026-03-31',
      citizenship: 'IR',
      travellers: [{ dateOfBirth: '1975-04-04' }, { dateOfBirth: '2008-02-29' }],
    },
    expect: {
      total: 40_000,
      lines: [
        { traveller: 0, age: 50, ageGroup: 'adult' },
        { traveller: 1, age: 17, ageGroup: 'child', rule: childBefore },
        { traveller: 1, age: 17, ageGroup: 'child', rule: extraBefore },
      ],
    },
  },

  // Country programmes: services in kind, listed apart from the cash total.
  {
    name: 'An Iraqi adult gets NOK 15,000 in cash, and the ETTC services worth NOK 30,000 are listed apart, not added to the total',
    source: 'udi.no Iraq page: "You can get reintegration services worth NOK 30,000 … after arriving in Iraq."',
    input: { applicationDate: '2026-03-10', departureDeadline: null, citizenship: 'IQ', travellers: [{ dateOfBirth: '1990-05-01' }] },
    expect: {
      total: 15_000,
      programmes: [{ id: 'iraq-ettc', country: 'IQ', currency: 'NOK', servicesWorth: 30_000, perPerson: false }],
      reasons: [{ rule: noDeadline }, { rule: adultBefore }, { rule: programmeOffered }],
    },
  },
  {
    name: 'An Iraqi adult who applies after the deadline gets NOK 5,000 in cash and the ETTC services are still listed',
    source: 'udi.no Iraq page: the services are stated apart from the before and after amounts',
    input: { applicationDate: '2026-03-10', departureDeadline: '2026-02-01', citizenship: 'IQ', travellers: [{ dateOfBirth: '1990-05-01' }] },
    expect: { total: 5_000, programmes: [{ id: 'iraq-ettc' }] },
  },
  {
    name: 'A Somali family with a child gets NOK 40,000 in cash, and the DRC services worth NOK 30,000 per person are listed apart',
    source:
      'udi.no Somalia families page: "15 000 kroner per voksen og 25 000 kroner per barn" and "I tillegg får hver enkelt person … 30 000 kroner gjennom DRC i Somalia"',
    input: {
      applicationDate: '2026-03-10',
      departureDeadline: '2026-03-10',
      citizenship: 'SO',
      travellers: [{ dateOfBirth: '1990-05-01' }, { dateOfBirth: '2019-01-20' }],
    },
    expect: {
      total: 40_000,
      daysLeftBeforeRateDrops: 1,
      programmes: [{ id: 'somalia-drc-families', country: 'SO', servicesWorth: 30_000, perPerson: true }],
    },
  },
  {
    name: 'A Somali adult travelling without children is not listed for the programme for families with children',
    source: 'udi.no Somalia families page: "Familier med barn under 18 år"',
    input: { applicationDate: '2026-03-10', departureDeadline: null, citizenship: 'SO', travellers: [{ dateOfBirth: '1990-05-01' }] },
    expect: { total: 15_000, programmes: [], reasons: [{ rule: noDeadline }, { rule: adultBefore }] },
  },

  // The dated rates: the current rates from 2020-03-26 (start not known: see support.parameters.ts), the
  // rates of 1 September 2015 before that, nothing before 1 September 2015.
  {
    name: 'On 25 March 2020 an adult and a child with no deadline get the rates of 1 September 2015: NOK 20,000 each and 10,000 extra for the child',
    source: 'NOAS on the rates from 1 September 2015; the police op-ed of 25 March 2020 ("kan i dag få 20.000 kroner")',
    input: {
      applicationDate: '2020-03-25',
      departureDeadline: null,
      citizenship: 'ET',
      travellers: [{ dateOfBirth: '1980-01-01' }, { dateOfBirth: '2012-06-01' }],
    },
    expect: {
      total: 50_000,
      lines: [
        { traveller: 0, age: 40, rule: adultBefore, amount: 20_000 },
        { traveller: 1, age: 7, rule: childBefore, amount: 20_000 },
        { traveller: 1, age: 7, rule: extraBefore, amount: 10_000 },
      ],
    },
  },
  {
    name: 'From 26 March 2020 the same household gets the current rates: NOK 15,000 each and 10,000 extra for the child',
    source: `${RATES} (the date the current rates took effect is not known; Retur takes the earliest date the sources allow)`,
    input: {
      applicationDate: '2020-03-26',
      departureDeadline: null,
      citizenship: 'ET',
      travellers: [{ dateOfBirth: '1980-01-01' }, { dateOfBirth: '2012-06-01' }],
    },
    expect: {
      total: 40_000,
      lines: [
        { traveller: 0, rule: adultBefore, amount: 15_000 },
        { traveller: 1, rule: childBefore, amount: 15_000 },
        { traveller: 1, rule: extraBefore, amount: 10_000 },
      ],
    },
  },
  {
    name: 'On 25 March 2020 an Iraqi adult and child applying after the deadline get NOK 7,000 and 2,000, and no country programme is encoded yet',
    source: 'NOAS: "Hvis du søker etter utreisefristen din kan voksne få 7 000 kroner, og barn få 2 000 kroner."',
    input: {
      applicationDate: '2020-03-25',
      departureDeadline: '2020-01-31',
      citizenship: 'IQ',
      travellers: [{ dateOfBirth: '1980-01-01' }, { dateOfBirth: '2012-06-01' }],
    },
    expect: {
      total: 9_000,
      lines: [
        { traveller: 0, rule: adultAfter, amount: 7_000 },
        { traveller: 1, rule: childAfter, amount: 2_000 },
        { traveller: 1, rule: extraAfter, amount: 0 },
      ],
      programmes: [],
    },
  },
  {
    name: 'From 26 March 2020 the same Iraqi household gets NOK 5,000 each after the deadline, and the ETTC programme is listed',
    source: `${RATES}: "NOK 5 000 per person" after the deadline, for adults and for each child`,
    input: {
      applicationDate: '2020-03-26',
      departureDeadline: '2020-01-31',
      citizenship: 'IQ',
      travellers: [{ dateOfBirth: '1980-01-01' }, { dateOfBirth: '2012-06-01' }],
    },
    expect: {
      total: 10_000,
      lines: [
        { traveller: 0, rule: adultAfter, amount: 5_000 },
        { traveller: 1, rule: childAfter, amount: 5_000 },
        { traveller: 1, rule: extraAfter, amount: 0 },
      ],
      programmes: [{ id: 'iraq-ettc' }],
    },
  },
  {
    name: 'On 1 September 2015, the first day of the encoded rates, a household applying after the deadline gets NOK 7,000 per adult and 2,000 per child',
    source: 'NOAS: "fra 1. september 2015 vil du som søker assistert retur etter at utreisefristen din har gått ut, få mindre penger"',
    input: {
      applicationDate: '2015-09-01',
      departureDeadline: '2015-08-15',
      citizenship: 'AF',
      travellers: [{ dateOfBirth: '1980-01-01' }, { dateOfBirth: '1982-02-02' }, { dateOfBirth: '2010-10-10' }],
    },
    expect: { total: 16_000, timing: 'after-deadline', programmes: [] },
  },
  {
    name: 'An application before 1 September 2015 is refused: the earlier rates are not encoded because no source dates them',
    source: 'Retur: a parameter asked for a date it does not cover throws RULES_PARAM_NOT_IN_FORCE, never the last known value',
    input: { applicationDate: '2015-08-31', departureDeadline: null, citizenship: 'AF', travellers: [{ dateOfBirth: '1980-01-01' }] },
    expectError: 'RULES_PARAM_NOT_IN_FORCE',
  },

  // Input that is refused.
  {
    name: 'A traveller born after the application date is refused',
    source: 'Retur: the age is taken on the application date, so every traveller must be born by then',
    input: {
      applicationDate: '2026-03-10',
      departureDeadline: null,
      citizenship: 'AF',
      travellers: [{ dateOfBirth: '1990-05-01' }, { dateOfBirth: '2026-03-11' }],
    },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'An empty list of travellers is refused',
    source: 'Retur: travellers is a non-empty list (a household of at least one)',
    input: { applicationDate: '2026-03-10', departureDeadline: null, citizenship: 'AF', travellers: [] },
    expectError: 'REQUEST_INVALID',
  },
  // The extra support for a valid travel document: NOK 5,000 per person, 18 June 2015 up to 1 February 2018.
  {
    name: 'In 2016 an adult who hands in a valid passport with the application gets NOK 5,000 on top of the grant',
    source: `${DOCUMENT}: "The extra economic support is NOK 5 000."`,
    input: {
      applicationDate: '2016-03-01',
      departureDeadline: null,
      citizenship: 'AF',
      travellers: [{ dateOfBirth: '1990-05-01', validTravelDocument: true }],
    },
    expect: {
      total: 25_000,
      lines: [
        { traveller: 0, ageGroup: 'adult', rule: adultBefore, amount: 20_000 },
        { traveller: 0, ageGroup: 'adult', rule: documentPaid, amount: 5_000 },
      ],
      reasons: [{ rule: noDeadline }, { rule: adultBefore }, { rule: documentPaid }],
    },
  },
  {
    name: 'Two people named in the same passport each get the travel-document support; the one with a residence permit in another Schengen country gets none',
    source: `${DOCUMENT}: "In case several persons are named in the same passport, each person will receive extra cash."; "You cannot receive this extra economic support if you have a valid residence permit in another country within Schengen"`,
    input: {
      applicationDate: '2017-05-10',
      departureDeadline: null,
      citizenship: 'AF',
      travellers: [
        { dateOfBirth: '1980-01-01', validTravelDocument: true },
        { dateOfBirth: '2012-01-01', validTravelDocument: true },
        { dateOfBirth: '1982-01-01', validTravelDocument: true, residencePermitInOtherSchengenCountry: true },
      ],
    },
    expect: {
      total: 20_000 + 5_000 + 20_000 + 10_000 + 5_000 + 20_000 + 0,
      lines: [
        { traveller: 0, rule: adultBefore },
        { traveller: 0, rule: documentPaid, amount: 5_000 },
        { traveller: 1, rule: childBefore },
        { traveller: 1, rule: extraBefore },
        { traveller: 1, rule: documentPaid, amount: 5_000 },
        { traveller: 2, rule: adultBefore },
        { traveller: 2, rule: documentSchengen, amount: 0 },
      ],
    },
  },
  {
    name: 'On 31 January 2018, the last day of the scheme, a valid travel document still brings NOK 5,000',
    source: 'udi.no: "This scheme will be closed from 1 February 2018."',
    input: {
      applicationDate: '2018-01-31',
      departureDeadline: null,
      citizenship: 'AF',
      travellers: [{ dateOfBirth: '1990-05-01', validTravelDocument: true }],
    },
    expect: { total: 25_000, lines: [{ rule: adultBefore }, { rule: documentPaid, amount: 5_000 }] },
  },
  {
    name: 'From 1 February 2018 the travel-document scheme is closed: a valid travel document brings no extra support',
    source: 'udi.no: "This scheme will be closed from 1 February 2018."',
    input: {
      applicationDate: '2018-02-01',
      departureDeadline: null,
      citizenship: 'AF',
      travellers: [{ dateOfBirth: '1990-05-01', validTravelDocument: true }],
    },
    expect: {
      total: 20_000,
      lines: [{ rule: adultBefore }, { rule: documentClosed, amount: 0 }],
      reasons: [{ rule: noDeadline }, { rule: adultBefore }, { rule: documentClosed }],
    },
  },
  {
    name: 'Today a valid travel document brings no extra support: the scheme closed in 2018',
    source: 'udi.no: "This scheme will be closed from 1 February 2018."',
    input: {
      applicationDate: '2026-03-10',
      departureDeadline: null,
      citizenship: 'AF',
      travellers: [{ dateOfBirth: '1990-05-01', validTravelDocument: true }],
    },
    expect: {
      total: 15_000,
      lines: [
        { rule: adultBefore, amount: 15_000 },
        { rule: documentClosed, amount: 0 },
      ],
    },
  },
  {
    name: 'An unknown field is refused',
    source: 'Retur: every input is parsed by one schema; unknown fields are an error',
    input: { applicationDate: '2026-03-10', departureDeadline: null, citizenship: 'AF', travellers: [{ dateOfBirth: '1990-05-01' }], deadline: '2026-04-01' },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'An unknown field on a traveller is refused',
    source: 'Retur: every input is parsed by one schema; unknown fields are an error',
    input: { applicationDate: '2026-03-10', departureDeadline: null, citizenship: 'AF', travellers: [{ dateOfBirth: '1990-05-01', child: true }] },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'Leaving out the departure deadline is refused: say null when no deadline has been given',
    source: 'Retur: departureDeadline is a date, or null when none has been given',
    input: { applicationDate: '2026-03-10', citizenship: 'AF', travellers: [{ dateOfBirth: '1990-05-01' }] },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'An application date that is not in the calendar is refused',
    source: 'Retur: dates are calendar dates',
    input: { applicationDate: '2026-02-29', departureDeadline: null, citizenship: 'AF', travellers: [{ dateOfBirth: '1990-05-01' }] },
    expectError: 'REQUEST_INVALID',
  },
  {
    name: 'A citizenship that is not a country code is refused',
    source: 'Retur: citizenship is an ISO 3166-1 alpha-2 code',
    input: { applicationDate: '2026-03-10', departureDeadline: null, citizenship: 'Iraq', travellers: [{ dateOfBirth: '1990-05-01' }] },
    expectError: 'REQUEST_INVALID',
  },
];
