import { z } from 'zod';
import { AgePolicySchema } from './age-policy.js';
import { CollectionSchema } from './collection.js';
import { CommitmentSchema, RedactionPolicySchema } from './commitment.js';
import { CookieSchema } from './cookie.js';
import { CustomDataCategorySchema, DataCategoryKeySchema } from './data-category.js';
import { IsoDateSchema } from './iso-date.js';
import { EmailSchema, TextSchema, UrlSchema } from './keys.js';
import { BreachPolicySchema, NoticePolicySchema } from './notice-policy.js';
import { PurposeSchema } from './purpose.js';
import { RecipientSchema } from './recipient.js';
import { RetentionEventSchema, RetentionRuleSchema } from './retention-rule.js';
import { RightSchema } from './right.js';
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
  });
/** A privacy contact. */
export type Contact = z.infer<typeof ContactSchema>;

/** Privacy frameworks a policy is written for. */
export const FrameworkSchema = z.enum(['GDPR', 'UK_GDPR', 'CCPA', 'COPPA', 'LGPD', 'PIPEDA', 'DPDP']);
/** A privacy framework. */
export type Framework = z.infer<typeof FrameworkSchema>;

const list = <T extends z.ZodType>(item: T, max = 1_000) => z.array(item).max(max, `At most ${max} entries`);

/**
 * The shape of a privacy manifest, field by field, before cross-references are checked. Use
 * `PrivacyManifestSchema` (which adds the cross-reference checks) or `parseManifest` to validate.
 */
export const PrivacyManifestShape = z.strictObject({
  $schema: z.string().max(2_000).optional(),
  version: z.string().min(1).max(64).regex(/^\S+$/, 'A version has no spaces, e.g. "2026-05-12" or "3.1.0"'),
  effectiveDate: IsoDateSchema,
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
  retention: list(RetentionRuleSchema, 500).min(1, 'Declare at least one retention rule'),
  /** The platform's age rules; absent when the policy states none. */
  age: AgePolicySchema.optional(),
  /** Promises about changes to the policy itself; absent when the policy makes none. */
  notice: NoticePolicySchema.optional(),
  breach: BreachPolicySchema.optional(),
  redaction: RedactionPolicySchema.optional(),
  commitments: list(CommitmentSchema, 100).default([]),
});
