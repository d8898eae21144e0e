import { seedManifests } from '@priv/examples';
import { describe, expect, it } from 'vitest';
import { agePolicyOf, evaluateAgeGate, isPurposeAllowed } from '../src/index.js';

const seed = (id: string) => {
  const found = seedManifests.find((s) => s.id === id);
  if (!found) throw new Error(`seed ${id} missing`);
  return found.manifest;
};
const on = new Date('2026-11-22T12:00:00Z');
const gate = (id: string, birthDate: string, jurisdiction = 'GB', timeZone = seed(id).timeZone, at = on) =>
  evaluateAgeGate(agePolicyOf(seed(id)), { birthDate, jurisdiction, on: at, timeZone });
// India's DPDP Act s. 9 applies from the DPDP Rules' commencement (2027-05-13): a year later
const afterDpdp = new Date('2027-11-22T12:00:00Z');

describe('seed 000 (CodeMentor AI): under 13 refused, 13-18 only with parental consent', () => {
  it('refuses a 12-year-old and says when they turn 13', () => {
    expect(gate('000', '2014-01-15')).toMatchObject({ status: 'refused', age: 12, eligibleOn: '2027-01-15', decidedBy: 'platform' });
  });
  it('asks a parent to consent from 13 to 17, until the 18th birthday', () => {
    expect(gate('000', '2013-11-22')).toMatchObject({
      status: 'needs_parental_consent',
      age: 13,
      consent: { from: ['parent'], neededUntil: '2031-11-22' },
      decidedBy: 'platform',
    });
    expect(gate('000', '2008-11-23')).toMatchObject({ status: 'needs_parental_consent', age: 17, consent: { neededUntil: '2026-11-23' } });
  });
  it('allows from 18; in India the law agrees (both), with verifiable consent below', () => {
    expect(gate('000', '2008-11-22')).toMatchObject({ status: 'allowed', age: 18, decidedBy: 'platform' });
    expect(gate('000', '2009-11-22', 'IN', 'Asia/Kolkata', afterDpdp)).toMatchObject({
      status: 'allowed',
      age: 18,
      decidedBy: 'both',
      law: { row: 'IN-dpdp-2023-s9' },
    });
    expect(gate('000', '2010-01-01', 'IN', 'Asia/Kolkata', afterDpdp)).toMatchObject({
      status: 'needs_parental_consent',
      decidedBy: 'both',
      consent: { kind: 'verifiable_parental_consent' },
    });
    // before commencement the platform's own band decides, with ordinary parental consent
    expect(gate('000', '2010-01-01', 'IN', 'Asia/Kolkata')).toMatchObject({
      status: 'needs_parental_consent',
      decidedBy: 'platform',
      consent: { kind: 'parental_consent' },
    });
  });
});

describe('seed 001 (code runner): states no age rules, so the law alone decides', () => {
  it('has no age policy; the gate applies the jurisdiction only', () => {
    expect(seed('001').age).toBeUndefined();
    expect(gate('001', '2016-05-01', 'US')).toMatchObject({
      status: 'needs_parental_consent',
      age: 10,
      decidedBy: 'jurisdiction',
      consent: { kind: 'verifiable_parental_consent', neededUntil: '2029-05-01' },
    });
    expect(gate('001', '2012-05-01', 'US')).toMatchObject({ status: 'allowed', decidedBy: 'jurisdiction' });
  });
});

describe('seed 002 (mentor marketplace): 16 and older; a discovered minor account is deleted', () => {
  it('refuses under 16 with the eligibility date and the delete-account consequence', () => {
    expect(gate('002', '2011-02-01')).toMatchObject({ status: 'refused', age: 15, eligibleOn: '2027-02-01', onUnderageDiscovered: 'delete_account' });
  });
  it('allows 16 in the UK and Germany; in India from 2027-05-13 a 16-year-old needs verifiable parental consent (law decides)', () => {
    expect(gate('002', '2010-11-22')).toMatchObject({ status: 'allowed', age: 16, decidedBy: 'platform', minor: true });
    expect(gate('002', '2010-11-22', 'DE')).toMatchObject({ status: 'allowed', decidedBy: 'both' });
    expect(gate('002', '2011-11-22', 'IN', 'Asia/Kolkata', afterDpdp)).toMatchObject({
      status: 'needs_parental_consent',
      age: 16,
      decidedBy: 'jurisdiction',
      consent: { neededUntil: '2029-11-22' },
    });
    expect(gate('002', '2010-11-22', 'IN', 'Asia/Kolkata')).toMatchObject({ status: 'allowed', age: 16, decidedBy: 'platform' }); // 2026: s. 9 not yet in force
  });
});

describe('seed 003 (CodeTrain): not directed to children under 16', () => {
  it('refuses a 15-year-old and allows a 16-year-old', () => {
    // The policy says only "we don't knowingly collect their data": no consequence is stated, so the gate's default applies.
    expect(seed('003').age?.onUnderageDiscovered).toBeUndefined();
    expect(gate('003', '2010-11-23')).toMatchObject({ status: 'refused', age: 15, eligibleOn: '2026-11-23', onUnderageDiscovered: 'delete_account' });
    expect(gate('003', '2010-11-22', 'FR')).toMatchObject({ status: 'allowed', age: 16, decidedBy: 'platform' });
  });
  it('decides the 16th birthday in the declared zone (Los Angeles, evening before)', () => {
    const policy = agePolicyOf(seed('003'));
    const eve = new Date('2026-11-23T07:30:00Z'); // 23:30 on 22 November in Los Angeles
    expect(evaluateAgeGate(policy, { birthDate: '2010-11-23', jurisdiction: 'US-CA', on: eve, timeZone: 'America/Los_Angeles' }).status).toBe('refused');
    expect(evaluateAgeGate(policy, { birthDate: '2010-11-23', jurisdiction: 'US-CA', on: eve, timeZone: 'UTC' }).status).toBe('allowed');
  });
});

describe('seed 004 (coding IDE): 13+, under 18 with parental or guardian permission, teacher-managed accounts, no marketing to minors', () => {
  it('refuses under 13 and asks parent, guardian or (educational account) teacher from 13 to 17', () => {
    expect(gate('004', '2014-06-30')).toMatchObject({ status: 'refused', eligibleOn: '2027-06-30', onUnderageDiscovered: 'delete_data' });
    const result = gate('004', '2012-06-30');
    expect(result).toMatchObject({
      status: 'needs_parental_consent',
      age: 14,
      consent: { from: ['parent', 'guardian', 'teacher'], educationalAccountsFrom: ['teacher'], neededUntil: '2030-06-30' },
    });
    expect(gate('004', '2008-01-01')).toMatchObject({ status: 'allowed', minor: false });
  });
  it('keeps marketing off for minors until their 18th birthday, on for adults', () => {
    const policy = agePolicyOf(seed('004'));
    expect(isPurposeAllowed(policy, { purpose: 'marketing', birthDate: '2010-03-01', jurisdiction: 'GB', on, timeZone: 'UTC' })).toEqual({
      allowed: false,
      reason: 'minor_restricted',
      decidedBy: 'platform',
      until: '2028-03-01',
    });
    expect(isPurposeAllowed(policy, { purpose: 'marketing', birthDate: '2000-03-01', jurisdiction: 'GB', on, timeZone: 'UTC' })).toEqual({
      allowed: true,
      reason: 'adult',
    });
    expect(isPurposeAllowed(policy, { purpose: 'provide_service', birthDate: '2010-03-01', jurisdiction: 'GB', on, timeZone: 'UTC' })).toEqual({
      allowed: true,
      reason: 'not_restricted',
    });
    expect(isPurposeAllowed(policy, { purpose: 'marketing', jurisdiction: 'GB', on, timeZone: 'UTC' })).toMatchObject({
      allowed: false,
      reason: 'age_unknown',
    });
  });
});
