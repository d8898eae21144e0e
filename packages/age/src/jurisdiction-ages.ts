import type { LeapDayRule } from './age-on.js';

/** The consent a jurisdiction requires below its age of digital consent. */
export type ConsentKind = 'parental_consent' | 'verifiable_parental_consent';

/**
 * What the gate needs from a jurisdiction: below `consentAge` a person needs consent from a holder of
 * parental responsibility (`consentKind`, default `parental_consent`) for consent-based processing.
 */
export interface JurisdictionAgeRule {
  readonly consentAge: number;
  readonly consentKind?: ConsentKind;
  /** The jurisdiction's rule for 29 February birthdays, where one is known (default `march_1`). */
  readonly leapDay?: LeapDayRule;
  /** Purposes that need an opt-in (the person's own, or a parent's below `consentAge`) below the age `below`. */
  readonly optIn?: { readonly below: number; readonly purposes: readonly string[] };
  /**
   * Kinds of service the law bars people below an age from, whatever a parent says, from a date:
   * Australia's social media minimum age (under 16, from 2025-12-10). The gate applies a bar when
   * `AgeGateInput.service` names one of `services` and the decision day is on or after `from`.
   */
  readonly serviceBans?: readonly ServiceBan[];
}

/** A legal bar on an age group using a kind of service. */
export interface ServiceBan {
  /** Below this age the person may not hold an account on such a service. */
  readonly below: number;
  /** The kinds of service barred, e.g. `age_restricted_social_media`. */
  readonly services: readonly string[];
  /** The first day the bar applies, `YYYY-MM-DD` (in the person's zone). */
  readonly from: string;
  /** The law and provision, for the gate's answer. */
  readonly law: string;
}

/** Ages by jurisdiction code: what the gate reads. A full cited table (`JurisdictionTable`) is one too. */
export type JurisdictionAgeTable = Readonly<Record<string, JurisdictionAgeRule>>;

const parental = (ages: Record<string, number>): Record<string, JurisdictionAgeRule> =>
  Object.fromEntries(Object.entries(ages).map(([code, consentAge]) => [code, { consentAge }]));

/**
 * The built-in ages of digital consent, without the citations (so the gate stays small). Each row is
 * cited in `JURISDICTION_SOURCES`; `DEFAULT_JURISDICTIONS` joins the two.
 *
 * @example
 * CONSENT_AGES.FR.consentAge; // 15
 * CONSENT_AGES.US.consentKind; // 'verifiable_parental_consent'
 */
export const CONSENT_AGES: JurisdictionAgeTable = /* @__PURE__ */ (() =>
  Object.freeze({
  // GDPR Art. 8 as each EU/EEA state set it
  ...parental({ AT: 14, BE: 13, BG: 14, HR: 16, CY: 14, CZ: 15, DK: 13, EE: 13, FI: 13, FR: 15, DE: 16, GR: 15, HU: 16, IE: 16, IT: 14, LV: 13, LT: 14, LU: 16, MT: 13, NL: 16, PL: 16, PT: 13, RO: 16, SK: 16, SI: 15, ES: 14, SE: 13, IS: 13, LI: 16, NO: 13 }),
  ...parental({ GB: 13, BR: 12, KR: 14, CN: 14, 'CA-QC': 14 }),
  US: { consentAge: 13, consentKind: 'verifiable_parental_consent' },
  'US-CA': {
    consentAge: 13,
    consentKind: 'verifiable_parental_consent',
    optIn: { below: 16, purposes: ['sale_of_personal_information', 'sharing_for_cross_context_behavioral_advertising'] },
  },
  IN: { consentAge: 18, consentKind: 'verifiable_parental_consent' },
  // The Privacy Act 1988 sets no age of digital consent; the Online Safety Amendment (Social Media
  // Minimum Age) Act 2024 bars under-16s from age-restricted social media platforms from 10 December 2025.
  AU: {
    consentAge: 0,
    serviceBans: [{ below: 16, services: ['age_restricted_social_media'], from: '2025-12-10', law: 'Online Safety Act 2021 (Cth) Part 4A, s 63D, inserted by the Online Safety Amendment (Social Media Minimum Age) Act 2024' }],
  },
}))();
