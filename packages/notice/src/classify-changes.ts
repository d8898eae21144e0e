import type { Change, ManifestDiff } from './change.js';
import { DEFAULT_CLASSIFICATION_RULES, type ChangeClass, type ClassificationRule } from './classification-rules.js';

/** A change with its class and the rule that decided it. */
export interface ClassifiedChange extends Change {
  readonly classification: ChangeClass;
  /** The id of the deciding rule, or `'no_rule_matched'`. */
  readonly rule: string;
  /** Why, in words. */
  readonly reason: string;
}

/** A diff whose every change is classified. */
export interface ClassifiedDiff extends ManifestDiff {
  readonly changes: readonly ClassifiedChange[];
  /** Whether any change is material. */
  readonly material: boolean;
}

/** Options for {@link classifyChanges}. */
export interface ClassifyOptions {
  /** Rules tried before the defaults (a team's overrides). */
  readonly overrides?: readonly ClassificationRule[];
  /** Replaces the default rules entirely. */
  readonly rules?: readonly ClassificationRule[];
}

/**
 * Classifies one change: the first matching rule decides; when none matches, the change is material
 * (to be safe), and the reason says so.
 *
 * @example
 * classifyChange({ kind: 'contact_changed', path: ['contact', 'email'], pathText: 'contact.email',
 *   before: 'a@x.io', after: 'b@x.io', summary: 'Privacy contact changed.' }).classification; // 'minor'
 */
export function classifyChange(change: Change, options: ClassifyOptions = {}): ClassifiedChange {
  const rules = [...(options.overrides ?? []), ...(options.rules ?? DEFAULT_CLASSIFICATION_RULES)];
  const rule = rules.find((r) => r.kinds.includes(change.kind) && (r.when === undefined || r.when(change)));
  if (!rule) {
    return { ...change, classification: 'material', rule: 'no_rule_matched', reason: `No rule classifies "${change.kind}" here, so it is treated as material to be safe.` };
  }
  return { ...change, classification: rule.classification, rule: rule.id, reason: rule.reason };
}

/**
 * Classifies every change of a diff as `material` or `minor` by readable rules (the defaults follow
 * the seeds; `overrides` are tried first), each decision with the deciding rule and its reason.
 *
 * @example
 * const classified = classifyChanges(diffManifests(codementorAi, next), {
 *   overrides: [{ id: 'retention_always_material', kinds: ['retention_shortened'], classification: 'material', reason: 'Our DPO asks for notice of any retention change.' }],
 * });
 * classified.material; // true when any change is material
 * classified.changes[0]?.reason; // why the first change is material or minor
 */
export function classifyChanges(diff: ManifestDiff, options: ClassifyOptions = {}): ClassifiedDiff {
  const changes = diff.changes.map((change) => classifyChange(change, options));
  return { ...diff, changes, material: changes.some((c) => c.classification === 'material') };
}
