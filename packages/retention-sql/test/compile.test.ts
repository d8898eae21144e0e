import { compileRule } from '@priv/retention';
import { describe, expect, it } from 'vitest';
import {
  compileRetentionSql,
  cutoffFor,
  InvalidMappingError,
  InvalidOptionError,
  parseSqlMapping,
  RetentionSqlError,
  UnmappedAnchorError,
  UnsupportedRuleError,
} from '../src/index.js';

const manifest = {
  timeZone: 'Europe/Berlin',
  retention: [
    { key: 'logs_30_days', description: 'Logs are kept 30 days.', anchor: 'record_created', period: { days: 30 }, bound: 'maximum', action: 'delete' },
    {
      key: 'after_deletion',
      description: 'Deleted 30 days after the account.',
      anchor: 'account_deleted',
      period: { days: 30 },
      bound: 'maximum',
      action: 'anonymise',
      timeZone: 'UTC',
    },
  ],
  collections: [
    { category: 'user.technical', retention: ['logs_30_days'] },
    { category: 'user.contact', retention: ['after_deletion'] },
  ],
} as const;
const mapping = {
  tables: [
    { name: 'logs', id: 'id', categories: ['user.technical'], events: { record_created: 'created_at' } },
    { name: 'contacts', id: 'id', subject: 'user_id', categories: ['user.contact'], anonymise: { set: { email: null, name: 'anonymous' } } },
  ],
  subjects: { table: 'accounts', id: 'id', events: { account_deleted: 'deleted_at' } },
};
const now = new Date('2026-06-01T00:00:00Z');

describe('the mapping', () => {
  it('rejects a table without an id column, with a path', () => {
    const error = (() => {
      try {
        parseSqlMapping({ tables: [{ name: 'logs', categories: ['user.technical'] }] });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidMappingError);
    expect((error as RetentionSqlError).code).toBe('invalid_mapping');
    expect((error as RetentionSqlError).pathText).toBe('tables[0].id');
  });

  it('rejects identifiers that could carry SQL', () => {
    expect(() => parseSqlMapping({ tables: [{ name: 'logs; DROP TABLE x', id: 'id', categories: ['user.technical'] }] })).toThrow(/tables\[0\]\.name/);
    expect(() => parseSqlMapping({ tables: [{ name: 'logs', id: 'id"--', categories: ['user.technical'] }] })).toThrow(/tables\[0\]\.id/);
  });

  it('rejects an event mapped both on the table and on the subject', () => {
    expect(() => parseSqlMapping({ ...mapping, tables: [{ ...mapping.tables[1]!, events: { account_deleted: 'deleted_at' } }] })).toThrow(
      /tables\[0\]\.events\.account_deleted/,
    );
  });

  it('needs every anchor of an applicable rule mapped (or declared null)', () => {
    const error = (() => {
      try {
        compileRetentionSql(manifest, { tables: [mapping.tables[0]!, { ...mapping.tables[1]!, subject: 'user_id' }] }, { dialect: 'postgres', now });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UnmappedAnchorError);
    expect((error as RetentionSqlError).pathText).toBe('tables[1].events.account_deleted');
    expect(() =>
      compileRetentionSql(
        manifest,
        { tables: [mapping.tables[0]!, { ...mapping.tables[1]!, events: { account_deleted: null } }] },
        { dialect: 'postgres', now },
      ),
    ).not.toThrow();
  });
});

describe('the compiler', () => {
  it('passes every value as a parameter: no instant, zone, rule key or set value in the SQL text', () => {
    for (const dialect of ['postgres', 'duckdb', 'sqlite'] as const) {
      const sql = compileRetentionSql(manifest, mapping, { dialect, now, sqliteZoneFunction: true });
      for (const table of sql.tables) {
        for (const statement of [table.decisions, table.due, table.summary, table.nextDue, table.deleteBatch, table.anonymiseBatch]) {
          if (!statement) continue;
          expect(statement.sql).not.toMatch(/2026-|Europe\/Berlin|logs_30_days|after_deletion|anonymous|user\.technical/);
          expect(statement.params.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('writes $n placeholders for PostgreSQL and DuckDB, ? for SQLite, with one value per ?', () => {
    const pg = compileRetentionSql(manifest, mapping, { dialect: 'postgres', now }).tables[0]!.decisions;
    expect(pg.sql).toMatch(/\$1::/);
    expect(Math.max(...[...pg.sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])))).toBe(pg.params.length);
    const lite = compileRetentionSql(manifest, mapping, { dialect: 'sqlite', now, sqliteZoneFunction: true }).tables[0]!.decisions;
    expect(lite.sql).not.toMatch(/\$\d/);
    expect(lite.sql.split('?').length - 1).toBe(lite.params.length);
  });

  it('computes the cutoff outside the database: 30 days in Berlin, judged at 1 June 00:00 UTC', () => {
    const [logs] = compileRetentionSql(manifest, mapping, { dialect: 'postgres', now }).tables[0]!.cutoffs;
    // Created on 1 May (Berlin): day 30 is 31 May, over at 1 June 00:00 Berlin (31 May 22:00 UTC), before now: due.
    // Created on 2 May: over at 2 June 00:00 Berlin, after now. So the cutoff is the start of 2 May in Berlin.
    expect(logs?.cutoff?.toISOString()).toBe('2026-05-01T22:00:00.000Z');
  });

  it('a dry run writes no delete or update', () => {
    const sql = compileRetentionSql(manifest, mapping, { dialect: 'postgres', now, dryRun: true });
    for (const table of sql.tables) {
      expect(table.deleteBatch).toBeUndefined();
      expect(table.anonymiseBatch).toBeUndefined();
      for (const s of [table.decisions, table.due, table.summary, table.nextDue]) expect(s.sql).toMatch(/^SELECT /);
    }
  });

  it('SQLite: a rule counted in a zone needs the zone function, and says which rule', () => {
    const error = (() => {
      try {
        compileRetentionSql(manifest, mapping, { dialect: 'sqlite', now });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UnsupportedRuleError);
    expect((error as RetentionSqlError).pathText).toBe('retention[0].timeZone');
    // A UTC-only policy needs no function.
    expect(() => compileRetentionSql({ ...manifest, timeZone: 'UTC' }, mapping, { dialect: 'sqlite', now })).not.toThrow();
  });

  it('rejects bad options with typed errors', () => {
    expect(() => compileRetentionSql(manifest, mapping, { dialect: 'oracle' as 'postgres', now })).toThrow(InvalidOptionError);
    expect(() => compileRetentionSql(manifest, mapping, { dialect: 'postgres', now: new Date('nonsense') })).toThrow(/now/);
    expect(() => compileRetentionSql(manifest, mapping, { dialect: 'postgres', now, batchSize: 0 })).toThrow(/batchSize/);
    expect(() => compileRetentionSql(manifest, mapping, { dialect: 'duckdb', now, zoneTableYears: 201 })).toThrow(/zoneTableYears/);
    expect(() => compileRetentionSql(manifest, mapping, { dialect: 'duckdb', now, zoneTableYears: 1.5 })).toThrow(InvalidOptionError);
  });
});

describe('zone tables', () => {
  it('carry the zone as parameters for zoned rules, and are left out with zoneTableYears: 0', () => {
    const withTable = compileRetentionSql(manifest, mapping, { dialect: 'duckdb', now }).tables[0]!.due;
    const without = compileRetentionSql(manifest, mapping, { dialect: 'duckdb', now, zoneTableYears: 0 }).tables[0]!.due;
    // Europe/Berlin, 2006..2046: two changes of offset a year, each a break and a value in two trees.
    expect(withTable.params.length).toBeGreaterThan(without.params.length + 150);
    expect(without.params.length).toBeLessThan(12);
    expect(withTable.sql).toContain('CASE WHEN');
  });
});

describe('cutoffFor', () => {
  it('is the first anchor whose end is after now, to the millisecond, for month ends and leap days', () => {
    const rule = compileRule({
      key: 'one_month',
      description: 'One month.',
      anchor: 'record_created',
      period: { months: 1 },
      bound: 'maximum',
      action: 'delete',
      timeZone: 'UTC',
    });
    // 31 January + 1 month ends with 28 February 2025: the end is 1 March 00:00.
    const nowMs = Date.parse('2025-03-01T00:00:00Z');
    const cutoff = cutoffFor(rule.end, nowMs);
    expect(rule.end(cutoff - 1)).toBeLessThanOrEqual(nowMs);
    expect(rule.end(cutoff)).toBeGreaterThan(nowMs);
    expect(new Date(cutoff).toISOString()).toBe('2025-02-01T00:00:00.000Z');
  });
});
