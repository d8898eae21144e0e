import { type EndStages, quoteIdent, type SqlDialect } from './dialect.js';
import type { EndSpec } from './end-spec.js';
import type { ParamList, ParamType } from './params.js';
import { lookupSql } from './zone-lookup-sql.js';
import type { ZoneTable } from './zone-table.js';

const PG_TYPES: Readonly<Record<ParamType, string>> = { bigint: 'bigint', int: 'integer', text: 'text', instant: 'timestamptz', raw: '' };

/**
 * PostgreSQL (also PGlite). Anchor and hold columns are `timestamptz`. Calendar periods are counted
 * with `AT TIME ZONE`: the local date of the anchor, `+ make_interval(months => n)` (which clamps
 * to the month's last day, as date-fns `addMonths` does), `+ days`, then the start of that local day
 * (`date::timestamp AT TIME ZONE zone`: a skipped midnight resolves to the first instant of the day;
 * a repeated one is corrected to its first occurrence, as `@priv/calendar` starts a day).
 */
export const postgresDialect: SqlDialect = {
  name: 'postgres',
  placeholders: 'numbered',
  ident: quoteIdent,
  cast: (placeholder, type) => (type === 'raw' ? placeholder : `${placeholder}::${PG_TYPES[type]}`),
  epochMs: (column) => `floor(extract(epoch from ${column}) * 1000)::bigint`,
  endMs(p, anchor, spec, _ruleKey, table) {
    return endExpression(p, anchor, spec, this.epochMs, table);
  },
  idText: (expr) => `(${expr})::text COLLATE "C"`,
  greatest: (values) => (values.length === 1 ? (values[0] as string) : `GREATEST(${values.join(', ')})`),
  least: (values) => (values.length === 1 ? (values[0] as string) : `LEAST(${values.join(', ')})`),
  fence: ' OFFSET 0',
  distinct: (a, b) => `${a} IS DISTINCT FROM ${b}`,
  instantValue: (ms) => new Date(ms).toISOString(),
};

const DAY_MS = 86_400_000;

/**
 * The end as stages. Zoned calendar periods: (0) the anchor's local date, (1) the target local
 * date, (2) its midnight read by `AT TIME ZONE` (which takes the later of two midnights when the
 * clocks go back at midnight), (3) the wall clock 24 hours before that, (4) the first midnight: the target's midnight read with the
 * offset in force a day before, when that instant is earlier and really is the target's midnight
 * (Asia/Amman 2021-10-29: 21:00Z, not 22:00Z), as `@priv/calendar` starts a day. UTC needs no zone.
 */
function endExpression(p: ParamList, anchor: string, spec: EndSpec, epochMs: (c: string) => string, table: ZoneTable | undefined): EndStages {
  const hours = spec.hoursMs === 0 ? '' : ` + ${p.add(spec.hoursMs, 'bigint')}`;
  if (!spec.calendar) return [() => `(${epochMs(anchor)}${hours})`];
  const zone = p.add(spec.timeZone, 'text');
  const localDate = `(${anchor} AT TIME ZONE ${zone})::date`;
  const targetOf = (date: string) => {
    const from = spec.fiscal ? fiscalYearEnd(p, date, spec.fiscal) : date;
    const months = spec.months === 0 ? from : `(${from} + make_interval(months => ${p.add(spec.months, 'int')}))::date`;
    return `(${months} + ${p.add(spec.days + 1, 'int')})`;
  };
  const wallMs = (date: string) => `((${date} - DATE '1970-01-01')::bigint * ${DAY_MS})`;
  if (spec.utc) return [() => localDate, (c) => `(${wallMs(targetOf(c(0)))}${hours})`];
  if (table) {
    // Offsets from the zone table inside its range (no zone conversion), AT TIME ZONE outside it.
    const day = p.add(DAY_MS, 'bigint');
    // Shifted so the integer division floors (its operand is never negative).
    const base = Math.floor(table.fromMs / DAY_MS) - 2;
    const ofDate = (date: string) => `(${date} - DATE '1970-01-01')::bigint`;
    return [
      () => epochMs(anchor),
      (c) =>
        `CASE WHEN ${c(0)} >= ${p.add(table.fromMs, 'bigint')} AND ${c(0)} < ${p.add(table.toMs, 'bigint')} THEN (${c(0)} + ${lookupSql(c(0), table.breaks, table.offsets, p)} - ${p.add(base * DAY_MS, 'bigint')}) / ${day} + ${p.add(base, 'bigint')} WHEN ${c(0)} IS NOT NULL THEN ${ofDate(localDate)} END`,
      (c) => ofDate(targetOf(`(DATE '1970-01-01' + ${c(1)}::integer)`)),
      (c) =>
        `(CASE WHEN ${c(2)} >= ${p.add(table.fromDay, 'bigint')} AND ${c(2)} < ${p.add(table.toDay, 'bigint')} THEN ${c(2)} * ${day} - ${lookupSql(c(2), table.dayBreaks, table.dayOffsets, p)} WHEN ${c(2)} IS NOT NULL THEN ${dayStart(p, zone, `(DATE '1970-01-01' + ${c(2)}::integer)`, epochMs)} END${hours})`,
    ];
  }
  // The local date once (a fiscal year end reads it several times), then the target from it.
  return [
    () => localDate,
    (c) => targetOf(c(0)),
    (c) => `(${c(1)}::timestamp AT TIME ZONE ${zone})`,
    (c) => `floor(extract(epoch from ((${c(2)} - interval '24 hours') AT TIME ZONE ${zone})) * 1000)::bigint`,
    (c) => {
      const second = epochMs(c(2));
      // The midnight read with the offset of the day before: wall - (wall a day before - instant a day before).
      const first = `(${wallMs(c(1))} - ${c(3)} + ${second} - ${DAY_MS})`;
      const isMidnight = `((${c(2)} - make_interval(secs => (${second} - ${first}) / 1000.0)) AT TIME ZONE ${zone})::date = ${c(1)}`;
      // Nested, so the extra zone conversion runs only on the rare rows whose day before had another offset.
      return `(CASE WHEN ${first} < ${second} THEN CASE WHEN ${isMidnight} THEN ${first} ELSE ${second} END ELSE ${second} END${hours})`;
    },
  ];
}

/** The first instant (epoch ms) of a local date, in one expression (the zone table's fallback): as the stages above. */
function dayStart(_p: ParamList, zone: string, date: string, epochMs: (c: string) => string): string {
  const z = `(${date}::timestamp AT TIME ZONE ${zone})`;
  const second = epochMs(z);
  const first = `(((${date} - DATE '1970-01-01')::bigint * ${DAY_MS}) - floor(extract(epoch from ((${z} - interval '24 hours') AT TIME ZONE ${zone})) * 1000)::bigint + ${second} - ${DAY_MS})`;
  const isMidnight = `((${z} - make_interval(secs => (${second} - ${first}) / 1000.0)) AT TIME ZONE ${zone})::date = ${date}`;
  return `CASE WHEN ${first} < ${second} THEN CASE WHEN ${isMidnight} THEN ${first} ELSE ${second} END ELSE ${second} END`;
}

function fiscalYearEnd(p: ParamList, localDate: string, fiscal: { month: number; day: number }): string {
  const month = p.add(fiscal.month, 'int');
  const day = p.add(fiscal.day, 'int');
  const inYear = (year: string) =>
    `make_date(${year}, ${month}, least(${day}, extract(day from (make_date(${year}, ${month}, 1) + interval '1 month' - interval '1 day'))::integer))`;
  const year = `extract(year from ${localDate})::integer`;
  return `(CASE WHEN ${inYear(year)} >= ${localDate} THEN ${inYear(year)} ELSE ${inYear(`${year} + 1`)} END)`;
}
