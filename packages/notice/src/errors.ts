import { formatPath, PrivError } from '@priv/schema';

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

/** Every code a {@link NoticeError} can carry: bad input, or a broken notice promise. */
export type NoticeErrorCode = NoticeInputErrorCode | 'insufficient_notice';

/**
 * The base class of every error `@priv/notice` throws (a `PrivError` from `@priv/schema`), so one
 * `instanceof` check catches them all; `code` says which problem it is.
 *
 * @example
 * import { diffManifests, NoticeError, planNotice } from '@priv/notice';
 * import { defineManifest, type PrivacyManifestInput } from '@priv/schema';
 *
 * const input = {
 *   version: '2026-05-12', effectiveDate: '2026-05-12', timeZone: 'UTC',
 *   controller: { name: 'CodeMentor AI' }, contact: { email: 'support@learnpython.academy' },
 *   purposes: [{ key: 'provide_service', description: 'To provide the service you paid for.' }],
 *   collections: [
 *     { category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['backups_after_deletion'] },
 *     { category: 'user.technical.ip_address', purposes: ['provide_service'], legalBases: ['legitimate_interests'], source: 'automatic', retention: ['backups_after_deletion'] },
 *   ],
 *   recipients: [{ key: 'vercel', name: 'Vercel', role: 'sub_processor', services: ['hosting'], categories: ['user.technical.ip_address'] }],
 *   rights: [{ right: 'erasure', description: 'Delete your account.', channels: [{ method: 'email', address: 'support@learnpython.academy' }], response: { within: { days: 30 } } }],
 *   retention: [{ key: 'backups_after_deletion', description: '30 days in backups after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete', storage: 'backups' }],
 *   notice: { material: { advanceNotice: { days: 14 }, channels: ['email'] }, minor: { channels: ['page_update'] } },
 *   breach: { notifyUsersWithin: { hours: 72 } },
 * } satisfies PrivacyManifestInput;
 * const v1 = defineManifest(input);
 * const v2 = defineManifest({ ...input, version: '2026-09-01', effectiveDate: '2026-09-01',
 *   recipients: [...input.recipients, { key: 'mixpanel', name: 'Mixpanel', role: 'sub_processor', services: ['analytics'], categories: ['user.technical.ip_address'] }] });
 * try {
 *   planNotice(diffManifests(v1, v2), v2.notice, { publishedAt: 'yesterday', timeZone: 'UTC', effectiveDate: 'earliest' });
 * } catch (error) {
 *   if (error instanceof NoticeError) console.log(error.pathText); // publishedAt
 *   error instanceof NoticeError && error.pathText; // 'publishedAt'
 * }
 */
export class NoticeError extends PrivError {
  override readonly name: string = 'NoticeError';
  /** Machine-readable kind of problem. */
  declare readonly code: NoticeErrorCode;

  /**
   * @param code - Machine-readable kind of problem.
   * @param message - What is wrong.
   * @param path - Where, as zod reports paths: `['material', 'channels', 1]`.
   * @param options - The `cause`, if any.
   */
  constructor(code: NoticeErrorCode, message: string, path: readonly PropertyKey[], options: { readonly cause?: unknown } = {}) {
    super(code, `${formatPath(path)}: ${message}`, { path, issues: [{ code, path, message }], cause: options.cause });
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
  declare readonly code: NoticeInputErrorCode;

  /**
   * @param code - Machine-readable kind of bad input.
   * @param path - Where, as zod reports paths.
   * @param message - What is wrong.
   * @param options - The `cause`, if any.
   */
  constructor(code: NoticeInputErrorCode, path: readonly PropertyKey[], message: string, options: { readonly cause?: unknown } = {}) {
    super(code, message, path, options);
  }
}

/**
 * An effective date that gives less notice than the policy promises (code `insufficient_notice`).
 * Thrown by `planNotice`; never a warning. `earliestEffectiveDate` is the first date that would keep the promise.
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

  /**
   * @param requested - the effective date asked for, as written (`YYYY-MM-DD`, or `YYYY-MM`)
   * @param earliest - the first effective date that keeps every promise
   * @param promise - the promise that decides, in words
   * @param countedTo - for a month-only `requested`, the day notice was counted to (its first day)
   */
  constructor(requested: string, earliest: string, promise: string, countedTo?: string) {
    const reading =
      countedTo === undefined
        ? ''
        : ` (${requested} names only a month, which cannot show that notice ran its full length: notice is counted to its first day, ${countedTo}; give a day, YYYY-MM-DD, or a later month)`;
    super(
      'insufficient_notice',
      `Effective date ${requested} gives less notice than promised (${promise})${reading}; the earliest allowed effective date is ${earliest}`,
      ['effectiveDate'],
    );
    this.requestedEffectiveDate = requested;
    this.earliestEffectiveDate = earliest;
  }
}
