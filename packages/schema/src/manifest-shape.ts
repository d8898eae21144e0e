import { z } from 'zod';
import { AgePolicySchema } from './age-policy.js';
import { CollectionSchema } from './collection.js';
import { CommitmentSchema, RedactionPolicySchema } from './commitment.js';
import { CookieSchema } from './cookie.js';
import { CustomDataCategorySchema, DataCategoryKeySchema } from './data-category.js';
import { PolicyDateSchema } from './iso-date.js';
import { EmailSchema, TextSchema, UrlSchema } from './keys.js';
import { BreachPolicySchema, NoticePolicySchema } from './notice-policy.js';
import { PurposeSchema } from './purpose.js';
import { RecipientSchema } from './recipient.js';
import { RetentionEventSchema, RetentionRuleSchema } from './retention-rule.js';
import { JurisdictionSchema, RightSchema } from './right.js';
import { CustomValueSchema, openList } from './open-list.js';
import { TransferMechanismSchema } from './recipient.js';
import { TimeZoneSchema } from './time-zone.js';

/** The organisation responsible for the data (the GDPR controller). */
export const ControllerSchema = z.strictObject({
  name: TextSchema,
  legalName: TextSchema.optional(),
  operatedBy: TextSchema.optional(),
  website: UrlSchema.optional(),
});
/** The controller. */
export type Controller = z.infer<typeof ControllerSchema>;

/** How to reach the controller about privacy. At least one of email, url or supportTicket. */
export const ContactSchema = z
  .strictObject({
    email: EmailSchema.optional(),
    url: UrlSchema.optional(),
    /** A support-ticket route, e.g. subject line "Privacy inquiry". */
    supportTicket: TextSchema.optional(),
    /** Any other way, in words (a postal address, a form inside the product). */
    other: TextSchema.optional(),
  })
  .refine((c) => c.email !== undefined || c.url !== undefined || c.supportTicket !== undefined || c.other !== undefined, {
    message: 'Give at least one way to reach you: email, url, supportTicket or other',
  })
  .meta({ anyOf: [{ required: ['email'] }, { required: ['url'] }, { required: ['supportTicket'] }, { required: ['other'] }] });
/** A privacy contact. */
export type Contact = z.infer<typeof ContactSchema>;

/** The built-in privacy frameworks, with the name the published text uses. */
export const BUILT_IN_FRAMEWORKS = {
  GDPR: 'GDPR',
  UK_GDPR: 'UK GDPR',
  UK_DPA_2018: 'UK Data Protection Act 2018',
  CCPA: 'CCPA',
  CPRA: 'CPRA',
  COPPA: 'COPPA',
  FERPA: 'FERPA',
  SWISS_FADP: 'Swiss Federal Act on Data Protection (FADP)',
  LGPD: 'LGPD',
  PIPEDA: 'PIPEDA',
  DPDP: 'DPDP Act',
  APPI: 'APPI',
  PIPL: 'PIPL',
  AU_PRIVACY_ACT: 'Australian Privacy Act 1988',
} as const;
/** A built-in framework key. */
export type BuiltInFramework = keyof typeof BUILT_IN_FRAMEWORKS;

/** Privacy frameworks a policy is written for: a built-in or your own `x_...`. */
export const FrameworkSchema = openList(
  Object.keys(BUILT_IN_FRAMEWORKS) as [BuiltInFramework, ...BuiltInFramework[]],
  'a framework',
  'A privacy law or framework the policy is written for.',
);
/** A privacy framework. */
export type Framework = z.infer<typeof FrameworkSchema>;

/** One transfer of data out of where it is stored: to where, and on which legal mechanism. */
export const DataTransferSchema = z.strictObject({
  to: z.array(JurisdictionSchema).min(1).max(50).meta({ description: 'Where the data goes: jurisdiction codes (US, EEA, ...).' }),
  mechanism: TransferMechanismSchema.optional(),
  description: TextSchema.optional().meta({ description: "The transfer in the policy's words." }),
});
/** A data transfer. */
export type DataTransfer = z.infer<typeof DataTransferSchema>;

/** Where the data is stored and where it is transferred, for the manifest as a whole. */
export const DataLocationSchema = z
  .strictObject({
    storedIn: z.array(JurisdictionSchema).max(50).optional().meta({ description: 'Where the data is stored: jurisdiction codes.' }),
    transfers: z.array(DataTransferSchema).max(50).optional().meta({ description: 'Transfers out of where the data is stored.' }),
    description: TextSchema.optional().meta({ description: "Where data lives and travels, in the policy's words." }),
  })
  .refine((d) => d.storedIn !== undefined || d.transfers !== undefined || d.description !== undefined, {
    message:
      'Say where data is stored (storedIn), where it goes (transfers), or describe it (description); leave dataLocation out when the policy does not say',
  })
  .meta({ anyOf: [{ required: ['storedIn'] }, { required: ['transfers'] }, { required: ['description'] }] });
/** Where data is stored and transferred. */
export type DataLocation = z.infer<typeof DataLocationSchema>;

const list = <T extends z.ZodType>(item: T, max = 1_000) => z.array(item).max(max, `At most ${max} entries`);

/**
 * The shape of a privacy manifest, field by field, before cross-references are checked. Use
 * `PrivacyManifestSchema` (which adds the cross-reference checks) or `parseManifest` to validate.
 */
export const PrivacyManifestShape = z.strictObject({
  $schema: z.string().max(2_000).optional(),
  version: z.string().min(1).max(64).regex(/^\S+$/, 'A version has no spaces, e.g. "2026-05-12" or "3.1.0"'),
  /** The date the policy takes effect, or its month when the policy names only a month. */
  effectiveDate: PolicyDateSchema,
  /** The zone in which the manifest's dates and calendar periods are counted. */
  timeZone: TimeZoneSchema.default('UTC'),
  controller: ControllerSchema,
  contact: ContactSchema,
  frameworks: list(FrameworkSchema, 20).default([]),
  /** The team's own data categories (see `CustomDataCategorySchema`). */
  categories: list(CustomDataCategorySchema).default([]),
  /** The team's own retention anchor events. */
  events: list(RetentionEventSchema, 100).default([]),
  purposes: list(PurposeSchema, 200).min(1, 'Declare at least one purpose'),
  collections: list(CollectionSchema, 2_000).min(1, 'Declare at least one collection'),
  /** Categories the policy promises it does not collect ("we do NOT have full card details"). */
  notCollected: list(DataCategoryKeySchema, 200).default([]),
  recipients: list(RecipientSchema, 500).default([]),
  cookies: list(CookieSchema, 500).default([]),
  rights: list(RightSchema, 50).default([]),
  /** Retention rules; empty when the policy states no period (collections may then carry a `retentionStatement`). */
  retention: list(RetentionRuleSchema, 500).default([]),
  /** Where data is stored and transferred; absent when the policy does not say. */
  dataLocation: DataLocationSchema.optional(),
  /** Labels of your own `x_...` values (frameworks, subjects, sources, rights, commitments), as the published text shows them. */
  labels: z
    .record(CustomValueSchema, TextSchema)
    .optional()
    .meta({ description: 'The published words for your own "x_..." values: { "x_ferpa_directory": "FERPA directory information" }.' }),
  /** The platform's age rules; absent when the policy states none. */
  age: AgePolicySchema.optional(),
  /** Promises about changes to the policy itself; absent when the policy makes none. */
  notice: NoticePolicySchema.optional(),
  breach: BreachPolicySchema.optional(),
  redaction: RedactionPolicySchema.optional(),
  commitments: list(CommitmentSchema, 100).default([]),
});
