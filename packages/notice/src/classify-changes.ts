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
 * @param change - one change from `diffManifests`
 * @param options - `overrides` tried before the rules, `rules` in place of `DEFAULT_CLASSIFICATION_RULES`
 * @returns the change with `classification` (`material` or `minor`), the deciding `rule` id and its `reason` (material, and saying so, when no rule matches)
 * @example
 * classifyChange({ kind: 'contact_changed', path: ['contact', 'email'], pathText: 'contact.email',
 *   before: 'a@x.io', after: 'b@x.io', summary: 'Privacy contact changed.' }).classification; // 'minor'
 */
export function classifyChange(change: Change, options: ClassifyOptions = {}): ClassifiedChange {
  const rules = [...(options.overrides ?? []), ...(options.rules ?? DEFAULT_CLASSIFICATION_RULES)];
  const rule = rules.find((r) => r.kinds.includes(change.kind) && (r.when === undefined || r.when(change)));
  if (!rule) {
    return {
      ...change,
      classification: 'material',
      rule: 'no_rule_matched',
      reason: `No rule classifies "${change.kind}" here, so it is treated as material to be safe.`,
    };
  }
  return { ...change, classification: rule.classification, rule: rule.id, reason: rule.reason };
}

/**
 * Classifies every change of a diff as `material` or `minor` by readable rules (the defaults follow
 * the seeds; `overrides` are tried first), each decision with the deciding rule and its reason.
 *
 * @param diff - what `diffManifests` returned
 * @param options - `overrides` tried before the rules, `rules` in place of `DEFAULT_CLASSIFICATION_RULES`
 * @returns the diff with every change classified and `material: true` when any change is material
 * @example
 * import { classifyChanges, diffManifests } from '@priv/notice';
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
 * const v2 = defineManifest({ ...input, version: '2026-09-01', effectiveDate: '2026-09-01',
 *   recipients: [...input.recipients, { key: 'mixpanel', name: 'Mixpanel', role: 'sub_processor', services: ['analytics'], categories: ['user.technical.ip_address'] }] });
 * const classified = classifyChanges(diffManifests(v1, v2), {
 *   overrides: [{ id: 'retention_always_material', kinds: ['retention_shortened'], classification: 'material', reason: 'Our DPO asks for notice of any retention change.' }],
 * });
 * classified.material; // true: a new recipient is new sharing
 * classified.changes[0]?.rule; // 'new_sharing'
 * classified.changes[0]?.reason; // why the first change is material or minor
 */
export function classifyChanges(diff: ManifestDiff, options: ClassifyOptions = {}): ClassifiedDiff {
  const changes = diff.changes.map((change) => classifyChange(change, options));
  return { ...diff, changes, material: changes.some((c) => c.classification === 'material') };
}
