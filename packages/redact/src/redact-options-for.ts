import type { PrivacyManifest, RedactionKind } from '@priv/schema';
import type { RedactOptions } from './options.js';

/**
 * The redaction a manifest promises before text reaches a recipient: its `redaction.kinds`, or
 * `undefined` when the manifest promises none for that recipient (or none at all). Pass the result to
 * `redact` or `createRedactor`; phone numbers are then read in `DEFAULT_PHONE_COUNTRIES` unless you
 * add `countries`.
 *
 * @param manifest - a manifest with its `redaction` promise.
 * @param recipient - the recipient the text goes to (any recipient when omitted).
 * @returns the options, or `undefined` when nothing is promised for that recipient.
 * @example
 * import { parseManifest } from '@priv/schema';
 * import { redactOptionsFor } from '@priv/redact';
 *
 * const codementorAi = parseManifest({
 *   version: '2026-05-12', effectiveDate: '2026-05-12', controller: { name: 'CodeMentor AI' }, contact: { email: 'support@learnpython.academy' },
 *   purposes: [{ key: 'ai_tutoring', description: 'Answering your questions in the AI tutor.' }, { key: 'billing', description: 'Payments.' }],
 *   collections: [
 *     { category: 'user.content.ai_prompt', purposes: ['ai_tutoring'], legalBases: ['contract'], source: 'data_subject', retention: ['after_deletion'] },
 *     { category: 'user.payment.customer_reference', purposes: ['billing'], legalBases: ['contract'], source: 'third_party', retention: ['after_deletion'] },
 *   ],
 *   recipients: [
 *     { key: 'google_gemini', name: 'Google (Gemini API)', role: 'sub_processor', services: ['ai_model_provider'], categories: ['user.content.ai_prompt'] },
 *     { key: 'stripe', name: 'Stripe', role: 'sub_processor', services: ['payments'], categories: ['user.payment.customer_reference'] },
 *   ],
 *   retention: [{ key: 'after_deletion', description: '30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete' }],
 *   redaction: { kinds: ['email', 'phone', 'card'], before: ['google_gemini'] },
 * });
 * // Policy 000: "emails, phone numbers and card numbers are redacted before the text reaches the AI".
 * redactOptionsFor(codementorAi, 'google_gemini'); // { kinds: ['email', 'phone', 'card'] }
 * redactOptionsFor(codementorAi, 'stripe'); // undefined: no redaction promised before Stripe
 */
export function redactOptionsFor(manifest: Pick<PrivacyManifest, 'redaction'>, recipient?: string): (RedactOptions & { kinds: RedactionKind[] }) | undefined {
  const promise = manifest.redaction;
  if (!promise) return undefined;
  if (recipient !== undefined && !promise.before.includes(recipient)) return undefined;
  return { kinds: [...promise.kinds] };
}
