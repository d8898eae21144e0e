export { AgeInputError, UnknownJurisdictionError, type AgeInputErrorCode } from './errors.js';
export { type CalendarDate, formatCalendarDate, isLeapYear, parseCalendarDate } from './calendar-date.js';
export { localDate } from './local-date.js';
export { ageOn, ageOnDate, birthdayIn, dateOfAge, type AgeOnOptions, type LeapDayRule } from './age-on.js';
export { CONSENT_AGES, type ConsentKind, type JurisdictionAgeRule, type JurisdictionAgeTable } from './jurisdiction-ages.js';
export {
  DEFAULT_JURISDICTIONS,
  JURISDICTION_SOURCES,
  type JurisdictionRule,
  type JurisdictionSource,
  type JurisdictionTable,
} from './jurisdiction-table.js';
export { digitalConsentAge, jurisdictionRule } from './jurisdiction-rule.js';
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
