/**
 * Independent oracle: `temporal-polyfill` (a Temporal implementation, different code and a
 * different algorithm from ours) against `@priv/calendar`, over every IANA zone this runtime knows,
 * with days near each zone's offset changes (DST, repeated and skipped midnights, LMT), month ends
 * and 29 February. 10,000 runs per property in CI; `pnpm --filter @priv/calendar oracle:million`
 * runs a million each (FC_NUM_RUNS=1000000).
 */
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { addMonths, dayOfWeek, type Duration, localDate, periodEnd, startOfDay } from '../src/index.js';

// 10,000 runs each; FC_NUM_RUNS may raise it (the million script), never below 10,000 in CI.
const RUNS = process.env.CI ? Math.max(10_000, Number(process.env.FC_NUM_RUNS ?? 0)) : Number(process.env.FC_NUM_RUNS ?? 10_000);
const ZONES = Intl.supportedValuesOf('timeZone');
const MIN_MS = Date.parse('1850-01-01T00:00:00Z');
const MAX_MS = Date.parse('2060-01-01T00:00:00Z');

const zone = fc.constantFrom(
  ...ZONES,
  'UTC',
  'Asia/Amman',
  'Asia/Gaza',
  'Asia/Jerusalem',
  'Asia/Kathmandu',
  'Europe/Dublin',
  'Africa/Monrovia',
  'Pacific/Apia',
  'America/Havana',
);

/** An instant anywhere in 1850-2060, or just around the zone's next offset change after it. */
function instantIn(timeZone: string) {
  return fc
    .tuple(fc.integer({ min: MIN_MS, max: MAX_MS }), fc.boolean(), fc.integer({ min: -2 * 86_400_000, max: 2 * 86_400_000 }))
    .map(([ms, nearChange, shift]) => {
      if (!nearChange) return ms;
      const next = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).getTimeZoneTransition('next');
      return next ? Math.min(MAX_MS, next.epochMilliseconds + shift) : ms;
    });
}

const zonedInstant = zone.chain((timeZone) => instantIn(timeZone).map((ms) => ({ timeZone, ms })));

const duration: fc.Arbitrary<Duration> = fc
  .record(
    {
      years: fc.integer({ min: 0, max: 30 }),
      months: fc.integer({ min: 0, max: 40 }),
      weeks: fc.integer({ min: 0, max: 60 }),
      days: fc.integer({ min: 0, max: 400 }),
      hours: fc.integer({ min: 0, max: 200 }),
    },
    { requiredKeys: [] },
  )
  .filter((d) => Object.keys(d).length > 0);

const oracleDate = (ms: number, timeZone: string) => Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).toPlainDate();

describe('oracle: temporal-polyfill', () => {
  it('localDate: the calendar date of an instant in every IANA zone', () => {
    fc.assert(
      fc.property(zonedInstant, ({ timeZone, ms }) => {
        expect(localDate(new Date(ms), timeZone)).toBe(oracleDate(ms, timeZone).toString());
      }),
      { numRuns: RUNS },
    );
  });

  it("startOfDay: a day's first instant in every IANA zone (repeated midnights: the first; skipped: the first moment)", () => {
    fc.assert(
      fc.property(zonedInstant, ({ timeZone, ms }) => {
        const day = oracleDate(ms, timeZone);
        const expected = day.toZonedDateTime({ timeZone }).epochMilliseconds; // Temporal's start of day
        expect(startOfDay(day.toString(), timeZone).getTime()).toBe(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('periodEnd: calendar units end at the end of the last local day, hours are elapsed', () => {
    fc.assert(
      fc.property(zonedInstant, duration, ({ timeZone, ms }, d) => {
        const from = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone);
        const calendar = { years: d.years ?? 0, months: d.months ?? 0, weeks: d.weeks ?? 0, days: d.days ?? 0 };
        const hasCalendar = calendar.years + calendar.months + calendar.weeks + calendar.days > 0;
        const lastDay = from.toPlainDate().add(calendar);
        const base = hasCalendar ? lastDay.add({ days: 1 }).toZonedDateTime({ timeZone }) : from;
        const expected = base.add({ hours: d.hours ?? 0 }).epochMilliseconds;
        const end = periodEnd(new Date(ms), d, timeZone);
        expect(end.endsAt.getTime()).toBe(expected);
        if (hasCalendar) expect(end.lastDay).toBe(lastDay.toString());
      }),
      { numRuns: RUNS },
    );
  });

  it('addMonths and dayOfWeek: month ends and 29 February, years 1-9999', () => {
    const date = fc
      .record({ year: fc.integer({ min: 1, max: 9000 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
      .map(({ year, month, day }) => Temporal.PlainDate.from({ year, month, day }, { overflow: 'constrain' }));
    fc.assert(
      fc.property(date, fc.integer({ min: -1200, max: 11_000 }), (d, months) => {
        fc.pre(d.year * 12 + d.month + months > 12 && d.year * 12 + d.month + months < 9999 * 12);
        expect(addMonths(d.toString(), months)).toBe(d.add({ months }).toString());
        expect(dayOfWeek(d.toString())).toBe(d.dayOfWeek % 7);
      }),
      { numRuns: RUNS },
    );
  });
});
