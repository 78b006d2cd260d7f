/**
 * The demo households: one case in every state of every process (processStates in process.ts), as data, and
 * a pure runner that plays a scenario through `execute` in memory. The database seeding (`npx retur seed
 * --demo`, and the first `npm start`) feeds the same scenarios through the command layer (`openCase` and
 * `act` in commands.ts), which takes each action with the same semantics as `execute`, so what runs here runs
 * there.
 *
 * Everyone here is invented. Household surnames are the letters of the NATO alphabet (the Alfa family, the
 * Bravo household …) so that nobody can take a demo case for a real person.
 *
 * Dates. Every date is computed from the `today` the scenarios are built for, so the demo stays plausible on
 * whatever day it is seeded: each case is opened some days before `today`, each step is dated on or before
 * `today`, children stay children and deadlines fall where the story needs them (passed, or still to come).
 * Departures are dated within the last 60 days before `today`, and never between 1 January 2025 and
 * 31 March 2026: those months belong to the statistics demo (src/statistics/demo.ts), whose figures must come
 * out exactly as the police published them. When `today` is less than 60 days after 31 March 2026, the
 * departures are squeezed into the days since 1 April 2026 (`departureWindow`): every departure is placed at
 * a share of that window, and what follows a departure at a share of the days since. Before 8 April 2026
 * there is no room for them, and `demoScenarios` refuses to build.
 *
 * People in a step's input. The ids of the people in a household are given when the case is opened, so a
 * step names a person by their place in the household (`personRef(0)`, the string "@person/0");
 * `resolveInput` replaces it with the id on the case.
 */
import { createHash } from 'node:crypto';
import { Temporal } from 'temporal-polyfill';
import type { z } from 'zod';
import { daysBetween } from '../../rules/engine/dates.ts';
import { canTake } from '../access.ts';
import { actionById } from '../actions.ts';
import { execute } from '../execute.ts';
import type { CaseDoc, decisionInput, PersonInput } from '../model.ts';
import type { ActionContext } from '../process.ts';
import { newCase, openCaseInput } from '../processes/case.ts';
import { actorOf, type Principal, type StaffRole } from '../roles.ts';

// ---------------------------------------------------------------------------------------------------------
// Shapes

/** Who takes a step: a staff role, or the person themself (through their own application). */
export type StepRole = StaffRole | 'person';
export type LinkRelation = 'lawyer' | 'guardian' | 'reception';

export interface ScenarioStep {
  /** The action id (actions.ts), e.g. `assisted-return.apply`. */
  readonly action: string;
  readonly as: StepRole;
  /** The step is taken this many days after the case was opened. */
  readonly daysFromOpening: number;
  /** The raw input of the action; people are named with `personRef`. */
  readonly input: unknown;
}

export interface Scenario {
  readonly key: string;
  readonly title: string;
  /** The day the case is opened (the decision registered), some days before `today`. */
  readonly openedOn: string;
  /** Raw input for `openCaseInput.household`. */
  readonly household: readonly PersonInput[];
  /** Raw input for `decisionInput`. */
  readonly decision: z.input<typeof decisionInput>;
  readonly registeredAsMovedOn?: string;
  /** Demo accounts linked to the case on the day it is opened (by UDI), before any step. */
  readonly links?: readonly LinkRelation[];
  readonly steps: readonly ScenarioStep[];
  /** On `today` the case is in the police's overdue queue: open, deadline passed, no departure, no deferral pending or granted. */
  readonly overdue?: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Demo accounts (the README lists them; the start-up prints them)

export interface DemoAccount {
  readonly username: string;
  readonly displayName: string;
  readonly role: StaffRole;
  /** Printed in the docs: for a demo only, never for real data. */
  readonly password: string;
}

const account = (role: StaffRole, displayName: string): DemoAccount => ({ username: `${role}.demo`, displayName, role, password: `retur-demo-${role}` });

export const demoAccounts: readonly DemoAccount[] = [
  account('udi', 'Demo caseworker, UDI'),
  account('iom', 'Demo return adviser, IOM'),
  account('une', 'Demo board member, UNE'),
  account('police', 'Demo officer, Police Immigration Service'),
  account('lawyer', 'Demo lawyer'),
  account('guardian', 'Demo representative (guardian)'),
  account('reception', 'Demo reception-centre staff'),
  account('statistics', 'Demo statistics analyst'),
  account('admin', 'Demo administrator'),
];

// ---------------------------------------------------------------------------------------------------------
// Dates

/** The departures of the statistics demo (src/statistics/demo.ts): no demo case departs in these months. */
export const statisticsDemoDepartures = { first: '2025-01-01', last: '2026-03-31' } as const;

/** Departures are dated at most this many days before `today`. */
export const RECENT_DEPARTURE_DAYS = 60;
/** Fewer days than this between 31 March 2026 and `today` leave no room for the departures and what follows them. */
const MIN_WINDOW_DAYS = 7;

/**
 * How many days before `today` a departure may be dated: 60, or fewer when that would reach back into the
 * statistics demo's months. Throws when `today` leaves too little room (before 8 April 2026).
 */
export function departureWindow(today: string): number {
  const window = Math.min(RECENT_DEPARTURE_DAYS, daysBetween(statisticsDemoDepartures.last, today) - 1);
  if (window < MIN_WINDOW_DAYS) {
    throw new Error(
      `The demo cases need ${MIN_WINDOW_DAYS} days after ${statisticsDemoDepartures.last} for their departures (the statistics demo owns ` +
        `${statisticsDemoDepartures.first}–${statisticsDemoDepartures.last}); ${today} is too early`,
    );
  }
  return window;
}

/** A person in a step's input, by their place in the household. */
export const personRef = (index: number): string => `@person/${index}`;
const PERSON_REF = /^@person\/(\d+)$/;

/** The input with each `personRef` replaced by the id of that person on the case. */
export function resolveInput(input: unknown, doc: Pick<CaseDoc, 'household'>): unknown {
  if (typeof input === 'string') {
    const match = PERSON_REF.exec(input);
    if (!match) return input;
    const person = doc.household[Number(match[1])];
    if (!person) throw new Error(`${input} names no one in the household`);
    return person.id;
  }
  if (Array.isArray(input)) return input.map((item) => resolveInput(item, doc));
  if (input !== null && typeof input === 'object') return Object.fromEntries(Object.entries(input).map(([key, value]) => [key, resolveInput(value, doc)]));
  return input;
}

// ---------------------------------------------------------------------------------------------------------
// The scenarios

function person(name: string, dateOfBirth: string, citizenship: string, role: 'adult' | 'child', more: Partial<PersonInput> = {}): PersonInput {
  return { name, dateOfBirth, citizenships: [citizenship], role, unaccompaniedMinor: false, ...more };
}

/**
 * The demo households on `today` (YYYY-MM-DD). Each covers a part of the processes; together they reach every
 * state of every process (see scenarios.test.ts).
 */
export function demoScenarios(today: string): Scenario[] {
  const day = Temporal.PlainDate.from(today, { overflow: 'reject' });
  const window = departureWindow(today);
  const ago = (days: number) => day.subtract({ days }).toString();
  const ahead = (days: number) => day.add({ days }).toString();
  /** A date of birth: `years` and `days` before today, so ages stay the same whenever the demo is seeded. */
  const born = (years: number, days = 0) => day.subtract({ years, days }).toString();
  /** How many days ago a departure is: a share of the window, so it stays after 31 March 2026. */
  const departedAgo = (share: number) => Math.round(window * share);

  /** A case opened `openedAgo` days before today; its steps are dated in days before today. */
  function opened(openedAgo: number) {
    return {
      openedOn: ago(openedAgo),
      step: (daysAgo: number, as: StepRole, action: string, input: unknown = {}): ScenarioStep => ({ action, as, daysFromOpening: openedAgo - daysAgo, input }),
    };
  }

  const scenarios: Scenario[] = [];

  // ── Assisted return ─────────────────────────────────────────────────────────────────────────────────────

  {
    const { openedOn, step } = opened(40);
    scenarios.push({
      key: 'alfa-family-applied',
      title: 'The Alfa family (Afghanistan): applied for assisted return with the help of their reception centre',
      openedOn,
      household: [
        person('Farid Alfa', born(38, 20), 'AF', 'adult', { preferredLanguage: 'fa-AF', udiCaseNumber: 'DEMO-1001' }),
        person('Soraya Alfa', born(34, 75), 'AF', 'adult', { preferredLanguage: 'fa-AF', udiCaseNumber: 'DEMO-1002' }),
        person('Omid Alfa', born(9, 130), 'AF', 'child'),
        person('Laila Alfa', born(5, 12), 'AF', 'child'),
      ],
      decision: { kind: 'protection-rejected', authority: 'udi', date: ago(40), departureDeadline: ahead(25), notifiedOn: ago(37) },
      links: ['reception'],
      steps: [
        step(10, 'reception', 'case.record-document', {
          kind: 'passport',
          personId: personRef(0),
          status: 'will-send-later',
          description: 'Expired passport, with relatives in Kabul',
        }),
        step(6, 'reception', 'assisted-return.apply', { destination: 'AF' }),
      ],
    });
  }

  {
    const { openedOn, step } = opened(60);
    scenarios.push({
      key: 'bravo-granted',
      title: 'Hodan Bravo (Somalia): assisted return granted, waiting for IOM to book the journey',
      openedOn,
      household: [person('Hodan Bravo', born(29, 200), 'SO', 'adult', { preferredLanguage: 'so', udiCaseNumber: 'DEMO-1003' })],
      decision: { kind: 'protection-rejected', authority: 'udi', date: ago(60), departureDeadline: ahead(10), notifiedOn: ago(58) },
      steps: [step(20, 'iom', 'assisted-return.apply', { destination: 'SO' }), step(8, 'udi', 'assisted-return.grant', {})],
    });
  }

  {
    const { openedOn, step } = opened(90);
    scenarios.push({
      key: 'charlie-rejected',
      title: 'Giorgi Charlie (Georgia): assisted return rejected; his deadline has passed',
      openedOn,
      household: [person('Giorgi Charlie', born(33, 40), 'GE', 'adult', { preferredLanguage: 'ka', udiCaseNumber: 'DEMO-1004' })],
      decision: { kind: 'residence-rejected', authority: 'udi', date: ago(90), departureDeadline: ago(45), notifiedOn: ago(88) },
      steps: [
        step(50, 'person', 'assisted-return.apply', { destination: 'GE' }),
        step(30, 'udi', 'assisted-return.reject', {
          reasons: 'Citizens of Georgia are normally not covered by the scheme (seed 003), and nothing in the application points to an exception.',
        }),
        // The rejection reached him two days after it was made; his letter gives the last day to appeal.
        step(27, 'udi', 'assisted-return.record-notification', { notifiedOn: ago(28) }),
      ],
      overdue: true,
    });
  }

  {
    const { openedOn, step } = opened(35);
    scenarios.push({
      key: 'delta-appealed',
      title: 'Youssef Delta (Morocco): his lawyer appealed the rejection of assisted return to UNE',
      openedOn,
      household: [person('Youssef Delta', born(27, 300), 'MA', 'adult', { preferredLanguage: 'ar', udiCaseNumber: 'DEMO-1005' })],
      decision: { kind: 'protection-rejected', authority: 'udi', date: ago(35), departureDeadline: ahead(4), notifiedOn: ago(33) },
      links: ['lawyer'],
      steps: [
        step(25, 'lawyer', 'assisted-return.apply', { destination: 'MA', facts: { fortyEightHourProcedure: true } }),
        step(12, 'udi', 'assisted-return.reject', {
          reasons: 'The protection claim was handled in the 48-hour procedure, and not everyone in it is granted assisted return (seed 002).',
        }),
        step(5, 'lawyer', 'assisted-return.appeal', { grounds: 'He has a documented health condition that needs treatment at home.' }),
      ],
    });
  }

  {
    const { openedOn, step } = opened(120);
    scenarios.push({
      key: 'echo-family-rejected-final',
      title: 'The Echo family (Georgia): UNE upheld the rejection of assisted return; their deadline has passed',
      openedOn,
      household: [
        person('Nino Echo', born(41, 10), 'GE', 'adult', { preferredLanguage: 'ka', udiCaseNumber: 'DEMO-1006' }),
        person('Levan Echo', born(43, 220), 'GE', 'adult', { preferredLanguage: 'ka', udiCaseNumber: 'DEMO-1007' }),
        person('Mariam Echo', born(12, 60), 'GE', 'child'),
      ],
      decision: { kind: 'protection-rejected', authority: 'udi', date: ago(120), departureDeadline: ago(60), notifiedOn: ago(118) },
      links: ['lawyer'],
      steps: [
        step(100, 'person', 'assisted-return.apply', { destination: 'GE' }),
        step(85, 'udi', 'assisted-return.reject', { reasons: 'Citizens of Georgia are normally not covered by the scheme (seed 003).' }),
        step(80, 'person', 'assisted-return.appeal', { grounds: 'We cannot pay for the journey home ourselves.' }),
        step(20, 'une', 'assisted-return.decide-appeal', { outcome: 'upheld', reasons: 'No grounds for an exception from the rule on citizens of Georgia.' }),
      ],
      overdue: true,
    });
  }

  {
    const { openedOn, step } = opened(50);
    scenarios.push({
      key: 'foxtrot-family-travel-arranged',
      title: 'The Foxtrot family (Iraq): IOM has booked the journey home',
      openedOn,
      household: [
        person('Ahmed Foxtrot', born(45, 100), 'IQ', 'adult', { preferredLanguage: 'ar', udiCaseNumber: 'DEMO-1008' }),
        person('Zainab Foxtrot', born(39, 3), 'IQ', 'adult', { preferredLanguage: 'ar', udiCaseNumber: 'DEMO-1009' }),
        person('Ali Foxtrot', born(14, 250), 'IQ', 'child'),
        person('Noor Foxtrot', born(10, 45), 'IQ', 'child'),
        person('Sara Foxtrot', born(3, 170), 'IQ', 'child'),
      ],
      decision: { kind: 'protection-rejected', authority: 'udi', date: ago(50), departureDeadline: ahead(14), notifiedOn: ago(48) },
      steps: [
        step(45, 'udi', 'case.record-document', {
          kind: 'passport',
          personId: personRef(0),
          status: 'original-held',
          description: 'Handed in with the protection claim',
        }),
        step(40, 'iom', 'assisted-return.apply', { destination: 'IQ' }),
        step(25, 'udi', 'assisted-return.grant', {}),
        step(3, 'iom', 'assisted-return.arrange-travel', { travelDate: ahead(7), travelDocument: 'Iraqi passports', ticket: 'DEMO-IQ-4821' }),
      ],
    });
  }

  {
    const d = departedAgo(0.8);
    const { openedOn, step } = opened(d + 60);
    scenarios.push({
      key: 'golf-departed',
      title: 'Meseret Golf (Ethiopia): left with assisted return; her passport was given back',
      openedOn,
      household: [person('Meseret Golf', born(31, 90), 'ET', 'adult', { preferredLanguage: 'am', udiCaseNumber: 'DEMO-1010' })],
      decision: { kind: 'protection-rejected', authority: 'udi', date: ago(d + 60), departureDeadline: ago(d), notifiedOn: ago(d + 58) },
      steps: [
        step(d + 55, 'udi', 'case.record-document', { kind: 'passport', personId: personRef(0), status: 'original-held' }),
        step(d + 40, 'person', 'assisted-return.apply', { destination: 'ET' }),
        step(d + 25, 'udi', 'assisted-return.grant', {}),
        step(d + 10, 'iom', 'assisted-return.arrange-travel', { travelDate: ago(d), travelDocument: 'Ethiopian passport', ticket: 'DEMO-ET-1193' }),
        step(d, 'iom', 'assisted-return.record-departure', { date: ago(d) }),
      ],
    });
  }

  {
    const d = departedAgo(0.5);
    const { openedOn, step } = opened(d + 75);
    scenarios.push({
      key: 'hotel-family-permit-elsewhere',
      title: 'The Hotel family (Syria): left with assisted return to Jordan, where they hold a residence permit',
      openedOn,
      household: [
        person('Khaled Hotel', born(40, 33), 'SY', 'adult', { preferredLanguage: 'ar', udiCaseNumber: 'DEMO-1011' }),
        person('Rania Hotel', born(36, 280), 'SY', 'adult', { preferredLanguage: 'ar', udiCaseNumber: 'DEMO-1012' }),
        person('Yara Hotel', born(8, 15), 'SY', 'child'),
      ],
      decision: { kind: 'protection-rejected', authority: 'udi', date: ago(d + 75), departureDeadline: ago(d), notifiedOn: ago(d + 73) },
      links: ['reception'],
      steps: [
        step(d + 50, 'reception', 'case.record-document', {
          kind: 'residence-permit-outside-eea',
          personId: personRef(0),
          status: 'uploaded',
          description: 'Copy of a valid Jordanian residence permit',
        }),
        step(d + 45, 'reception', 'assisted-return.apply', { destination: 'JO' }),
        step(d + 30, 'udi', 'assisted-return.grant', {}),
        step(d + 12, 'iom', 'assisted-return.arrange-travel', {
          travelDate: ago(d),
          travelDocument: 'Syrian passports with Jordanian residence permits',
          ticket: 'DEMO-JO-0457',
        }),
        step(d, 'iom', 'assisted-return.record-departure', { date: ago(d) }),
      ],
    });
  }

  {
    const { openedOn, step } = opened(45);
    scenarios.push({
      key: 'india-withdrawn',
      title: 'Karwan India (Iraq): applied for assisted return himself, then withdrew the application',
      openedOn,
      household: [person('Karwan India', born(26, 140), 'IQ', 'adult', { preferredLanguage: 'ckb', udiCaseNumber: 'DEMO-1013' })],
      decision: { kind: 'protection-rejected', authority: 'udi', date: ago(45), departureDeadline: ahead(8), notifiedOn: ago(44) },
      steps: [step(30, 'person', 'assisted-return.apply', { destination: 'IQ' }), step(9, 'person', 'assisted-return.withdraw', {})],
    });
  }

  {
    const d = departedAgo(0.3);
    const { openedOn, step } = opened(d + 80);
    scenarios.push({
      key: 'juliett-late-application',
      title: 'Jawad Juliett (Afghanistan): applied after his deadline, so he got the lower support; left with assisted return',
      openedOn,
      household: [person('Jawad Juliett', born(24, 60), 'AF', 'adult', { preferredLanguage: 'ps', udiCaseNumber: 'DEMO-1014' })],
      decision: { kind: 'protection-rejected', authority: 'udi', date: ago(d + 80), departureDeadline: ago(d + 40), notifiedOn: ago(d + 78) },
      steps: [
        step(d + 30, 'iom', 'assisted-return.apply', { destination: 'AF' }),
        step(d + 18, 'udi', 'assisted-return.grant', {}),
        step(d + 8, 'iom', 'assisted-return.arrange-travel', { travelDate: ago(d), travelDocument: 'Afghan passport', ticket: 'DEMO-AF-7310' }),
        step(d, 'police', 'assisted-return.record-departure', { date: ago(d) }),
      ],
    });
  }

  // ── Appeal and deferred implementation ──────────────────────────────────────────────────────────────────

  {
    const { openedOn, step } = opened(20);
    scenarios.push({
      key: 'kilo-family-deferral-requested',
      title: 'The Kilo family (Eritrea): their lawyer appealed to UNE and asked for them to stay meanwhile',
      openedOn,
      household: [
        person('Yonas Kilo', born(37, 80), 'ER', 'adult', { preferredLanguage: 'ti', udiCaseNumber: 'DEMO-1015' }),
        person('Saba Kilo', born(33, 190), 'ER', 'adult', { preferredLanguage: 'ti', udiCaseNumber: 'DEMO-1016' }),
        person('Selam Kilo', born(6, 30), 'ER', 'child'),
        person('Daniel Kilo', born(1, 40), 'ER', 'child'),
      ],
      decision: { kind: 'protection-rejected', authority: 'udi', date: ago(20), departureDeadline: ahead(1), notifiedOn: ago(18) },
      links: ['lawyer'],
      steps: [
        step(10, 'lawyer', 'appeal.register', { grounds: 'The assessment of the risk on return is disputed.' }),
        step(10, 'lawyer', 'deferral.request', { grounds: 'The youngest child is under treatment at the local hospital.' }),
      ],
    });
  }

  {
    const { openedOn, step } = opened(75);
    scenarios.push({
      key: 'lima-family-deferral-granted',
      title: 'The Lima family (Somalia): UNE lets them stay while it considers their appeal',
      openedOn,
      household: [
        person('Abdi Lima', born(35, 5), 'SO', 'adult', { preferredLanguage: 'so', udiCaseNumber: 'DEMO-1017' }),
        person('Faduma Lima', born(30, 160), 'SO', 'adult', { preferredLanguage: 'so', udiCaseNumber: 'DEMO-1018' }),
        person('Hamza Lima', born(11, 90), 'SO', 'child'),
        person('Ayaan Lima', born(7, 210), 'SO', 'child'),
      ],
      decision: { kind: 'protection-rejected', authority: 'udi', date: ago(75), departureDeadline: ago(30), notifiedOn: ago(73) },
      links: ['lawyer'],
      steps: [
        step(65, 'lawyer', 'appeal.register', { grounds: 'New information about the situation in the home region.' }),
        step(65, 'lawyer', 'deferral.request', {}),
        step(50, 'une', 'deferral.grant', { reasons: 'The appeal raises questions that need a closer look before the family can be returned.' }),
      ],
    });
  }

  {
    const { openedOn, step } = opened(50);
    scenarios.push({
      key: 'mike-deferral-denied',
      title: 'Dawit Mike (Ethiopia): his appeal is pending, but he was refused leave to stay meanwhile and must leave now',
      openedOn,
      household: [person('Dawit Mike', born(29, 330), 'ET', 'adult', { preferredLanguage: 'am', udiCaseNumber: 'DEMO-1019' })],
      decision: { kind: 'protection-rejected', authority: 'udi', date: ago(50), departureDeadline: ago(15), notifiedOn: ago(48) },
      steps: [
        step(40, 'person', 'appeal.register', { grounds: 'I do not agree with the assessment of my identity.' }),
        step(38, 'person', 'deferral.request', {}),
        step(20, 'udi', 'deferral.deny', { reasons: 'The appeal brings nothing new that makes it likely the decision will be reversed.' }),
      ],
      overdue: true,
    });
  }

  {
    const { openedOn, step } = opened(200);
    scenarios.push({
      key: 'november-family-upheld-announced',
      title: 'The November family (Afghanistan): UNE upheld the decision with a new deadline; their lawyer told the police the day they leave',
      openedOn,
      household: [
        person('Rahim November', born(50, 120), 'AF', 'adult', { preferredLanguage: 'fa-AF', udiCaseNumber: 'DEMO-1020' }),
        person('Parwin November', born(47, 15), 'AF', 'adult', { preferredLanguage: 'fa-AF', udiCaseNumber: 'DEMO-1021' }),
        person('Zahra November', born(16, 200), 'AF', 'child'),
        person('Bilal November', born(13, 77), 'AF', 'child'),
      ],
      decision: { kind: 'protection-rejected', authority: 'udi', date: ago(200), departureDeadline: ago(170), notifiedOn: ago(198) },
      links: ['lawyer'],
      steps: [
        step(190, 'lawyer', 'appeal.register', { grounds: 'The children’s best interests were not weighed.' }),
        step(190, 'lawyer', 'deferral.request', {}),
        step(180, 'une', 'deferral.grant', {}),
        step(12, 'une', 'appeal.decide', {
          outcome: 'upheld',
          newDeadline: ahead(16),
          reasons: 'The children’s best interests were weighed; they do not outweigh the grounds for return.',
        }),
        step(4, 'lawyer', 'own-departure.announce', { date: ahead(12) }),
      ],
    });
  }

  {
    const { openedOn, step } = opened(150);
    scenarios.push({
      key: 'oscar-reversed',
      title: 'Helen Oscar (Eritrea): UNE reversed the decision on appeal; she may stay',
      openedOn,
      household: [person('Helen Oscar', born(25, 250), 'ER', 'adult', { preferredLanguage: 'ti', udiCaseNumber: 'DEMO-1022' })],
      decision: { kind: 'protection-rejected', authority: 'udi', date: ago(150), departureDeadline: ago(120), notifiedOn: ago(148) },
      links: ['lawyer'],
      steps: [
        step(140, 'lawyer', 'appeal.register', { grounds: 'She risks being called up for indefinite national service.' }),
        step(140, 'lawyer', 'deferral.request', {}),
        step(130, 'une', 'deferral.grant', {}),
        step(25, 'une', 'appeal.decide', { outcome: 'reversed', reasons: 'She has a well-founded fear of persecution on return.' }),
      ],
    });
  }

  // ── Forced return ───────────────────────────────────────────────────────────────────────────────────────

  {
    const { openedOn, step } = opened(110);
    scenarios.push({
      key: 'papa-planned',
      title: 'Haider Papa (Iraq): his deadline passed long ago; the police have planned his return',
      openedOn,
      household: [person('Haider Papa', born(34, 25), 'IQ', 'adult', { preferredLanguage: 'ar', udiCaseNumber: 'DEMO-1023' })],
      decision: { kind: 'protection-rejected', authority: 'udi', date: ago(110), departureDeadline: ago(70), notifiedOn: ago(108) },
      steps: [
        step(6, 'police', 'forced-return.plan', {
          date: ahead(9),
          flight: 'DEMO-CHARTER-IQ',
          escort: 'Three escorts from the Police Immigration Service',
          destination: 'IQ',
        }),
      ],
      overdue: true,
    });
  }

  {
    const d = departedAgo(0.7);
    const { openedOn, step } = opened(d + 40);
    scenarios.push({
      key: 'quebec-dublin-transfer',
      title: 'Nasir Quebec (Afghanistan): transferred to Germany under the Dublin Regulation after Germany was notified',
      openedOn,
      household: [person('Nasir Quebec', born(22, 180), 'AF', 'adult', { preferredLanguage: 'ps', udiCaseNumber: 'DEMO-1024' })],
      decision: { kind: 'dublin-transfer', authority: 'udi', date: ago(d + 40), departureDeadline: null, notifiedOn: ago(d + 38), receivingCountry: 'DE' },
      steps: [
        step(d + 14, 'police', 'forced-return.notify-receiving-country', {}),
        step(d + 7, 'police', 'forced-return.plan', {
          date: ago(d),
          flight: 'DEMO 4410 OSL–FRA',
          escort: 'Two escorts from the Police Immigration Service',
          destination: 'DE',
        }),
        step(d, 'police', 'forced-return.execute', { cost: { totalNok: 6400, paidByPersonNok: 0 } }),
      ],
    });
  }

  {
    const d = departedAgo(0.6);
    const { openedOn, step } = opened(d + 100);
    scenarios.push({
      key: 'romeo-unaccompanied-minor',
      title: 'Adam Romeo (Morocco): an unaccompanied minor, returned and met by his aunt',
      openedOn,
      household: [person('Adam Romeo', born(16, 100), 'MA', 'child', { unaccompaniedMinor: true, preferredLanguage: 'ar', udiCaseNumber: 'DEMO-1025' })],
      decision: { kind: 'protection-rejected', authority: 'udi', date: ago(d + 100), departureDeadline: ago(d + 60), notifiedOn: ago(d + 98) },
      links: ['guardian'],
      steps: [
        step(d + 90, 'police', 'case.record-document', { kind: 'passport', personId: personRef(0), status: 'original-held' }),
        step(d + 30, 'guardian', 'case.record-document', {
          kind: 'letter-from-organisation',
          personId: personRef(0),
          status: 'uploaded',
          description: 'Letter from the child welfare service about the family in Casablanca',
        }),
        step(d + 20, 'police', 'forced-return.record-reception-arrangement', {
          personId: personRef(0),
          metBy: 'Fatima Romeo (his aunt), Casablanca',
          relation: 'family-member',
        }),
        step(d + 10, 'police', 'forced-return.plan', {
          date: ago(d),
          flight: 'DEMO 812 OSL–CMN',
          escort: 'Two escorts from the Police Immigration Service and a social worker',
          destination: 'MA',
        }),
        step(d, 'police', 'forced-return.execute', { cost: { totalNok: 9800, paidByPersonNok: 0 } }),
      ],
    });
  }

  {
    const d = departedAgo(0.9);
    const { openedOn, step } = opened(d + 90);
    scenarios.push({
      key: 'sierra-expelled-offender',
      title:
        'Davit Sierra (Georgia): expelled after a criminal conviction, returned with a five-year Schengen entry ban, registered as moved; paying back the cost',
      openedOn,
      household: [person('Davit Sierra', born(38, 140), 'GE', 'adult', { preferredLanguage: 'ka', udiCaseNumber: 'DEMO-1026' })],
      decision: { kind: 'expelled', authority: 'udi', date: ago(d + 90), departureDeadline: null, notifiedOn: ago(d + 88), expelled: true },
      steps: [
        step(d + 10, 'police', 'forced-return.plan', {
          date: ago(d),
          flight: 'DEMO 2260 OSL–TBS',
          escort: 'Two escorts from the Police Immigration Service',
          destination: 'GE',
        }),
        step(d, 'police', 'forced-return.execute', {
          convictedOffenders: [personRef(0)],
          cost: { totalNok: 14500, paidByPersonNok: 2500 },
          entryBan: { length: 5, scope: 'schengen' },
        }),
        // He held a residence permit before the conviction, so he has a Norwegian identity number (seed 001).
        step(d - 2, 'udi', 'registry.record-moved', { movedOn: ago(d) }),
        step(Math.round(d / 2), 'police', 'debt.record-repayment', { amountNok: 3000 }),
        step(0, 'police', 're-entry.check', {}),
      ],
    });
  }

  {
    const { openedOn, step } = opened(140);
    scenarios.push({
      key: 'tango-cancelled',
      title: 'Ismail Tango (Somalia): his planned return was cancelled when the flight was called off',
      openedOn,
      household: [person('Ismail Tango', born(43, 66), 'SO', 'adult', { preferredLanguage: 'so', udiCaseNumber: 'DEMO-1027' })],
      decision: { kind: 'protection-rejected', authority: 'udi', date: ago(140), departureDeadline: ago(100), notifiedOn: ago(138) },
      steps: [
        step(30, 'police', 'forced-return.plan', {
          date: ago(20),
          flight: 'DEMO-CHARTER-SO',
          escort: 'Two escorts from the Police Immigration Service',
          destination: 'SO',
        }),
        step(22, 'police', 'forced-return.cancel', { reason: 'The charter flight was called off by the carrier.' }),
      ],
      overdue: true,
    });
  }

  {
    const d = departedAgo(0.4);
    const { openedOn, step } = opened(d + 150);
    scenarios.push({
      key: 'uniform-family-returned',
      title: 'The Uniform family (Iraq): returned together by force; their passports went to the Iraqi authorities and the cost is their debt',
      openedOn,
      household: [
        person('Hassan Uniform', born(42, 10), 'IQ', 'adult', { preferredLanguage: 'ar', udiCaseNumber: 'DEMO-1028' }),
        person('Layla Uniform', born(37, 300), 'IQ', 'adult', { preferredLanguage: 'ar', udiCaseNumber: 'DEMO-1029' }),
        person('Mustafa Uniform', born(12, 140), 'IQ', 'child'),
        person('Huda Uniform', born(8, 222), 'IQ', 'child'),
      ],
      decision: { kind: 'protection-rejected', authority: 'udi', date: ago(d + 150), departureDeadline: ago(d + 110), notifiedOn: ago(d + 148) },
      steps: [
        step(d + 140, 'police', 'case.record-document', { kind: 'passport', personId: personRef(0), status: 'original-held' }),
        step(d + 140, 'police', 'case.record-document', { kind: 'passport', personId: personRef(1), status: 'original-held' }),
        step(d + 9, 'police', 'forced-return.plan', {
          date: ago(d),
          flight: 'DEMO 1702 OSL–IST–EBL',
          escort: 'Four escorts from the Police Immigration Service',
          destination: 'IQ',
        }),
        step(d, 'police', 'forced-return.execute', { cost: { totalNok: 42000, paidByPersonNok: 0 } }),
        step(0, 'police', 're-entry.check', {}),
      ],
    });
  }

  // ── Departure on one's own, and after it ────────────────────────────────────────────────────────────────

  {
    const d = departedAgo(0.75);
    const { openedOn, step } = opened(d + 21);
    scenarios.push({
      key: 'victor-own-departure',
      title: 'Salma Victor (Morocco): left on her own before her deadline, and asks to correct her registration as moved',
      openedOn,
      household: [person('Salma Victor', born(35, 45), 'MA', 'adult', { preferredLanguage: 'fr', udiCaseNumber: 'DEMO-1030' })],
      decision: { kind: 'residence-rejected', authority: 'udi', date: ago(d + 21), departureDeadline: ago(Math.max(0, d - 3)), notifiedOn: ago(d + 20) },
      registeredAsMovedOn: ago(d + 14),
      steps: [
        step(d + 6, 'person', 'own-departure.announce', { date: ago(d) }),
        step(d, 'police', 'own-departure.confirm', { date: ago(d), destination: 'MA' }),
        step(Math.floor(d / 3), 'person', 'registry.request-correction', {
          reason: 'I was registered as moved two weeks before I left; I lived at my address in Norway until the day I left.',
        }),
      ],
    });
  }

  // ── Cases where nothing has happened yet, or nothing more ───────────────────────────────────────────────

  {
    const { openedOn, step } = opened(8);
    scenarios.push({
      key: 'whiskey-new-decision',
      title:
        'Rasha Whiskey (Syria): decision just registered, her deadline three weeks away; her reception centre gave her a sign-in code so that she can apply herself',
      openedOn,
      household: [person('Rasha Whiskey', born(28, 110), 'SY', 'adult', { preferredLanguage: 'ar', udiCaseNumber: 'DEMO-1031' })],
      decision: { kind: 'protection-rejected', authority: 'udi', date: ago(8), departureDeadline: ahead(21), notifiedOn: ago(6) },
      links: ['reception'],
      steps: [step(2, 'reception', 'case.issue-sign-in-code')],
    });
  }

  {
    const { openedOn } = opened(65);
    scenarios.push({
      key: 'xray-overdue',
      title: 'Tesfaye Xray (Ethiopia): UNE’s final rejection; his deadline passed and nothing has happened since',
      openedOn,
      household: [person('Tesfaye Xray', born(46, 8), 'ET', 'adult', { preferredLanguage: 'am', udiCaseNumber: 'DEMO-1032' })],
      decision: { kind: 'protection-rejected', authority: 'une', date: ago(65), departureDeadline: ago(35), notifiedOn: ago(62) },
      steps: [],
      overdue: true,
    });
  }

  return scenarios;
}

// ---------------------------------------------------------------------------------------------------------
// Running a scenario

/** The raw input `openCase` takes for the scenario. */
export function openInput(scenario: Scenario): unknown {
  const { household, decision, registeredAsMovedOn } = scenario;
  return { household, decision, ...(registeredAsMovedOn === undefined ? {} : { registeredAsMovedOn }) };
}

/** The role that opens the case: the authority that made the decision (UDI, UNE or the police). */
export function openerOf(scenario: Scenario): StaffRole {
  return openCaseInput.parse(openInput(scenario)).decision.authority;
}

/** The person's own principal on a case (as if signed in with the reference and their secret). */
export function personPrincipal(doc: Pick<CaseDoc, 'id' | 'reference'>): Principal {
  return { kind: 'person', caseId: doc.id, reference: doc.reference };
}

export interface PlannedStep extends ScenarioStep {
  /** The day of the step (Europe/Oslo). */
  readonly today: string;
  /** The instant of the step: the morning of its day, a minute after the one before. */
  readonly at: string;
}

/** `minutes` past eight in the morning of a day, in UTC (the same day in Oslo). */
const morning = (date: string, minutes: number) =>
  Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: 'UTC', plainTime: '08:00' }).add({ minutes }).toInstant().toString({ fractionalSecondDigits: 3 });

/** When the case is opened. */
export function openedAt(scenario: Scenario): string {
  return morning(scenario.openedOn, 0);
}

/**
 * The steps of a scenario with their days and instants, the links first (UDI links each demo account on the
 * day the case is opened), in the order they are to be taken.
 */
export function plannedSteps(scenario: Scenario, principalFor: (role: StaffRole) => Principal): PlannedStep[] {
  const links: ScenarioStep[] = (scenario.links ?? []).map((relation) => {
    const helper = principalFor(relation);
    if (helper.kind !== 'staff') throw new Error(`The ${relation} to link must be a staff account`);
    return { action: 'case.link', as: 'udi', daysFromOpening: 0, input: { relation, userId: helper.userId } };
  });
  const opened = Temporal.PlainDate.from(scenario.openedOn);
  return [...links, ...scenario.steps].map((step, index) => {
    const today = opened.add({ days: step.daysFromOpening }).toString();
    return { ...step, today, at: morning(today, index + 1) };
  });
}

/** A deterministic uuid (version 4 layout) from a seed, so that a scenario run gives the same ids every time. */
function demoUuid(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * An action context for the demo (the semantics of `context()` in testing.ts): the day and instant of the
 * step, ids and secrets from the scenario's own deterministic generator, secrets hashed with SHA-256.
 */
function demoContext(principal: Principal, today: string, at: string, sequence: number, next: (what: string) => string): ActionContext {
  return {
    today,
    at,
    principal,
    sequence,
    newId: () => demoUuid(next('id')),
    newSecret: () => `demo-${createHash('sha256').update(next('secret')).digest('base64url').slice(0, 16)}`,
    hashSecret: (secret) => createHash('sha256').update(secret).digest('hex'),
    reveal: () => {},
  };
}

/**
 * Plays a scenario in memory: opens the case with `newCase` and takes each step through `execute`, checking
 * first that the role may take it (as the command layer does). Throws, naming the scenario and the step, when
 * a step is refused. `applied` lists the action ids taken, links included.
 */
export function runScenario(scenario: Scenario, today: string, principalFor: (role: StaffRole) => Principal): { doc: CaseDoc; applied: string[] } {
  let n = 0;
  const next = (what: string) => `${scenario.key}:${what}:${++n}`;
  const input = openCaseInput.parse(openInput(scenario));
  let doc = newCase(
    demoUuid(next('case')),
    `RT-DEMO-${scenario.key.toUpperCase()}`,
    input,
    input.household.map(() => demoUuid(next('person'))),
    openedAt(scenario),
  );
  const applied: string[] = [];
  for (const [index, step] of plannedSteps(scenario, principalFor).entries()) {
    const where = `Demo scenario ${scenario.key}, step ${index} (${step.action} as ${step.as} on ${step.today})`;
    if (step.today > today) throw new Error(`${where}: the step is after ${today}`);
    const action = actionById(step.action);
    if (!action) throw new Error(`${where}: no such action`);
    const principal = step.as === 'person' ? personPrincipal(doc) : principalFor(step.as);
    if (!canTake(principal, action, doc.id, doc.links)) throw new Error(`${where}: that role may not take this action on this case`);
    try {
      doc = execute(doc, action, resolveInput(step.input, doc), demoContext(principal, step.today, step.at, index + 2, next), actorOf(principal)).doc;
    } catch (error) {
      throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    applied.push(step.action);
  }
  return { doc, applied };
}
