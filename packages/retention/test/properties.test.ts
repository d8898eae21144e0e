import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, getDaysInMonth, startOfDay } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideInto, emptyVerdict } from '../src/decide.js';
import {
  compilePolicy,
  compileRule,
  createPurgePlanner,
  isHoldActive,
  planPurgeSync,
  retentionEnd,
  type CompiledRule,
  type KeptRecord,
  type LegalHold,
  type PurgeAction,
  type PurgeRecord,
  type RetentionRuleInput,
} from '../src/index.js';
import * as r from './rules.js';

const RUNS = Number(process.env.FC_NUM_RUNS ?? 10_000);
const params = { numRuns: RUNS };

const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Australia/Lord_Howe',
  'America/Santiago',
  'Asia/Kolkata',
  'America/St_Johns',
] as const;
// From 1995: Pacific/Kiritimati skipped 31 December 1994, and date-fns' addMonths on a TZDate then lands
// on 1 January (see the named case in retention-end.test.ts); the day-number arithmetic here does not.
const MIN_MS = Date.UTC(1995, 0, 1);
const MAX_MS = Date.UTC(2060, 0, 1);
const instant = fc.integer({ min: MIN_MS, max: MAX_MS });
const duration = fc
  .record({ years: fc.nat(12), months: fc.nat(30), weeks: fc.nat(10), days: fc.nat(400), hours: fc.nat(100) }, { requiredKeys: [] })
  .filter((d) => Object.keys(d).length > 0);
const fiscal = fc.option(
  fc
    .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .filter((f) => f.day <= getDaysInMonth(new Date(2024, f.month - 1, 1))),
  { nil: undefined },
);

function ruleWith(period: RetentionRuleInput['period'], timeZone: string, fiscalYearEnd?: { month: number; day: number }): RetentionRuleInput {
  return { ...r.logs30Days, period, timeZone, ...(fiscalYearEnd ? { alignTo: 'fiscal_year_end' as const, fiscalYearEnd } : {}) };
}

/** The end as date-fns and @date-fns/tz compute it, step by step, with no caching and no day numbers. */
function referenceEnd(
  anchorMs: number,
  d: { years?: number; months?: number; weeks?: number; days?: number; hours?: number },
  zone: string,
  fy?: { month: number; day: number },
): number {
  const months = (d.years ?? 0) * 12 + (d.months ?? 0);
  const days = (d.weeks ?? 0) * 7 + (d.days ?? 0);
  const hours = (d.hours ?? 0) * 3_600_000;
  let local = new TZDate(anchorMs, zone);
  if (fy) {
    // Month lengths from the Gregorian calendar: a zone may skip a whole day (Kiritimati, 31 Dec 1994).
    const yearEnd = (year: number) => new TZDate(year, fy.month - 1, Math.min(fy.day, new Date(Date.UTC(year, fy.month, 0)).getUTCDate()), 12, 0, 0, 0, zone);
    let end = yearEnd(local.getFullYear());
    if (startOfDay(end).getTime() < startOfDay(local).getTime()) end = yearEnd(local.getFullYear() + 1);
    local = end;
  } else if (months === 0 && days === 0) {
    return anchorMs + hours;
  }
  return startOfDay(addDays(addMonths(local, months), days + 1)).getTime() + hours;
}

describe('properties of ends', () => {
  it('the cached end equals date-fns + @date-fns/tz computed step by step, in every zone', () => {
    fc.assert(
      fc.property(instant, duration, fc.constantFrom(...ZONES), fiscal, (anchorMs, d, zone, fy) => {
        const rule = compileRule(ruleWith(d, zone, fy));
        expect(rule.end(anchorMs)).toBe(referenceEnd(anchorMs, d, zone, fy));
      }),
      params,
    );
  });

  it('ends are monotone in the anchor date', () => {
    fc.assert(
      fc.property(instant, instant, duration, fc.constantFrom(...ZONES), fiscal, (a, b, d, zone, fy) => {
        const rule = compileRule(ruleWith(d, zone, fy));
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(rule.end(early)).toBeLessThanOrEqual(rule.end(late));
      }),
      params,
    );
  });

  it('an end is never before its anchor, and a zero period ends at the anchor', () => {
    fc.assert(
      fc.property(instant, duration, fc.constantFrom(...ZONES), (anchorMs, d, zone) => {
        const rule = compileRule(ruleWith(d, zone));
        expect(rule.end(anchorMs)).toBeGreaterThanOrEqual(anchorMs);
        expect(compileRule(ruleWith({ days: 0 }, zone)).end(anchorMs)).toBe(anchorMs);
      }),
      params,
    );
  });
});

// A fixed pool of rules of every kind, in several zones, compiled once.
const POOL: CompiledRule[] = [
  r.logs30Days,
  { ...r.backups30DaysAfterDeletion, timeZone: 'Europe/Berlin' },
  r.deletedImmediately,
  { ...r.graceThenRemoval, timeZone: 'America/Los_Angeles' },
  r.financial7Years,
  { ...r.financial7YearsFromFiscalYearEnd, timeZone: 'Pacific/Kiritimati' },
  r.tickets3YearsAfterResolution,
  r.whileActive,
  r.personalDataAfterDeletion,
  r.usageStatsAnonymised,
  r.usageAnonymisedAfter90Days,
  r.archivedAfterSubscription,
  r.breachWindow72Hours,
  { ...r.financial7Years, key: 'kept_forever', period: 'indefinite' },
  { ...r.personalDataAfterDeletion, key: 'active_copy_now', period: { days: 0 }, storage: 'active' },
].map((rule) => compileRule(rule as RetentionRuleInput));
const ANCHORS = [...new Set(POOL.map((rule) => rule.anchor))];
const CATEGORY = (i: number) => `user.test.rule_${i}`;
const POLICY = compilePolicy({ retention: POOL, collections: POOL.map((rule, i) => ({ category: CATEGORY(i), retention: [rule.key] })) });

const NOW_MIN = Date.UTC(2020, 0, 1);
const NOW_MAX = Date.UTC(2040, 0, 1);
const eventTime = fc.integer({ min: Date.UTC(2010, 0, 1), max: NOW_MAX });
const events = fc.dictionary(
  fc.constantFrom(...ANCHORS),
  eventTime.map((ms) => new Date(ms)),
  { maxKeys: ANCHORS.length },
);
const hold: fc.Arbitrary<LegalHold> = fc
  .record({ placed: eventTime, length: fc.option(fc.integer({ min: 0, max: 5 * 365 * 86_400_000 }), { nil: undefined }) })
  .map(({ placed, length }) => ({ id: `h${placed}`, placedAt: new Date(placed), ...(length === undefined ? {} : { releasedAt: new Date(placed + length) }) }));
const ruleIndexes = fc.uniqueArray(fc.nat(POOL.length - 1), { minLength: 0, maxLength: 4 });
const record = (id: string): fc.Arbitrary<PurgeRecord> =>
  fc.record({ rules: ruleIndexes, events, holds: fc.array(hold, { maxLength: 2 }), storage: fc.constantFrom(undefined, 'active', 'backups') }).map((x) => ({
    id,
    categories: x.rules.map(CATEGORY),
    events: x.events,
    ...(x.holds.length > 0 ? { holds: x.holds } : {}),
    ...(x.storage ? { storage: x.storage } : {}),
  }));
const records = fc.integer({ min: 0, max: 25 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => record(`rec-${String(i).padStart(2, '0')}`))));
const now = fc.integer({ min: NOW_MIN, max: NOW_MAX }).map((ms) => new Date(ms));

function plan(input: readonly PurgeRecord[] | readonly (readonly PurgeRecord[])[], at: Date, chunked = false) {
  const actions: PurgeAction[] = [];
  const kept: KeptRecord[] = [];
  const planner = createPurgePlanner(POLICY, { now: at, onAction: (a) => actions.push(a), onKept: (k) => kept.push(k), nextDueLimit: 5 });
  if (chunked) for (const chunk of input as readonly (readonly PurgeRecord[])[]) planner.addAll(chunk);
  else planner.addAll(input as readonly PurgeRecord[]);
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { actions: byId(actions), kept: byId(kept), summary: planner.summary() };
}

describe('properties of purge plans', () => {
  it('a plan never contains a record whose latest applicable end is in the future, that a rule keeps with no end, or that is under hold', () => {
    fc.assert(
      fc.property(records, now, (list, at) => {
        const { actions } = plan(list, at);
        const byId = new Map(list.map((x) => [x.id, x]));
        for (const action of actions) {
          const rec = byId.get(action.id) as PurgeRecord;
          expect((rec.holds ?? []).some((h) => isHoldActive(h, at))).toBe(false);
          const rules = POLICY.rulesFor(rec.categories, rec.storage);
          expect(rules.length).toBeGreaterThan(0);
          let latest = Number.NEGATIVE_INFINITY;
          for (const rule of rules) {
            const result = retentionEnd(rule, rec.events);
            if (result.status === 'ends') latest = Math.max(latest, result.end.getTime());
            else expect(rule.keeps).toBe(false); // a minimum waiting for its anchor, or kept forever, would keep it
          }
          expect(latest).toBeLessThanOrEqual(at.getTime());
          expect(action.dueAt.getTime()).toBe(latest);
        }
      }),
      params,
    );
  });

  it('adding a rule never makes a record with a due date purge earlier; adding a hold never does', () => {
    const decide = (rules: readonly CompiledRule[], rec: PurgeRecord, at: number) => ({
      ...decideInto(emptyVerdict(), rules, rec.events, rec.holds, undefined, at),
    });
    fc.assert(
      fc.property(record('x'), fc.nat(POOL.length - 1), hold, fc.integer({ min: NOW_MIN, max: NOW_MAX }), (rec, extra, extraHold, at) => {
        const rules = POLICY.rulesFor(rec.categories);
        const base = decide(rules, rec, at);
        const withRule = decide([...rules, POOL[extra] as CompiledRule], rec, at);
        if (!Number.isNaN(base.atMs)) {
          if (withRule.due) expect(base.due).toBe(true);
          if (!Number.isNaN(withRule.atMs)) expect(withRule.atMs).toBeGreaterThanOrEqual(base.atMs);
        }
        const withHold = decide(rules, { ...rec, holds: [...(rec.holds ?? []), extraHold] }, at);
        if (withHold.due) expect(base.due).toBe(true);
      }),
      params,
    );
  });

  it('the plan is the same whether records come sorted, shuffled or in chunks', () => {
    fc.assert(
      fc.property(records, now, fc.array(fc.nat()), fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1 }), (list, at, keys, sizes) => {
        const sorted = plan(list, at);
        const shuffled = list
          .map((x, i) => ({ x, k: keys[i] ?? i }))
          .sort((a, b) => a.k - b.k)
          .map((p) => p.x);
        expect(plan(shuffled, at)).toEqual(sorted);
        const chunks: PurgeRecord[][] = [];
        for (let i = 0, s = 0; i < shuffled.length; s++) {
          const size = sizes[s % sizes.length] as number;
          chunks.push(shuffled.slice(i, i + size));
          i += size;
        }
        expect(plan(chunks, at, true)).toEqual(sorted);
        expect(planPurgeSync(POLICY, [chunks.flat()], { now: at, nextDueLimit: 5 })).toEqual(sorted.summary);
      }),
      params,
    );
  });
});
