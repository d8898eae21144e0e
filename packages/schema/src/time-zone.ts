import { z } from 'zod';

/**
 * Whether `zone` is an IANA time zone this runtime knows (`Europe/Berlin`, `UTC`).
 *
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

/** An IANA time zone name such as `Europe/Berlin` or `UTC`. */
export const TimeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isValidTimeZone, { message: 'Unknown IANA time zone (expected a name like "Europe/Berlin" or "UTC")' })
  .describe('An IANA time zone name, e.g. Europe/Berlin');
/** An IANA time zone name. */
export type TimeZone = z.infer<typeof TimeZoneSchema>;
