import { type EndStages, quoteIdent, type SqlDialect } from './dialect.js';
import type { EndSpec } from './end-spec.js';
import type { ParamList, ParamType } from './params.js';
import { lookupSql } from './zone-lookup-sql.js';
import type { ZoneTable } from './zone-table.js';

const DUCK_TYPES: Readonly<Record<ParamType, string>> = { bigint: 'BIGINT', int: 'INTEGER', text: 'VARCHAR', instant: 'TIMESTAMPTZ', raw: '' };

/**
 * DuckDB (`@duckdb/node-api`, which bundles the ICU extension that time zones need). Anchor and hold
 * columns are `TIMESTAMPTZ`. Calendar periods: `timezone(zone, t)` for the local date,
 * `+ to_months(n)` (clamped to the month's last day), `+ days`, and `timezone(zone, date::TIMESTAMP)`
 * for the start of the local day (a repeated midnight corrected to its first occurrence).
 */
export const duckdbDialect: SqlDialect = {
  name: 'duckdb',
  placeholders: 'numbered',
  ident: quoteIdent,
  cast: (placeholder, type) => (type === 'raw' ? placeholder : `CAST(${placeholder} AS ${DUCK_TYPES[type]})`),
  epochMs: (column) => `epoch_ms(${column})`,
  endMs(p, anchor, spec, _ruleKey, table) {
    return endExpression(p, anchor, spec, table);
  },
  idText: (expr) => `CAST(${expr} AS VARCHAR)`,
  greatest: (values) => (values.length === 1 ? (values[0] as string) : `greatest(${values.join(', ')})`),
  least: (values) => (values.length === 1 ? (values[0] as string) : `least(${values.join(', ')})`),
  fence: ' OFFSET 0',
  distinct: (a, b) => `${a} IS DISTINCT FROM ${b}`,
  instantValue: (ms) => new Date(ms).toISOString(),
};

const DAY_MS = 86_400_000;

/**
 * The end as stages. Zoned calendar periods: (0) the anchor's local date, (1) the target local
 * date, (2) its midnight read by `timezone(zone, timestamp)` (which takes the later of two midnights
 * when the clocks go back at midnight), (3) the wall clock 24 hours before that, (4) the first midnight: the target's midnight
 * read with the offset in force a day before, when that instant is earlier and really is the
 * target's midnight (Asia/Amman 2021-10-29: 21:00Z, not 22:00Z), as `@priv/calendar` starts a day.
 * UTC needs no zone (no ICU call at all).
 */
function endExpression(p: ParamList, anchor: string, spec: EndSpec, table: ZoneTable | undefined): EndStages {
  const hours = spec.hoursMs === 0 ? '' : ` + ${p.add(spec.hoursMs, 'bigint')}`;
  if (!spec.calendar) return [() => `(epoch_ms(${anchor})${hours})`];
  const zone = p.add(spec.timeZone, 'text');
  // epoch_ms(BIGINT) is a TIMESTAMP (no zone): its date is the UTC date, without ICU.
  const localDate = spec.utc ? `CAST(epoch_ms(epoch_ms(${anchor})) AS DATE)` : `CAST(timezone(${zone}, ${anchor}) AS DATE)`;
  const targetOf = (date: string) => {
    const from = spec.fiscal ? fiscalYearEnd(p, date, spec.fiscal) : date;
    const months = spec.months === 0 ? from : `CAST(${from} + to_months(${p.add(spec.months, 'int')}) AS DATE)`;
    return `CAST(${months} + ${p.add(spec.days + 1, 'int')} AS DATE)`;
  };
  const wallMs = (date: string) => `epoch_ms(CAST(${date} AS TIMESTAMP))`;
  if (spec.utc) return [() => localDate, (c) => `(${wallMs(targetOf(c(0)))}${hours})`];
  if (table) {
    // Offsets from the zone table inside its range (no ICU call), the zone functions outside it.
    const day = p.add(DAY_MS, 'bigint');
    // Shifted so the integer division floors (its operand is never negative).
    const base = Math.floor(table.fromMs / DAY_MS) - 2;
    const ofDate = (date: string) => `CAST(${date} - DATE '1970-01-01' AS BIGINT)`;
    return [
      () => `epoch_ms(${anchor})`,
      (c) =>
        `CASE WHEN ${c(0)} >= ${p.add(table.fromMs, 'bigint')} AND ${c(0)} < ${p.add(table.toMs, 'bigint')} THEN (${c(0)} + ${lookupSql(c(0), table.breaks, table.offsets, p)} - ${p.add(base * DAY_MS, 'bigint')}) // ${day} + ${p.add(base, 'bigint')} WHEN ${c(0)} IS NOT NULL THEN ${ofDate(localDate)} END`,
      (c) => ofDate(targetOf(`CAST(DATE '1970-01-01' + CAST(${c(1)} AS INTEGER) AS DATE)`)),
      (c) =>
        `(CASE WHEN ${c(2)} >= ${p.add(table.fromDay, 'bigint')} AND ${c(2)} < ${p.add(table.toDay, 'bigint')} THEN ${c(2)} * ${day} - ${lookupSql(c(2), table.dayBreaks, table.dayOffsets, p)} WHEN ${c(2)} IS NOT NULL THEN ${dayStart(zone, `CAST(DATE '1970-01-01' + CAST(${c(2)} AS INTEGER) AS DATE)`)} END${hours})`,
    ];
  }
  // The local date once (a fiscal year end reads it several times), then the target from it.
  return [
    () => localDate,
    (c) => targetOf(c(0)),
    (c) => `timezone(${zone}, CAST(${c(1)} AS TIMESTAMP))`,
    (c) => `epoch_ms(timezone(${zone}, ${c(2)} - INTERVAL 24 HOURS))`,
    (c) => {
      const second = `epoch_ms(${c(2)})`;
      // The midnight read with the offset of the day before: wall - (wall a day before - instant a day before).
      const first = `(${wallMs(c(1))} - ${c(3)} + ${second} - ${DAY_MS})`;
      const isMidnight = `CAST(timezone(${zone}, ${c(2)} - to_milliseconds(${second} - ${first})) AS DATE) = ${c(1)}`;
      // Nested, so the extra zone conversion runs only on the rare rows whose day before had another offset.
      return `(CASE WHEN ${first} < ${second} THEN CASE WHEN ${isMidnight} THEN ${first} ELSE ${second} END ELSE ${second} END${hours})`;
    },
  ];
}

/** The first instant (epoch ms) of a local date, in one expression (the zone table's fallback): as the stages above. */
function dayStart(zone: string, date: string): string {
  const z = `timezone(${zone}, CAST(${date} AS TIMESTAMP))`;
  const second = `epoch_ms(${z})`;
  const first = `(epoch_ms(CAST(${date} AS TIMESTAMP)) - epoch_ms(timezone(${zone}, ${z} - INTERVAL 24 HOURS)) + ${second} - ${DAY_MS})`;
  const isMidnight = `CAST(timezone(${zone}, ${z} - to_milliseconds(${second} - ${first})) AS DATE) = ${date}`;
  return `CASE WHEN ${first} < ${second} THEN CASE WHEN ${isMidnight} THEN ${first} ELSE ${second} END ELSE ${second} END`;
}

function fiscalYearEnd(p: ParamList, localDate: string, fiscal: { month: number; day: number }): string {
  const month = p.add(fiscal.month, 'int');
  const day = p.add(fiscal.day, 'int');
  const inYear = (year: string) => `make_date(${year}, ${month}, least(${day}, day(last_day(make_date(${year}, ${month}, 1)))))`;
  const year = `CAST(year(${localDate}) AS INTEGER)`;
  return `(CASE WHEN ${inYear(year)} >= ${localDate} THEN ${inYear(year)} ELSE ${inYear(`${year} + 1`)} END)`;
}
