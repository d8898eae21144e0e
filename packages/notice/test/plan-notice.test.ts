import { describe, expect, it } from 'vitest';
import { classifyChanges, diffManifests, InsufficientNoticeError, NoticeInputError, planNotice, type NoticePlan } from '../src/index.js';
import { base, baseInput, next } from './fixture.js';

const materialDiff = diffManifests(base, next({ purposes: [...baseInput.purposes, { key: 'marketing', description: 'News.' }] }));
const minorDiff = diffManifests(base, next({ contact: { email: 'dpo@tiny.example' } }));
const policy = base.notice;
const iso = (d: Date | undefined) => d?.toISOString();

describe('planNotice', () => {
  it('gives 14 days of notice by email for a material change, not counting the publication day', () => {
    const plan = planNotice(materialDiff, policy, { publishedAt: '2026-02-02T15:00:00Z', timeZone: 'Europe/Berlin', effectiveDate: 'earliest' });
    expect(plan.classes).toEqual(['material']);
    expect(plan.publishedOn).toBe('2026-02-02');
    expect(plan.noticeStartsOn).toBe('2026-02-03');
    // Notice days 3..16 February (14 days); effective from the start of the 17th.
    expect(plan.earliestEffectiveDate).toBe('2026-02-17');
    expect(iso(plan.effectiveAt)).toBe('2026-02-16T23:00:00.000Z');
    expect(plan.channels.map((c) => [c.channel, c.promised, c.lastSendDate, iso(c.sendBefore)])).toEqual([
      ['email', true, '2026-02-02', '2026-02-02T23:00:00.000Z'],
    ]);
    expect(plan.noticeRequired).toBe(true);
    expect(plan.explanation.join('\n')).toContain('the publication day does not count');
  });

  it('counts the publication day when the policy says so', () => {
    const plan = planNotice(
      materialDiff,
      { ...policy!, publicationDayCounts: true },
      { publishedAt: '2026-02-02T15:00:00Z', timeZone: 'Europe/Berlin', effectiveDate: 'earliest' },
    );
    expect(plan.noticeStartsOn).toBe('2026-02-02');
    expect(plan.earliestEffectiveDate).toBe('2026-02-16');
  });

  it('uses the calendar of the zone: late evening UTC is already the next day in Tokyo', () => {
    const utc = planNotice(materialDiff, policy, { publishedAt: '2026-02-02T20:00:00Z', timeZone: 'UTC', effectiveDate: 'earliest' });
    const tokyo = planNotice(materialDiff, policy, { publishedAt: '2026-02-02T20:00:00Z', timeZone: 'Asia/Tokyo', effectiveDate: 'earliest' });
    expect(utc.earliestEffectiveDate).toBe('2026-02-17');
    expect(tokyo.earliestEffectiveDate).toBe('2026-02-18');
  });

  it('needs no advance notice for a minor change: the page is updated by the effective date', () => {
    const plan = planNotice(minorDiff, policy, { publishedAt: '2026-02-02T15:00:00Z', timeZone: 'Europe/Berlin', effectiveDate: 'earliest' });
    expect(plan.classes).toEqual(['minor']);
    expect(plan.earliestEffectiveDate).toBe('2026-02-02');
    expect(plan.channels.map((c) => [c.channel, c.lastSendDate])).toEqual([['page_update', '2026-02-02']]);
  });

  it('applies the strictest promise when material and minor changes come together', () => {
    const both = diffManifests(
      base,
      next({ contact: { email: 'dpo@tiny.example' }, purposes: [...baseInput.purposes, { key: 'marketing', description: 'News.' }] }),
    );
    const plan = planNotice(both, policy, { publishedAt: '2026-02-02T15:00:00Z', timeZone: 'Europe/Berlin', effectiveDate: '2026-03-01' });
    expect(plan.governingClass).toBe('material');
    expect(plan.effectiveDate).toBe('2026-03-01');
    expect(plan.channels.map((c) => [c.channel, c.governedBy, c.lastSendDate])).toEqual([
      ['email', 'material', '2026-02-14'],
      ['page_update', 'minor', '2026-03-01'],
    ]);
  });

  it('refuses an effective date with less notice than promised (typed error, not a warning)', () => {
    const attempt = () => planNotice(materialDiff, policy, { publishedAt: '2026-02-02T15:00:00Z', timeZone: 'Europe/Berlin', effectiveDate: '2026-02-16' });
    expect(attempt).toThrow(InsufficientNoticeError);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ requestedEffectiveDate: '2026-02-16', earliestEffectiveDate: '2026-02-17', pathText: 'effectiveDate' });
    }
  });

  describe('a month-only effective date cannot show that notice ran its full length: it is checked as its first day', () => {
    it('"March 2026" for a change published 2 February with 14 days: counted to 1 March, enough', () => {
      const plan = planNotice(materialDiff, policy, { publishedAt: '2026-02-02T15:00:00Z', timeZone: 'Europe/Berlin', effectiveDate: '2026-03' });
      expect(plan.effectiveDate).toBe('2026-03-01');
      expect(plan.effectiveDateAsWritten).toBe('2026-03');
      expect(iso(plan.effectiveAt)).toBe('2026-02-28T23:00:00.000Z'); // the start of 1 March in Berlin
      // the email must go out by 14 February: 14 days before the first day of the month, not the last
      expect(plan.channels.map((c) => [c.channel, c.lastSendDate])).toEqual([['email', '2026-02-14']]);
      expect(plan.explanation.join('\n')).toContain('names only a month');
    });

    it('"February 2026" for the same change: its first day is before the earliest allowed day, so it is refused and the message says to give a day', () => {
      const attempt = () => planNotice(materialDiff, policy, { publishedAt: '2026-02-02T15:00:00Z', timeZone: 'Europe/Berlin', effectiveDate: '2026-02' });
      expect(attempt).toThrow(InsufficientNoticeError);
      try {
        attempt();
      } catch (error) {
        expect(error).toMatchObject({
          code: 'insufficient_notice',
          requestedEffectiveDate: '2026-02',
          earliestEffectiveDate: '2026-02-17',
          pathText: 'effectiveDate',
        });
        expect((error as Error).message).toContain('notice is counted to its first day, 2026-02-01; give a day, YYYY-MM-DD, or a later month');
      }
      // a day in the same month that keeps the promise is fine
      expect(
        planNotice(materialDiff, policy, { publishedAt: '2026-02-02T15:00:00Z', timeZone: 'Europe/Berlin', effectiveDate: '2026-02-17' })
          .effectiveDateAsWritten,
      ).toBe('2026-02-17');
    });

    it('a month that does not exist is refused with the path; a day keeps its own reading', () => {
      expect(() => planNotice(materialDiff, policy, { publishedAt: '2026-02-02T15:00:00Z', effectiveDate: '2026-13' })).toThrow(
        expect.objectContaining({ code: 'invalid_date', pathText: 'effectiveDate' }),
      );
      expect(() => planNotice(materialDiff, policy, { publishedAt: '2026-02-02T15:00:00Z', effectiveDate: 'March 2026' })).toThrow(
        /YYYY-MM when the policy names only a month/,
      );
      expect(planNotice(materialDiff, policy, { publishedAt: '2026-02-02T15:00:00Z', effectiveDate: 'earliest' }).effectiveDateAsWritten).toBe('2026-02-17');
    });

    it('the diff of a manifest that names only a month plans to the first day too', () => {
      const diff = diffManifests(base, next({ effectiveDate: '2026-03', purposes: [...baseInput.purposes, { key: 'marketing', description: 'News.' }] }));
      const plan = planNotice(diff, policy, { publishedAt: '2026-02-02T15:00:00Z', effectiveDate: diff.to.effectiveDate });
      expect([plan.effectiveDate, plan.effectiveDateAsWritten]).toEqual(['2026-03-01', '2026-03']);
    });
  });

  describe("without an effectiveDate option, the new manifest's own date is checked", () => {
    it('plans for the date the manifest states, not an earlier one it does not state', () => {
      // next() is dated 2026-03-01; 14 days' notice from 2026-02-03 would allow 2026-02-17.
      const plan = planNotice(materialDiff, policy, { publishedAt: '2026-02-02T15:00:00Z', timeZone: 'UTC' });
      expect([plan.effectiveDate, plan.effectiveDateSource, plan.earliestEffectiveDate]).toEqual(['2026-03-01', 'manifest', '2026-02-17']);
      expect(plan.explanation).toContain("The new manifest's effective date 2026-03-01 keeps every promise.");
    });

    it('refuses a manifest dated with less notice than promised (a stale or hopeful effectiveDate)', () => {
      const early = diffManifests(base, next({ effectiveDate: '2026-02-10', purposes: [...baseInput.purposes, { key: 'marketing', description: 'News.' }] }));
      const attempt = () => planNotice(early, policy, { publishedAt: '2026-02-02T15:00:00Z', timeZone: 'UTC' });
      expect(attempt).toThrow(InsufficientNoticeError);
      expect(attempt).toThrow(expect.objectContaining({ requestedEffectiveDate: '2026-02-10', earliestEffectiveDate: '2026-02-17' }));
      // Asked for explicitly, the earliest date is still given.
      expect(planNotice(early, policy, { publishedAt: '2026-02-02T15:00:00Z', timeZone: 'UTC', effectiveDate: 'earliest' }).effectiveDateSource).toBe(
        'earliest',
      );
    });

    it('keeps a month the manifest names as the month', () => {
      const monthly = diffManifests(base, next({ effectiveDate: '2026-03', purposes: [...baseInput.purposes, { key: 'marketing', description: 'News.' }] }));
      const plan = planNotice(monthly, policy, { publishedAt: '2026-02-02T15:00:00Z', timeZone: 'UTC' });
      expect([plan.effectiveDate, plan.effectiveDateAsWritten, plan.effectiveDateSource]).toEqual(['2026-03-01', '2026-03', 'manifest']);
    });

    it('does not check an unchanged manifest: nothing is announced', () => {
      const unchanged = diffManifests(base, next({}));
      const plan = planNotice(unchanged, policy, { publishedAt: '2026-06-02T15:00:00Z', timeZone: 'UTC' });
      expect([plan.effectiveDateSource, plan.noticeRequired]).toEqual(['earliest', false]);
    });
  });

  it('accepts a pre-classified diff and classification overrides', () => {
    const classified = classifyChanges(minorDiff, {
      overrides: [{ id: 'contact_is_material', kinds: ['contact_changed'], classification: 'material', reason: 'House rule.' }],
    });
    expect(planNotice(classified, policy, { publishedAt: '2026-02-02T15:00:00Z', effectiveDate: 'earliest' }).earliestEffectiveDate).toBe('2026-02-17');
    const viaOptions = planNotice(minorDiff, policy, {
      publishedAt: '2026-02-02T15:00:00Z',
      classify: { overrides: [{ id: 'x', kinds: ['contact_changed'], classification: 'material', reason: 'House rule.' }] },
    });
    expect(viaOptions.governingClass).toBe('material');
  });

  it('handles no changes and no promise', () => {
    const none = planNotice(diffManifests(base, next({})), policy, { publishedAt: '2026-02-02T15:00:00Z', effectiveDate: 'earliest' });
    expect(none).toMatchObject({ noticeRequired: false, classes: [], earliestEffectiveDate: '2026-02-02', channels: [] } satisfies Partial<NoticePlan>);
    const noPromise = planNotice(materialDiff, undefined, { publishedAt: '2026-02-02T15:00:00Z', effectiveDate: 'earliest' });
    expect(noPromise.noticeRequired).toBe(false);
    expect(noPromise.explanation).toContain('The policy makes no promise about notice of changes.');
  });

  it('refuses an unknown channel, a bad instant, zone or date, each with its path', () => {
    const badChannel = { ...policy!, material: { advanceNotice: { days: 14 }, channels: ['email', 'sms'] } } as never;
    expect(() => planNotice(materialDiff, badChannel, { publishedAt: '2026-02-02T15:00:00Z', effectiveDate: 'earliest' })).toThrow(
      expect.objectContaining({ code: 'unknown_channel', pathText: 'noticePolicy.material.channels[1]' }),
    );
    expect(() => planNotice(materialDiff, policy, { publishedAt: '2026-02-02 15:00', effectiveDate: 'earliest' })).toThrow(
      expect.objectContaining({ code: 'invalid_instant', pathText: 'publishedAt' }),
    );
    expect(() => planNotice(materialDiff, policy, { publishedAt: '2026-02-02T15:00:00Z', timeZone: 'Mars/Base', effectiveDate: 'earliest' })).toThrow(
      expect.objectContaining({ code: 'invalid_time_zone', pathText: 'timeZone' }),
    );
    expect(() => planNotice(materialDiff, policy, { publishedAt: '2026-02-02T15:00:00Z', effectiveDate: '2026-02-30' })).toThrow(NoticeInputError);
    expect(() => planNotice({} as never, policy, { publishedAt: '2026-02-02T15:00:00Z', effectiveDate: 'earliest' })).toThrow(
      expect.objectContaining({ code: 'invalid_diff', pathText: 'diff' }),
    );
  });

  it('counts months and hours of notice on the calendar', () => {
    const monthly = { ...policy!, material: { advanceNotice: { months: 1 }, channels: ['email' as const] } };
    // As Regulation 1182/71 counts: a month from 30 January ends with 28 February (no 30 February).
    expect(planNotice(materialDiff, monthly, { publishedAt: '2026-01-30T10:00:00Z', timeZone: 'UTC', effectiveDate: 'earliest' }).earliestEffectiveDate).toBe(
      '2026-03-01',
    );
    expect(planNotice(materialDiff, monthly, { publishedAt: '2026-01-15T10:00:00Z', timeZone: 'UTC', effectiveDate: 'earliest' }).earliestEffectiveDate).toBe(
      '2026-02-16',
    );
    const hourly = { ...policy!, material: { advanceNotice: { hours: 36 }, channels: ['email' as const] } };
    // From 00:00 on 3 Feb, 36 hours end at 12:00 on 4 Feb: the first whole day after is 5 Feb.
    expect(planNotice(materialDiff, hourly, { publishedAt: '2026-02-02T10:00:00Z', timeZone: 'UTC', effectiveDate: 'earliest' }).earliestEffectiveDate).toBe(
      '2026-02-05',
    );
  });

  it('keeps calendar days across the European DST weekend', () => {
    // Published Friday 20 March 2026 (CET); 14 days run 21 March - 3 April across the switch to CEST on 29 March.
    const plan = planNotice(materialDiff, policy, { publishedAt: '2026-03-20T12:00:00+01:00', timeZone: 'Europe/Berlin', effectiveDate: 'earliest' });
    expect(plan.earliestEffectiveDate).toBe('2026-04-04');
    expect(iso(plan.effectiveAt)).toBe('2026-04-03T22:00:00.000Z');
    expect(iso(plan.channels[0]?.sendBefore)).toBe('2026-03-20T23:00:00.000Z');
  });

  it('keeps calendar days across the US DST weekend', () => {
    // Published 25 October 2026 (EDT); New York falls back to EST on 1 November.
    const plan = planNotice(materialDiff, policy, { publishedAt: '2026-10-25T20:00:00-04:00', timeZone: 'America/New_York', effectiveDate: 'earliest' });
    expect(plan.earliestEffectiveDate).toBe('2026-11-09');
    expect(iso(plan.effectiveAt)).toBe('2026-11-09T05:00:00.000Z');
    expect(iso(plan.channels[0]?.sendBefore)).toBe('2026-10-26T04:00:00.000Z');
  });
});
