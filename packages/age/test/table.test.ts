import { describe, expect, it } from 'vitest';
import {
  CONSENT_AGES,
  DEFAULT_JURISDICTIONS,
  JurisdictionRowSchema,
  ROW_SOURCES,
  defineJurisdictionTable,
  evaluateAgeGate,
  isPurposeAllowed,
  jurisdictionRuleOn,
  rowInForce,
} from '../src/index.js';

const versions = Object.values(DEFAULT_JURISDICTIONS).flatMap((row) => {
  const { later, ...first } = row;
  return [first, ...(later ?? [])];
});

describe('the table as sourced data', () => {
  it('every row (each dated version) passes JurisdictionRowSchema: id, URL, effective day, checked', () => {
    for (const row of versions) {
      const parsed = JurisdictionRowSchema.safeParse(row);
      expect(
        parsed.success,
        `${row.id}: ${parsed.success ? '' : parsed.error.issues[0]?.message} at ${parsed.success ? '' : parsed.error.issues[0]?.path.join('.')}`,
      ).toBe(true);
    }
    expect(JurisdictionRowSchema.safeParse({ ...DEFAULT_JURISDICTIONS.GB, source: { law: 'x', article: 'y' } }).success).toBe(false);
  });

  it('has one source per row id, and the row dates agree with the sources', () => {
    const ids = versions.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(ROW_SOURCES).sort()).toEqual([...ids].sort());
    for (const row of versions) {
      expect(row.effective, row.id).toBe(row.source.effective);
      expect(row.ends, row.id).toBe(row.source.ends);
    }
  });

  it('dated versions of a code follow one another without gaps or overlaps', () => {
    for (const row of Object.values(DEFAULT_JURISDICTIONS)) {
      const chain = [row, ...(row.later ?? [])];
      for (let i = 1; i < chain.length; i++) {
        expect(chain[i - 1]!.ends, `${row.code} ${chain[i - 1]!.id}`).toBe(chain[i]!.effective);
      }
      expect(chain[chain.length - 1]!.ends, row.code).toBeUndefined();
    }
  });

  it('a checked date is the day of verification and always names what was checked; unverified rows say null', () => {
    for (const row of versions) {
      if (row.source.checked !== null) {
        expect(row.source.checked).toBe('2026-12-03');
        expect(row.source.checkedAgainst, row.id).toMatch(/^https?:\/\//);
      }
    }
    expect(
      versions
        .filter((row) => row.source.checked !== null)
        .map((row) => row.id)
        .sort(),
    ).toEqual(
      [
        'AU-osa-s63d',
        'AT-gdpr-art8',
        'BE-gdpr-art8',
        'CZ-gdpr-art8',
        'DK-gdpr-art8',
        'FR-gdpr-art8',
        'DE-gdpr-art8',
        'HU-gdpr-art8',
        'IE-gdpr-art8',
        'IT-gdpr-art8',
        'ES-gdpr-art8',
        'GB-dpa-2018-s9',
        'KR-pipa-art22-2',
        'CA-QC-law25-s4.1',
        'US-coppa-2013',
        'BR-eca-digital',
        'IN-dpdp-2023-s9',
        'SG-pdpc-children-2024',
        'US-CA-ccpa-2020',
        'US-CA-ccpa-2026',
        'US-CO-cpa-minors',
        'US-CT-ctdpa-minors',
        'US-CT-sb1295',
        'US-MD-modpa',
        'US-NH-hb1460',
        'US-NH-rsa-507-h',
        'US-NJ-njdpa',
        'US-NY-cdpa',
        'US-coppa-2025',
        'ZA-popia-s35',
      ].sort(),
    );
  });
});

describe('rows in force later apply only from their date', () => {
  const kolkata = (iso: string) => new Date(`${iso}T00:30:00+05:30`);
  it('India: DPDP s. 9 from 2027-05-13 at midnight in Kolkata, not a minute before', () => {
    const teen = { birthDate: '2010-01-01', jurisdiction: 'IN', timeZone: 'Asia/Kolkata' };
    expect(evaluateAgeGate({ minimumAge: 13 }, { ...teen, on: kolkata('2027-05-12') })).toMatchObject({
      status: 'allowed',
      decidedBy: 'platform',
      rules: { jurisdiction: { id: 'IN-it-act-spdi' } },
    });
    expect(evaluateAgeGate({ minimumAge: 13 }, { ...teen, on: new Date('2027-05-12T23:59:00+05:30') })).toMatchObject({ status: 'allowed' });
    expect(evaluateAgeGate({ minimumAge: 13 }, { ...teen, on: kolkata('2027-05-13') })).toMatchObject({
      status: 'needs_parental_consent',
      decidedBy: 'jurisdiction',
      consent: { kind: 'verifiable_parental_consent', neededUntil: '2028-01-01' },
      law: { row: 'IN-dpdp-2023-s9' },
    });
    // the same instant is still 12 May in London: the person's zone decides the day
    expect(evaluateAgeGate({ minimumAge: 13 }, { ...teen, timeZone: 'Europe/London', on: kolkata('2027-05-13') })).toMatchObject({ status: 'allowed' });
    expect(isPurposeAllowed({ minimumAge: 13 }, { ...teen, purpose: 'targeted_advertising', on: kolkata('2027-05-13') })).toMatchObject({
      allowed: false,
      reason: 'prohibited_by_law',
      until: '2028-01-01',
    });
  });

  it('COPPA 2025 amendments from 2025-06-23: separate parental consent to disclose to third parties', () => {
    const child = { birthDate: '2015-01-01', jurisdiction: 'US', timeZone: 'America/New_York', purpose: 'disclosure_to_third_parties' };
    expect(isPurposeAllowed({ minimumAge: 0 }, { ...child, on: new Date('2025-06-22T12:00:00Z') })).toEqual({ allowed: true, reason: 'not_restricted' });
    expect(isPurposeAllowed({ minimumAge: 0 }, { ...child, on: new Date('2025-06-23T12:00:00Z') })).toMatchObject({
      allowed: false,
      reason: 'opt_in_required',
      optInFrom: 'parent',
      law: { row: 'US-coppa-2025' },
    });
  });

  it('California from 2026-01-01: under-16 data is sensitive', () => {
    expect(jurisdictionRuleOn('US-CA', '2025-12-31').sensitiveDataBelow).toBeUndefined();
    expect(jurisdictionRuleOn('US-CA', '2026-01-01').sensitiveDataBelow).toBe(16);
  });

  it('Brazil from 2026-03-17 (ECA Digital): parental consent for social network accounts under 16, no profiling ads to minors', () => {
    const teen = { birthDate: '2011-06-01', jurisdiction: 'BR', timeZone: 'America/Sao_Paulo', service: 'social_network' };
    expect(evaluateAgeGate({ minimumAge: 13 }, { ...teen, on: new Date('2026-03-16T12:00:00Z') })).toMatchObject({ status: 'allowed' });
    expect(evaluateAgeGate({ minimumAge: 13 }, { ...teen, on: new Date('2026-03-17T12:00:00Z') })).toMatchObject({
      status: 'needs_parental_consent',
      decidedBy: 'jurisdiction',
      consent: { neededUntil: '2027-06-01' },
      law: { row: 'BR-eca-digital' },
    });
    expect(evaluateAgeGate({ minimumAge: 13 }, { ...teen, service: undefined, on: new Date('2026-03-17T12:00:00Z') })).toMatchObject({ status: 'allowed' });
    expect(isPurposeAllowed({ minimumAge: 13 }, { ...teen, purpose: 'profiling', on: new Date('2026-11-22T12:00:00Z'), optedIn: true })).toMatchObject({
      allowed: false,
      reason: 'prohibited_by_law',
      until: '2029-06-01',
    });
  });

  it("New Hampshire from 2027-01-01 (HB 1460): no sale of a child's data under 13, whatever the consent", () => {
    const child = { purpose: 'sale_of_personal_information', birthDate: '2016-01-01', jurisdiction: 'US-NH', timeZone: 'America/New_York', optedIn: true };
    expect(isPurposeAllowed({ minimumAge: 0 }, { ...child, on: new Date('2026-12-31T12:00:00Z') })).toEqual({ allowed: true, reason: 'not_restricted' });
    expect(isPurposeAllowed({ minimumAge: 0 }, { ...child, on: new Date('2027-01-01T12:00:00Z') })).toMatchObject({
      allowed: false,
      reason: 'prohibited_by_law',
      law: { row: 'US-NH-hb1460' },
    });
    expect(isPurposeAllowed({ minimumAge: 0 }, { ...child, birthDate: '2012-06-01', optedIn: false, on: new Date('2027-01-01T12:00:00Z') })).toMatchObject({
      reason: 'opt_in_required',
      optInFrom: 'person',
    });
  });

  it('rowInForce picks the version by day and drops the later list', () => {
    expect(rowInForce(CONSENT_AGES.CL!, '2026-11-30').id).toBe('CL-ley-19628');
    expect(rowInForce(CONSENT_AGES.CL!, '2026-12-01').id).toBe('CL-ley-21719-art16-quater');
    expect(rowInForce(CONSENT_AGES.IN!, '2000-01-01').id).toBe('IN-it-act-spdi');
    expect(rowInForce(CONSENT_AGES.IN!, '2030-01-01')).not.toHaveProperty('later');
  });
});

describe('purpose-scoped consent in US states', () => {
  const on = new Date('2026-11-22T12:00:00Z');
  const check = (jurisdiction: string, purpose: string, birthDate: string, optedIn = false) =>
    isPurposeAllowed({ minimumAge: 0 }, { purpose, birthDate, jurisdiction, on, timeZone: 'America/New_York', optedIn });

  it('New Jersey: 13 to under 17, the consumer consents to targeted ads, sale and profiling', () => {
    expect(check('US-NJ', 'targeted_advertising', '2010-11-23')).toMatchObject({ reason: 'opt_in_required', until: '2027-11-23' }); // 16
    expect(check('US-NJ', 'targeted_advertising', '2009-11-22')).toMatchObject({ allowed: true, reason: 'not_restricted' }); // 17 today
    expect(check('US-NJ', 'profiling', '2012-01-01', true)).toMatchObject({ allowed: true, reason: 'opted_in', law: { row: 'US-NJ-njdpa' } });
    expect(check('US-NJ', 'marketing', '2012-01-01')).toMatchObject({ allowed: true, reason: 'not_restricted' });
  });

  it('New Hampshire 13 to under 16; Oregon 13 to under 16 with profiling; Montana 13 to under 16', () => {
    expect(check('US-NH', 'sale_of_personal_information', '2011-06-01')).toMatchObject({ reason: 'opt_in_required', until: '2027-06-01' });
    expect(check('US-NH', 'profiling', '2011-06-01')).toMatchObject({ allowed: true });
    expect(check('US-OR', 'profiling', '2011-06-01')).toMatchObject({ reason: 'opt_in_required' });
    expect(check('US-MT', 'targeted_advertising', '2010-06-01')).toMatchObject({ allowed: true }); // 16
  });

  it('Maryland bans sale and targeted ads under 18 whatever the consent; Colorado and Connecticut need consent under 18', () => {
    expect(check('US-MD', 'targeted_advertising', '2009-01-01', true)).toMatchObject({ allowed: false, reason: 'prohibited_by_law', until: '2027-01-01' });
    expect(check('US-CO', 'profiling', '2009-01-01')).toMatchObject({ reason: 'opt_in_required', optInFrom: 'person' });
    expect(check('US-CT', 'profiling', '2015-01-01')).toMatchObject({ reason: 'opt_in_required', optInFrom: 'parent' }); // 11: under COPPA's 13
    // Connecticut from 2026-07-01 (SB 1295): sale and targeted ads to minors are banned outright
    expect(check('US-CT', 'sale_of_personal_information', '2015-01-01', true)).toMatchObject({
      allowed: false,
      reason: 'prohibited_by_law',
      law: { row: 'US-CT-sb1295' },
    });
    expect(
      isPurposeAllowed(
        { minimumAge: 0 },
        {
          purpose: 'sale_of_personal_information',
          birthDate: '2015-01-01',
          jurisdiction: 'US-CT',
          on: new Date('2026-06-30T12:00:00Z'),
          timeZone: 'America/New_York',
        },
      ),
    ).toMatchObject({ reason: 'opt_in_required', law: { row: 'US-CT-ctdpa-minors' } });
  });

  it('New York: consent for every purpose not strictly necessary, 13 to under 18', () => {
    expect(check('US-NY', 'product_analytics', '2010-01-01')).toMatchObject({ reason: 'opt_in_required', until: '2028-01-01' });
    expect(check('US-NY', 'provide_service', '2010-01-01')).toMatchObject({ allowed: true });
  });

  it('an unknown age is refused wherever a purpose rule could apply', () => {
    expect(isPurposeAllowed({ minimumAge: 0 }, { purpose: 'targeted_advertising', jurisdiction: 'US-NJ', on, timeZone: 'UTC' })).toMatchObject({
      allowed: false,
      reason: 'age_unknown',
    });
  });
});

describe('other jurisdictions', () => {
  const on = new Date('2026-11-22T12:00:00Z');
  it('Singapore 13, Vietnam 16 with the child consenting too from 7, South Africa and Indonesia 18, Japan none', () => {
    expect(evaluateAgeGate({ minimumAge: 0 }, { declaredAge: 13, jurisdiction: 'SG', on, timeZone: 'Asia/Singapore' }).status).toBe('allowed');
    expect(evaluateAgeGate({ minimumAge: 0 }, { declaredAge: 12, jurisdiction: 'SG', on, timeZone: 'Asia/Singapore' }).status).toBe('needs_parental_consent');
    expect(evaluateAgeGate({ minimumAge: 0 }, { declaredAge: 8, jurisdiction: 'VN', on, timeZone: 'Asia/Ho_Chi_Minh' })).toMatchObject({
      status: 'needs_parental_consent',
      consent: { childAlsoConsents: true },
    });
    expect(evaluateAgeGate({ minimumAge: 0 }, { declaredAge: 6, jurisdiction: 'VN', on, timeZone: 'Asia/Ho_Chi_Minh' })).toMatchObject({
      consent: { childAlsoConsents: false },
    });
    expect(evaluateAgeGate({ minimumAge: 0 }, { declaredAge: 17, jurisdiction: 'ZA', on, timeZone: 'Africa/Johannesburg' }).status).toBe(
      'needs_parental_consent',
    );
    expect(evaluateAgeGate({ minimumAge: 0 }, { declaredAge: 17, jurisdiction: 'ID', on, timeZone: 'Asia/Jakarta' }).status).toBe('needs_parental_consent');
    expect(evaluateAgeGate({ minimumAge: 0 }, { declaredAge: 10, jurisdiction: 'JP', on, timeZone: 'Asia/Tokyo' })).toMatchObject({
      status: 'allowed',
      decidedBy: 'both',
    });
  });

  it('a custom row may carry purpose rules and dates, validated with paths', () => {
    const table = defineJurisdictionTable([
      {
        code: 'TW',
        name: 'Taiwan',
        consentAge: 13,
        purposeRules: [{ purposes: ['profiling'], below: 18, requires: 'prohibited', law: 'Counsel memo' }],
        source: { law: 'Counsel memo', article: '1', checked: null },
      },
    ]);
    expect(
      isPurposeAllowed({ minimumAge: 0 }, { purpose: 'profiling', declaredAge: 15, jurisdiction: 'TW', on, timeZone: 'Asia/Taipei' }, { jurisdictions: table }),
    ).toMatchObject({ reason: 'prohibited_by_law', law: { code: 'TW', row: null, law: 'Counsel memo' } });
    expect(() =>
      defineJurisdictionTable([
        {
          code: 'TW',
          name: 'Taiwan',
          consentAge: 13,
          purposeRules: [{ purposes: ['profiling'], from: 18, below: 16, requires: 'opt_in', law: 'x' }],
          source: { law: 'x', article: 'y' },
        },
      ]),
    ).toThrow(expect.objectContaining({ code: 'invalid_table', pathText: '[0].purposeRules[0].from' }));
    expect(() =>
      defineJurisdictionTable([
        { code: 'TW', name: 'Taiwan', consentAge: 13, effective: '2027-01-01', ends: '2026-01-01', source: { law: 'x', article: 'y' } },
      ]),
    ).toThrow(expect.objectContaining({ code: 'invalid_table', pathText: '[0].ends' }));
  });
});
