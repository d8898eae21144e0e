import { resolve } from 'node:path';
import { RetentionError } from '@priv/retention';
import {
  compileRetentionSql,
  RetentionSqlError,
  type CompiledRetentionSql,
  type SqlDialectName,
  type SqlMappingInput,
  type SqlStatement,
} from '@priv/retention-sql';
import { isRealIsoDate } from '@priv/schema';
import { CliError } from '../cli-error.js';
import { EXIT, type ExitCode } from '../exit-code.js';
import type { CliIo } from '../io.js';
import { locatePath, parseJsonWithPositions, type PositionedJson } from '../manifest/json-position.js';
import { loadManifest } from '../manifest/load-manifest.js';
import { readTextFile } from '../read-text-file.js';

/** The SQL dialects `priv sql` compiles for. */
export const SQL_DIALECTS: readonly SqlDialectName[] = ['postgres', 'duckdb', 'sqlite'];

/** Options of `priv sql`. */
export interface SqlOptions {
  /** The mapping JSON file (see `SqlMappingSchema` of `@priv/retention-sql`). */
  readonly mapping: string;
  readonly dialect: SqlDialectName;
  /** The instant the statements judge at: an ISO date-time with `Z` or an offset (default: the current time). */
  readonly now?: string;
  /** No `DELETE` or `UPDATE` statements. */
  readonly dryRun?: boolean;
  /** SQLite: call `priv_rule_end` for rules counted in a zone other than UTC (register `sqliteFunctions`). */
  readonly sqliteZoneFunction?: boolean;
  readonly format?: 'text' | 'json';
  readonly exportName?: string;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads `--now`: an ISO 8601 date-time with `Z` or an explicit offset (never the machine's zone).
 *
 * @param text - what was typed
 * @returns the instant
 * @throws {CliError} `invalid_option` (path `--now`) for anything else
 * @example
 * parseNow('2026-06-01T00:00:00Z').toISOString(); // '2026-06-01T00:00:00.000Z'
 */
export function parseNow(text: string): Date {
  const date = new Date(text);
  if (!ISO_INSTANT.test(text) || !isRealIsoDate(text.slice(0, 10)) || Number.isNaN(date.getTime())) {
    throw new CliError('invalid_option', '--now', `--now ${JSON.stringify(text)}: use an ISO date-time with Z or an offset, like 2026-06-01T00:00:00Z`);
  }
  return date;
}

function readMapping(cwd: string, file: string): PositionedJson {
  const text = readTextFile(resolve(cwd, file), file);
  const json = parseJsonWithPositions(text);
  if ('message' in json) throw new CliError('invalid_json', file, `${file}:${json.line}:${json.column}: ${json.message}`);
  return json;
}

const STATEMENTS = ['decisions', 'due', 'dueActions', 'summary', 'nextDue', 'deleteBatch', 'anonymiseBatch'] as const;

function statementText(name: string, table: string, s: SqlStatement): string {
  return `-- ${table}: ${name}\n-- params: ${JSON.stringify(s.params)}\n${s.sql.trimEnd()};\n`;
}

/**
 * The compiled statements as text: a header (dialect, now, dry run), then per table each statement
 * with its parameters in a comment, and the per-rule cutoffs.
 *
 * @param sql - what `compileRetentionSql` returned
 * @returns SQL text with comments, ending in one newline
 * @example
 * import { parseManifest } from '@priv/schema';
 * import { compileRetentionSql } from '@priv/retention-sql';
 * import { formatSqlText } from '@priv/cli';
 *
 * const manifest = parseManifest({
 *   version: '1.0.0', effectiveDate: '2026-05-12', timeZone: 'UTC', controller: { name: 'Example School' }, contact: { email: 'privacy@example.com' },
 *   purposes: [{ key: 'provide_service', description: 'Run the school.' }],
 *   collections: [{ category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['after_deletion'] }],
 *   retention: [{ key: 'after_deletion', description: '30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete' }],
 *   notice: { material: { advanceNotice: { days: 14 }, channels: ['email'] }, minor: { channels: ['page_update'] } },
 * });
 * const mapping = { tables: [{ name: 'accounts', id: 'id', categories: ['user.contact.email'], events: { account_deleted: 'deleted_at' } }] };
 * const now = new Date('2026-06-01T00:00:00Z');
 * formatSqlText(compileRetentionSql(manifest, mapping, { dialect: 'postgres', now })).startsWith('-- priv sql'); // true
 */
export function formatSqlText(sql: CompiledRetentionSql): string {
  const parts = [
    `-- priv sql: dialect ${sql.dialect}, now ${sql.now.toISOString()}, batch size ${sql.batchSize}${sql.dryRun ? ', dry run (no DELETE or UPDATE)' : ''}\n`,
  ];
  for (const t of sql.tables) {
    const cutoffs = t.cutoffs.map(
      (c) =>
        `--   ${c.rule}: anchors before ${c.cutoff ? c.cutoff.toISOString() : 'never (indefinite)'}${c.graceCutoff ? `, grace from ${c.graceCutoff.toISOString()}` : ''}`,
    );
    parts.push(`\n-- table ${t.table}\n-- cutoffs at now:\n${cutoffs.length > 0 ? cutoffs.join('\n') : '--   (no rule applies)'}\n`);
    for (const name of STATEMENTS) {
      const s = t[name];
      if (s) parts.push(`\n${statementText(name, t.table, s)}`);
    }
  }
  return parts.join('');
}

function sqlJson(sql: CompiledRetentionSql): string {
  const tables = sql.tables.map((t) => ({
    table: t.table,
    cutoffs: t.cutoffs.map((c) => ({ rule: c.rule, cutoff: c.cutoff?.toISOString() ?? null, graceCutoff: c.graceCutoff?.toISOString() ?? null })),
    statements: Object.fromEntries(STATEMENTS.flatMap((name) => (t[name] ? [[name, t[name]]] : []))),
  }));
  return `${JSON.stringify({ dialect: sql.dialect, now: sql.now.toISOString(), batchSize: sql.batchSize, dryRun: sql.dryRun, tables }, null, 2)}\n`;
}

/**
 * `priv sql MANIFEST --mapping FILE --dialect postgres|duckdb|sqlite [--now ISO] [--dry-run]`: prints
 * the statements `@priv/retention-sql` compiles for the manifest's retention rules and the mapping.
 * Runs nothing.
 *
 * @param spec - the manifest argument
 * @param options - mapping file, dialect, now, dry run, format
 * @param io - where to write
 * @returns 0
 * @throws {CliError} exit 2: an unreadable or invalid manifest or mapping (`invalid_mapping`, with the
 *   mapping's path, like `mapping.json: tables[0].events.account_deleted: ...`), a bad `--now`
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { sqlCommand } from '@priv/cli';
 *
 * const cwd = mkdtempSync(join(tmpdir(), 'priv-example-')); // a project folder
 * const input = {
 *   version: '1.0.0', effectiveDate: '2026-05-12', timeZone: 'UTC', controller: { name: 'Example School' }, contact: { email: 'privacy@example.com' },
 *   purposes: [{ key: 'provide_service', description: 'Run the school.' }],
 *   collections: [{ category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['after_deletion'] }],
 *   retention: [{ key: 'after_deletion', description: '30 days after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete' }],
 *   notice: { material: { advanceNotice: { days: 14 }, channels: ['email'] }, minor: { channels: ['page_update'] } },
 * };
 * writeFileSync(join(cwd, 'privacy.json'), JSON.stringify(input));
 * const output: string[] = [];
 * const io = { out: (text: string) => output.push(text), err: () => {}, cwd, errIsTty: false }; // process.stdout, process.stderr in the CLI
 * writeFileSync(join(cwd, 'retention-mapping.json'), JSON.stringify({ tables: [{ name: 'accounts', id: 'id', categories: ['user.contact.email'], events: { account_deleted: 'deleted_at' } }] }));
 * await sqlCommand('privacy.json', { mapping: 'retention-mapping.json', dialect: 'postgres', now: '2026-06-01T00:00:00Z' }, io); // 0
 * output.join('').startsWith('-- priv sql'); // true
 */
export async function sqlCommand(spec: string, options: SqlOptions, io: CliIo): Promise<ExitCode> {
  if (!SQL_DIALECTS.includes(options.dialect))
    throw new CliError('invalid_option', '--dialect', `--dialect ${JSON.stringify(options.dialect)}: use one of ${SQL_DIALECTS.join(', ')}`);
  const now = options.now === undefined ? new Date() : parseNow(options.now);
  const { manifest } = await loadManifest(spec, { cwd: io.cwd, ...(options.exportName ? { exportName: options.exportName } : {}) });
  const positioned = readMapping(io.cwd, options.mapping);
  let sql: CompiledRetentionSql;
  try {
    sql = compileRetentionSql(manifest, positioned.value as SqlMappingInput, {
      dialect: options.dialect,
      now,
      dryRun: options.dryRun === true,
      sqliteZoneFunction: options.sqliteZoneFunction === true,
    });
  } catch (error) {
    if (error instanceof RetentionSqlError) {
      const where = error.code === 'unsupported_rule' || error.code === 'invalid_option' ? spec : options.mapping;
      const at = where === options.mapping ? locatePath(positioned, error.path) : undefined;
      const hint = error.code === 'unsupported_rule' && options.dialect === 'sqlite' ? ' (pass --sqlite-zone-function and register sqliteFunctions)' : '';
      throw new CliError(
        where === spec ? 'invalid_option' : 'invalid_mapping',
        where,
        `${where}${at ? `:${at.line}:${at.column}` : ''}: ${error.message}${hint}`,
      );
    }
    if (error instanceof RetentionError) throw new CliError('invalid_manifest', spec, `${spec}: ${error.message}`);
    throw error;
  }
  io.out(options.format === 'json' ? sqlJson(sql) : formatSqlText(sql));
  return EXIT.ok;
}
