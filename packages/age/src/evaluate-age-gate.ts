import type { AgePolicy, ConsentGiver } from '@priv/schema';
import { type LeapDayRule, ageOn, dateOfAge } from './age-on.js';
import { AgeInputError } from './errors.js';
import { CONSENT_AGES, type ConsentKind, type JurisdictionAgeRule, type JurisdictionAgeTable } from './jurisdiction-ages.js';
import { formatCalendarDate } from './calendar-date.js';
import { localDate } from './local-date.js';
import { jurisdictionRule } from './jurisdiction-rule.js';
import { rowInForce } from './row-in-force.js';
import { type LawReference, lawReference } from './law-reference.js';

/**
 * The platform's age policy as the gate reads it: a manifest's `age` (parsed, defaults applied) or
 * the same fields written in code (`consentFrom` defaults to parent and guardian, `minorBelow` to 18).
 */
export interface AgeGatePolicy {
  /** Below this age: refused. */
  readonly minimumAge: number;
  /** From `minimumAge` to below this age: allowed with consent. Leave out when there is no band. */
  readonly parentalConsentBelow?: number | undefined;
  /** Who may consent for a minor (default parent and guardian). */
  readonly consentFrom?: readonly ConsentGiver[] | undefined;
  /** Below this age a person is a minor (default 18). */
  readonly minorBelow?: number | undefined;
  /** What the platform does with an underage account it finds later (default `delete_account`). */
  readonly onUnderageDiscovered?: AgePolicy['onUnderageDiscovered'] | undefined;
  /** Teacher- or school-managed educational accounts; `mayConsent` lets them give the consent. */
  readonly educationalAccounts?: { readonly managedBy: readonly ('teacher' | 'school')[]; readonly mayConsent: boolean } | undefined;
  /** Purposes never applied to a minor (`marketing`). */
  readonly minorRestrictedPurposes?: readonly string[] | undefined;
}

/** Who a person is and where and when the gate runs. Give `birthDate` or `declaredAge` (or neither: `unknown`); with both, `birthDate` decides. */
export interface AgeGateInput {
  /** Calendar date of birth, `YYYY-MM-DD`. Preferred: it gives exact eligibility and lapse dates. */
  readonly birthDate?: string | undefined;
  /** Age in whole years as the person declared it (0-150), when no birth date is asked. */
  readonly declaredAge?: number | undefined;
  /**
   * Jurisdiction code in the table (`DE`, `GB`, `US-CA`, `CA-QC`). A subdivision without its own row
   * is not looked up under its country: pass `US` for Texas, or add `US-TX` to your table.
   */
  readonly jurisdiction: string;
  /** The instant of the decision (now, usually). */
  readonly on: Date;
  /** The IANA zone the person's day is counted in (their declared zone). Required. */
  readonly timeZone: string;
  /**
   * The kind of service signing up, when a law bars an age group from some kinds
   * (`age_restricted_social_media`: Australia, under 16, from 2025-12-10). Leave out for others.
   */
  readonly service?: string | undefined;
}

/** Options of {@link evaluateAgeGate}. */
export interface AgeGateOptions {
  /** The jurisdiction table to use (e.g. from `defineJurisdictionTable`); defaults to the built-in `CONSENT_AGES`. */
  readonly jurisdictions?: JurisdictionAgeTable | undefined;
}

/** Which rule decided: the platform's own policy, the jurisdiction's law, or both alike. */
export type DecidedBy = 'platform' | 'jurisdiction' | 'both';

/** The thresholds in force for this person: the stricter of platform and law. */
export interface EffectiveAgeRules {
  /** Below this age: refused (the platform's minimum; laws here set consent ages, not bans). */
  readonly minimumAge: number;
  /** Below this age (and from `minimumAge`): parental consent needed. Equal to `minimumAge` when there is no band. */
  readonly consentBelow: number;
  /** Who set `consentBelow`. */
  readonly consentDecidedBy: DecidedBy;
  /** 29 February rule applied. */
  readonly leapDay: LeapDayRule;
  /** The jurisdiction row used, with its code (its citation: `jurisdictionRule(code, DEFAULT_JURISDICTIONS).source`). */
  readonly jurisdiction: JurisdictionAgeRule & { readonly code: string };
}

interface Common {
  /** Age in whole years on the day of the decision in the given zone (`null` when unknown). */
  readonly age: number | null;
  readonly rules: EffectiveAgeRules;
  /** Whether the person is a minor under the platform policy (`minorBelow`, 18 by default); `null` when unknown. */
  readonly minor: boolean | null;
}

/** Sign-up allowed without anyone else's consent. */
export interface AgeGateAllowed extends Common {
  readonly status: 'allowed';
  readonly age: number;
  /** Which rule's threshold the person has passed (the higher one). */
  readonly decidedBy: DecidedBy;
  /** When the law's threshold decided: which row, article, URL and why. */
  readonly law?: LawReference;
}

/** What consent a minor's sign-up needs. */
export interface RequiredConsent {
  /** Who may give it: the platform's `consentFrom`, plus teacher/school for educational accounts when the policy lets them consent. */
  readonly from: readonly ConsentGiver[];
  /** Only these may consent for an educational (teacher- or school-managed) account. */
  readonly educationalAccountsFrom: readonly ('teacher' | 'school')[];
  /** `verifiable_parental_consent` where the law demands verification (COPPA, DPDP), else `parental_consent`. */
  readonly kind: ConsentKind;
  /** The date the person reaches `consentBelow`: the consent lapses and is no longer needed (`null` with a declared age only). */
  readonly neededUntil: string | null;
  /** Where the law asks the child's own consent too, with the parent's (Vietnam: from 7); absent elsewhere. */
  readonly childAlsoConsents?: boolean;
}

/** Sign-up allowed only with consent from a parent, guardian (or teacher/school). */
export interface AgeGateNeedsConsent extends Common {
  readonly status: 'needs_parental_consent';
  readonly age: number;
  readonly consent: RequiredConsent;
  readonly decidedBy: DecidedBy;
  /** When the law decided (`decidedBy` `jurisdiction` or `both`): which row, article, URL and why. */
  readonly law?: LawReference;
}

/** Sign-up refused. */
export interface AgeGateRefused extends Common {
  readonly status: 'refused';
  readonly age: number;
  /** `below_minimum_age`: the platform's minimum; `barred_by_law`: a law bars the age group from this kind of service. */
  readonly reason: 'below_minimum_age' | 'barred_by_law';
  /** `platform` for the minimum age; `jurisdiction` when a law bars the person. */
  readonly decidedBy: 'platform' | 'jurisdiction';
  /** Which law decided and why, in words (a legal bar only). */
  readonly why?: string;
  /** When a law bars the person: which row, article, URL and why. */
  readonly law?: LawReference;
  /** The date the person reaches the minimum age (`null` with a declared age only). */
  readonly eligibleOn: string | null;
  /** What the platform does when it finds an underage account later. */
  readonly onUnderageDiscovered: AgePolicy['onUnderageDiscovered'];
}

/** No birth date or age given: ask for one, nothing is decided. */
export interface AgeGateUnknown extends Common {
  readonly status: 'unknown';
  readonly age: null;
  readonly reason: 'no_birth_date_or_age';
}

/** The gate's answer. Switch on `status`. */
export type AgeGateResult = AgeGateAllowed | AgeGateNeedsConsent | AgeGateRefused | AgeGateUnknown;

/**
 * The effective rules for a policy in a jurisdiction: the platform minimum, and a consent band up to
 * the higher of the platform's `parentalConsentBelow` and the law's age of digital consent. The law is
 * the jurisdiction's row in force on `day`; without `day`, its newest row (`evaluateAgeGate` always
 * passes the person's day).
 *
 * @param policy - the platform's age policy
 * @param jurisdiction - the jurisdiction code
 * @param table - the table (default the built-in ages)
 * @param day - the calendar day, `YYYY-MM-DD`, whose row applies
 * @returns the thresholds and the row used
 * @throws {AgeInputError} `invalid_policy`, `unknown_jurisdiction`
 * @example
 * effectiveAgeRules({ minimumAge: 13 }, 'IN', CONSENT_AGES, '2026-12-03').consentBelow; // 13
 * effectiveAgeRules({ minimumAge: 13 }, 'IN', CONSENT_AGES, '2027-05-13').consentBelow; // 18
 * effectiveAgeRules({ minimumAge: 13 }, 'FR').consentBelow; // 15
 * effectiveAgeRules({ minimumAge: 13 }, 'FR').consentDecidedBy; // 'jurisdiction'
 */
export function effectiveAgeRules(policy: AgeGatePolicy, jurisdiction: string, table: JurisdictionAgeTable = CONSENT_AGES, day?: string): EffectiveAgeRules {
  checkPolicy(policy);
  const oldest = jurisdictionRule(jurisdiction, table);
  const row = rowInForce(oldest, day ?? '9999-12-31');
  const platform = Math.max(policy.parentalConsentBelow ?? policy.minimumAge, policy.minimumAge);
  const law = row.consentAge;
  const consentBelow = Math.max(platform, law);
  return {
    minimumAge: policy.minimumAge,
    consentBelow,
    consentDecidedBy: platform === law ? 'both' : platform > law ? 'platform' : 'jurisdiction',
    leapDay: row.leapDay ?? 'march_1',
    jurisdiction: { ...row, code: jurisdiction },
  };
}

/** Checks a policy written in code as `AgePolicySchema` would, without bundling zod into the gate. */
function checkPolicy(policy: AgeGatePolicy): void {
  const fail = (detail: string, ...path: PropertyKey[]): never => {
    throw new AgeInputError('invalid_policy', ['policy', ...path], detail);
  };
  if (typeof policy !== 'object' || !policy) fail('Expected an age policy such as { minimumAge: 13 }');
  const p = policy as unknown as Record<string, unknown>;
  for (const key of ['minimumAge', 'parentalConsentBelow', 'minorBelow']) {
    const v = p[key] as number;
    if (v === undefined ? key === 'minimumAge' : !(Number.isInteger(v) && v >= 0 && v <= 25))
      fail(`Expected a whole number of years from 0 to 25, got ${v}`, key);
  }
  if (policy.parentalConsentBelow! <= policy.minimumAge) fail('Must be above minimumAge; leave it out if there is no consent band', 'parentalConsentBelow');
  for (const key of ['consentFrom', 'minorRestrictedPurposes']) {
    const v = p[key];
    if (v !== undefined && !Array.isArray(v)) fail('Expected an array', key);
    (v as unknown[] | undefined)?.forEach((item, i) => {
      if (typeof item !== 'string' || (key === 'consentFrom' && !/^(parent|guardian|teacher|school)$/.test(item)))
        fail(`Unexpected ${JSON.stringify(item)}`, key, i);
    });
  }
}

function checkDeclaredAge(age: unknown): number {
  if (typeof age !== 'number' || !Number.isInteger(age) || age < 0 || age > 150) {
    throw new AgeInputError('invalid_age', ['declaredAge'], `Expected a whole number of years from 0 to 150, got ${String(age)}`);
  }
  return age;
}

/**
 * Decides a sign-up: `allowed`, `needs_parental_consent` (what consent, from whom, until when),
 * `refused` (why, and the date the person becomes eligible) or `unknown` (no birth date or age). The
 * rules are the stricter of the platform policy and the jurisdiction's law; the result says which
 * decided. A law that bars the age group from `input.service` (Australia: under 16, age-restricted
 * social media, from 2025-12-10) refuses with `reason: 'barred_by_law'` and `why`. The day is
 * counted in `timeZone` (required). Bad input throws {@link AgeInputError} with a path.
 *
 * @param policy - the platform's age policy (a manifest's `age`, or the same fields in code)
 * @param input - birth date or declared age, jurisdiction, instant, zone, and optionally the kind of service
 * @param options - `jurisdictions`: the table to use (default the built-in one)
 * @returns `allowed`, `needs_parental_consent`, `refused` or `unknown`, with who decided
 * @throws {AgeInputError} `invalid_date`, `future_birth_date`, `invalid_age`, `invalid_instant`, `invalid_time_zone`, `unknown_jurisdiction`, `invalid_policy`
 *
 * @example
 * const result = evaluateAgeGate(
 *   { minimumAge: 13, parentalConsentBelow: 18, consentFrom: ['parent'] },
 *   { birthDate: '2011-06-01', jurisdiction: 'DE', on: new Date('2026-11-22T12:00:00Z'), timeZone: 'Europe/Berlin' },
 * );
 * result.status; // 'needs_parental_consent'
 * result.status === 'needs_parental_consent' && result.consent.neededUntil; // '2029-06-01'
 */
export function evaluateAgeGate(policy: AgeGatePolicy, input: AgeGateInput, options: AgeGateOptions = {}): AgeGateResult {
  input ??= {} as AgeGateInput; // null from an untyped caller: a typed error about the first missing field, not a crash
  effectiveAgeRules(policy, input.jurisdiction, options.jurisdictions); // the policy and the code first
  const today = formatCalendarDate(localDate(input.on, input.timeZone));
  let rules = effectiveAgeRules(policy, input.jurisdiction, options.jurisdictions, today);
  const row = rules.jurisdiction;
  const service = input.service;
  const serviceConsent = service === undefined ? undefined : row.serviceConsents?.find((c) => c.services.includes(service) && c.below > rules.consentBelow);
  if (serviceConsent) rules = { ...rules, consentBelow: serviceConsent.below, consentDecidedBy: 'jurisdiction' };
  const minorBelow = policy.minorBelow ?? 18;
  let age: number;
  let dateAt: (years: number) => string | null;
  if (input.birthDate !== undefined) {
    const birthDate = input.birthDate;
    age = ageOn(birthDate, input.on, input.timeZone, { leapDay: rules.leapDay });
    dateAt = (years) => dateOfAge(birthDate, years, rules.leapDay);
  } else if (input.declaredAge !== undefined) {
    age = checkDeclaredAge(input.declaredAge);
    dateAt = () => null;
  } else {
    return { status: 'unknown', age: null, reason: 'no_birth_date_or_age', rules, minor: null };
  }
  const minor = age < minorBelow;
  const ban = service === undefined ? undefined : row.serviceBans?.find((b) => b.services.includes(service) && age < b.below && today >= b.from);
  if (ban) {
    const why = `${ban.law}: people under ${ban.below} may not hold an account on ${(service ?? '').replace(/_/g, ' ')} in ${row.code} from ${ban.from}; parental consent does not lift it.`;
    return {
      status: 'refused',
      age,
      reason: 'barred_by_law',
      decidedBy: 'jurisdiction',
      why,
      law: lawReference(row, why),
      eligibleOn: dateAt(ban.below),
      onUnderageDiscovered: policy.onUnderageDiscovered ?? 'delete_account',
      rules,
      minor,
    };
  }
  if (age < rules.minimumAge) {
    return {
      status: 'refused',
      age,
      reason: 'below_minimum_age',
      decidedBy: 'platform',
      eligibleOn: dateAt(rules.minimumAge),
      onUnderageDiscovered: policy.onUnderageDiscovered ?? 'delete_account',
      rules,
      minor,
    };
  }
  if (age < rules.consentBelow) {
    const educational = policy.educationalAccounts?.mayConsent ? policy.educationalAccounts.managedBy : [];
    const from = [...new Set([...(policy.consentFrom ?? ['parent', 'guardian']), ...educational])];
    const kind = row.consentKind ?? 'parental_consent';
    const byLaw = rules.consentDecidedBy !== 'platform';
    const why = serviceConsent
      ? `${serviceConsent.law}: under ${serviceConsent.below}, ${(service ?? '').replace(/_/g, ' ')} needs a parent's consent.`
      : `Under ${row.consentAge}, ${row.code} requires ${kind === 'verifiable_parental_consent' ? 'verifiable ' : ''}consent from a holder of parental responsibility.`;
    return {
      status: 'needs_parental_consent',
      age,
      consent: {
        from,
        educationalAccountsFrom: educational,
        kind,
        neededUntil: dateAt(rules.consentBelow),
        ...(row.childAlsoConsentsFrom === undefined ? {} : { childAlsoConsents: age >= row.childAlsoConsentsFrom }),
      },
      decidedBy: rules.consentDecidedBy,
      ...(byLaw ? { law: lawReference(row, why) } : {}),
      rules,
      minor,
    };
  }
  const platformFree = Math.max(policy.parentalConsentBelow ?? 0, policy.minimumAge);
  const lawFree = serviceConsent ? serviceConsent.below : row.consentAge;
  const decidedBy: DecidedBy = platformFree === lawFree ? 'both' : platformFree > lawFree ? 'platform' : 'jurisdiction';
  return {
    status: 'allowed',
    age,
    decidedBy,
    ...(decidedBy === 'platform' ? {} : { law: lawReference(row, `From ${lawFree}, ${row.code} lets a person consent alone.`) }),
    rules,
    minor,
  };
}
