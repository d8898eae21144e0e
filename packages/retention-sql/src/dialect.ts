import type { EndSpec } from './end-spec.js';
import type { ParamList, ParamType, PlaceholderStyle } from './params.js';
import type { ZoneTable } from './zone-table.js';

/** The stages of an end expression (see {@link SqlDialect.endMs}): each reads earlier stages' columns by index. */
export type EndStages = readonly ((col: (stage: number) => string) => string)[];

/** The SQL dialects the compiler writes. */
export type SqlDialectName = 'postgres' | 'duckdb' | 'sqlite';

/** How one dialect writes the few things that differ. */
export interface SqlDialect {
  readonly name: SqlDialectName;
  readonly placeholders: PlaceholderStyle;
  /** A quoted identifier; `schema.table` is quoted part by part. */
  ident(name: string): string;
  /** A typed placeholder. */
  cast(placeholder: string, type: ParamType): string;
  /** An anchor column's instant as epoch milliseconds (BIGINT). */
  epochMs(column: string): string;
  /**
   * The end instant (epoch ms, BIGINT) of a period for an anchor column, exactly as `@priv/retention`
   * computes it, as stages: stage `i` is one column, computed in its own query layer, that may read
   * the columns of earlier stages (`col(j)`, j < i); the last stage is the end. Stages let an
   * expression used twice (a zone conversion) be computed once. With a zone table (PostgreSQL,
   * DuckDB), anchors and days inside its range read offsets from it instead of the database's zone
   * functions.
   */
  endMs(p: ParamList, anchor: string, spec: EndSpec, ruleKey: string, table?: ZoneTable): EndStages;
  /** A record id as text, ordered as JavaScript orders strings (for the soonest-due list). */
  idText(expr: string): string;
  /** The largest of several non-NULL values. */
  greatest(values: readonly string[]): string;
  /** The smallest of several non-NULL values. */
  least(values: readonly string[]): string;
  /** Appended to each layer of the decision query so the planner computes a layer's columns once instead of inlining them into every use. */
  readonly fence: string;
  /** `a IS DISTINCT FROM b` (NULL-safe inequality). */
  distinct(a: string, b: string): string;
  /** The value of an instant parameter, in the form the anchor columns are compared with. */
  instantValue(ms: number): string | number;
}

/** Quotes an identifier the SQL-standard way (all three dialects). */
export function quoteIdent(name: string): string {
  return name
    .split('.')
    .map((part) => `"${part.replaceAll('"', '""')}"`)
    .join('.');
}
