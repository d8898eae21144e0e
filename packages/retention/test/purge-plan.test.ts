import { describe, expect, it } from 'vitest';
import {
  compilePolicy,
  createPurgePlanner,
  explainRetention,
  InvalidDateError,
  InvalidRecordError,
  planPurge,
  planPurgeSync,
  purgeActions,
  type KeptRecord,
  type PurgeAction,
  type PurgeRecord,
  type RetentionPolicyInput,
} from '../src/index.js';
import * as r from './rules.js';
import { at } from './rules.js';

const policy: RetentionPolicyInput = {
  retention: [
    r.logs30Days,
    r.backups30DaysAfterDeletion,
    r.graceThenRemoval,
    r.financial7Years,
    r.tickets3YearsAfterResolution,
    r.whileActive,
    r.personalDataAfterDeletion,
    r.usageStatsAnonymised,
    r.deletedImmediately,
    r.usageAnonymisedAfter90Days,
    { ...r.deletedImmediately, key: 'active_copy_deleted_immediately', storage: 'active' },
  ],
  collections: [
    { category: 'user.technical.server_log', retention: ['server_logs_30_days'] },
    { category: 'user.contact', retention: ['while_active', 'personal_data_after_deletion'] },
    { category: 'user.financial', retention: ['financial_records_7_years'] },
    { category: 'user.communication.support', retention: ['support_tickets_3_years'] },
    { category: 'user.behavior.aggregated_statistics', retention: ['anonymised_usage_stats'] },
    { category: 'user.behavior.product_analytics', retention: ['usage_anonymised_after_90_days'] },
    { category: 'user.content.code_project', retention: ['deleted_after_grace_period'] },
    { category: 'user.content.upload', retention: ['account_deleted_immediately'] },
    { category: 'user.account.settings', retention: ['active_copy_deleted_immediately', 'backups_after_deletion'] },
  ],
};

function plan(records: PurgeRecord[], now: string, extra: { subjectHolds?: ReadonlyMap<string, PurgeRecord['holds'] & object> } = {}) {
  const actions: PurgeAction[] = [];
  const kept: KeptRecord[] = [];
  const summary = planPurgeSync(policy, records, { now: at(now), onAction: (a) => actions.push(a), onKept: (k) => kept.push(k), ...extra });
  return { actions, kept, summary };
}

describe('purge plan: one record at a time', () => {
  it('rolling logs are deleted once their 30 days are over, not before', () => {
    const log = { id: 'log-1', categories: ['user.technical.server_log'], events: { record_created: at('2026-01-10T12:00:00Z') } };
    expect(plan([log], '2026-02-09T23:59:59Z').kept).toEqual([
      { id: 'log-1', reason: 'retention_period', until: at('2026-02-10T00:00:00Z'), rule: 'server_logs_30_days' },
    ]);
    expect(plan([log], '2026-02-10T00:00:00Z').actions).toEqual([
      { id: 'log-1', action: 'delete', dueAt: at('2026-02-10T00:00:00Z'), rule: 'server_logs_30_days' },
    ]);
  });

  it('a conflict resolves to the longer keep, and says which deadline it overrides', () => {
    const invoice = {
      id: 'inv-1',
      categories: ['user.financial.invoice', 'user.contact.email'],
      events: { transaction_date: at('2024-05-02T10:00:00Z'), account_created: at('2023-01-01T00:00:00Z'), account_deleted: at('2026-01-10T10:00:00Z') },
    };
    const early = plan([invoice], '2026-06-01T00:00:00Z');
    expect(early.actions).toEqual([]);
    expect(early.kept).toEqual([
      {
        id: 'inv-1',
        reason: 'retention_period',
        until: at('2031-05-03T00:00:00Z'),
        rule: 'financial_records_7_years',
        overrides: 'personal_data_after_deletion',
      },
    ]);
    expect(early.summary.conflicts).toBe(1);
    const late = plan([invoice], '2031-05-03T00:00:00Z');
    expect(late.actions).toEqual([
      { id: 'inv-1', action: 'delete', dueAt: at('2031-05-03T00:00:00Z'), rule: 'financial_records_7_years', overrides: 'personal_data_after_deletion' },
    ]);
  });

  it('a minimum rule forbids the earlier purge another rule would allow', () => {
    const invoice = {
      id: 'inv-2',
      categories: ['user.financial.invoice', 'user.contact.email'],
      events: { transaction_date: at('2020-05-02T10:00:00Z'), account_deleted: at('2020-06-01T00:00:00Z') },
    };
    expect(plan([invoice], '2027-05-02T23:00:00Z').actions).toEqual([]);
    expect(plan([invoice], '2027-05-03T00:00:00Z').actions).toHaveLength(1);
  });

  it('grace period: recoverable for 7 days, then scheduled, then removed', () => {
    const project = { id: 'p-1', categories: ['user.content.code_project'], events: { deletion_requested: at('2026-06-10T12:00:00Z') } };
    expect(plan([project], '2026-06-12T00:00:00Z').kept[0]).toMatchObject({ reason: 'grace_period', until: at('2026-07-11T00:00:00Z') });
    expect(plan([project], '2026-06-18T00:00:00Z').kept[0]).toMatchObject({ reason: 'retention_period' });
    expect(plan([project], '2026-07-11T00:00:00Z').actions[0]).toMatchObject({ id: 'p-1', action: 'delete' });
    // Cancelled within the grace period: the deletion_requested event is withdrawn, nothing is due.
    expect(plan([{ ...project, events: {} }], '2026-08-01T00:00:00Z').kept[0]).toMatchObject({ reason: 'anchor_missing', rule: 'deleted_after_grace_period' });
  });

  it('zero-length window: due at the instant of deletion', () => {
    const upload = { id: 'u-1', categories: ['user.content.upload'], events: { account_deleted: at('2026-06-10T12:00:00Z') } };
    expect(plan([upload], '2026-06-10T11:59:59.999Z').actions).toEqual([]);
    expect(plan([upload], '2026-06-10T12:00:00Z').actions).toEqual([
      { id: 'u-1', action: 'delete', dueAt: at('2026-06-10T12:00:00Z'), rule: 'account_deleted_immediately' },
    ]);
  });

  it('an open ticket has no purge date; a resolved one is kept 3 years', () => {
    const open = { id: 't-1', categories: ['user.communication.support'], events: { record_created: at('2020-01-01T00:00:00Z') } };
    expect(plan([open], '2040-01-01T00:00:00Z').kept).toEqual([{ id: 't-1', reason: 'anchor_missing', rule: 'support_tickets_3_years' }]);
    const resolved = { ...open, events: { ticket_resolved: at('2026-02-01T09:00:00Z') } };
    expect(plan([resolved], '2029-02-01T23:59:59Z').actions).toEqual([]);
    expect(plan([resolved], '2029-02-02T00:00:00Z').actions).toHaveLength(1);
  });

  it('kept while the account is active (indefinite), deleted 30 days after the account is', () => {
    const email = { id: 'e-1', categories: ['user.contact.email'], events: { account_created: at('2020-01-01T00:00:00Z') } };
    expect(plan([email], '2040-01-01T00:00:00Z').kept).toEqual([{ id: 'e-1', reason: 'indefinite', rule: 'while_active' }]);
    const deleted = { ...email, events: { ...email.events, account_deleted: at('2026-03-01T10:00:00Z') } };
    // Deleted on 1 March: day 30 is 31 March.
    expect(plan([deleted], '2026-03-31T23:59:59Z').actions).toEqual([]);
    expect(plan([deleted], '2026-04-01T00:00:00Z').actions).toEqual([
      { id: 'e-1', action: 'delete', dueAt: at('2026-04-01T00:00:00Z'), rule: 'personal_data_after_deletion' },
    ]);
  });

  it('anonymised usage stats are kept indefinitely; raw usage is anonymised after 90 days', () => {
    const stats = { id: 's-1', categories: ['user.behavior.aggregated_statistics'], events: { record_created: at('2010-01-01T00:00:00Z') } };
    expect(plan([stats], '2040-01-01T00:00:00Z').kept[0]).toMatchObject({ reason: 'indefinite', rule: 'anonymised_usage_stats' });
    const usage = { id: 'a-1', categories: ['user.behavior.product_analytics'], events: { record_created: at('2026-01-01T00:00:00Z') } };
    expect(plan([usage], '2026-04-02T00:00:00Z').actions).toEqual([
      { id: 'a-1', action: 'anonymise', dueAt: at('2026-04-02T00:00:00Z'), rule: 'usage_anonymised_after_90_days' },
    ]);
  });

  it('no rule: kept, never purged by default', () => {
    expect(
      plan([{ id: 'x', categories: ['user.identity.name'], events: { record_created: at('2000-01-01T00:00:00Z') } }], '2040-01-01T00:00:00Z').kept,
    ).toEqual([{ id: 'x', reason: 'no_rule' }]);
  });

  it('storage: the active copy goes at once, the backup after 30 days', () => {
    const events = { account_deleted: at('2026-03-01T10:00:00Z') };
    const records = [
      { id: 'active', categories: ['user.account.settings'], events, storage: 'active' as const },
      { id: 'backup', categories: ['user.account.settings'], events, storage: 'backups' as const },
      { id: 'unknown-storage', categories: ['user.account.settings'], events },
    ];
    const { actions, kept } = plan(records, '2026-03-02T00:00:00Z');
    expect(actions).toEqual([
      { id: 'active', action: 'delete', dueAt: at('2026-03-01T10:00:00Z'), rule: 'active_copy_deleted_immediately', storage: 'active' },
    ]);
    expect(kept.map((k) => [k.id, k.until?.toISOString()])).toEqual([
      ['backup', '2026-04-01T00:00:00.000Z'],
      ['unknown-storage', '2026-04-01T00:00:00.000Z'],
    ]);
  });
});

describe('purge plan: legal holds', () => {
  const log = { id: 'log-1', categories: ['user.technical.server_log'], events: { record_created: at('2026-01-10T12:00:00Z') }, subject: 'alice' };
  const hold = { id: 'case-7', placedAt: at('2026-01-20T00:00:00Z'), reason: 'Litigation' };

  it('a hold on the record suspends the deletion', () => {
    const { actions, kept } = plan([{ ...log, holds: [hold] }], '2026-03-01T00:00:00Z');
    expect(actions).toEqual([]);
    expect(kept).toEqual([{ id: 'log-1', reason: 'on_hold', hold: 'case-7' }]);
  });

  it('a hold on the subject suspends every deletion of the subject', () => {
    const other = { ...log, id: 'log-2', subject: 'bob' };
    const { actions, summary } = plan([log, other], '2026-03-01T00:00:00Z', { subjectHolds: new Map([['alice', [hold]]]) });
    expect(actions.map((a) => a.id)).toEqual(['log-2']);
    expect(summary.kept.on_hold).toBe(1);
  });

  it('once released, what fell due during the hold is due, at its own end', () => {
    const released = { ...hold, releasedAt: at('2026-02-20T00:00:00Z') };
    expect(plan([{ ...log, holds: [released] }], '2026-02-19T00:00:00Z').actions).toEqual([]);
    expect(plan([{ ...log, holds: [released] }], '2026-02-20T00:00:00Z').actions).toEqual([
      { id: 'log-1', action: 'delete', dueAt: at('2026-02-10T00:00:00Z'), rule: 'server_logs_30_days', subject: 'alice' },
    ]);
  });

  it('a released hold restarts nothing that was not due', () => {
    const shortHold = { ...hold, placedAt: at('2026-01-12T00:00:00Z'), releasedAt: at('2026-01-15T00:00:00Z') };
    const { kept } = plan([{ ...log, holds: [shortHold] }], '2026-01-20T00:00:00Z');
    expect(kept).toEqual([{ id: 'log-1', reason: 'retention_period', until: at('2026-02-10T00:00:00Z'), rule: 'server_logs_30_days' }]);
    expect(plan([{ ...log, holds: [shortHold] }], '2026-02-10T00:00:00Z').actions).toHaveLength(1);
  });

  it('a hold on a record no rule would purge yet keeps it as on hold', () => {
    const stats = { id: 's-1', categories: ['user.behavior.aggregated_statistics'], events: {}, holds: [hold] };
    expect(plan([stats], '2026-03-01T00:00:00Z').kept).toEqual([{ id: 's-1', reason: 'on_hold', hold: 'case-7' }]);
  });
});

describe('purge plan: many records', () => {
  const records: PurgeRecord[] = Array.from({ length: 50 }, (_, i) => ({
    id: `log-${String(i).padStart(2, '0')}`,
    categories: ['user.technical.server_log'],
    events: { record_created: new Date(Date.parse('2026-01-01T06:00:00Z') + i * 86_400_000) },
  }));

  it('counts, reasons and the soonest-due kept records, bounded by nextDueLimit', () => {
    const summary = planPurgeSync(policy, records, { now: at('2026-02-10T00:00:00Z'), nextDueLimit: 3 });
    // Created 1 Jan .. 19 Feb; due on 31 Jan + i: due for i <= 10.
    expect(summary.scanned).toBe(50);
    expect(summary.due).toEqual({ total: 10, delete: 10, anonymise: 0, archive: 0 });
    expect(summary.kept.total).toBe(40);
    expect(summary.kept.retention_period).toBe(40);
    expect(summary.byRule.server_logs_30_days).toEqual({ due: 10, kept: 40 });
    expect(summary.nextDue).toEqual([
      { id: 'log-10', dueAt: at('2026-02-11T00:00:00Z'), action: 'delete', rule: 'server_logs_30_days' },
      { id: 'log-11', dueAt: at('2026-02-12T00:00:00Z'), action: 'delete', rule: 'server_logs_30_days' },
      { id: 'log-12', dueAt: at('2026-02-13T00:00:00Z'), action: 'delete', rule: 'server_logs_30_days' },
    ]);
  });

  it('async iterables, chunks, a planner fed by hand and the action generator all agree', async () => {
    const now = at('2026-02-10T00:00:00Z');
    const sync = planPurgeSync(policy, records, { now });
    async function* slowly() {
      for (let i = 0; i < records.length; i += 7) {
        await Promise.resolve();
        yield records.slice(i, i + 7);
      }
    }
    const seen: string[] = [];
    expect(await planPurge(policy, slowly(), { now, onAction: (a) => seen.push(a.id) })).toEqual(sync);
    expect(seen).toHaveLength(10);
    const planner = createPurgePlanner(policy, { now });
    planner.addAll(records.slice(0, 20));
    for (const record of records.slice(20)) planner.add(record);
    expect(planner.summary()).toEqual(sync);
    const generator = purgeActions(compilePolicy(policy), slowly(), { now });
    const ids: string[] = [];
    let step = await generator.next();
    while (!step.done) {
      ids.push(step.value.id);
      step = await generator.next();
    }
    expect(ids).toEqual(seen);
    expect(step.value).toEqual(sync);
  });

  it('bad records are typed errors with a path', () => {
    const bad = [records[0], { ...records[1], events: { record_created: new Date('nope') } }] as PurgeRecord[];
    const run = () => planPurgeSync(policy, bad, { now: at('2026-02-10T00:00:00Z') });
    expect(run).toThrow(InvalidDateError);
    expect(run).toThrow('records[1].events.record_created: Record "log-01": Expected a valid Date instance, got an Invalid Date');
    const badHold = [{ ...records[0], holds: [{ id: 'h', placedAt: '2026-01-01' as unknown as Date }] }] as PurgeRecord[];
    expect(() => planPurgeSync(policy, badHold, { now: at('2026-02-10T00:00:00Z') })).toThrow('records[0].holds[0].placedAt');
    expect(() => planPurgeSync(policy, [{ id: 'x', events: {} } as unknown as PurgeRecord], { now: at('2026-02-10T00:00:00Z') })).toThrow(InvalidRecordError);
    expect(() => planPurgeSync(policy, [], { now: new Date(Number.NaN) })).toThrow('now: Expected a valid Date instance');
  });
});

describe('explainRetention', () => {
  it('lists every applicable rule and the one that decides', () => {
    const invoice = {
      id: 'inv-1',
      categories: ['user.financial.invoice', 'user.contact.email'],
      events: { transaction_date: at('2024-05-02T10:00:00Z'), account_created: at('2023-01-01T00:00:00Z'), account_deleted: at('2026-01-10T10:00:00Z') },
    };
    const why = explainRetention(policy, invoice, { now: at('2026-06-01T00:00:00Z') });
    expect(why).toMatchObject({
      id: 'inv-1',
      decision: 'kept',
      reason: 'retention_period',
      rule: 'financial_records_7_years',
      overrides: 'personal_data_after_deletion',
      action: 'delete',
      dueAt: at('2031-05-03T00:00:00Z'),
    });
    expect(why.rules.map((x) => [x.rule, x.status])).toEqual([
      ['financial_records_7_years', 'ends'],
      ['while_active', 'none'],
      ['personal_data_after_deletion', 'ends'],
    ]);
  });
});
