export { formatPath, ManifestValidationError, manifestIssue, type ManifestIssue } from './errors.js';
export { PrivError, type PrivErrorOptions, type PrivIssue } from './errors.js';
export { IsoDateSchema, isRealIsoDate, type IsoDate } from './iso-date.js';
export { isValidTimeZone, TimeZoneSchema, type TimeZone } from './time-zone.js';
export { DurationSchema, formatDuration, isZeroDuration, type Duration } from './duration.js';
export { EmailSchema, SnakeKeySchema, TextSchema, UrlSchema } from './keys.js';
export { BUILT_IN_DATA_CATEGORIES, type BuiltInDataCategoryKey } from './data-category-taxonomy.js';
export {
  ancestorsOf,
  childrenOf,
  CustomDataCategorySchema,
  DataCategoryKeySchema,
  DataCategorySchema,
  getDataCategory,
  isWithin,
  parentOf,
  taxonomyWith,
  type CustomDataCategory,
  type DataCategory,
  type DataCategoryKey,
} from './data-category.js';
export { BUILT_IN_PURPOSES, PurposeSchema, purposeLabel, type BuiltInPurposeKey, type Purpose, type PurposeKey } from './purpose.js';
export { DataSubjectSchema, type DataSubject } from './data-subject.js';
export { LEGAL_BASIS_ARTICLE, LegalBasisSchema, type LegalBasis } from './legal-basis.js';
export {
  RecipientRoleSchema,
  RecipientSchema,
  ServiceTypeSchema,
  TransferMechanismSchema,
  type Recipient,
  type RecipientRole,
  type ServiceType,
  type TransferMechanism,
} from './recipient.js';
export {
  CookieCategorySchema,
  CookieLifetimeSchema,
  CookieSchema,
  StorageKindSchema,
  type Cookie,
  type CookieCategory,
  type CookieLifetime,
  type StorageKind,
} from './cookie.js';
export {
  DataExportSchema,
  ExportFormatSchema,
  ExportPartSchema,
  ResponseTimeSchema,
  RightChannelSchema,
  RightKindSchema,
  RightSchema,
  type DataExport,
  type ExportFormat,
  type ExportPart,
  type ResponseTime,
  type Right,
  type RightChannel,
  type RightKind,
} from './right.js';
export {
  BUILT_IN_RETENTION_EVENTS,
  RetentionActionSchema,
  RetentionBoundSchema,
  RetentionEventSchema,
  RetentionRuleSchema,
  StorageScopeSchema,
  type BuiltInRetentionEvent,
  type RetentionAction,
  type RetentionBound,
  type RetentionEvent,
  type RetentionEventDeclaration,
  type RetentionRule,
  type StorageScope,
} from './retention-rule.js';
export { AgePolicySchema, ConsentGiverSchema, type AgePolicy, type ConsentGiver } from './age-policy.js';
export {
  BreachPolicySchema,
  ChangeNoticeSchema,
  NoticeChannelSchema,
  NoticePolicySchema,
  type BreachPolicy,
  type ChangeNotice,
  type NoticeChannel,
  type NoticePolicy,
} from './notice-policy.js';
export { CollectionSchema, DataSourceSchema, type Collection, type DataSource } from './collection.js';
export {
  CommitmentKindSchema,
  CommitmentSchema,
  RedactionKindSchema,
  RedactionPolicySchema,
  type Commitment,
  type CommitmentKind,
  type RedactionKind,
  type RedactionPolicy,
} from './commitment.js';
export { ContactSchema, ControllerSchema, FrameworkSchema, PrivacyManifestShape, type Contact, type Controller, type Framework } from './manifest-shape.js';
export { crossReferenceIssues } from './cross-references.js';
export { PrivacyManifestSchema, type PrivacyManifest, type PrivacyManifestInput } from './manifest.js';
export {
  defineManifest,
  MAX_MANIFEST_JSON_LENGTH,
  parseManifest,
  safeParseManifest,
  safeParseManifestJson,
  type ManifestParseResult,
} from './parse-manifest.js';
export { manifestJsonSchema } from './json-schema.js';
