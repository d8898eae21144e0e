import { z } from 'zod';

/**
 * Whether `text` is a calendar date that exists, written `YYYY-MM-DD` (2024-02-29 yes, 2025-02-30 no).
 *
 * @example
 * isRealIsoDate('2024-02-29'); // true
 * isRealIsoDate('2025-02-29'); // false
 */
export function isRealIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] ?? 0);
}

/** A calendar date, `YYYY-MM-DD`, that exists. No time, no zone: a date as a person writes it. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date written YYYY-MM-DD')
  .refine(isRealIsoDate, { message: 'This date does not exist in the calendar' })
  .describe('A calendar date written YYYY-MM-DD');
/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;
