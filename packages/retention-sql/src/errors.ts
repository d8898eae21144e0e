import { formatPath, PrivError } from '@priv/schema';

/** What kind of problem a {@link RetentionSqlError} reports. */
export type RetentionSqlErrorCode = 'invalid_mapping' | 'unmapped_anchor' | 'unsupported_rule' | 'invalid_option';

/**
 * The base class of every error `@priv/retention-sql` throws on bad input: what was wrong (`code`,
 * `message`) and where (`path`, `pathText`, zod-style: `tables[0].events.account_deleted`).
 *
 * @example
 * try {
 *   parseSqlMapping({ tables: [{ name: 'accounts' }] });
 * } catch (error) {
 *   if (error instanceof RetentionSqlError) console.log(error.code, error.pathText); // 'invalid_mapping' 'tables[0].id'
 * }
 */
export class RetentionSqlError extends PrivError {
  override readonly name: string = 'RetentionSqlError';
  /** Machine-readable kind of problem. */
  declare readonly code: RetentionSqlErrorCode;

  constructor(code: RetentionSqlErrorCode, path: readonly PropertyKey[], message: string) {
    super(code, `${formatPath(path)}: ${message}`, { path });
  }
}

/** A mapping that does not match {@link SqlMappingSchema}, or contradicts itself. */
export class InvalidMappingError extends RetentionSqlError {
  override readonly name = 'InvalidMappingError';
  constructor(path: readonly PropertyKey[], message: string) {
    super('invalid_mapping', path, message);
  }
}

/**
 * A rule applies to a table but the mapping says nothing about where its anchor event is. Declare
 * the column, or `null` if the table's records never see that event: a forgotten column would
 * otherwise silently mean "never happened" and the rule would never purge.
 */
export class UnmappedAnchorError extends RetentionSqlError {
  override readonly name = 'UnmappedAnchorError';
  /** The anchor event nobody mapped. */
  readonly anchor: string;
  constructor(path: readonly PropertyKey[], anchor: string, rule: string) {
    super(
      'unmapped_anchor',
      path,
      `Rule "${rule}" is anchored to "${anchor}", which this table does not map: give its column (or null if the table never sees the event)`,
    );
    this.anchor = anchor;
  }
}

/** A rule the chosen dialect cannot evaluate in SQL (a zoned rule in SQLite without the zone function). */
export class UnsupportedRuleError extends RetentionSqlError {
  override readonly name = 'UnsupportedRuleError';
  constructor(path: readonly PropertyKey[], message: string) {
    super('unsupported_rule', path, message);
  }
}

/** A compile or run option that is missing or out of range (`now`, `batchSize`, `dialect`). */
export class InvalidOptionError extends RetentionSqlError {
  override readonly name = 'InvalidOptionError';
  constructor(path: readonly PropertyKey[], message: string) {
    super('invalid_option', path, message);
  }
}
