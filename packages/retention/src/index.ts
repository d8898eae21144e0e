export { GraceExceedsPeriodError, InvalidDateError, InvalidRuleError, MinimumExceedsMaximumError, NegativeDurationError, RetentionError, UnknownAnchorError, UnknownRuleError, type RetentionErrorCode } from './errors.js';
export { compileRule, isCompiledRule, type CompiledRule, type CompileRuleOptions, type RetentionRuleInput } from './compile-rule.js';
export { activeHold, isHoldActive, type LegalHold } from './legal-hold.js';
export { retentionEnd, type NoRetentionEndReason, type RetentionEndOptions, type RetentionEndResult, type RetentionEndsAt, type RetentionEvents, type RetentionNoEnd } from './retention-end.js';
