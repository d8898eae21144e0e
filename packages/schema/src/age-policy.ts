import { z } from 'zod';
import { SnakeKeySchema, TextSchema } from './keys.js';

const age = z.number().int('An age is a whole number of years').min(0).max(25, 'An age threshold above 25 is not an age of consent');

/** Who may give consent for a minor. */
export const ConsentGiverSchema = z.enum(['parent', 'guardian', 'teacher', 'school']);
/** A consent giver for a minor. */
export type ConsentGiver = z.infer<typeof ConsentGiverSchema>;

/**
 * The platform's own age rules. `@priv/age` combines them with the law of the person's jurisdiction
 * and applies the stricter.
 *
 * - Under `minimumAge`: refused (or, when discovered later, `onUnderageDiscovered`).
 * - From `minimumAge` to below `parentalConsentBelow`: allowed with consent from `consentFrom`.
 * - Below `minorBelow` (18 by default): a minor; `minorRestrictedPurposes` are off.
 */
export const AgePolicySchema = z
  .strictObject({
    minimumAge: age,
    parentalConsentBelow: age.optional(),
    consentFrom: z.array(ConsentGiverSchema).min(1).max(4).default(['parent', 'guardian']),
    minorBelow: age.default(18),
    onUnderageDiscovered: z.enum(['delete_account', 'delete_data', 'suspend_account']).default('delete_account'),
    /** Teacher- or school-managed accounts for classroom use. */
    educationalAccounts: z
      .strictObject({
        managedBy: z.array(z.enum(['teacher', 'school'])).min(1),
        /** The teacher or school may give the consent a minor needs. */
        mayConsent: z.boolean(),
        limitedData: z.boolean().optional(),
        description: TextSchema.optional(),
      })
      .optional(),
    /** Purposes (manifest purpose keys) that are never applied to a minor, e.g. `marketing`. */
    minorRestrictedPurposes: z.array(SnakeKeySchema).max(50).default([]),
    /** Parents may ask to see or delete their child's data. */
    parentsMayRequestAccessOrDeletion: z.boolean().optional(),
    description: TextSchema.optional(),
  })
  .superRefine((policy, ctx) => {
    if (policy.parentalConsentBelow !== undefined && policy.parentalConsentBelow <= policy.minimumAge) {
      ctx.addIssue({
        code: 'custom',
        path: ['parentalConsentBelow'],
        message: `parentalConsentBelow (${policy.parentalConsentBelow}) must be above minimumAge (${policy.minimumAge}); leave it out if no consent band exists`,
      });
    }
  });
/** A platform's age policy (output, with defaults applied). */
export type AgePolicy = z.infer<typeof AgePolicySchema>;
