import { TZDate } from '@date-fns/tz';
import { DurationSchema, formatDuration, type Duration, type PrivacyManifest } from '@priv/schema';
import { addDays, addMonths, addWeeks, addYears } from 'date-fns';
import { formatInZone, requireInstant, requireTimeZone } from './calendar.js';
import { NoticeInputError } from './errors.js';
import type { Deadline, DeadlineBasis } from './deadline.js';
import { compareDurations } from './duration-order.js';

/** The GDPR Art. 33 period for notifying the supervisory authority: 72 hours. */
export const GDPR_BREACH_AUTHORITY_PERIOD: Duration = { hours: 72 };

/**
 * When a breach notice is due: `within` after awareness. Hours are exact elapsed time (72 hours is
 * 72 hours even across a DST change, so the local clock time may differ); days, weeks, months and
 * years keep the local clock time on the zone's calendar.
 *
 * @example
 * const due = breachDeadline('2026-03-28T12:00:00+01:00', { timeZone: 'Europe/Berlin' });
 * due.expiresAtLocal; // '2026-03-31T13:00:00+02:00' (72 hours; the clocks went forward on 29 March)
 */
export function breachDeadline(awareAt: Date | string, options: { readonly timeZone: string; readonly within?: Duration; readonly basis?: DeadlineBasis }): Deadline {
  const timeZone = requireTimeZone(options?.timeZone, ['timeZone']);
  const from = requireInstant(awareAt, ['awareAt']);
  const parsed = DurationSchema.safeParse(options.within ?? GDPR_BREACH_AUTHORITY_PERIOD);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new NoticeInputError('invalid_duration', ['within', ...(issue?.path ?? [])], issue?.message ?? 'Not a duration');
  }
  const within = parsed.data;
  const basis = options.basis ?? 'gdpr_art_33';
  let local = new TZDate(from.getTime(), timeZone);
  local = addYears(local, within.years ?? 0);
  local = addMonths(local, within.months ?? 0);
  local = addWeeks(local, within.weeks ?? 0);
  local = addDays(local, within.days ?? 0);
  const expiresAt = new Date(local.getTime() + (within.hours ?? 0) * 3_600_000);
  const computation = [
    basis === 'gdpr_art_33' ? 'GDPR Art. 33(1): notify the supervisory authority within 72 hours of becoming aware.' : `The policy promises breach notice within ${formatDuration(within)}.`,
    `Aware at ${formatInZone(from, timeZone)} (${timeZone}).`,
    within.hours ? `${within.hours} hours are exact elapsed time, whatever the clocks do.` : 'Calendar units keep the local clock time.',
    `Due by ${formatInZone(expiresAt, timeZone)} (${expiresAt.toISOString()}).`,
  ];
  return { basis, from, timeZone, period: within, expiresAt, expiresAtLocal: formatInZone(expiresAt, timeZone), computation };
}

/** The breach deadlines of a manifest. */
export interface BreachDeadlines {
  /** To the supervisory authority: 72 hours (GDPR Art. 33), or the policy's promise when stricter. */
  readonly authority: Deadline;
  /** To the people affected, when the policy promises a period (001, 002: 72 hours). */
  readonly users: Deadline | undefined;
}

/**
 * Both breach deadlines for a manifest: the authority (the stricter of GDPR's 72 hours and the
 * policy's `breach.notifyAuthorityWithin`) and the users (`breach.notifyUsersWithin`).
 *
 * @example
 * const { authority, users } = breachDeadlines(codeRunner, '2026-10-24T09:00:00Z');
 * users?.expiresAt.toISOString(); // '2026-10-27T09:00:00.000Z'
 */
export function breachDeadlines(manifest: PrivacyManifest, awareAt: Date | string, options: { readonly timeZone?: string } = {}): BreachDeadlines {
  const timeZone = options.timeZone ?? manifest.timeZone;
  const promised = manifest.breach?.notifyAuthorityWithin;
  const stricter = promised !== undefined && compareDurations(promised, GDPR_BREACH_AUTHORITY_PERIOD) < 0;
  const authority = stricter
    ? breachDeadline(awareAt, { timeZone, within: promised, basis: 'policy_breach_notice' })
    : breachDeadline(awareAt, { timeZone });
  const usersWithin = manifest.breach?.notifyUsersWithin;
  const users = usersWithin ? breachDeadline(awareAt, { timeZone, within: usersWithin, basis: 'policy_breach_notice' }) : undefined;
  return { authority, users };
}
