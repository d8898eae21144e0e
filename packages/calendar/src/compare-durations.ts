import { type CivilDate, toDayNumber } from './civil-date.js';
import { calendarPart, type Duration, lastDayNumber, requireDuration } from './duration.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Days in the Gregorian 400-year cycle: every pattern of month lengths and leap years repeats after it. */
const CYCLE_DAYS = 146_097;

/**
 * How a duration `a` relates to `b` over every event: `shorter` (always ends first), `longer`,
 * `equal`, `shorter_or_equal` (never later, sometimes the same: `{ months: 1 }` against
 * `{ days: 31 }`), `longer_or_equal`, or `depends` (earlier for some events, later for others:
 * `{ months: 1 }` against `{ days: 30 }` ends two days earlier from 31 January, a day later from
 * 1 March).
 */
export type DurationOrder = 'shorter' | 'equal' | 'longer' | 'shorter_or_equal' | 'longer_or_equal' | 'depends';

function endMs(eventDay: number, timeOfDayMs: number, d: { months: number; days: number; hours: number }): number {
  if (d.months === 0 && d.days === 0) return eventDay * DAY_MS + timeOfDayMs + d.hours * HOUR_MS;
  return (lastDayNumber(eventDay, d) + 1) * DAY_MS + d.hours * HOUR_MS;
}

/**
 * Compares two durations from one event, anchored to its local day and time of day, as the periods
 * would end (see `Duration`: calendar units end at the end of their last day; hours are elapsed).
 * Zone transitions are not part of the comparison (both ends are read on the same local clock).
 *
 * @param a - a duration
 * @param b - a duration
 * @param eventDate - the event's local day
 * @param timeOfDayMs - the event's local time of day, in milliseconds after midnight (0 to 86,399,999); default 0
 * @returns negative when `a` ends first, 0 together, positive when `b` ends first
 * @throws {CalendarError} `invalid_duration`, `invalid_date`
 * @example
 * compareDurationsFrom({ months: 1 }, { days: 30 }, '2026-01-31'); // -1 (28 February before 2 March)
 * compareDurationsFrom({ months: 1 }, { days: 30 }, '2026-03-01'); // 1 (1 April after 31 March)
 */
export function compareDurationsFrom(a: Duration, b: Duration, eventDate: CivilDate, timeOfDayMs = 0): number {
  const x = calendarPart(requireDuration(a, ['a']));
  const y = calendarPart(requireDuration(b, ['b']));
  const day = toDayNumber(eventDate, ['eventDate']);
  const diff = endMs(day, timeOfDayMs, x) - endMs(day, timeOfDayMs, y);
  return Math.sign(diff);
}

/**
 * Orders two durations over every possible event: every day of a whole 400-year Gregorian cycle
 * (after which month lengths and leap years repeat) at the start and the end of the day. Exact, not
 * averaged: `{ months: 1 }` against `{ days: 30 }` is `depends`, never "about the same".
 *
 * @param a - a duration
 * @param b - a duration
 * @returns how `a` relates to `b` (see {@link DurationOrder})
 * @throws {CalendarError} `invalid_duration`
 * @example
 * compareDurations({ days: 30 }, { months: 1 }); // 'depends'
 * compareDurations({ days: 28 }, { months: 1 }); // 'shorter_or_equal'
 * compareDurations({ hours: 72 }, { days: 3 }); // 'shorter'
 */
export function compareDurations(a: Duration, b: Duration): DurationOrder {
  const x = calendarPart(requireDuration(a, ['a']));
  const y = calendarPart(requireDuration(b, ['b']));
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  // Without months the difference does not depend on the day: one day suffices.
  const days = x.months === 0 && y.months === 0 ? 1 : CYCLE_DAYS;
  for (let day = 0; day < days; day++) {
    for (const time of [0, DAY_MS - 1]) {
      const diff = endMs(day, time, x) - endMs(day, time, y);
      if (diff < min) min = diff;
      if (diff > max) max = diff;
    }
  }
  if (min === 0 && max === 0) return 'equal';
  if (max < 0) return 'shorter';
  if (min > 0) return 'longer';
  if (max === 0) return 'shorter_or_equal';
  if (min === 0) return 'longer_or_equal';
  return 'depends';
}
