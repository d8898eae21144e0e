/** Milliseconds in a 24-hour day. */
const DAY_MS = 86_400_000;
/**
 * The furthest back an end can reach: durations are at most 10,000 of each unit (schema), so an end
 * is at most 10,000 years + 10,000 months + 10,000 weeks + 10,000 days + 10,000 hours after its
 * anchor, under 11,100 years.
 */
const MAX_SPAN_MS = 11_200 * 366 * DAY_MS;
/** 0001-01-01T00:00:00Z: earlier cutoffs are clamped here (PostgreSQL cannot read JavaScript's expanded years). */
export const MIN_CUTOFF_MS = -62_135_596_800_000;

/**
 * The first anchor instant (epoch ms) whose end is after `nowMs`, for a monotone end function
 * (`CompiledRule.end` and `graceEnd` of `@priv/retention` are: a later anchor never ends earlier).
 * Then "the end of the rule for an anchor at t is not after now" is exactly "t < cutoff", for any
 * rule kind, zone, month end or DST day, because the set of such t is an interval that starts at
 * the beginning of time. Found by binary search on whole milliseconds (at most 60 calls of `end`).
 *
 * @param end - A monotone (non-decreasing) end function, ms -> ms.
 * @param nowMs - The instant the purge is judged at.
 * @returns The cutoff in epoch ms, clamped to {@link MIN_CUTOFF_MS} (no anchor before year 1 is due).
 * @example
 * import { compileRule } from '@priv/retention';
 * import { cutoffFor } from './cutoff.js';
 *
 * const logs = compileRule({ key: 'logs', description: 'Logs 30 days.', anchor: 'record_created', period: { days: 30 }, bound: 'maximum', action: 'delete', timeZone: 'UTC' });
 * new Date(cutoffFor(logs.end, Date.parse('2026-02-10T00:00:00Z'))).toISOString(); // '2026-01-11T00:00:00.000Z'
 */
export function cutoffFor(end: (anchorMs: number) => number, nowMs: number): number {
  // end(t) >= t, so every anchor after now ends after now: the cutoff is at most now + 1.
  let hi = nowMs + 1;
  let lo = Math.max(nowMs - MAX_SPAN_MS, -8.64e15);
  if (isAfter(end(lo), nowMs)) return Math.max(lo, MIN_CUTOFF_MS);
  // Invariant: end(lo) <= now, end(hi) > now.
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (isAfter(end(mid), nowMs)) hi = mid;
    else lo = mid;
  }
  return Math.max(hi, MIN_CUTOFF_MS);
}

function isAfter(endMs: number, nowMs: number): boolean {
  return endMs > nowMs;
}
