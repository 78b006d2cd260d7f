/**
 * Departure on one's own (seed 001): the person, or someone helping them, tells the police the day they will
 * leave; the police confirm the exit; an entry ban runs from that day.
 *
 *   none ─announce→ announced ─confirm→ confirmed        (announcing again replaces the planned day)
 *     └──────────────confirm──────────────┘              (an exit the police saw without an announcement)
 *
 * The police can confirm an exit that was never announced: people leave without telling anyone, and an
 * officer at exit control who sees them go must still be able to record it. Otherwise the case stays in the
 * overdue queue and, worse, an entry ban would have no start (seed 001: "The prohibition on entry applies
 * from the day you leave Norway and the Schengen area").
 *
 * The periods of the entry bans are the `re-entry` rule set's answer, stored with its trace: a ban runs from
 * the exit when the person was in Norway when it was decided, from its decision date otherwise, and its last
 * day is the day before the anniversary of its start (see src/rules/re-entry/re-entry.ts).
 */
import { z } from 'zod';
import { countryCode } from '../../rules/common/countries.ts';
import { isoDateSchema } from '../../rules/engine/output.ts';
import { banResultSchema } from '../../rules/re-entry/re-entry.ts';
import type { CaseDoc, StoredRuleAnswer } from '../model.ts';
import { defineAction, precondition } from '../process.ts';
import { ask } from '../rules.ts';

function caseOpen(doc: CaseDoc): void {
  precondition(doc.status === 'open', 'case-open', 'The case is not open: the household has already left, or may stay');
}

export const announce = defineAction({
  id: 'own-departure.announce',
  process: 'own-departure',
  title: 'Announce the day of leaving',
  description:
    'The person, their lawyer or guardian tells the police the day the household will leave Norway on its own (or the police note what the person told them). Announcing again replaces the day.',
  source: 'seed-001: "The prohibition on entry applies from the day you leave Norway and the Schengen area. It is therefore important that you notify the Norwegian authorities about when you are going to leave, for example by telling the police."',
  roles: ['person', 'lawyer', 'guardian', 'police'],
  from: ['none', 'announced'],
  input: z.strictObject({ date: isoDateSchema.describe('The day the household will leave Norway') }),
  check: (doc, input, ctx) => {
    caseOpen(doc);
    precondition(input.date >= ctx.today, 'departure-date-not-past', 'The day of leaving cannot be in the past; if the household has left, the police confirm the exit');
  },
  prepare: (_doc, input, ctx) => ({ date: input.date, announcedBy: ctx.principal.kind === 'person' ? 'person' : ctx.principal.role }),
  apply: (doc, p) => ({ ...doc, ownDeparture: { status: 'announced', announcedDate: p.date, announcedBy: p.announcedBy } }),
});

interface BanPeriod {
  /** The index of the ban in `entryBans`. */
  readonly index: number;
  readonly from: string;
  /** The last day of the ban, inclusive; null for a permanent ban. */
  readonly until: string | null;
}

/** Asks the re-entry rules when each ban that has not started yet runs, now that the person has left. */
function banPeriods(doc: CaseDoc, exit: string, today: string): { periods: BanPeriod[]; answer: StoredRuleAnswer | null } {
  const waiting = doc.entryBans.map((ban, index) => ({ ban, index })).filter(({ ban }) => ban.from === null);
  if (waiting.length === 0) return { periods: [], answer: null };
  const answer = ask('re-entry', {
    plannedEntryDate: today,
    returns: [{ date: exit, forced: false }],
    expulsions: waiting.map(({ ban }) => ({
      decisionDate: ban.decisionDate,
      banLength: ban.length,
      scope: ban.scope,
      inNorwayAtDecision: exit >= ban.decisionDate,
      departureDate: exit,
    })),
  });
  const bans = z.array(banResultSchema).parse(answer.answer.bans);
  const periods = waiting.map(({ index }, k) => {
    const result = bans.find((b) => b.expulsion === k);
    if (!result) throw new Error(`The re-entry rules gave no period for entry ban ${index}`);
    return { index, from: result.start, until: result.lastDay };
  });
  return { periods, answer };
}

export const confirm = defineAction({
  id: 'own-departure.confirm',
  process: 'own-departure',
  title: 'Confirm the exit (police)',
  description:
    'The police confirm the day the household left Norway, announced or not. The case is then departed, and each entry ban not yet running starts as the re-entry rules say (from the exit when the person was in Norway at the expulsion).',
  source: 'seed-001: "The prohibition on entry applies from the day you leave Norway and the Schengen area."',
  roles: ['police'],
  from: ['none', 'announced'],
  input: z.strictObject({
    date: isoDateSchema.describe('The day the household left Norway'),
    destination: countryCode.describe('The country the household left for'),
  }),
  check: (doc, input, ctx) => {
    caseOpen(doc);
    precondition(input.date <= ctx.today, 'exit-not-in-future', 'An exit cannot be confirmed before it happens');
    precondition(input.date >= doc.decision.date, 'exit-not-before-decision', 'An exit before the decision is not a departure under it');
  },
  prepare: (doc, input, ctx) => {
    const { periods, answer } = banPeriods(doc, input.date, ctx.today);
    return {
      date: input.date,
      destination: input.destination,
      announced: doc.ownDeparture.status === 'announced',
      banPeriods: periods,
      ...(answer === null ? {} : { entryBanAnswer: answer }),
    };
  },
  apply: (doc, p) => ({
    ...doc,
    status: 'departed',
    ownDeparture: { ...doc.ownDeparture, status: 'confirmed', confirmedDate: p.date },
    departure: { date: p.date, type: 'own', destination: p.destination },
    entryBans: doc.entryBans.map((ban, index) => {
      const period = p.banPeriods.find((b) => b.index === index);
      return period ? { ...ban, from: period.from, until: period.until } : ban;
    }),
  }),
});

export const ownDepartureActions = [announce, confirm] as const;
