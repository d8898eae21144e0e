import type { ConsentGiver } from '@priv/schema';
import { dateOfAge } from './age-on.js';
import { AgeInputError } from './errors.js';
import type { ParentalConsentRecord } from './consent-record.js';
import { type AgeGateInput, type AgeGateOptions, type AgeGatePolicy, type AgeGateResult, evaluateAgeGate } from './evaluate-age-gate.js';

/** Whether a consent record lets a minor's account go ahead now. */
export type ConsentCheck =
  /** The consent is in force until `lapsesOn` (the day consent is no longer needed; `null` with a declared age). */
  | { readonly status: 'valid'; readonly lapsesOn: string | null; readonly gate: AgeGateResult }
  /** No consent is needed (any more): since `since`, the date the person reached the consent age (`null` if unknown). */
  | { readonly status: 'not_needed'; readonly since: string | null; readonly gate: AgeGateResult }
  /** The record does not do: the wrong person consented, it is dated after `on`, or purposes are missing. */
  | {
      readonly status: 'invalid';
      readonly reason: 'giver_not_allowed' | 'consent_after_evaluation' | 'purposes_not_covered';
      readonly allowedGivers: readonly ConsentGiver[];
      readonly missingPurposes: readonly string[];
      readonly gate: AgeGateResult;
    }
  /** Consent cannot help: the gate refuses (below the minimum) or the age is unknown. */
  | { readonly status: 'refused' | 'unknown'; readonly gate: AgeGateResult };

/**
 * Checks a parental consent record against the gate for this person on `input.on`: valid (and until
 * when), no longer needed (and since when), invalid (why), or refused/unknown. `purposes` are the
 * purposes the account will be used for; the record must cover each. A parent or guardian (those the
 * policy's `consentFrom` names) may consent to any account; a teacher or school only to an
 * educational account (`educationalAccount: true`) and only when the policy's `educationalAccounts`
 * says they may consent.
 *
 * @param policy - the platform's age policy (`agePolicyOf(manifest)`)
 * @param record - a consent record from `parseConsentRecord`
 * @param input - the person (birth date or declared age, jurisdiction, `on`, `timeZone`) and the `purposes` the consent must cover
 * @param options - `jurisdictions`: the table to use (the built-in one by default)
 * @returns `valid` (with `lapsesOn`), `not_needed` (with `since`), `invalid` (with a reason), or the gate's `refused` / `unknown`; always with the `gate` result
 * @throws AgeInputError for a record not built by `parseConsentRecord` or `purposes` that is not an array, and whatever `evaluateAgeGate` throws for bad input (an invalid date, an unknown jurisdiction)
 * @example
 * const check = checkParentalConsent(
 *   { minimumAge: 13, parentalConsentBelow: 18, consentFrom: ['parent'] },
 *   { consentedBy: { role: 'parent' }, consentedAt: '2026-11-01T10:00:00Z', method: 'signed_form', purposes: ['provide_service'], educationalAccount: false },
 *   { birthDate: '2011-06-01', jurisdiction: 'GB', on: new Date('2026-11-22T12:00:00Z'), timeZone: 'Europe/London', purposes: ['provide_service'] },
 * );
 * check.status; // 'valid'
 * check.status === 'valid' && check.lapsesOn; // '2029-06-01'
 */
export function checkParentalConsent(
  policy: AgeGatePolicy,
  record: ParentalConsentRecord,
  input: AgeGateInput & { readonly purposes?: readonly string[] },
  options: AgeGateOptions = {},
): ConsentCheck {
  // A record built in code (not by parseConsentRecord) is checked lightly here, keeping zod out of this bundle.
  const r = record as Partial<ParentalConsentRecord> | null;
  const badRecord =
    !r || typeof r.consentedBy?.role !== 'string'
      ? 'consentedBy'
      : Number.isNaN(Date.parse(String(r.consentedAt)))
        ? 'consentedAt'
        : !Array.isArray(r.purposes)
          ? 'purposes'
          : null;
  if (badRecord) throw new AgeInputError('invalid_consent_record', [badRecord], 'Invalid consent record: build it with parseConsentRecord');
  if (input?.purposes !== undefined && !Array.isArray(input.purposes))
    throw new AgeInputError('invalid_purpose', ['purposes'], 'Expected an array of purpose keys');
  const gate = evaluateAgeGate(policy, input, options);
  if (gate.status === 'refused' || gate.status === 'unknown') return { status: gate.status, gate };
  if (gate.status === 'allowed') {
    const birth = input.birthDate;
    const since =
      birth === undefined || gate.rules.consentBelow <= gate.rules.minimumAge ? null : dateOfAge(birth, gate.rules.consentBelow, gate.rules.leapDay);
    return { status: 'not_needed', since, gate };
  }
  const role = record.consentedBy.role;
  // A parent or guardian (as the policy allows) may always consent; a teacher or school only for an educational account, when the policy lets them.
  const parents = gate.consent.from.filter((g) => g === 'parent' || g === 'guardian');
  const allowedGivers: readonly ConsentGiver[] = record.educationalAccount ? [...parents, ...gate.consent.educationalAccountsFrom] : parents;
  const missingPurposes = (input.purposes ?? []).filter((p) => !record.purposes.includes(p));
  const invalid = (reason: 'giver_not_allowed' | 'consent_after_evaluation' | 'purposes_not_covered'): ConsentCheck => ({
    status: 'invalid',
    reason,
    allowedGivers,
    missingPurposes,
    gate,
  });
  if (!(allowedGivers as readonly string[]).includes(role)) return invalid('giver_not_allowed');
  if (Date.parse(record.consentedAt) > input.on.getTime()) return invalid('consent_after_evaluation');
  if (missingPurposes.length > 0) return invalid('purposes_not_covered');
  return { status: 'valid', lapsesOn: gate.consent.neededUntil, gate };
}
