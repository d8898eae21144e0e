/**
 * Independent oracle: retention ends against `temporal-polyfill` over every IANA zone of the
 * runtime, half the anchors next to a zone's offset change (DST, repeated and skipped midnights),
 * with month ends and 29 February. 10,000 runs in CI (FC_NUM_RUNS raises it).
 */
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { compileRule } from '../src/index.js';
import * as r from './rules.js';

const RUNS = process.env.CI ? Math.max(10_000, Number(process.env.FC_NUM_RUNS ?? 0)) : Number(process.env.FC_NUM_RUNS ?? 10_000);
const ZONES = Intl.supportedValuesOf('timeZone');
const MIN_MS = Date.parse('1900-01-01T00:00:00Z');
const MAX_MS = Date.parse('2060-01-01T00:00:00Z');

const anchor = fc.constantFrom(...ZONES, 'Asia/Amman', 'Asia/Kathmandu', 'Europe/Dublin', 'America/Havana').chain((timeZone) =>
  fc.tuple(fc.integer({ min: MIN_MS, max: MAX_MS }), fc.boolean(), fc.integer({ min: -2 * 86_400_000, max: 2 * 86_400_000 })).map(([ms, near, shift]) => {
    const next = near ? Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).getTimeZoneTransition('next') : null;
    return { timeZone, ms: next ? Math.min(MAX_MS, next.epochMilliseconds + shift) : ms };
  }),
);
const period = fc
  .record({ years: fc.nat(12), months: fc.nat(30), weeks: fc.nat(10), days: fc.nat(400), hours: fc.nat(100) }, { requiredKeys: [] })
  .filter((d) => Object.keys(d).length > 0);

describe('oracle: temporal-polyfill', () => {
  it('a rule ends at the start of the local day after its last day (plus hours), in every IANA zone', () => {
    fc.assert(
      fc.property(anchor, period, ({ timeZone, ms }, d) => {
        const rule = compileRule({ ...r.logs30Days, period: d, timeZone });
        const from = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone);
        const calendar = { years: d.years ?? 0, months: d.months ?? 0, weeks: d.weeks ?? 0, days: d.days ?? 0 };
        const hasCalendar = calendar.years + calendar.months + calendar.weeks + calendar.days > 0;
        const base = hasCalendar ? from.toPlainDate().add(calendar).add({ days: 1 }).toZonedDateTime({ timeZone }) : from;
        expect(rule.end(ms)).toBe(base.add({ hours: d.hours ?? 0 }).epochMilliseconds);
      }),
      { numRuns: RUNS },
    );
  });
});
