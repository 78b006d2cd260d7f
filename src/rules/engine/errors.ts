/**
 * The coded errors of the rules engine. The rules import nothing of the rest of Retur, so they keep this class
 * of their own; each code is in the one catalogue (src/shared/errors.ts, with its HTTP status and its
 * description; docs/errors.md), and the edges turn a RulesError into the catalogue's error before they
 * answer. Errors carry the rule or parameter id they concern, as Altinn's ExprRuntimeError carries its path.
 */
export const rulesErrorCodes = [
  'RULES_PARAM_NOT_IN_FORCE',
  'RULES_CONFLICT',
  'RULES_NO_RULE_APPLIES',
  'RULES_INVALID_DEFINITION',
  'RULES_INVALID_INPUT',
  'RULES_REFORM_UNKNOWN',
  'RULES_REFORM_NOT_ALLOWED',
  'RULES_REFORM_WRONG_TYPE',
  'RULES_REFORM_OVERLAP',
  'RULES_REFORM_GAP',
  'RULES_REFORM_NO_EFFECT',
] as const;

export type RulesErrorCode = (typeof rulesErrorCodes)[number];

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
