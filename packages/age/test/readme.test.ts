import { describe, expect, it } from 'vitest';
import {
  ageOn,
  checkParentalConsent,
  dateOfAge,
  DEFAULT_JURISDICTIONS,
  defineJurisdictionTable,
  evaluateAgeGate,
  isPurposeAllowed,
  jurisdictionRule,
  parseConsentRecord,
} from '../src/index.js';

// The README's examples, run.
describe('README', () => {
  const on = new Date('2026-11-22T12:00:00Z');
  const policy000 = { minimumAge: 13, parentalConsentBelow: 18, consentFrom: ['parent', 'guardian'] } as const;
  const policy002 = { minimumAge: 16 } as const;
  const person = { birthDate: '2011-06-01', jurisdiction: 'GB', on, timeZone: 'Europe/London' };

  it('five minutes: the same birth date under policies 000 and 002', () => {
    const a = evaluateAgeGate(policy000, person);
    expect(a).toMatchObject({ status: 'needs_parental_consent', age: 15, decidedBy: 'platform' });
    expect(a.status === 'needs_parental_consent' && a.consent).toMatchObject({ from: ['parent', 'guardian'], kind: 'parental_consent', neededUntil: '2029-06-01' });
    const b = evaluateAgeGate(policy002, person);
    expect(b).toMatchObject({ status: 'refused', reason: 'below_minimum_age', eligibleOn: '2027-06-01' });
  });

  it('stricter of platform and law', () => {
    const result = evaluateAgeGate({ minimumAge: 13 }, { birthDate: '2012-01-10', jurisdiction: 'DE', on, timeZone: 'Europe/Berlin' });
    expect(result).toMatchObject({ status: 'needs_parental_consent', decidedBy: 'jurisdiction' });
  });

  it('ages, zones and 29 February', () => {
    expect(ageOn('2013-03-15', new Date('2026-03-15T06:30:00Z'), 'America/Los_Angeles')).toBe(12);
    expect(ageOn('2013-03-15', new Date('2026-03-15T06:30:00Z'), 'UTC')).toBe(13);
    expect(dateOfAge('2012-02-29', 13)).toBe('2025-03-01');
    expect(dateOfAge('2012-02-29', 13, 'february_28')).toBe('2025-02-28');
  });

  it('the table and an override', () => {
    expect(jurisdictionRule('KR', DEFAULT_JURISDICTIONS).source.article).toBe('Art. 22-2');
    const table = defineJurisdictionTable([{ code: 'DK', name: 'Denmark', consentAge: 15, source: { law: 'Our counsel memo 2026-04', article: 'p. 3' } }]);
    expect(table.DK!.consentAge).toBe(15);
    expect(table.DE!.consentAge).toBe(16);
    expect(evaluateAgeGate(policy002, { ...person, birthDate: '2000-01-01', jurisdiction: 'DK' }, { jurisdictions: table }).status).toBe('allowed');
  });

  it('a consent record', () => {
    const record = parseConsentRecord({ consentedBy: { role: 'parent' }, consentedAt: '2026-11-01T10:00:00Z', method: 'signed_form', purposes: ['provide_service'] });
    const check = checkParentalConsent(policy000, record, { ...person, purposes: ['provide_service'] });
    expect(check).toMatchObject({ status: 'valid', lapsesOn: '2029-06-01' });
  });

  it('restrictions for minors', () => {
    const policy = { minimumAge: 13, minorRestrictedPurposes: ['marketing'] };
    expect(isPurposeAllowed(policy, { purpose: 'marketing', birthDate: '2010-03-01', jurisdiction: 'GB', on, timeZone: 'Europe/London' })).toEqual({
      allowed: false,
      reason: 'minor_restricted',
      decidedBy: 'platform',
      until: '2028-03-01',
    });
  });
});
