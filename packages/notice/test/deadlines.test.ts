import { codementorAi, codeRunner, codingIde, mentorMarketplace } from '@priv/examples';
import { describe, expect, it } from 'vitest';
import { holidayList, NO_PUBLIC_HOLIDAYS } from '@priv/calendar';
import { publicHolidays } from '@priv/calendar/holidays';
import {
  breachDeadline,
  breachDeadlines,
  ccpaConfirmationDeadline,
  ccpaOptOutDeadline,
  ccpaRequestDeadline,
  gdprRequestDeadline,
  lastPublicationDate,
  NoticeInputError,
  policyRequestDeadline,
  requestDeadlines,
} from '../src/index.js';

const UTC = { timeZone: 'UTC', holidays: NO_PUBLIC_HOLIDAYS } as const;
const DE = publicHolidays('DE');

const iso = (d: Date | undefined) => d?.toISOString();

describe('GDPR request deadlines (Art. 12(3): one month, counted by Regulation 1182/71 Art. 3)', () => {
  describe('worked examples (EDPB Guidelines 01/2022 on the right of access apply Regulation 1182/71, incl. Art. 3(4))', () => {
    it('received 2025-03-05: one month ends Saturday 5 April, so Monday 2025-04-07', () => {
      const { deadline } = gdprRequestDeadline('2025-03-05T10:00:00+01:00', { timeZone: 'Europe/Berlin', holidays: DE });
      expect(deadline.unrolledLastDay).toBe('2025-04-05');
      expect(deadline.lastDay).toBe('2025-04-07');
      expect(deadline.expiresAtLocal).toBe('2025-04-08T00:00:00+02:00');
      expect(deadline.computation.join('\n')).toMatch(/Saturday.*Art\. 3\(4\)/);
    });
    it('received 2026-03-05: Sunday 5 April and Easter Monday 6 April, so 2026-04-07', () => {
      const { deadline } = gdprRequestDeadline('2026-03-05T10:00:00+01:00', { timeZone: 'Europe/Berlin', holidays: DE });
      expect(deadline.lastDay).toBe('2026-04-07');
      // without the holiday calendar (weekends only) it would be Monday 6 April: holidays matter
      expect(gdprRequestDeadline('2026-03-05T10:00:00+01:00', { timeZone: 'Europe/Berlin', holidays: NO_PUBLIC_HOLIDAYS }).deadline.lastDay).toBe('2026-04-06');
    });
    it('received 2029-08-31: 30 September is a Sunday, so 2029-10-01', () => {
      expect(gdprRequestDeadline('2029-08-31T10:00:00+02:00', { timeZone: 'Europe/Berlin', holidays: DE }).deadline.lastDay).toBe('2029-10-01');
    });
    // EDPB Guidelines 01/2022 (right of access), v2.1, section 5.3: para. 159 (the time limit starts on
    // receipt through an official channel), para. 160 (computed per Regulation 1182/71), Examples 32
    // and 33, para. 161 (weekend or public holiday: the next working day). The examples give no year;
    // the years are ours. Read in a secondary source quoting the Guidelines (see @priv/calendar README).
    it('EDPB 01/2022 Example 32: received 5 March, due 5 April (2027, a Monday), to the end of that day in Berlin', () => {
      const { deadline } = gdprRequestDeadline('2027-03-05T16:45:00+01:00', { timeZone: 'Europe/Berlin', holidays: DE });
      expect(deadline.lastDay).toBe('2027-04-05');
      expect(deadline.expiresAtLocal).toBe('2027-04-06T00:00:00+02:00');
    });
    it('EDPB 01/2022 Example 33: received 31 August, September has no 31st, due 30 September (2026, a Wednesday)', () => {
      const { deadline } = gdprRequestDeadline('2026-08-31T09:00:00+02:00', { timeZone: 'Europe/Berlin', holidays: DE });
      expect(deadline.lastDay).toBe('2026-09-30');
      expect(deadline.unrolledLastDay).toBeUndefined(); // a working day: nothing rolled
      expect(deadline.computation.join('\n')).toMatch(/2026-09-30 \(Art\. 3\(2\)\(c\)\)/);
    });
    it('EDPB 01/2022 para. 159: the clock starts on the day the request reaches the controller, on the calendar of its zone', () => {
      // 23:30 UTC on 4 March 2027 is already 5 March in Berlin: Example 32's dates, not 4 April
      expect(gdprRequestDeadline('2027-03-04T23:30:00Z', { timeZone: 'Europe/Berlin', holidays: DE }).deadline.lastDay).toBe('2027-04-05');
    });
  });

  it('a request on 31 January ends with 28 February (rolled off a weekend); extended, 28 April (the earlier reading of "two further months")', () => {
    const { deadline, extended, extensionNeedsNotice } = gdprRequestDeadline('2027-01-31T10:00:00Z', UTC);
    expect(deadline.unrolledLastDay).toBe('2027-02-28');
    expect(deadline.lastDay).toBe('2027-03-01'); // 28 February 2027 is a Sunday: Art. 3(4)
    expect(gdprRequestDeadline('2026-01-31T10:00:00Z', UTC).deadline.lastDay).toBe('2026-03-02'); // 28 Feb 2026 is a Saturday
    expect(gdprRequestDeadline('2026-01-31T10:00:00Z', UTC).extended?.lastDay).toBe('2026-04-28'); // not 30 April
    expect(extended?.computation.join('\n')).toContain('the earlier');
    expect(extensionNeedsNotice).toBe(true);
  });

  it('in a leap year a request on 31 January is due 29 February; on 29 February, by 29 March', () => {
    expect(gdprRequestDeadline('2028-01-31T10:00:00Z', UTC).deadline.lastDay).toBe('2028-02-29');
    expect(gdprRequestDeadline('2028-02-29T10:00:00Z', UTC).deadline.lastDay).toBe('2028-03-29');
    expect(gdprRequestDeadline('2028-02-29T10:00:00Z', UTC).extended?.lastDay).toBe('2028-05-29');
  });

  it('counts on the calendar of the zone: 23:30 UTC on 31 January is 1 February in Berlin', () => {
    const { deadline } = gdprRequestDeadline('2027-01-31T23:30:00Z', { timeZone: 'Europe/Berlin', holidays: DE });
    expect(deadline.lastDay).toBe('2027-03-01');
    expect(deadline.expiresAtLocal).toBe('2027-03-02T00:00:00+01:00');
  });

  it('ends at local midnight across the European DST weekend', () => {
    const { deadline } = gdprRequestDeadline('2026-03-01T09:00:00+01:00', { timeZone: 'Europe/Berlin', holidays: DE });
    expect(deadline.lastDay).toBe('2026-04-01');
    expect(iso(deadline.expiresAt)).toBe('2026-04-01T22:00:00.000Z');
    expect(deadline.expiresAtLocal).toBe('2026-04-02T00:00:00+02:00');
  });

  it('holidays without weekends no longer make Saturday a working day (the old rollOver option)', () => {
    // 2026-02-28 is a Saturday, 2 March a listed holiday.
    expect(gdprRequestDeadline('2026-01-28T10:00:00Z', { timeZone: 'UTC', holidays: holidayList('test', ['2026-03-02']) }).deadline.lastDay).toBe('2026-03-03');
  });

  it('requires the holidays: no silent "no holidays"', () => {
    expect(() => gdprRequestDeadline('2026-01-28T10:00:00Z', { timeZone: 'UTC' } as never)).toThrow(
      expect.objectContaining({ code: 'invalid_holidays', pathText: 'holidays' }),
    );
    expect(() => gdprRequestDeadline('2026-01-28T10:00:00Z', { timeZone: 'UTC', holidays: '2026-03-02' } as never)).toThrow(
      expect.objectContaining({ code: 'invalid_holidays' }),
    );
    expect(() => gdprRequestDeadline('2026-01-28T10:00:00Z', { timeZone: 'UTC', holidays: { weekends: 'yes' } } as never)).toThrow(
      expect.objectContaining({ code: 'invalid_holidays' }),
    );
  });
});

describe('CCPA deadlines', () => {
  it('45 days per 11 CCR § 7021(b): the day of receipt is day 1, no roll-over; 90 when extended', () => {
    const { deadline, extended } = ccpaRequestDeadline('2026-02-20T12:00:00-08:00', { timeZone: 'America/Los_Angeles' });
    expect(deadline.lastDay).toBe('2026-04-05'); // a Sunday: § 7021(b) does not roll (Civ. Code § 10 would give 6 April or later)
    expect(deadline.expiresAtLocal).toBe('2026-04-06T00:00:00-07:00');
    expect(extended?.lastDay).toBe('2026-05-20');
    expect(deadline.computation.join('\n')).toContain('Civ. Code § 10');
    expect(deadline.computation.join('\n')).not.toContain('1182/71');
  });

  it('confirm receipt within 10 business days (§ 7021(a)); opt-out within 15 (§ 7026(f)), skipping California holidays', () => {
    const ca = publicHolidays('US', 'CA');
    // Received Friday 2 January 2026; MLK Day 19 January is a state holiday.
    const confirm = ccpaConfirmationDeadline('2026-01-02T10:00:00-08:00', { timeZone: 'America/Los_Angeles', holidays: ca });
    expect(confirm.lastDay).toBe('2026-01-15');
    const optOut = ccpaOptOutDeadline('2026-01-02T10:00:00-08:00', { timeZone: 'America/Los_Angeles', holidays: ca });
    expect(optOut.lastDay).toBe('2026-01-23'); // 15th business day counting 2 Jan, skipping 19 Jan
    expect(optOut.workingDays).toBe(true);
    // Received on a Saturday: the first business day is Monday.
    expect(ccpaConfirmationDeadline('2026-01-03T10:00:00-08:00', { timeZone: 'America/Los_Angeles', holidays: NO_PUBLIC_HOLIDAYS }).lastDay).toBe('2026-01-16');
  });
});

describe('the legal limit, the promise, and the one to act on', () => {
  it('a promise stricter than the law is the one to act on; each says how it was computed', () => {
    // 000 promises 30 days for erasure; GDPR gives a month (rolled off a weekend).
    const r = requestDeadlines(codementorAi, 'erasure', '2026-01-31T10:00:00Z', { law: 'gdpr', holidays: NO_PUBLIC_HOLIDAYS });
    expect(r.legal.deadline.lastDay).toBe('2026-03-02');
    expect(r.promised?.deadline.lastDay).toBe('2026-03-02');
    expect(r.actOn.basis).toBe('gdpr_art_12_3');
    const july = requestDeadlines(codementorAi, 'erasure', '2026-07-31T10:00:00Z', { law: 'gdpr', holidays: NO_PUBLIC_HOLIDAYS });
    expect(july.legal.deadline.lastDay).toBe('2026-08-31');
    expect(july.promised?.deadline.lastDay).toBe('2026-08-30'); // a Sunday: kept as promised, no roll-over
    expect(july.actOn.basis).toBe('policy_response_time');
    expect(july.actOn.computation.join('\n')).toContain('kept as promised');
  });
  it('the law is required', () => {
    expect(() => requestDeadlines(codementorAi, 'erasure', '2026-07-31T10:00:00Z', {} as never)).toThrow(
      expect.objectContaining({ code: 'invalid_option', pathText: 'law' }),
    );
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
    expect(() => policyRequestDeadline(codementorAi, 'restriction', '2026-06-10T08:00:00Z')).toThrow(
      expect.objectContaining({ code: 'unknown_right', pathText: 'rights' }),
    );
    expect(() => policyRequestDeadline(codeRunner, 'access', '2026-06-10T08:00:00Z')).toThrow(
      expect.objectContaining({ code: 'unknown_right', pathText: 'rights[0].response' }),
    );
  });

  it('refuses bad instants and zones with a path', () => {
    expect(() => gdprRequestDeadline('31/01/2026', UTC)).toThrow(NoticeInputError);
    expect(() => gdprRequestDeadline(new Date(Number.NaN), UTC)).toThrow(expect.objectContaining({ pathText: 'receivedAt' }));
    expect(() => gdprRequestDeadline('9999-12-20T00:00:00Z', UTC)).toThrow(expect.objectContaining({ code: 'date_out_of_range' }));
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
    expect(() => breachDeadline('2026-03-28T12:00:00Z', { timeZone: 'UTC', within: { hours: -1 } })).toThrow(
      expect.objectContaining({ code: 'invalid_duration', pathText: 'within.hours' }),
    );
  });

  it('{ days: 3 } means what it means everywhere: the end of the third local day after awareness', () => {
    const due = breachDeadline('2026-03-28T12:00:00+01:00', { timeZone: 'Europe/Berlin', within: { days: 3 } });
    expect(due.lastDay).toBe('2026-03-31');
    expect(due.expiresAtLocal).toBe('2026-04-01T00:00:00+02:00');
  });

  it('near the Date limit: a typed error, not a RangeError', () => {
    expect(() => breachDeadline('9999-12-30T00:00:00Z', { timeZone: 'UTC', within: { days: 5 } })).toThrow(
      expect.objectContaining({ code: 'date_out_of_range' }),
    );
    expect(() => breachDeadline(new Date(8.64e15), { timeZone: 'UTC' })).toThrow(expect.objectContaining({ code: 'invalid_instant', pathText: 'awareAt' }));
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

describe('notice windows never hang and never answer a date after the effective date', () => {
  it('refuses { days: -14 } and { days: NaN }; { years: 10000 } before 9999-12-31 has no publication date', () => {
    expect(() => lastPublicationDate('2026-05-27', { days: -14 }, false, 'UTC')).toThrow(
      expect.objectContaining({ code: 'invalid_duration', pathText: 'notice.days' }),
    );
    expect(() => lastPublicationDate('2026-05-27', { days: Number.NaN }, false, 'UTC')).toThrow(expect.objectContaining({ code: 'invalid_duration' }));
    expect(() => lastPublicationDate('9999-12-31', { years: 10_000 }, false, 'UTC')).toThrow(expect.objectContaining({ code: 'date_out_of_range' }));
    expect(lastPublicationDate('2026-05-27', { days: 14 }, false, 'UTC')).toBe('2026-05-12');
  });
});
