import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  CalendarError,
  compareDates,
  dateParts,
  dayOfWeek,
  daysBetween,
  formatDate,
  fromDayNumber,
  isCivilDate,
  lastDayOfPeriod,
  requireCivilDate,
  requireDuration,
  toDayNumber,
} from '../src/index.js';

function codeOf(fn: () => unknown): { code: string; path: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof CalendarError) return { code: error.code, path: error.pathText };
    throw error;
  }
  throw new Error('expected a CalendarError');
}

describe('civil dates', () => {
  it('accepts dates that exist in years 0001-9999 and nothing else', () => {
    expect(isCivilDate('2024-02-29')).toBe(true);
    expect(isCivilDate('2025-02-29')).toBe(false);
    expect(isCivilDate('0001-01-01')).toBe(true);
    expect(isCivilDate('9999-12-31')).toBe(true);
    expect(isCivilDate('0000-12-31')).toBe(false);
    expect(isCivilDate('100000-01-01')).toBe(false);
    expect(isCivilDate(20240229)).toBe(false);
  });

  it('counts years 0-99 as years 0-99, not the 1900s (the old notice copy used Date.UTC)', () => {
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(addMonths('0050-01-31', 1)).toBe('0050-02-28');
    expect(dayOfWeek('0001-01-01')).toBe(1); // a Monday on the proleptic Gregorian calendar
    expect(daysBetween('0001-01-01', '0002-01-01')).toBe(365);
  });

  it('round-trips day numbers over the whole range', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(toDayNumber('0001-01-01'))).toBe('0001-01-01');
    expect(fromDayNumber(toDayNumber('9999-12-31'))).toBe('9999-12-31');
    expect(dateParts('2012-02-29')).toEqual({ year: 2012, month: 2, day: 29 });
    expect(formatDate({ year: 5, month: 3, day: 1 })).toBe('0005-03-01');
    expect(compareDates('2026-01-31', '2026-02-01')).toBe(-1);
  });

  it('ends months on the same date or the month end', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(lastDayOfPeriod('2026-01-01', { weeks: 2, days: 1 })).toBe('2026-01-16');
  });

  describe('bad input: a typed error with a code and a path, never NaN text', () => {
    const cases: [string, () => unknown, string, string][] = [
      ['a day that does not exist', () => requireCivilDate('2010-02-30', ['birthDate']), 'invalid_date', 'birthDate'],
      ['year 100000', () => requireCivilDate('100000-01-01'), 'invalid_date', 'date'],
      ['addMonths(…, 1.5)', () => addMonths('2026-01-28', 1.5), 'invalid_number', 'months'],
      ['addDays(…, NaN)', () => addDays('2026-01-28', Number.NaN), 'invalid_number', 'days'],
      ['past 9999-12-31', () => addDays('9999-12-31', 1), 'date_out_of_range', 'days'],
      ['{ years: 10000 } from 9999-12-31', () => lastDayOfPeriod('9999-12-31', { years: 10_000 }), 'date_out_of_range', 'duration'],
      ['before 0001-01-01', () => addYears('0001-06-01', -1), 'date_out_of_range', 'years'],
      ['formatDate with 13.5', () => formatDate({ year: 2025.5, month: 3, day: 1 }), 'invalid_date', 'date'],
      ['{ days: -5 }', () => requireDuration({ days: -5 }, ['period']), 'invalid_duration', 'period.days'],
      ['{ days: NaN }', () => requireDuration({ days: Number.NaN }, ['period']), 'invalid_duration', 'period.days'],
      ['{ months: 1.5 }', () => requireDuration({ months: 1.5 }, ['period']), 'invalid_duration', 'period.months'],
      ['an unknown unit', () => requireDuration({ fortnights: 1 }, ['period']), 'invalid_duration', 'period.fortnights'],
      ['an empty duration', () => requireDuration({}, ['period']), 'invalid_duration', 'period'],
    ];
    for (const [name, fn, code, path] of cases) {
      it(name, () => expect(codeOf(fn)).toEqual({ code, path }));
    }
  });
});
