import { BUILT_IN_RETENTION_EVENTS, formatDuration, getDataCategory, parentOf, type Duration, type PrivacyManifest } from '@priv/schema';

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
