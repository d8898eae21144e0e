export { NoticeError, NoticeInputError, InsufficientNoticeError, type NoticeErrorCode, type NoticeInputErrorCode } from './errors.js';
export {
  addCalendar,
  addDays,
  addMonths,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  formatInZone,
  localDate,
  startOfLocalDay,
  type CalendarDate,
} from './calendar.js';
export { approximateDays, compareDurations } from './duration-order.js';
export { ChangeKindSchema, type Change, type ChangeKind, type ManifestDiff } from './change.js';
export { diffManifests } from './diff-manifests.js';
export { DEFAULT_CLASSIFICATION_RULES, type ChangeClass, type ClassificationRule } from './classification-rules.js';
export { classifyChange, classifyChanges, type ClassifiedChange, type ClassifiedDiff, type ClassifyOptions } from './classify-changes.js';
export { describeNotice, earliestEffectiveDate, lastPublicationDate } from './notice-window.js';
export { planNotice, type ChannelSchedule, type NoticePlan, type PlanNoticeOptions } from './plan-notice.js';
export { calendarDeadline, type Deadline, type DeadlineBasis, type RollOver } from './deadline.js';
export {
  ccpaRequestDeadline,
  gdprRequestDeadline,
  policyRequestDeadline,
  type RequestDeadline,
  type RequestDeadlineOptions,
} from './request-deadline.js';
export { breachDeadline, breachDeadlines, GDPR_BREACH_AUTHORITY_PERIOD, type BreachDeadlines } from './breach-deadline.js';
export { NoticeUserSchema, selectAudience, type Audience, type AudienceMember, type AudienceMode, type NoticeUser } from './audience.js';
export type { Block, Inline, PolicyDocument, PolicySection } from './render/document.js';
export { buildPolicyDocument } from './render/policy-document.js';
export { documentToMarkdown, escapeMarkdown } from './render/markdown.js';
export { documentToHtml, escapeHtml } from './render/html.js';
export { renderPolicyHtml, renderPolicyMarkdown } from './render/render-policy.js';
export { renderChangeSummary, type ChangeSummary, type ChangeSummaryOptions } from './render/change-summary.js';
