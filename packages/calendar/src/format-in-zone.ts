import { fromDayNumber } from './civil-date.js';
import { requireInstant } from './instant.js';
import { requireTimeZone } from './time-zone.js';
import { wallClockMs } from './zone-offset.js';

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Writes an instant as local time in a zone with its UTC offset: `2026-03-31T10:00:00+02:00`. An
 * offset with seconds (local mean time) is written `-00:25:21`.
 *
 * @param instant - a `Date` or an ISO date-time with `Z` or an offset
 * @param timeZone - an IANA zone (required)
 * @returns ISO 8601 local date-time with offset, to the second
 * @throws {CalendarError} `invalid_instant`, `invalid_time_zone`
 * @example
 * formatInZone(new Date('2026-03-31T08:00:00Z'), 'Europe/Berlin'); // '2026-03-31T10:00:00+02:00'
 */
export function formatInZone(instant: Date | string, timeZone: string): string {
  const ms = Math.floor(requireInstant(instant, ['instant']).getTime() / 1000) * 1000;
  const wall = wallClockMs(ms, requireTimeZone(timeZone, ['timeZone']));
  const day = Math.floor(wall / DAY_MS);
  const seconds = Math.round((wall - day * DAY_MS) / 1000);
  const offset = Math.round((wall - ms) / 1000);
  const abs = Math.abs(offset);
  const time = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  const zone = `${offset >= 0 ? '+' : '-'}${pad(Math.floor(abs / 3600))}:${pad(Math.floor(abs / 60) % 60)}${abs % 60 ? `:${pad(abs % 60)}` : ''}`;
  return `${fromDayNumber(day, ['instant'])}T${time}${zone}`;
}
