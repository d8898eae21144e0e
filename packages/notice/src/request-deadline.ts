import type { Duration, PrivacyManifest, RightKind } from '@priv/schema';
import { formatDuration } from '@priv/schema';
import { localDate, requireInstant, requireTimeZone } from './calendar.js';
import { calendarDeadline, type Deadline, type RollOver } from './deadline.js';
import { NoticeInputError } from './errors.js';

/** A data-subject request deadline, with the extended deadline where one is allowed. */
export interface RequestDeadline {
  /** The deadline without extension. */
  readonly deadline: Deadline;
  /**
   * The deadline when extended. `undefined` when no extension is allowed, or (policy promises only)
   * when the policy allows one without saying how long (see `extensionAllowed`).
   */
  readonly extended: Deadline | undefined;
  /** Whether the period may be extended at all. */
  readonly extensionAllowed: boolean;
  /** Whether the person must be told of an extension before `deadline.expiresAt`. */
  readonly extensionNeedsNotice: boolean;
  /** What usually happens (policy promises only), for information; never a deadline. */
  readonly usually?: Duration;
}

/** Options for the request deadline functions. */
export interface RequestDeadlineOptions {
  /** The zone whose calendar counts the days. */
  readonly timeZone: string;
  /** Roll a last day on a weekend or holiday to the next working day (off by default). */
  readonly rollOver?: RollOver;
}

/**
 * The GDPR deadline for answering a data-subject request (Art. 12(3)): one month from receipt,
 * extendable by two further months (three in all) with notice within the first month, counted as
 * EU Regulation 1182/71 counts months: from the day after receipt, ending on the same date of the
 * final month, or that month's last day.
 *
 * @example
 * const { deadline, extended } = gdprRequestDeadline('2026-01-31T10:00:00Z', { timeZone: 'UTC' });
 * deadline.lastDay; // '2026-02-28'
 * extended?.lastDay; // '2026-04-30'
 */
export function gdprRequestDeadline(receivedAt: Date | string, options: RequestDeadlineOptions): RequestDeadline {
  const timeZone = requireTimeZone(options?.timeZone, ['timeZone']);
  const from = requireInstant(receivedAt, ['receivedAt']);
  const day = localDate(from, timeZone);
  const intro = ['GDPR Art. 12(3): one month from receipt of the request.'];
  const deadline = calendarDeadline('gdpr_art_12_3', from, day, { months: 1 }, timeZone, options.rollOver, intro);
  const extended = calendarDeadline('gdpr_art_12_3', from, day, { months: 3 }, timeZone, options.rollOver, [
    'GDPR Art. 12(3): extendable by two further months (three months from receipt) where necessary, telling the person within the first month.',
  ]);
  return { deadline, extended, extensionAllowed: true, extensionNeedsNotice: true };
}

/**
 * The CCPA deadline for responding to a consumer request (Cal. Civ. Code § 1798.130(a)(2)): 45
 * calendar days from receipt, extendable once by 45 more (90 in all) with notice within the first 45.
 * Days run from the day after receipt.
 *
 * @example
 * ccpaRequestDeadline('2026-01-01T12:00:00-08:00', { timeZone: 'America/Los_Angeles' }).deadline.lastDay; // '2026-02-15'
 */
export function ccpaRequestDeadline(receivedAt: Date | string, options: RequestDeadlineOptions): RequestDeadline {
  const timeZone = requireTimeZone(options?.timeZone, ['timeZone']);
  const from = requireInstant(receivedAt, ['receivedAt']);
  const day = localDate(from, timeZone);
  const deadline = calendarDeadline('ccpa_1798_130', from, day, { days: 45 }, timeZone, options.rollOver, ['CCPA § 1798.130(a)(2): 45 calendar days from receipt.']);
  const extended = calendarDeadline('ccpa_1798_130', from, day, { days: 90 }, timeZone, options.rollOver, ['CCPA: extendable once by 45 more days (90 in all) with notice within the first 45.']);
  return { deadline, extended, extensionAllowed: true, extensionNeedsNotice: true };
}

/**
 * The deadline a policy itself promises for a right (`rights[].response`), e.g. "we respond within
 * 30 days" (seeds 000 and 004), "delivered within 30 days (usually within a week)" (002). Counted on
 * the manifest's calendar (or `options.timeZone`) from the day after receipt. Where the law is
 * stricter than the promise, the law still applies: compare with {@link gdprRequestDeadline}.
 * Throws {@link NoticeInputError} (`unknown_right`) when the manifest does not grant the right or
 * promises no response time for it.
 *
 * @example
 * const { deadline, extensionAllowed } = policyRequestDeadline(codingIde, 'access', '2026-01-31T10:00:00Z');
 * deadline.lastDay; // '2026-03-02'
 * extensionAllowed; // true ("for complex requests, we may extend this period and will notify you")
 */
export function policyRequestDeadline(manifest: PrivacyManifest, right: RightKind, receivedAt: Date | string, options: Partial<RequestDeadlineOptions> = {}): RequestDeadline {
  const index = manifest.rights.findIndex((r) => r.right === right);
  const granted = manifest.rights[index];
  if (!granted) throw new NoticeInputError('unknown_right', ['rights'], `The manifest does not grant the right "${right}"`);
  const response = granted.response;
  if (!response) throw new NoticeInputError('unknown_right', ['rights', index, 'response'], `The manifest promises no response time for the right "${right}"`);
  const timeZone = requireTimeZone(options.timeZone ?? manifest.timeZone, ['timeZone']);
  const from = requireInstant(receivedAt, ['receivedAt']);
  const day = localDate(from, timeZone);
  const intro = [`The policy promises to answer "${right}" requests within ${formatDuration(response.within)}.`];
  const deadline = calendarDeadline('policy_response_time', from, day, response.within, timeZone, options.rollOver, intro);
  const by = response.extension?.by;
  const extended = by
    ? calendarDeadline('policy_response_time', from, day, sum(response.within, by), timeZone, options.rollOver, [`${intro[0]} It may be extended by up to ${formatDuration(by)}.`])
    : undefined;
  return {
    deadline,
    extended,
    extensionAllowed: response.extension !== undefined,
    extensionNeedsNotice: response.extension?.withNotice ?? false,
    ...(response.usually ? { usually: response.usually } : {}),
  };
}

function sum(a: Duration, b: Duration): Duration {
  const units = ['years', 'months', 'weeks', 'days', 'hours'] as const;
  return Object.fromEntries(units.map((u) => [u, (a[u] ?? 0) + (b[u] ?? 0)])) as Duration;
}
