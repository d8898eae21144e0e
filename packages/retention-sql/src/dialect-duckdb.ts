import { quoteIdent, type SqlDialect } from './dialect.js';
import type { EndSpec } from './end-spec.js';
import type { ParamList, ParamType } from './params.js';

const DUCK_TYPES: Readonly<Record<ParamType, string>> = { bigint: 'BIGINT', int: 'INTEGER', text: 'VARCHAR', instant: 'TIMESTAMPTZ', raw: '' };

/**
 * DuckDB (`@duckdb/node-api`, which bundles the ICU extension that time zones need). Anchor and hold
 * columns are `TIMESTAMPTZ`. Calendar periods: `timezone(zone, t)` for the local date,
 * `+ to_months(n)` (clamped to the month's last day), `+ days`, and `timezone(zone, date::TIMESTAMP)`
 * for the start of the local day.
 */
export const duckdbDialect: SqlDialect = {
  name: 'duckdb',
  placeholders: 'numbered',
  ident: quoteIdent,
  cast: (placeholder, type) => (type === 'raw' ? placeholder : `CAST(${placeholder} AS ${DUCK_TYPES[type]})`),
  epochMs: (column) => `epoch_ms(${column})`,
  endMs(p, anchor, spec) {
    return endExpression(p, anchor, spec);
  },
  idText: (expr) => `CAST(${expr} AS VARCHAR)`,
  greatest: (values) => (values.length === 1 ? (values[0] as string) : `greatest(${values.join(', ')})`),
  least: (values) => (values.length === 1 ? (values[0] as string) : `least(${values.join(', ')})`),
  fence: ' OFFSET 0',
  distinct: (a, b) => `${a} IS DISTINCT FROM ${b}`,
  instantValue: (ms) => new Date(ms).toISOString(),
};

function endExpression(p: ParamList, anchor: string, spec: EndSpec): string {
  const hours = spec.hoursMs === 0 ? '' : ` + ${p.add(spec.hoursMs, 'bigint')}`;
  if (!spec.calendar) return `(epoch_ms(${anchor})${hours})`;
  const zone = p.add(spec.timeZone, 'text');
  const localDate = `CAST(timezone(${zone}, ${anchor}) AS DATE)`;
  const from = spec.fiscal ? fiscalYearEnd(p, localDate, spec.fiscal) : localDate;
  const months = spec.months === 0 ? from : `CAST(${from} + to_months(${p.add(spec.months, 'int')}) AS DATE)`;
  const target = `(${months} + ${p.add(spec.days + 1, 'int')})`;
  return `(epoch_ms(timezone(${zone}, CAST(${target} AS TIMESTAMP)))${hours})`;
}

function fiscalYearEnd(p: ParamList, localDate: string, fiscal: { month: number; day: number }): string {
  const month = p.add(fiscal.month, 'int');
  const day = p.add(fiscal.day, 'int');
  const inYear = (year: string) => `make_date(${year}, ${month}, least(${day}, day(last_day(make_date(${year}, ${month}, 1)))))`;
  const year = `CAST(year(${localDate}) AS INTEGER)`;
  return `(CASE WHEN ${inYear(year)} >= ${localDate} THEN ${inYear(year)} ELSE ${inYear(`${year} + 1`)} END)`;
}
