import { addDays, lastDayOfPeriod, localDate, startOfDay, toDayNumber, type CivilDate, type Duration } from '@priv/calendar';
import { formatDuration } from '@priv/schema';
import { NoticeInputError } from './errors.js';
import { counted, requireDate, requirePeriod, requireTimeZone } from './inputs.js';

/**
 * The instant a notice period ends when the notice is published on `published` (a local date),
 * with the one meaning of a duration (`lastDayOfPeriod` of `@priv/calendar`): counted from the day
 * after the publication day, ending at the end of the last day; when the publication day counts,
 * the period runs from the publication day itself and ends one day earlier. Hours are exact
 * elapsed time, added after.
 */
function noticeEnd(published: CivilDate, notice: Duration, publicationDayCounts: boolean, timeZone: string): number {
  const lastDay = addDays(lastDayOfPeriod(published, notice), publicationDayCounts ? -1 : 0);
  return startOfDay(addDays(lastDay, 1), timeZone).getTime() + (notice.hours ?? 0) * 3_600_000;
}

/**
 * The first day that counts as notice: the publication day when it counts, else the day after.
 *
 * @param published - the local publication date
 * @param publicationDayCounts - whether the publication day counts as a day of notice
 * @returns the first day of notice
 * @throws {NoticeInputError} `invalid_date`, `date_out_of_range`
 * @example
 * import { firstNoticeDay } from './notice-window.js';
 *
 * firstNoticeDay('2026-05-12', false); // '2026-05-13'
 */
export function firstNoticeDay(published: CivilDate, publicationDayCounts: boolean): CivilDate {
  return counted(() => (publicationDayCounts ? requireDate(published, ['published']) : addDays(published, 1)));
}

function check(
  date: CivilDate,
  notice: Duration | undefined,
  timeZone: string,
  path: string,
): { date: CivilDate; notice: Duration | undefined; timeZone: string } {
  return {
    date: requireDate(date, [path]),
    notice: notice === undefined ? undefined : requirePeriod(notice, ['notice']),
    timeZone: requireTimeZone(timeZone, ['timeZone']),
  };
}

/**
 * The earliest effective date that leaves `notice` of notice when the change is published on
 * `published`: the first local day that begins at or after the end of the notice period. Without
 * an advance notice period, the publication day itself.
 *
 * @param published - the local publication date
 * @param notice - the promised advance notice, or `undefined` for none
 * @param publicationDayCounts - whether the publication day counts as a day of notice
 * @param timeZone - the zone whose calendar counts (required)
 * @returns the earliest effective date
 * @throws {NoticeInputError} `invalid_date`, `invalid_duration` (`{ days: -14 }`, `{ days: NaN }`), `invalid_time_zone`, `date_out_of_range`
 * @example
 * earliestEffectiveDate('2026-05-12', { days: 14 }, false, 'UTC'); // '2026-05-27'
 * earliestEffectiveDate('2026-05-12', { days: 14 }, true, 'UTC'); // '2026-05-26'
 * earliestEffectiveDate('2026-01-30', { months: 1 }, false, 'UTC'); // '2026-03-01'
 */
export function earliestEffectiveDate(published: CivilDate, notice: Duration | undefined, publicationDayCounts: boolean, timeZone: string): CivilDate {
  const input = check(published, notice, timeZone, 'published');
  if (input.notice === undefined) return input.date;
  const n = input.notice;
  return counted(() => {
    const end = noticeEnd(input.date, n, publicationDayCounts, input.timeZone);
    const day = localDate(new Date(end), input.timeZone);
    return startOfDay(day, input.timeZone).getTime() >= end ? day : addDays(day, 1);
  });
}

/**
 * The last local date on which a notice can be published (sent, posted) and still give `notice`
 * before `effective`. Without an advance notice period, the effective date itself. A bisection over
 * at most 64 steps (the period is at most 10,000 years): it always returns, never a date after
 * `effective`.
 *
 * @param effective - the local effective date
 * @param notice - the promised advance notice, or `undefined` for none
 * @param publicationDayCounts - whether the publication day counts as a day of notice
 * @param timeZone - the zone whose calendar counts (required)
 * @returns the last publication date that keeps the promise
 * @throws {NoticeInputError} `invalid_date`, `invalid_duration` (`{ days: -14 }`, `{ days: NaN }`), `invalid_time_zone`, `date_out_of_range` (no such date after 0001-01-01)
 * @example
 * lastPublicationDate('2026-05-27', { days: 14 }, false, 'UTC'); // '2026-05-12'
 * lastPublicationDate('2026-03-31', { months: 1 }, true, 'UTC'); // '2026-02-28'
 */
export function lastPublicationDate(effective: CivilDate, notice: Duration | undefined, publicationDayCounts: boolean, timeZone: string): CivilDate {
  const input = check(effective, notice, timeZone, 'effective');
  if (input.notice === undefined) return input.date;
  const n = input.notice;
  return counted(() => {
    const effectiveAt = startOfDay(input.date, input.timeZone).getTime();
    const fits = (day: number) => noticeEnd(addDays('1970-01-01', day), n, publicationDayCounts, input.timeZone) <= effectiveAt;
    const last = toDayNumber(input.date);
    // The notice cannot be longer than (years*12 + months)*31 + weeks*7 + days + hours/24 + 2 days.
    const span = ((n.years ?? 0) * 12 + (n.months ?? 0)) * 31 + (n.weeks ?? 0) * 7 + (n.days ?? 0) + Math.ceil((n.hours ?? 0) / 24) + 2;
    let lo = Math.max(last - span, toDayNumber('0001-01-02'));
    let hi = last;
    if (!fits(lo))
      throw new NoticeInputError(
        'date_out_of_range',
        ['notice'],
        `No publication date from 0001-01-02 gives ${formatDuration(n)} of notice before ${input.date}`,
      );
    if (fits(hi)) return input.date;
    for (let i = 0; i < 64 && hi - lo > 1; i++) {
      const mid = Math.floor((lo + hi) / 2);
      if (fits(mid)) lo = mid;
      else hi = mid;
    }
    return addDays('1970-01-01', lo);
  });
}

/**
 * A notice period in words.
 *
 * @param notice - the promised advance notice, or `undefined`
 * @returns the period in words
 * @example
 * describeNotice({ days: 14 }); // '14 days'
 * describeNotice(undefined); // 'no advance notice'
 */
export function describeNotice(notice: Duration | undefined): string {
  return notice === undefined ? 'no advance notice' : formatDuration(notice);
}
