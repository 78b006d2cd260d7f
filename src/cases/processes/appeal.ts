/**
 * Appeal and deferred implementation (seed 001; utlendingsloven § 90, forvaltningsloven § 42). Two processes that run side by side:
 *
 *   appeal     none ─register→ registered ─decide→ upheld (a new deadline may follow) | reversed (case closed)
 *   deferral   none ─request→ requested ─grant→ granted (may stay until UNE decides)
 *                                        └─deny→  denied  (staying illegally: must leave now)
 *
 * A request for deferred implementation needs an appeal that UNE has not decided yet, and is answered only
 * while that appeal is pending. The first-instance body (UDI) or the appeal body (UNE) answers it
 * (forvaltningsloven § 42). When UNE decides the appeal, a deferral ends with it: a granted one
 * is replaced by the new deadline UNE gives, and a request still unanswered is moot (UNE may decide the
 * appeal without answering it first: utlendingsloven § 90 on decisions under § 32 (1) b). No extra state is kept for that: the
 * appeal's state says it.
 *
 * What the person must do now (leave now, by a date, or may stay) is the `departure-situation` rule set's
 * answer on these states; `mayRemainWhileUneConsiders` is the one fact the police need from here.
 */
import { z } from 'zod';
import { isoDateSchema } from '../../rules/engine/output.ts';
import type { CaseDoc } from '../model.ts';
import { defineAction, precondition, type ActionContext } from '../process.ts';

/** The person may stay in Norway for now: deferred implementation was granted and UNE has not decided yet. */
export function mayRemainWhileUneConsiders(doc: CaseDoc): boolean {
  return doc.appeal.status === 'registered' && doc.deferral.status === 'granted';
}

const reasons = z.string().trim().min(1).max(4000);

export const register = defineAction({
  id: 'appeal.register',
  process: 'appeal',
  title: 'Register an appeal to UNE',
  description:
    'Registers the appeal against the decision that the household must leave. Only a first-instance decision (by UDI or the police) can be appealed to UNE; UNE’s own decisions and a stay without permission cannot.',
  source: 'seed-001: "You can ask to remain in Norway while we consider your appeal. This is called deferred implementation."',
  roles: ['person', 'lawyer', 'guardian', 'une'],
  from: ['none'],
  to: 'registered',
  input: z.strictObject({
    registeredOn: isoDateSchema.optional().describe('The day the appeal was lodged (default today)'),
    grounds: z.string().trim().max(4000).default('').describe('The grounds of the appeal, as far as given'),
  }),
  guard: (doc) => {
    precondition(doc.status !== 'closed', 'case-not-closed', 'The case is closed: there is no decision left to appeal');
    // UNE is the appeal body (utlendingsloven § 76) for decisions of UDI and the police; UNE's own decision is final, and
    // "staying without permission" is no new decision but an earlier deadline that has passed (seed 001: "That
    // means that you have previously been given a deadline for leaving the country").
    precondition(
      doc.decision.authority !== 'une' && doc.decision.kind !== 'staying-without-permission',
      'decision-appealable-to-une',
      'Only a decision made by UDI or the police can be appealed to UNE',
    );
  },
  check: (doc, input, ctx) => {
    const date = input.registeredOn ?? ctx.today;
    precondition(date <= ctx.today, 'appeal-not-in-future', 'An appeal cannot be dated in the future');
    precondition(date >= doc.decision.date, 'appeal-after-decision', 'An appeal cannot be lodged before the decision it appeals');
  },
  prepare: (_doc, input, ctx) => ({
    registeredOn: input.registeredOn ?? ctx.today,
    grounds: input.grounds,
    registeredBy: ctx.principal.kind === 'person' ? 'person' : ctx.principal.role,
  }),
  apply: (doc, p) => ({ ...doc, appeal: { ...doc.appeal, registeredOn: p.registeredOn } }),
});

const upheld = z.strictObject({
  outcome: z.literal('upheld').describe('UNE upholds the decision: the household must leave'),
  newDeadline: isoDateSchema
    .nullable()
    .optional()
    .describe(
      'A new deadline for leaving; required when the person was allowed to remain while UNE considered the appeal. Null: leave immediately. Left out: the earlier deadline stands',
    ),
  reasons,
});
const reversed = z.strictObject({
  outcome: z.literal('reversed').describe('UNE reverses the decision: the household may stay'),
  reasons,
});

export const decide = defineAction({
  id: 'appeal.decide',
  process: 'appeal',
  title: 'Decide the appeal (UNE)',
  description:
    'UNE upholds the decision (with a new deadline for leaving when the person was allowed to remain meanwhile) or reverses it (the household may stay and the case is closed). A deferral ends with the decision.',
  source:
    'seed-001: "If you have been allowed to remain in Norway while we consider your case, we will give you a deadline for leaving the country. The deadline is written on the first page of the decision."',
  roles: ['une'],
  from: ['registered'],
  // Reversed: the household may stay, so there is nothing left to return and the case closes.
  to: ['upheld', 'reversed'],
  also: { reversed: { case: 'closed' } },
  input: z.discriminatedUnion('outcome', [upheld, reversed]),
  check: (doc, input, ctx) => {
    if (input.outcome !== 'upheld') return;
    precondition(
      doc.deferral.status !== 'granted' || typeof input.newDeadline === 'string',
      'new-deadline-after-deferral',
      'The person was allowed to remain while UNE considered the appeal: upholding the decision gives a new deadline for leaving',
    );
    precondition(
      typeof input.newDeadline !== 'string' || input.newDeadline >= ctx.today,
      'new-deadline-not-past',
      'The new deadline for leaving cannot be before the day of the decision',
    );
  },
  prepare: (_doc, input, ctx) => ({
    decidedOn: ctx.today,
    outcome: input.outcome,
    // `undefined` keeps the earlier deadline (see currentDeadline in model.ts).
    newDeadline: input.outcome === 'upheld' ? input.newDeadline : undefined,
    reasons: input.reasons,
  }),
  // The outcome in the payload picks which of `to`.
  target: (p) => p.outcome,
  apply: (doc, p) => ({
    ...doc,
    appeal: {
      ...doc.appeal,
      decidedOn: p.decidedOn,
      reasons: p.reasons,
      ...(p.newDeadline === undefined ? {} : { newDeadline: p.newDeadline }),
    },
  }),
});

/** Only an appeal UNE has registered and not yet decided can carry a request for deferred implementation. */
function appealPending(doc: CaseDoc): void {
  precondition(doc.appeal.status === 'registered', 'appeal-pending', 'Deferred implementation concerns an appeal UNE has not decided yet');
}

export const requestDeferral = defineAction({
  id: 'deferral.request',
  process: 'deferral',
  title: 'Request deferred implementation',
  description: 'The person asks to remain in Norway while UNE considers the appeal.',
  source:
    'seed-001: "You can ask to remain in Norway while we consider your appeal. This is called deferred implementation. You will be notified whether you can remain in Norway or not while we consider your appeal."',
  roles: ['person', 'lawyer', 'guardian'],
  from: ['none'],
  to: 'requested',
  input: z.strictObject({
    requestedOn: isoDateSchema.optional().describe('The day the request was made (default today)'),
    grounds: z.string().trim().max(4000).default(''),
  }),
  guard: (doc) => appealPending(doc),
  check: (doc, input, ctx) => {
    const date = input.requestedOn ?? ctx.today;
    precondition(date <= ctx.today, 'request-not-in-future', 'A request cannot be dated in the future');
    precondition(
      doc.appeal.registeredOn === undefined || date >= doc.appeal.registeredOn,
      'request-not-before-appeal',
      'Deferred implementation is asked for with or after the appeal',
    );
  },
  prepare: (_doc, input, ctx) => ({
    requestedOn: input.requestedOn ?? ctx.today,
    grounds: input.grounds,
    requestedBy: ctx.principal.kind === 'person' ? 'person' : ctx.principal.role,
  }),
  apply: (doc, p) => ({ ...doc, deferral: { ...doc.deferral, requestedOn: p.requestedOn } }),
});

/** Who answered: the action's roles are UNE and UDI only. */
const answeredBy = (ctx: ActionContext): 'une' | 'udi' => (ctx.principal.kind === 'staff' && ctx.principal.role === 'udi' ? 'udi' : 'une');

export const grantDeferral = defineAction({
  id: 'deferral.grant',
  process: 'deferral',
  title: 'Grant deferred implementation',
  description:
    'UDI (the first-instance body) or UNE (the appeal body) allows the person to remain in Norway until UNE has decided the appeal; a new deadline follows the decision.',
  source: 'seed-001: "If you are allowed to remain in Norway while we consider your case, you can stay until UNE has made a decision."',
  roles: ['une', 'udi'],
  from: ['requested'],
  to: 'granted',
  input: z.strictObject({ reasons: z.string().trim().max(4000).default('') }),
  guard: (doc) => appealPending(doc),
  prepare: (_doc, input, ctx) => ({
    decidedOn: ctx.today,
    decidedBy: answeredBy(ctx),
    reasons: input.reasons,
  }),
  apply: (doc, p) => ({ ...doc, deferral: { ...doc.deferral, ...p } }),
});

export const denyDeferral = defineAction({
  id: 'deferral.deny',
  process: 'deferral',
  title: 'Deny deferred implementation',
  description:
    'UDI or UNE refuses to let the person remain while UNE considers the appeal: the person is staying illegally and must leave immediately. The answer is given with reasons (the Parliamentary Ombud on UNE’s handling of requests for deferred implementation).',
  source:
    'seed-001: "If you have not been allowed to remain in Norway while UNE considers your case, you are staying here illegally and must leave Norway immediately."',
  roles: ['une', 'udi'],
  from: ['requested'],
  to: 'denied',
  input: z.strictObject({ reasons: reasons.describe('Why the person may not remain (required: a denial is answered in writing with reasons)') }),
  guard: (doc) => appealPending(doc),
  prepare: (_doc, input, ctx) => ({
    decidedOn: ctx.today,
    decidedBy: answeredBy(ctx),
    reasons: input.reasons,
  }),
  apply: (doc, p) => ({ ...doc, deferral: { ...doc.deferral, ...p } }),
});

export const appealActions = [register, decide, requestDeferral, grantDeferral, denyDeferral] as const;
