import { readFileSync } from 'node:fs';
import { codingIde } from '@priv/examples';
import { describe, expect, it } from 'vitest';
import {
  AgeInputError,
  DEFAULT_JURISDICTIONS,
  ageOn,
  agePolicyOf,
  checkParentalConsent,
  dateOfAge,
  defineJurisdictionTable,
  evaluateAgeGate,
  isPurposeAllowed,
  jurisdictionRule,
  jurisdictionRuleOn,
  parseConsentRecord,
} from '../src/index.js';

// The README's examples, run; values as the README shows them.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

const policy000 = { minimumAge: 13, parentalConsentBelow: 18, consentFrom: ['parent'] } as const;
const policy002 = { minimumAge: 16, onUnderageDiscovered: 'delete_account' } as const;
const person = { birthDate: '2011-06-01', jurisdiction: 'GB', on: new Date('2026-11-22T12:00:00Z'), timeZone: 'Europe/London' };
const on = person.on;

// The sign-up form, as in the README.
const policy = { minimumAge: 13, parentalConsentBelow: 18, consentFrom: ['parent'] } as const; // policy 000

interface SignUpForm {
  readonly birthDate?: string; // <input type="date"> gives YYYY-MM-DD
  readonly country: string; // 'GB', 'DE', 'US-CA', 'CA-QC', ...
  readonly timeZone: string; // Intl.DateTimeFormat().resolvedOptions().timeZone in the browser
}

function signUp(form: SignUpForm, now = new Date()): { readonly status: number; readonly message: string } {
  try {
    const gate = evaluateAgeGate(policy, { birthDate: form.birthDate || undefined, jurisdiction: form.country, on: now, timeZone: form.timeZone });
    switch (gate.status) {
      case 'allowed':
        return { status: 201, message: 'Welcome!' };
      case 'needs_parental_consent':
        // create the account as pending; store gate.consent.neededUntil with the consent record
        return { status: 202, message: `We need your ${gate.consent.from.join(' or ')}'s consent first.` };
      case 'refused':
        // do not store the birth date
        return { status: 403, message: gate.eligibleOn ? `You can sign up from ${gate.eligibleOn}.` : 'You are too young to sign up.' };
      case 'unknown':
        return { status: 400, message: 'Please enter your date of birth.' };
    }
  } catch (error) {
    if (error instanceof AgeInputError) return { status: 400, message: error.message }; // says where: 'birthDate: ...'
    throw error;
  }
}

describe('README', () => {
  it('five minutes: policies 000 and 002, unknown and a declared age', () => {
    expect(ageOn(person.birthDate, person.on, person.timeZone)).toBe(15);
    expect(evaluateAgeGate(policy000, person)).toMatchObject({
      status: 'needs_parental_consent',
      age: 15,
      decidedBy: 'platform',
      consent: { from: ['parent'], educationalAccountsFrom: [], kind: 'parental_consent', neededUntil: '2029-06-01' },
    });
    expect(evaluateAgeGate(policy002, person)).toMatchObject({
      status: 'refused',
      age: 15,
      reason: 'below_minimum_age',
      decidedBy: 'platform',
      eligibleOn: '2027-06-01',
      onUnderageDiscovered: 'delete_account',
    });
    expect(evaluateAgeGate(policy000, { jurisdiction: 'GB', on: person.on, timeZone: 'Europe/London' })).toMatchObject({
      status: 'unknown',
      age: null,
      reason: 'no_birth_date_or_age',
    });
    expect(evaluateAgeGate(policy000, { declaredAge: 15, jurisdiction: 'GB', on: person.on, timeZone: 'Europe/London' })).toMatchObject({
      status: 'needs_parental_consent',
      consent: { neededUntil: null },
    });
  });

  it('the policies match the seed manifests', async () => {
    const { codementorAi, mentorMarketplace } = await import('@priv/examples');
    expect(codementorAi.age).toMatchObject(policy000);
    expect(mentorMarketplace.age).toMatchObject(policy002);
    expect(agePolicyOf({ age: undefined })).toEqual({ minimumAge: 0 });
  });

  it('a sign-up form', () => {
    expect(signUp({ birthDate: '2014-01-15', country: 'GB', timeZone: 'Europe/London' }, new Date('2026-11-22T12:00:00Z'))).toEqual({
      status: 403,
      message: 'You can sign up from 2027-01-15.',
    });
    expect(signUp({ birthDate: '2010-02-30', country: 'GB', timeZone: 'Europe/London' })).toEqual({
      status: 400,
      message: 'birthDate: 2010-02-30 does not exist in the calendar',
    });
    expect(signUp({ birthDate: '2011-06-01', country: 'GB', timeZone: 'Europe/London' }, on)).toEqual({
      status: 202,
      message: "We need your parent's consent first.",
    });
    expect(signUp({ birthDate: '2000-06-01', country: 'GB', timeZone: 'Europe/London' }, on)).toEqual({ status: 201, message: 'Welcome!' });
    expect(signUp({ birthDate: '', country: 'GB', timeZone: 'Europe/London' }, on)).toEqual({ status: 400, message: 'Please enter your date of birth.' });
    expect(signUp({ birthDate: '2000-06-01', country: 'XX', timeZone: 'Europe/London' }, on).status).toBe(400);
    // the README shows this very function, and this very form type
    const own = readFileSync(new URL(import.meta.url), 'utf8');
    const body = own.slice(own.indexOf('function signUp('), own.indexOf('\n}\n', own.indexOf('function signUp(')) + 3);
    expect(body.length).toBeGreaterThan(500);
    expect(readme).toContain(`export ${body}`);
    expect(readme).toContain(own.slice(own.indexOf('interface SignUpForm'), own.indexOf('\n}\n', own.indexOf('interface SignUpForm')) + 3));
  });

  it('stricter of platform and law', () => {
    expect(evaluateAgeGate({ minimumAge: 13 }, { birthDate: '2012-01-10', jurisdiction: 'DE', on, timeZone: 'Europe/Berlin' })).toMatchObject({
      status: 'needs_parental_consent',
      decidedBy: 'jurisdiction',
      consent: { neededUntil: '2028-01-10' },
    });
    expect(
      evaluateAgeGate({ minimumAge: 16 }, { birthDate: '2011-06-01', jurisdiction: 'IN', on: new Date('2027-06-01T12:00:00Z'), timeZone: 'Asia/Kolkata' }),
    ).toMatchObject({
      status: 'needs_parental_consent',
      decidedBy: 'jurisdiction',
      consent: { kind: 'verifiable_parental_consent' },
      law: { code: 'IN', row: 'IN-dpdp-2023-s9' },
    });
    expect(evaluateAgeGate({ minimumAge: 16 }, { birthDate: '2010-06-01', jurisdiction: 'IN', on, timeZone: 'Asia/Kolkata' })).toMatchObject({
      status: 'allowed',
      decidedBy: 'platform',
    });
  });

  it('ages, time zones and 29 February', () => {
    expect(ageOn('2013-03-15', new Date('2026-03-15T06:30:00Z'), 'America/Los_Angeles')).toBe(12);
    expect(ageOn('2013-03-15', new Date('2026-03-15T06:30:00Z'), 'UTC')).toBe(13);
    expect(ageOn('2013-12-31', new Date('2026-12-31T10:30:00Z'), 'Pacific/Kiritimati')).toBe(13);
    expect(ageOn('2013-12-31', new Date('2026-12-31T10:30:00Z'), 'Pacific/Pago_Pago')).toBe(12);
    expect(dateOfAge('2012-02-29', 13)).toBe('2025-03-01');
    expect(dateOfAge('2012-02-29', 13, 'february_28')).toBe('2025-02-28');
    expect(ageOn('2012-02-29', new Date('2025-02-28T12:00:00Z'), 'UTC')).toBe(12);
    expect(ageOn('2012-02-29', new Date('2025-02-28T12:00:00Z'), 'UTC', { leapDay: 'february_28' })).toBe(13);
    expect(Object.values(DEFAULT_JURISDICTIONS).filter((row) => row.leapDay === 'february_28')).toEqual([]);
  });

  it('the jurisdiction table in the README is the built-in table, row by dated row', () => {
    const lines = readme.split('\n').filter((line) => /^\| `[A-Za-z0-9.-]+` \| `[A-Z-]+` \|/.test(line));
    const rows = Object.values(DEFAULT_JURISDICTIONS).flatMap((row) => [row, ...(row.later ?? [])]);
    expect(lines.length).toBe(rows.length);
    lines.forEach((line, index) => {
      const [id, code, name, age, , law, article, effective, ends, checked] = line.slice(2, -2).split(' | ');
      const row = rows[index]!;
      expect({ id, code, name, age, article, effective, ends, checked }).toEqual({
        id: `\`${row.id}\``,
        code: `\`${row.code}\``,
        name: row.name,
        age: `${row.consentAge}${row.consentKind === 'verifiable_parental_consent' ? ', verifiable' : ''}`,
        article: row.source.article,
        effective: row.source.effective,
        ends: row.source.ends ?? '—',
        checked: row.source.checked ?? 'null',
      });
      expect(row.source.law.startsWith(law!)).toBe(true);
    });
  });

  it('dated rows and purpose-scoped consent', () => {
    expect(jurisdictionRuleOn('IN', '2027-05-12').consentAge).toBe(0);
    expect(jurisdictionRuleOn('IN', '2027-05-13').consentAge).toBe(18);
    expect(jurisdictionRuleOn('US', '2025-06-23', DEFAULT_JURISDICTIONS).id).toBe('US-coppa-2025');
    const teen = { birthDate: '2011-01-10', on, timeZone: 'America/New_York' };
    expect(isPurposeAllowed({ minimumAge: 13 }, { ...teen, purpose: 'targeted_advertising', jurisdiction: 'US-NJ' })).toEqual({
      allowed: false,
      reason: 'opt_in_required',
      decidedBy: 'jurisdiction',
      until: '2028-01-10',
      optInFrom: 'person',
      law: { code: 'US-NJ', row: 'US-NJ-njdpa', why: "N.J.S.A. 56:8-166.12(a)(7): the person's own opt-in is needed below 17." },
    });
    expect(isPurposeAllowed({ minimumAge: 13 }, { ...teen, purpose: 'sale_of_personal_information', jurisdiction: 'US-MD' }).reason).toBe('prohibited_by_law');
    const cited = isPurposeAllowed(
      { minimumAge: 13 },
      { ...teen, purpose: 'targeted_advertising', jurisdiction: 'US-MD' },
      { jurisdictions: DEFAULT_JURISDICTIONS },
    );
    expect(cited.law?.url).toBe('https://mgaleg.maryland.gov/mgawebsite/Laws/StatuteText?article=gcl&section=14-4607');
  });

  it('overriding the table', () => {
    expect(jurisdictionRule('KR', DEFAULT_JURISDICTIONS).source.article).toBe('Art. 22-2');
    const table = defineJurisdictionTable([
      { code: 'DK', name: 'Denmark', consentAge: 15, source: { law: 'Our counsel memo 2026-04', article: 'p. 3' } },
      { code: 'TW', name: 'Taiwan', consentAge: 13, leapDay: 'february_28', source: { law: 'Our counsel memo 2026-04', article: 'p. 7' } },
    ]);
    expect(table.DK?.consentAge).toBe(15);
    expect(table.DE?.consentAge).toBe(16);
    expect(evaluateAgeGate(policy000, { ...person, jurisdiction: 'DK' }, { jurisdictions: table })).toMatchObject({
      status: 'needs_parental_consent',
      rules: { jurisdiction: { code: 'DK', consentAge: 15 } },
    });
    expect(
      evaluateAgeGate(
        policy000,
        { ...person, birthDate: '2012-02-29', jurisdiction: 'TW', on: new Date('2025-02-28T12:00:00Z'), timeZone: 'Asia/Taipei' },
        { jurisdictions: table },
      ),
    ).toMatchObject({ status: 'needs_parental_consent', age: 13 });
    expect(() =>
      defineJurisdictionTable([
        { code: 'DK', name: 'Denmark', consentAge: 15, source: { law: 'x', article: 'y' } },
        { code: 'SE', name: 'Sweden', consentAge: 30, source: { law: 'x', article: 'y' } },
      ]),
    ).toThrow(expect.objectContaining({ code: 'invalid_table', pathText: '[1].consentAge' }));
  });

  it('parental consent records and their lapse date', () => {
    const record = parseConsentRecord({
      consentedBy: { role: 'parent', name: 'A. Parent' },
      consentedAt: '2026-11-01T10:00:00Z',
      method: 'signed_form',
      purposes: ['provide_service'],
    });
    expect(checkParentalConsent(policy000, record, { ...person, purposes: ['provide_service'] })).toMatchObject({ status: 'valid', lapsesOn: '2029-06-01' });
    expect(checkParentalConsent(policy000, record, { ...person, on: new Date('2029-06-01T00:30:00+01:00') })).toMatchObject({
      status: 'not_needed',
      since: '2029-06-01',
      gate: { status: 'allowed' },
    });
  });

  it('educational accounts (policy 004)', () => {
    const policy004 = agePolicyOf(codingIde);
    expect(policy004.educationalAccounts).toMatchObject({ managedBy: ['teacher'], mayConsent: true });
    const teacher = parseConsentRecord({
      consentedBy: { role: 'teacher' },
      consentedAt: '2026-09-01T08:00:00Z',
      method: 'school_agreement',
      purposes: ['provide_service'],
      educationalAccount: true,
    });
    expect(checkParentalConsent(policy004, teacher, person)).toMatchObject({ status: 'valid' });
    expect(checkParentalConsent(policy004, { ...teacher, educationalAccount: false }, person)).toMatchObject({
      status: 'invalid',
      reason: 'giver_not_allowed',
    });
  });

  it('restrictions for minors before a marketing email', () => {
    const policy004 = { minimumAge: 13, parentalConsentBelow: 18, minorRestrictedPurposes: ['marketing'] };
    expect(agePolicyOf(codingIde).minorRestrictedPurposes).toContain('marketing');
    expect(isPurposeAllowed(policy004, { purpose: 'marketing', birthDate: '2010-03-01', jurisdiction: 'GB', on, timeZone: 'Europe/London' })).toEqual({
      allowed: false,
      reason: 'minor_restricted',
      decidedBy: 'platform',
      until: '2028-03-01',
    });
    expect(isPurposeAllowed(policy004, { purpose: 'marketing', birthDate: '2000-03-01', jurisdiction: 'GB', on, timeZone: 'Europe/London' })).toEqual({
      allowed: true,
      reason: 'adult',
    });
    expect(isPurposeAllowed(policy004, { purpose: 'marketing', jurisdiction: 'GB', on, timeZone: 'Europe/London' })).toEqual({
      allowed: false,
      reason: 'age_unknown',
      decidedBy: null,
      until: null,
    });
  });

  it('the error table lists every error code the package throws', () => {
    const errors = readme.slice(readme.indexOf('## Errors'), readme.indexOf('## Size'));
    const codes = [...errors.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
    const source = readFileSync(new URL('../src/errors.ts', import.meta.url), 'utf8');
    const codeType = source.slice(source.indexOf('export type AgeInputErrorCode'));
    const declared = [...codeType.slice(0, codeType.indexOf(';')).matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
    expect(codes.sort()).toEqual(declared.sort());
  });
});
