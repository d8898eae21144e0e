export { formatPath, ManifestValidationError, manifestIssue, type ManifestIssue } from './errors.js';
export { PrivError, type PrivErrorOptions, type PrivIssue } from './errors.js';
export {
  formatPolicyDate,
  ISO_DATE_PATTERN,
  ISO_MONTH_PATTERN,
  IsoDateSchema,
  isRealIsoDate,
  isRealIsoMonth,
  PolicyDateSchema,
  type IsoDate,
  type PolicyDate,
} from './iso-date.js';
export { didYouMean, suggestion } from './did-you-mean.js';
export { CUSTOM_VALUE_PREFIX, CustomValueSchema, isCustomValue, openList, type CustomValue } from './open-list.js';
export { isValidTimeZone, TimeZoneSchema, type TimeZone } from './time-zone.js';
export { TIME_ZONE_NAMES } from './time-zone-names.js';
export { DurationSchema, durationBoundsInHours, formatDuration, isAlwaysLonger, isZeroDuration, type Duration } from './duration.js';
export { EmailSchema, SnakeKeySchema, TEXT_PATTERN, TextSchema, URL_PATTERN, UrlSchema } from './keys.js';
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
export { BUILT_IN_PURPOSES, PurposeKeySchema, PurposeSchema, purposeLabel, type BuiltInPurposeKey, type Purpose, type PurposeKey } from './purpose.js';
export { BUILT_IN_DATA_SUBJECTS, DataSubjectSchema, type DataSubject } from './data-subject.js';
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
  BUILT_IN_RIGHTS,
  JURISDICTION_GROUPS,
  JurisdictionSchema,
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
export {
  BUILT_IN_DATA_SOURCES,
  CollectionSchema,
  DataSourceSchema,
  LegalBasesSchema,
  legalBasesFor,
  legalBasesOf,
  type Collection,
  type DataSource,
  type LegalBases,
} from './collection.js';
export { migrateLegalBasesPerPurpose, type LegalBasesMigration } from './migrate.js';
export {
  BUILT_IN_COMMITMENTS,
  commitmentStatement,
  type BuiltInCommitmentKind,
  CommitmentKindSchema,
  CommitmentSchema,
  RedactionKindSchema,
  RedactionPolicySchema,
  type Commitment,
  type CommitmentKind,
  type RedactionKind,
  type RedactionPolicy,
} from './commitment.js';
export {
  BUILT_IN_FRAMEWORKS,
  ContactSchema,
  ControllerSchema,
  DataLocationSchema,
  DataTransferSchema,
  FrameworkSchema,
  PrivacyManifestShape,
  type BuiltInFramework,
  type Contact,
  type Controller,
  type DataLocation,
  type DataTransfer,
  type Framework,
} from './manifest-shape.js';
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
export {
  CATEGORY_MAPPING,
  LEGAL_BASIS_MAPPING,
  PURPOSE_MAPPING,
  RIGHT_MAPPING,
  SUBJECT_MAPPING,
  type MatchKind,
  type TermMapping,
} from './interop/mapping.js';
export { FIDESLANG_DATA_CATEGORIES, FIDESLANG_DATA_SUBJECTS, FIDESLANG_DATA_USES, FIDESLANG_LEGAL_BASES } from './interop/fideslang-taxonomy.js';
export { collectionsForComparison, fromFideslang, toFideslang, type FideslangImport, type FidesPrivacyDeclaration } from './interop/fideslang.js';
