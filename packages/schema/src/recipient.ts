import { z } from 'zod';
import { DataCategoryKeySchema } from './data-category.js';
import { DataSubjectSchema } from './data-subject.js';
import { SnakeKeySchema, TextSchema, UrlSchema } from './keys.js';
import { PurposeKeySchema } from './purpose.js';

/** How a recipient stands to the controller. */
export const RecipientRoleSchema = z.enum(['processor', 'sub_processor', 'independent_controller', 'other_users', 'public_authority', 'acquirer']);
/** A recipient's role: processor, sub-processor, independent controller, other users (a mentor), ... */
export type RecipientRole = z.infer<typeof RecipientRoleSchema>;

/** What a recipient does for the platform. */
export const ServiceTypeSchema = z.enum([
  'payments',
  'hosting',
  'api_hosting',
  'database',
  'authentication',
  'email',
  'ai_model_provider',
  'ai_gateway',
  'code_execution',
  'video',
  'cdn',
  'dns',
  'analytics',
  'support_desk',
  'object_storage',
  'monitoring',
  'marketplace_counterparty',
  'legal_process',
  'other',
]);
/** A recipient's service type, e.g. `'payments'` or `'ai_model_provider'`. */
export type ServiceType = z.infer<typeof ServiceTypeSchema>;

/** The legal mechanism for a transfer out of the EEA/UK. */
export const TransferMechanismSchema = z
  .enum(['adequacy_decision', 'standard_contractual_clauses', 'eu_us_data_privacy_framework', 'binding_corporate_rules', 'explicit_consent', 'none_needed'])
  .meta({ description: 'The legal mechanism for a transfer out of the EEA/UK/Switzerland.' });
/** A transfer mechanism for data leaving the EEA/UK. */
export type TransferMechanism = z.infer<typeof TransferMechanismSchema>;

/**
 * Someone who receives personal data: a sub-processor (Stripe, Supabase), other users (a mentor sees a
 * limited profile), an authority with a court order. `categories` is what they receive;
 * `excludedCategories` what the policy promises they never get ("we do NOT send your email or name").
 */
export const RecipientSchema = z.strictObject({
  key: SnakeKeySchema,
  name: TextSchema,
  /** How the recipient stands to the controller; leave out when the policy does not say. */
  role: RecipientRoleSchema.optional(),
  services: z.array(ServiceTypeSchema).min(1, 'Name at least one service type').max(20),
  categories: z.array(DataCategoryKeySchema).max(500),
  excludedCategories: z.array(DataCategoryKeySchema).max(500).optional(),
  /**
   * Categories the recipient collects from the person directly, never passing through the platform
   * (a payment form that sends card numbers straight to the payment provider).
   */
  collectsDirectly: z.array(DataCategoryKeySchema).max(500).optional(),
  purposes: z.array(PurposeKeySchema).max(100).optional(),
  /** Whose data the recipient receives, when only some people's (a mentor sees mentees' data only). */
  subjects: z
    .array(DataSubjectSchema)
    .min(1)
    .max(20)
    .optional()
    .meta({ description: "Whose data the recipient receives, when it is only some kinds of people; everyone's when absent." }),
  /** Where a person can opt out of this recipient's processing. */
  optOutUrl: UrlSchema.optional().meta({ description: "Where a person opts out of this recipient's processing (an analytics opt-out page)." }),
  description: TextSchema.optional(),
  region: TextSchema.optional(),
  transferMechanism: TransferMechanismSchema.optional(),
  /** `false` when the policy promises the recipient does not train models on the data. */
  trainsModelsOnData: z.boolean().optional(),
  /** `true` for a feature a person must turn on ("optional, off by default"). */
  optional: z.boolean().optional(),
  enabledByDefault: z.boolean().optional(),
  /** When the sharing happens at all, e.g. "when payments are enabled", "on a valid court order". */
  condition: TextSchema.optional(),
  /** Runs on the platform's own infrastructure (self-hosted MinIO). */
  selfHosted: z.boolean().optional(),
  /** Bound by contract to use the data only for the service it provides. */
  contractuallyBound: z.boolean().optional(),
  privacyPolicyUrl: UrlSchema.optional(),
});
/** A recipient or sub-processor. */
export type Recipient = z.infer<typeof RecipientSchema>;
