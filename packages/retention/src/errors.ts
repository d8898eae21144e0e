import { formatPath, PrivError } from '@priv/schema';

/** What kind of bad input a {@link RetentionError} reports. */
export type RetentionErrorCode =
  | 'invalid_rule'
  | 'negative_duration'
  | 'unknown_anchor'
  | 'invalid_date'
  | 'minimum_exceeds_maximum'
  | 'grace_exceeds_period'
  | 'unknown_rule'
  | 'invalid_record';

/**
 * The base class of every error `@priv/retention` throws on bad input (a `PrivError` from
 * `@priv/schema`). It says what was wrong (`code`, `message`) and where (`path`, `pathText`, as zod
 * formats paths: `retention[2].period.days`).
 *
 * @example
 * import { compileRule, RetentionError } from '@priv/retention';
 *
 * const rule = { key: 'logs', description: 'Logs, 30 days.', anchor: 'record_created', period: { days: 30 }, bound: 'maximum', action: 'delete', timeZone: 'UTC' } as const;
 * try {
 *   compileRule({ ...rule, anchor: 'account_closed' }, { path: ['retention', 2] });
 * } catch (error) {
 *   if (error instanceof RetentionError) console.log(error.code, error.pathText); // unknown_anchor retention[2].anchor
 *   error instanceof RetentionError && error.code; // 'unknown_anchor'
 *   error instanceof RetentionError && error.pathText; // 'retention[2].anchor'
 * }
 */
export class RetentionError extends PrivError {
  override readonly name: string = 'RetentionError';
  /** Machine-readable kind of problem. */
  declare readonly code: RetentionErrorCode;

  /**
   * @param code - Machine-readable kind of problem.
   * @param path - Where, as zod reports paths: `['retention', 2, 'period', 'days']`.
   * @param message - What is wrong.
   * @param options - The `cause`, if any.
   */
  constructor(code: RetentionErrorCode, path: readonly PropertyKey[], message: string, options: { readonly cause?: unknown } = {}) {
    super(code, `${formatPath(path)}: ${message}`, { path, issues: [{ code, path, message }], cause: options.cause });
  }
}

/** A rule that does not match `RetentionRuleSchema` (a missing field, an unknown action, ...). */
export class InvalidRuleError extends RetentionError {
  override readonly name = 'InvalidRuleError';
  constructor(path: readonly PropertyKey[], message: string) {
    super('invalid_rule', path, message);
  }
}

/** A duration with a negative amount, e.g. `{ days: -1 }`. */
export class NegativeDurationError extends RetentionError {
  override readonly name = 'NegativeDurationError';
  constructor(path: readonly PropertyKey[], amount: number) {
    super('negative_duration', path, `A duration cannot be negative (got ${amount})`);
  }
}

/** A rule anchored to an event that is neither built in nor declared in the manifest's `events`. */
export class UnknownAnchorError extends RetentionError {
  override readonly name = 'UnknownAnchorError';
  /** The anchor that nobody declared. */
  readonly anchor: string;
  constructor(path: readonly PropertyKey[], anchor: string) {
    super('unknown_anchor', path, `Unknown anchor event "${anchor}": use a built-in event (BUILT_IN_RETENTION_EVENTS) or declare it in the manifest's events`);
    this.anchor = anchor;
  }
}

/** A date that is not a valid `Date` (`new Date('nonsense')`, a string, a number). */
export class InvalidDateError extends RetentionError {
  override readonly name = 'InvalidDateError';
  /** The value that is not a valid date. */
  readonly value: unknown;
  constructor(path: readonly PropertyKey[], value: unknown, context = '') {
    super('invalid_date', path, `${context}Expected a valid Date instance, got ${describe(value)}`);
    this.value = value;
  }
}

/** A `maximum` rule whose `minimum` (keep at least) can end after its `period` (delete by). */
export class MinimumExceedsMaximumError extends RetentionError {
  override readonly name = 'MinimumExceedsMaximumError';
  constructor(path: readonly PropertyKey[], detail: string) {
    super('minimum_exceeds_maximum', path, `The minimum (keep at least) ends after the maximum (delete by): ${detail}`);
  }
}

/** A grace period that can end after the rule's period. */
export class GraceExceedsPeriodError extends RetentionError {
  override readonly name = 'GraceExceedsPeriodError';
  constructor(path: readonly PropertyKey[], detail: string) {
    super('grace_exceeds_period', path, `The grace period ends after the period: ${detail}`);
  }
}

/** A collection that refers to a retention rule key the rules do not declare. */
export class UnknownRuleError extends RetentionError {
  override readonly name = 'UnknownRuleError';
  constructor(path: readonly PropertyKey[], key: string) {
    super('unknown_rule', path, `No retention rule has the key "${key}"`);
  }
}

function describe(value: unknown): string {
  if (value instanceof Date) return 'an Invalid Date';
  if (value === null) return 'null';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 40))}`;
  return `a ${typeof value}`;
}

/** A record given to the purge plan that lacks an `id`, a `categories` array or an `events` object. */
export class InvalidRecordError extends RetentionError {
  override readonly name = 'InvalidRecordError';
  constructor(path: readonly PropertyKey[], message: string) {
    super('invalid_record', path, message);
  }
}
