import { compareDurations as exactOrder, type Duration, type DurationOrder } from '@priv/calendar';
import { counted } from './inputs.js';

/** A promised period, `'indefinite'`, or none promised. */
export type PromisedPeriod = Duration | 'indefinite' | undefined;

/**
 * How period `a` relates to `b` over every possible start (exact, from `@priv/calendar`'s
 * `compareDurations`: a 400-year cycle, no average month). `'indefinite'` is longer than any
 * duration; `undefined` (no period promised) is zero.
 *
 * @param a - a period, `'indefinite'` or `undefined`
 * @param b - a period, `'indefinite'` or `undefined`
 * @returns `'shorter'`, `'equal'`, `'longer'`, `'shorter_or_equal'`, `'longer_or_equal'` or `'depends'`
 * @throws {NoticeInputError} `invalid_duration`
 * @example
 * orderPeriods({ months: 1 }, { days: 30 }); // 'depends': shorter from 31 January, longer from 1 March
 * orderPeriods('indefinite', { years: 100 }); // 'longer'
 */
export function orderPeriods(a: PromisedPeriod, b: PromisedPeriod): DurationOrder {
  if (a === 'indefinite' || b === 'indefinite') return a === b ? 'equal' : a === 'indefinite' ? 'longer' : 'shorter';
  return counted(() => exactOrder(a ?? { days: 0 }, b ?? { days: 0 }));
}

/** @internal Whether `a` can end later than `b` for some start. */
export function canBeLonger(a: PromisedPeriod, b: PromisedPeriod): boolean {
  const order = orderPeriods(a, b);
  return order === 'longer' || order === 'longer_or_equal' || order === 'depends';
}

/** @internal Whether `a` can end earlier than `b` for some start. */
export function canBeShorter(a: PromisedPeriod, b: PromisedPeriod): boolean {
  const order = orderPeriods(a, b);
  return order === 'shorter' || order === 'shorter_or_equal' || order === 'depends';
}

/** @internal Whether `a` always ends before `b`. */
export function isStrictlyShorter(a: PromisedPeriod, b: PromisedPeriod): boolean {
  return orderPeriods(a, b) === 'shorter';
}
