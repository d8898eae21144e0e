import { formatDuration, type Duration } from '@priv/schema';
import { addCalendar, addDays, localDate, startOfLocalDay, type CalendarDate } from './calendar.js';
import { approximateDays } from './duration-order.js';

const HOUR = 3_600_000;

/**
 * The instant a notice period ends when the notice is published on `published` (a local date).
 * Counted the way EU Regulation 1182/71 counts periods: from the publication day, months landing on
 * the same date (or the month's last day), and, unless the publication day counts, one more day
 * because the period only starts the next day. Hours are exact elapsed time.
 */
function noticeEnd(published: CalendarDate, notice: Duration, publicationDayCounts: boolean, timeZone: string): Date {
  const calendarEnd = addDays(addCalendar(published, notice), publicationDayCounts ? 0 : 1);
  return new Date(startOfLocalDay(calendarEnd, timeZone).getTime() + (notice.hours ?? 0) * HOUR);
}

/**
 * The first day that counts as notice: the publication day when it counts, else the day after.
 *
 * @example
 * firstNoticeDay('2026-05-12', false); // '2026-05-13'
 */
export function firstNoticeDay(published: CalendarDate, publicationDayCounts: boolean): CalendarDate {
  return publicationDayCounts ? published : addDays(published, 1);
}

/**
 * The earliest effective date that leaves `notice` of notice when the change is published on
 * `published`: the first local day that begins at or after the end of the notice period. Without
 * an advance notice period, the publication day itself.
 *
 * @example
 * earliestEffectiveDate('2026-05-12', { days: 14 }, false, 'UTC'); // '2026-05-27'
 * earliestEffectiveDate('2026-05-12', { days: 14 }, true, 'UTC'); // '2026-05-26'
 * earliestEffectiveDate('2026-01-30', { months: 1 }, false, 'UTC'); // '2026-03-01'
 */
export function earliestEffectiveDate(published: CalendarDate, notice: Duration | undefined, publicationDayCounts: boolean, timeZone: string): CalendarDate {
  if (notice === undefined) return published;
  const end = noticeEnd(published, notice, publicationDayCounts, timeZone);
  const day = localDate(end, timeZone);
  return startOfLocalDay(day, timeZone).getTime() >= end.getTime() ? day : addDays(day, 1);
}

/**
 * The last local date on which a notice can be published (sent, posted) and still give `notice`
 * before `effective`. Without an advance notice period, the effective date itself.
 *
 * @example
 * lastPublicationDate('2026-05-27', { days: 14 }, false, 'UTC'); // '2026-05-12'
 * lastPublicationDate('2026-03-31', { months: 1 }, true, 'UTC'); // '2026-02-28'
 */
export function lastPublicationDate(effective: CalendarDate, notice: Duration | undefined, publicationDayCounts: boolean, timeZone: string): CalendarDate {
  if (notice === undefined) return effective;
  const effectiveAt = startOfLocalDay(effective, timeZone).getTime();
  const fits = (published: CalendarDate) => noticeEnd(published, notice, publicationDayCounts, timeZone).getTime() <= effectiveAt;
  let published = addDays(effective, -Math.ceil(approximateDays(notice)) - 3);
  while (!fits(published)) published = addDays(published, -1);
  while (fits(addDays(published, 1))) published = addDays(published, 1);
  return published;
}

/**
 * A notice period in words.
 *
 * @example
 * describeNotice({ days: 14 }); // '14 days'
 * describeNotice(undefined); // 'no advance notice'
 */
export function describeNotice(notice: Duration | undefined): string {
  return notice === undefined ? 'no advance notice' : formatDuration(notice);
}
