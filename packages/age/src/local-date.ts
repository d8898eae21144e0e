import type { CalendarDate } from './calendar-date.js';
import { AgeInputError } from './errors.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date an instant falls on in an IANA time zone (what a wall calendar there shows).
 * Uses the runtime's `Intl` time zone data, as `@date-fns/tz` does, so it works in browsers and at
 * the edge. Throws {@link AgeInputError} for an invalid instant (`on`) or an unknown zone (`timeZone`).
 *
 * @example
 * localDate(new Date('2026-03-15T06:30:00Z'), 'America/Los_Angeles'); // { year: 2026, month: 3, day: 14 }
 */
export function localDate(on: Date, timeZone: string): CalendarDate {
  if (!(on instanceof Date) || Number.isNaN(on.getTime())) {
    throw new AgeInputError('invalid_instant', ['on'], 'Expected a valid Date (the instant the gate is evaluated)');
  }
  let format = formatters.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', era: 'short' });
    } catch {
      throw new AgeInputError('invalid_time_zone', ['timeZone'], `Unknown IANA time zone "${String(timeZone)}"`);
    }
    formatters.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(on)) parts[part.type] = part.value;
  const year = Number(parts.year);
  return { year: parts.era === 'BC' || parts.era === 'B' ? 1 - year : year, month: Number(parts.month), day: Number(parts.day) };
}
