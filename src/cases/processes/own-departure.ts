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
 * When the decision includes an expulsion, the police record its entry ban (length and scope) when they
 * confirm the exit, unless it was recorded before: as for a forced return (entry-bans.ts). The periods of
 * the entry bans are the `re-entry` rule set's answer, stored with its trace in the event: a ban runs from
 * the exit when the person was in Norway when it was decided, from its decision date otherwise, and its last
 * day is the day before the anniversary of its start (see src/rules/re-entry/re-entry.ts).
 */
import { z } from 'zod';
import { countryCode } from '../../rules/common/countries.ts';
import { isoDateSchema } from '../../rules/engine/output.ts';
import type { CaseDoc } from '../model.ts';
import { defineAction, precondition } from '../process.ts';
import { assertEntryBan, entryBanInput, entryBansFrom } from './entry-bans.ts';

function caseOpen(doc: CaseDoc): void {
  precondition(doc.status === 'open', 'case-open', 'The case is not open: the household has already left, or may stay');
}

export const announce = defineAction({
  id: 'own-departure.announce',
  process: 'own-departure',
  title: 'Announce the day of leaving',
  description:
    'The person, their lawyer or guardian tells the police the day the household will leave Norway on its own (or the police note what the person told them). Announcing again replaces the day.',
  source:
    'seed-001: "The prohibition on entry applies from the day you leave Norway and the Schengen area. It is therefore important that you notify the Norwegian authorities about when you are going to leave, for example by telling the police."',
  roles: ['person', 'lawyer', 'guardian', 'police'],
  from: ['none', 'announced'],
  to: 'announced',
  input: z.strictObject({ date: isoDateSchema.describe('The day the household will leave Norway') }),
  guard: caseOpen,
  check: (_doc, input, ctx) => {
    precondition(
      input.date >= ctx.today,
      'departure-date-not-past',
      'The day of leaving cannot be in the past; if the household has left, the police confirm the exit',
    );
  },
  prepare: (_doc, input, ctx) => ({ date: input.date, announcedBy: ctx.principal.kind === 'person' ? 'person' : ctx.principal.role }),
  apply: (doc, p) => ({ ...doc, ownDeparture: { status: doc.ownDeparture.status, announcedDate: p.date, announcedBy: p.announcedBy } }),
});

export const confirm = defineAction({
  id: 'own-departure.confirm',
  process: 'own-departure',
  title: 'Confirm the exit (police)',
  description:
    'The police confirm the day the household left Norway, announced or not. The case is then departed; when the decision includes an expulsion its entry ban is recorded (now, if not before), and each entry ban not yet running starts as the re-entry rules say (from the exit when the person was in Norway at the expulsion).',
  source: 'seed-001: "The prohibition on entry applies from the day you leave Norway and the Schengen area."',
  roles: ['police'],
  from: ['none', 'announced'],
  to: 'confirmed',
  also: { confirmed: { case: 'departed', 'after-departure': 'departed' } },
  input: z.strictObject({
    date: isoDateSchema.describe('The day the household left Norway'),
    destination: countryCode.describe('The country the household left for'),
    entryBan: entryBanInput,
  }),
  guard: caseOpen,
  check: (doc, input, ctx) => {
    precondition(input.date <= ctx.today, 'exit-not-in-future', 'An exit cannot be confirmed before it happens');
    precondition(input.date >= doc.decision.date, 'exit-not-before-decision', 'An exit before the decision is not a departure under it');
    assertEntryBan(doc, input.entryBan);
  },
  prepare: (doc, input, ctx) => {
    // As of today: a ban decided after the exit (the person was abroad) is known today, not on the exit day.
    const { bans, entryBanAnswer } = entryBansFrom(doc, input.entryBan, { date: input.date, forced: false, asOf: ctx.today });
    return {
      date: input.date,
      destination: input.destination,
      announced: doc.ownDeparture.status === 'announced',
      entryBans: bans,
      ...(entryBanAnswer === null ? {} : { entryBanAnswer }),
    };
  },
  apply: (doc, p) => ({
    ...doc,
    ownDeparture: { ...doc.ownDeparture, confirmedDate: p.date },
    departure: { date: p.date, type: 'own', destination: p.destination },
    entryBans: p.entryBans,
  }),
});

export const ownDepartureActions = [announce, confirm] as const;
