import type { Duration } from '@priv/schema';

/** Average lengths used only to order durations: a month is 30.436875 days, a year 365.2425. */
const DAYS = { years: 365.2425, months: 30.436875, weeks: 7, days: 1, hours: 1 / 24 } as const;

/**
 * A duration's length in days, averaged for months and years, for ordering only (`'indefinite'` and
 * `undefined` are handled by the caller). Never used to compute a date.
 *
 * @example
 * approximateDays({ weeks: 2 }); // 14
 * approximateDays({ hours: 36 }); // 1.5
 */
export function approximateDays(duration: Duration): number {
  return (Object.keys(DAYS) as (keyof typeof DAYS)[]).reduce((sum, unit) => sum + (duration[unit] ?? 0) * DAYS[unit], 0);
}

/**
 * Orders two durations: negative when `a` is shorter, positive when longer, 0 when the same length.
 * `'indefinite'` is longer than any duration; `undefined` (no period promised) counts as zero.
 *
 * @example
 * compareDurations({ days: 30 }, { months: 1 }); // < 0
 * compareDurations('indefinite', { years: 100 }); // > 0
 */
export function compareDurations(a: Duration | 'indefinite' | undefined, b: Duration | 'indefinite' | undefined): number {
  const days = (d: Duration | 'indefinite' | undefined) => (d === undefined ? 0 : d === 'indefinite' ? Number.POSITIVE_INFINITY : approximateDays(d));
  const x = days(a);
  const y = days(b);
  if (x === y) return 0;
  return x < y ? -1 : 1;
}
