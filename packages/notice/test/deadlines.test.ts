import { codementorAi, codeRunner, codingIde, mentorMarketplace } from '@priv/examples';
import { describe, expect, it } from 'vitest';
import { breachDeadline, breachDeadlines, ccpaRequestDeadline, gdprRequestDeadline, NoticeInputError, policyRequestDeadline } from '../src/index.js';

const iso = (d: Date | undefined) => d?.toISOString();

describe('GDPR request deadlines (one month, Regulation 1182/71)', () => {
  it('a request on 31 January is due by the end of 28 February, extendable to 30 April', () => {
    const { deadline, extended, extensionNeedsNotice } = gdprRequestDeadline('2026-01-31T10:00:00Z', { timeZone: 'UTC' });
    expect(deadline.lastDay).toBe('2026-02-28');
    expect(iso(deadline.expiresAt)).toBe('2026-03-01T00:00:00.000Z');
    expect(extended?.lastDay).toBe('2026-04-30');
    expect(extensionNeedsNotice).toBe(true);
    expect(deadline.computation.join('\n')).toContain('same date of the final month');
  });

  it('in a leap year a request on 31 January is due 29 February; on 29 February, by 29 March', () => {
    expect(gdprRequestDeadline('2028-01-31T10:00:00Z', { timeZone: 'UTC' }).deadline.lastDay).toBe('2028-02-29');
    expect(gdprRequestDeadline('2028-02-29T10:00:00Z', { timeZone: 'UTC' }).deadline.lastDay).toBe('2028-03-29');
    expect(gdprRequestDeadline('2028-02-29T10:00:00Z', { timeZone: 'UTC' }).extended?.lastDay).toBe('2028-05-29');
  });

  it('counts on the calendar of the zone: 23:30 UTC on 31 January is 1 February in Berlin', () => {
    const { deadline } = gdprRequestDeadline('2026-01-31T23:30:00Z', { timeZone: 'Europe/Berlin' });
    expect(deadline.lastDay).toBe('2026-03-01');
    expect(deadline.expiresAtLocal).toBe('2026-03-02T00:00:00+01:00');
  });

  it('ends at local midnight across the European DST weekend', () => {
    // 2026-03-01 received; one month later, 1 April, is in summer time (+02:00).
    const { deadline } = gdprRequestDeadline('2026-03-01T09:00:00+01:00', { timeZone: 'Europe/Berlin' });
    expect(deadline.lastDay).toBe('2026-04-01');
    expect(iso(deadline.expiresAt)).toBe('2026-04-01T22:00:00.000Z');
    expect(deadline.expiresAtLocal).toBe('2026-04-02T00:00:00+02:00');
  });

  it('rolls a weekend or holiday forward only when asked (Art. 3(4))', () => {
    // 2026-02-28 is a Saturday.
    expect(gdprRequestDeadline('2026-01-28T10:00:00Z', { timeZone: 'UTC' }).deadline.lastDay).toBe('2026-02-28');
    expect(gdprRequestDeadline('2026-01-28T10:00:00Z', { timeZone: 'UTC', rollOver: { weekends: true } }).deadline.lastDay).toBe('2026-03-02');
    expect(gdprRequestDeadline('2026-01-28T10:00:00Z', { timeZone: 'UTC', rollOver: { weekends: true, holidays: ['2026-03-02'] } }).deadline.lastDay).toBe('2026-03-03');
  });
});

describe('CCPA request deadlines (45 days + 45)', () => {
  it('counts 45 and 90 calendar days from the day after receipt, across the US DST change', () => {
    const { deadline, extended } = ccpaRequestDeadline('2026-02-20T12:00:00-08:00', { timeZone: 'America/Los_Angeles' });
    expect(deadline.lastDay).toBe('2026-04-06');
    expect(deadline.expiresAtLocal).toBe('2026-04-07T00:00:00-07:00');
    expect(extended?.lastDay).toBe('2026-05-21');
  });
});

describe('policy response times', () => {
  it('000: "We respond within 30 days"', () => {
    const r = policyRequestDeadline(codementorAi, 'erasure', '2026-06-10T08:00:00Z');
    expect(r.deadline.lastDay).toBe('2026-07-10');
    expect(r.extensionAllowed).toBe(false);
    expect(r.extended).toBeUndefined();
  });

  it('002: export "delivered within 30 days (usually within a week)"', () => {
    const r = policyRequestDeadline(mentorMarketplace, 'portability', '2026-06-10T08:00:00Z');
    expect(r.deadline.lastDay).toBe('2026-07-10');
    expect(r.usually).toEqual({ weeks: 1 });
  });

  it('004: 30 days, extendable for complex requests with notice', () => {
    const r = policyRequestDeadline(codingIde, 'access', '2026-01-31T10:00:00Z');
    expect(r.deadline.lastDay).toBe('2026-03-02');
    expect(r).toMatchObject({ extensionAllowed: true, extensionNeedsNotice: true, extended: undefined });
  });

  it('refuses a right the policy does not grant, or one without a response time', () => {
    expect(() => policyRequestDeadline(codementorAi, 'restriction', '2026-06-10T08:00:00Z')).toThrow(expect.objectContaining({ code: 'unknown_right', pathText: 'rights' }));
    expect(() => policyRequestDeadline(codeRunner, 'access', '2026-06-10T08:00:00Z')).toThrow(expect.objectContaining({ code: 'unknown_right', pathText: 'rights[0].response' }));
  });

  it('refuses bad instants and zones with a path', () => {
    expect(() => gdprRequestDeadline('31/01/2026', { timeZone: 'UTC' })).toThrow(NoticeInputError);
    expect(() => gdprRequestDeadline(new Date(Number.NaN), { timeZone: 'UTC' })).toThrow(expect.objectContaining({ pathText: 'receivedAt' }));
    expect(() => ccpaRequestDeadline('2026-01-01T00:00:00Z', { timeZone: 'Mars/Base' })).toThrow(expect.objectContaining({ code: 'invalid_time_zone' }));
  });
});

describe('breach deadlines (72 hours, exact)', () => {
  it('keeps 72 elapsed hours across the European spring DST weekend', () => {
    const due = breachDeadline('2026-03-28T12:00:00+01:00', { timeZone: 'Europe/Berlin' });
    expect(iso(due.expiresAt)).toBe('2026-03-31T11:00:00.000Z');
    expect(due.expiresAtLocal).toBe('2026-03-31T13:00:00+02:00');
    expect(due.expiresAt.getTime() - due.from.getTime()).toBe(72 * 3_600_000);
  });

  it('keeps 72 elapsed hours across the US autumn DST weekend', () => {
    const due = breachDeadline('2026-10-31T09:00:00-04:00', { timeZone: 'America/New_York' });
    expect(due.expiresAtLocal).toBe('2026-11-03T08:00:00-05:00');
    expect(due.expiresAt.getTime() - due.from.getTime()).toBe(72 * 3_600_000);
  });

  it('refuses a bad period with its path', () => {
    expect(() => breachDeadline('2026-03-28T12:00:00Z', { timeZone: 'UTC', within: { hours: -1 } })).toThrow(expect.objectContaining({ code: 'invalid_duration', pathText: 'within.hours' }));
  });

  it('keeps local clock time for calendar units', () => {
    const due = breachDeadline('2026-03-28T12:00:00+01:00', { timeZone: 'Europe/Berlin', within: { days: 3 } });
    expect(due.expiresAtLocal).toBe('2026-03-31T12:00:00+02:00');
  });

  it('001 and 002: notify users within 72 hours; the authority within 72 hours by law', () => {
    for (const manifest of [codeRunner, mentorMarketplace]) {
      const { authority, users } = breachDeadlines(manifest, '2026-10-24T09:00:00Z');
      expect(iso(users?.expiresAt)).toBe('2026-10-27T09:00:00.000Z');
      expect(iso(authority.expiresAt)).toBe('2026-10-27T09:00:00.000Z');
      expect(authority.basis).toBe('gdpr_art_33');
    }
    expect(breachDeadlines(codementorAi, '2026-10-24T09:00:00Z').users).toBeUndefined();
  });
});
