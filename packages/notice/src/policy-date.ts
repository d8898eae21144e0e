import { daysInMonth, formatDate, type CivilDate } from '@priv/calendar';
import { isRealIsoMonth } from '@priv/schema';
import { requireDate } from './inputs.js';
import { NoticeInputError } from './errors.js';

/**
 * A policy's effective date read for notice checks. Policies print a day (`2026-09-01`) or only a
 * month ("Last revised: August 2021", `2021-08`). A month is never widened to an invented day in
 * what is published; for counting it is read as the span of days it can mean.
 */
export interface PolicyDateSpan {
  /** The date as written: `YYYY-MM-DD`, or `YYYY-MM` when only a month is named. */
  readonly asWritten: string;
  /** `'day'`, or `'month'` when only a month is named. */
  readonly precision: 'day' | 'month';
  /** The earliest day the date can mean: the day itself, or the first day of the month. */
  readonly firstDay: CivilDate;
  /** The latest day the date can mean: the day itself, or the last day of the month. */
  readonly lastDay: CivilDate;
}

const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * @internal Reads a policy date (`YYYY-MM-DD`, or `YYYY-MM` for a month) as the days it can mean, or
 * throws {@link NoticeInputError} (`invalid_date`) at `path`.
 *
 * @param value - the date as the manifest or the caller wrote it
 * @param path - where it sits in the caller's input, for the error
 * @returns the date as written, its precision, and its first and last day
 * @throws {NoticeInputError} `invalid_date` for anything but a real day or month
 * @example
 * import { readPolicyDate } from './policy-date.js';
 *
 * readPolicyDate('2021-08', ['effectiveDate']); // { asWritten: '2021-08', precision: 'month', firstDay: '2021-08-01', lastDay: '2021-08-31' }
 */
export function readPolicyDate(value: unknown, path: readonly PropertyKey[]): PolicyDateSpan {
  if (typeof value === 'string') {
    const month = MONTH.exec(value);
    if (month) {
      if (!isRealIsoMonth(value))
        throw new NoticeInputError('invalid_date', path, `${JSON.stringify(value)} is not a month that exists: expected YYYY-MM with a month from 01 to 12`);
      const [year, monthNumber] = [Number(month[1]), Number(month[2])];
      return {
        asWritten: value,
        precision: 'month',
        firstDay: formatDate({ year, month: monthNumber, day: 1 }),
        lastDay: formatDate({ year, month: monthNumber, day: daysInMonth(year, monthNumber) }),
      };
    }
  }
  let day: CivilDate;
  try {
    day = requireDate(value, path);
  } catch (error) {
    if (error instanceof NoticeInputError && error.code === 'invalid_date') {
      throw new NoticeInputError(
        'invalid_date',
        path,
        `${error.message.replace(/\.$/, '')} (a policy date is YYYY-MM-DD, or YYYY-MM when the policy names only a month)`,
        { cause: error },
      );
    }
    throw error;
  }
  return { asWritten: day, precision: 'day', firstDay: day, lastDay: day };
}
