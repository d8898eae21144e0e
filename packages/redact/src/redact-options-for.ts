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
 * // Policy 000: "emails, phone numbers and card numbers are redacted before the text reaches the AI".
 * redactOptionsFor(codementorAi, 'google_gemini'); // { kinds: ['email', 'phone', 'card'] }
 * redactOptionsFor(codementorAi, 'stripe'); // undefined: no redaction promised before Stripe
 */
export function redactOptionsFor(
  manifest: Pick<PrivacyManifest, 'redaction'>,
  recipient?: string,
): (RedactOptions & { kinds: RedactionKind[] }) | undefined {
  const promise = manifest.redaction;
  if (!promise) return undefined;
  if (recipient !== undefined && !promise.before.includes(recipient)) return undefined;
  return { kinds: [...promise.kinds] };
}
