import type { PrivacyManifest } from '@priv/schema';
import { documentToHtml } from './html.js';
import { documentToMarkdown } from './markdown.js';
import { buildPolicyDocument } from './policy-document.js';

/**
 * The human-readable policy of a manifest, as Markdown. Generated from the manifest, so the text
 * cannot drift from what the code does.
 *
 * @param manifest - a validated manifest
 * @returns the policy as Markdown (see `documentToMarkdown`)
 * @example
 * import { renderPolicyMarkdown } from '@priv/notice';
 * import { defineManifest, type PrivacyManifestInput } from '@priv/schema';
 *
 * const input = {
 *   version: '2026-05-12', effectiveDate: '2026-05-12', timeZone: 'UTC',
 *   controller: { name: 'CodeMentor AI' }, contact: { email: 'support@learnpython.academy' },
 *   purposes: [{ key: 'provide_service', description: 'To provide the service you paid for.' }],
 *   collections: [
 *     { category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['backups_after_deletion'] },
 *     { category: 'user.technical.ip_address', purposes: ['provide_service'], legalBases: ['legitimate_interests'], source: 'automatic', retention: ['backups_after_deletion'] },
 *   ],
 *   recipients: [{ key: 'vercel', name: 'Vercel', role: 'sub_processor', services: ['hosting'], categories: ['user.technical.ip_address'] }],
 *   rights: [{ right: 'erasure', description: 'Delete your account.', channels: [{ method: 'email', address: 'support@learnpython.academy' }], response: { within: { days: 30 } } }],
 *   retention: [{ key: 'backups_after_deletion', description: '30 days in backups after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete', storage: 'backups' }],
 *   notice: { material: { advanceNotice: { days: 14 }, channels: ['email'] }, minor: { channels: ['page_update'] } },
 *   breach: { notifyUsersWithin: { hours: 72 } },
 * } satisfies PrivacyManifestInput;
 * const v1 = defineManifest(input);
 * renderPolicyMarkdown(v1).split('\n')[0]; // '# Privacy policy — CodeMentor AI'
 */
export function renderPolicyMarkdown(manifest: PrivacyManifest): string {
  return documentToMarkdown(buildPolicyDocument(manifest));
}

/**
 * The human-readable policy of a manifest, as an HTML fragment with every text escaped.
 *
 * @param manifest - a validated manifest
 * @returns the policy as one HTML `<article>` (see `documentToHtml`)
 * @example
 * import { renderPolicyHtml } from '@priv/notice';
 * import { defineManifest, type PrivacyManifestInput } from '@priv/schema';
 *
 * const input = {
 *   version: '2026-05-12', effectiveDate: '2026-05-12', timeZone: 'UTC',
 *   controller: { name: 'CodeMentor AI' }, contact: { email: 'support@learnpython.academy' },
 *   purposes: [{ key: 'provide_service', description: 'To provide the service you paid for.' }],
 *   collections: [
 *     { category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['backups_after_deletion'] },
 *     { category: 'user.technical.ip_address', purposes: ['provide_service'], legalBases: ['legitimate_interests'], source: 'automatic', retention: ['backups_after_deletion'] },
 *   ],
 *   recipients: [{ key: 'vercel', name: 'Vercel', role: 'sub_processor', services: ['hosting'], categories: ['user.technical.ip_address'] }],
 *   rights: [{ right: 'erasure', description: 'Delete your account.', channels: [{ method: 'email', address: 'support@learnpython.academy' }], response: { within: { days: 30 } } }],
 *   retention: [{ key: 'backups_after_deletion', description: '30 days in backups after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete', storage: 'backups' }],
 *   notice: { material: { advanceNotice: { days: 14 }, channels: ['email'] }, minor: { channels: ['page_update'] } },
 *   breach: { notifyUsersWithin: { hours: 72 } },
 * } satisfies PrivacyManifestInput;
 * const v1 = defineManifest(input);
 * renderPolicyHtml(v1).includes('<section id="what-we-collect">'); // true
 */
export function renderPolicyHtml(manifest: PrivacyManifest): string {
  return documentToHtml(buildPolicyDocument(manifest));
}
