import type { ParamList } from './params.js';

/**
 * A piecewise-constant function of a BIGINT expression as SQL: `values[i]` for `breaks[i - 1] <= x <
 * breaks[i]` (`values[0]` below `breaks[0]`, the last value from the last break on), written as a
 * balanced tree of `CASE WHEN x < break` (depth log2 of the number of breaks), every number a
 * parameter. `x` should be a column (it is repeated at every level).
 *
 * @param x - The BIGINT expression looked up.
 * @param breaks - Ascending break points.
 * @param values - One more value than breaks.
 * @param p - The statement's parameters.
 * @returns A BIGINT SQL expression.
 * @example
 * import { ParamList } from './params.js';
 * import { lookupSql } from './zone-lookup-sql.js';
 *
 * const p = new ParamList((placeholder) => placeholder);
 * p.statement(lookupSql('c', [10], [1, 2], p), 'numbered').sql; // 'CASE WHEN c < $1 THEN $2 ELSE $3 END'
 */
export function lookupSql(x: string, breaks: readonly number[], values: readonly number[], p: ParamList): string {
  if (values.length !== breaks.length + 1) throw new RangeError('lookupSql: one more value than breaks');
  const build = (lo: number, hi: number): string => {
    // breaks[lo..hi) with values[lo..hi]
    if (lo === hi) return p.add(values[lo] as number, 'bigint');
    const mid = (lo + hi) >> 1;
    return `CASE WHEN ${x} < ${p.add(breaks[mid] as number, 'bigint')} THEN ${build(lo, mid)} ELSE ${build(mid + 1, hi)} END`;
  };
  return build(0, breaks.length);
}
