import { endOfDay, formatInZone, type CivilDate, type Duration } from '@priv/calendar';
import { counted } from './inputs.js';

/** What a deadline is based on. */
export type DeadlineBasis =
  | 'gdpr_art_12_3'
  | 'ccpa_1798_130'
  | 'ccpa_7021_a_confirmation'
  | 'ccpa_7026_f_opt_out'
  | 'policy_response_time'
  | 'gdpr_art_33'
  | 'policy_breach_notice';

/** A deadline: the instant it expires and how it was computed. */
export interface Deadline {
  readonly basis: DeadlineBasis;
  /** The event the period runs from (request received, breach discovered). */
  readonly from: Date;
  readonly timeZone: string;
  /** The period, as promised or as the law sets it (working days: `{ days: n }` with `workingDays: true`). */
  readonly period: Duration;
  /** Whether `period` counts working (business) days only. */
  readonly workingDays?: boolean;
  /** The last local day to act on, for calendar periods; absent for periods in hours. */
  readonly lastDay?: CivilDate;
  /** The last day before any roll-over, when a roll-over moved it. */
  readonly unrolledLastDay?: CivilDate;
  /** The period expires at this instant: act before it. */
  readonly expiresAt: Date;
  /** `expiresAt` as local time in the zone, with its offset. */
  readonly expiresAtLocal: string;
  /** How it was computed, one step a line. */
  readonly computation: readonly string[];
}

/** @internal A deadline that expires at the end of `lastDay` in the zone. */
export function endOfLastDay(
  fields: { basis: DeadlineBasis; from: Date; timeZone: string; period: Duration; lastDay: CivilDate; unrolledLastDay?: CivilDate; workingDays?: boolean },
  computation: string[],
): Deadline {
  const expiresAt = counted(() => endOfDay(fields.lastDay, fields.timeZone));
  const expiresAtLocal = formatInZone(expiresAt, fields.timeZone);
  computation.push(`The period expires at the end of ${fields.lastDay}: ${expiresAtLocal}.`);
  const { unrolledLastDay, workingDays, ...rest } = fields;
  return {
    ...rest,
    ...(workingDays ? { workingDays } : {}),
    ...(unrolledLastDay && unrolledLastDay !== fields.lastDay ? { unrolledLastDay } : {}),
    expiresAt,
    expiresAtLocal,
    computation,
  };
}

/**
 * The earlier of two deadlines: the one to act on. A tie goes to `a`.
 *
 * @param a - a deadline (the legal limit, say)
 * @param b - another (the policy's promise), or `undefined`
 * @returns the one that expires first
 * @example
 * import { NO_PUBLIC_HOLIDAYS } from '@priv/calendar';
 * import { earlierDeadline, gdprRequestDeadline, policyRequestDeadline } from '@priv/notice';
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
 * const legal = gdprRequestDeadline('2026-07-31T10:00:00Z', { timeZone: 'UTC', holidays: NO_PUBLIC_HOLIDAYS }); // 31 August
 * const promised = policyRequestDeadline(v1, 'erasure', '2026-07-31T10:00:00Z'); // 30 days: 30 August
 * earlierDeadline(legal.deadline, promised?.deadline).basis; // 'policy_response_time': the promise is stricter
 */
export function earlierDeadline(a: Deadline, b: Deadline | undefined): Deadline {
  return b !== undefined && b.expiresAt.getTime() < a.expiresAt.getTime() ? b : a;
}
