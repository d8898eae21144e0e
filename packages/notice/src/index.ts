export { NoticeError, NoticeInputError, InsufficientNoticeError, type NoticeErrorCode, type NoticeInputErrorCode } from './errors.js';
export { orderPeriods, type PromisedPeriod } from './duration-order.js';
export { ChangeKindSchema, type Change, type ChangeKind, type ManifestDiff } from './change.js';
export { diffManifests } from './diff-manifests.js';
export { DEFAULT_CLASSIFICATION_RULES, type ChangeClass, type ClassificationRule } from './classification-rules.js';
export { classifyChange, classifyChanges, type ClassifiedChange, type ClassifiedDiff, type ClassifyOptions } from './classify-changes.js';
export { describeNotice, earliestEffectiveDate, lastPublicationDate } from './notice-window.js';
export { planNotice, type ChannelSchedule, type NoticePlan, type PlanNoticeOptions } from './plan-notice.js';
export { earlierDeadline, type Deadline, type DeadlineBasis } from './deadline.js';
export {
  ccpaConfirmationDeadline,
  ccpaOptOutDeadline,
  ccpaRequestDeadline,
  gdprRequestDeadline,
  policyRequestDeadline,
  requestDeadlines,
  type CcpaBusinessDayOptions,
  type CcpaDeadlineOptions,
  type GdprRequestDeadlineOptions,
  type RequestDeadline,
  type RequestDeadlines,
  type RequestDeadlinesOptions,
  type RequestLaw,
} from './request-deadline.js';
export { breachDeadline, breachDeadlines, GDPR_BREACH_AUTHORITY_PERIOD, type BreachDeadlines } from './breach-deadline.js';
export { NoticeUserSchema, selectAudience, type Audience, type AudienceMember, type AudienceMode, type NoticeUser } from './audience.js';
export type { Block, Inline, PolicyDocument, PolicySection } from './render/document.js';
export { buildPolicyDocument } from './render/policy-document.js';
export { documentToMarkdown, escapeMarkdown } from './render/markdown.js';
export { documentToHtml, escapeHtml } from './render/html.js';
export { renderPolicyHtml, renderPolicyMarkdown } from './render/render-policy.js';
export { renderChangeSummary, type ChangeSummary, type ChangeSummaryOptions } from './render/change-summary.js';
