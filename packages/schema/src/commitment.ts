import { z } from 'zod';
import { TextSchema } from './keys.js';

/** Standing promises policies make, beyond what is collected and shared. */
export const CommitmentKindSchema = z.enum([
  'no_sale_of_data',
  'no_third_party_advertising_trackers',
  'no_cross_site_tracking',
  'no_ai_training_on_user_content',
  'no_sharing_for_marketing',
  'passwords_hashed',
  'encryption_in_transit',
  'encryption_at_rest',
  'security_audits',
  'data_minimisation',
  'no_full_card_data',
  'redaction_before_ai',
  'processing_agreements',
]);
/** A kind of standing promise. */
export type CommitmentKind = z.infer<typeof CommitmentKindSchema>;

/** A standing promise and the policy's words for it. */
export const CommitmentSchema = z.strictObject({ kind: CommitmentKindSchema, statement: TextSchema });
/** A standing promise. */
export type Commitment = z.infer<typeof CommitmentSchema>;

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
  kinds: z.array(RedactionKindSchema).min(1).max(3),
  before: z.array(z.string().min(1).max(64)).min(1).max(50),
  description: TextSchema.optional(),
});
/** A redaction policy. */
export type RedactionPolicy = z.infer<typeof RedactionPolicySchema>;
