import { quoteIdent, type SqlDialect } from './dialect.js';
import type { EndSpec } from './end-spec.js';
import type { ParamList, ParamType } from './params.js';

const PG_TYPES: Readonly<Record<ParamType, string>> = { bigint: 'bigint', int: 'integer', text: 'text', instant: 'timestamptz', raw: '' };

/**
 * PostgreSQL (also PGlite). Anchor and hold columns are `timestamptz`. Calendar periods are counted
 * with `AT TIME ZONE`: the local date of the anchor, `+ make_interval(months => n)` (which clamps
 * to the month's last day, as date-fns `addMonths` does), `+ days`, then the start of that local day
 * (`date::timestamp AT TIME ZONE zone`: a skipped midnight resolves to the first instant of the day,
 * a repeated one to its first occurrence, as `@date-fns/tz` does).
 */
export const postgresDialect: SqlDialect = {
  name: 'postgres',
  placeholders: 'numbered',
  ident: quoteIdent,
  cast: (placeholder, type) => (type === 'raw' ? placeholder : `${placeholder}::${PG_TYPES[type]}`),
  epochMs: (column) => `floor(extract(epoch from ${column}) * 1000)::bigint`,
  endMs(p, anchor, spec) {
    return endExpression(p, anchor, spec, this.epochMs);
  },
  idText: (expr) => `(${expr})::text COLLATE "C"`,
  greatest: (values) => (values.length === 1 ? (values[0] as string) : `GREATEST(${values.join(', ')})`),
  least: (values) => (values.length === 1 ? (values[0] as string) : `LEAST(${values.join(', ')})`),
  fence: ' OFFSET 0',
  distinct: (a, b) => `${a} IS DISTINCT FROM ${b}`,
  instantValue: (ms) => new Date(ms).toISOString(),
};

function endExpression(p: ParamList, anchor: string, spec: EndSpec, epochMs: (c: string) => string): string {
  const hours = spec.hoursMs === 0 ? '' : ` + ${p.add(spec.hoursMs, 'bigint')}`;
  if (!spec.calendar) return `(${epochMs(anchor)}${hours})`;
  const zone = p.add(spec.timeZone, 'text');
  const localDate = `(${anchor} AT TIME ZONE ${zone})::date`;
  const from = spec.fiscal ? fiscalYearEnd(p, localDate, spec.fiscal) : localDate;
  const months = spec.months === 0 ? from : `(${from} + make_interval(months => ${p.add(spec.months, 'int')}))::date`;
  const target = `(${months} + ${p.add(spec.days + 1, 'int')})`;
  return `(${epochMs(`(${target}::timestamp AT TIME ZONE ${zone})`)}${hours})`;
}

function fiscalYearEnd(p: ParamList, localDate: string, fiscal: { month: number; day: number }): string {
  const month = p.add(fiscal.month, 'int');
  const day = p.add(fiscal.day, 'int');
  const inYear = (year: string) =>
    `make_date(${year}, ${month}, least(${day}, extract(day from (make_date(${year}, ${month}, 1) + interval '1 month' - interval '1 day'))::integer))`;
  const year = `extract(year from ${localDate})::integer`;
  return `(CASE WHEN ${inYear(year)} >= ${localDate} THEN ${inYear(year)} ELSE ${inYear(`${year} + 1`)} END)`;
}
