import { TZDate, tzOffset } from '@date-fns/tz';
import { startOfDay } from 'date-fns';
import { civilFromDays, DAY_MS, daysFromCivil } from './civil-date.js';

/**
 * The two questions a calendar period asks a time zone: on which local day does an instant fall,
 * and at which instant does a local day start. Answers come from `@date-fns/tz` and are cached per
 * day, so evaluating a million records costs a few map look-ups, not a million `TZDate`s.
 */
export interface ZoneClock {
  readonly timeZone: string;
  /** The local day number (days since 1970-01-01 on the zone's calendar) of an instant. */
  localDay(ms: number): number;
  /** The instant (ms) at which a local day starts in the zone (its first existing moment). */
  startOfLocalDay(dayNumber: number): number;
}

const MAX_CACHE = 100_000;
const clocks = new Map<string, ZoneClock>();

/** A (shared, cached) clock for an IANA time zone. UTC needs no look-ups at all. */
export function zoneClock(timeZone: string): ZoneClock {
  const known = clocks.get(timeZone);
  if (known) return known;
  const clock = isUtc(timeZone) ? utcClock(timeZone) : cachedClock(timeZone);
  clocks.set(timeZone, clock);
  return clock;
}

function isUtc(timeZone: string): boolean {
  return timeZone === 'UTC' || timeZone === 'Etc/UTC' || timeZone === 'Etc/GMT' || timeZone === 'GMT';
}

function utcClock(timeZone: string): ZoneClock {
  return {
    timeZone,
    localDay: (ms) => Math.floor(ms / DAY_MS),
    startOfLocalDay: (dayNumber) => dayNumber * DAY_MS,
  };
}

/** The local day of an instant, computed by `@date-fns/tz` (no cache). */
export function exactLocalDay(ms: number, timeZone: string): number {
  const local = new TZDate(ms, timeZone);
  return daysFromCivil(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

/** The start of a local day, computed by `@date-fns/tz` and date-fns `startOfDay` (no cache). */
export function exactStartOfLocalDay(dayNumber: number, timeZone: string): number {
  const { year, month, day } = civilFromDays(dayNumber);
  return startOfDay(new TZDate(year, month - 1, day, 12, 0, 0, 0, timeZone)).getTime();
}

function cachedClock(timeZone: string): ZoneClock {
  // Per UTC day: the zone's offset (minutes) when it is the same at both ends of the day, else NaN
  // (a transition happens that day: compute exactly). Zones change offset at most once a day.
  const offsets = new Map<number, number>();
  const starts = new Map<number, number>();
  const offsetOf = (utcDay: number): number => {
    let offset = offsets.get(utcDay);
    if (offset === undefined) {
      const first = tzOffset(timeZone, new Date(utcDay * DAY_MS));
      const last = tzOffset(timeZone, new Date(utcDay * DAY_MS + DAY_MS - 1));
      offset = first === last && Number.isInteger(first) ? first : Number.NaN;
      if (offsets.size >= MAX_CACHE) offsets.clear();
      offsets.set(utcDay, offset);
    }
    return offset;
  };
  return {
    timeZone,
    localDay(ms) {
      const offset = offsetOf(Math.floor(ms / DAY_MS));
      return Number.isNaN(offset) ? exactLocalDay(ms, timeZone) : Math.floor((ms + offset * 60_000) / DAY_MS);
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
