import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { SEEDS, run, tempDir, writeJson } from './helpers.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'sql', 'codementor-mapping.json');

type Printed = { tables: { table: string; statements: Record<string, { sql: string; params: (string | number | null)[] }> }[] };

const SCHEMA = `
CREATE TABLE accounts (id int PRIMARY KEY, deleted_at timestamptz);
CREATE TABLE profiles (id int PRIMARY KEY, user_id int, email text);
CREATE TABLE code_projects (id int PRIMARY KEY, user_id int, storage text);
CREATE TABLE tutor_prompts (id int PRIMARY KEY, user_id int, prompt text);
CREATE TABLE legal_holds (table_name text, record_id int, user_id int, placed_at timestamptz, released_at timestamptz);
INSERT INTO accounts VALUES (1, '2026-04-01T00:00:00Z'), (2, '2026-05-20T00:00:00Z'), (3, NULL), (4, '2026-04-01T00:00:00Z');
INSERT INTO profiles VALUES (10, 1, 'a@example.org'), (20, 2, 'b@example.org'), (30, 3, 'c@example.org'), (40, 4, 'd@example.org');
INSERT INTO code_projects VALUES (11, 1, 'backups'), (21, 2, 'backups'), (22, 2, 'active'), (31, 3, 'active');
INSERT INTO tutor_prompts VALUES (12, 1, 'how do loops work?'), (32, 3, 'what is a list?');
INSERT INTO legal_holds VALUES (NULL, NULL, 4, '2026-03-01T00:00:00Z', NULL);
`;

describe('priv sql output runs on PostgreSQL (PGlite) and purges what the seed policy says', () => {
  it('deletes accounts deleted long enough ago, keeps the active, the recent backup and the held', async () => {
    const dir = tempDir('priv-sql-pg-');
    writeJson(dir, 'privacy.json', SEEDS.codementor);
    copyFileSync(FIXTURE, join(dir, 'mapping.json'));
    const printed = await run(dir, 'sql', 'privacy.json', '--mapping', 'mapping.json', '--dialect', 'postgres', '--now', '2026-06-01T00:00:00Z', '--json');
    expect(printed.code).toBe(0);
    const sql = JSON.parse(printed.out) as Printed;
    const db = new PGlite();
    try {
      await db.exec(SCHEMA);
      const byTable = Object.fromEntries(sql.tables.map((t) => [t.table, t.statements]));
      const due = async (table: string) =>
        (await db.query<{ id: number }>(byTable[table]!.due!.sql, byTable[table]!.due!.params)).rows.map((r) => Number(r.id)).sort((a, b) => a - b);
      // Seed 000: active data is deleted when the account is deleted (0 days); backups 30 days after.
      expect(await due('profiles')).toEqual([10, 20]); // 30 active, 40 held
      expect(await due('code_projects')).toEqual([11, 22]); // 21: backup of an account deleted 12 days ago
      expect(await due('tutor_prompts')).toEqual([12]);
      const decisions = await db.query<{ id: number; status: string }>(byTable.profiles!.decisions!.sql, byTable.profiles!.decisions!.params);
      expect(Object.fromEntries(decisions.rows.map((r) => [Number(r.id), r.status]))).toEqual({ 10: 'due', 20: 'due', 30: 'anchor_missing', 40: 'on_hold' });
      for (const table of ['profiles', 'code_projects', 'tutor_prompts']) {
        const del = byTable[table]!.deleteBatch!;
        await db.query(del.sql, del.params);
      }
      const left = async (table: string) => (await db.query<{ id: number }>(`SELECT id FROM ${table} ORDER BY id`)).rows.map((r) => Number(r.id));
      expect(await left('profiles')).toEqual([30, 40]);
      expect(await left('code_projects')).toEqual([21, 31]);
      expect(await left('tutor_prompts')).toEqual([32]);
    } finally {
      await db.close();
    }
  });
});
