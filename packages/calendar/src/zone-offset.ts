import { dayNumberOf } from './civil-date.js';

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    if (formatters.size >= 1_000) formatters.clear();
    formatters.set(timeZone, format);
  }
  return format;
}

/**
 * @internal The wall-clock time of an instant in a zone, as milliseconds on a UTC-like scale (the
 * local date-time read as if it were UTC), to the second. Read straight from the runtime's `Intl`
 * time zone data, so offsets with seconds (local mean time before about 1950: Europe/Dublin
 * -00:25:21, Africa/Monrovia -00:44:30) come out with the right sign.
 */
export function wallClockMs(ms: number, timeZone: string): number {
  let era = 'AD';
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of formatter(timeZone).formatToParts(ms)) {
    switch (part.type) {
      case 'era':
        era = part.value;
        break;
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      default:
        break;
    }
  }
  if (era.startsWith('B')) year = 1 - year;
  const subSecond = ms - Math.floor(ms / 1000) * 1000;
  return dayNumberOf(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + subSecond;
}

/**
 * @internal The zone's UTC offset at an instant, in milliseconds (east positive), with seconds.
 */
export function offsetMsAt(ms: number, timeZone: string): number {
  return wallClockMs(ms, timeZone) - ms;
}

/** @internal The local day number of an instant, from the zone data directly (no cache). */
export function exactLocalDay(ms: number, timeZone: string): number {
  return Math.floor(wallClockMs(ms, timeZone) / DAY_MS);
}
