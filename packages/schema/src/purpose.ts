import { z } from 'zod';
import { SnakeKeySchema, TextSchema } from './keys.js';

/** The built-in purposes (data uses), with a label each. Teams may declare others in the manifest. */
export const BUILT_IN_PURPOSES = {
  provide_service: 'Provide the service',
  account_management: 'Manage your account',
  authentication: 'Sign you in',
  progress_tracking: 'Track your progress',
  code_execution: 'Run and grade your code',
  ai_tutoring: 'AI tutoring and feedback',
  billing: 'Billing and payments',
  usage_metering: 'Meter usage and enforce plan limits',
  security: 'Security',
  fraud_prevention: 'Prevent fraud, spam and abuse',
  debugging: 'Debugging and reliability',
  product_analytics: 'Product analytics',
  product_improvement: 'Improve the product',
  personalization: 'Personalisation and preferences',
  localization: 'Language detection',
  transactional_communications: 'Transactional messages',
  marketing: 'Marketing and promotional messages',
  support: 'Customer support',
  legal_compliance: 'Legal and tax compliance',
  live_sessions: 'Deliver live sessions',
  marketplace: 'Connect you with mentors',
} as const;
/** A built-in purpose key such as `'ai_tutoring'`. */
export type BuiltInPurposeKey = keyof typeof BUILT_IN_PURPOSES;
/** A purpose key: a built-in one, or a team's own snake_case key declared in the manifest. */
export type PurposeKey = BuiltInPurposeKey | (string & {});

/** A purpose key as written in a manifest; the built-in keys complete in an editor. */
export const PurposeKeySchema = SnakeKeySchema.meta({
  description: 'A purpose key declared in `purposes`.',
  examples: Object.keys(BUILT_IN_PURPOSES),
}) as unknown as z.ZodType<PurposeKey, PurposeKey>;

/**
 * A purpose the manifest uses, in the policy's own words. A built-in key takes its label from the
 * vocabulary; a custom key must give a `label`.
 */
export const PurposeSchema = z
  .strictObject({
    key: PurposeKeySchema,
    label: TextSchema.optional().meta({ description: 'How the purpose is titled; needed for a key that is not built in.' }),
    description: TextSchema.meta({ description: "The purpose in the policy's words." }),
    /** A broader purpose this one belongs to (`marketing` for `newsletter`). */
    parent: PurposeKeySchema.optional().meta({ description: 'The key of a broader purpose this one belongs to.' }),
  })
  .refine((p) => p.label !== undefined || Object.hasOwn(BUILT_IN_PURPOSES, p.key), {
    message: 'A purpose that is not built in needs a label',
    path: ['label'],
  })
  .meta({ if: { properties: { key: { not: { enum: Object.keys(BUILT_IN_PURPOSES) } } }, required: ['key'] }, then: { required: ['label'] } });
/** A purpose declared in a manifest. */
export type Purpose = z.infer<typeof PurposeSchema>;

/**
 * The label of a purpose: its own label, else the built-in one, else its key.
 *
 * @param purpose - a purpose as a manifest declares it
 * @returns the words to publish for it: its `label`, else the built-in label of its key, else the key
 * @example
 * purposeLabel({ key: 'marketing', description: 'Product news' }); // 'Marketing and promotional messages'
 */
export function purposeLabel(purpose: Purpose): string {
  return purpose.label ?? BUILT_IN_PURPOSES[purpose.key as BuiltInPurposeKey] ?? purpose.key;
}
