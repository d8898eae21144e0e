import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  CalendarError,
  countWorkingDays,
  euPeriod,
  holidayList,
  isWorkingDay,
  nextWorkingDay,
  NO_PUBLIC_HOLIDAYS,
  periodEnd,
} from '../src/index.js';
import { publicHolidays } from '../src/holidays.js';

const DE = publicHolidays('DE');

describe('Regulation (EEC, Euratom) No 1182/71, Art. 3', () => {
  it('Art. 3(1): the day of the event does not count', () => {
    const p = euPeriod('2026-01-14', { days: 1 }, { holidays: NO_PUBLIC_HOLIDAYS });
    expect(p.firstDay).toBe('2026-01-15');
    expect(p.lastDay).toBe('2026-01-15');
  });

  it('Art. 3(2)(a) with 3(1) first subparagraph: a period in hours; priv ends it no later than the law does', () => {
    // The law: the hour during which the event occurs does not count (3(1)); the period starts at the
    // beginning of the next hour and ends with the expiry of its last hour (3(2)(a)). Event 10:30 + 72 h:
    // the law ends at 11:00 three days later. priv counts exact elapsed hours (the earlier reading): 10:30.
    const lawEnd = Date.parse('2026-03-05T11:00:00Z');
    const end = periodEnd('2026-03-02T10:30:00Z', { hours: 72 }, 'UTC').endsAt.getTime();
    expect(end).toBe(Date.parse('2026-03-05T10:30:00Z'));
    expect(end).toBeLessThanOrEqual(lawEnd);
    // An event on the hour: its hour still does not count (law: 11:00); priv: 10:00, one hour earlier.
    expect(periodEnd('2026-03-02T10:00:00Z', { hours: 72 }, 'UTC').endsAt.getTime()).toBe(lawEnd - 3_600_000);
    // euPeriod counts days, weeks, months and years only, and says where hours are counted
    expect(() => euPeriod('2026-03-02', { hours: 72 }, { holidays: NO_PUBLIC_HOLIDAYS })).toThrow(/Art. 3\(2\)\(a\)/);
  });

  it('Art. 3(2)(b): a period in days ends with the expiry of its last day', () => {
    expect(euPeriod('2026-01-12', { days: 3 }, { holidays: NO_PUBLIC_HOLIDAYS }).lastDay).toBe('2026-01-15'); // Monday -> Thursday
  });

  it('Art. 3(2)(c): weeks end on the same weekday; months on the same date, or the last day of the final month', () => {
    expect(euPeriod('2026-01-14', { weeks: 2 }, { holidays: NO_PUBLIC_HOLIDAYS }).lastDay).toBe('2026-01-28');
    expect(euPeriod('2026-03-31', { months: 1 }, { holidays: NO_PUBLIC_HOLIDAYS }).lastDay).toBe('2026-04-30');
    expect(euPeriod('2027-01-29', { months: 1 }, { holidays: NO_PUBLIC_HOLIDAYS }).unrolledLastDay).toBe('2027-02-28');
    expect(euPeriod('2028-01-31', { months: 1 }, { holidays: NO_PUBLIC_HOLIDAYS }).lastDay).toBe('2028-02-29');
    expect(euPeriod('2024-02-29', { years: 1 }, { holidays: NO_PUBLIC_HOLIDAYS }).lastDay).toBe('2025-02-28');
  });

  it('Art. 3(3): Saturdays, Sundays and public holidays inside the period count', () => {
    // 2026-12-20 + 10 days: Christmas and two weekends inside, still 30 December
    expect(euPeriod('2026-12-20', { days: 10 }, { holidays: DE }).lastDay).toBe('2026-12-30');
  });

  it('Art. 3(4): a last day on a Saturday, Sunday or public holiday moves to the next working day', () => {
    const saturday = euPeriod('2026-01-07', { days: 3 }, { holidays: NO_PUBLIC_HOLIDAYS });
    expect(saturday.unrolledLastDay).toBe('2026-01-10');
    expect(saturday.lastDay).toBe('2026-01-12');
    expect(saturday.computation.join('\n')).toContain('Art. 3(4)');
    const holiday = euPeriod('2026-04-30', { days: 1 }, { holidays: DE }); // 1 May, Tag der Arbeit
    expect(holiday.lastDay).toBe('2026-05-04');
    // a one-day period is not "two days or more": Art. 3(5) does not extend it after the roll-over
    expect(holiday.computation.join('\n')).not.toContain('Art. 3(5)');
  });

  it('Art. 3(5): a period of two days or more includes at least two working days', () => {
    // Event Wednesday 1 April 2026; 2 days: Thursday 2, Friday 3 (Karfreitag) -> only one working day
    const p = euPeriod('2026-04-01', { days: 2 }, { holidays: DE });
    expect(p.unrolledLastDay).toBe('2026-04-03');
    // 3(4): Good Friday -> next working day is Tuesday 7 April (Easter Monday is a holiday): Thu 2 + Tue 7 = two working days
    expect(p.lastDay).toBe('2026-04-07');
    // A last day that is a working day, but only one working day inside: Friday 24 Dec 2027 event, 3 days -> Mon 27
    const christmas = euPeriod('2027-12-23', { days: 4 }, { holidays: DE }); // 24 (Fri, working), 25, 26 (holidays/weekend), 27 (Mon)
    expect(christmas.lastDay).toBe('2027-12-27');
    const short = euPeriod('2027-12-23', { days: 2 }, { holidays: holidayList('test', ['2027-12-24']) }); // 24 holiday, 25 Sat
    expect(short.lastDay).toBe('2027-12-28'); // 3(4) to Mon 27 (one working day), 3(5) to Tue 28
    expect(short.computation.join('\n')).toContain('Art. 3(5)');
  });

  describe('worked examples (GDPR Art. 12(3) one month; EDPB Guidelines 01/2022 apply Regulation 1182/71)', () => {
    it('received 2025-03-05: Saturday 5 April -> Monday 2025-04-07', () => {
      expect(euPeriod('2025-03-05', { months: 1 }, { holidays: DE }).lastDay).toBe('2025-04-07');
    });
    it('received 2026-03-05: Sunday 5 April, Easter Monday 6 April -> 2026-04-07', () => {
      expect(euPeriod('2026-03-05', { months: 1 }, { holidays: DE }).lastDay).toBe('2026-04-07');
    });
    it('received 2029-08-31: Sunday 30 September -> 2029-10-01', () => {
      expect(euPeriod('2029-08-31', { months: 1 }, { holidays: DE }).lastDay).toBe('2029-10-01');
    });
    // EDPB Guidelines 01/2022 on data subject rights - Right of access, version 2.1 (adopted 28 March
    // 2023), section 5.3 "Timing for the provision of access": para. 160 (the one month is computed per
    // Regulation 1182/71), Example 32 (received 5 March: due 5 April), Example 33 (received 31 August:
    // due 30 September, September having no 31st), para. 161 (a last day on a weekend or public holiday
    // moves to the next working day). The examples give no year; the years below are ours, chosen so
    // that the due day is a working day (Examples 32-33) or is not (para. 161). The paragraph and
    // example numbers and dates were read in a secondary source that quotes the Guidelines (the
    // primary text could not be retrieved here): see the package README.
    it('EDPB 01/2022 para. 160, Example 32: received 5 March, the month ends 5 April (2027: a Monday)', () => {
      const p = euPeriod('2027-03-05', { months: 1 }, { holidays: DE });
      expect(p.firstDay).toBe('2027-03-06');
      expect(p.unrolledLastDay).toBe('2027-04-05');
      expect(p.lastDay).toBe('2027-04-05');
    });
    it('EDPB 01/2022 para. 160, Example 33: received 31 August, the month ends 30 September (2026: a Wednesday)', () => {
      const p = euPeriod('2026-08-31', { months: 1 }, { holidays: DE });
      expect(p.unrolledLastDay).toBe('2026-09-30');
      expect(p.lastDay).toBe('2026-09-30');
      expect(p.computation.join('\n')).toContain('Art. 3(2)(c)');
    });
    it('EDPB 01/2022 para. 161: Example 32 in 2025 (5 April a Saturday) and Example 33 in 2029 (30 September a Sunday) move to the next working day', () => {
      expect(euPeriod('2025-03-05', { months: 1 }, { holidays: DE }).lastDay).toBe('2025-04-07');
      expect(euPeriod('2029-08-31', { months: 1 }, { holidays: DE }).lastDay).toBe('2029-10-01');
      // a public holiday, not a weekend: 5 April 2021 is Easter Monday in Germany -> Tuesday 6 April
      const easter = euPeriod('2021-03-05', { months: 1 }, { holidays: DE });
      expect(easter.unrolledLastDay).toBe('2021-04-05');
      expect(easter.lastDay).toBe('2021-04-06');
      expect(easter.computation.join('\n')).toContain('Ostermontag');
    });
    it('ICO examples: 3 September -> 3 October; 31 March -> 30 April; 25 November with 25 and 26 December holidays -> the next working day', () => {
      const bankHolidays = holidayList('UK bank holidays (part)', ['2025-12-25', '2025-12-26']);
      expect(euPeriod('2025-09-03', { months: 1 }, { holidays: bankHolidays }).lastDay).toBe('2025-10-03');
      expect(euPeriod('2025-03-31', { months: 1 }, { holidays: bankHolidays }).lastDay).toBe('2025-04-30');
      expect(euPeriod('2025-11-25', { months: 1 }, { holidays: bankHolidays }).lastDay).toBe('2025-12-29'); // 27 December 2025 is a Saturday
      expect(euPeriod('2021-11-25', { months: 1 }, { holidays: holidayList('UK 2021', ['2021-12-27', '2021-12-28']) }).lastDay).toBe('2021-12-29');
    });
  });

  it('requires the holidays and refuses hours', () => {
    expect(() => euPeriod('2026-01-01', { months: 1 }, {} as never)).toThrow(CalendarError);
    expect(() => euPeriod('2026-01-01', { hours: 72 }, { holidays: NO_PUBLIC_HOLIDAYS })).toThrow(/Art. 3\(2\)\(a\)/);
    expect(() => holidayList('x', '2026-03-02' as never)).toThrow(/array/);
    expect(() => euPeriod('2026-01-01', { months: 1 }, { holidays: ['2026-03-02'] as never })).toThrow(/holidayList/);
  });
});

describe('working days', () => {
  it('are weekdays that are not public holidays', () => {
    expect(isWorkingDay('2026-04-06', DE)).toBe(false);
    expect(isWorkingDay('2026-04-07', DE)).toBe(true);
    expect(nextWorkingDay('2026-04-03', DE)).toBe('2026-04-07');
    expect(addWorkingDays('2026-01-02', 10, NO_PUBLIC_HOLIDAYS)).toBe('2026-01-16');
    expect(countWorkingDays('2026-04-03', '2026-04-07', NO_PUBLIC_HOLIDAYS)).toBe(3);
  });
  it('never loop forever: a calendar with no working day throws no_working_day', () => {
    const always = { name: 'every day a holiday', holidayOn: () => 'holiday' };
    expect(() => nextWorkingDay('2026-01-01', always)).toThrow(expect.objectContaining({ code: 'no_working_day' }));
  });
  it('reads member-state holidays from date-holidays', () => {
    expect(DE.holidayOn('2026-04-06')).toBe('Ostermontag');
    expect(publicHolidays('DE', 'BY').holidayOn('2026-01-06')).toBeDefined();
    expect(() => publicHolidays('XX')).toThrow(expect.objectContaining({ code: 'invalid_holidays' }));
  });
});
