/**
 * Reforms, the OpenFisca way: a "what if" on the law as coded, without editing it. A reform has a name, the
 * day it would take effect, and changes:
 *
 * - to dated parameters: a new value from a date (and optionally until a date, after which the law's value
 *   comes back: a campaign); countries added to or removed from a list of country codes; a parameter ended
 *   at a date (as a `null` value ends one in the law);
 * - to rules: a rule switched off from a date, but only a rule its rule set lists in `reformable.rules`; an
 *   exception added from a date, but only one its rule set declares in `reformable.exceptions` (a rule
 *   marked `addable`, with its source, that never applies under the law).
 *
 * `applyReform` splices the changes into the law's values and checks the result as `defineParameter` checks
 * the law: no gap (a change where the law has no value to change), no overlap (two changes of one parameter
 * or rule on the same day), no value of the wrong type. Each refusal is a coded RulesError naming the change
 * by its JSON Pointer (`/parameters/0`) and the parameter or rule. The result (`ReformedLaw`) is given to a
 * rule set's `evaluate` as `{ reform }`; every value the reform set is marked in the trace with its name.
 *
 * Pure: the reform is data, parsed at the edge with `reformSchema`.
 */
import { z } from 'zod';
import { addDays, type IsoDate } from './engine/dates.ts';
import { RulesError } from './engine/errors.ts';
import { isoDateSchema } from './engine/output.ts';
import type { Parameter, ParameterValue } from './engine/parameter.ts';
import type { ReformedLaw } from './engine/reformed.ts';
import type { Source } from './engine/source.ts';
import { countryCode } from './common/countries.ts';
import { ruleSets, type AnyRuleSet } from './index.ts';

const id = z.string().min(1).max(200);
const changeSource = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .optional()
  .describe('Where the change comes from (a draft circular, a proposal); shown as the source of every value it sets');
const from = isoDateSchema.optional().describe('The first day of the change (default: the day the reform takes effect)');
const until = isoDateSchema.optional().describe('The last day of the change; the law’s value comes back the day after (default: no end)');

const valueChange = z
  .strictObject({
    change: z.literal('value'),
    parameter: id.describe('The parameter’s id, as docs/rules.md lists it'),
    from,
    until,
    value: z.unknown().describe('The new value: of the parameter’s type (an amount, a number of years, a list of country codes)'),
    source: changeSource,
  })
  .describe('A new value of a parameter from a date');

const listChange = z
  .strictObject({
    change: z.literal('list'),
    parameter: id.describe('The id of a parameter that is a list of country codes'),
    from,
    until,
    add: z.array(countryCode).max(300).default([]).describe('Country codes to add to the list (ISO 3166-1 alpha-2, XK for Kosovo)'),
    remove: z.array(countryCode).max(300).default([]).describe('Country codes to take off the list'),
    source: changeSource,
  })
  .describe('Countries added to or removed from a list of country codes, from a date');

const endChange = z
  .strictObject({
    change: z.literal('end'),
    parameter: id.describe('The parameter’s id'),
    from: isoDateSchema.optional().describe('The day the parameter ends: no value is in force from then (default: the day the reform takes effect)'),
    source: changeSource,
  })
  .describe('A parameter ended at a date, as a `null` value ends one in the law');

/** A change of a rule: which rule, from which day. */
const ruleChange = <C extends string>(change: C, rule: string, from: string, what: string) =>
  z
    .strictObject({
      change: z.literal(change),
      rule: id.describe(rule),
      from: isoDateSchema.optional().describe(`${from} (default: the day the reform takes effect)`),
      source: changeSource,
    })
    .describe(what);

const switchOff = ruleChange(
  'switch-off',
  'The id of a rule its rule set lets a reform switch off (docs/rules.md)',
  'The first day the rule is off',
  'A rule switched off from a date',
);
const addException = ruleChange(
  'add-exception',
  'The id of an exception its rule set lets a reform add (docs/reforms.md)',
  'The first day the exception holds',
  'An exception added from a date, from the list its rule set declares',
);

export const reformSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200).describe('The reform’s name, shown in every trace and report made under it'),
    description: z.string().trim().max(4000).optional().describe('What the reform is, for the reader'),
    effective: isoDateSchema.describe('The day the reform would take effect'),
    parameters: z
      .array(z.discriminatedUnion('change', [valueChange, listChange, endChange]))
      .max(200)
      .default([])
      .describe('Changes to dated parameters'),
    rules: z
      .array(z.discriminatedUnion('change', [switchOff, addException]))
      .max(200)
      .default([])
      .describe('Rules switched off, and exceptions added'),
  })
  .superRefine((reform, ctx) => {
    reform.parameters.forEach((change, i) => {
      const start = change.from ?? reform.effective;
      if (start < reform.effective)
        ctx.addIssue({
          code: 'custom',
          path: ['parameters', i, 'from'],
          message: `a change cannot start before the reform takes effect (${reform.effective})`,
        });
      if (change.change !== 'end' && change.until !== undefined && change.until < start) {
        ctx.addIssue({ code: 'custom', path: ['parameters', i, 'until'], message: 'the last day of a change cannot be before its first' });
      }
      if (change.change === 'list' && change.add.length + change.remove.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['parameters', i], message: 'a list change adds or removes at least one country' });
      }
      if (change.change === 'list' && change.add.some((code) => change.remove.includes(code))) {
        ctx.addIssue({ code: 'custom', path: ['parameters', i, 'remove'], message: 'a country cannot be both added and removed' });
      }
    });
    reform.rules.forEach((change, i) => {
      if ((change.from ?? reform.effective) < reform.effective) {
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'from'], message: `a change cannot start before the reform takes effect (${reform.effective})` });
      }
    });
  })
  .meta({
    id: 'Reform',
    description:
      'A "what if" on the rules: changes to dated parameters, rules switched off and exceptions added, checked like the parameters themselves (docs/reforms.md)',
  });

export type Reform = z.output<typeof reformSchema>;
type ParameterChange = Reform['parameters'][number];

/** Every parameter the rule sets read, by id (a parameter two rule sets share is one). */
export function parametersById(sets: readonly AnyRuleSet[] = ruleSets): ReadonlyMap<string, Parameter<unknown>> {
  const byId = new Map<string, Parameter<unknown>>();
  for (const set of sets) for (const parameter of set.parameters) byId.set(parameter.id, parameter);
  return byId;
}

type Kind = 'number' | 'integer' | 'country-list' | 'other';

/** What a reform may put in a parameter: the kind of the law's values. */
function kindOf(parameter: Parameter<unknown>): Kind {
  const values = parameter.values.map((v) => v.value).filter((v) => v !== null);
  if (values.every((v) => typeof v === 'number')) return values.every((v) => Number.isInteger(v)) ? 'integer' : 'number';
  if (parameter.unit === 'country codes' && values.every((v) => Array.isArray(v) && v.every((c) => typeof c === 'string'))) return 'country-list';
  return 'other';
}

const valueSchemas: Record<Exclude<Kind, 'other'>, z.ZodType> = {
  integer: z.number().int().nonnegative(),
  number: z.number().nonnegative(),
  'country-list': z.array(countryCode).max(300),
};

const kindLabel: Record<Kind, string> = {
  integer: 'a whole number (0 or more)',
  number: 'a number (0 or more)',
  'country-list': 'a list of ISO 3166-1 alpha-2 country codes',
  other: 'a value no reform can change',
};

function reformError(code: ConstructorParameters<typeof RulesError>[0], message: string, details: Record<string, unknown>): never {
  throw new RulesError(code, message, details);
}

/** The value in force on a date in a list of values: undefined before the first value, null after an end. */
function inForce(values: readonly ParameterValue<unknown>[], date: IsoDate): ParameterValue<unknown> | undefined {
  for (let i = values.length - 1; i >= 0; i--) if (values[i]!.from <= date) return values[i];
  return undefined;
}

const sorted = (codes: Iterable<string>) => Object.freeze([...new Set(codes)].sort());

/** One change spliced into a parameter's values (already reformed by the changes before it). */
function splice(
  reform: Reform,
  change: ParameterChange,
  path: string,
  parameter: Parameter<unknown>,
  values: readonly ParameterValue<unknown>[],
): ParameterValue<unknown>[] {
  const start = change.from ?? reform.effective;
  const last = change.change === 'end' ? undefined : change.until;
  const resume = last === undefined ? undefined : addDays(last, 1);
  const source: Source = {
    document: 'reform',
    quote: change.source ?? reform.name,
    note: `Not the law: the value the reform "${reform.name}" would set${reform.description === undefined ? '' : ` (${reform.description})`}.`,
  };
  const details = { path, parameter: parameter.id, from: start };
  const before = values.filter((v) => v.from < start);
  const inside = values.filter((v) => v.from >= start && (resume === undefined || v.from < resume));
  const after = resume === undefined ? [] : values.filter((v) => v.from >= resume);
  const atStart = inForce(values, start);

  let spliced: ParameterValue<unknown>[];
  if (change.change === 'end') {
    if (atStart === undefined || atStart.value === null) {
      reformError('RULES_REFORM_GAP', `${path}: ${parameter.id} has no value on ${start} to end`, details);
    }
    spliced = [{ from: start, value: null, source, reform: reform.name }];
  } else if (change.change === 'value') {
    spliced = [{ from: start, value: change.value, source, reform: reform.name }];
  } else {
    const edit = (v: ParameterValue<unknown> | undefined, day: IsoDate): ParameterValue<unknown> => {
      if (v === undefined || v.value === null) {
        reformError('RULES_REFORM_GAP', `${path}: ${parameter.id} has no list in force on ${day} to change`, { ...details, date: day });
      }
      const list = new Set(v.value as readonly string[]);
      for (const code of change.add) list.add(code);
      for (const code of change.remove) list.delete(code);
      return { from: day, value: sorted(list), source, reform: reform.name };
    };
    spliced = [edit(atStart, start), ...inside.filter((v) => v.from > start).map((v) => edit(v, v.from))];
    const lists = [atStart, ...inside].flatMap((v) => (v?.value ? [v.value as readonly string[]] : []));
    const noEffect = [...change.add.filter((c) => lists.every((l) => l.includes(c))), ...change.remove.filter((c) => lists.every((l) => !l.includes(c)))];
    if (noEffect.length > 0) {
      reformError(
        'RULES_REFORM_NO_EFFECT',
        `${path}: ${noEffect.join(', ')} ${noEffect.length === 1 ? 'is' : 'are'} already ${change.add.includes(noEffect[0]!) ? 'on' : 'off'} ${parameter.id} throughout the change`,
        { ...details, countries: noEffect },
      );
    }
  }

  if (resume !== undefined && after[0]?.from !== resume) {
    // The law's value comes back the day after the change ends.
    const back = inForce(values, resume);
    if (back === undefined) {
      reformError('RULES_REFORM_GAP', `${path}: ${parameter.id} would have no value from ${resume} until the law's first value (${values[0]!.from})`, {
        ...details,
        date: resume,
      });
    }
    spliced.push({ ...back, from: resume });
  }
  const result = [...before, ...spliced, ...after];
  if (result[0]!.value === null) reformError('RULES_REFORM_GAP', `${path}: ${parameter.id} would start with an end`, details);
  result.forEach((v, i) => {
    if (i > 0 && v.value === null && result[i - 1]!.value === null) {
      reformError('RULES_REFORM_GAP', `${path}: ${parameter.id} has already ended on ${v.from}`, details);
    }
  });
  return result;
}

const periodOf = (reform: Reform, change: { from?: IsoDate; until?: IsoDate }) => ({
  start: change.from ?? reform.effective,
  end: change.until ?? '9999-12-31',
});

/**
 * The law under a reform, for `evaluate(input, { reform })`. Throws a RulesError (RULES_REFORM_UNKNOWN,
 * RULES_REFORM_NOT_ALLOWED, RULES_REFORM_WRONG_TYPE, RULES_REFORM_OVERLAP, RULES_REFORM_GAP,
 * RULES_REFORM_NO_EFFECT) whose details name the change (`path`) and the parameter or rule.
 */
export function applyReform(reform: Reform, sets: readonly AnyRuleSet[] = ruleSets): ReformedLaw {
  const law = parametersById(sets);
  const reformed = new Map<string, Parameter<unknown>>();
  const periods = new Map<string, { path: string; start: IsoDate; end: IsoDate }[]>();
  const overlapCheck = (target: string, path: string, period: { start: IsoDate; end: IsoDate }, what: Record<string, string>) => {
    const earlier = periods.get(target) ?? [];
    const clash = earlier.find((p) => p.start <= period.end && period.start <= p.end);
    if (clash) {
      reformError('RULES_REFORM_OVERLAP', `${path} and ${clash.path} both change ${target} on ${period.start > clash.start ? period.start : clash.start}`, {
        path,
        paths: [clash.path, path],
        ...what,
      });
    }
    periods.set(target, [...earlier, { path, ...period }]);
  };

  reform.parameters.forEach((change, i) => {
    const path = `/parameters/${i}`;
    const parameter = law.get(change.parameter);
    if (!parameter) reformError('RULES_REFORM_UNKNOWN', `${path}: no rule set reads a parameter ${change.parameter}`, { path, parameter: change.parameter });
    const kind = kindOf(parameter);
    if (kind === 'other') {
      reformError('RULES_REFORM_NOT_ALLOWED', `${path}: ${parameter.id} holds ${parameter.unit}, which a reform cannot change`, {
        path,
        parameter: parameter.id,
      });
    }
    if (change.change === 'list' && kind !== 'country-list') {
      reformError('RULES_REFORM_WRONG_TYPE', `${path}: ${parameter.id} is not a list of country codes but ${kindLabel[kind]}`, {
        path,
        parameter: parameter.id,
        expected: kindLabel[kind],
      });
    }
    if (change.change === 'value') {
      const parsed = valueSchemas[kind].safeParse(change.value);
      if (!parsed.success) {
        reformError('RULES_REFORM_WRONG_TYPE', `${path}/value: ${parameter.id} takes ${kindLabel[kind]} (${parameter.unit})`, {
          path: `${path}/value`,
          parameter: parameter.id,
          expected: kindLabel[kind],
        });
      }
      if (kind === 'country-list') change = { ...change, value: sorted(parsed.data as string[]) };
    }
    overlapCheck(parameter.id, path, periodOf(reform, change), { parameter: parameter.id });
    const current = reformed.get(parameter.id) ?? parameter;
    reformed.set(parameter.id, { ...parameter, values: Object.freeze(splice(reform, change, path, parameter, current.values)) });
  });

  const switchable = new Map<string, string>();
  const addable = new Map<string, string>();
  const allRules = new Set<string>();
  for (const set of sets) {
    for (const rule of set.reformable?.rules ?? []) switchable.set(rule, set.id);
    for (const rule of set.reformable?.exceptions ?? []) addable.set(rule, set.id);
    for (const definition of set.definitions) for (const rule of definition.rules) allRules.add(rule.id);
  }
  const switchedOff = new Map<string, IsoDate>();
  const exceptionsAdded = new Map<string, IsoDate>();
  reform.rules.forEach((change, i) => {
    const path = `/rules/${i}`;
    if (!allRules.has(change.rule)) reformError('RULES_REFORM_UNKNOWN', `${path}: no rule set has a rule ${change.rule}`, { path, rule: change.rule });
    if (change.change === 'add-exception') {
      if (!addable.has(change.rule)) {
        reformError('RULES_REFORM_NOT_ALLOWED', `${path}: the rule ${change.rule} is not an exception its rule set lets a reform add`, {
          path,
          rule: change.rule,
        });
      }
      overlapCheck(change.rule, path, periodOf(reform, change), { rule: change.rule });
      exceptionsAdded.set(change.rule, change.from ?? reform.effective);
      return;
    }
    if (!switchable.has(change.rule)) {
      reformError('RULES_REFORM_NOT_ALLOWED', `${path}: the rule ${change.rule} is not one its rule set lets a reform switch off`, { path, rule: change.rule });
    }
    overlapCheck(change.rule, path, periodOf(reform, change), { rule: change.rule });
    switchedOff.set(change.rule, change.from ?? reform.effective);
  });

  return Object.freeze({ name: reform.name, parameters: reformed, switchedOff, exceptionsAdded });
}

/** The rule sets whose answers a reform can change: those that read a parameter it changed or have a rule it switched off. */
export function affectedRuleSets(reformed: ReformedLaw, sets: readonly AnyRuleSet[] = ruleSets): AnyRuleSet[] {
  return sets.filter(
    (set) =>
      set.parameters.some((p) => reformed.parameters.has(p.id)) ||
      set.definitions.some((definition) => definition.rules.some((rule) => reformed.switchedOff.has(rule.id) || reformed.exceptionsAdded.has(rule.id))),
  );
}

/** The rules a reform may switch off and the exceptions it may add, per rule set (for docs and the OpenAPI description). */
export function reformableRules(sets: readonly AnyRuleSet[] = ruleSets): { ruleSet: string; rules: readonly string[]; exceptions: readonly string[] }[] {
  return sets.flatMap((set) => (set.reformable ? [{ ruleSet: set.id, rules: set.reformable.rules, exceptions: set.reformable.exceptions ?? [] }] : []));
}
