/**
 * After departure (seeds 000 and 001; entry bans in utlendingsloven §§ 66–71, the costs of a deportation in
 * § 91): the person pays back the deportation debt, the police check at the border whether the person may
 * come back, and the person asks to correct a registration as moved in the National Registry. The registration itself is recorded by UDI while the case is open or after
 * the departure (`registry.record-moved`, in the case process): a person who must leave is registered as
 * moved whether or not they have left yet (seed 001: "you will be registered as moved from Norway").
 *
 *   after-departure: departed ─record-repayment / check-re-entry / request-correction→ departed
 */
import { z } from 'zod';
import { isoDateSchema } from '../../rules/engine/output.ts';
import { destinations } from '../../rules/re-entry/re-entry.ts';
import { recorded, type CaseDoc, type Departure, type StoredRuleAnswer } from '../model.ts';
import { defineAction, precondition } from '../process.ts';
import { ask } from '../rules.ts';

/** The departure, which the after-departure state guarantees. */
function departureOf(doc: CaseDoc): Departure {
  if (doc.departure === null) throw new Error(`Case ${doc.id} has no departure in the after-departure process`);
  return doc.departure;
}

const toOre = (nok: number) => Math.round(nok * 100);

/** What the person still owes: the deportation costs less the repayments, counted in whole øre. */
export function debtBalance(debt: Pick<CaseDoc['debt'], 'costs' | 'repayments'>): number {
  const ore = debt.costs.reduce((sum, c) => sum + toOre(c.amount), 0) - debt.repayments.reduce((sum, r) => sum + toOre(r.amount), 0);
  return ore / 100;
}

export const recordRepayment = defineAction({
  id: 'debt.record-repayment',
  process: 'after-departure',
  title: 'Record a repayment of the deportation debt',
  description: 'The police record an amount the person has paid back of the costs of their deportation; the balance is recomputed.',
  source: 'seed-000: "The Norwegian authorities will pay the cost on your behalf if you do not have enough money. That then becomes a debt you must pay back."',
  roles: ['police'],
  from: ['departed'],
  input: z.strictObject({
    amountNok: z.number().positive().max(100_000_000).multipleOf(0.01).describe('The amount paid back, in NOK (at most two decimals)'),
    paidOn: isoDateSchema.optional().describe('The day it was paid (default today)'),
  }),
  guard: (doc) => precondition(debtBalance(doc.debt) > 0, 'debt-owed', 'The person owes nothing for their deportation'),
  check: (doc, input, ctx) => {
    const balance = debtBalance(doc.debt);
    precondition(toOre(input.amountNok) <= toOre(balance), 'not-more-than-owed', `The repayment is more than the ${balance} NOK owed`);
    const paidOn = input.paidOn ?? ctx.today;
    precondition(paidOn <= ctx.today, 'repayment-not-in-future', 'A repayment cannot be recorded before it is made');
    precondition(paidOn >= departureOf(doc).date, 'repayment-after-departure', 'The debt arises with the deportation: a repayment cannot be dated before it');
  },
  prepare: (_doc, input, ctx) => ({ on: input.paidOn ?? ctx.today, amount: input.amountNok }),
  apply: (doc, p) => {
    const repayments = [...doc.debt.repayments, { on: p.on, amount: p.amount }];
    return { ...doc, debt: { ...doc.debt, repayments, balance: debtBalance({ costs: doc.debt.costs, repayments }) } };
  },
});

/** The re-entry rules' facts, from the case: its departure, its entry bans, its costs and repayments. */
function reEntryFacts(doc: CaseDoc, plannedEntryDate: string, destination: (typeof destinations)[number]) {
  const departure = departureOf(doc);
  return {
    plannedEntryDate,
    destination,
    returns: [{ date: departure.date, forced: departure.type === 'forced' }],
    // The rules work out when each ban runs from the decision and the departure (a ban's `from` on the case is
    // their earlier answer on the same facts).
    expulsions: doc.entryBans.map((ban) => ({
      decisionDate: ban.decisionDate,
      banLength: ban.length,
      scope: ban.scope,
      inNorwayAtDecision: departure.date >= ban.decisionDate,
      departureDate: departure.date,
    })),
    deportationCosts: doc.debt.costs.filter((c) => c.amount > 0).map((c) => ({ date: c.on, amountNok: c.amount })),
    repayments: doc.debt.repayments.filter((r) => r.amount > 0).map((r) => ({ date: r.on, amountNok: r.amount })),
  };
}

export const checkReEntry = defineAction({
  id: 're-entry.check',
  process: 'after-departure',
  title: 'Check re-entry at the border',
  description:
    'At the border the police ask the re-entry rules whether the person may enter on the planned day: an entry ban in force bars entry; unpaid deportation costs may lead to refusal of entry; otherwise nothing bars it. The answer is stored with its trace in the event; the case keeps the answer.',
  source:
    'seed-000: "If you do not pay back the money you owe the Norwegian authorities, you may be refused entry if you try to come back to Norway at a later date."',
  roles: ['police'],
  from: ['departed'],
  input: z.strictObject({
    plannedEntryDate: isoDateSchema.optional().describe('The day the person wants to enter (default today)'),
    destination: z.enum(destinations).default('norway').describe('Norway, or another Schengen country (a Norway-only ban does not stop that)'),
  }),
  check: (_doc, input, ctx) => {
    precondition((input.plannedEntryDate ?? ctx.today) >= ctx.today, 'entry-not-in-past', 'A re-entry check is for today or a day to come');
  },
  prepare: (doc, input, ctx) => {
    const plannedEntryDate = input.plannedEntryDate ?? ctx.today;
    const answer: StoredRuleAnswer = ask('re-entry', reEntryFacts(doc, plannedEntryDate, input.destination));
    return { on: ctx.today, outcome: String(answer.answer.outcome), answer };
  },
  apply: (doc, p, event) => ({ ...doc, reEntryChecks: [...doc.reEntryChecks, { on: p.on, outcome: p.outcome, answer: recorded(p.answer, event) }] }),
});

/**
 * The registry-correction rules' answer for a registration as moved, on a day: whether UDI's correction form
 * applies to it (a registration made on or after 1 October 2017, when UDI and UNE decide them).
 */
function registryCorrection(movedOn: string, on: string): StoredRuleAnswer {
  return ask('registry-correction', { date: on, registeredAsMovedOn: movedOn });
}

export const requestCorrection = defineAction({
  id: 'registry.request-correction',
  process: 'after-departure',
  title: 'Ask to correct a registration as moved',
  description:
    'The person, or their lawyer, believes the immigration authorities were wrong to register them as moved from Norway in the National Registry and asks for it to be corrected (UDI’s form). Only for registrations made on or after 1 October 2017.',
  source:
    'seed-001: "If you were registered as moved in the National Registry after 1 October 2017, and you believe that the immigration authorities have made a mistake, you must fill in and submit a form that you will find on UDI’s website."',
  roles: ['person', 'lawyer'],
  from: ['departed'],
  input: z.strictObject({ reason: z.string().trim().min(1).max(4000).describe('Why the registration is believed to be a mistake') }),
  guard: (doc, ctx) => {
    const { status, movedOn, correction } = doc.registry;
    precondition(status === 'moved' && movedOn !== undefined, 'registered-as-moved', 'The person is not registered as moved in the National Registry');
    precondition(
      movedOn !== undefined && registryCorrection(movedOn, ctx.today).answer.correctionForm === true,
      'registered-from-2017-10-01',
      'Only a registration as moved made on or after 1 October 2017 can be corrected with UDI’s form',
    );
    precondition(correction === undefined, 'correction-not-requested', 'A correction of this registration has already been requested');
  },
  prepare: (doc, input, ctx) => ({
    requestedOn: ctx.today,
    reason: input.reason,
    // Kept with the event (not on the case): what the request rested on.
    registryCorrection: registryCorrection(doc.registry.movedOn!, ctx.today),
  }),
  apply: (doc, p) => ({ ...doc, registry: { ...doc.registry, correction: { requestedOn: p.requestedOn, reason: p.reason } } }),
});

export const recordMoved = defineAction({
  id: 'registry.record-moved',
  process: 'case',
  title: 'Record the registration as moved',
  description:
    'UDI (or UNE) records that the person, who has a Norwegian personal identity number from an earlier permit, is registered as moved from Norway in the National Registry, and on which day. It may come before or after the departure.',
  source:
    'seed-001: "If you have previously held a residence permit in Norway and therefore have a Norwegian personal identity number, you will be registered as moved from Norway in the National Registry."',
  roles: ['udi', 'une'],
  from: ['open', 'departed'],
  input: z.strictObject({ movedOn: isoDateSchema.describe('The day of the registration as moved') }),
  guard: (doc) => precondition(doc.registry.status !== 'moved', 'not-registered-as-moved', 'The person is already registered as moved'),
  check: (_doc, input, ctx) => {
    precondition(input.movedOn <= ctx.today, 'moved-not-in-future', 'A registration cannot be recorded before it is made');
  },
  prepare: (_doc, input) => ({ movedOn: input.movedOn }),
  apply: (doc, p) => ({ ...doc, registry: { status: 'moved', movedOn: p.movedOn } }),
});

export const afterDepartureActions = [recordRepayment, checkReEntry, requestCorrection, recordMoved] as const;
