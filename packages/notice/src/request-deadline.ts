import {
  addDays,
  addMonths,
  addWorkingDays,
  closedBecause,
  euPeriod,
  nextWorkingDay,
  lastDayOfPeriod,
  localDate,
  type CivilDate,
  type Duration,
  type HolidayCalendar,
} from '@priv/calendar';
import type { PrivacyManifest, RightKind } from '@priv/schema';
import { formatDuration } from '@priv/schema';
import { endOfLastDay, earlierDeadline, type Deadline, type DeadlineBasis } from './deadline.js';
import { NoticeInputError } from './errors.js';
import { counted, requireHolidays, requireInstant, requirePeriod, requireTimeZone } from './inputs.js';

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

/** Options for {@link gdprRequestDeadline}. */
export interface GdprRequestDeadlineOptions {
  /** The zone whose calendar counts the days (required: the day of receipt is decided there). */
  readonly timeZone: string;
  /**
   * The public holidays of the member state concerned (Regulation 1182/71 Art. 2(1), 3(4)):
   * `publicHolidays('DE')` from `@priv/calendar/holidays`, a `holidayList`, or `NO_PUBLIC_HOLIDAYS`
   * when you mean weekends only. Required: no silent "no holidays".
   */
  readonly holidays: HolidayCalendar;
}

/** Options for the CCPA deadlines. */
export interface CcpaDeadlineOptions {
  /** The zone whose calendar counts the days (required). */
  readonly timeZone: string;
}

/** Options for the CCPA business-day deadlines. */
export interface CcpaBusinessDayOptions extends CcpaDeadlineOptions {
  /** California's state holidays (Cal. Gov. Code § 6700): `publicHolidays('US', 'CA')` or a `holidayList`. Required. */
  readonly holidays: HolidayCalendar;
}

function received(receivedAt: Date | string, timeZone: unknown): { from: Date; timeZone: string; day: CivilDate } {
  const zone = requireTimeZone(timeZone, ['timeZone']);
  const from = requireInstant(receivedAt, ['receivedAt']);
  return { from, timeZone: zone, day: counted(() => localDate(from, zone)) };
}

function euDeadline(
  basis: DeadlineBasis,
  from: Date,
  timeZone: string,
  day: CivilDate,
  period: Duration,
  holidays: HolidayCalendar,
  intro: string[],
): Deadline {
  const counting = counted(() => euPeriod(day, period, { holidays }));
  const computation = [...intro, `Received ${day} (${timeZone}).`, ...counting.computation];
  return endOfLastDay({ basis, from, timeZone, period, lastDay: counting.lastDay, unrolledLastDay: counting.unrolledLastDay }, computation);
}

/**
 * The GDPR deadline for answering a data-subject request (Art. 12(3)): one month from receipt,
 * extendable by two further months with notice within the first month, counted as Regulation
 * 1182/71 Art. 3 counts (the EDPB applies it in Guidelines 01/2022 on the right of access): from
 * the day after receipt, ending on the same date of the next month or that month's last day,
 * a last day on a Saturday, Sunday or public holiday moving to the next working day (Art. 3(4)),
 * at least two working days (Art. 3(5)).
 *
 * The extension: "two further months" after the first month. For receipts on the 29th to 31st,
 * "the first deadline + 2 months" can be earlier than "receipt + 3 months" (31 January: 28 April
 * against 30 April); we take the earlier (safe) reading, counted before roll-over, then roll over.
 *
 * @param receivedAt - when the request was received (`Date` or ISO with `Z` or an offset)
 * @param options - `timeZone` and `holidays` (both required)
 * @returns the deadline and the extended deadline, each with its computation
 * @throws {NoticeInputError} `invalid_instant`, `invalid_time_zone`, `invalid_holidays`, `date_out_of_range`
 * @example
 * import { NO_PUBLIC_HOLIDAYS } from '@priv/calendar';
 * import { gdprRequestDeadline } from '@priv/notice';
 *
 * const { deadline } = gdprRequestDeadline('2025-03-05T10:00:00Z', { timeZone: 'Europe/Berlin', holidays: NO_PUBLIC_HOLIDAYS });
 * deadline.lastDay; // '2025-04-07' (5 April is a Saturday: Art. 3(4))
 */
export function gdprRequestDeadline(receivedAt: Date | string, options: GdprRequestDeadlineOptions): RequestDeadline {
  const { from, timeZone, day } = received(receivedAt, options?.timeZone);
  const holidays = requireHolidays(options.holidays, ['holidays']);
  const deadline = euDeadline('gdpr_art_12_3', from, timeZone, day, { months: 1 }, holidays, ['GDPR Art. 12(3): within one month of receipt of the request.']);
  const threeMonths = counted(() => addMonths(day, 3));
  const twoFurther = counted(() => addMonths(addMonths(day, 1), 2));
  const extendedLast = twoFurther < threeMonths ? twoFurther : threeMonths;
  const ext = counted(() => euPeriod(day, { months: 3 }, { holidays }));
  const extComputation = [
    'GDPR Art. 12(3): extendable by two further months where necessary, telling the person within the first month.',
    `Received ${day} (${timeZone}).`,
    ...ext.computation.slice(0, 1),
    `Two further months after the first month end ${twoFurther}; three months from receipt end ${threeMonths}; the earlier, ${extendedLast}, is the last day before roll-over (the safe reading; they differ for receipts on the 29th to 31st).`,
  ];
  extComputation.push(ext.computation[2] ?? '');
  const closed = counted(() => closedBecause(extendedLast, holidays));
  const lastDay = closed === undefined ? extendedLast : counted(() => nextWorkingDay(extendedLast, holidays));
  extComputation.push(
    closed === undefined
      ? `${extendedLast} is a working day: no roll-over (Art. 3(4)).`
      : `${extendedLast} is not a working day (${closed}): the period ends at the end of the next working day, ${lastDay} (Art. 3(4)).`,
  );
  const extended = endOfLastDay({ basis: 'gdpr_art_12_3', from, timeZone, period: { months: 3 }, lastDay, unrolledLastDay: extendedLast }, extComputation);
  return { deadline, extended, extensionAllowed: true, extensionNeedsNotice: true };
}

/**
 * The CCPA deadline for responding to a request to know, delete or correct: 45 calendar days,
 * extendable once by 45 more (90 in all) with notice within the first 45 (Cal. Civ. Code
 * § 1798.130(a)(2); 11 CCR § 7021(b)).
 *
 * Counting: 11 CCR § 7021(b) says the 45-day period "will begin on the day that the business
 * receives the request", so the day of receipt is day 1 and the last day is receipt + 44, with no
 * roll-over. Cal. Civ. Code § 10 (first day excluded, a last day on a holiday excluded) would give
 * receipt + 45 or later. We use § 7021(b): it is the specific rule and the earlier (safe) date. The
 * computation states both.
 *
 * @param receivedAt - when the request was received
 * @param options - `timeZone` (required)
 * @returns the deadline (day 45) and the extended deadline (day 90)
 * @throws {NoticeInputError} `invalid_instant`, `invalid_time_zone`, `date_out_of_range`
 * @example
 * ccpaRequestDeadline('2026-01-01T12:00:00-08:00', { timeZone: 'America/Los_Angeles' }).deadline.lastDay; // '2026-02-14'
 */
export function ccpaRequestDeadline(receivedAt: Date | string, options: CcpaDeadlineOptions): RequestDeadline {
  const { from, timeZone, day } = received(receivedAt, options?.timeZone);
  const make = (days: number, intro: string): Deadline => {
    const lastDay = counted(() => addDays(day, days - 1));
    const civ = counted(() => addDays(day, days));
    return endOfLastDay({ basis: 'ccpa_1798_130', from, timeZone, period: { days }, lastDay }, [
      intro,
      `Received ${day} (${timeZone}); 11 CCR § 7021(b): the period begins on the day of receipt, so day ${days} is ${lastDay}.`,
      `(Cal. Civ. Code § 10 would exclude the day of receipt and give ${civ}, later if that is a holiday; we use the earlier § 7021(b) date. No roll-over.)`,
    ]);
  };
  const deadline = make(45, 'CCPA § 1798.130(a)(2), 11 CCR § 7021(b): respond within 45 calendar days of receipt.');
  const extended = make(
    90,
    'CCPA § 1798.130(a)(2), 11 CCR § 7021(b): extendable once by 45 more days (90 from receipt in all), with notice within the first 45.',
  );
  return { deadline, extended, extensionAllowed: true, extensionNeedsNotice: true };
}

function businessDayDeadline(basis: DeadlineBasis, receivedAt: Date | string, options: CcpaBusinessDayOptions, count: number, intro: string): Deadline {
  const { from, timeZone, day } = received(receivedAt, options?.timeZone);
  const holidays = requireHolidays(options.holidays, ['holidays']);
  // The earlier reading: the day of receipt is the first business day when it is one.
  const lastDay = counted(() => addWorkingDays(addDays(day, -1), count, holidays));
  const later = counted(() => addWorkingDays(day, count, holidays));
  return endOfLastDay({ basis, from, timeZone, period: { days: count }, workingDays: true, lastDay }, [
    intro,
    `Received ${day} (${timeZone}). Business days: Monday to Friday, except ${holidays.name}.`,
    `Counting the day of receipt as business day 1 when it is one (the earlier reading; counting from the next day would give ${later}): business day ${count} is ${lastDay}.`,
  ]);
}

/**
 * The CCPA deadline to confirm receipt of a request to know, delete or correct: 10 business days
 * (11 CCR § 7021(a)), with how the business will process it. Business days are Monday to Friday
 * except California's state holidays (`holidays`); the day of receipt counts as the first when it
 * is a business day (the earlier reading; the computation gives the later one too).
 *
 * @param receivedAt - when the request was received
 * @param options - `timeZone` and `holidays` (California's: `publicHolidays('US', 'CA')`), both required
 * @returns the deadline
 * @throws {NoticeInputError} `invalid_instant`, `invalid_time_zone`, `invalid_holidays`, `no_working_day`
 * @example
 * import { NO_PUBLIC_HOLIDAYS } from '@priv/calendar';
 * import { ccpaConfirmationDeadline } from '@priv/notice';
 *
 * ccpaConfirmationDeadline('2026-01-02T12:00:00-08:00', { timeZone: 'America/Los_Angeles', holidays: NO_PUBLIC_HOLIDAYS }).lastDay; // '2026-01-15'
 */
export function ccpaConfirmationDeadline(receivedAt: Date | string, options: CcpaBusinessDayOptions): Deadline {
  return businessDayDeadline(
    'ccpa_7021_a_confirmation',
    receivedAt,
    options,
    10,
    '11 CCR § 7021(a): confirm receipt within 10 business days and say how the request will be processed.',
  );
}

/**
 * The CCPA deadline to comply with a request to opt out of sale or sharing: 15 business days
 * from receipt (11 CCR § 7026(f)), counted as {@link ccpaConfirmationDeadline} counts.
 *
 * @param receivedAt - when the request was received
 * @param options - `timeZone` and `holidays` (both required)
 * @returns the deadline
 * @throws {NoticeInputError} `invalid_instant`, `invalid_time_zone`, `invalid_holidays`, `no_working_day`
 * @example
 * import { NO_PUBLIC_HOLIDAYS } from '@priv/calendar';
 * import { ccpaOptOutDeadline } from '@priv/notice';
 *
 * ccpaOptOutDeadline('2026-01-02T12:00:00-08:00', { timeZone: 'America/Los_Angeles', holidays: NO_PUBLIC_HOLIDAYS }).lastDay; // '2026-01-22'
 */
export function ccpaOptOutDeadline(receivedAt: Date | string, options: CcpaBusinessDayOptions): Deadline {
  return businessDayDeadline(
    'ccpa_7026_f_opt_out',
    receivedAt,
    options,
    15,
    '11 CCR § 7026(f): comply with an opt-out of sale or sharing no later than 15 business days from receipt.',
  );
}

/**
 * The deadline a policy itself promises for a right (`rights[].response`), e.g. "we respond within
 * 30 days", kept as promised: counted on the manifest's calendar (or `options.timeZone`) from the
 * day after receipt, ending at the end of the last day, with no roll-over (a promise of 30 days
 * ending on a Sunday ends on the Sunday). Where the law is stricter, it still applies: use
 * {@link requestDeadlines} for the one to act on.
 *
 * @param manifest - the privacy manifest
 * @param right - the right requested (`access`, `erasure`, ...)
 * @param receivedAt - when the request was received
 * @param options - `timeZone` (default: the manifest's, which every manifest has)
 * @returns the promised deadline, and the extension when the policy gives one with a length
 * @throws {NoticeInputError} `unknown_right` when the manifest does not grant the right or promises no response time; `invalid_instant`, `invalid_time_zone`
 * @example
 * import { policyRequestDeadline } from '@priv/notice';
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
 * const codingIde = defineManifest({ ...input, rights: [{ right: 'access', description: 'A copy of your data.',
 *   channels: [{ method: 'email', address: 'support@learnpython.academy' }], response: { within: { days: 30 }, extension: { withNotice: true } } }] });
 * const { deadline, extensionAllowed } = policyRequestDeadline(codingIde, 'access', '2026-01-31T10:00:00Z');
 * deadline.lastDay; // '2026-03-02'
 * extensionAllowed; // true ("for complex requests, we may extend this period and will notify you")
 */
export function policyRequestDeadline(
  manifest: PrivacyManifest,
  right: RightKind,
  receivedAt: Date | string,
  options: { readonly timeZone?: string } = {},
): RequestDeadline {
  const index = manifest.rights.findIndex((r) => r.right === right);
  const granted = manifest.rights[index];
  if (!granted) throw new NoticeInputError('unknown_right', ['rights'], `The manifest does not grant the right "${right}"`);
  const response = granted.response;
  if (!response) throw new NoticeInputError('unknown_right', ['rights', index, 'response'], `The manifest promises no response time for the right "${right}"`);
  const { from, timeZone, day } = received(receivedAt, options.timeZone ?? manifest.timeZone);
  const make = (period: Duration, intro: string): Deadline => {
    requirePeriod(period, ['rights', index, 'response']);
    const lastDay = counted(() => lastDayOfPeriod(day, period));
    return endOfLastDay({ basis: 'policy_response_time', from, timeZone, period, lastDay }, [
      intro,
      `Received ${day} (${timeZone}); that day does not count. ${formatDuration(period)} from ${day}: the last day is ${lastDay}, kept as promised (no roll-over).`,
    ]);
  };
  const intro = `The policy promises to answer "${right}" requests within ${formatDuration(response.within)}.`;
  const deadline = make(response.within, intro);
  const by = response.extension?.by;
  const extended = by ? make(sum(response.within, by), `${intro} It may be extended by up to ${formatDuration(by)}.`) : undefined;
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

/** The law whose request deadline applies. */
export type RequestLaw = 'gdpr' | 'ccpa';

/** Options for {@link requestDeadlines}. */
export interface RequestDeadlinesOptions {
  /** Which law's deadline applies to this request (required: priv does not guess where a person is). */
  readonly law: RequestLaw;
  /** The zone whose calendar counts (default: the manifest's). */
  readonly timeZone?: string;
  /** The public holidays for the law's counting (GDPR: the member state's). Required for `gdpr`. */
  readonly holidays?: HolidayCalendar;
}

/** The legal limit, the policy's promise, and the one to act on. */
export interface RequestDeadlines {
  /** The law's limit, with its extension. */
  readonly legal: RequestDeadline;
  /** The policy's promise, when it makes one for this right. */
  readonly promised: RequestDeadline | undefined;
  /** The earlier of `legal.deadline` and `promised.deadline`: act by this. */
  readonly actOn: Deadline;
  /** With an extension: the earlier of the two extended deadlines (the law's, if the policy gives no length). */
  readonly actOnExtended: Deadline | undefined;
}

/**
 * A request's deadlines side by side: the law's (GDPR Art. 12(3) as Regulation 1182/71 counts, or
 * the CCPA's 45 days), the policy's own promise (kept as promised), and the one to act on: the
 * earlier. Each comes with how it was computed.
 *
 * @param manifest - the privacy manifest
 * @param right - the right requested
 * @param receivedAt - when the request was received
 * @param options - `law` (required), `timeZone` (default: the manifest's), `holidays` (required for GDPR)
 * @returns `{ legal, promised, actOn, actOnExtended }`
 * @throws {NoticeInputError} `invalid_holidays`, `invalid_instant`, `invalid_time_zone`, `invalid_option` for an unknown law
 * @example
 * import { NO_PUBLIC_HOLIDAYS } from '@priv/calendar';
 * import { requestDeadlines } from '@priv/notice';
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
 * const r = requestDeadlines(v1, 'erasure', '2026-06-10T08:00:00Z', { law: 'gdpr', holidays: NO_PUBLIC_HOLIDAYS });
 * r.legal.deadline.lastDay; // '2026-07-10'
 * r.actOn.basis; // 'gdpr_art_12_3' (on a tie the law is named)
 */
export function requestDeadlines(manifest: PrivacyManifest, right: RightKind, receivedAt: Date | string, options: RequestDeadlinesOptions): RequestDeadlines {
  const timeZone = options?.timeZone ?? manifest.timeZone;
  let legal: RequestDeadline;
  if (options?.law === 'gdpr') legal = gdprRequestDeadline(receivedAt, { timeZone, holidays: options.holidays as HolidayCalendar });
  else if (options?.law === 'ccpa') legal = ccpaRequestDeadline(receivedAt, { timeZone });
  else throw new NoticeInputError('invalid_option', ['law'], `Expected the law whose deadline applies, "gdpr" or "ccpa"; got ${JSON.stringify(options?.law)}`);
  const grants = manifest.rights.find((r) => r.right === right)?.response !== undefined;
  const promised = grants ? policyRequestDeadline(manifest, right, receivedAt, { timeZone }) : undefined;
  const actOn = earlierDeadline(legal.deadline, promised?.deadline);
  const actOnExtended = legal.extended ? earlierDeadline(legal.extended, promised?.extended) : undefined;
  return { legal, promised, actOn, actOnExtended };
}
