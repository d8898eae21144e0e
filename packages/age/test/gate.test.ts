import { describe, expect, it } from 'vitest';
import { AgeInputError, UnknownJurisdictionError, ageOn, checkParentalConsent, dateOfAge, evaluateAgeGate, isPurposeAllowed, localDate } from '../src/index.js';

const at = (iso: string) => new Date(iso);

describe('ageOn', () => {
  it('is still the younger age at 23:30 in Los Angeles on the eve of the birthday (already the birthday in UTC)', () => {
    const on = at('2026-03-15T06:30:00Z'); // 23:30 on 14 March in Los Angeles (PDT)
    expect(ageOn('2013-03-15', on, 'America/Los_Angeles')).toBe(12);
    expect(ageOn('2013-03-15', on, 'UTC')).toBe(13);
    expect(ageOn('2013-03-15', at('2026-03-15T07:00:00Z'), 'America/Los_Angeles')).toBe(13);
  });

  it('counts a 29 February birthday on 1 March in common years by default, on 28 February when told', () => {
    expect(ageOn('2012-02-29', at('2025-02-28T12:00:00Z'), 'UTC')).toBe(12);
    expect(ageOn('2012-02-29', at('2025-03-01T00:00:00Z'), 'UTC')).toBe(13);
    expect(ageOn('2012-02-29', at('2025-02-28T00:00:00Z'), 'UTC', { leapDay: 'february_28' })).toBe(13);
    expect(ageOn('2012-02-29', at('2025-02-27T23:59:59Z'), 'UTC', { leapDay: 'february_28' })).toBe(12);
    // in a leap year the birthday is 29 February under both rules
    expect(ageOn('2012-02-29', at('2028-02-28T12:00:00Z'), 'UTC', { leapDay: 'february_28' })).toBe(15);
    expect(ageOn('2012-02-29', at('2028-02-29T00:00:00Z'), 'UTC')).toBe(16);
    expect(dateOfAge('2012-02-29', 13)).toBe('2025-03-01');
    expect(dateOfAge('2012-02-29', 16)).toBe('2028-02-29');
  });

  it('handles 31 December and 1 January births across the new year in the declared zone', () => {
    // 2026-12-31T10:30Z: already 1 January 2027 in Kiritimati (UTC+14), still 30 December in Pago Pago (UTC-11)
    const on = at('2026-12-31T10:30:00Z');
    expect(localDate(on, 'Pacific/Kiritimati')).toEqual({ year: 2027, month: 1, day: 1 });
    expect(localDate(on, 'Pacific/Pago_Pago')).toEqual({ year: 2026, month: 12, day: 30 });
    expect(ageOn('2013-12-31', on, 'Pacific/Kiritimati')).toBe(13);
    expect(ageOn('2013-12-31', on, 'Pacific/Pago_Pago')).toBe(12);
    expect(ageOn('2014-01-01', on, 'Pacific/Kiritimati')).toBe(13);
    expect(ageOn('2014-01-01', on, 'Pacific/Pago_Pago')).toBe(12);
    expect(ageOn('2014-01-01', on, 'UTC')).toBe(12);
  });

  it('rejects bad input with a typed error and a path', () => {
    const on = at('2026-01-01T00:00:00Z');
    const fail = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(AgeInputError);
        return error as AgeInputError;
      }
      throw new Error('expected an AgeInputError');
    };
    expect(fail(() => ageOn('2010-02-30', on, 'UTC'))).toMatchObject({ code: 'invalid_date', pathText: 'birthDate' });
    expect(fail(() => ageOn('2010-2-3', on, 'UTC'))).toMatchObject({ code: 'invalid_date', pathText: 'birthDate' });
    expect(fail(() => ageOn('2026-01-02', on, 'UTC'))).toMatchObject({ code: 'future_birth_date', pathText: 'birthDate' });
    // 2026-01-01T00:00Z is still 31 December in New York: a birth on 1 January 2026 is in the future there
    expect(fail(() => ageOn('2026-01-01', on, 'America/New_York'))).toMatchObject({ code: 'future_birth_date' });
    expect(fail(() => ageOn('2010-01-01', on, 'Mars/Olympus'))).toMatchObject({ code: 'invalid_time_zone', pathText: 'timeZone' });
    expect(fail(() => ageOn('2010-01-01', new Date(Number.NaN), 'UTC'))).toMatchObject({ code: 'invalid_instant', pathText: 'on' });
    const policy = { minimumAge: 13 };
    const base = { jurisdiction: 'DE', on, timeZone: 'UTC' };
    expect(fail(() => evaluateAgeGate(policy, { ...base, declaredAge: -1 }))).toMatchObject({ code: 'invalid_age', pathText: 'declaredAge' });
    expect(fail(() => evaluateAgeGate(policy, { ...base, declaredAge: 200 }))).toMatchObject({ code: 'invalid_age', pathText: 'declaredAge' });
    expect(fail(() => evaluateAgeGate(policy, { ...base, declaredAge: 13.5 }))).toMatchObject({ code: 'invalid_age' });
    const unknown = fail(() => evaluateAgeGate(policy, { ...base, jurisdiction: 'XX', birthDate: '2000-01-01' }));
    expect(unknown).toBeInstanceOf(UnknownJurisdictionError);
    expect(unknown).toMatchObject({ code: 'unknown_jurisdiction', pathText: 'jurisdiction', jurisdiction: 'XX' });
    expect(fail(() => evaluateAgeGate(policy, { ...base, jurisdiction: 'constructor', birthDate: '2000-01-01' }))).toBeInstanceOf(UnknownJurisdictionError);
    // a policy written in code is checked like AgePolicySchema would check it
    const person = { ...base, birthDate: '2000-01-01' };
    expect(fail(() => evaluateAgeGate({ minimumAge: -1 }, person))).toMatchObject({ code: 'invalid_policy', pathText: 'policy.minimumAge' });
    expect(fail(() => evaluateAgeGate({ minimumAge: '13' as never }, person))).toMatchObject({ code: 'invalid_policy', pathText: 'policy.minimumAge' });
    expect(fail(() => evaluateAgeGate({ minimumAge: 13, minorBelow: 200 }, person))).toMatchObject({ code: 'invalid_policy', pathText: 'policy.minorBelow' });
    expect(fail(() => evaluateAgeGate({ minimumAge: 16, parentalConsentBelow: 13 }, person))).toMatchObject({
      code: 'invalid_policy',
      pathText: 'policy.parentalConsentBelow',
    });
    expect(fail(() => evaluateAgeGate({ minimumAge: 13, consentFrom: ['parent', 'uncle' as never] }, person))).toMatchObject({
      code: 'invalid_policy',
      pathText: 'policy.consentFrom[1]',
    });
    expect(fail(() => evaluateAgeGate({ minimumAge: 13, minorRestrictedPurposes: 'marketing' as never }, person))).toMatchObject({
      code: 'invalid_policy',
      pathText: 'policy.minorRestrictedPurposes',
    });
    expect(fail(() => evaluateAgeGate(null as never, person))).toMatchObject({ code: 'invalid_policy', pathText: 'policy' });
    expect(fail(() => evaluateAgeGate(policy, null as never))).toMatchObject({ code: 'unknown_jurisdiction', pathText: 'jurisdiction' });
    expect(fail(() => evaluateAgeGate(policy, { jurisdiction: 'GB' } as never))).toMatchObject({ code: 'invalid_instant', pathText: 'on' });
    expect(fail(() => isPurposeAllowed(policy, null as never))).toMatchObject({ code: 'invalid_purpose', pathText: 'purpose' });
    expect(
      fail(() =>
        checkParentalConsent(
          policy,
          { consentedBy: { role: 'parent' }, consentedAt: '2026-01-01T00:00:00Z', method: 'signed_form', purposes: ['x'], educationalAccount: false },
          null as never,
        ),
      ),
    ).toMatchObject({ code: 'unknown_jurisdiction' });
  });
});

describe('evaluateAgeGate', () => {
  const on = at('2026-11-22T12:00:00Z');
  const policy = { minimumAge: 13, parentalConsentBelow: 18, consentFrom: ['parent' as const] };

  it('refuses below the platform minimum and says when the person becomes eligible', () => {
    const result = evaluateAgeGate(policy, { birthDate: '2014-05-10', jurisdiction: 'GB', on, timeZone: 'Europe/London' });
    expect(result).toMatchObject({
      status: 'refused',
      age: 12,
      reason: 'below_minimum_age',
      decidedBy: 'platform',
      eligibleOn: '2027-05-10',
      onUnderageDiscovered: 'delete_account',
      minor: true,
    });
  });

  it('asks for parental consent in the band, says from whom and until when', () => {
    const result = evaluateAgeGate(policy, { birthDate: '2011-06-01', jurisdiction: 'GB', on, timeZone: 'Europe/London' });
    expect(result.status).toBe('needs_parental_consent');
    if (result.status !== 'needs_parental_consent') return;
    expect(result.consent).toEqual({ from: ['parent'], educationalAccountsFrom: [], kind: 'parental_consent', neededUntil: '2029-06-01' });
    expect(result.decidedBy).toBe('platform');
  });

  it('lets the law decide when it is stricter (India from 2027-05-13: 18, verifiable)', () => {
    const result = evaluateAgeGate(
      { minimumAge: 16 },
      { birthDate: '2010-01-01', jurisdiction: 'IN', on: new Date('2027-06-01T12:00:00Z'), timeZone: 'Asia/Kolkata' },
    );
    expect(result).toMatchObject({
      status: 'needs_parental_consent',
      age: 17,
      decidedBy: 'jurisdiction',
      consent: { kind: 'verifiable_parental_consent', neededUntil: '2028-01-01', from: ['parent', 'guardian'] },
      law: { code: 'IN', row: 'IN-dpdp-2023-s9' },
    });
    expect(evaluateAgeGate({ minimumAge: 13 }, { birthDate: '2012-01-01', jurisdiction: 'FR', on, timeZone: 'Europe/Paris' })).toMatchObject({
      status: 'needs_parental_consent',
      age: 14,
      decidedBy: 'jurisdiction',
      consent: { neededUntil: '2027-01-01' },
    });
  });

  it('allows from the higher threshold and says which one it was', () => {
    expect(evaluateAgeGate({ minimumAge: 13 }, { birthDate: '2010-01-01', jurisdiction: 'DE', on, timeZone: 'Europe/Berlin' })).toMatchObject({
      status: 'allowed',
      age: 16,
      decidedBy: 'jurisdiction',
      minor: true,
    });
    expect(evaluateAgeGate({ minimumAge: 16 }, { birthDate: '2010-01-01', jurisdiction: 'DE', on, timeZone: 'Europe/Berlin' })).toMatchObject({
      status: 'allowed',
      decidedBy: 'both',
    });
    expect(evaluateAgeGate({ minimumAge: 18 }, { birthDate: '2000-01-01', jurisdiction: 'GB', on, timeZone: 'Europe/London' })).toMatchObject({
      status: 'allowed',
      decidedBy: 'platform',
      minor: false,
    });
  });

  it('does not look a subdivision up under its country, and lets the birth date win over a declared age', () => {
    expect(() => evaluateAgeGate(policy, { birthDate: '2010-01-01', jurisdiction: 'US-TX', on, timeZone: 'America/Chicago' })).toThrow(
      UnknownJurisdictionError,
    );
    expect(() => evaluateAgeGate(policy, { birthDate: '2010-01-01', jurisdiction: 'CA-ON', on, timeZone: 'America/Toronto' })).toThrow(
      UnknownJurisdictionError,
    );
    expect(evaluateAgeGate(policy, { birthDate: '2014-05-10', declaredAge: 30, jurisdiction: 'GB', on, timeZone: 'Europe/London' })).toMatchObject({
      status: 'refused',
      age: 12,
    });
    expect(() => evaluateAgeGate(policy, { birthDate: '', jurisdiction: 'GB', on, timeZone: 'Europe/London' })).toThrow(
      expect.objectContaining({ code: 'invalid_date', pathText: 'birthDate' }),
    );
  });

  it('works with a declared age (no dates) and says unknown when nothing is given', () => {
    expect(evaluateAgeGate(policy, { declaredAge: 12, jurisdiction: 'GB', on, timeZone: 'UTC' })).toMatchObject({ status: 'refused', eligibleOn: null });
    expect(evaluateAgeGate(policy, { declaredAge: 15, jurisdiction: 'GB', on, timeZone: 'UTC' })).toMatchObject({
      status: 'needs_parental_consent',
      consent: { neededUntil: null },
    });
    expect(evaluateAgeGate(policy, { jurisdiction: 'GB', on, timeZone: 'UTC' })).toMatchObject({
      status: 'unknown',
      age: null,
      reason: 'no_birth_date_or_age',
      minor: null,
    });
  });

  it('adds teachers as consent givers for educational accounts only when they may consent', () => {
    const edu = {
      ...policy,
      consentFrom: ['parent' as const, 'guardian' as const],
      educationalAccounts: { managedBy: ['teacher' as const], mayConsent: true },
    };
    const result = evaluateAgeGate(edu, { birthDate: '2012-01-01', jurisdiction: 'US', on, timeZone: 'America/Chicago' });
    expect(result).toMatchObject({
      status: 'needs_parental_consent',
      consent: { from: ['parent', 'guardian', 'teacher'], educationalAccountsFrom: ['teacher'] },
    });
    const noConsent = { ...edu, educationalAccounts: { managedBy: ['teacher' as const], mayConsent: false } };
    expect(evaluateAgeGate(noConsent, { birthDate: '2012-01-01', jurisdiction: 'US', on, timeZone: 'America/Chicago' })).toMatchObject({
      consent: { from: ['parent', 'guardian'], educationalAccountsFrom: [] },
    });
  });
});
