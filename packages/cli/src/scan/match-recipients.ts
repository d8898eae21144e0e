import type { Recipient } from '@priv/schema';
import type { CatalogIndex } from './catalog.js';
import type { CatalogVendor } from './catalog-schema.js';

/**
 * The words of a name, lower case, accents and punctuation dropped: `'Stripe, Inc.'` → `['stripe', 'inc']`.
 *
 * @param text - a name or key
 * @returns its words
 * @example
 * wordsOf('google_analytics'); // ['google', 'analytics']
 */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/([a-z])\.([a-z])/g, '$1$2')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0 || run.length > words.length) return false;
  for (let i = 0; i + run.length <= words.length; i += 1) if (run.every((w, j) => words[i + j] === w)) return true;
  // Also as one word: a recipient key 'posthog' against 'Post Hog', 'customerio' against 'Customer.io'.
  return words.includes(run.join(''));
}

const LEGAL_WORDS = new Set([
  'inc',
  'llc',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'sarl',
  'bv',
  'nv',
  'plc',
  'pty',
  'ireland',
  'europe',
  'eu',
  'uk',
  'us',
  'usa',
  'international',
  'technologies',
  'technology',
  'platforms',
  'labs',
  'software',
  'the',
]);

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => b[i] === w);
}

/**
 * Whether a recipient, by its key or name, is a vendor: the recipient's words contain the vendor's
 * id, name or an alias, in order (`Stripe Payments Europe` is Stripe, `Google Analytics 4` is Google
 * Analytics), or the recipient is just the vendor's company (`Google LLC` covers every Google
 * product; `Microsoft Azure` does not cover Microsoft Clarity).
 *
 * @param recipient - a manifest recipient
 * @param vendor - a catalog vendor
 * @returns `true` when the names match
 * @example
 * namesMatch({ key: 'stripe', name: 'Stripe, Inc.' }, shippedCatalog().vendors.get('stripe')!); // true
 */
export function namesMatch(recipient: Pick<Recipient, 'key' | 'name'>, vendor: CatalogVendor): boolean {
  const sides = [wordsOf(recipient.key), wordsOf(recipient.name)];
  const phrases = [vendor.id, vendor.name, ...vendor.aliases].map(wordsOf);
  if (sides.some((words) => phrases.some((phrase) => containsRun(words, phrase)))) return true;
  if (!vendor.company) return false;
  const company = wordsOf(vendor.company).filter((w) => !LEGAL_WORDS.has(w));
  return sides.some((words) =>
    sameWords(
      words.filter((w) => !LEGAL_WORDS.has(w)),
      company,
    ),
  );
}

/** Which catalog vendors each recipient stands for. */
export interface RecipientVendors {
  /** Recipient key → vendor ids. */
  readonly byRecipient: ReadonlyMap<string, readonly string[]>;
  /** Vendor id → recipient keys. */
  readonly byVendor: ReadonlyMap<string, readonly string[]>;
}

/**
 * Matches recipients to catalog vendors: by name or key, unless an explicit link (`--link
 * recipient=vendor`) names the vendors of a recipient, which then settles it.
 *
 * @param recipients - the manifest's recipients
 * @param catalog - the vendor catalog
 * @param links - recipient key → vendor ids, from `--link`
 * @returns the matches both ways
 * @example
 * import { parseManifest } from '@priv/schema';
 * import { matchRecipients, shippedCatalog } from '@priv/cli';
 *
 * const manifest = parseManifest({ ...{
 *   version: '1.0.0', effectiveDate: '2026-05-12', timeZone: 'UTC', controller: { name: 'Example School' }, contact: { email: 'privacy@example.com' },
 *   purposes: [{ key: 'provide_service', description: 'Run the school.' }],
 *   collections: [{ category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['after_deletion'] }],
 *   retention: [{ key: 'after_deletion', description: '30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete' }],
 * },
 *   recipients: [{ key: 'ai_tutor', name: 'Our AI tutor', role: 'sub_processor', services: ['ai_model_provider'], categories: ['user.contact.email'] }] });
 * const matches = matchRecipients(manifest.recipients, shippedCatalog(), new Map([['ai_tutor', ['openai']]]));
 * matches.byVendor.get('openai'); // ['ai_tutor']
 */
export function matchRecipients(recipients: readonly Recipient[], catalog: CatalogIndex, links: ReadonlyMap<string, readonly string[]>): RecipientVendors {
  const byRecipient = new Map<string, string[]>();
  const byVendor = new Map<string, string[]>();
  for (const recipient of recipients) {
    const linked = links.get(recipient.key);
    const vendors = linked ? [...linked] : catalog.catalog.vendors.filter((v) => namesMatch(recipient, v)).map((v) => v.id);
    byRecipient.set(recipient.key, vendors);
    for (const id of vendors) byVendor.set(id, [...(byVendor.get(id) ?? []), recipient.key]);
  }
  return { byRecipient, byVendor };
}
