import { z } from 'zod';
import { TextSchema } from './keys.js';
import { PurposeKeySchema } from './purpose.js';

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
 * - Below `minorBelow` (`@priv/age` assumes 18): a minor; `minorRestrictedPurposes` are off.
 *
 * Every field is optional: leave out what the policy does not say, and the published text says
 * nothing about it (no "at least 0", no deletion promise the policy does not make).
 */
export const AgePolicySchema = z
  .strictObject({
    /** Below this age: refused. Leave out when the policy names no minimum age. */
    minimumAge: age.optional().meta({ description: 'Below this age the service is refused; absent when the policy names none.' }),
    parentalConsentBelow: age.optional().meta({ description: 'From minimumAge to below this age: allowed with consent from consentFrom.' }),
    /** Who may consent for a minor; `@priv/age` assumes parent and guardian when absent, the published text names no one. */
    consentFrom: z
      .array(ConsentGiverSchema)
      .min(1)
      .max(4)
      .optional()
      .meta({ description: 'Who may consent for a minor (@priv/age assumes parent and guardian when absent).' }),
    /** Below this age a person is a minor; `@priv/age` assumes 18 when absent. */
    minorBelow: age.optional().meta({ description: 'Below this age a person is a minor (@priv/age assumes 18 when absent).' }),
    /** What happens to an underage account found later; absent when the policy does not say. */
    onUnderageDiscovered: z
      .enum(['delete_account', 'delete_data', 'suspend_account'])
      .optional()
      .meta({ description: 'What happens to an underage account found later; absent when the policy does not say.' }),
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
    minorRestrictedPurposes: z.array(PurposeKeySchema).max(50).default([]),
    /** Parents may ask to see or delete their child's data. */
    parentsMayRequestAccessOrDeletion: z.boolean().optional(),
    description: TextSchema.optional(),
  })
  .meta({ dependentRequired: { onUnderageDiscovered: ['minimumAge'] } })
  .superRefine((policy, ctx) => {
    if (policy.parentalConsentBelow !== undefined && policy.minimumAge !== undefined && policy.parentalConsentBelow <= policy.minimumAge) {
      ctx.addIssue({
        code: 'custom',
        path: ['parentalConsentBelow'],
        message: `parentalConsentBelow (${policy.parentalConsentBelow}) must be above minimumAge (${policy.minimumAge}); leave it out if no consent band exists`,
      });
    }
    if (policy.minorBelow !== undefined && policy.minimumAge !== undefined && policy.minorBelow < policy.minimumAge) {
      ctx.addIssue({
        code: 'custom',
        path: ['minorBelow'],
        message: `minorBelow (${policy.minorBelow}) is below minimumAge (${policy.minimumAge}): no one allowed on the service could be a minor; check both`,
      });
    }
    if (policy.onUnderageDiscovered !== undefined && policy.minimumAge === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['onUnderageDiscovered'],
        message: 'onUnderageDiscovered needs a minimumAge: below which age is an account underage?',
      });
    }
  });
/** A platform's age policy (output, with defaults applied). */
export type AgePolicy = z.infer<typeof AgePolicySchema>;
