import { formatInZone, periodEnd, type Duration } from '@priv/calendar';
import { formatDuration, type PrivacyManifest } from '@priv/schema';
import { earlierDeadline, type Deadline, type DeadlineBasis } from './deadline.js';
import { counted, requireInstant, requirePeriod, requireTimeZone } from './inputs.js';

/** The GDPR Art. 33 period for notifying the supervisory authority: 72 hours. */
export const GDPR_BREACH_AUTHORITY_PERIOD: Duration = { hours: 72 };

/**
 * When a breach notice is due: `within` after awareness, with the one meaning a duration has in
 * priv: hours are exact elapsed time (72 hours is 72 hours across a DST change, so the local clock
 * time may differ); days, weeks, months and years count on the zone's calendar from the day after
 * awareness and end at the end of their last local day (as `calendarDeadline` and `retentionEnd`
 * count them). No roll-over: GDPR Art. 33's 72 hours run through weekends.
 *
 * @param awareAt - when the controller became aware (`Date` or ISO with `Z` or an offset)
 * @param options - `timeZone` (required), `within` (default 72 hours), `basis`
 * @returns the deadline, with how it was computed
 * @throws {NoticeInputError} `invalid_instant`, `invalid_time_zone`, `invalid_duration`, `date_out_of_range` (a period ending after 9999)
 * @example
 * const due = breachDeadline('2026-03-28T12:00:00+01:00', { timeZone: 'Europe/Berlin' });
 * due.expiresAtLocal; // '2026-03-31T13:00:00+02:00' (72 hours; the clocks went forward on 29 March)
 */
export function breachDeadline(
  awareAt: Date | string,
  options: { readonly timeZone: string; readonly within?: Duration; readonly basis?: DeadlineBasis },
): Deadline {
  const timeZone = requireTimeZone(options?.timeZone, ['timeZone']);
  const from = requireInstant(awareAt, ['awareAt']);
  const within = requirePeriod(options.within ?? GDPR_BREACH_AUTHORITY_PERIOD, ['within']);
  const basis = options.basis ?? 'gdpr_art_33';
  const end = counted(() => periodEnd(from, within, timeZone));
  const expiresAt = end.endsAt;
  const computation = [
    basis === 'gdpr_art_33'
      ? 'GDPR Art. 33(1): notify the supervisory authority without undue delay and, where feasible, within 72 hours of becoming aware.'
      : `The policy promises breach notice within ${formatDuration(within)}.`,
    `Aware at ${formatInZone(from, timeZone)} (${timeZone}).`,
    ...(end.lastDay ? [`Calendar units count from the day after awareness: the last day is ${end.lastDay}, ending at its end.`] : []),
    ...(within.hours ? [`${within.hours} hours are exact elapsed time, whatever the clocks do (the earlier reading of Regulation 1182/71 Art. 3(1)).`] : []),
    `Due by ${formatInZone(expiresAt, timeZone)} (${expiresAt.toISOString()}).`,
  ];
  return {
    basis,
    from,
    timeZone,
    period: within,
    ...(end.lastDay ? { lastDay: end.lastDay } : {}),
    expiresAt,
    expiresAtLocal: formatInZone(expiresAt, timeZone),
    computation,
  };
}

/** The breach deadlines of a manifest. */
export interface BreachDeadlines {
  /** To the supervisory authority: the earlier of GDPR Art. 33's 72 hours and the policy's promise. */
  readonly authority: Deadline;
  /** To the people affected, when the policy promises a period (001, 002: 72 hours). */
  readonly users: Deadline | undefined;
}

/**
 * Both breach deadlines for a manifest: the authority (the earlier of GDPR's 72 hours and the
 * policy's `breach.notifyAuthorityWithin`, for this awareness instant) and the users
 * (`breach.notifyUsersWithin`).
 *
 * @param manifest - the privacy manifest
 * @param awareAt - when the controller became aware
 * @param options - `timeZone` (default: the manifest's)
 * @returns `{ authority, users }`
 * @throws {NoticeInputError} as {@link breachDeadline}
 * @example
 * import { breachDeadlines } from '@priv/notice';
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
 * const { authority, users } = breachDeadlines(v1, '2026-10-24T09:00:00Z');
 * authority.expiresAt.toISOString(); // '2026-10-27T09:00:00.000Z': GDPR Art. 33(1), 72 hours
 * users?.expiresAt.toISOString(); // '2026-10-27T09:00:00.000Z'
 */
export function breachDeadlines(manifest: PrivacyManifest, awareAt: Date | string, options: { readonly timeZone?: string } = {}): BreachDeadlines {
  const timeZone = options.timeZone ?? manifest.timeZone;
  const promised = manifest.breach?.notifyAuthorityWithin;
  const law = breachDeadline(awareAt, { timeZone });
  const authority = earlierDeadline(
    law,
    promised === undefined ? undefined : breachDeadline(awareAt, { timeZone, within: promised, basis: 'policy_breach_notice' }),
  );
  const usersWithin = manifest.breach?.notifyUsersWithin;
  const users = usersWithin ? breachDeadline(awareAt, { timeZone, within: usersWithin, basis: 'policy_breach_notice' }) : undefined;
  return { authority, users };
}
