import { isUtcZone, requireTimeZone } from './time-zone.js';
import { exactLocalDay, offsetMsAt } from './zone-offset.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MAX_CACHE = 100_000;

/**
 * The two questions a calendar asks a time zone, on day numbers (days since 1970-01-01, see
 * `toDayNumber`): on which local day does an instant fall, and at which instant does a local day
 * start. Answers are cached per day, so evaluating a million records costs a few map look-ups.
 */
export interface ZoneClock {
  readonly timeZone: string;
  /** The local day number of an instant (epoch milliseconds). */
  localDay(ms: number): number;
  /**
   * The first instant (epoch milliseconds) of a local day: its first midnight when midnight comes
   * twice (clocks set back at 01:00 to 00:00: Asia/Amman 2021-10-29), the first moment that exists
   * when midnight is skipped (Asia/Kathmandu 1986-01-01 begins at 00:15), the next day's start for
   * a day the zone skipped whole (Pacific/Apia 2011-12-30).
   */
  startOfLocalDay(dayNumber: number): number;
}

/**
 * @internal The first instant whose local date-time is at or after local midnight of `dayNumber`:
 * the smallest `t` with `t + offset(t) >= midnight`. Candidates are midnight read with the offsets
 * in force a day before and a day after (both valid when midnight comes twice: the earlier wins).
 * With neither valid, midnight falls in a gap, and a bisection over whole seconds (transitions fall
 * on whole seconds), at most 64 steps, finds the transition.
 */
export function exactStartOfLocalDay(dayNumber: number, timeZone: string): number {
  const wall = dayNumber * DAY_MS;
  const before = offsetMsAt(wall - DAY_MS, timeZone);
  const after = offsetMsAt(wall + DAY_MS, timeZone);
  let first = Number.POSITIVE_INFINITY;
  for (const offset of before === after ? [before] : [before, after]) {
    const t = wall - offset;
    if (offsetMsAt(t, timeZone) === offset && t < first) first = t;
  }
  if (Number.isFinite(first)) return first;
  const reaches = (t: number) => t + offsetMsAt(t, timeZone) >= wall;
  // Not reached at lo, reached at hi; widen to the range of all offsets (+-18 h) when that fails.
  let lo = Math.floor((wall - Math.max(before, after)) / 1000);
  let hi = Math.ceil((wall - Math.min(before, after)) / 1000);
  if (reaches(lo * 1000) || !reaches(hi * 1000)) {
    lo = Math.floor((wall - 18 * HOUR_MS) / 1000);
    hi = Math.ceil((wall + 18 * HOUR_MS) / 1000);
  }
  for (let i = 0; i < 64 && hi - lo > 1; i++) {
    const mid = Math.floor((lo + hi) / 2);
    if (reaches(mid * 1000)) hi = mid;
    else lo = mid;
  }
  return hi * 1000;
}

const clocks = new Map<string, ZoneClock>();

/**
 * A shared, cached clock for an IANA time zone. UTC needs no look-ups at all.
 *
 * @param timeZone - an IANA zone name
 * @returns the zone's clock
 * @throws {CalendarError} `invalid_time_zone`
 * @example
 * const amman = zoneClock('Asia/Amman');
 * new Date(amman.startOfLocalDay(toDayNumber('2021-10-29'))).toISOString(); // '2021-10-28T21:00:00.000Z'
 */
export function zoneClock(timeZone: string): ZoneClock {
  const known = clocks.get(timeZone);
  if (known) return known;
  requireTimeZone(timeZone);
  const clock = isUtcZone(timeZone) ? utcClock(timeZone) : cachedClock(timeZone);
  if (clocks.size >= 1_000) clocks.clear();
  clocks.set(timeZone, clock);
  return clock;
}

function utcClock(timeZone: string): ZoneClock {
  return { timeZone, localDay: (ms) => Math.floor(ms / DAY_MS), startOfLocalDay: (dayNumber) => dayNumber * DAY_MS };
}

function cachedClock(timeZone: string): ZoneClock {
  // Per UTC day: the zone's offset when it is the same at both ends of the day, else NaN (a
  // transition happens that day: compute exactly).
  const offsets = new Map<number, number>();
  const starts = new Map<number, number>();
  const offsetOf = (utcDay: number): number => {
    let offset = offsets.get(utcDay);
    if (offset === undefined) {
      const first = offsetMsAt(utcDay * DAY_MS, timeZone);
      const last = offsetMsAt(utcDay * DAY_MS + DAY_MS - 1, timeZone);
      offset = first === last ? first : Number.NaN;
      if (offsets.size >= MAX_CACHE) offsets.clear();
      offsets.set(utcDay, offset);
    }
    return offset;
  };
  return {
    timeZone,
    localDay(ms) {
      const offset = offsetOf(Math.floor(ms / DAY_MS));
      return Number.isNaN(offset) ? exactLocalDay(ms, timeZone) : Math.floor((ms + offset) / DAY_MS);
    },
    startOfLocalDay(dayNumber) {
      let start = starts.get(dayNumber);
      if (start === undefined) {
        start = exactStartOfLocalDay(dayNumber, timeZone);
        if (starts.size >= MAX_CACHE) starts.clear();
        starts.set(dayNumber, start);
      }
      return start;
    },
  };
}
