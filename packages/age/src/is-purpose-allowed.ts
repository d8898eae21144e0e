import { AgeInputError } from './errors.js';
import { type AgeGateInput, type AgeGateOptions, type AgeGatePolicy, evaluateAgeGate } from './evaluate-age-gate.js';
import { dateOfAge } from './age-on.js';
import type { PurposeRule } from './jurisdiction-ages.js';
import { type LawReference, lawReference } from './law-reference.js';

/** Who the purpose would apply to, and when. `jurisdiction` is needed for the law's purpose rules. */
export interface PurposeCheckInput extends Omit<AgeGateInput, 'jurisdiction'> {
  /** Purpose key from the manifest, e.g. `marketing`, `targeted_advertising`, `sale_of_personal_information`, `profiling`. */
  readonly purpose: string;
  readonly jurisdiction: string;
  /** The person (or, where the law asks a parent, a parent) has opted in to this purpose. */
  readonly optedIn?: boolean;
}

/** Whether a purpose may be applied to this person now, and why. */
export type PurposeDecision =
  | { readonly allowed: true; readonly reason: 'not_restricted' | 'adult' | 'opted_in'; readonly law?: LawReference }
  | {
      readonly allowed: false;
      /**
       * `minor_restricted`: the platform keeps this purpose off for minors; `opt_in_required`: the law
       * needs an opt-in (`optInFrom` says whose); `prohibited_by_law`: no consent lifts it;
       * `age_unknown`: ask for the age first.
       */
      readonly reason: 'minor_restricted' | 'opt_in_required' | 'prohibited_by_law' | 'age_unknown';
      readonly decidedBy: 'platform' | 'jurisdiction' | null;
      /** The date the restriction ends for this person (`null` if unknown). */
      readonly until: string | null;
      /** With `opt_in_required`: whose opt-in the law asks for. */
      readonly optInFrom?: 'person' | 'parent';
      /** When the law decided: the row id, law, article, URL and why. */
      readonly law?: LawReference;
    };

const covers = (rule: PurposeRule, purpose: string): boolean =>
  rule.purposes.includes(purpose) || (rule.purposes.includes('*') && !(rule.except ?? []).includes(purpose));

/**
 * Call before applying a purpose to a person (sending a marketing email, selling data, targeting an
 * ad): off for a minor when the policy lists the purpose in `minorRestrictedPurposes`; off where the
 * law in force that day forbids it for the person's age (Maryland: sale and targeted advertising under
 * 18) or needs an opt-in (New Jersey: targeted advertising, sale and profiling from 13 to under 17;
 * California: sale or sharing under 16) unless `optedIn`; off when the age is unknown and a
 * restriction could apply. An answer the law decided carries `law`: row id, article, URL (with a
 * cited table) and why.
 *
 * @param policy - the platform's age policy
 * @param input - the purpose, the person (birth date or declared age), jurisdiction, instant, zone, and `optedIn`
 * @param options - `jurisdictions`: the table (pass `DEFAULT_JURISDICTIONS` for article and URL in `law`)
 * @returns allowed or not, the reason, who decided, until when, and the law
 * @throws {AgeInputError} `invalid_purpose` for a purpose that is not a snake_case key, and the gate's errors
 * @example
 * const policy = { minimumAge: 13, minorRestrictedPurposes: ['marketing'] };
 * const on = new Date('2026-11-22T12:00:00Z');
 * isPurposeAllowed(policy, { purpose: 'marketing', birthDate: '2010-03-01', jurisdiction: 'GB', on, timeZone: 'Europe/London' });
 * // { allowed: false, reason: 'minor_restricted', decidedBy: 'platform', until: '2028-03-01' }
 * isPurposeAllowed(policy, { purpose: 'marketing', birthDate: '2000-03-01', jurisdiction: 'GB', on, timeZone: 'Europe/London' }).allowed; // true
 * isPurposeAllowed(policy, { purpose: 'targeted_advertising', birthDate: '2011-01-10', jurisdiction: 'US-NJ', on, timeZone: 'America/New_York' }).reason; // 'opt_in_required'
 */
export function isPurposeAllowed(policy: AgeGatePolicy, input: PurposeCheckInput, options: AgeGateOptions = {}): PurposeDecision {
  if (typeof input?.purpose !== 'string' || !/^[a-z][a-z0-9_]*$/.test(input.purpose)) {
    throw new AgeInputError('invalid_purpose', ['purpose'], `Expected a snake_case purpose key, got ${JSON.stringify(input?.purpose)}`);
  }
  const gate = evaluateAgeGate(policy, input, options);
  const row = gate.rules.jurisdiction;
  const minorBelow = policy.minorBelow ?? 18;
  const restricted = (policy.minorRestrictedPurposes ?? []).includes(input.purpose);
  const legacy: PurposeRule[] = row.optIn
    ? [{ purposes: row.optIn.purposes, below: row.optIn.below, requires: 'opt_in', law: 'Opt-in below ' + row.optIn.below }]
    : [];
  const rules = [...legacy, ...(row.purposeRules ?? [])].filter((rule) => covers(rule, input.purpose));
  const at = (years: number) => (input.birthDate === undefined ? null : dateOfAge(input.birthDate, years, gate.rules.leapDay));
  const age = gate.age;
  if (age === null) {
    return restricted || rules.length > 0
      ? { allowed: false, reason: 'age_unknown', decidedBy: null, until: null }
      : { allowed: true, reason: 'not_restricted' };
  }
  const applying = rules.filter((rule) => age >= (rule.from ?? 0) && age < rule.below);
  const ban = applying.find((rule) => rule.requires === 'prohibited');
  if (ban)
    return {
      allowed: false,
      reason: 'prohibited_by_law',
      decidedBy: 'jurisdiction',
      until: at(ban.below),
      law: lawReference(row, `${ban.law}: no consent lifts it below ${ban.below}.`),
    };
  if (restricted && age < minorBelow) return { allowed: false, reason: 'minor_restricted', decidedBy: 'platform', until: at(minorBelow) };
  const optIn = applying[0];
  if (optIn) {
    const optInFrom = optIn.requires === 'parental_opt_in' || age < row.consentAge ? 'parent' : 'person';
    const why = `${optIn.law}: ${optInFrom === 'parent' ? "a parent's" : "the person's own"} opt-in is needed below ${optIn.below}.`;
    return input.optedIn
      ? { allowed: true, reason: 'opted_in', law: lawReference(row, why) }
      : { allowed: false, reason: 'opt_in_required', decidedBy: 'jurisdiction', until: at(optIn.below), optInFrom, law: lawReference(row, why) };
  }
  return { allowed: true, reason: restricted ? 'adult' : 'not_restricted' };
}
