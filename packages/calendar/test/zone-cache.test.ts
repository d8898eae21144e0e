/**
 * The day-start and local-day answers of a zone must not depend on what the process computed
 * before (the per-zone caches of `zoneClock`). Regression for the retention-sql differential run
 * that saw America/Havana 2026-11-01 (midnight happens twice: 01:00 CDT back to 00:00 CST) start at
 * 03:00Z inside a long run and at 04:00Z in a fresh process. Oracle: temporal-polyfill.
 */
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it, vi } from 'vitest';
import { fromDayNumber, toDayNumber, zoneClock } from '../src/index.js';
import { exactStartOfLocalDay } from '../src/zone-clock.js';

const RUNS = Number(process.env.FC_NUM_RUNS ?? 300);
/** Zones whose midnight is repeated (clocks back at 01:00 to 00:00) or skipped (forward at 00:00). */
const MIDNIGHT_ZONES = ['America/Havana', 'Asia/Amman', 'America/Santiago', 'Asia/Beirut', 'America/Asuncion', 'Asia/Gaza'] as const;

/** Temporal's start of a local day (the first midnight when it comes twice, the first moment when skipped). */
function oracleStart(dayNumber: number, timeZone: string): number {
  return Temporal.PlainDate.from(fromDayNumber(dayNumber)).toZonedDateTime({ timeZone }).epochMilliseconds;
}

/** The local days, 2015-2035, on which each zone changes its offset (plus the day before and after). */
function transitionDays(timeZone: string): number[] {
  const days: number[] = [];
  let zdt: Temporal.ZonedDateTime | null = Temporal.Instant.from('2015-01-01T00:00:00Z').toZonedDateTimeISO(timeZone);
  for (let i = 0; i < 200 && zdt; i++) {
    zdt = zdt.getTimeZoneTransition('next');
    if (!zdt || zdt.year > 2035) break;
    const day = toDayNumber(zdt.toPlainDate().toString());
    days.push(day - 1, day, day + 1);
  }
  return days;
}

const DAYS = new Map(MIDNIGHT_ZONES.map((zone) => [zone, transitionDays(zone)]));
const HAVANA_REPEATED = toDayNumber('2026-11-01');

describe('zoneClock: answers do not depend on the cache state', () => {
  it('America/Havana 2026-11-01 starts at its first midnight, 04:00Z, after other days, instants and zones were computed', () => {
    const havana = zoneClock('America/Havana');
    // Warm: other zones first (America/Santiago starts 2026-11-01 at 03:00Z), then Havana's neighbours.
    for (const zone of MIDNIGHT_ZONES)
      for (const day of DAYS.get(zone) ?? []) if (!(zone === 'America/Havana' && day === HAVANA_REPEATED)) zoneClock(zone).startOfLocalDay(day);
    for (let ms = Date.parse('2026-10-25T00:00:00Z'); ms < Date.parse('2026-11-08T00:00:00Z'); ms += 1_800_000) havana.localDay(ms);
    expect(new Date(zoneClock('America/Santiago').startOfLocalDay(HAVANA_REPEATED)).toISOString()).toBe('2026-11-01T03:00:00.000Z');
    const warm = havana.startOfLocalDay(HAVANA_REPEATED);
    expect(new Date(warm).toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(warm).toBe(exactStartOfLocalDay(HAVANA_REPEATED, 'America/Havana')); // no cache at all
    expect(warm).toBe(oracleStart(HAVANA_REPEATED, 'America/Havana'));
    // Asked again (now from the cache), and the instant just before is still 31 October.
    expect(havana.startOfLocalDay(HAVANA_REPEATED)).toBe(warm);
    expect(havana.localDay(warm - 1)).toBe(HAVANA_REPEATED - 1);
    expect(havana.localDay(warm)).toBe(HAVANA_REPEATED);
    expect(havana.localDay(warm + 3_600_000)).toBe(HAVANA_REPEATED); // the second midnight is still 1 November
    // The next day is 25 hours later, whatever is cached for its neighbours.
    expect(new Date(havana.startOfLocalDay(HAVANA_REPEATED + 1)).toISOString()).toBe('2026-11-02T05:00:00.000Z');
  });

  it('a fresh module (empty caches) gives the same Havana day start as a warm one', async () => {
    const warm = zoneClock('America/Havana').startOfLocalDay(HAVANA_REPEATED);
    vi.resetModules();
    const fresh = (await import('../src/zone-clock.js')) as typeof import('../src/zone-clock.js');
    expect(fresh.zoneClock('America/Havana')).not.toBe(zoneClock('America/Havana'));
    expect(fresh.zoneClock('America/Havana').startOfLocalDay(HAVANA_REPEATED)).toBe(warm);
  });

  it('property: day starts and local days asked in random order over zones with repeated/skipped midnights match Temporal', async () => {
    // Each ask is a short run of consecutive local days around an offset change (or anywhere in
    // 1990-2040), walked forwards or backwards, so neighbouring days meet in the cache in both orders.
    const ask = fc.constantFrom(...MIDNIGHT_ZONES).chain((timeZone) =>
      fc.record({
        timeZone: fc.constant(timeZone),
        day: fc.oneof(
          fc.constantFrom(...(DAYS.get(timeZone) ?? [HAVANA_REPEATED])),
          fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2040-12-31') }),
        ),
        span: fc.integer({ min: 1, max: 4 }),
        backwards: fc.boolean(),
        at: fc.integer({ min: -3_600_000, max: 90_000_000 }),
        kind: fc.constantFrom('start', 'localDay'),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(ask, { minLength: 1, maxLength: 30 }), fc.boolean(), async (asks, freshModule) => {
        // Half the runs start from empty caches, half from whatever earlier runs left.
        let clockOf = zoneClock;
        if (freshModule) {
          vi.resetModules();
          clockOf = ((await import('../src/zone-clock.js')) as typeof import('../src/zone-clock.js')).zoneClock;
        }
        for (const { timeZone, day: first, span, backwards, at, kind } of asks) {
          const clock = clockOf(timeZone);
          for (let i = 0; i < span; i++) {
            const day = backwards ? first + span - 1 - i : first + i;
            const start = oracleStart(day, timeZone);
            if (kind === 'start') {
              expect(clock.startOfLocalDay(day), `${timeZone} ${fromDayNumber(day)}`).toBe(start);
            } else {
              const ms = start + at;
              const expected = toDayNumber(Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).toPlainDate().toString());
              expect(clock.localDay(ms), `${timeZone} ${new Date(ms).toISOString()}`).toBe(expected);
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
