import { describe, expect, it } from 'vitest';
import {
  AgeInputError,
  CONSENT_AGES,
  DEFAULT_JURISDICTIONS,
  JURISDICTION_SOURCES,
  checkParentalConsent,
  defineJurisdictionTable,
  evaluateAgeGate,
  isPurposeAllowed,
  jurisdictionRule,
  jurisdictionRuleOn,
  parseConsentRecord,
} from '../src/index.js';

const on = new Date('2026-11-22T12:00:00Z');
const policy = {
  minimumAge: 13,
  parentalConsentBelow: 18,
  consentFrom: ['parent' as const, 'guardian' as const],
  educationalAccounts: { managedBy: ['teacher' as const], mayConsent: true },
};
const parent = parseConsentRecord({
  consentedBy: { role: 'parent', name: 'A. Parent' },
  consentedAt: '2026-11-01T10:00:00+01:00',
  method: 'signed_form',
  purposes: ['provide_service', 'progress_tracking'],
});
const person = { birthDate: '2011-06-01', jurisdiction: 'GB', on, timeZone: 'Europe/London' };

describe('parental consent records', () => {
  it('validates records with a path for each problem', () => {
    expect(() => parseConsentRecord({ ...parent, purposes: [] })).toThrow(AgeInputError);
    const cases: [unknown, string][] = [
      [{ ...parent, purposes: ['ok', 'Not Snake'] }, 'purposes[1]'],
      [{ ...parent, consentedBy: { role: 'uncle' } }, 'consentedBy.role'],
      [{ ...parent, consentedAt: '2026-11-01' }, 'consentedAt'],
      [{ ...parent, method: 'telepathy' }, 'method'],
    ];
    for (const [input, path] of cases) {
      try {
        parseConsentRecord(input);
        throw new Error('expected a failure');
      } catch (error) {
        expect(error).toBeInstanceOf(AgeInputError);
        expect((error as AgeInputError).pathText).toBe(path);
        expect((error as AgeInputError).code).toBe('invalid_consent_record');
      }
    }
  });

  it('is valid until the child reaches the consent age, then no longer needed', () => {
    expect(checkParentalConsent(policy, parent, { ...person, purposes: ['provide_service'] })).toMatchObject({ status: 'valid', lapsesOn: '2029-06-01' });
    const later = { ...person, on: new Date('2029-06-01T00:30:00+01:00') }; // 00:30 BST on the 18th birthday
    expect(checkParentalConsent(policy, parent, later)).toMatchObject({ status: 'not_needed', since: '2029-06-01' });
    const eve = { ...person, on: new Date('2029-05-31T23:30:00+01:00') };
    expect(checkParentalConsent(policy, parent, eve)).toMatchObject({ status: 'valid', lapsesOn: '2029-06-01' });
  });

  it('rejects the wrong giver, consent dated later, and purposes not covered', () => {
    const teacher = parseConsentRecord({
      consentedBy: { role: 'teacher' },
      consentedAt: '2026-09-01T08:00:00Z',
      method: 'school_agreement',
      purposes: ['provide_service'],
    });
    expect(checkParentalConsent(policy, teacher, person)).toMatchObject({
      status: 'invalid',
      reason: 'giver_not_allowed',
      allowedGivers: ['parent', 'guardian'],
    });
    const classroom = { ...teacher, educationalAccount: true };
    expect(checkParentalConsent(policy, classroom, person)).toMatchObject({ status: 'valid' });
    expect(checkParentalConsent({ ...policy, educationalAccounts: { managedBy: ['teacher'], mayConsent: false } }, classroom, person)).toMatchObject({
      status: 'invalid',
      reason: 'giver_not_allowed',
      allowedGivers: ['parent', 'guardian'],
    });
    // a parent may consent to an educational account too; a school may not where the policy names only teachers
    expect(checkParentalConsent(policy, { ...parent, educationalAccount: true }, person)).toMatchObject({ status: 'valid', lapsesOn: '2029-06-01' });
    expect(checkParentalConsent(policy, { ...classroom, consentedBy: { role: 'school' } }, person)).toMatchObject({
      status: 'invalid',
      reason: 'giver_not_allowed',
      allowedGivers: ['parent', 'guardian', 'teacher'],
    });
    const future = { ...parent, consentedAt: '2026-12-01T00:00:00Z' };
    expect(checkParentalConsent(policy, future, person)).toMatchObject({ status: 'invalid', reason: 'consent_after_evaluation' });
    expect(checkParentalConsent(policy, parent, { ...person, purposes: ['provide_service', 'marketing'] })).toMatchObject({
      status: 'invalid',
      reason: 'purposes_not_covered',
      missingPurposes: ['marketing'],
    });
  });

  it('refuses a record built in code that parseConsentRecord would refuse, with a path, instead of crashing or passing it', () => {
    const cases: [unknown, string][] = [
      [null, 'consentedBy'],
      [{ ...parent, consentedBy: undefined }, 'consentedBy'],
      [{ ...parent, consentedAt: 'last Tuesday' }, 'consentedAt'],
      [{ ...parent, purposes: undefined }, 'purposes'],
    ];
    for (const [record, path] of cases) {
      expect(() => checkParentalConsent(policy, record as never, person)).toThrow(expect.objectContaining({ code: 'invalid_consent_record', pathText: path }));
    }
    expect(() => checkParentalConsent(policy, parent, { ...person, purposes: 'marketing' as never })).toThrow(
      expect.objectContaining({ code: 'invalid_purpose', pathText: 'purposes' }),
    );
  });

  it('cannot help below the minimum age or without an age', () => {
    expect(checkParentalConsent(policy, parent, { ...person, birthDate: '2015-01-01' }).status).toBe('refused');
    expect(checkParentalConsent(policy, parent, { jurisdiction: 'GB', on, timeZone: 'UTC' }).status).toBe('unknown');
  });
});

describe('isPurposeAllowed', () => {
  it('needs an opt-in in California for sale or sharing below 16, and reports when that ends', () => {
    const input = { purpose: 'sale_of_personal_information', birthDate: '2011-01-10', jurisdiction: 'US-CA', on, timeZone: 'America/Los_Angeles' };
    expect(isPurposeAllowed({ minimumAge: 13 }, input)).toMatchObject({
      allowed: false,
      reason: 'opt_in_required',
      decidedBy: 'jurisdiction',
      until: '2027-01-10',
      optInFrom: 'person',
      law: { code: 'US-CA', row: 'US-CA-ccpa-2026' },
    });
    expect(isPurposeAllowed({ minimumAge: 13 }, { ...input, optedIn: true })).toMatchObject({ allowed: true, reason: 'opted_in' });
    expect(isPurposeAllowed({ minimumAge: 13 }, { ...input, jurisdiction: 'US' })).toEqual({ allowed: true, reason: 'not_restricted' });
  });

  it('uses minorBelow from the policy and rejects a malformed purpose key', () => {
    const p = { minimumAge: 13, minorBelow: 16, minorRestrictedPurposes: ['product_analytics'] };
    expect(isPurposeAllowed(p, { purpose: 'product_analytics', declaredAge: 16, jurisdiction: 'GB', on, timeZone: 'UTC' })).toEqual({
      allowed: true,
      reason: 'adult',
    });
    expect(isPurposeAllowed(p, { purpose: 'product_analytics', declaredAge: 15, jurisdiction: 'GB', on, timeZone: 'UTC' })).toEqual({
      allowed: false,
      reason: 'minor_restricted',
      decidedBy: 'platform',
      until: null,
    });
    expect(() => isPurposeAllowed(p, { purpose: 'Marketing!', declaredAge: 15, jurisdiction: 'GB', on, timeZone: 'UTC' })).toThrow(
      expect.objectContaining({ code: 'invalid_purpose', pathText: 'purpose' }),
    );
  });
});

describe('jurisdiction table', () => {
  it('cites every row and covers the jurisdictions the issue names', () => {
    expect(Object.keys(JURISDICTION_SOURCES).sort()).toEqual(Object.keys(CONSENT_AGES).sort());
    for (const row of Object.values(DEFAULT_JURISDICTIONS)) {
      expect(row.source.law.length).toBeGreaterThan(5);
      expect(row.source.article.length).toBeGreaterThan(0);
      expect(row.name).not.toBe(row.code);
    }
    const eea = [
      'AT',
      'BE',
      'BG',
      'HR',
      'CY',
      'CZ',
      'DK',
      'EE',
      'FI',
      'FR',
      'DE',
      'GR',
      'HU',
      'IE',
      'IT',
      'LV',
      'LT',
      'LU',
      'MT',
      'NL',
      'PL',
      'PT',
      'RO',
      'SK',
      'SI',
      'ES',
      'SE',
      'IS',
      'LI',
      'NO',
    ];
    for (const code of eea) {
      expect(DEFAULT_JURISDICTIONS[code]!.consentAge).toBeGreaterThanOrEqual(13);
      expect(DEFAULT_JURISDICTIONS[code]!.consentAge).toBeLessThanOrEqual(16);
      expect(DEFAULT_JURISDICTIONS[code]!.source.law).toContain('GDPR');
    }
    expect(Object.fromEntries(['GB', 'US', 'US-CA', 'BR', 'KR', 'CN', 'IN', 'CA-QC'].map((c) => [c, jurisdictionRuleOn(c, '2027-06-01').consentAge]))).toEqual({
      GB: 13,
      US: 13,
      'US-CA': 13,
      BR: 12,
      KR: 14,
      CN: 14,
      IN: 18,
      'CA-QC': 14,
    });
    const named = [
      'AU',
      'US-NJ',
      'US-NH',
      'US-MD',
      'US-NY',
      'US-CO',
      'US-CT',
      'US-OR',
      'US-VA',
      'US-MT',
      'US-NE',
      'SG',
      'VN',
      'JP',
      'CH',
      'TR',
      'CA',
      'CL',
      'ZA',
      'ID',
    ];
    for (const code of named) expect(DEFAULT_JURISDICTIONS[code], code).toBeDefined();
    expect(jurisdictionRule('IE', DEFAULT_JURISDICTIONS).source.article).toBe('Section 31');
  });

  it('lets a team override and extend it, validated with paths', () => {
    const table = defineJurisdictionTable([
      { code: 'DK', name: 'Denmark', consentAge: 15, source: { law: 'Counsel memo', article: '2' } },
      { code: 'TW', name: 'Taiwan', consentAge: 13, leapDay: 'february_28', source: { law: 'Counsel memo', article: '3' } },
    ]);
    expect(table.DK!.consentAge).toBe(15);
    expect(table.DE!.consentAge).toBe(16);
    expect(
      evaluateAgeGate(
        { minimumAge: 13 },
        { birthDate: '2012-02-29', jurisdiction: 'TW', on: new Date('2025-02-28T12:00:00Z'), timeZone: 'Asia/Taipei' },
        { jurisdictions: table },
      ),
    ).toMatchObject({ status: 'allowed', age: 13 });
    expect(
      evaluateAgeGate(
        { minimumAge: 13 },
        { birthDate: '2012-02-29', jurisdiction: 'GB', on: new Date('2025-02-28T12:00:00Z'), timeZone: 'Europe/London' },
        { jurisdictions: table },
      ),
    ).toMatchObject({ status: 'refused', age: 12, eligibleOn: '2025-03-01' });
    const bad: [unknown[], string][] = [
      [[{ code: 'dk', name: 'x', consentAge: 13, source: { law: 'l', article: 'a' } }], '[0].code'],
      [[{ code: 'DK', name: 'x', consentAge: 13.5, source: { law: 'l', article: 'a' } }], '[0].consentAge'],
      [[{ code: 'DK', name: 'x', consentAge: 13 }], '[0].source'],
      [
        [
          { code: 'DK', name: 'x', consentAge: 13, source: { law: 'l', article: 'a' } },
          { code: 'DK', name: 'y', consentAge: 14, source: { law: 'l', article: 'a' } },
        ],
        '[1].code',
      ],
    ];
    for (const [rows, path] of bad) {
      expect(() => defineJurisdictionTable(rows as never)).toThrow(expect.objectContaining({ code: 'invalid_table', pathText: path }));
    }
  });
});
