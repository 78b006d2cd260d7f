/**
 * The coded errors of the rules engine. Each code is documented in docs/errors.md (a test keeps the two in step).
 * Errors carry the rule or parameter id they concern, as Altinn's ExprRuntimeError carries its path.
 */
export const rulesErrorCodes = {
  RULES_PARAM_NOT_IN_FORCE: 'A parameter was asked for a date it does not cover (before its first value, or after a value that ends it).',
  RULES_CONFLICT: 'Two rules applied at the same level with different effects; the law as coded is ambiguous for these facts.',
  RULES_NO_RULE_APPLIES: 'No rule of a definition applied to the facts; the definition has no default.',
  RULES_INVALID_DEFINITION: 'A rule set or parameter is malformed (a duplicate id, an exception to an unknown rule, dates out of order).',
  RULES_INVALID_INPUT: 'The facts given to a rule set do not fit its input schema.',
  RULES_REFORM_UNKNOWN: 'A reform names a parameter or a rule that no rule set has.',
  RULES_REFORM_NOT_ALLOWED: 'A reform changes what a reform may not: a parameter whose values are not amounts, numbers or country lists, or a rule its rule set does not let a reform switch off.',
  RULES_REFORM_WRONG_TYPE: 'A reform gives a parameter a value of the wrong type.',
  RULES_REFORM_OVERLAP: 'Two changes of a reform change the same parameter or rule on the same day.',
  RULES_REFORM_GAP: 'A change of a reform falls where the parameter has no value to change, or would leave it without a value.',
  RULES_REFORM_NO_EFFECT: 'A change of a reform adds a country already on a list, or removes one that is not on it, for the whole of the change.',
} as const;

export type RulesErrorCode = keyof typeof rulesErrorCodes;

export class RulesError extends Error {
  readonly code: RulesErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: RulesErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'RulesError';
    this.code = code;
    this.details = details;
  }
}
