import { z } from 'zod';
import { TextSchema } from './keys.js';
import { isCustomValue, openList } from './open-list.js';

/** The built-in standing promises, each with the sentence published when no statement is given. */
export const BUILT_IN_COMMITMENTS = {
  no_sale_of_data: 'We do not sell your personal data.',
  no_third_party_advertising_trackers: 'We do not use third-party advertising trackers.',
  no_cross_site_tracking: 'We do not track you across other websites.',
  no_ai_training_on_user_content: 'Your content is not used to train AI models.',
  no_sharing_for_marketing: 'We do not share your personal data with others for their marketing.',
  passwords_hashed: 'Passwords are stored only as hashes.',
  encryption_in_transit: 'Data is encrypted in transit.',
  encryption_at_rest: 'Data is encrypted at rest.',
  security_audits: 'Our security is audited.',
  data_minimisation: 'We collect only the data we need.',
  no_full_card_data: 'We never hold your full card details.',
  redaction_before_ai: 'Personal data is removed from text before it reaches an AI model.',
  processing_agreements: 'Everyone who processes data for us is bound by a data processing agreement.',
  no_sharing: 'We do not share your personal data with anyone.',
  no_cookies: 'We do not use cookies or similar browser storage.',
  no_advertising: 'We do not show advertising.',
  staff_access_limited: 'Only staff who need it can access your personal data.',
  no_tracking_of_minors: 'We do not track or profile minors.',
} as const;
/** A built-in standing promise. */
export type BuiltInCommitmentKind = keyof typeof BUILT_IN_COMMITMENTS;

/** Standing promises policies make, beyond what is collected and shared: a built-in or your own `x_...`. */
export const CommitmentKindSchema = openList(
  Object.keys(BUILT_IN_COMMITMENTS) as [BuiltInCommitmentKind, ...BuiltInCommitmentKind[]],
  'a commitment',
  'A standing promise the policy makes.',
);
/** A kind of standing promise. */
export type CommitmentKind = z.infer<typeof CommitmentKindSchema>;

/**
 * A standing promise and the policy's words for it. A built-in kind without `statement` is published
 * with its stock sentence (`BUILT_IN_COMMITMENTS`); your own kind needs a statement. `no_sharing`
 * and `no_cookies` are the only way to publish "we do not share" / "we do not use cookies": an empty
 * `recipients` or `cookies` list is silence, not a promise.
 */
export const CommitmentSchema = z
  .strictObject({
    kind: CommitmentKindSchema,
    statement: TextSchema.optional().meta({
      description: "The promise in the policy's words; a built-in kind without one is published with its stock sentence.",
    }),
  })
  .refine((c) => c.statement !== undefined || !isCustomValue(c.kind), { message: 'A commitment of your own ("x_...") needs a statement', path: ['statement'] })
  .meta({ if: { properties: { kind: { pattern: '^x_' } }, required: ['kind'] }, then: { required: ['statement'] } });
/** A standing promise. */
export type Commitment = z.infer<typeof CommitmentSchema>;

/**
 * The sentence a commitment is published with: its statement, or the stock sentence of its kind.
 *
 * @param commitment - a commitment
 * @returns the sentence
 * @example
 * commitmentStatement({ kind: 'no_cookies' }); // 'We do not use cookies or similar browser storage.'
 */
export function commitmentStatement(commitment: Commitment): string {
  return commitment.statement ?? (BUILT_IN_COMMITMENTS as Record<string, string>)[commitment.kind] ?? commitment.kind;
}

/** The kinds of personal data `@priv/redact` removes from text. */
export const RedactionKindSchema = z.enum(['email', 'phone', 'card']);
/** A redaction kind. */
export type RedactionKind = z.infer<typeof RedactionKindSchema>;

/**
 * The promise to strip personal data from free text before it reaches a recipient (policy 000: emails,
 * phone numbers and card numbers are redacted before text reaches the AI). `before` lists recipient
 * keys.
 */
export const RedactionPolicySchema = z.strictObject({
  kinds: z.array(RedactionKindSchema).min(1).max(3).meta({ description: 'What is removed: email, phone, card.' }),
  before: z.array(z.string().min(1).max(64)).min(1).max(50).meta({ description: 'Recipient keys or service types the text is cleaned before.' }),
  description: TextSchema.optional().meta({ description: "The promise in the policy's words." }),
});
/** A redaction policy. */
export type RedactionPolicy = z.infer<typeof RedactionPolicySchema>;
