import { describe, expect, it } from 'vitest';
import {
  compilePolicy,
  compileRule,
  GraceExceedsPeriodError,
  InvalidDateError,
  InvalidRuleError,
  MinimumExceedsMaximumError,
  NegativeDurationError,
  RetentionError,
  retentionEnd,
  UnknownAnchorError,
  UnknownRuleError,
  type RetentionRuleInput,
} from '../src/index.js';
import * as r from './rules.js';

function caught(run: () => unknown): RetentionError {
  try {
    run();
  } catch (error) {
    if (error instanceof RetentionError) return error;
    throw error;
  }
  throw new Error('expected a RetentionError, nothing was thrown');
}

describe('typed errors with paths', () => {
  it('an unknown anchor', () => {
    const error = caught(() => compilePolicy({ retention: [r.logs30Days, { ...r.logs30Days, key: 'other', anchor: 'account_closed' }] }));
    expect(error).toBeInstanceOf(UnknownAnchorError);
    expect(error.code).toBe('unknown_anchor');
    expect(error.pathText).toBe('retention[1].anchor');
    expect((error as UnknownAnchorError).anchor).toBe('account_closed');
  });

  it('a custom anchor declared in the manifest events is known', () => {
    const rule = { ...r.logs30Days, anchor: 'course_completed' };
    expect(() => compileRule(rule)).toThrow(UnknownAnchorError);
    expect(compilePolicy({ retention: [rule], events: [{ key: 'course_completed' }] }).rules[0]?.anchor).toBe('course_completed');
    expect(retentionEnd(rule, { course_completed: new Date('2026-01-01T00:00:00Z') }, { events: ['course_completed'] }).status).toBe('ends');
  });

  it('a negative duration, wherever it is', () => {
    const period = caught(() => compileRule({ ...r.logs30Days, period: { days: -1 } }, { path: ['retention', 0] }));
    expect(period).toBeInstanceOf(NegativeDurationError);
    expect(period.pathText).toBe('retention[0].period.days');
    const grace = caught(() => compileRule({ ...r.graceThenRemoval, gracePeriod: { hours: -5 } }));
    expect(grace.pathText).toBe('gracePeriod.hours');
    const minimum = caught(() => compileRule({ ...r.tickets3YearsAfterResolution, minimum: { years: -3 } }));
    expect(minimum.pathText).toBe('minimum.years');
  });

  it('an invalid date, in events or holds', () => {
    const event = caught(() => retentionEnd(r.logs30Days, { record_created: new Date('2026-02-30 nonsense') }));
    expect(event).toBeInstanceOf(InvalidDateError);
    expect(event.pathText).toBe('events.record_created');
    const text = caught(() => retentionEnd(r.logs30Days, { record_created: '2026-01-01' as unknown as Date }));
    expect(text.message).toContain('got the string "2026-01-01"');
    const hold = caught(() =>
      retentionEnd(r.logs30Days, { record_created: new Date() }, { holds: [{ id: 'h', placedAt: new Date(Number.NaN) }], now: new Date() }),
    );
    expect(hold.pathText).toBe('holds[0].placedAt');
  });

  it('a maximum shorter than its minimum', () => {
    const error = caught(() => compilePolicy({ retention: [{ ...r.tickets3YearsAfterResolution, minimum: { years: 4 } }] }));
    expect(error).toBeInstanceOf(MinimumExceedsMaximumError);
    expect(error.code).toBe('minimum_exceeds_maximum');
    expect(error.pathText).toBe('retention[0].minimum');
  });

  it('a maximum that is shorter than the minimum only for some anchors (1 month vs 30 days)', () => {
    const rule: RetentionRuleInput = { ...r.tickets3YearsAfterResolution, period: { months: 1 }, minimum: { days: 30 } };
    const error = caught(() => compileRule(rule));
    expect(error).toBeInstanceOf(MinimumExceedsMaximumError);
    expect(error.message).toContain('for an anchor on 2023-01-30'); // 1 month ends with 28 February, 30 days with 1 March
    expect(() => compileRule({ ...rule, minimum: { days: 28 } })).not.toThrow();
    expect(() => compileRule({ ...rule, period: { years: 3 }, minimum: { years: 3 } })).not.toThrow();
    expect(() => compileRule({ ...rule, period: { years: 1 }, minimum: { days: 366 } })).toThrow(MinimumExceedsMaximumError);
  });

  it('a grace period longer than the period', () => {
    const error = caught(() => compileRule({ ...r.graceThenRemoval, gracePeriod: { days: 31 } }));
    expect(error).toBeInstanceOf(GraceExceedsPeriodError);
    expect(error.pathText).toBe('gracePeriod');
  });

  it('anything else the schema rejects, with its path', () => {
    const action = caught(() => compilePolicy({ retention: [{ ...r.logs30Days, action: 'shred' as 'delete' }] }));
    expect(action).toBeInstanceOf(InvalidRuleError);
    expect(action.pathText).toBe('retention[0].action');
    const minimumOnMinimum = caught(() => compileRule({ ...r.financial7Years, minimum: { years: 1 } }));
    expect(minimumOnMinimum.pathText).toBe('minimum');
    const zone = caught(() => compileRule({ ...r.logs30Days, timeZone: 'Mars/Olympus_Mons' }));
    expect(zone.pathText).toBe('timeZone');
    const fiscal = caught(() => compileRule({ ...r.financial7YearsFromFiscalYearEnd, fiscalYearEnd: { month: 4, day: 31 } }));
    expect(fiscal.pathText).toBe('fiscalYearEnd.day');
    const duplicate = caught(() => compilePolicy({ retention: [r.logs30Days, r.logs30Days] }));
    expect(duplicate.pathText).toBe('retention[1].key');
    const { timeZone: _, ...noZone } = r.logs30Days;
    const defaultZone = caught(() => compileRule(noZone, { timeZone: 'Nowhere/Land' }));
    expect(defaultZone.code).toBe('invalid_rule');
    // No hidden zone: a rule in days with no zone of its own and none given is refused.
    const missingZone = caught(() => compileRule(noZone));
    expect(missingZone.code).toBe('invalid_rule');
    expect(missingZone.pathText).toBe('timeZone');
    expect(caught(() => compilePolicy({ retention: [noZone] })).pathText).toBe('retention[0].timeZone');
    // A rule in hours only decides no calendar day and needs none.
    expect(compileRule({ ...noZone, period: { hours: 72 } }).timeZone).toBe('UTC');
  });

  it('a collection that refers to a rule nobody declared', () => {
    const error = caught(() =>
      compilePolicy({ retention: [r.logs30Days], collections: [{ category: 'user.technical', retention: ['server_logs_30_days', 'logs_90_days'] }] }),
    );
    expect(error).toBeInstanceOf(UnknownRuleError);
    expect(error.pathText).toBe('collections[0].retention[1]');
  });
});
