export { redact, createRedactor, type RedactResult, type Redactor } from './redactor.js';
export { restorePlaceholders } from './restore-placeholders.js';
export { redactOptionsFor } from './redact-options-for.js';
export {
  ALL_REDACTION_KINDS,
  RedactOptionsSchema,
  resolveRedactOptions,
  type RedactOptions,
  type ResolvedRedactOptions,
} from './options.js';
export { FindingSchema, type Finding, type Detection } from './finding.js';
export { RedactOptionsError, type RedactOptionsIssue } from './errors.js';
export { findEmails } from './find-emails.js';
export { findPhones } from './find-phones.js';
export { DEFAULT_PHONE_COUNTRIES } from './phone-countries.js';
export { scanText } from './scan-text.js';
export { findCards } from './find-cards.js';
export { passesLuhn } from './luhn.js';
export { CARD_NETWORKS, cardNetworkOf, type CardNetwork } from './card-networks.js';
export { isPublicTopLevelDomain } from './top-level-domains.js';
export { createRedactionStream, type RedactionStreamOptions } from './redaction-stream.js';
