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
 * isRealIsoDate('0000-01-01'); // false
 */
export function isRealIsoDate(text: string): boolean {
  return isCivilDate(text);
}

/**
 * Whether `text` is a calendar month that exists, written `YYYY-MM` ("Last revised: August 2021"
 * is `2021-08`).
 *
 * @param text - the month as written
 * @returns `true` for a month 01-12 of a year from 0001
 * @example
 * isRealIsoMonth('2021-08'); // true
 * isRealIsoMonth('2021-13'); // false
 */
export function isRealIsoMonth(text: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month] = [Number(match[1]), Number(match[2])];
  return year >= 1 && month >= 1 && month <= 12;
}

/** The JSON Schema pattern of a real `YYYY-MM-DD`: months 01-12, days by month, 29 February only in leap years, year from 0001. It accepts exactly what {@link isRealIsoDate} accepts. */
export const ISO_DATE_PATTERN =
  '^(?!0000)(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$';
/** The JSON Schema pattern of a real `YYYY-MM`. */
export const ISO_MONTH_PATTERN = '^(?!0000)\\d{4}-(?:0[1-9]|1[0-2])$';

/** A calendar date, `YYYY-MM-DD`, that exists. No time, no zone: a date as a person writes it. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date written YYYY-MM-DD')
  .refine(isRealIsoDate, { message: 'This date does not exist in the calendar' })
  .meta({ description: 'A calendar date written YYYY-MM-DD', pattern: ISO_DATE_PATTERN });
/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * A policy date as policies print it: a day (`2026-05-12`) or, when the policy names only a month
 * ("Last revised: August 2021"), a month (`2021-08`). A month is never widened to an invented day.
 */
export const PolicyDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'Expected a date written YYYY-MM-DD, or YYYY-MM when the policy names only a month')
  .refine((s) => (s.length === 7 ? isRealIsoMonth(s) : isRealIsoDate(s)), { message: 'This date does not exist in the calendar' })
  .meta({
    description: 'The date the policy takes effect: YYYY-MM-DD, or YYYY-MM when the policy names only a month ("Last revised: August 2021").',
    pattern: `(${ISO_DATE_PATTERN})|(${ISO_MONTH_PATTERN})`,
  });
/** A policy date: `YYYY-MM-DD` or `YYYY-MM`. */
export type PolicyDate = z.infer<typeof PolicyDateSchema>;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Writes a policy date in words, at the precision it was declared with.
 *
 * @param date - `YYYY-MM-DD` or `YYYY-MM`
 * @returns `12 May 2026` or `August 2021`
 * @example
 * formatPolicyDate('2021-08'); // 'August 2021'
 * formatPolicyDate('2026-05-12'); // '12 May 2026'
 */
export function formatPolicyDate(date: string): string {
  const [year, month, day] = date.split('-');
  const name = MONTHS[Number(month) - 1] ?? month;
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}
