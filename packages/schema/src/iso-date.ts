import { isCivilDate } from '@priv/calendar';
import { z } from 'zod';

/**
 * Whether `text` is a calendar date that exists, written `YYYY-MM-DD` (years 0001-9999): the
 * check of `@priv/calendar`'s `isCivilDate`, so schema and the rule packages agree on every date.
 *
 * @param text - the text to check
 * @returns `true` for a date that exists
 * @example
 * isRealIsoDate('2024-02-29'); // true
 * isRealIsoDate('2025-02-29'); // false
 */
export function isRealIsoDate(text: string): boolean {
  return isCivilDate(text);
}

/** A calendar date, `YYYY-MM-DD`, that exists. No time, no zone: a date as a person writes it. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date written YYYY-MM-DD')
  .refine(isRealIsoDate, { message: 'This date does not exist in the calendar' })
  .describe('A calendar date written YYYY-MM-DD');
/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;
