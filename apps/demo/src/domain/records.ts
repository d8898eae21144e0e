import type { PurgeRecord } from '@priv/retention';
import { getDataCategory, type Collection, type PrivacyManifest, type StorageScope } from '@priv/schema';

/** A stored record as the app reads it from the `records` table. */
export interface StoredRecord {
  readonly id: string;
  readonly account_id: string;
  readonly category: string;
  readonly storage: StorageScope | null;
  readonly label: string;
  readonly content: string;
  readonly created_at: Date;
  readonly events: Record<string, string>;
  readonly anonymised_at: Date | null;
  readonly archived_at: Date | null;
}

/** The account fields that are retention events (`account_created`, `deletion_requested`, `account_deleted`). */
export interface AccountEvents {
  readonly id: string;
  readonly created_at: Date;
  readonly deletion_requested_at: Date | null;
  readonly deleted_at: Date | null;
}

/** A record to insert: what sign-up (or the seed) collects for one collection of the manifest. */
export interface NewRecord {
  readonly id: string;
  readonly category: string;
  readonly storage: StorageScope | null;
  readonly label: string;
  readonly content: string;
  readonly events: Record<string, string>;
  /** When the record was written, if not when the account was created (recent log lines). */
  readonly createdAt?: Date;
}

/** A category's label: the manifest's own categories first, then the built-in taxonomy. */
export function categoryLabel(manifest: PrivacyManifest, key: string): string {
  return manifest.categories?.find((c) => c.key === key)?.label ?? getDataCategory(key)?.label ?? key;
}

const SAMPLE: ReadonlyArray<readonly [string, (p: { name: string; email: string; country: string }) => string]> = [
  ['user.contact.email', (p) => p.email],
  ['user.contact.phone', () => '+44 20 7946 0958'],
  ['user.identity', (p) => p.name],
  ['user.account.password_hash', () => '$argon2id$v=19$m=65536…'],
  ['user.account', (p) => `Username ${p.email.split('@')[0] ?? 'learner'}, language English`],
  ['user.profile', (p) => `${p.name}'s profile: “Learning Python, likes puzzles”`],
  ['user.behavior.learning_progress', () => '12 lessons completed, 1,340 XP'],
  ['user.content.code', () => "def greet(name):\n    return f'Hello, {name}!'"],
  ['user.content.ai_prompt', () => 'Why does my for-loop print the last item twice?'],
  ['user.content.message', () => 'Hi! Could we go through recursion on Thursday?'],
  ['user.content.review', () => '★★★★★ Clear explanations, very patient.'],
  ['user.content', () => 'A file you uploaded (profile-photo.png)'],
  ['user.financial.transaction', () => '€29.00 — 1 mentoring session'],
  ['user.financial.invoice', () => 'Invoice INV-2024-0042.pdf, €29.00'],
  ['user.financial', () => 'Balance: 120 credits, Pro plan'],
  ['user.payment', () => 'Stripe reference cus_N1x…, card ending 4242'],
  ['user.technical.ip_address', () => '203.0.113.42'],
  ['user.technical.user_agent', () => 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156'],
  ['user.technical.country', (p) => p.country],
  ['user.technical.session_token', () => 'session …f3a9 (signed)'],
  ['user.technical', () => 'Technical log entry'],
  ['user.behavior', () => 'Visited lessons 3–7, 42 minutes this week'],
  ['user.communication.notification', () => 'Your session with Sam starts in 1 hour'],
  ['user.communication.email_content', () => 'Email: “Your booking for Thursday is confirmed”'],
  ['user.behavior.booking', () => 'Mentoring session, Thursday 17:00 (60 min)'],
  ['user.behavior.cart', () => 'Wishlist: “Intro to Rust”, “SQL basics”'],
  ['user.behavior.enrollment', () => 'Enrolled in “Python for beginners”, lesson 7 of 20'],
  ['user.communication', () => 'Ticket #1042: “I cannot reset my password”'],
  ['user.consent', () => 'Parental consent on file'],
];

/** A plausible value for a category, for a demo account. */
export function sampleContent(category: string, person: { name: string; email: string; country: string }, fallback: string): string {
  // The longest matching prefix wins (user.behavior.booking before user.behavior).
  let best: (typeof SAMPLE)[number] | undefined;
  for (const entry of SAMPLE) if (category.startsWith(entry[0]) && entry[0].length > (best?.[0].length ?? -1)) best = entry;
  return best ? best[1](person) : fallback;
}

/**
 * The storage copies a collection's data lives in: one per storage its retention rules name
 * (`active`, `backups`, `logs`), or a single copy (`null`: every rule applies) when they name none.
 */
export function storagesOf(manifest: PrivacyManifest, collection: Collection): (StorageScope | null)[] {
  const scopes = new Set<StorageScope>();
  for (const key of collection.retention ?? []) {
    const rule = manifest.retention.find((r) => r.key === key);
    if (rule?.storage && rule.storage !== 'all') scopes.add(rule.storage);
  }
  return scopes.size === 0 ? [null] : [...scopes];
}

/** Anchor events of a collection's rules that belong to the record itself (not to the account). */
export function recordAnchors(manifest: PrivacyManifest, collection: Collection): string[] {
  const anchors = new Set<string>();
  for (const key of collection.retention ?? []) {
    const rule = manifest.retention.find((r) => r.key === key);
    if (rule && !ACCOUNT_EVENTS.has(rule.anchor)) anchors.add(rule.anchor);
  }
  return [...anchors];
}

const ACCOUNT_EVENTS = new Set(['account_created', 'account_deleted', 'deletion_requested', 'record_created']);

/**
 * What the account holds under this manifest: one record per collected category (optional features
 * left out) and storage copy. `resolved` gives record events such as `ticket_resolved` a date
 * (seeded history); without it those events have not happened yet (an open ticket). `logsAt` dates
 * log copies (log lines are recent, whenever the account was made).
 */
export function recordsFor(
  manifest: PrivacyManifest,
  account: { id: string; name: string; email: string; country: string; created_at: Date },
  options: { readonly resolvedAt?: Date; readonly logsAt?: Date; readonly withParentalConsent?: boolean } = {},
): NewRecord[] {
  const out: NewRecord[] = [];
  let n = 0;
  for (const collection of manifest.collections) {
    if (collection.optional) continue;
    // Data only about minors and their parents (a parental consent record) exists only for a minor's account.
    const minorsOnly =
      collection.subjects !== undefined && collection.subjects.length > 0 && collection.subjects.every((s) => s === 'minor' || s === 'parent_guardian');
    if (minorsOnly && !options.withParentalConsent) continue;
    const anchors = recordAnchors(manifest, collection);
    const events: Record<string, string> = {};
    for (const anchor of anchors) {
      if (anchor === 'transaction_date') events[anchor] = account.created_at.toISOString();
      else if (options.resolvedAt) events[anchor] = options.resolvedAt.toISOString();
    }
    const label = categoryLabel(manifest, collection.category);
    const content = sampleContent(collection.category, account, collection.description ?? label);
    for (const storage of storagesOf(manifest, collection)) {
      n += 1;
      const createdAt = storage === 'logs' && options.logsAt ? { createdAt: options.logsAt } : {};
      out.push({ id: `${account.id}-r${String(n).padStart(2, '0')}`, category: collection.category, storage, label, content, events, ...createdAt });
    }
  }
  return out;
}

/** A stored record as `@priv/retention` reads it: categories, events as `Date`s, storage and subject. */
export function toPurgeRecord(record: StoredRecord, account: AccountEvents): PurgeRecord {
  const events: Record<string, Date | null> = {
    account_created: account.created_at,
    record_created: record.created_at,
    deletion_requested: account.deletion_requested_at,
    account_deleted: account.deleted_at,
  };
  for (const [key, value] of Object.entries(record.events)) events[key] = new Date(value);
  return {
    id: record.id,
    categories: [record.category],
    events,
    subject: account.id,
    ...(record.storage ? { storage: record.storage } : {}),
  };
}
