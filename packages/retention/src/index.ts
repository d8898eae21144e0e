export {
  GraceExceedsPeriodError,
  InvalidDateError,
  InvalidRecordError,
  InvalidRuleError,
  MinimumExceedsMaximumError,
  NegativeDurationError,
  RetentionError,
  UnknownAnchorError,
  UnknownRuleError,
  type RetentionErrorCode,
} from './errors.js';
export { compileRule, isCompiledRule, type CompiledRule, type CompileRuleOptions, type RetentionRuleInput } from './compile-rule.js';
export { activeHold, isHoldActive, type LegalHold } from './legal-hold.js';
export {
  retentionEnd,
  type NoRetentionEndReason,
  type RetentionEndOptions,
  type RetentionEndResult,
  type RetentionEndsAt,
  type RetentionEvents,
  type RetentionNoEnd,
} from './retention-end.js';
export { compilePolicy, isRetentionPolicy, rulesForCategories, type RetentionPolicy, type RetentionPolicyInput } from './policy.js';
export { KEPT_REASONS, type KeptReason } from './decide.js';
export {
  createPurgePlanner,
  planPurge,
  planPurgeSync,
  purgeActions,
  type KeptRecord,
  type NextDue,
  type PurgeAction,
  type PurgePlanner,
  type PurgePlanOptions,
  type PurgePlanSummary,
  type PurgeRecord,
  type PurgeSource,
} from './purge-plan.js';
export { explainRetention, type RetentionExplanation } from './explain.js';
export { canCancelDeletion, type DeletionCancellation } from './can-cancel-deletion.js';
