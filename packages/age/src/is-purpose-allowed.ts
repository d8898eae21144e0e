import { AgeInputError } from './errors.js';
import { type AgeGateInput, type AgeGateOptions, type AgeGatePolicy, evaluateAgeGate } from './evaluate-age-gate.js';
import { dateOfAge } from './age-on.js';

/** Who the purpose would apply to, and when. `jurisdiction` is needed for opt-in rules (California). */
export interface PurposeCheckInput extends Omit<AgeGateInput, 'jurisdiction'> {
  /** Purpose key from the manifest, e.g. `marketing`. */
  readonly purpose: string;
  readonly jurisdiction: string;
  /** The person (or, below the consent age, a parent) has opted in to this purpose. */
  readonly optedIn?: boolean;
}

/** Whether a purpose may be applied to this person now, and why. */
export type PurposeDecision =
  | { readonly allowed: true; readonly reason: 'not_restricted' | 'adult' | 'opted_in' }
  | {
      readonly allowed: false;
      /** `minor_restricted`: the platform keeps this purpose off for minors; `opt_in_required`: the law needs an opt-in; `age_unknown`: ask for the age first. */
      readonly reason: 'minor_restricted' | 'opt_in_required' | 'age_unknown';
      readonly decidedBy: 'platform' | 'jurisdiction' | null;
      /** The date the restriction ends for this person (`null` if unknown). */
      readonly until: string | null;
    };

/**
 * Call before applying a purpose to a person (sending a marketing email, say): off for a minor when
 * the policy lists the purpose in `minorRestrictedPurposes`; off below the law's opt-in age (California:
 * sale or sharing under 16) unless `optedIn`; off when the age is unknown and a restriction could apply.
 *
 * @example
 * const policy = { minimumAge: 13, minorRestrictedPurposes: ['marketing'] };
 * const on = new Date('2026-11-22T12:00:00Z');
 * isPurposeAllowed(policy, { purpose: 'marketing', birthDate: '2010-03-01', jurisdiction: 'GB', on, timeZone: 'Europe/London' });
 * // { allowed: false, reason: 'minor_restricted', decidedBy: 'platform', until: '2028-03-01' }
 * isPurposeAllowed(policy, { purpose: 'marketing', birthDate: '2000-03-01', jurisdiction: 'GB', on, timeZone: 'Europe/London' }).allowed; // true
 */
export function isPurposeAllowed(policy: AgeGatePolicy, input: PurposeCheckInput, options: AgeGateOptions = {}): PurposeDecision {
  if (typeof input?.purpose !== 'string' || !/^[a-z][a-z0-9_]*$/.test(input.purpose)) {
    throw new AgeInputError('invalid_purpose', ['purpose'], `Expected a snake_case purpose key, got ${JSON.stringify(input?.purpose)}`);
  }
  const gate = evaluateAgeGate(policy, input, options);
  const minorBelow = policy.minorBelow ?? 18;
  const restricted = (policy.minorRestrictedPurposes ?? []).includes(input.purpose);
  const optIn = gate.rules.jurisdiction.optIn;
  const needsOptIn = optIn !== undefined && optIn.purposes.includes(input.purpose);
  const at = (years: number) => (input.birthDate === undefined ? null : dateOfAge(input.birthDate, years, gate.rules.leapDay));
  if (gate.age === null) {
    return restricted || needsOptIn ? { allowed: false, reason: 'age_unknown', decidedBy: null, until: null } : { allowed: true, reason: 'not_restricted' };
  }
  if (restricted && gate.age < minorBelow) return { allowed: false, reason: 'minor_restricted', decidedBy: 'platform', until: at(minorBelow) };
  if (needsOptIn && gate.age < optIn.below) {
    return input.optedIn ? { allowed: true, reason: 'opted_in' } : { allowed: false, reason: 'opt_in_required', decidedBy: 'jurisdiction', until: at(optIn.below) };
  }
  return { allowed: true, reason: restricted ? 'adult' : 'not_restricted' };
}
