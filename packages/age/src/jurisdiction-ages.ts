import type { LeapDayRule } from './age-on.js';

/** The consent a jurisdiction requires below its age of digital consent. */
export type ConsentKind = 'parental_consent' | 'verifiable_parental_consent';

/**
 * What a law requires before a purpose is applied to a person of an age: `opt_in` (the person's own
 * consent, or a parent's below the row's `consentAge`), `parental_opt_in` (a parent's, whatever the
 * person says) or `prohibited` (no consent lifts it).
 */
export type PurposeRequirement = 'opt_in' | 'parental_opt_in' | 'prohibited';

/**
 * A law that requires consent (or forbids) some purposes only, for an age band: New Jersey, targeted
 * advertising, sale and profiling, from 13 to under 17, need the consumer's consent.
 */
export interface PurposeRule {
  /** Purpose keys covered (`targeted_advertising`); `'*'` covers every purpose not in `except`. */
  readonly purposes: readonly string[];
  /** With `purposes: ['*']`: the purposes the law leaves out (processing strictly necessary for the service). */
  readonly except?: readonly string[];
  /** The rule covers ages below this. */
  readonly below: number;
  /** And at or above this (default 0). */
  readonly from?: number;
  readonly requires: PurposeRequirement;
  /** The law and provision, for the answer's `why`. */
  readonly law: string;
}

/** A law that requires a parent's consent (or a link to a parent's account) for a kind of service below an age. */
export interface ServiceConsent {
  readonly below: number;
  /** Kinds of service covered, e.g. `social_network`. */
  readonly services: readonly string[];
  /** The law and provision. */
  readonly law: string;
}

/**
 * What the gate needs from a jurisdiction: below `consentAge` a person needs consent from a holder of
 * parental responsibility (`consentKind`, default `parental_consent`) for consent-based processing.
 * A row may be dated (`effective`, `ends`) and carry the rows that replace it later (`later`): the
 * gate uses the row in force on the decision day in the person's zone.
 */
export interface JurisdictionAgeRule {
  /** The row's id (`IN-dpdp-2023`): names the law version that decided, in every answer. */
  readonly id?: string;
  /** The first day the row applies, `YYYY-MM-DD` (absent: always). */
  readonly effective?: string;
  /** The first day it no longer applies (superseded), `YYYY-MM-DD` (absent: still in force). */
  readonly ends?: string;
  /** Rows that take over from their `effective` date, oldest first (India's DPDP from 2027-05-13). */
  readonly later?: readonly JurisdictionAgeRule[];
  readonly consentAge: number;
  readonly consentKind?: ConsentKind;
  /** The jurisdiction's rule for 29 February birthdays, where one is known (default `march_1`). */
  readonly leapDay?: LeapDayRule;
  /** Purposes that need an opt-in (the person's own, or a parent's below `consentAge`) below the age `below`. */
  readonly optIn?: { readonly below: number; readonly purposes: readonly string[] };
  /** Purpose-scoped consent or bans for age bands (US state laws, COPPA 2025, ECA Digital, DPDP s. 9(3)). */
  readonly purposeRules?: readonly PurposeRule[];
  /** Below `consentAge`, from this age the child consents too, with the parent (Vietnam: from 7). */
  readonly childAlsoConsentsFrom?: number;
  /** Below this age the person's data is sensitive personal information (California from 2026). */
  readonly sensitiveDataBelow?: number;
  /**
   * Kinds of service the law bars people below an age from, whatever a parent says, from a date:
   * Australia's social media minimum age (under 16, from 2025-12-10). The gate applies a bar when
   * `AgeGateInput.service` names one of `services` and the decision day is on or after `from`.
   */
  readonly serviceBans?: readonly ServiceBan[];
  /** Kinds of service that need a parent's consent below an age (Brazil's ECA Digital: social networks, under 16). */
  readonly serviceConsents?: readonly ServiceConsent[];
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

const GDPR_DAY = '2018-05-25';
const eu = (ages: Record<string, number>): Record<string, JurisdictionAgeRule> =>
  Object.fromEntries(Object.entries(ages).map(([code, consentAge]) => [code, { id: `${code}-gdpr-art8`, effective: GDPR_DAY, consentAge }]));

const SALE = 'sale_of_personal_information';
const ADS = 'targeted_advertising';
const PROFILING = 'profiling';
const SHARE = 'sharing_for_cross_context_behavioral_advertising';
const coppa = { consentAge: 13, consentKind: 'verifiable_parental_consent' } as const;
/** A US state row: COPPA's federal floor (verifiable parental consent under 13) plus the state's purpose rules. */
const state = (id: string, effective: string, purposeRules: readonly PurposeRule[], rest: Partial<JurisdictionAgeRule> = {}): JurisdictionAgeRule => ({
  id,
  effective,
  ...coppa,
  purposeRules,
  ...rest,
});
const band = (purposes: readonly string[], from: number, below: number, requires: PurposeRequirement, law: string): PurposeRule => ({
  purposes,
  from,
  below,
  requires,
  law,
});

/**
 * The built-in ages of digital consent, without the citations (so the gate stays small). Each row
 * (and each dated row in `later`) is cited by its `id` in `ROW_SOURCES`; `DEFAULT_JURISDICTIONS` joins
 * the two. The top-level row of a code is its oldest; use `jurisdictionRuleOn` for the row in force on a day.
 *
 * @example
 * CONSENT_AGES.FR?.consentAge; // 15
 * CONSENT_AGES.US?.consentKind; // 'verifiable_parental_consent'
 */
export const CONSENT_AGES: JurisdictionAgeTable = /* @__PURE__ */ (() =>
  Object.freeze({
    // GDPR Art. 8 as each EU/EEA state set it
    ...eu({
      AT: 14,
      BE: 13,
      BG: 14,
      HR: 16,
      CY: 14,
      CZ: 15,
      DK: 13,
      EE: 13,
      FI: 13,
      FR: 15,
      DE: 16,
      GR: 15,
      HU: 16,
      IE: 16,
      IT: 14,
      LV: 13,
      LT: 14,
      LU: 16,
      MT: 13,
      NL: 16,
      PL: 16,
      PT: 13,
      RO: 16,
      SK: 16,
      SI: 15,
      ES: 14,
      SE: 13,
      IS: 13,
      LI: 16,
      NO: 13,
    }),
    GB: { id: 'GB-dpa-2018-s9', effective: GDPR_DAY, consentAge: 13 },
    BR: {
      id: 'BR-lgpd-art14',
      effective: '2020-09-18',
      ends: '2026-03-17',
      consentAge: 12,
      later: [
        {
          id: 'BR-eca-digital',
          effective: '2026-03-17',
          consentAge: 12,
          serviceConsents: [{ below: 16, services: ['social_network'], law: 'Lei 15.211/2025 (ECA Digital)' }],
          purposeRules: [band([ADS, PROFILING], 0, 18, 'prohibited', 'Lei 15.211/2025 (ECA Digital)')],
        },
      ],
    },
    KR: { id: 'KR-pipa-art22-2', effective: '2023-09-15', consentAge: 14 },
    CN: { id: 'CN-pipl-art31', effective: '2021-11-01', consentAge: 14 },
    'CA-QC': { id: 'CA-QC-law25-s4.1', effective: '2023-09-22', consentAge: 14 },
    US: {
      id: 'US-coppa-2013',
      effective: '2013-07-01',
      ends: '2025-06-23',
      ...coppa,
      later: [
        {
          id: 'US-coppa-2025',
          effective: '2025-06-23',
          ...coppa,
          purposeRules: [band(['disclosure_to_third_parties', ADS], 0, 13, 'parental_opt_in', '16 CFR 312.5 (2025)')],
        },
      ],
    },
    'US-CA': {
      id: 'US-CA-ccpa-2020',
      effective: '2020-01-01',
      ends: '2026-01-01',
      ...coppa,
      optIn: { below: 16, purposes: [SALE, SHARE] },
      later: [
        {
          id: 'US-CA-ccpa-2026',
          effective: '2026-01-01',
          ...coppa,
          optIn: { below: 16, purposes: [SALE, SHARE] },
          sensitiveDataBelow: 16,
        },
      ],
    },
    'US-NJ': state('US-NJ-njdpa', '2025-01-15', [band([ADS, SALE, PROFILING], 13, 17, 'opt_in', 'N.J.S.A. 56:8-166.12(a)(7)')]),
    'US-NH': state('US-NH-rsa-507-h', '2025-01-01', [band([ADS, SALE], 13, 16, 'opt_in', 'RSA 507-H:6')], {
      ends: '2027-01-01',
      later: [
        state('US-NH-hb1460', '2027-01-01', [
          band([SALE], 0, 13, 'prohibited', 'RSA 507-H:6 (HB 1460, 2026)'),
          band([ADS, SALE], 13, 16, 'opt_in', 'RSA 507-H:6'),
        ]),
      ],
    }),
    'US-MD': state('US-MD-modpa', '2025-10-01', [band([ADS, SALE], 0, 18, 'prohibited', 'Md. Com. Law \u00a7 14-4607')]),
    'US-NY': state('US-NY-cdpa', '2025-06-20', [
      { purposes: ['*'], except: ['provide_service', 'security'], from: 13, below: 18, requires: 'opt_in', law: 'N.Y. Gen. Bus. Law \u00a7 899-ff' },
    ]),
    'US-CO': state('US-CO-cpa-minors', '2025-10-01', [band([ADS, SALE, PROFILING], 0, 18, 'opt_in', 'C.R.S. \u00a7 6-1-1308.5')]),
    'US-CT': state('US-CT-ctdpa-minors', '2024-10-01', [band([ADS, SALE, PROFILING], 0, 18, 'opt_in', 'Conn. Gen. Stat. \u00a7 42-529a')], {
      ends: '2026-07-01',
      later: [
        state('US-CT-sb1295', '2026-07-01', [
          band([ADS, SALE], 0, 18, 'prohibited', 'Conn. Gen. Stat. \u00a7 42-529a (SB 1295, 2025)'),
          band([PROFILING], 0, 18, 'opt_in', 'Conn. Gen. Stat. \u00a7 42-529a (SB 1295, 2025)'),
        ]),
      ],
    }),
    'US-OR': state('US-OR-ocpa', '2024-07-01', [band([ADS, SALE, PROFILING], 13, 16, 'opt_in', 'ORS 646A.578')]),
    'US-VA': state('US-VA-vcdpa', '2023-01-01', []),
    'US-MT': state('US-MT-mcdpa', '2024-10-01', [band([ADS, SALE], 13, 16, 'opt_in', 'Mont. Code Ann. \u00a7 30-14-2812')]),
    'US-NE': state('US-NE-ndpa', '2025-01-01', []),
    IN: {
      // Before the DPDP Rules commence, no Indian statute sets an age of digital consent.
      id: 'IN-it-act-spdi',
      effective: '2011-04-11',
      ends: '2027-05-13',
      consentAge: 0,
      later: [
        {
          id: 'IN-dpdp-2023-s9',
          effective: '2027-05-13',
          consentAge: 18,
          consentKind: 'verifiable_parental_consent',
          purposeRules: [band([ADS, PROFILING, 'behavioural_monitoring', 'tracking'], 0, 18, 'prohibited', 'DPDP Act 2023 s. 9(3)')],
        },
      ],
    },
    // The Privacy Act 1988 sets no age of digital consent; the Online Safety Amendment (Social Media
    // Minimum Age) Act 2024 bars under-16s from age-restricted social media platforms from 10 December 2025.
    AU: {
      id: 'AU-osa-s63d',
      effective: '2025-12-10',
      consentAge: 0,
      serviceBans: [
        {
          below: 16,
          services: ['age_restricted_social_media'],
          from: '2025-12-10',
          law: 'Online Safety Act 2021 (Cth) Part 4A, s 63D, inserted by the Online Safety Amendment (Social Media Minimum Age) Act 2024',
        },
      ],
    },
    SG: { id: 'SG-pdpc-children-2024', effective: '2024-03-28', consentAge: 13 },
    VN: { id: 'VN-decree-13-2023-art20', effective: '2023-07-01', consentAge: 16, childAlsoConsentsFrom: 7 },
    JP: { id: 'JP-appi', effective: '2022-04-01', consentAge: 0 },
    CH: { id: 'CH-revfadp', effective: '2023-09-01', consentAge: 0 },
    TR: { id: 'TR-kvkk-6698', effective: '2016-04-07', consentAge: 0 },
    CA: { id: 'CA-pipeda-opc', effective: '2018-05-24', consentAge: 13 },
    CL: {
      id: 'CL-ley-19628',
      effective: '1999-10-28',
      ends: '2026-12-01',
      consentAge: 0,
      later: [{ id: 'CL-ley-21719-art16-quater', effective: '2026-12-01', consentAge: 14 }],
    },
    ZA: { id: 'ZA-popia-s35', effective: '2021-07-01', consentAge: 18 },
    ID: { id: 'ID-uu-pdp-art25', effective: '2024-10-17', consentAge: 18 },
  }))();
