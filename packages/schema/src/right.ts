import { z } from 'zod';
import { DataCategoryKeySchema } from './data-category.js';
import { DurationSchema } from './duration.js';
import { EmailSchema, TextSchema, UrlSchema } from './keys.js';

/** The data-subject rights (GDPR Arts. 15-22 and their CCPA counterparts). */
export const RightKindSchema = z.enum([
  'access',
  'rectification',
  'erasure',
  'portability',
  'restriction',
  'objection',
  'withdraw_consent',
  'automated_decision_making',
  'opt_out_of_marketing',
]);
/** A data-subject right. */
export type RightKind = z.infer<typeof RightKindSchema>;

/** File formats a data export can contain. */
export const ExportFormatSchema = z.enum(['json', 'csv', 'pdf', 'text', 'original_files']);
/** An export file format. */
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/** How a person exercises a right: in the product, by email, by support ticket or a web form. */
export const RightChannelSchema = z.strictObject({
  method: z.enum(['self_service', 'email', 'support_ticket', 'web_form']),
  /** Where: an email address, a settings page, a ticket subject, a form URL. */
  address: z.union([EmailSchema, UrlSchema]).optional(),
  /** Free-text location, e.g. "Settings → Account" or ticket subject "Privacy inquiry". */
  location: TextSchema.optional(),
});
/** A channel for exercising a right. */
export type RightChannel = z.infer<typeof RightChannelSchema>;

/** One part of a data export: what it holds and in which format ("purchase history as CSV"). */
export const ExportPartSchema = z.strictObject({
  content: TextSchema,
  formats: z.array(ExportFormatSchema).min(1).max(5),
  categories: z.array(DataCategoryKeySchema).max(100).optional(),
});
/** A part of a data export. */
export type ExportPart = z.infer<typeof ExportPartSchema>;

/** How exported data is delivered: loose files or one ZIP archive, and what is in it. */
export const DataExportSchema = z.strictObject({
  packaging: z.enum(['single_file', 'zip']),
  parts: z.array(ExportPartSchema).min(1).max(50),
  machineReadable: z.boolean().optional(),
});
/** A data export's packaging and contents. */
export type DataExport = z.infer<typeof DataExportSchema>;

/** A promised response time: the deadline, an optional extension, and what is usual in practice. */
export const ResponseTimeSchema = z.strictObject({
  within: DurationSchema,
  /** The deadline can be extended (complex requests), by up to `by` when known, with notice to the person. */
  extension: z.strictObject({ by: DurationSchema.optional(), withNotice: z.boolean() }).optional(),
  /** What usually happens, e.g. "usually within a week". Informational, never a deadline. */
  usually: DurationSchema.optional(),
});
/** A response time promise. */
export type ResponseTime = z.infer<typeof ResponseTimeSchema>;

/** A right the policy grants, how it is exercised and how fast it is answered. */
export const RightSchema = z.strictObject({
  right: RightKindSchema,
  description: TextSchema.optional(),
  channels: z.array(RightChannelSchema).min(1, 'Say how the right is exercised').max(10),
  response: ResponseTimeSchema.optional(),
  export: DataExportSchema.optional(),
  /** Where the right applies when the policy limits it (e.g. `EU`, `UK`, `US-CA`); everywhere if absent. */
  jurisdictions: z.array(z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'Expected a code like "EU", "UK" or "US-CA"')).max(50).optional(),
});
/** A right, its channels and response time. */
export type Right = z.infer<typeof RightSchema>;
