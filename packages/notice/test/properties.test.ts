import { addDays, daysBetween, holidayList, localDate, startOfDay as startOfLocalDay } from '@priv/calendar';
import type { Duration, NoticeChannel, NoticePolicy } from '@priv/schema';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  breachDeadline,
  ccpaRequestDeadline,
  ChangeKindSchema,
  gdprRequestDeadline,
  InsufficientNoticeError,
  planNotice,
  type Change,
  type ManifestDiff,
} from '../src/index.js';

const numRuns = Number(process.env.FC_NUM_RUNS ?? 10_000);
const ZONES = [
  'UTC',
  'Europe/Berlin',
  'Europe/London',
  'America/New_York',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'Pacific/Chatham',
];
const zone = fc.constantFrom(...ZONES);
const instant = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2031-12-31T00:00:00Z'), noInvalidDate: true });
const notice: fc.Arbitrary<Duration | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: 0, max: 90 }).map((days) => ({ days })),
  fc.integer({ min: 1, max: 8 }).map((weeks) => ({ weeks })),
  fc.integer({ min: 1, max: 6 }).map((months) => ({ months })),
  fc.integer({ min: 1, max: 400 }).map((hours) => ({ hours })),
);
const channels = fc.subarray<NoticeChannel>(['email', 'in_app', 'page_update'], { minLength: 1 });
const HOUR = 3_600_000;

const change = (kind: Change['kind']): Change => ({ kind, path: ['x'], pathText: 'x', before: undefined, after: undefined, summary: kind });
const diffOf = (changes: Change[]): ManifestDiff => ({
  from: { version: 'a', effectiveDate: '2024-01-01' },
  to: { version: 'b', effectiveDate: '2024-01-02', timeZone: 'UTC' },
  changes,
});
const materialDiff = diffOf([change('recipient_added')]);

/** Independent check: does publishing on `published` give `notice` before `effective`? */
function enoughNotice(published: string, effective: string, notice: Duration, counts: boolean, timeZone: string): boolean {
  const first = counts ? published : addDays(published, 1);
  if (notice.days !== undefined) return daysBetween(first, effective) >= notice.days;
  if (notice.weeks !== undefined) return daysBetween(first, effective) >= notice.weeks * 7;
  if (notice.months !== undefined) {
    // Regulation 1182/71: months from the publication day end on the same date (or the month's last day).
    const lastNoticeDay = Temporal.PlainDate.from(published).add({ months: notice.months }).toString();
    return (counts ? addDays(lastNoticeDay, -1) : lastNoticeDay) < effective;
  }
  return startOfLocalDay(effective, timeZone).getTime() - startOfLocalDay(first, timeZone).getTime() >= (notice.hours ?? 0) * HOUR;
}

describe('properties', () => {
  it('a returned effective date always leaves at least the promised notice in every channel', () => {
    fc.assert(
      fc.property(instant, zone, notice, fc.boolean(), channels, fc.integer({ min: 0, max: 60 }), (publishedAt, timeZone, advance, counts, chosen, extra) => {
        const policy: NoticePolicy = {
          material: { ...(advance ? { advanceNotice: advance } : {}), channels: chosen },
          minor: { channels: ['page_update'] },
          continuedUseMeansAcceptance: false,
          publicationDayCounts: counts,
        };
        const earliest = planNotice(materialDiff, policy, { publishedAt, timeZone, effectiveDate: 'earliest' });
        const published = localDate(publishedAt, timeZone);
        if (advance) {
          // Publishing now is enough for the earliest date, and one day earlier would not be.
          expect(enoughNotice(published, earliest.earliestEffectiveDate, advance, counts, timeZone)).toBe(true);
          expect(enoughNotice(published, addDays(earliest.earliestEffectiveDate, -1), advance, counts, timeZone)).toBe(false);
          expect(() => planNotice(materialDiff, policy, { publishedAt, timeZone, effectiveDate: addDays(earliest.earliestEffectiveDate, -1) })).toThrow(
            InsufficientNoticeError,
          );
        } else {
          expect(earliest.earliestEffectiveDate).toBe(published);
        }
        const effectiveDate = addDays(earliest.earliestEffectiveDate, extra);
        const plan = planNotice(materialDiff, policy, { publishedAt, timeZone, effectiveDate });
        expect(plan.channels.map((c) => c.channel).sort()).toEqual([...chosen].sort());
        for (const c of plan.channels) {
          // Sent at the last moment allowed: still enough notice. A day later: not enough.
          const lastMoment = localDate(new Date(c.sendBefore.getTime() - 1), timeZone);
          expect(lastMoment).toBe(c.lastSendDate);
          expect(c.lastSendDate >= published).toBe(true);
          if (advance) {
            expect(enoughNotice(c.lastSendDate, effectiveDate, advance, counts, timeZone)).toBe(true);
            expect(enoughNotice(addDays(c.lastSendDate, 1), effectiveDate, advance, counts, timeZone)).toBe(false);
          } else {
            expect(c.lastSendDate).toBe(effectiveDate);
          }
        }
      }),
      { numRuns },
    );
  });

  it('request deadlines equal an independent Temporal count (1182/71 Art. 3(4) roll-over; CCPA 11 CCR 7021(b)); breach 72 h elapsed', () => {
    // Holidays drawn at random near the deadlines, so the roll-over is exercised.
    const holidayOffsets = fc.uniqueArray(fc.integer({ min: 25, max: 100 }), { maxLength: 8 });
    fc.assert(
      fc.property(instant, zone, holidayOffsets, (receivedAt, timeZone, offsets) => {
        const day = localDate(receivedAt, timeZone);
        const received = Temporal.PlainDate.from(day);
        const holidaySet = new Set(offsets.map((n) => received.add({ days: n }).toString()));
        const holidays = holidayList('random test holidays', [...holidaySet]);
        const roll = (d: Temporal.PlainDate) => {
          let x = d;
          while (x.dayOfWeek >= 6 || holidaySet.has(x.toString())) x = x.add({ days: 1 });
          return x.toString();
        };
        const oneMonth = received.add({ months: 1 });
        const extendedLast = [received.add({ months: 3 }), received.add({ months: 1 }).add({ months: 2 })].sort(Temporal.PlainDate.compare)[0]!;

        const gdpr = gdprRequestDeadline(receivedAt, { timeZone, holidays });
        expect(gdpr.deadline.lastDay).toBe(roll(oneMonth));
        expect(gdpr.extended?.lastDay).toBe(roll(extendedLast));
        expect(daysBetween(day, gdpr.deadline.lastDay!)).toBeGreaterThanOrEqual(28);
        expect(gdpr.deadline.expiresAt.getTime()).toBe(
          Temporal.PlainDate.from(gdpr.deadline.lastDay!).add({ days: 1 }).toZonedDateTime({ timeZone }).epochMilliseconds,
        );

        const ccpa = ccpaRequestDeadline(receivedAt, { timeZone });
        expect(ccpa.deadline.lastDay).toBe(received.add({ days: 44 }).toString());
        expect(ccpa.extended!.lastDay).toBe(received.add({ days: 89 }).toString());

        const breach = breachDeadline(receivedAt, { timeZone });
        expect(breach.expiresAt.getTime() - receivedAt.getTime()).toBe(72 * HOUR);
      }),
      { numRuns },
    );
  });

  it('adding a change to a diff never makes the required notice shorter', () => {
    const kind = fc.constantFrom(...ChangeKindSchema.options);
    fc.assert(
      fc.property(
        fc.array(kind, { maxLength: 6 }),
        kind,
        instant,
        zone,
        notice,
        notice,
        fc.boolean(),
        (kinds, added, publishedAt, timeZone, material, minor, counts) => {
          const policy: NoticePolicy = {
            material: { ...(material ? { advanceNotice: material } : {}), channels: ['email'] },
            minor: { ...(minor ? { advanceNotice: minor } : {}), channels: ['page_update'], mayUse: ['in_app'] },
            continuedUseMeansAcceptance: false,
            publicationDayCounts: counts,
          };
          const smaller = diffOf(kinds.map(change));
          const larger = diffOf([...kinds, added].map(change));
          const before = planNotice(smaller, policy, { publishedAt, timeZone, effectiveDate: 'earliest' });
          const after = planNotice(larger, policy, { publishedAt, timeZone, effectiveDate: 'earliest' });
          expect(after.earliestEffectiveDate >= before.earliestEffectiveDate).toBe(true);
          const onSameDay = planNotice(smaller, policy, { publishedAt, timeZone, effectiveDate: after.earliestEffectiveDate });
          for (const c of onSameDay.channels) {
            const same = after.channels.find((x) => x.channel === c.channel);
            expect(same).toBeDefined();
            expect(same!.lastSendDate <= c.lastSendDate).toBe(true);
            if (c.promised) expect(same!.promised).toBe(true);
          }
        },
      ),
      { numRuns },
    );
  });
});
