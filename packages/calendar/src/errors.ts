/** Machine-readable kinds of bad input `@priv/calendar` reports. */
export type CalendarErrorCode =
  | 'invalid_date'
  | 'date_out_of_range'
  | 'invalid_time_zone'
  | 'invalid_instant'
  | 'invalid_duration'
  | 'invalid_number'
  | 'invalid_option'
  | 'invalid_holidays'
  | 'no_working_day';

function pathText(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) text += text ? `.${part}` : part;
    else text += `[${JSON.stringify(String(part))}]`;
  }
  return text;
}

/**
 * The only error `@priv/calendar` throws: what was wrong (`code`, `message`) and where (`path`,
 * `pathText`, zod style). Nothing in this package fails with a plain `RangeError` or returns
 * `NaN`, an Invalid Date or `'0NaN-NaN-NaN'`.
 *
 * @example
 * try {
 *   addDays('2026-02-30', 1);
 * } catch (error) {
 *   if (error instanceof CalendarError) console.log(error.code, error.pathText); // 'invalid_date' 'date'
 * }
 */
export class CalendarError extends Error {
  override readonly name: string = 'CalendarError';
  /** What kind of input was wrong. */
  readonly code: CalendarErrorCode;
  /** Where, as zod reports paths: `['period', 'days']`. */
  readonly path: readonly PropertyKey[];
  /** The same path for people: `period.days` (`(root)` for the whole value). */
  readonly pathText: string;

  /**
   * @param code - what kind of input was wrong
   * @param path - where the bad value sits in the caller's input
   * @param message - what is wrong, in words a person can act on
   */
  constructor(code: CalendarErrorCode, path: readonly PropertyKey[], message: string) {
    super(`${pathText(path)}: ${message}`);
    this.code = code;
    this.path = [...path];
    this.pathText = pathText(path);
  }
}

/** @internal Describes a bad value for an error message without throwing on cycles or symbols. */
export function describeValue(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : `the Date ${value.toISOString()}`;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'symbol') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return typeof value;
  }
}

/** @internal A whole number, or a typed error at `path`. */
export function requireInteger(value: unknown, path: readonly PropertyKey[], min = -Number.MAX_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new CalendarError('invalid_number', path, `Expected a whole number from ${min} to ${max}, got ${describeValue(value)}`);
  }
  return value;
}
