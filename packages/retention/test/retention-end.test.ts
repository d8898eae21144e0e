import { describe, expect, it } from 'vitest';
import { retentionEnd, type RetentionEndResult } from '../src/index.js';
import * as r from './rules.js';
import { at } from './rules.js';

const endOf = (result: RetentionEndResult): string => {
  if (result.status !== 'ends') throw new Error(`expected an end, got ${JSON.stringify(result)}`);
  return result.end.toISOString();
};

describe('retentionEnd: one kind of rule at a time (UTC)', () => {
  it('rolling logs: 30 days from creation end when the 30th day after it ends', () => {
    // Created on 10 January (any time that day): day 1 is 11 January, day 30 is 9 February.
    expect(endOf(retentionEnd(r.logs30Days, { record_created: at('2026-01-10T00:00:00Z') }))).toBe('2026-02-10T00:00:00.000Z');
    expect(endOf(retentionEnd(r.logs30Days, { record_created: at('2026-01-10T23:59:59.999Z') }))).toBe('2026-02-10T00:00:00.000Z');
    expect(endOf(retentionEnd(r.logs30Days, { record_created: at('2026-01-11T00:00:00Z') }))).toBe('2026-02-11T00:00:00.000Z');
  });

  it('anchored to deletion: no end before the account is deleted, 30 days after it then', () => {
    expect(retentionEnd(r.backups30DaysAfterDeletion, {})).toEqual({
      status: 'none',
      rule: 'backups_after_deletion',
      reason: 'anchor_missing',
      anchor: 'account_deleted',
    });
    expect(retentionEnd(r.backups30DaysAfterDeletion, { account_deleted: null }).status).toBe('none');
    expect(endOf(retentionEnd(r.backups30DaysAfterDeletion, { account_deleted: at('2026-05-01T08:00:00Z') }))).toBe('2026-06-01T00:00:00.000Z');
  });

  it('zero-length window: due at the very instant of the event', () => {
    const result = retentionEnd(r.deletedImmediately, { account_deleted: at('2026-05-01T08:15:30.123Z') });
    expect(endOf(result)).toBe('2026-05-01T08:15:30.123Z');
  });

  it('grace period: recoverable for 7 days, removed when 30 days are over', () => {
    const result = retentionEnd(r.graceThenRemoval, { deletion_requested: at('2026-06-10T12:00:00Z') });
    expect(result).toMatchObject({ status: 'ends', action: 'delete', bound: 'maximum' });
    if (result.status !== 'ends') return;
    expect(result.recoverableUntil?.toISOString()).toBe('2026-06-18T00:00:00.000Z');
    expect(result.end.toISOString()).toBe('2026-07-11T00:00:00.000Z');
  });

  it('statutory minimum: kept at least 7 years from the transaction', () => {
    const result = retentionEnd(r.financial7Years, { transaction_date: at('2024-03-15T09:00:00Z') });
    expect(result).toMatchObject({ status: 'ends', bound: 'minimum', action: 'delete' });
    if (result.status !== 'ends') return;
    expect(result.end.toISOString()).toBe('2031-03-16T00:00:00.000Z');
    expect(result.keepAtLeastUntil?.toISOString()).toBe('2031-03-16T00:00:00.000Z');
  });

  it('fiscal-year-end anchoring: 7 years from the end of the fiscal year that holds the transaction', () => {
    // Fiscal year ends 31 March: a transaction of 15 March 2024 belongs to FY ending 2024-03-31.
    expect(endOf(retentionEnd(r.financial7YearsFromFiscalYearEnd, { transaction_date: at('2024-03-15T09:00:00Z') }))).toBe('2031-04-01T00:00:00.000Z');
    // On the last day of the fiscal year itself: still that fiscal year.
    expect(endOf(retentionEnd(r.financial7YearsFromFiscalYearEnd, { transaction_date: at('2024-03-31T23:00:00Z') }))).toBe('2031-04-01T00:00:00.000Z');
    // The day after: the next fiscal year.
    expect(endOf(retentionEnd(r.financial7YearsFromFiscalYearEnd, { transaction_date: at('2024-04-01T00:00:00Z') }))).toBe('2032-04-01T00:00:00.000Z');
    // Default fiscal year end: 31 December.
    const calendarYear = { ...r.financial7Years, alignTo: 'fiscal_year_end' } as const;
    expect(endOf(retentionEnd(calendarYear, { transaction_date: at('2024-03-15T09:00:00Z') }))).toBe('2032-01-01T00:00:00.000Z');
  });

  it('fiscal year ending 29 February ends on 28 February in common years', () => {
    const rule = { ...r.financial7Years, period: { days: 0 }, alignTo: 'fiscal_year_end', fiscalYearEnd: { month: 2, day: 29 } } as const;
    expect(endOf(retentionEnd(rule, { transaction_date: at('2025-02-10T00:00:00Z') }))).toBe('2025-03-01T00:00:00.000Z');
    expect(endOf(retentionEnd(rule, { transaction_date: at('2024-02-29T10:00:00Z') }))).toBe('2024-03-01T00:00:00.000Z');
    expect(endOf(retentionEnd(rule, { transaction_date: at('2025-03-01T00:00:00Z') }))).toBe('2026-03-01T00:00:00.000Z');
  });

  it('an event that has not happened yet (open ticket): no purge date; resolved: 3 years after', () => {
    expect(retentionEnd(r.tickets3YearsAfterResolution, { record_created: at('2026-01-01T00:00:00Z') })).toMatchObject({
      status: 'none',
      reason: 'anchor_missing',
      anchor: 'ticket_resolved',
    });
    const result = retentionEnd(r.tickets3YearsAfterResolution, { ticket_resolved: at('2026-01-01T00:00:00Z') });
    expect(result).toMatchObject({ status: 'ends' });
    if (result.status !== 'ends') return;
    expect(result.end.toISOString()).toBe('2029-01-02T00:00:00.000Z');
    expect(result.keepAtLeastUntil?.toISOString()).toBe('2029-01-02T00:00:00.000Z');
  });

  it('indefinite: kept while the account is active, whatever the dates', () => {
    expect(retentionEnd(r.whileActive, { account_created: at('2020-01-01T00:00:00Z') })).toEqual({
      status: 'none',
      rule: 'while_active',
      reason: 'indefinite',
    });
    expect(retentionEnd(r.usageStatsAnonymised, { record_created: at('2020-01-01T00:00:00Z') })).toMatchObject({ status: 'none', reason: 'indefinite' });
  });

  it('anonymise and archive are the actions reported at the end', () => {
    expect(retentionEnd(r.usageAnonymisedAfter90Days, { record_created: at('2026-01-01T00:00:00Z') })).toMatchObject({
      status: 'ends',
      action: 'anonymise',
      end: at('2026-04-02T00:00:00Z'),
    });
    expect(retentionEnd(r.archivedAfterSubscription, { subscription_ended: at('2026-01-31T00:00:00Z') })).toMatchObject({
      status: 'ends',
      action: 'archive',
      end: at('2027-02-01T00:00:00Z'),
    });
  });

  it('hours are exact elapsed time, not calendar days', () => {
    expect(endOf(retentionEnd(r.breachWindow72Hours, { record_created: at('2026-03-27T10:30:00Z') }, { timeZone: 'Europe/Berlin' }))).toBe(
      '2026-03-30T10:30:00.000Z',
    );
    const mixed = { ...r.breachWindow72Hours, period: { days: 1, hours: 12 } } as const;
    // 1 calendar day (ends with 28 March) then 12 hours.
    expect(endOf(retentionEnd(mixed, { record_created: at('2026-03-27T10:30:00Z') }))).toBe('2026-03-29T12:00:00.000Z');
  });
});

describe('retentionEnd: month ends and leap days', () => {
  const yearly = { ...r.financial7Years, period: { years: 1 } } as const;
  const monthly = { ...r.financial7Years, period: { months: 1 } } as const;

  it('2024-02-29 + 1 year: the period ends with 28 February 2025', () => {
    expect(endOf(retentionEnd(yearly, { transaction_date: at('2024-02-29T12:00:00Z') }))).toBe('2025-03-01T00:00:00.000Z');
  });

  it('2024-02-29 + 4 years: 29 February 2028 exists again', () => {
    expect(endOf(retentionEnd({ ...yearly, period: { years: 4 } }, { transaction_date: at('2024-02-29T12:00:00Z') }))).toBe('2028-03-01T00:00:00.000Z');
  });

  it('2025-01-31 + 1 month: the last day of February', () => {
    expect(endOf(retentionEnd(monthly, { transaction_date: at('2025-01-31T12:00:00Z') }))).toBe('2025-03-01T00:00:00.000Z');
    expect(endOf(retentionEnd(monthly, { transaction_date: at('2024-01-31T12:00:00Z') }))).toBe('2024-03-01T00:00:00.000Z');
    expect(endOf(retentionEnd(monthly, { transaction_date: at('2025-01-28T12:00:00Z') }))).toBe('2025-03-01T00:00:00.000Z');
    expect(endOf(retentionEnd(monthly, { transaction_date: at('2025-03-31T12:00:00Z') }))).toBe('2025-05-01T00:00:00.000Z');
  });

  it('months across a year end, and weeks', () => {
    expect(endOf(retentionEnd({ ...monthly, period: { months: 13 } }, { transaction_date: at('2025-12-31T00:00:00Z') }))).toBe('2027-02-01T00:00:00.000Z');
    expect(endOf(retentionEnd({ ...monthly, period: { weeks: 2 } }, { transaction_date: at('2025-12-25T00:00:00Z') }))).toBe('2026-01-09T00:00:00.000Z');
  });
});

describe('retentionEnd: time zones', () => {
  it('30 days in Europe/Berlin across the spring DST change are 30 calendar days, not 720 hours', () => {
    const berlin = { ...r.logs30Days, timeZone: 'Europe/Berlin' } as const;
    const created = at('2026-03-20T10:00:00Z'); // 11:00 CET on 20 March
    const end = endOf(retentionEnd(berlin, { record_created: created }));
    expect(end).toBe('2026-04-19T22:00:00.000Z'); // 00:00 CEST on 20 April
    expect(Date.parse(end) - created.getTime()).not.toBe(720 * 3_600_000);
    // across the autumn change the last day ends at 00:00 CET
    expect(endOf(retentionEnd(berlin, { record_created: at('2026-10-10T10:00:00Z') }))).toBe('2026-11-09T23:00:00.000Z');
  });

  it('the instant decides the local day: 23:30 UTC is already the next day in Berlin', () => {
    const berlin = { ...r.logs30Days, timeZone: 'Europe/Berlin' } as const;
    expect(endOf(retentionEnd(berlin, { record_created: at('2026-01-10T23:30:00Z') }))).toBe('2026-02-10T23:00:00.000Z');
    expect(endOf(retentionEnd(r.logs30Days, { record_created: at('2026-01-10T23:30:00Z') }))).toBe('2026-02-10T00:00:00.000Z');
  });

  it('America/Los_Angeles across the spring and autumn changes', () => {
    const la = { ...r.logs30Days, timeZone: 'America/Los_Angeles' } as const;
    // 1 March 2026, 10:00 PST; DST starts 8 March. Day 30 is 31 March; it ends at 00:00 PDT on 1 April.
    expect(endOf(retentionEnd(la, { record_created: at('2026-03-01T18:00:00Z') }))).toBe('2026-04-01T07:00:00.000Z');
    // 15 October 2026 PDT; DST ends 1 November. Day 30 is 14 November; ends 00:00 PST on 15 November.
    expect(endOf(retentionEnd(la, { record_created: at('2026-10-15T18:00:00Z') }))).toBe('2026-11-15T08:00:00.000Z');
    // 04:00 UTC on 2 March is still 1 March in Los Angeles
    expect(endOf(retentionEnd(la, { record_created: at('2026-03-02T04:00:00Z') }))).toBe('2026-04-01T07:00:00.000Z');
  });

  it('Pacific/Kiritimati (UTC+14) versus UTC: the declared zone decides the day', () => {
    const instant = at('2026-06-30T12:00:00Z'); // 1 July 02:00 in Kiritimati
    const kiritimati = { ...r.logs30Days, timeZone: 'Pacific/Kiritimati' } as const;
    expect(endOf(retentionEnd(kiritimati, { record_created: instant }))).toBe('2026-07-31T10:00:00.000Z'); // 00:00 on 1 Aug, UTC+14
    expect(endOf(retentionEnd(r.logs30Days, { record_created: instant }))).toBe('2026-07-31T00:00:00.000Z');
  });

  it("the rule's own zone wins over the default zone", () => {
    const kiritimati = { ...r.logs30Days, timeZone: 'Pacific/Kiritimati' } as const;
    const instant = at('2026-06-30T12:00:00Z');
    expect(endOf(retentionEnd(kiritimati, { record_created: instant }, { timeZone: 'America/Los_Angeles' }))).toBe('2026-07-31T10:00:00.000Z');
    const { timeZone: _, ...noZone } = r.logs30Days;
    expect(endOf(retentionEnd(noZone, { record_created: instant }, { timeZone: 'America/Los_Angeles' }))).toBe('2026-07-31T07:00:00.000Z'); // 30 June 05:00 PDT: day 30 is 30 July
  });

  it('Pacific/Kiritimati skipped 31 December 1994: a month ending there ends when 1 January 1995 starts', () => {
    const monthly = { ...r.financial7Years, period: { months: 1 }, timeZone: 'Pacific/Kiritimati' } as const;
    // 30 November 1994, noon at UTC-10. One month: the last day is 30 December; 31 December did not exist.
    expect(endOf(retentionEnd(monthly, { transaction_date: at('1994-11-30T22:00:00Z') }))).toBe('1994-12-31T10:00:00.000Z'); // 00:00 on 1 Jan 1995, UTC+14
    // A month from 1 December ends with 1 January (as date-fns counts months); it ends at the start of 2 January.
    expect(endOf(retentionEnd(monthly, { transaction_date: at('1994-12-01T22:00:00Z') }))).toBe('1995-01-01T10:00:00.000Z');
  });

  it('leap day and month ends in a zone ahead of UTC', () => {
    const rule = { ...r.financial7Years, period: { years: 1 }, timeZone: 'Pacific/Kiritimati' } as const;
    // 2024-02-28T12:00Z is 29 February 02:00 in Kiritimati.
    expect(endOf(retentionEnd(rule, { transaction_date: at('2024-02-28T12:00:00Z') }))).toBe('2025-02-28T10:00:00.000Z');
  });
});

describe('retentionEnd: holds', () => {
  const deleted = { account_deleted: at('2026-01-01T00:00:00Z') };
  it('an active hold gives no end and says which hold', () => {
    const hold = { id: 'case-7', placedAt: at('2026-01-15T00:00:00Z') };
    const result = retentionEnd(r.backups30DaysAfterDeletion, deleted, { holds: [hold], now: at('2026-03-01T00:00:00Z') });
    expect(result).toMatchObject({ status: 'none', reason: 'on_hold', hold, endWithoutHold: at('2026-02-01T00:00:00Z') });
  });
  it('a released hold, or one placed later, changes nothing', () => {
    const released = { id: 'case-7', placedAt: at('2026-01-15T00:00:00Z'), releasedAt: at('2026-02-15T00:00:00Z') };
    expect(endOf(retentionEnd(r.backups30DaysAfterDeletion, deleted, { holds: [released], now: at('2026-03-01T00:00:00Z') }))).toBe('2026-02-01T00:00:00.000Z');
    const later = { id: 'case-8', placedAt: at('2026-04-01T00:00:00Z') };
    expect(endOf(retentionEnd(r.backups30DaysAfterDeletion, deleted, { holds: [later], now: at('2026-03-01T00:00:00Z') }))).toBe('2026-02-01T00:00:00.000Z');
  });
  it('without now, an unreleased hold is active', () => {
    expect(retentionEnd(r.backups30DaysAfterDeletion, deleted, { holds: [{ id: 'x', placedAt: at('2030-01-01T00:00:00Z') }] })).toMatchObject({
      reason: 'on_hold',
    });
  });
});
