import { formatPath } from '@priv/schema';

/** Machine-readable kinds of bad input this package reports. */
export type NoticeInputErrorCode =
  | 'version_order'
  | 'invalid_manifest'
  | 'invalid_diff'
  | 'unknown_channel'
  | 'invalid_notice_policy'
  | 'invalid_time_zone'
  | 'invalid_instant'
  | 'invalid_date'
  | 'invalid_duration'
  | 'date_out_of_range'
  | 'invalid_holidays'
  | 'no_working_day'
  | 'invalid_option'
  | 'invalid_user'
  | 'unknown_right';

/**
 * The base class of every error `@priv/notice` throws, so one `instanceof` check catches them all.
 *
 * @example
 * try {
 *   planNotice(diff, policy, { publishedAt: 'yesterday', timeZone: 'UTC' });
 * } catch (error) {
 *   if (error instanceof NoticeError) console.log(error.pathText); // 'publishedAt'
 * }
 */
export class NoticeError extends Error {
  override readonly name: string = 'NoticeError';
  /** Where the problem is, as zod reports paths: `['material', 'channels', 1]`. */
  readonly path: readonly PropertyKey[];
  /** The same path for people: `material.channels[1]`. */
  readonly pathText: string;

  constructor(message: string, path: readonly PropertyKey[]) {
    super(`${formatPath(path)}: ${message}`);
    this.path = [...path];
    this.pathText = formatPath(path);
  }
}

/**
 * Bad input: a new version dated before the old one, an unknown notice channel, a date that does not
 * exist, an unknown time zone. `code` says which; `path` says where.
 *
 * @example
 * const error = new NoticeInputError('unknown_channel', ['material', 'channels', 0], 'Unknown channel "sms"');
 * error.pathText; // 'material.channels[0]'
 */
export class NoticeInputError extends NoticeError {
  override readonly name = 'NoticeInputError';
  readonly code: NoticeInputErrorCode;

  constructor(code: NoticeInputErrorCode, path: readonly PropertyKey[], message: string) {
    super(message, path);
    this.code = code;
  }
}

/**
 * An effective date that gives less notice than the policy promises. Thrown by `planNotice`; never a
 * warning. `earliestEffectiveDate` is the first date that would keep the promise.
 *
 * @example
 * const error = new InsufficientNoticeError('2026-06-01', '2026-06-16', 'material changes: 14 days by email');
 * error.earliestEffectiveDate; // '2026-06-16'
 */
export class InsufficientNoticeError extends NoticeError {
  override readonly name = 'InsufficientNoticeError';
  /** The effective date asked for. */
  readonly requestedEffectiveDate: string;
  /** The first effective date that keeps every promise. */
  readonly earliestEffectiveDate: string;

  constructor(requested: string, earliest: string, promise: string) {
    super(`Effective date ${requested} gives less notice than promised (${promise}); the earliest allowed effective date is ${earliest}`, ['effectiveDate']);
    this.requestedEffectiveDate = requested;
    this.earliestEffectiveDate = earliest;
  }
}
