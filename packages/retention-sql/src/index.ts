export { InvalidMappingError, InvalidOptionError, RetentionSqlError, UnmappedAnchorError, UnsupportedRuleError, type RetentionSqlErrorCode } from './errors.js';
export {
  parseSqlMapping,
  SqlCategoriesSchema,
  SqlHoldsMappingSchema,
  SqlIdentifierSchema,
  SqlMappingSchema,
  SqlSubjectsMappingSchema,
  SqlTableMappingSchema,
  SqlTableNameSchema,
  type SqlMapping,
  type SqlMappingInput,
  type SqlTableMapping,
} from './mapping.js';
export { cutoffFor, MIN_CUTOFF_MS } from './cutoff.js';
export type { SqlDialectName } from './dialect.js';
export type { SqlStatement } from './params.js';
export type { RuleCutoff } from './decision-sql.js';
export { compileRetentionSql, type CompiledRetentionSql, type CompiledTableSql, type CompileSqlOptions } from './compile.js';
export { summariseSql, toPurgeAction, type SqlRow } from './summarise.js';
export { runPurge, type RunPurgeOptions, type RunPurgeResult, type SqlExecutor } from './run-purge.js';
export { SQLITE_RULE_END_FUNCTION } from './dialect-sqlite.js';
export { sqliteFunctions, type SqliteFunction } from './sqlite-functions.js';
