import { z } from 'zod';
import { DataCategoryKeySchema } from './data-category.js';
import { DurationSchema } from './duration.js';
import { EmailSchema, TextSchema, UrlSchema } from './keys.js';
import { openList } from './open-list.js';

/** The built-in data-subject rights (GDPR Arts. 13-22 and 77, and their CCPA counterparts). */
export const BUILT_IN_RIGHTS = [
  'access',
  'rectification',
  'erasure',
  'portability',
  'restriction',
  'objection',
  'withdraw_consent',
  'automated_decision_making',
  'opt_out_of_marketing',
  'be_informed',
  'complain_to_authority',
  'opt_out_of_sale',
  'non_discrimination',
] as const;

/** A data-subject right: a built-in or your own `x_...`. */
export const RightKindSchema = openList(BUILT_IN_RIGHTS, 'a right', 'A data-subject right.');

/** The groups a jurisdiction code may also name, besides ISO 3166 codes and subdivisions. */
export const JURISDICTION_GROUPS = { EEA: 'the European Economic Area', EU: 'the European Union', UK: 'the United Kingdom' } as const;

/** A place a rule applies: `EEA`, `EU`, `UK`, a country (`CH`) or a subdivision (`US-CA`). */
export const JurisdictionSchema = z
  .string()
  .regex(/^(EEA|[A-Z]{2}(-[A-Z0-9]{1,3})?)$/, 'Expected a code like "EEA", "EU", "UK", "CH" or "US-CA"')
  .meta({ description: 'A jurisdiction: EEA, EU, UK, an ISO 3166-1 country code (CH) or a subdivision (US-CA).' });
/** A data-subject right. */
export type RightKind = z.infer<typeof RightKindSchema>;

/** File formats a data export can contain. */
export const ExportFormatSchema = z.enum(['json', 'csv', 'pdf', 'text', 'original_files']);
/** An export file format. */
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/** How a person exercises a right: in the product, by email, by support ticket or a web form. */
export const RightChannelSchema = z.strictObject({
  method: z.enum(['self_service', 'email', 'support_ticket', 'web_form', 'phone', 'post']).meta({ description: 'How the request is made.' }),
  /** Where: an email address, a settings page, a ticket subject, a form URL. */
  address: z
    .union([EmailSchema, UrlSchema], { error: () => 'Expected an email address (privacy@example.com) or an http(s) URL (https://example.com/privacy)' })
    .optional()
    .meta({ description: 'An email address or an http(s) URL.' }),
  /** Free-text location, e.g. "Settings → Account" or ticket subject "Privacy inquiry". */
  location: TextSchema.optional().meta({ description: 'Where, in words: "Settings → Account", a ticket subject, a phone number, a postal address.' }),
});
/** A channel for exercising a right. */
export type RightChannel = z.infer<typeof RightChannelSchema>;

/** One part of a data export: what it holds and in which format ("purchase history as CSV"). */
export const ExportPartSchema = z.strictObject({
  content: TextSchema.meta({ description: 'What this part holds, in words.' }),
  formats: z.array(ExportFormatSchema).min(1).max(5).meta({ description: 'File formats of this part.' }),
  categories: z.array(DataCategoryKeySchema).max(100).optional().meta({ description: 'The data categories in this part (declared or built in).' }),
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
  description: TextSchema.optional().meta({ description: "The right in the policy's words." }),
  /** How the right is exercised; leave out when the policy does not say (nothing is then published about how). */
  channels: z.array(RightChannelSchema).max(10).default([]).meta({ description: 'How the right is exercised; empty when the policy does not say.' }),
  response: ResponseTimeSchema.optional(),
  export: DataExportSchema.optional(),
  /** Where the right applies when the policy limits it (e.g. `EEA`, `UK`, `US-CA`); everywhere if absent. */
  jurisdictions: z
    .array(JurisdictionSchema)
    .max(50)
    .optional()
    .meta({ description: 'Where the right applies, when the policy limits it; everywhere when absent.' }),
  /** Limits and exceptions the policy states ("we may keep data we must keep by law"). */
  limits: z.array(TextSchema).max(20).optional().meta({ description: "Limits and exceptions of the right, in the policy's words." }),
});
/** A right, its channels and response time. */
export type Right = z.infer<typeof RightSchema>;
