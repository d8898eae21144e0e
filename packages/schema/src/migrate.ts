import type { PrivacyManifestInput } from './manifest.js';

/** What {@link migrateLegalBasesPerPurpose} did: the migrated manifest and what it could not decide. */
export interface LegalBasesMigration {
  /** The manifest, with every unambiguous list of lawful bases rewritten by purpose. */
  readonly manifest: PrivacyManifestInput;
  /**
   * Collections whose list names several bases for several purposes: which basis serves which purpose
   * is not in the manifest, so they are left as they were. Decide each by hand.
   */
  readonly ambiguous: readonly { readonly path: readonly (string | number)[]; readonly category: string }[];
}

/**
 * Rewrites the older per-collection form of lawful bases (`legalBases: ['contract']`) into the form
 * by purpose (`legalBases: { provide_service: ['contract'] }`) wherever that is unambiguous: one
 * purpose, or one basis. A collection with several bases and several purposes is left as it is and
 * reported, because the manifest does not say which basis serves which purpose. Pure: the input is
 * not changed.
 *
 * @param input - a manifest as written (before or after `parseManifest`)
 * @returns the migrated manifest and the collections that need a decision
 * @example
 * import { migrateLegalBasesPerPurpose, type PrivacyManifestInput } from '@priv/schema';
 *
 * const input: PrivacyManifestInput = {
 *   version: '1.0.0', effectiveDate: '2026-05-12', controller: { name: 'Example School' }, contact: { email: 'privacy@example.com' },
 *   purposes: [{ key: 'provide_service', description: 'Run the school.' }, { key: 'newsletter', description: 'Send news.' }],
 *   collections: [
 *     { category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['after_deletion'] },
 *     { category: 'user.contact.phone', purposes: ['provide_service', 'newsletter'], legalBases: ['contract', 'consent'], source: 'data_subject', retention: ['after_deletion'] },
 *   ],
 *   retention: [{ key: 'after_deletion', description: '30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete' }],
 * };
 * const { manifest, ambiguous } = migrateLegalBasesPerPurpose(input);
 * manifest.collections[0]?.legalBases; // { provide_service: ['contract'] }
 * ambiguous.map((a) => a.category); // ['user.contact.phone']: two bases for two purposes
 */
export function migrateLegalBasesPerPurpose(input: PrivacyManifestInput): LegalBasesMigration {
  const ambiguous: { path: (string | number)[]; category: string }[] = [];
  const collections = input.collections.map((c, i) => {
    const bases = c.legalBases;
    if (!Array.isArray(bases)) return c;
    if (c.purposes.length === 1 || bases.length === 1) {
      return { ...c, legalBases: Object.fromEntries(c.purposes.map((p) => [p, [...bases]])) };
    }
    ambiguous.push({ path: ['collections', i, 'legalBases'], category: c.category });
    return c;
  });
  return { manifest: { ...input, collections }, ambiguous };
}
