import { formatDuration, type Duration } from '@priv/schema';
import { addCalendar, addDays, dayOfWeek, formatInZone, startOfLocalDay, type CalendarDate } from './calendar.js';

/** What a deadline is based on. */
export type DeadlineBasis = 'gdpr_art_12_3' | 'ccpa_1798_130' | 'policy_response_time' | 'gdpr_art_33' | 'policy_breach_notice';

/** A deadline: the instant it expires and how it was computed. */
export interface Deadline {
  readonly basis: DeadlineBasis;
  /** The event the period runs from (request received, breach discovered). */
  readonly from: Date;
  readonly timeZone: string;
  /** The period, as promised or as the law sets it. */
  readonly period: Duration;
  /** The last local day to act on, for calendar periods; absent for periods in hours. */
  readonly lastDay?: CalendarDate;
  /** The period expires at this instant: act before it. */
  readonly expiresAt: Date;
  /** `expiresAt` as local time in the zone, with its offset. */
  readonly expiresAtLocal: string;
  /** How it was computed, one step a line. */
  readonly computation: readonly string[];
}

/**
 * Rolling a last day that falls on a weekend or holiday forward to the next working day, as EU
 * Regulation 1182/71 Art. 3(4) does. Off unless asked for: the earlier date is always safe.
 */
export interface RollOver {
  readonly weekends?: boolean;
  /** Public holidays (`YYYY-MM-DD`) of the place where the deadline applies. */
  readonly holidays?: readonly CalendarDate[];
}

/**
 * A calendar period counted as EU Regulation 1182/71 counts: the day of the event does not count,
 * days run from the next day, months and years end on the same date of the final month (or that
 * month's last day), and the period expires at the end of its last day in the zone. The
 * building block of the request deadline functions.
 *
 * @example
 * const d = calendarDeadline('policy_response_time', new Date('2026-01-31T10:00:00Z'), '2026-01-31', { months: 1 }, 'UTC');
 * d.lastDay; // '2026-02-28'
 * d.expiresAt.toISOString(); // '2026-03-01T00:00:00.000Z'
 */
export function calendarDeadline(basis: DeadlineBasis, from: Date, fromDate: CalendarDate, period: Duration, timeZone: string, rollOver: RollOver = {}, intro: string[] = []): Deadline {
  const computation = [...intro, `Event on ${fromDate} (${timeZone}); that day does not count (Regulation 1182/71 Art. 3(1)).`];
  let lastDay = addCalendar(fromDate, { ...period, hours: 0 });
  computation.push(`${formatDuration({ ...period, hours: undefined })} from ${fromDate}: the last day is ${lastDay}${period.months || period.years ? ' (the same date of the final month, or its last day when it has no such date)' : ''}.`);
  const holidays = new Set(rollOver.holidays ?? []);
  const closed = (d: CalendarDate) => holidays.has(d) || (rollOver.weekends === true && (dayOfWeek(d) === 0 || dayOfWeek(d) === 6));
  if (closed(lastDay)) {
    const original = lastDay;
    while (closed(lastDay)) lastDay = addDays(lastDay, 1);
    computation.push(`${original} is a weekend day or holiday: the period runs to the next working day, ${lastDay} (Art. 3(4)).`);
  }
  let expiresAt = startOfLocalDay(addDays(lastDay, 1), timeZone);
  computation.push(`The period expires at the end of ${lastDay}: ${formatInZone(expiresAt, timeZone)}.`);
  if (period.hours) {
    expiresAt = new Date(expiresAt.getTime() + period.hours * 3_600_000);
    computation.push(`Plus ${period.hours} hours of elapsed time: ${formatInZone(expiresAt, timeZone)}.`);
  }
  return { basis, from, timeZone, period, lastDay, expiresAt, expiresAtLocal: formatInZone(expiresAt, timeZone), computation };
}
