import type { Change, ChangeKind } from './change.js';

/** Whether a change needs the notice promised for material changes or only that for minor ones. */
export type ChangeClass = 'material' | 'minor';

/**
 * One readable classification rule: the change kinds it covers, an optional extra condition, the
 * class it gives and why. Rules are tried in order; the first that matches decides.
 */
export interface ClassificationRule {
  /** A stable id, reported with each decision, e.g. `'new_recipient'`. */
  readonly id: string;
  readonly kinds: readonly ChangeKind[];
  /** An extra condition on the change (e.g. only analytics cookies). */
  readonly when?: (change: Change) => boolean;
  readonly classification: ChangeClass;
  /** Why, in words a reviewer can check against the policy. */
  readonly reason: string;
}

const after = (change: Change) => change.after as Record<string, unknown> | undefined;
const trackingCookie = (change: Change) => {
  const value = change.kind === 'cookie_changed' ? change.after : after(change)?.category;
  return value === 'analytics' || value === 'marketing';
};
const identityField = (change: Change) => ['name', 'legalName', 'operatedBy'].includes(String(change.path[change.path.length - 1]));

/**
 * The default rules, following the seeds: new collection, new recipients or sharing, new purposes,
 * weaker rights and shorter notice are material (004: "Material Changes: New data collection,
 * sharing practices, user rights"); contact details and wording are minor (004: "Minor Updates:
 * Clarifications, contact information, formatting"). A change no rule matches is material, to be
 * safe.
 */
export const DEFAULT_CLASSIFICATION_RULES: readonly ClassificationRule[] = [
  {
    id: 'new_collection',
    kinds: [
      'collection_added',
      'collection_purpose_added',
      'collection_made_required',
      'collection_legal_basis_changed',
      'collection_retention_changed',
      'not_collected_promise_removed',
    ],
    classification: 'material',
    reason: 'New data collection, or data used in a new way, is a material change (004: "Material Changes: New data collection").',
  },
  {
    id: 'new_sharing',
    kinds: ['recipient_added', 'recipient_receives_more', 'recipient_made_default', 'recipient_may_train_models', 'recipient_exclusion_removed'],
    classification: 'material',
    reason: 'New recipients, or recipients receiving more, change sharing practices (004: "Material Changes: ... sharing practices").',
  },
  { id: 'new_purpose', kinds: ['purpose_added'], classification: 'material', reason: 'A new purpose is a new use of personal data.' },
  {
    id: 'tracking_cookie',
    kinds: ['cookie_added', 'cookie_changed'],
    when: trackingCookie,
    classification: 'material',
    reason: 'An analytics or marketing cookie is new tracking, which needs consent and notice.',
  },
  {
    id: 'weaker_rights',
    kinds: ['right_removed', 'right_weakened', 'response_time_longer'],
    classification: 'material',
    reason: 'Removing or weakening a right, or answering more slowly, affects user rights (004: "Material Changes: ... user rights").',
  },
  {
    id: 'shorter_notice',
    kinds: ['notice_shortened', 'notice_channel_removed'],
    classification: 'material',
    reason: 'Less notice, or fewer channels, weakens the promise about future changes.',
  },
  {
    id: 'acceptance_by_use',
    kinds: ['notice_acceptance_changed'],
    when: (change) => change.after === true,
    classification: 'material',
    reason: 'Making continued use count as acceptance takes away an explicit choice.',
  },
  {
    id: 'weaker_breach_promise',
    kinds: ['breach_notice_longer', 'breach_promise_removed'],
    classification: 'material',
    reason: 'A slower or withdrawn breach notification promise weakens a security commitment.',
  },
  {
    id: 'longer_retention',
    kinds: ['retention_lengthened', 'retention_grace_shortened', 'retention_rule_changed'],
    classification: 'material',
    reason: 'Keeping data longer, less time to recover an account, or a changed retention rule changes what happens to data.',
  },
  {
    id: 'age_rules',
    kinds: ['age_threshold_changed', 'age_protection_removed', 'age_policy_changed'],
    classification: 'material',
    reason: 'Who may use the service, and how minors are protected, is material.',
  },
  {
    id: 'weaker_commitment',
    kinds: ['commitment_removed', 'redaction_weakened'],
    classification: 'material',
    reason: 'Withdrawing a standing promise (no sale, redaction before the AI) is material.',
  },
  {
    id: 'new_controller',
    kinds: ['controller_changed'],
    when: identityField,
    classification: 'material',
    reason: 'A different organisation becomes responsible for the data.',
  },
  {
    id: 'less_data',
    kinds: [
      'collection_removed',
      'collection_purpose_removed',
      'collection_made_optional',
      'purpose_removed',
      'recipient_removed',
      'recipient_receives_less',
      'recipient_made_optional',
      'cookie_removed',
      'not_collected_promise_added',
    ],
    classification: 'minor',
    reason: 'Collecting, using or sharing less only narrows what happens to data.',
  },
  {
    id: 'stronger_promises',
    kinds: [
      'right_added',
      'right_improved',
      'response_time_shorter',
      'notice_lengthened',
      'notice_channel_added',
      'notice_acceptance_changed',
      'breach_notice_shorter',
      'breach_promise_added',
      'commitment_added',
      'redaction_strengthened',
      'retention_shortened',
      'retention_grace_lengthened',
      'retention_rule_added',
      'retention_rule_removed',
      'age_protection_added',
    ],
    classification: 'minor',
    reason: 'A stronger promise, or data kept for less time, only improves the position of users.',
  },
  {
    id: 'necessary_cookie',
    kinds: ['cookie_added', 'cookie_changed'],
    classification: 'minor',
    reason: 'A strictly necessary or preference cookie does not track.',
  },
  {
    id: 'contact_and_wording',
    kinds: ['contact_changed', 'controller_changed', 'wording_changed', 'frameworks_changed', 'time_zone_changed', 'notice_policy_changed'],
    classification: 'minor',
    reason: 'Contact details, clarifications and formatting are minor (004: "Minor Updates: Clarifications, contact information, formatting").',
  },
];
