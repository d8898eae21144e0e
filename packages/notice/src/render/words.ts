import {
  BUILT_IN_FRAMEWORKS,
  BUILT_IN_RETENTION_EVENTS,
  formatDuration,
  getDataCategory,
  isCustomValue,
  JURISDICTION_GROUPS,
  parentOf,
  type Duration,
  type PrivacyManifest,
} from '@priv/schema';

/** `snake_case` to words: `opt_out_of_marketing` → `opt out of marketing`. */
export const words = (key: string) => key.replace(/_/g, ' ');

/** Capitalises the first letter. */
export const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A category's label: the manifest's own declaration, the built-in taxonomy, or its key. */
export function categoryLabel(manifest: PrivacyManifest, key: string): string {
  return manifest.categories.find((c) => c.key === key)?.label ?? getDataCategory(key)?.label ?? key;
}

/** The label of the group a category is shown under (its second-level ancestor: `user.contact`). */
export function groupLabel(manifest: PrivacyManifest, key: string): string {
  let group = key;
  while (group.split('.').length > 2) group = parentOf(group) ?? group;
  return categoryLabel(manifest, group);
}

/** An event in words, lower-case: `the account was deleted`. */
export function eventWords(manifest: PrivacyManifest, key: string): string {
  const text = (BUILT_IN_RETENTION_EVENTS as Record<string, string>)[key] ?? manifest.events.find((e) => e.key === key)?.description ?? words(key);
  return text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');
}

/** A list in words: `a, b and c`. */
export function joinWords(items: readonly string[], last: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** A duration in words, with `formatDuration`. */
export const duration = (d: Duration) => formatDuration(d);

/**
 * The published words for a value of an open list: the built-in words, else the manifest's
 * `labels` for an `x_...` value, else the value without its prefix, in words.
 */
export function valueWords(manifest: PrivacyManifest, value: string, builtIn: Readonly<Record<string, string>>): string {
  const known = builtIn[value];
  if (known !== undefined) return known;
  const label = manifest.labels?.[value];
  if (label !== undefined) return label;
  return words(isCustomValue(value) ? value.slice(2) : value);
}

/** A framework's published name: `UK GDPR`, `FERPA`, or the label of your own. */
export const frameworkWords = (m: PrivacyManifest, f: string) => valueWords(m, f, BUILT_IN_FRAMEWORKS);

/** A jurisdiction code in words: `EEA` → `the European Economic Area`; a country code stays as written. */
export const jurisdictionWords = (code: string) => (JURISDICTION_GROUPS as Record<string, string>)[code] ?? code;

/** The built-in data subjects as plural nouns. */
export const SUBJECT_WORDS: Readonly<Record<string, string>> = {
  user: 'users',
  mentee: 'mentees',
  mentor: 'mentors',
  student: 'students',
  minor: 'minors',
  parent_guardian: 'parents and guardians',
  guardian: 'guardians',
  teacher: 'teachers',
  visitor: 'visitors of our website',
  customer: 'customers',
  donor: 'donors',
  job_applicant: 'job applicants',
  employee: 'employees',
};

/** The built-in data sources as the end of "Where it comes from: ...". */
export const SOURCE_WORDS: Readonly<Record<string, string>> = {
  data_subject: 'you provide it',
  automatic: 'collected automatically when you use the service',
  third_party: 'from third parties',
  derived: 'derived from other data we hold',
  public_sources: 'from public sources',
  other_users: 'from other users',
  school_or_employer: 'from your school or employer',
};

/** The built-in rights as headings. */
export const RIGHT_WORDS: Readonly<Record<string, string>> = {
  access: 'Access',
  rectification: 'Rectification',
  erasure: 'Erasure',
  portability: 'Portability',
  restriction: 'Restriction of processing',
  objection: 'Objection',
  withdraw_consent: 'Withdraw consent',
  automated_decision_making: 'Not to be subject to automated decisions',
  opt_out_of_marketing: 'Opt out of marketing',
  be_informed: 'To be informed',
  complain_to_authority: 'Complain to a supervisory authority',
  opt_out_of_sale: 'Opt out of the sale of personal data',
  non_discrimination: 'Not to be discriminated against for exercising your rights',
};

/** How a recipient stands to us, as a phrase after the name. */
export const ROLE_WORDS: Readonly<Record<string, string>> = {
  processor: 'a processor acting on our instructions',
  sub_processor: 'a sub-processor acting on our instructions',
  independent_controller: 'an independent controller, under its own privacy policy',
  other_users: 'other users of the service',
  public_authority: 'a public authority',
  acquirer: 'a buyer or successor of our business',
};

/** Transfer mechanisms in words. */
export const TRANSFER_WORDS: Readonly<Record<string, string>> = {
  adequacy_decision: 'an adequacy decision',
  standard_contractual_clauses: 'standard contractual clauses',
  eu_us_data_privacy_framework: 'the EU-U.S. Data Privacy Framework',
  binding_corporate_rules: 'binding corporate rules',
  explicit_consent: 'your explicit consent',
  none_needed: 'no transfer mechanism: none is needed',
};
