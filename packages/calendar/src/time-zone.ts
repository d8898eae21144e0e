import { CalendarError, describeValue } from './errors.js';

const known = new Map<string, boolean>();

/**
 * Whether `zone` is an IANA time zone this runtime knows (`Europe/Berlin`, `UTC`).
 *
 * @param zone - anything
 * @returns `false` for `'Mars/Olympus'`, `''` and non-strings
 * @example
 * isValidTimeZone('America/Los_Angeles'); // true
 * isValidTimeZone('Mars/Olympus'); // false
 */
export function isValidTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > 64) return false;
  let ok = known.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    if (known.size < 1_000) known.set(zone, ok);
  }
  return ok;
}

/**
 * Checks a time zone. There is no default zone anywhere in priv: the machine's zone is never used.
 *
 * @param zone - the value to check
 * @param path - where it sits in the caller's input, for the error
 * @returns the zone, unchanged
 * @throws {CalendarError} `invalid_time_zone` when missing or unknown
 * @example
 * requireTimeZone('Europe/Berlin'); // 'Europe/Berlin'
 */
export function requireTimeZone(zone: unknown, path: readonly PropertyKey[] = ['timeZone']): string {
  if (!isValidTimeZone(zone)) {
    const what = zone === undefined ? 'none was given (a zone is required wherever a calendar day is decided)' : `got ${describeValue(zone)}`;
    throw new CalendarError('invalid_time_zone', path, `Expected an IANA time zone such as "Europe/Berlin" or "UTC"; ${what}`);
  }
  return zone;
}

/** @internal Whether a zone is UTC under one of its names (no look-ups needed). */
export function isUtcZone(zone: string): boolean {
  return zone === 'UTC' || zone === 'Etc/UTC' || zone === 'Etc/GMT' || zone === 'GMT' || zone === 'Etc/Universal' || zone === 'Etc/Zulu';
}
