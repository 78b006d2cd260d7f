/**
 * The entry ban of an expulsion, for every way of leaving: carried out by the police (forced-return.ts) or on
 * one's own (own-departure.ts). The ban's length and scope are recorded when the household leaves, if they
 * were not recorded before; when it runs is the re-entry rules' answer, stored with the event.
 *
 * seed 001: "The prohibition on entry applies from the day you leave Norway and the Schengen area."
 */
import { z } from 'zod';
import { banResultSchema, banScopes } from '../../rules/re-entry/re-entry.ts';
import { banLengths } from '../../rules/re-entry/re-entry.parameters.ts';
import type { CaseDoc, EntryBan, StoredRuleAnswer } from '../model.ts';
import { precondition } from '../process.ts';
import { ask } from '../rules.ts';

/** The entry ban of the expulsion, as an action's input gives it. */
export const entryBanInput = z
  .strictObject({
    length: z.literal(banLengths).describe('1, 2, 5 or 10 years (10 only for decisions from 20 June 2016), or "permanent"'),
    scope: z.enum(banScopes).describe('Norway only, or the whole Schengen area'),
  })
  .optional()
  .describe('The entry ban of the expulsion; it runs from the departure date');
export type EntryBanInput = z.output<typeof entryBanInput>;

/** The decision includes an expulsion, and so an entry ban. */
export const isExpulsion = (doc: CaseDoc): boolean => doc.decision.kind === 'expelled' || doc.decision.expelled;

/** The household's citizenships: whether one is an EU/EEA country's on the decision date is the re-entry rules' to say. */
const householdCitizenships = (doc: CaseDoc) => [...new Set(doc.household.flatMap((p) => p.citizenships))];

const warningsSchema = z.array(z.object({ code: z.string() }).loose());

/**
 * An entry ban may be given only for an expulsion, and an expulsion must have one (given now, or recorded
 * before and not yet running). Whether its length is one the law allowed on the day of the expulsion decision
 * (utlendingsforskriften § 14-2), and for a citizen of an EU/EEA country not less than the § 124 minimum, is
 * the re-entry rules' question: a ban recorded now that they would answer only with a warning is refused, so
 * the case never records a length the law did not allow.
 */
export function assertEntryBan(doc: CaseDoc, given: EntryBanInput): void {
  const pending = doc.entryBans.some((b) => b.from === null);
  if (!isExpulsion(doc)) {
    precondition(given === undefined, 'entry-ban-needs-expulsion', 'An entry ban follows only an expulsion, and the decision includes none');
    return;
  }
  precondition(given !== undefined || pending, 'entry-ban-required', 'The decision includes an expulsion: record its entry ban (length and scope)');
  if (given === undefined) return;
  const decisionDate = doc.decision.date;
  const answer = ask('re-entry', {
    plannedEntryDate: decisionDate,
    expulsions: [{ decisionDate, banLength: given.length, scope: given.scope, citizenships: householdCitizenships(doc) }],
  });
  const warned = new Set(warningsSchema.parse(answer.answer.warnings).map((w) => w.code));
  precondition(
    !warned.has('length-not-allowed-on-decision-date'),
    'entry-ban-length-allowed',
    `An entry ban of ${String(given.length)} years was not a length the law allowed on ${decisionDate}`,
  );
  precondition(
    !warned.has('eea-ban-under-minimum'),
    'entry-ban-eea-minimum',
    'A citizen of an EU/EEA country cannot be banned for less than the minimum the law sets',
  );
}

/**
 * The case's entry bans once the household has left on `date`: each ban not yet running (from === null) starts,
 * and the ban given now is added. When they run is the re-entry rules' answer as of `asOf` (the ban runs from
 * the departure when the person was in Norway at the decision, from the decision otherwise), stored with the
 * event.
 */
export function entryBansFrom(
  doc: CaseDoc,
  given: EntryBanInput,
  departure: { readonly date: string; readonly forced: boolean; readonly asOf: string },
): { bans: EntryBan[]; entryBanAnswer: StoredRuleAnswer | null } {
  const { date, forced, asOf } = departure;
  const added: EntryBan | null = given ? { decisionDate: doc.decision.date, length: given.length, scope: given.scope, from: null, until: null } : null;
  const all = added ? [...doc.entryBans, added] : [...doc.entryBans];
  const waiting = all.map((ban, index) => ({ ban, index })).filter(({ ban }) => ban.from === null);
  if (waiting.length === 0) return { bans: all, entryBanAnswer: null };
  const answer = ask('re-entry', {
    plannedEntryDate: asOf,
    returns: [{ date, forced }],
    expulsions: waiting.map(({ ban }) => ({
      decisionDate: ban.decisionDate,
      banLength: ban.length,
      scope: ban.scope,
      inNorwayAtDecision: date >= ban.decisionDate,
      departureDate: date,
      // Only the ban given now was checked against the EU/EEA minimum (assertEntryBan).
      citizenships: ban === added ? householdCitizenships(doc) : [],
    })),
  });
  const periods = z.array(banResultSchema).parse(answer.answer.bans);
  const bans = all.map((ban, index) => {
    const k = waiting.findIndex((w) => w.index === index);
    if (k < 0) return ban;
    const period = periods[k];
    if (!period) throw new Error(`The re-entry rules gave no period for entry ban ${index}`);
    return { ...ban, from: period.start, until: period.lastDay };
  });
  return { bans, entryBanAnswer: answer };
}
