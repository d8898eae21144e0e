import { planPurgeSync, type LegalHold } from '@priv/retention';
import { compileRetentionSql } from '@priv/retention-sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setHold, toLegalHold, type Account } from '../src/domain/accounts.js';
import { SEED_POLICIES } from '../src/domain/policies.js';
import { retentionPolicyOf, runPurge } from '../src/domain/purge.js';
import { purgeMappingFor, purgeViewSql } from '../src/domain/purge-sql.js';
import { toPurgeRecord, type StoredRecord } from '../src/domain/records.js';
import { testApp } from './helpers.js';

// The real purge runs as SQL (@priv/retention-sql on PGlite). Oracle: planPurge of @priv/retention over
// the same seeded records, loaded into Node the way the demo used to purge. Both must decide every
// record alike — status (due or the kept reason), action, deciding rule, due instant — holds included.

let t: Awaited<ReturnType<typeof testApp>>;
const DAY = 86_400_000;
beforeAll(async () => {
  t = await testApp();
  // Holds: one in force on an account whose purge is due (Ben), one placed and released before now
  // (it no longer holds), one placed after now (not yet in force for the decisions).
  const at = (days: number) => new Date(t.now.getTime() + days * DAY).toISOString();
  await setHold(t.db, '000-ben', { id: 'h1', placedAt: at(-10), releasedAt: null, reason: 'Litigation' });
  await setHold(t.db, '002-ben', { id: 'h2', placedAt: at(-30), releasedAt: at(-5), reason: 'Released' });
  await setHold(t.db, '004-ben', { id: 'h3', placedAt: at(1), releasedAt: null, reason: 'Not yet' });
  await setHold(t.db, '003-ada', { id: 'h4', placedAt: at(-1), releasedAt: null, reason: 'Audit' });
});
afterAll(async () => {
  await t.db.close();
});

type Verdict = { status: string; action?: string; rule?: string; dueMs?: number };

/** What planPurge decides for every live record of a policy, as the old in-Node purge read them. */
async function planPurgeVerdicts(policyId: string, now: Date): Promise<Map<string, Verdict>> {
  const m = SEED_POLICIES.find((p) => p.id === policyId)!.manifest;
  const accounts = await t.db.query<Account>('select * from accounts where policy_id = $1', [policyId]);
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const subjectHolds = new Map<string, LegalHold[]>(accounts.filter((a) => a.hold).map((a) => [a.id, [toLegalHold(a.hold!)]]));
  const rows = await t.db.query<StoredRecord>(
    'select r.* from records r join accounts a on a.id = r.account_id where a.policy_id = $1 and r.anonymised_at is null and r.archived_at is null',
    [policyId],
  );
  const out = new Map<string, Verdict>();
  planPurgeSync(
    retentionPolicyOf(m),
    rows.map((r) => toPurgeRecord(r, byId.get(r.account_id)!)),
    {
      now,
      subjectHolds,
      onAction: (a) => out.set(a.id, { status: 'due', action: a.action, rule: a.rule, dueMs: a.dueAt.getTime() }),
      onKept: (k) => out.set(k.id, { status: k.reason, ...(k.rule ? { rule: k.rule } : {}), ...(k.until ? { dueMs: k.until.getTime() } : {}) }),
    },
  );
  return out;
}

/** What the compiled SQL decides for the same records. */
async function sqlVerdicts(policyId: string, now: Date): Promise<Map<string, Verdict>> {
  const m = SEED_POLICIES.find((p) => p.id === policyId)!.manifest;
  await t.db.exec(purgeViewSql(policyId, m));
  const sql = compileRetentionSql(retentionPolicyOf(m), purgeMappingFor(policyId, m, now), { dialect: 'postgres', now });
  const rows = await t.db.query<Record<string, unknown>>(sql.tables[0]!.decisions.sql, sql.tables[0]!.decisions.params);
  return new Map(
    rows.map((r) => {
      const status = String(r.status);
      const v: Verdict = { status };
      if (status === 'due') v.action = String(r.action);
      if (r.rule !== null && r.rule !== undefined) v.rule = String(r.rule);
      if (r.due_ms !== null && r.due_ms !== undefined) v.dueMs = Number(r.due_ms);
      return [String(r.id), v];
    }),
  );
}

const sorted = (m: Map<string, Verdict>) => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)));

describe('the SQL purge decides exactly what planPurge decides, for every seeded account', () => {
  // Now, a year on (Ben's backups and more become due), and ten years on (the 7-year invoices too).
  const offsets = [0, 365, 3650];
  for (const policy of SEED_POLICIES) {
    it(`${policy.id}: every record's status, action, rule and due instant at +${offsets.join(', +')} days, holds included`, async () => {
      for (const days of offsets) {
        const at = new Date(t.now.getTime() + days * DAY);
        const want = await planPurgeVerdicts(policy.id, at);
        expect(want.size).toBeGreaterThan(0);
        expect(sorted(await sqlVerdicts(policy.id, at))).toEqual(sorted(want));
      }
    });
  }

  it('the cases the comparison covers: records due, kept on hold, and kept for each reason', async () => {
    const statuses = new Set<string>();
    for (const policy of SEED_POLICIES)
      for (const days of [0, 365, 3650])
        for (const v of (await planPurgeVerdicts(policy.id, new Date(t.now.getTime() + days * DAY))).values()) statuses.add(v.status);
    expect(statuses).toContain('due');
    expect(statuses).toContain('on_hold');
    expect(statuses).toContain('retention_period');
  });
});

describe('the real purge acts on exactly the due set', () => {
  it('deletes and anonymises what planPurge made due, keeps every held record, and a second run changes nothing', async () => {
    for (const policy of SEED_POLICIES) {
      const want = await planPurgeVerdicts(policy.id, t.now);
      const before = new Set(
        (await t.db.query<{ id: string }>('select r.id from records r join accounts a on a.id = r.account_id where a.policy_id = $1', [policy.id])).map(
          (r) => r.id,
        ),
      );
      const run = await runPurge(t.db, policy.id, policy.manifest, t.now);
      const rows = await t.db.query<{ id: string; anonymised_at: Date | null; archived_at: Date | null }>(
        'select r.id, r.anonymised_at, r.archived_at from records r join accounts a on a.id = r.account_id where a.policy_id = $1',
        [policy.id],
      );
      const after = new Map(rows.map((r) => [r.id, r]));
      // The one deliberate difference of the package, on the safe side: when acting, a hold not released at
      // now blocks even if placed after now (004-ben's hold placed tomorrow), so those records stay too.
      const heldLater = new Set(
        (
          await t.db.query<{ id: string }>(
            "select r.id from records r join accounts a on a.id = r.account_id where a.policy_id = $1 and a.hold is not null and a.hold ->> 'releasedAt' is null",
            [policy.id],
          )
        ).map((r) => r.id),
      );
      const due = (action: string) =>
        [...want]
          .filter(([id, v]) => v.status === 'due' && v.action === action && !heldLater.has(id))
          .map(([id]) => id)
          .sort();
      expect([...before].filter((id) => !after.has(id)).sort()).toEqual(due('delete'));
      expect(
        rows
          .filter((r) => r.anonymised_at !== null)
          .map((r) => r.id)
          .sort(),
      ).toEqual(due('anonymise'));
      expect(
        rows
          .filter((r) => r.archived_at !== null)
          .map((r) => r.id)
          .sort(),
      ).toEqual(due('archive'));
      // The run's summary is planPurge's (decided at now, the later hold not yet in force).
      expect(run.summary.due.total).toBe([...want.values()].filter((v) => v.status === 'due').length);
      expect(run.summary.kept.on_hold).toBe([...want.values()].filter((v) => v.status === 'on_hold').length);
      const again = await runPurge(t.db, policy.id, policy.manifest, t.now);
      // Only the records the later hold protects are still due; the second run changes nothing.
      expect(again.summary.due.total).toBe([...want].filter(([id, v]) => v.status === 'due' && heldLater.has(id)).length);
      const rowsAgain = await t.db.query<{ id: string; anonymised_at: Date | null; archived_at: Date | null }>(
        'select r.id, r.anonymised_at, r.archived_at from records r join accounts a on a.id = r.account_id where a.policy_id = $1',
        [policy.id],
      );
      expect(rowsAgain).toEqual(rows);
    }
    // Ben under 000 is on hold: all his records are still there; so are 004-ben's (a hold placed for tomorrow).
    const bens = await planPurgeVerdicts('000', t.now);
    expect([...bens].filter(([id]) => id.startsWith('000-ben-')).every(([, v]) => v.status === 'on_hold')).toBe(true);
    expect((await t.db.query("select id from records where account_id = '004-ben'")).length).toBeGreaterThan(0);
    // 002-ben's hold was released: his due records are gone.
    expect((await planPurgeVerdicts('002', t.now)).size).toBeGreaterThan(0);
  });
});
