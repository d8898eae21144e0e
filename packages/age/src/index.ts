export { AgeInputError, UnknownJurisdictionError, type AgeInputErrorCode } from './errors.js';
export { type CalendarDate, formatCalendarDate, isLeapYear, parseCalendarDate } from './calendar-date.js';
export { localDate } from './local-date.js';
export { ageOn, ageOnDate, birthdayIn, dateOfAge, type AgeOnOptions, type LeapDayRule } from './age-on.js';
export {
  CONSENT_AGES,
  type ConsentKind,
  type JurisdictionAgeRule,
  type JurisdictionAgeTable,
  type PurposeRequirement,
  type PurposeRule,
  type ServiceBan,
  type ServiceConsent,
} from './jurisdiction-ages.js';
export { JURISDICTION_NAMES, ROW_SOURCES, type RowSource } from './row-sources.js';
export { rowInForce } from './row-in-force.js';
export type { LawReference } from './law-reference.js';
export {
  DEFAULT_JURISDICTIONS,
  JURISDICTION_SOURCES,
  type JurisdictionRule,
  type JurisdictionSource,
  type JurisdictionTable,
} from './jurisdiction-table.js';
export { digitalConsentAge, jurisdictionRule, jurisdictionRuleOn } from './jurisdiction-rule.js';
export {
  effectiveAgeRules,
  evaluateAgeGate,
  type AgeGateAllowed,
  type AgeGateInput,
  type AgeGateNeedsConsent,
  type AgeGateOptions,
  type AgeGatePolicy,
  type AgeGateRefused,
  type AgeGateResult,
  type AgeGateUnknown,
  type DecidedBy,
  type EffectiveAgeRules,
  type RequiredConsent,
} from './evaluate-age-gate.js';
export {
  JurisdictionRowSchema,
  JurisdictionRuleSchema,
  defineJurisdictionTable,
  type DefineJurisdictionTableOptions,
  type JurisdictionRuleInput,
} from './define-jurisdiction-table.js';
export {
  ConsentMethodSchema,
  ParentalConsentRecordSchema,
  parseConsentRecord,
  type ConsentMethod,
  type ParentalConsentRecord,
  type ParentalConsentRecordInput,
} from './consent-record.js';
export { checkParentalConsent, type ConsentCheck } from './check-parental-consent.js';
export { isPurposeAllowed, type PurposeCheckInput, type PurposeDecision } from './is-purpose-allowed.js';
export { agePolicyOf } from './age-policy-of.js';
