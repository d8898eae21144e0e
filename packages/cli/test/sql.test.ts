import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRetentionSql, parseSqlMapping, type SqlDialectName } from '@priv/retention-sql';
import { parseManifest } from '@priv/schema';
import { describe, expect, it } from 'vitest';
import { formatSqlText } from '../src/index.js';
import { SEEDS, run, tempDir, writeJson } from './helpers.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'sql', 'codementor-mapping.json');
const NOW = '2026-06-01T00:00:00Z';

function project(): string {
  const dir = tempDir('priv-sql-');
  writeJson(dir, 'privacy.json', SEEDS.codementor);
  copyFileSync(FIXTURE, join(dir, 'mapping.json'));
  return dir;
}

describe('priv sql', () => {
  it.each(['postgres', 'duckdb', 'sqlite'] as const)(
    '%s: prints exactly what compileRetentionSql compiles for the seed and the fixture mapping',
    async (dialect: SqlDialectName) => {
      const dir = project();
      const result = await run(dir, 'sql', 'privacy.json', '--mapping', 'mapping.json', '--dialect', dialect, '--now', NOW);
      expect(result.err).toBe('');
      expect(result.code).toBe(0);
      const mapping = parseSqlMapping(JSON.parse((await import('node:fs')).readFileSync(FIXTURE, 'utf8')));
      const expected = compileRetentionSql(parseManifest(SEEDS.codementor), mapping, { dialect, now: new Date(NOW) });
      expect(result.out).toBe(formatSqlText(expected));
      for (const table of expected.tables) {
        expect(result.out).toContain(`${table.decisions.sql};\n`);
        expect(result.out).toContain(`-- params: ${JSON.stringify(table.decisions.params)}\n`);
      }
      // The seed deletes 30 days after the account is deleted, in backups: the cutoff is 30 days before now.
      expect(result.out).toContain('--   backups_after_deletion: anchors before 2026-05-02T00:00:00.000Z');
      expect(result.out).toContain('DELETE FROM "profiles"');
      expect(result.out).toMatch(/UPDATE "tutor_prompts"/);
      await expect(result.out).toMatchFileSnapshot(`__snapshots__/sql/codementor.${dialect}.sql`);
    },
  );

  it('--dry-run prints no DELETE or UPDATE', async () => {
    const dir = project();
    const result = await run(dir, 'sql', 'privacy.json', '--mapping', 'mapping.json', '--dialect', 'postgres', '--now', NOW, '--dry-run');
    expect(result.code).toBe(0);
    expect(result.out).toContain('dry run (no DELETE or UPDATE)');
    expect(result.out).not.toMatch(/\bDELETE FROM\b|\bUPDATE "/);
    expect(result.out).toContain('-- profiles: due\n');
  });

  it('--json gives the statements by table and name', async () => {
    const dir = project();
    const result = await run(dir, 'sql', 'privacy.json', '--mapping', 'mapping.json', '--dialect', 'sqlite', '--now', NOW, '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as {
      dialect: string;
      now: string;
      tables: { table: string; statements: Record<string, { sql: string; params: unknown[] }> }[];
    };
    expect(json.dialect).toBe('sqlite');
    expect(json.now).toBe('2026-06-01T00:00:00.000Z');
    expect(json.tables.map((t) => t.table)).toEqual(['profiles', 'code_projects', 'tutor_prompts']);
    expect(json.tables[0]!.statements.deleteBatch!.sql.startsWith('DELETE FROM "profiles"')).toBe(true);
    expect(json.tables[0]!.statements.anonymiseBatch).toBeUndefined();
  });

  it('a bad mapping is exit 2 with the file, line and the path of the problem', async () => {
    const dir = project();
    writeJson(dir, 'bad.json', { tables: [{ name: 'profiles', id: 'id', categories: ['user.contact'], events: { account_deleted: 'deleted at' } }] });
    const result = await run(dir, 'sql', 'privacy.json', '--mapping', 'bad.json', '--dialect', 'postgres', '--now', NOW);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toMatch(/^priv: bad\.json:\d+:\d+: tables\[0\]\.events\.account_deleted: .+\n$/);
  });

  it('a mapping that forgets an anchor the rules need is exit 2 at that path', async () => {
    const dir = project();
    writeJson(dir, 'bad.json', { tables: [{ name: 'profiles', id: 'id', categories: ['user.contact.email'], events: {} }] });
    const result = await run(dir, 'sql', 'privacy.json', '--mapping', 'bad.json', '--dialect', 'sqlite', '--now', NOW);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^priv: bad\.json(:\d+:\d+)?: tables\[0\]\.events\.account_deleted: .+\n$/);
  });

  it('a mapping that is not JSON is exit 2 with line and column', async () => {
    const dir = project();
    (await import('node:fs')).writeFileSync(join(dir, 'bad.json'), '{ "tables": [ }\n');
    const result = await run(dir, 'sql', 'privacy.json', '--mapping', 'bad.json', '--dialect', 'duckdb', '--now', NOW);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^priv: bad\.json:1:\d+: .+\n$/);
  });

  it.each(['2026-06-01', '2026-02-30T00:00:00Z', '2026-06-01T00:00:00', 'yesterday'])(
    'refuses --now %s (exit 2): a zone or offset is required',
    async (now) => {
      const dir = project();
      const result = await run(dir, 'sql', 'privacy.json', '--mapping', 'mapping.json', '--dialect', 'postgres', '--now', now);
      expect(result.code).toBe(2);
      expect(result.err).toBe(`priv: --now ${JSON.stringify(now)}: use an ISO date-time with Z or an offset, like 2026-06-01T00:00:00Z\n`);
    },
  );

  it('accepts --now with an offset', async () => {
    const dir = project();
    const result = await run(dir, 'sql', 'privacy.json', '--mapping', 'mapping.json', '--dialect', 'postgres', '--now', '2026-06-01T02:00:00+02:00');
    expect(result.code).toBe(0);
    expect(result.out.split('\n')[0]).toBe('-- priv sql: dialect postgres, now 2026-06-01T00:00:00.000Z, batch size 1000');
  });

  it('refuses an unknown dialect and a missing mapping file (exit 2)', async () => {
    const dir = project();
    const dialect = await run(dir, 'sql', 'privacy.json', '--mapping', 'mapping.json', '--dialect', 'mysql');
    expect(dialect.code).toBe(2);
    expect(dialect.err).toContain("argument 'mysql' is invalid");
    const missing = await run(dir, 'sql', 'privacy.json', '--mapping', 'nope.json', '--dialect', 'postgres', '--now', NOW);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('priv: nope.json: no such file\n');
  });
});

describe('priv sql, SQLite and zones', () => {
  it('a rule counted in Europe/Berlin needs --sqlite-zone-function on SQLite (exit 2 naming the rule), and compiles with it', async () => {
    const dir = tempDir('priv-sql-');
    writeJson(dir, 'privacy.json', { ...SEEDS.codementor, timeZone: 'Europe/Berlin' });
    copyFileSync(FIXTURE, join(dir, 'mapping.json'));
    const refused = await run(dir, 'sql', 'privacy.json', '--mapping', 'mapping.json', '--dialect', 'sqlite', '--now', NOW);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/^priv: privacy\.json: retention\[\d+\]\.timeZone: .+ \(pass --sqlite-zone-function and register sqliteFunctions\)\n$/);
    const allowed = await run(dir, 'sql', 'privacy.json', '--mapping', 'mapping.json', '--dialect', 'sqlite', '--now', NOW, '--sqlite-zone-function');
    expect(allowed.code).toBe(0);
    expect(allowed.out).toContain('priv_rule_end(');
    const postgres = await run(dir, 'sql', 'privacy.json', '--mapping', 'mapping.json', '--dialect', 'postgres', '--now', NOW);
    expect(postgres.code).toBe(0);
    expect(postgres.out).toContain('Europe/Berlin');
  });
});
