import { z } from 'zod';
import { TIME_ZONE_NAMES } from './time-zone-names.js';

const NAMES: ReadonlySet<string> = new Set(TIME_ZONE_NAMES);

/**
 * Whether `zone` is an IANA time zone this runtime knows (`Europe/Berlin`, `UTC`).
 *
 * @param zone - the name to check, spelled exactly (`europe/berlin` is not one)
 * @returns `true` when `Intl.DateTimeFormat` accepts it as a time zone, else `false` (never throws)
 * @example
 * isValidTimeZone('America/Los_Angeles'); // true
 * isValidTimeZone('Mars/Olympus_Mons'); // false
 */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * An IANA time zone name such as `Europe/Berlin` or `UTC`: one of {@link TIME_ZONE_NAMES}, spelled
 * exactly, that this runtime knows. The JSON Schema offers the same list.
 */
export const TimeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((zone) => NAMES.has(zone) && isValidTimeZone(zone), {
    message: 'Unknown IANA time zone (expected a name like "Europe/Berlin" or "UTC", spelled exactly)',
  })
  .meta({ description: 'An IANA time zone name, e.g. Europe/Berlin', enum: [...TIME_ZONE_NAMES] });
/** An IANA time zone name. */
export type TimeZone = z.infer<typeof TimeZoneSchema>;
