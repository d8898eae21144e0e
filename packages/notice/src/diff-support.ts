import { formatDuration, formatPath, getDataCategory, type Duration, type PrivacyManifest } from '@priv/schema';
import type { Change, ChangeKind } from './change.js';

type Path = (string | number)[];

/** A value's canonical JSON (object keys sorted), for equality checks. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Whether two values are equal as data. */
export function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** The elements of `a` that `b` lacks (by canonical equality). */
export function missingFrom<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] {
  const inB = new Set((b ?? []).map(canonical));
  return (a ?? []).filter((x) => !inB.has(canonical(x)));
}

/** Fields that hold the policy's own words; any other changed field is a change of substance. */
const TEXT_FIELDS = new Set([
  'description',
  'label',
  'statement',
  'name',
  'purpose',
  'reason',
  'condition',
  'location',
  'content',
  'region',
  'privacyPolicyUrl',
  'website',
]);

/** Collects changes while a diff walks two manifests. */
export class ChangeLog {
  readonly changes: Change[] = [];

  constructor(
    readonly before: PrivacyManifest,
    readonly after: PrivacyManifest,
  ) {}

  add(kind: ChangeKind, path: Path, before: unknown, after: unknown, summary: string, features?: readonly string[]): void {
    const change: Change = { kind, path: [...path], pathText: formatPath(path), before, after, summary };
    this.changes.push(features && features.length > 0 ? { ...change, features: [...features] } : change);
  }

  /** A category's label from either manifest's declarations or the built-in taxonomy, else its key. */
  label(key: string): string {
    const custom = [...this.after.categories, ...this.before.categories].find((c) => c.key === key);
    return custom?.label ?? getDataCategory(key)?.label ?? key;
  }

  labels(keys: readonly string[]): string {
    return keys.map((k) => this.label(k)).join(', ');
  }

  /**
   * Compares the fields of two versions of one item that no specific rule handled: a changed text
   * field (description, label, statement...) is a wording change, anything else an `other_change` (classified material unless a rule says
   * otherwise), so nothing that changed goes unreported.
   */
  rest(before: object, after: object, path: Path, handled: readonly string[], what: string, features?: readonly string[]): void {
    const b = before as Record<string, unknown>;
    const a = after as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !handled.includes(k));
    for (const key of keys) {
      if (same(b[key], a[key])) continue;
      const textual = TEXT_FIELDS.has(key) && (typeof b[key] === 'string' || b[key] === undefined) && (typeof a[key] === 'string' || a[key] === undefined);
      if (textual) this.add('wording_changed', [...path, key], b[key], a[key], `Wording of ${what} (${key}) changed.`, features);
      else this.add('other_change', [...path, key], b[key], a[key], `${what}: ${key} changed from ${show(b[key])} to ${show(a[key])}.`, features);
    }
  }
}

/** A short readable form of a value for summaries. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${value}"`;
  if (isDuration(value)) return formatDuration(value);
  return canonical(value);
}

function isDuration(value: unknown): value is Duration {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => ['years', 'months', 'weeks', 'days', 'hours'].includes(k));
}

/** A duration, `'indefinite'` or nothing, in words. */
export function period(value: Duration | 'indefinite' | undefined): string {
  if (value === undefined) return 'none';
  return value === 'indefinite' ? 'indefinitely' : formatDuration(value);
}

/** Matches two lists by key: pairs in the new list's order, then what was removed. */
export function matchByKey<T>(before: readonly T[], after: readonly T[], key: (item: T) => string) {
  const oldIndex = new Map(before.map((item, i) => [key(item), i]));
  const newKeys = new Set(after.map(key));
  const pairs = after.map((item, i) => {
    const j = oldIndex.get(key(item));
    return { key: key(item), after: item, afterIndex: i, before: j === undefined ? undefined : before[j], beforeIndex: j };
  });
  const removed = before.map((item, i) => ({ key: key(item), item, index: i })).filter((r) => !newKeys.has(r.key));
  return { pairs, removed };
}
