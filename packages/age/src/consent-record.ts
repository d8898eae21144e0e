import { ConsentGiverSchema, SnakeKeySchema } from '@priv/schema';
import { z } from 'zod';
import { AgeInputError } from './errors.js';

/**
 * How a parent's (or guardian's, teacher's, school's) consent was obtained.
 *
 * @example
 * ConsentMethodSchema.safeParse('signed_form').success; // true
 * ConsentMethodSchema.safeParse('telepathy').success; // false
 */
export const ConsentMethodSchema = /* @__PURE__ */ (() =>
  z.enum([
    'signed_form',
    'payment_card_transaction',
    'video_call',
    'government_id',
    'knowledge_based_questions',
    'email_plus',
    'in_person',
    'school_agreement',
  ]))();
/** A consent method. */
export type ConsentMethod = z.infer<typeof ConsentMethodSchema>;

/**
 * A parental consent record: who consented (parent, guardian, or a teacher/school for an educational
 * account), when (an ISO instant with offset), how, and for which purposes (manifest purpose keys).
 *
 * @example
 * ParentalConsentRecordSchema.safeParse({ consentedBy: { role: 'parent' }, consentedAt: '2026-11-22T10:00:00Z', method: 'signed_form', purposes: [] }).error?.issues[0]?.path; // ['purposes']
 */
export const ParentalConsentRecordSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    consentedBy: z.strictObject({
      role: ConsentGiverSchema,
      name: z.string().trim().min(1).max(200).optional(),
    }),
    consentedAt: z.iso.datetime({ offset: true, message: 'Expected an ISO 8601 instant with offset, e.g. 2026-11-22T10:00:00Z' }),
    method: ConsentMethodSchema,
    purposes: z.array(SnakeKeySchema).min(1, 'A consent covers at least one purpose'),
    /** Given for a teacher- or school-managed educational account. */
    educationalAccount: z.boolean().default(false),
  }))();
/** A parsed parental consent record. */
export type ParentalConsentRecord = z.infer<typeof ParentalConsentRecordSchema>;
/** A parental consent record as written (defaults not yet applied). */
export type ParentalConsentRecordInput = z.input<typeof ParentalConsentRecordSchema>;

/**
 * Validates a parental consent record; throws {@link AgeInputError} (`invalid_consent_record`) with
 * the path of the first problem (`purposes[1]`, `consentedBy.role`).
 *
 * @param input - the record as stored or received: `consentedBy` (role, name), `consentedAt`, `method`, `purposes`, optional `educationalAccount`
 * @returns the validated `ParentalConsentRecord`
 * @throws AgeInputError (`invalid_consent_record`) with the path of the first problem (`purposes[1]`, `consentedBy.role`)
 * @example
 * const record = parseConsentRecord({
 *   consentedBy: { role: 'parent' },
 *   consentedAt: '2026-11-22T10:00:00Z',
 *   method: 'signed_form',
 *   purposes: ['provide_service'],
 * });
 * record.educationalAccount; // false
 */
export function parseConsentRecord(input: unknown): ParentalConsentRecord {
  const parsed = ParentalConsentRecordSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AgeInputError('invalid_consent_record', issue?.path ?? [], issue?.message ?? 'Invalid consent record');
  }
  return parsed.data;
}
