import { describe, expect, it } from 'vitest';
import { AgeInputError, ageOn, dateOfAge, evaluateAgeGate, localDate } from '../src/index.js';

function caught(fn: () => unknown): AgeInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AgeInputError) return error;
    throw error;
  }
  throw new Error('expected an AgeInputError');
}

const on = new Date('2026-03-01T12:00:00Z');

describe('no hidden zone, no silent default (issue 14)', () => {
  it('ageOn without a time zone is an error, not the machine zone', () => {
    const e = caught(() => ageOn('2012-02-29', on, undefined as unknown as string));
    expect([e.code, e.pathText]).toEqual(['invalid_time_zone', 'timeZone']);
  });
  it('evaluateAgeGate without a time zone is an error', () => {
    const e = caught(() => evaluateAgeGate({ minimumAge: 13 }, { birthDate: '2010-01-01', jurisdiction: 'DE', on } as never));
    expect(e.code).toBe('invalid_time_zone');
  });
  it("localDate in 'Mars/Olympus' is an error, not '0NaN-NaN-NaN'", () => {
    expect(caught(() => localDate(on, 'Mars/Olympus')).code).toBe('invalid_time_zone');
  });
  it('a mistyped leapDay is an error, not march_1', () => {
    const e = caught(() => ageOn('2012-02-29', on, 'UTC', { leapDay: 'march-1' as never }));
    expect([e.code, e.pathText]).toEqual(['invalid_option', 'options.leapDay']);
    expect(caught(() => dateOfAge('2012-02-29', 13, 'feb28' as never)).code).toBe('invalid_option');
  });
  it("dateOfAge(…, 13.5) and NaN are errors, not '2025.5-03-01' or '0NaN-03-01'", () => {
    expect([caught(() => dateOfAge('2012-02-29', 13.5)).code, caught(() => dateOfAge('2012-02-29', 13.5)).pathText]).toEqual(['invalid_age', 'age']);
    expect(caught(() => dateOfAge('2012-02-29', Number.NaN)).code).toBe('invalid_age');
    expect(caught(() => dateOfAge('9990-01-01', 100)).code).toBe('invalid_date'); // year 10090
    expect(dateOfAge('2012-02-29', 13)).toBe('2025-03-01');
  });
  it('an instant near the Date limit is an error, not an Invalid Date', () => {
    expect(caught(() => ageOn('2000-01-01', new Date(8.64e15), 'UTC')).code).toBe('invalid_instant');
  });
});

describe('a law that bars an age group from a kind of service (Australia, under 16, social media, from 2025-12-10)', () => {
  const policy = { minimumAge: 13, parentalConsentBelow: 16 };
  const input = { birthDate: '2011-06-01', jurisdiction: 'AU', timeZone: 'Australia/Sydney', service: 'age_restricted_social_media' };
  it('refuses a 14-year-old from 10 December 2025, saying which law decided and why; consent does not lift it', () => {
    const r = evaluateAgeGate(policy, { ...input, on: new Date('2025-12-10T00:30:00+11:00') });
    expect(r.status).toBe('refused');
    if (r.status !== 'refused') return;
    expect([r.reason, r.decidedBy, r.eligibleOn]).toEqual(['barred_by_law', 'jurisdiction', '2027-06-01']);
    expect(r.why).toContain('Social Media Minimum Age');
  });
  it('does not apply before its date (9 December 2025 in Sydney), nor to other services', () => {
    expect(evaluateAgeGate(policy, { ...input, on: new Date('2025-12-09T23:30:00+11:00') }).status).toBe('needs_parental_consent');
    expect(evaluateAgeGate(policy, { ...input, service: 'coding_school', on: new Date('2026-01-10T12:00:00Z') }).status).toBe('needs_parental_consent');
    expect(evaluateAgeGate(policy, { ...input, birthDate: '2009-06-01', on: new Date('2026-01-10T12:00:00Z') }).status).toBe('allowed');
  });
});
