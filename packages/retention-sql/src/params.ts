/** The SQL type a parameter is read as. */
/** `raw`: no cast, the database infers the type from the column it meets (`SET email = $1`). */
export type ParamType = 'bigint' | 'int' | 'text' | 'instant' | 'raw';

/** A parametrised SQL statement: run `sql` with `params` (placeholders `$1` for PostgreSQL and DuckDB, `?` for SQLite). */
export interface SqlStatement {
  readonly sql: string;
  readonly params: readonly (string | number | null)[];
}

/** The style of placeholders a dialect's drivers take. */
export type PlaceholderStyle = 'numbered' | 'positional';

/**
 * Collects parameter values while SQL is built in any order; {@link ParamList.statement} then writes
 * the placeholders: `$n` once per distinct value (PostgreSQL, DuckDB), or `?` per occurrence with
 * the values repeated in text order (SQLite). Values never enter the SQL text.
 */
export class ParamList {
  private readonly values: (string | number | null)[] = [];
  private readonly seen = new Map<string, number>();
  constructor(private readonly cast: (placeholder: string, type: ParamType) => string) {}

  /** A typed placeholder for a value (a marker until {@link statement} writes the final form). */
  add(value: string | number | null, type: ParamType): string {
    const key = `${type}:${typeof value}:${String(value)}`;
    let index = this.seen.get(key);
    if (index === undefined) {
      this.values.push(value);
      index = this.values.length - 1;
      this.seen.set(key, index);
    }
    return this.cast(`\u0001${index}\u0002`, type);
  }

  /** The statement with its placeholders written in the dialect's style. */
  statement(sql: string, style: PlaceholderStyle): SqlStatement {
    if (style === 'numbered') {
      // Renumber in order of first use so unused values are not sent.
      const order = new Map<number, number>();
      const params: (string | number | null)[] = [];
      const text = sql.replace(/\u0001(\d+)\u0002/g, (_, n: string) => {
        const index = Number(n);
        let position = order.get(index);
        if (position === undefined) {
          params.push(this.values[index] ?? null);
          position = params.length;
          order.set(index, position);
        }
        return `$${position}`;
      });
      return { sql: text, params };
    }
    const params: (string | number | null)[] = [];
    const text = sql.replace(/\u0001(\d+)\u0002/g, (_, n: string) => {
      params.push(this.values[Number(n)] ?? null);
      return '?';
    });
    return { sql: text, params };
  }
}
