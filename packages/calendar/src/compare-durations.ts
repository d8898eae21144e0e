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

function endMs(eventDay: number, timeOfDayMs: number, d: Part): number {
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
  const key = `${x.months},${x.days},${x.hours}/${y.months},${y.days},${y.hours}`;
  const known = orders.get(key);
  if (known) return known;
  const order = orderOver400Years(x, y);
  if (orders.size >= 1_000) orders.clear();
  orders.set(key, order);
  return order;
}

/** Answers already computed (a duration pair's order never changes). */
const orders = new Map<string, DurationOrder>();
/** min and max over the cycle of addMonths(d, a) - addMonths(d, b), in days, by "a,b". */
const monthSpreads = new Map<string, readonly [number, number]>();

function monthSpread(a: number, b: number): readonly [number, number] {
  const key = `${a},${b}`;
  let spread = monthSpreads.get(key);
  if (!spread) {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    const days = a === 0 && b === 0 ? 1 : CYCLE_DAYS;
    for (let day = 0; day < days; day++) {
      const diff = lastDayNumber(day, { months: a }) - lastDayNumber(day, { months: b });
      if (diff < min) min = diff;
      if (diff > max) max = diff;
    }
    spread = [min, max];
    if (monthSpreads.size >= 1_000) monthSpreads.clear();
    monthSpreads.set(key, spread);
  }
  return spread;
}

type Part = { months: number; days: number; hours: number };

/**
 * The range of end(x) - end(y) over every event day of the cycle and every time of day. An end is
 * `(addMonths(d, m) + days + 1) * DAY + hours` with calendar units, else `d * DAY + time + hours`,
 * so the difference is a month spread (cached per pair of month counts) plus constants.
 */
function orderOver400Years(x: Part, y: Part): DurationOrder {
  const xCal = x.months > 0 || x.days > 0;
  const yCal = y.months > 0 || y.days > 0;
  const hours = (x.hours - y.hours) * HOUR_MS;
  let min: number;
  let max: number;
  if (!xCal && !yCal) {
    min = max = hours;
  } else {
    const [lo, hi] = monthSpread(x.months, y.months);
    // With one side in hours only, its end moves with the time of day (0 to DAY - 1 ms) and its day counts as 0 months.
    const shift = (x.days + (xCal ? 1 : 0) - y.days - (yCal ? 1 : 0)) * DAY_MS + hours;
    const time: readonly [number, number] = xCal && yCal ? [0, 0] : xCal ? [-(DAY_MS - 1), 0] : [0, DAY_MS - 1];
    min = lo * DAY_MS + shift + time[0];
    max = hi * DAY_MS + shift + time[1];
  }
  if (min === 0 && max === 0) return 'equal';
  if (max < 0) return 'shorter';
  if (min > 0) return 'longer';
  if (max === 0) return 'shorter_or_equal';
  if (min === 0) return 'longer_or_equal';
  return 'depends';
}
