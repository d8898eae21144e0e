import { quoteIdent, type SqlDialect } from './dialect.js';
import type { EndSpec } from './end-spec.js';
import { UnsupportedRuleError } from './errors.js';
import type { ParamList, ParamType } from './params.js';

/** The name of the SQL function the SQLite statements call for zoned rules, when enabled (see {@link sqliteFunctions}). */
export const SQLITE_RULE_END_FUNCTION = 'priv_rule_end';

const DAY = 86_400_000;

/**
 * SQLite has no time zones (its `localtime` is the machine's zone, which a purge must never use).
 * Anchor and hold columns hold epoch milliseconds (INTEGER). Rules counted in UTC are evaluated in
 * plain SQL (integer day numbers, `date()` for months with the day clamped to the month's length);
 * rules counted in another zone need the function {@link SQLITE_RULE_END_FUNCTION}, registered from
 * {@link sqliteFunctions} (better-sqlite3 `db.function`), else compiling throws
 * `UnsupportedRuleError`. Cutoffs, and so the due set, need no function in any zone.
 */
export function sqliteDialect(options: { readonly zoneFunction: boolean }): SqlDialect {
  return {
    name: 'sqlite',
    placeholders: 'positional',
    ident: quoteIdent,
    cast: (placeholder, type: ParamType) => (type === 'bigint' || type === 'int' || type === 'instant' ? `CAST(${placeholder} AS INTEGER)` : placeholder),
    epochMs: (column) => column,
    endMs(p, anchor, spec, ruleKey) {
      // Built now, so an unsupported rule throws where the compiler can name it.
      const expr = endExpression(p, anchor, spec, ruleKey);
      return [() => expr];
    },
    idText: (expr) => `CAST(${expr} AS TEXT)`,
    greatest: (values) => (values.length === 1 ? (values[0] as string) : `max(${values.join(', ')})`),
    least: (values) => (values.length === 1 ? (values[0] as string) : `min(${values.join(', ')})`),
    fence: ' LIMIT -1 OFFSET 0',
    distinct: (a, b) => `${a} IS NOT ${b}`,
    instantValue: (ms) => ms,
  };

  function endExpression(p: ParamList, anchor: string, spec: EndSpec, ruleKey: string): string {
    const hours = spec.hoursMs === 0 ? '' : ` + ${p.add(spec.hoursMs, 'bigint')}`;
    if (!spec.calendar) return `(${anchor}${hours})`;
    if (!spec.utc) {
      if (!options.zoneFunction) {
        throw new UnsupportedRuleError(
          ['timeZone'],
          `SQLite has no time zones: a rule counted in ${spec.timeZone} needs the ${SQLITE_RULE_END_FUNCTION} function (compile with sqliteZoneFunction: true and register sqliteFunctions(policy))`,
        );
      }
      return `${SQLITE_RULE_END_FUNCTION}(${p.add(ruleKey, 'text')}, ${anchor})`;
    }
    const day = `((${anchor}) - (((${anchor}) % ${DAY}) + ${DAY}) % ${DAY}) / ${DAY}`;
    const from = spec.fiscal ? fiscalYearEnd(p, day, spec.fiscal) : day;
    const months = spec.months === 0 ? from : addMonths(p, from, spec.months);
    return `((${months} + ${p.add(spec.days + 1, 'int')}) * ${DAY}${hours})`;
  }
}

/** A day number (days since 1970-01-01) as an ISO date. */
function isoDate(day: string): string {
  return `date((${day}) * 86400, 'unixepoch')`;
}

/** A day number of an ISO date. */
function dayOf(date: string): string {
  return `CAST(julianday(${date}) - 2440587.5 AS INTEGER)`;
}

/** Day number + n months, the day clamped to the target month's length (date-fns `addMonths`). */
function addMonths(p: ParamList, day: string, months: number): string {
  const date = isoDate(day);
  const first = `date(${date}, 'start of month', ${p.add(months, 'int')} || ' months')`;
  const length = `CAST(julianday(${first}, '+1 month') - julianday(${first}) AS INTEGER)`;
  const dom = `CAST(strftime('%d', ${date}) AS INTEGER)`;
  return `(${dayOf(first)} + min(${dom}, ${length}) - 1)`;
}

function fiscalYearEnd(p: ParamList, day: string, fiscal: { month: number; day: number }): string {
  const month = p.add(fiscal.month, 'int');
  const fday = p.add(fiscal.day, 'int');
  const inYear = (year: string) => {
    const first = `printf('%04d-%02d-01', ${year}, ${month})`;
    return `(${dayOf(first)} + min(${fday}, CAST(julianday(${first}, '+1 month') - julianday(${first}) AS INTEGER)) - 1)`;
  };
  const year = `CAST(strftime('%Y', ${isoDate(day)}) AS INTEGER)`;
  return `(CASE WHEN ${inYear(year)} >= (${day}) THEN ${inYear(year)} ELSE ${inYear(`${year} + 1`)} END)`;
}
