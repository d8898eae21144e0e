import type { PrivacyManifest, Recipient, RetentionRule } from '@priv/schema';
import { expect } from 'vitest';

/** The categories a manifest collects. */
export const collected = (m: PrivacyManifest) => m.collections.map((c) => c.category);

/** The recipient with this name; fails the test when absent. */
export function recipient(m: PrivacyManifest, name: string): Recipient {
  const found = m.recipients.find((r) => r.name === name);
  expect(found, `recipient ${name}`).toBeDefined();
  return found as Recipient;
}

/** The retention rule with this key; fails the test when absent. */
export function rule(m: PrivacyManifest, key: string): RetentionRule {
  const found = m.retention.find((r) => r.key === key);
  expect(found, `retention rule ${key}`).toBeDefined();
  return found as RetentionRule;
}

/** The retention rules that govern a category. */
export function rulesFor(m: PrivacyManifest, category: string): string[] {
  return m.collections.find((c) => c.category === category)?.retention ?? [];
}
