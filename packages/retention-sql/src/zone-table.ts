import { zoneClock } from '@priv/calendar';

const DAY_MS = 86_400_000;
/** How far apart the offsets are sampled before a change is narrowed down to the second. */
const SAMPLE_MS = 7 * DAY_MS;
/** Days this close to a transition take their start from `@priv/calendar` itself. */
const NEAR_DAYS = 3;
const MAX_CACHED_YEARS = 20_000;

/**
 * A zone's offsets around `now`, computed in JavaScript so the SQL reads them instead of calling
 * the database's time zone functions on every row (DuckDB's ICU conversions cost about a
 * microsecond each; a comparison costs nanoseconds).
 *
 * - Instants in `[fromMs, toMs)`: the offset is `offsets[i]` from `breaks[i - 1]` (inclusive) to
 *   `breaks[i]`; the local day is `floor((t + offset) / day)`, as `@priv/calendar` reads it.
 * - Local days (day numbers) in `[fromDay, toDay)`: the day starts at `day * 86,400,000 -
 *   dayOffsets[i]`, from `dayBreaks[i - 1]` to `dayBreaks[i]`; for days near a transition the start
 *   is `@priv/calendar`'s `startOfLocalDay` (the first of two midnights, the first instant after a
 *   skipped one).
 */
export interface ZoneTable {
  readonly timeZone: string;
  readonly fromMs: number;
  readonly toMs: number;
  readonly breaks: readonly number[];
  readonly offsets: readonly number[];
  readonly fromDay: number;
  readonly toDay: number;
  readonly dayBreaks: readonly number[];
  readonly dayOffsets: readonly number[];
}

interface Transition {
  /** The first instant (ms, whole second) of the new offset. */
  readonly at: number;
  readonly offset: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const years = new Map<string, { readonly start: number; readonly transitions: readonly Transition[] }>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    if (formatters.size >= 1_000) formatters.clear();
    formatters.set(timeZone, format);
  }
  return format;
}

/** The zone's offset at an instant (ms, east positive), to the second, from the runtime's `Intl` data. */
function offsetAt(timeZone: string, ms: number): number {
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(ms)) parts[part.type] = part.value;
  let year = Number(parts.year);
  if ((parts.era ?? 'A').startsWith('B')) year = 1 - year;
  const date = new Date(Date.UTC(2000, 0, 1, Number(parts.hour), Number(parts.minute), Number(parts.second)));
  // Date.UTC maps two-digit years to 19xx: set year, month and day together.
  date.setUTCFullYear(year, Number(parts.month) - 1, Number(parts.day));
  return date.getTime() - Math.floor(ms / 1000) * 1000;
}

/** Every change of offset in (lo, hi], given the offsets at both ends, by bisection on whole seconds. */
function changes(timeZone: string, lo: number, loOffset: number, hi: number, hiOffset: number, out: Transition[]): void {
  let a = lo;
  let aOffset = loOffset;
  for (let guard = 0; aOffset !== hiOffset && guard < 16; guard++) {
    // Invariant: offset(a) = aOffset, offset(b) != aOffset.
    let sa = Math.floor(a / 1000);
    let sb = Math.ceil(hi / 1000);
    while (sb - sa > 1) {
      const mid = Math.floor((sa + sb) / 2);
      if (offsetAt(timeZone, mid * 1000) === aOffset) sa = mid;
      else sb = mid;
    }
    const at = sb * 1000;
    const offset = offsetAt(timeZone, at);
    out.push({ at, offset });
    a = at;
    aOffset = offset;
  }
}

/** The offset at the start of a UTC year and its changes during the year (cached per zone and year). */
function yearOf(timeZone: string, year: number): { readonly start: number; readonly transitions: readonly Transition[] } {
  const key = `${timeZone}|${year}`;
  const known = years.get(key);
  if (known) return known;
  const begin = new Date(0);
  begin.setUTCFullYear(year, 0, 1);
  const end = new Date(0);
  end.setUTCFullYear(year + 1, 0, 1);
  const start = offsetAt(timeZone, begin.getTime());
  const transitions: Transition[] = [];
  let at = begin.getTime();
  let offset = start;
  while (at < end.getTime()) {
    const next = Math.min(at + SAMPLE_MS, end.getTime());
    const nextOffset = offsetAt(timeZone, next);
    if (nextOffset !== offset) changes(timeZone, at, offset, next, nextOffset, transitions);
    at = next;
    offset = nextOffset;
  }
  // A change exactly at the end of the year belongs to the next year.
  const result = { start, transitions: transitions.filter((t) => t.at < end.getTime()) };
  if (years.size >= MAX_CACHED_YEARS) years.clear();
  years.set(key, result);
  return result;
}

/**
 * The offsets of a zone for the UTC years `now - span` to `now + span`, and the starts of its local
 * days in that range (see {@link ZoneTable}).
 *
 * @param timeZone - An IANA zone name (already validated by the policy).
 * @param nowMs - The instant the purge is judged at.
 * @param span - Years each side of `now` (whole, 1 to 200).
 * @returns The table.
 * @example
 * import { zoneTable } from './zone-table.js';
 *
 * const t = zoneTable('Asia/Amman', Date.parse('2021-11-01T00:00:00Z'), 1);
 * const day = 18929; // 2021-10-29, a day that starts twice
 * new Date(day * 86_400_000 - t.dayOffsets[t.dayBreaks.findIndex((b) => b > day)]!).toISOString(); // '2021-10-28T21:00:00.000Z'
 */
export function zoneTable(timeZone: string, nowMs: number, span: number): ZoneTable {
  const year = new Date(nowMs).getUTCFullYear();
  const first = year - span;
  const last = year + span;
  const fromDate = new Date(0);
  fromDate.setUTCFullYear(first, 0, 1);
  const toDate = new Date(0);
  toDate.setUTCFullYear(last + 1, 0, 1);
  const fromMs = fromDate.getTime();
  const toMs = toDate.getTime();
  const breaks: number[] = [];
  const offsets: number[] = [yearOf(timeZone, first).start];
  for (let y = first; y <= last; y++) {
    const { start, transitions } = yearOf(timeZone, y);
    if (y > first && start !== offsets[offsets.length - 1]) {
      // A change exactly at 1 January 00:00:00Z (left out of the year before).
      const begin = new Date(0);
      begin.setUTCFullYear(y, 0, 1);
      breaks.push(begin.getTime());
      offsets.push(start);
    }
    for (const t of transitions) {
      if (t.offset === offsets[offsets.length - 1]) continue;
      breaks.push(t.at);
      offsets.push(t.offset);
    }
  }
  const offsetOf = (ms: number): number => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((breaks[mid] as number) <= ms) lo = mid + 1;
      else hi = mid;
    }
    return offsets[lo] as number;
  };
  // Days whose midnights are well inside the instant range.
  const fromDay = Math.floor(fromMs / DAY_MS) + NEAR_DAYS;
  const toDay = Math.floor(toMs / DAY_MS) - NEAR_DAYS;
  const near = new Set<number>();
  for (const at of breaks) {
    const day = Math.floor(at / DAY_MS);
    for (let d = day - NEAR_DAYS; d <= day + NEAR_DAYS; d++) near.add(d);
  }
  const clock = zoneClock(timeZone);
  const dayBreaks: number[] = [];
  const dayOffsets: number[] = [];
  for (let day = fromDay; day < toDay; day++) {
    const offset = near.has(day) ? day * DAY_MS - clock.startOfLocalDay(day) : offsetOf(day * DAY_MS);
    if (dayOffsets.length === 0) dayOffsets.push(offset);
    else if (offset !== dayOffsets[dayOffsets.length - 1]) {
      dayBreaks.push(day);
      dayOffsets.push(offset);
    }
  }
  return { timeZone, fromMs, toMs, breaks, offsets, fromDay, toDay, dayBreaks, dayOffsets };
}
