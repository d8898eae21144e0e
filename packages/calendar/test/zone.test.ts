import { describe, expect, it } from 'vitest';
import { CalendarError, endOfDay, formatInZone, localDate, periodEnd, requireInstant, startOfDay, toDayNumber, zoneClock } from '../src/index.js';

function codeOf(fn: () => unknown): { code: string; path: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof CalendarError) return { code: error.code, path: error.pathText };
    throw error;
  }
  throw new Error('expected a CalendarError');
}

describe("a zone's day starts", () => {
  it('takes the FIRST midnight of a day that begins twice (Asia/Amman 2021-10-29: clocks back from 01:00 to 00:00)', () => {
    expect(startOfDay('2021-10-29', 'Asia/Amman').toISOString()).toBe('2021-10-28T21:00:00.000Z');
    expect(formatInZone(startOfDay('2021-10-29', 'Asia/Amman'), 'Asia/Amman')).toBe('2021-10-29T00:00:00+03:00');
    // the day before therefore ends at the first midnight, not an hour later
    expect(endOfDay('2021-10-28', 'Asia/Amman').toISOString()).toBe('2021-10-28T21:00:00.000Z');
  });

  it('starts a day whose midnight is skipped at its first moment (Asia/Kathmandu 1986-01-01 begins at 00:15)', () => {
    const start = startOfDay('1986-01-01', 'Asia/Kathmandu');
    expect(start.toISOString()).toBe('1985-12-31T18:30:00.000Z');
    expect(formatInZone(start, 'Asia/Kathmandu')).toBe('1986-01-01T00:15:00+05:45');
    expect(localDate(start, 'Asia/Kathmandu')).toBe('1986-01-01');
    expect(localDate(new Date(start.getTime() - 1), 'Asia/Kathmandu')).toBe('1985-12-31');
  });

  it('gives a day the zone skipped whole the next day start (Pacific/Apia 2011-12-30)', () => {
    expect(startOfDay('2011-12-30', 'Pacific/Apia').toISOString()).toBe('2011-12-30T10:00:00.000Z');
    expect(startOfDay('2011-12-31', 'Pacific/Apia').toISOString()).toBe('2011-12-30T10:00:00.000Z');
  });

  it('reads local mean time offsets with seconds with the right sign (Europe/Dublin 1915, Africa/Monrovia 1960)', () => {
    expect(startOfDay('1915-06-01', 'Europe/Dublin').toISOString()).toBe('1915-06-01T00:25:21.000Z');
    expect(formatInZone(new Date('1915-06-01T12:00:00Z'), 'Europe/Dublin')).toBe('1915-06-01T11:34:39-00:25:21');
    expect(startOfDay('1960-06-01', 'Africa/Monrovia').toISOString()).toBe('1960-06-01T00:44:30.000Z');
  });

  it('handles ordinary DST days and zones east and west', () => {
    expect(startOfDay('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDay('2026-03-08', 'America/Havana').toISOString()).toBe('2026-03-08T05:00:00.000Z'); // midnight skipped: 01:00
    expect(localDate('2026-03-15T06:30:00Z', 'America/Los_Angeles')).toBe('2026-03-14');
    expect(zoneClock('UTC').startOfLocalDay(toDayNumber('2026-01-01'))).toBe(Date.parse('2026-01-01T00:00:00Z'));
  });

  it('means the same by { days: 3 } everywhere: the end of the third local day after the event day', () => {
    const end = periodEnd('2026-03-02T15:00:00Z', { days: 3 }, 'UTC');
    expect(end.lastDay).toBe('2026-03-05');
    expect(end.endsAt.toISOString()).toBe('2026-03-06T00:00:00.000Z');
    expect(periodEnd('2026-03-28T12:00:00+01:00', { hours: 72 }, 'Europe/Berlin').endsAt.toISOString()).toBe('2026-03-31T11:00:00.000Z');
    expect(periodEnd('2026-03-28T12:00:00+01:00', { days: 0 }, 'Europe/Berlin').endsAt.toISOString()).toBe('2026-03-28T11:00:00.000Z');
  });

  describe('bad input', () => {
    const cases: [string, () => unknown, string, string][] = [
      ["localDate in 'Mars/Olympus'", () => localDate(new Date(), 'Mars/Olympus'), 'invalid_time_zone', 'timeZone'],
      ['no zone at all', () => startOfDay('2026-01-01', undefined as unknown as string), 'invalid_time_zone', 'timeZone'],
      ['an invalid Date', () => localDate(new Date(Number.NaN), 'UTC'), 'invalid_instant', 'instant'],
      ['a time without a zone', () => requireInstant('2026-01-01T10:00:00', ['receivedAt']), 'invalid_instant', 'receivedAt'],
      ['an instant near the Date limit', () => localDate(new Date(8.64e15), 'UTC'), 'invalid_instant', 'instant'],
      ['a period ending after 9999', () => periodEnd('9999-12-01T00:00:00Z', { months: 1 }, 'Europe/Berlin'), 'date_out_of_range', 'duration'],
    ];
    for (const [name, fn, code, path] of cases) it(name, () => expect(codeOf(fn)).toEqual({ code, path }));
  });
});
