import { z } from 'zod';

/**
 * Every kind of change `diffManifests` reports, in domain terms. The default classification of each
 * is in `DEFAULT_CLASSIFICATION_RULES`.
 */
export const ChangeKindSchema = z.enum([
  // what is collected and why
  'collection_added',
  'collection_removed',
  'collection_purpose_added',
  'collection_purpose_removed',
  'collection_legal_basis_changed',
  'collection_retention_changed',
  'collection_made_required',
  'collection_made_optional',
  'not_collected_promise_added',
  'not_collected_promise_removed',
  'purpose_added',
  'purpose_removed',
  // who receives it
  'recipient_added',
  'recipient_removed',
  'recipient_receives_more',
  'recipient_receives_less',
  'recipient_made_default',
  'recipient_made_optional',
  'recipient_may_train_models',
  'recipient_exclusion_removed',
  // cookies
  'cookie_added',
  'cookie_removed',
  'cookie_changed',
  // rights
  'right_added',
  'right_removed',
  'right_weakened',
  'right_improved',
  'response_time_longer',
  'response_time_shorter',
  // retention
  'retention_lengthened',
  'retention_shortened',
  'retention_grace_shortened',
  'retention_grace_lengthened',
  'retention_rule_added',
  'retention_rule_removed',
  'retention_rule_changed',
  // age
  'age_threshold_changed',
  'age_protection_removed',
  'age_protection_added',
  'age_policy_changed',
  // notice and breach
  'notice_shortened',
  'notice_lengthened',
  'notice_channel_removed',
  'notice_channel_added',
  'notice_acceptance_changed',
  'notice_policy_changed',
  'breach_notice_longer',
  'breach_notice_shorter',
  'breach_promise_added',
  'breach_promise_removed',
  // promises
  'commitment_added',
  'commitment_removed',
  'redaction_weakened',
  'redaction_strengthened',
  // who and where
  'controller_changed',
  'contact_changed',
  'frameworks_changed',
  'time_zone_changed',
  // words and the rest
  'wording_changed',
  'other_change',
]);
/** A kind of change, such as `'recipient_added'` or `'retention_shortened'`. */
export type ChangeKind = z.infer<typeof ChangeKindSchema>;

/** One change between two manifest versions, in domain terms. */
export interface Change {
  readonly kind: ChangeKind;
  /** Where, in the new manifest (in the old one for something removed): `['recipients', 2]`. */
  readonly path: readonly (string | number)[];
  /** The path for people: `recipients[2]`. */
  readonly pathText: string;
  /** The value before (`undefined` when added). */
  readonly before: unknown;
  /** The value after (`undefined` when removed). */
  readonly after: unknown;
  /** One sentence for people: `New recipient: Mixpanel (analytics).` */
  readonly summary: string;
  /**
   * The optional features (recipient keys or data category keys of optional collections) the change
   * is limited to; absent when it touches everyone.
   */
  readonly features?: readonly string[];
}

/** What `diffManifests` returns: which versions were compared and every change, in manifest order. */
export interface ManifestDiff {
  /**
   * The old version. `effectiveDate` is as the manifest writes it (`YYYY-MM-DD`, or `YYYY-MM` when the
   * policy names only a month); `effectiveFrom` is the first day it can mean (the month's first day).
   */
  readonly from: { readonly version: string; readonly effectiveDate: string; readonly effectiveFrom?: string };
  /**
   * The new version, likewise. A month-only `effectiveDate` cannot show that notice ran its full
   * length, so notice is counted to `effectiveFrom`, the month's first day (the earliest day it can mean).
   */
  readonly to: { readonly version: string; readonly effectiveDate: string; readonly effectiveFrom?: string; readonly timeZone: string };
  readonly changes: readonly Change[];
}
