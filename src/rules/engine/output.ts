/**
 * Pieces every rule set's output shares: the reasons (rule, source, and the message that says it in plain
 * language: a key in the `rules` namespace of the catalogues with its parameters) and the trace, with their
 * schemas for the OpenAPI document. The rules hold no words: src/i18n turns a message into a sentence in
 * any of its languages (`translateKey(lang, message.key, message.params)`).
 */
import { z } from 'zod';
import type { Decision, Rule } from './rule.ts';
import type { Source } from './source.ts';

/**
 * The values of a message's placeholders: plain JSON. Dates are ISO calendar dates (YYYY-MM-DD) and the
 * message formats them (`{deadline, date, long}`); amounts are numbers in NOK (`{amount, number, nok}`); a
 * parameter whose name is `country` or ends in `Country` is an ISO 3166-1 alpha-2 code, which the formatter
 * turns into the country's name in the language; a choice is a string the message selects on.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A message key (`rules.…`, in src/i18n/messages/en/rules.ts) and the values of its placeholders. */
export interface Message {
  readonly key: string;
  readonly params: MessageParams;
}

export interface Reason extends Message {
  readonly rule: string;
  readonly source: readonly Source[];
}

/** The key of a rule's reason when the rule names none: `rules.` and the rule's id. */
export const ruleMessageKey = (ruleId: string): string => `rules.${ruleId}`;

const NO_PARAMS: MessageParams = Object.freeze({});

/** A message with its key and parameters (none by default). */
export function message(key: string, params: MessageParams = NO_PARAMS): Message {
  return { key, params };
}

/**
 * The reasons for a decision: the rules that decided it and, with `includeDefeated`, the rules that applied
 * but were set aside by an exception (so "normally excluded, but…" can be told), in definition order.
 */
/** The reason a rule gives: built once by defineRules when its explanation does not depend on the facts. */
export function reasonOf<F, E>(rule: Rule<F, E>, facts: F): Reason {
  if (rule.reason !== undefined) return rule.reason;
  return { rule: rule.id, source: rule.source, key: rule.key ?? ruleMessageKey(rule.id), params: rule.params ? rule.params(facts) : NO_PARAMS };
}

export function reasonsOf<F, E>(decision: Decision<F, E>, facts: F, options: { includeDefeated?: boolean } = {}): Reason[] {
  const rules = options.includeDefeated ? decision.applied : decision.decisive;
  const out: Reason[] = new Array<Reason>(rules.length);
  for (let i = 0; i < rules.length; i++) out[i] = reasonOf(rules[i]!, facts);
  return out;
}

export const sourceSchema = z
  .object({ document: z.string(), quote: z.string(), url: z.string().optional(), note: z.string().optional() })
  .meta({ id: 'Source', description: 'A document and the sentence a rule implements, word for word' });

const messageFields = {
  key: z.string().describe('The message key in the `rules` namespace of the catalogues (src/i18n/messages/en/rules.ts); stable'),
  params: z
    .record(z.string(), z.union([z.string(), z.number()]))
    .describe('The values of the message’s placeholders: ISO dates (YYYY-MM-DD), amounts in NOK, ISO 3166-1 country codes (`country`, `…Country`), choices'),
  text: z
    .string()
    .optional()
    .describe(
      'The message in the language of the answer (`?lang=` or Accept-Language, default English; see Content-Language). Filled by the API and the CLI; the rules and the stored case events keep only key and params',
    ),
};

export const messageSchema = z
  .object(messageFields)
  .meta({ id: 'Message', description: 'A plain-language message: its key, its parameters, and its text in the language of the answer' });

export const reasonSchema = z
  .object({ rule: z.string(), source: z.array(sourceSchema), ...messageFields })
  .meta({ id: 'Reason', description: 'A rule that decided the answer, with its source and its plain-language message (key, params, text)' });

export const traceSchema = z
  .object({
    ruleSet: z.string(),
    date: z.string(),
    steps: z.array(z.record(z.string(), z.unknown())),
    parameters: z.array(
      z.object({
        parameter: z.string(),
        date: z.string(),
        inForceFrom: z.string(),
        value: z.unknown(),
        source: sourceSchema,
        reform: z.string().optional().describe('The reform this value came from, when the answer was computed under one'),
      }),
    ),
    reform: z.string().optional().describe('The reform the answer was computed under (absent for the law as it is)'),
  })
  .meta({ id: 'Trace', description: 'Every rule considered, whether it applied and why, and every parameter value read' });

/**
 * The first and the last day any date Retur takes may be. Outside them a date is a typo or an attack: nobody
 * born before 1900 is alive, no decision under the immigration acts is older, and no deadline, ban or
 * statistics month runs past 2199 (a permanent entry ban is a ban without an end, not one ending in 9999).
 * PostgreSQL cannot hold year 0000 at all. The bounds are checked at the edge and shown in the OpenAPI
 * document (`formatMinimum`, `formatMaximum`).
 */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2199-12-31';

/** A YYYY-MM-DD calendar date from `first` to `last` inclusive. */
export function isoDateBetween(first: string, last: string) {
  return z.iso
    .date({ message: 'a calendar date, YYYY-MM-DD', abort: true })
    .refine((date) => date >= first && date <= last, { message: `a date from ${first} to ${last}`, abort: true })
    .meta({ formatMinimum: first, formatMaximum: last });
}

/** A YYYY-MM-DD calendar date from 1900-01-01 to 2199-12-31: every date of birth, decision, deadline and event. */
export const isoDateSchema = isoDateBetween(EARLIEST_DATE, LATEST_DATE);
