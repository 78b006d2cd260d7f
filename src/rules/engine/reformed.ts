/**
 * The law under a reform, as the evaluation context reads it: the parameters the reform changed (each a whole
 * parameter, the law's values with the reform's spliced in) and the rules it switched off, from a date. Made
 * by `applyReform` (src/rules/reform.ts), which checks a reform the way `defineParameter` checks the law.
 */
import type { IsoDate } from './dates.ts';
import type { Parameter } from './parameter.ts';

export interface ReformedLaw {
  /** The reform's name, shown in every trace made under it. */
  readonly name: string;
  /** The parameters the reform changed, by id; every other parameter is read as the law has it. */
  readonly parameters: ReadonlyMap<string, Parameter<unknown>>;
  /** The rules the reform switched off, by id, with the first day they are off. */
  readonly switchedOff: ReadonlyMap<string, IsoDate>;
  /** The exceptions the reform added (rules a rule set declares as addable), by id, with the first day they hold. */
  readonly exceptionsAdded: ReadonlyMap<string, IsoDate>;
}
