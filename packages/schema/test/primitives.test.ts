import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DurationSchema, formatDuration, IsoDateSchema, isRealIsoDate, isValidTimeZone, isZeroDuration } from '../src/index.js';

describe('IsoDateSchema', () => {
  it('accepts real dates and refuses dates that do not exist', () => {
    expect(isRealIsoDate('2024-02-29')).toBe(true);
    expect(isRealIsoDate('2000-02-29')).toBe(true);
    expect(isRealIsoDate('1900-02-29')).toBe(false);
    expect(isRealIsoDate('2025-02-29')).toBe(false);
    expect(isRealIsoDate('2025-02-30')).toBe(false);
    expect(isRealIsoDate('2025-04-31')).toBe(false);
    expect(isRealIsoDate('2025-13-01')).toBe(false);
    expect(isRealIsoDate('2025-00-10')).toBe(false);
    expect(isRealIsoDate('2025-1-10')).toBe(false);
    expect(IsoDateSchema.safeParse('2025-02-30').error?.issues[0]?.message).toBe('This date does not exist in the calendar');
  });

  it('agrees with the calendar for every day of many years', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const date = new Date(Date.UTC(2000, m - 1, d));
        date.setUTCFullYear(y);
        const exists = date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
        expect(isRealIsoDate(text)).toBe(exists);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('DurationSchema', () => {
  it('takes calendar and fixed units, and refuses negative, fractional, empty and unknown ones', () => {
    expect(DurationSchema.parse({ years: 7 })).toEqual({ years: 7 });
    expect(DurationSchema.parse({ days: 0 })).toEqual({ days: 0 });
    expect(DurationSchema.safeParse({ days: -1 }).error?.issues[0]).toMatchObject({ path: ['days'], message: 'A duration cannot be negative' });
    expect(DurationSchema.safeParse({ days: 1.5 }).success).toBe(false);
    expect(DurationSchema.safeParse({}).success).toBe(false);
    expect(DurationSchema.safeParse({ fortnights: 2 }).success).toBe(false);
  });

  it('formats for people', () => {
    expect(formatDuration({ years: 7 })).toBe('7 years');
    expect(formatDuration({ days: 1 })).toBe('1 day');
    expect(formatDuration({ days: 1, hours: 12 })).toBe('1 day and 12 hours');
    expect(formatDuration({ years: 1, months: 2, days: 3 })).toBe('1 year, 2 months and 3 days');
    expect(formatDuration({ days: 0 })).toBe('immediately');
    expect(isZeroDuration({ days: 0, hours: 0 })).toBe(true);
    expect(isZeroDuration({ hours: 72 })).toBe(false);
  });
});

describe('isValidTimeZone', () => {
  it('knows IANA zones and nothing else', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Pacific/Kiritimati')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
