import type { AgePolicy } from '@priv/schema';
import type { AgeGatePolicy } from './evaluate-age-gate.js';

/**
 * The age policy the gate should apply for a manifest: its `age`, or, when the manifest states no age
 * rules, a policy with no platform minimum (`minimumAge: 0`) so that only the jurisdiction's law decides.
 *
 * @param manifest - a manifest, or anything with an optional `age` policy
 * @returns the policy for `evaluateAgeGate`: the manifest's `age` with `minimumAge` 0 when it states none, or `{ minimumAge: 0 }` without an `age`
 * @example
 * agePolicyOf({ age: undefined }).minimumAge; // 0
 * agePolicyOf({ age: { minimumAge: 16, consentFrom: ['parent'], minorBelow: 18, onUnderageDiscovered: 'delete_account', minorRestrictedPurposes: [] } }).minimumAge; // 16
 */
export function agePolicyOf(manifest: { readonly age?: AgePolicy | undefined }): AgeGatePolicy {
  return manifest.age ? { ...manifest.age, minimumAge: manifest.age.minimumAge ?? 0 } : { minimumAge: 0 };
}
