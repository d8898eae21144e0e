import { type CivilDate, fromDayNumber, toDayNumber } from './civil-date.js';
import { calendarPart, type Duration, lastDayNumber, requireDuration } from './duration.js';
import { CalendarError } from './errors.js';
import { type HolidayCalendar, requireHolidayCalendar } from './holiday-calendar.js';
import { closedBecause, countWorkingDays, nextWorkingDay } from './working-days.js';

/** A period counted as Regulation (EEC, Euratom) No 1182/71 Art. 3 counts it, with each step. */
export interface EuPeriod {
  /** The day of the event: not counted (Art. 3(1)). */
  readonly eventDay: CivilDate;
  /** The first day of the period: the day after the event (Art. 3(1), 3(2)(b)-(c)). */
  readonly firstDay: CivilDate;
  /** The last day before roll-over (Art. 3(2)(b)-(c)). */
  readonly unrolledLastDay: CivilDate;
  /** The last day: the period ends with the expiry of its last hour. */
  readonly lastDay: CivilDate;
  /** How it was computed, one step a line, each citing its paragraph. */
  readonly computation: readonly string[];
}

/** Options of {@link euPeriod}. */
export interface EuPeriodOptions {
  /** The public holidays of the member state concerned (Art. 2(1)); required. */
  readonly holidays: HolidayCalendar;
}

const ART = 'Regulation 1182/71';

/**
 * A period in days, weeks, months or years from an event, counted as Regulation 1182/71 Art. 3
 * counts it:
 * - 3(1): the day of the event does not count;
 * - 3(2)(b): a period in days starts at the beginning of the day after and ends at the end of its last day;
 * - 3(2)(c): weeks, months and years end on the day of the last week, month or year that has the
 *   event day's weekday or date, or the last day of the final month when it has no such date;
 * - 3(3): Saturdays, Sundays and public holidays count;
 * - 3(4): a last day on a public holiday, Saturday or Sunday moves to the next working day;
 * - 3(5): a period of two days or more includes at least two working days.
 * Art. 3(2)(d) (parts of months as thirty days) does not arise: amounts are whole months.
 *
 * @param eventDate - the local day of the event (request received)
 * @param duration - the period, in calendar units only (hours: use `periodEnd`)
 * @param options - `holidays`: the member state's public holidays (required)
 * @returns the first and last day, with each step
 * @throws {CalendarError} `invalid_date`, `invalid_duration` (hours, or zero length), `invalid_holidays`, `no_working_day`, `date_out_of_range`
 * @example
 * euPeriod('2025-03-05', { months: 1 }, { holidays: NO_PUBLIC_HOLIDAYS }).lastDay; // '2025-04-07' (5 April is a Saturday)
 */
export function euPeriod(eventDate: CivilDate, duration: Duration, options: EuPeriodOptions): EuPeriod {
  const event = toDayNumber(eventDate, ['eventDate']);
  const { months, days, hours } = calendarPart(requireDuration(duration, ['duration']));
  if (hours > 0) throw new CalendarError('invalid_duration', ['duration', 'hours'], 'A period in hours is counted by the hour (Art. 3(2)(a)): use periodEnd');
  if (months === 0 && days === 0) throw new CalendarError('invalid_duration', ['duration'], 'A period of zero days has no last day');
  const holidays = requireHolidayCalendar(options?.holidays, ['holidays']);
  const firstDay = fromDayNumber(event + 1, ['duration']);
  const unrolledLastDay = fromDayNumber(lastDayNumber(event, { months, days }), ['duration']);
  const computation = [
    `Event on ${eventDate}: that day does not count; the period starts on ${firstDay} (${ART} Art. 3(1)).`,
    months > 0
      ? `It ends on the same date of the final month, or that month's last day when there is none: ${unrolledLastDay} (Art. 3(2)(c)).`
      : `It ends at the end of its last day: ${unrolledLastDay} (Art. 3(2)(${days % 7 === 0 && (duration.weeks ?? 0) > 0 ? 'c' : 'b'})).`,
    `Saturdays, Sundays and public holidays count (Art. 3(3)); holidays: ${holidays.name}.`,
  ];
  let lastDay = unrolledLastDay;
  const closed = closedBecause(lastDay, holidays);
  if (closed !== undefined) {
    lastDay = nextWorkingDay(lastDay, holidays);
    computation.push(`${unrolledLastDay} is not a working day (${closed}): the period ends at the end of the next working day, ${lastDay} (Art. 3(4)).`);
  } else {
    computation.push(`${unrolledLastDay} is a working day: no roll-over (Art. 3(4)).`);
  }
  if (toDayNumber(unrolledLastDay) - event >= 2) {
    let working = countWorkingDays(firstDay, lastDay, holidays);
    if (working < 2) {
      const before = lastDay;
      for (let i = 0; working < 2 && i < 2; i++) {
        lastDay = nextWorkingDay(fromDayNumber(toDayNumber(lastDay) + 1, ['duration']), holidays);
        working++;
      }
      computation.push(
        `From ${firstDay} to ${before} there are fewer than two working days: the period runs to ${lastDay}, so that it includes two (Art. 3(5)).`,
      );
    }
  }
  return { eventDay: eventDate, firstDay, unrolledLastDay, lastDay, computation };
}
