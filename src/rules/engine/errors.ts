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
