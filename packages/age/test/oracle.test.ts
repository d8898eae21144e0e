/**
 * Independent oracle: age on a date against `temporal-polyfill` (its own zone and calendar code),
 * over every IANA zone of the runtime, with instants next to a zone's offset changes, births on
 * month ends and 29 February under both rules. 10,000 runs in CI (FC_NUM_RUNS raises it).
 */
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { ageOn, type LeapDayRule } from '../src/index.js';

const RUNS = process.env.CI ? Math.max(10_000, Number(process.env.FC_NUM_RUNS ?? 0)) : Number(process.env.FC_NUM_RUNS ?? 10_000);
const ZONES = Intl.supportedValuesOf('timeZone');

const birth = fc.oneof(
  fc
    .record({ year: fc.integer({ min: 1900, max: 2020 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .map((d) => Temporal.PlainDate.from(d, { overflow: 'constrain' })),
  fc.integer({ min: 475, max: 505 }).map((q) => Temporal.PlainDate.from({ year: q * 4, month: 2, day: 29 })),
);
const evaluation = fc.constantFrom(...ZONES).chain((timeZone) =>
  fc
    .tuple(
      fc.integer({ min: Date.parse('2021-01-01T00:00:00Z'), max: Date.parse('2045-01-01T00:00:00Z') }),
      fc.boolean(),
      fc.integer({ min: -86_400_000, max: 86_400_000 }),
    )
    .map(([ms, near, shift]) => {
      const next = near ? Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).getTimeZoneTransition('next') : null;
      return { timeZone, ms: next ? next.epochMilliseconds + shift : ms };
    }),
);

function oracleAge(born: Temporal.PlainDate, today: Temporal.PlainDate, leapDay: LeapDayRule): number {
  const leapBirth = born.month === 2 && born.day === 29 && !today.inLeapYear;
  const birthday = leapBirth
    ? leapDay === 'february_28'
      ? Temporal.PlainDate.from({ year: today.year, month: 2, day: 28 })
      : Temporal.PlainDate.from({ year: today.year, month: 3, day: 1 })
    : Temporal.PlainDate.from({ year: today.year, month: born.month, day: born.day });
  return today.year - born.year - (Temporal.PlainDate.compare(today, birthday) < 0 ? 1 : 0);
}

describe('oracle: temporal-polyfill', () => {
  it('ageOn equals the age Temporal gives on the local date, in every IANA zone, under both 29 February rules', () => {
    fc.assert(
      fc.property(birth, evaluation, fc.constantFrom<LeapDayRule>('march_1', 'february_28'), (born, { timeZone, ms }, leapDay) => {
        const today = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).toPlainDate();
        fc.pre(Temporal.PlainDate.compare(born, today) <= 0);
        expect(ageOn(born.toString(), new Date(ms), timeZone, { leapDay })).toBe(oracleAge(born, today, leapDay));
      }),
      { numRuns: RUNS },
    );
  });
});
