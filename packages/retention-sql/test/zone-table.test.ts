import { zoneClock } from '@priv/calendar';
import { describe, expect, it } from 'vitest';
import { zoneTable } from '../src/zone-table.js';

const DAY = 86_400_000;

/** The value of a piecewise-constant table at x (values[i] from breaks[i - 1] on). */
function at(breaks: readonly number[], values: readonly number[], x: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((breaks[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return values[lo] as number;
}
// DST, repeated midnights (Havana, Amman, Gaza), a skipped midnight (Santiago), half-hour DST (Lord
// Howe), a 24-hour jump (Kiritimati 1995, Apia skipping 2011-12-30), Ramadan suspensions (Casablanca).
const ZONES = [
  'Europe/Berlin',
  'America/Havana',
  'Asia/Amman',
  'Asia/Gaza',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Pacific/Kiritimati',
  'Pacific/Apia',
  'Africa/Casablanca',
  'Asia/Tehran',
];

describe('zone tables read the zone as @priv/calendar does', () => {
  for (const zone of ZONES) {
    it(`${zone}: the local day of every half hour 2008-2023 and the start of every day 1981-2061`, () => {
      const t = zoneTable(zone, Date.parse('2021-06-01T00:00:00Z'), 40);
      const clock = zoneClock(zone);
      const wrongDays: string[] = [];
      for (let ms = Date.UTC(2008, 0, 1); ms < Date.UTC(2024, 0, 1); ms += 1_800_000) {
        if (Math.floor((ms + at(t.breaks, t.offsets, ms)) / DAY) !== clock.localDay(ms)) wrongDays.push(new Date(ms).toISOString());
      }
      const wrongStarts: number[] = [];
      for (let day = t.fromDay; day < t.toDay; day++) {
        const start = day * DAY - at(t.dayBreaks, t.dayOffsets, day);
        if (start !== clock.startOfLocalDay(day)) wrongStarts.push(day);
      }
      expect(wrongDays.slice(0, 5)).toEqual([]);
      expect(wrongStarts.slice(0, 5)).toEqual([]);
      expect(t.breaks.length).toBe(t.offsets.length - 1);
    }, 120_000);
  }

  it('a day that starts twice starts at its first midnight (Asia/Amman 2021-10-29: 21:00Z)', () => {
    const t = zoneTable('Asia/Amman', Date.parse('2021-11-01T00:00:00Z'), 1);
    const day = Date.UTC(2021, 9, 29) / DAY;
    expect(new Date(day * DAY - at(t.dayBreaks, t.dayOffsets, day)).toISOString()).toBe('2021-10-28T21:00:00.000Z');
  });
});
