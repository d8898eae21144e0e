import { codementorAi, codeRunner, codetrain, codingIde, mentorMarketplace, seedManifests } from '@priv/examples';
import { describe, expect, it } from 'vitest';
import { compilePolicy, explainRetention, planPurgeSync, retentionEnd, type PurgeAction, type PurgeRecord } from '../src/index.js';
import { at } from './rules.js';

const ANCHOR = at('2026-03-20T10:00:00Z');
const DAYS_30 = '2026-04-20T00:00:00.000Z'; // day 1 is 21 March, day 30 is 19 April
const IMMEDIATELY = ANCHOR.toISOString();

/** What every retention rule of every seed says for an anchor event on 20 March 2026, 10:00 UTC. */
const EXPECTED: Record<string, { end: string; action: string; recoverableUntil?: string } | 'indefinite'> = {
  '000/account_data_while_active': { end: IMMEDIATELY, action: 'delete' },
  '000/backups_after_deletion': { end: DAYS_30, action: 'delete' },
  '001/server_logs_30_days': { end: DAYS_30, action: 'delete' },
  '001/account_deleted_immediately': { end: IMMEDIATELY, action: 'delete' },
  '001/aggregated_telemetry': 'indefinite',
  '002/while_active': 'indefinite',
  '002/personal_data_after_deletion': { end: DAYS_30, action: 'delete' },
  '002/financial_records_7_years': { end: '2033-03-21T00:00:00.000Z', action: 'delete' },
  '002/financial_records_anonymised_after_deletion': { end: DAYS_30, action: 'anonymise' },
  '002/support_tickets_3_years_after_resolution': { end: '2029-03-21T00:00:00.000Z', action: 'delete' },
  '002/disputes_3_years_after_resolution': { end: '2029-03-21T00:00:00.000Z', action: 'delete' },
  '002/anonymised_usage_stats': 'indefinite',
  '003/account_and_usage_while_active': 'indefinite',
  '003/prompt_snippets_not_retained': { end: IMMEDIATELY, action: 'delete' },
  '004/deleted_after_grace_period': { end: DAYS_30, action: 'delete', recoverableUntil: '2026-03-28T00:00:00.000Z' },
  '004/legal_compliance_records': 'indefinite',
};

describe('every retention rule of every seed manifest, with real dates', () => {
  const all = seedManifests.flatMap((seed) => seed.manifest.retention.map((rule) => ({ seed, rule, name: `${seed.id}/${rule.key}` })));

  it('covers every rule of the five seeds', () => {
    expect(all.map((x) => x.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(all)('$name', ({ seed, rule, name }) => {
    const expected = EXPECTED[name];
    expect(retentionEnd(rule, {}, { timeZone: seed.manifest.timeZone })).toMatchObject({ status: 'none', reason: 'anchor_missing', anchor: rule.anchor });
    const result = retentionEnd(rule, { [rule.anchor]: ANCHOR }, { timeZone: seed.manifest.timeZone });
    if (expected === 'indefinite') {
      expect(result).toMatchObject({ status: 'none', reason: 'indefinite' });
      return;
    }
    expect(result.status).toBe('ends');
    if (result.status !== 'ends') return;
    expect({
      end: result.end.toISOString(),
      action: result.action,
      ...(result.recoverableUntil ? { recoverableUntil: result.recoverableUntil.toISOString() } : {}),
    }).toEqual(expected);
  });

  it('every seed compiles into a policy', () => {
    for (const seed of seedManifests) expect(compilePolicy(seed.manifest).rules).toHaveLength(seed.manifest.retention.length);
  });
});

const NOW = at('2026-06-01T00:00:00Z');
const explain = (manifest: Parameters<typeof explainRetention>[0], record: PurgeRecord, now = NOW) => explainRetention(manifest, record, { now });

describe('the promises of each seed, as purge decisions', () => {
  it('000 CodeMentor AI: active data goes on deletion; 30 days in backups, then erased', () => {
    const deleted = { account_deleted: ANCHOR };
    expect(explain(codementorAi, { id: 'a', categories: ['user.contact.email'], events: deleted, storage: 'active' }, ANCHOR)).toMatchObject({
      decision: 'due',
      rule: 'account_data_while_active',
    });
    const backup = { id: 'b', categories: ['user.contact.email'], events: deleted, storage: 'backups' as const };
    expect(explain(codementorAi, backup, at('2026-04-19T23:59:59Z'))).toMatchObject({ decision: 'kept', reason: 'retention_period', dueAt: at(DAYS_30) });
    expect(explain(codementorAi, backup, at(DAYS_30))).toMatchObject({ decision: 'due', rule: 'backups_after_deletion', action: 'delete' });
    expect(explain(codementorAi, { id: 'c', categories: ['user.content.code_project'], events: {} })).toMatchObject({
      decision: 'kept',
      reason: 'anchor_missing',
    });
  });

  it('001 code runner: logs 30 days; deletion immediate and irreversible; telemetry aggregated indefinitely', () => {
    const log = { id: 'log', categories: ['user.technical.server_log'], events: { record_created: ANCHOR } };
    expect(explain(codeRunner, log, at('2026-04-19T12:00:00Z'))).toMatchObject({ decision: 'kept', dueAt: at(DAYS_30) });
    expect(explain(codeRunner, log, at(DAYS_30))).toMatchObject({ decision: 'due', action: 'delete', rule: 'server_logs_30_days' });
    expect(explain(codeRunner, { id: 'code', categories: ['user.content.code_submission'], events: { account_deleted: ANCHOR } }, ANCHOR)).toMatchObject({
      decision: 'due',
      dueAt: ANCHOR,
    });
    expect(
      explain(codeRunner, { id: 'stats', categories: ['user.behavior.aggregated_statistics'], events: { record_created: at('2020-01-01T00:00:00Z') } }),
    ).toMatchObject({ decision: 'kept', reason: 'indefinite', rule: 'aggregated_telemetry' });
  });

  it('002 mentor marketplace: invoices 7 years even after deletion; tickets 3 years after resolution; profile 30 days after deletion', () => {
    const invoice = { id: 'inv', categories: ['user.financial.invoice'], events: { transaction_date: at('2024-05-02T10:00:00Z'), account_deleted: ANCHOR } };
    expect(explain(mentorMarketplace, invoice)).toMatchObject({
      decision: 'kept',
      reason: 'retention_period',
      rule: 'financial_records_7_years',
      overrides: 'financial_records_anonymised_after_deletion',
      dueAt: at('2031-05-03T00:00:00Z'),
    });
    expect(explain(mentorMarketplace, invoice, at('2031-05-03T00:00:00Z'))).toMatchObject({ decision: 'due', action: 'delete' });
    const ticket = { id: 't', categories: ['user.communication.support'], events: { record_created: at('2020-01-01T00:00:00Z') } };
    expect(explain(mentorMarketplace, ticket, at('2040-01-01T00:00:00Z'))).toMatchObject({
      decision: 'kept',
      reason: 'anchor_missing',
      rule: 'support_tickets_3_years_after_resolution',
    });
    expect(explain(mentorMarketplace, { ...ticket, events: { ticket_resolved: ANCHOR } }, at('2029-03-21T00:00:00Z'))).toMatchObject({ decision: 'due' });
    const dispute = { id: 'd', categories: ['user.communication.dispute'], events: { dispute_resolved: ANCHOR } };
    expect(explain(mentorMarketplace, dispute, at('2029-03-20T23:00:00Z'))).toMatchObject({ decision: 'kept', dueAt: at('2029-03-21T00:00:00Z') });
    const photo = { id: 'p', categories: ['user.profile.photo'], events: { account_created: at('2024-01-01T00:00:00Z') } };
    expect(explain(mentorMarketplace, photo)).toMatchObject({ decision: 'kept', reason: 'indefinite', rule: 'while_active' });
    expect(explain(mentorMarketplace, { ...photo, events: { ...photo.events, account_deleted: ANCHOR } })).toMatchObject({
      decision: 'due',
      rule: 'personal_data_after_deletion',
      dueAt: at(DAYS_30),
    });
    expect(explain(mentorMarketplace, { id: 's', categories: ['user.behavior.aggregated_statistics'], events: { record_created: ANCHOR } })).toMatchObject({
      decision: 'kept',
      reason: 'indefinite',
    });
  });

  it('003 CodeTrain: prompt snippets are not retained; account data has no promised end', () => {
    expect(explain(codetrain, { id: 'prompt', categories: ['user.content.ai_prompt'], events: { record_created: ANCHOR } }, ANCHOR)).toMatchObject({
      decision: 'due',
      dueAt: ANCHOR,
      rule: 'prompt_snippets_not_retained',
    });
    expect(
      explain(codetrain, { id: 'email', categories: ['user.contact.email'], events: { account_deleted: ANCHOR } }, at('2040-01-01T00:00:00Z')),
    ).toMatchObject({ decision: 'kept', reason: 'indefinite' });
  });

  it('004 coding IDE: recoverable for 7 days, removed from active systems after 30; compliance records kept', () => {
    const project = { id: 'proj', categories: ['user.content.code_project'], events: { deletion_requested: ANCHOR } };
    expect(explain(codingIde, project, at('2026-03-27T23:00:00Z'))).toMatchObject({ decision: 'kept', reason: 'grace_period' });
    expect(explain(codingIde, project, at('2026-03-28T00:00:00Z'))).toMatchObject({ decision: 'kept', reason: 'retention_period', dueAt: at(DAYS_30) });
    expect(explain(codingIde, project, at(DAYS_30))).toMatchObject({ decision: 'due', action: 'delete' });
    expect(
      explain(codingIde, { id: 'bill', categories: ['user.payment.billing_details'], events: { account_deleted: ANCHOR } }, at('2040-01-01T00:00:00Z')),
    ).toMatchObject({ decision: 'kept', reason: 'indefinite', rule: 'legal_compliance_records' });
  });

  it('a mixed batch over the mentor marketplace', () => {
    const records: PurgeRecord[] = [
      {
        id: 'log-photo',
        categories: ['user.profile.photo'],
        events: { account_created: at('2024-01-01T00:00:00Z'), account_deleted: at('2026-04-01T00:00:00Z') },
      },
      {
        id: 'held-photo',
        categories: ['user.profile.photo'],
        events: { account_deleted: at('2026-04-01T00:00:00Z') },
        holds: [{ id: 'court-order', placedAt: at('2026-04-15T00:00:00Z') }],
      },
      {
        id: 'invoice',
        categories: ['user.financial.invoice'],
        events: { transaction_date: at('2018-01-10T00:00:00Z'), account_deleted: at('2026-04-01T00:00:00Z') },
      },
      { id: 'open-ticket', categories: ['user.communication.support'], events: {} },
    ];
    const actions: PurgeAction[] = [];
    const summary = planPurgeSync(mentorMarketplace, records, { now: NOW, onAction: (a) => actions.push(a) });
    expect(actions.map((a) => [a.id, a.action, a.rule])).toEqual([
      ['log-photo', 'delete', 'personal_data_after_deletion'],
      ['invoice', 'anonymise', 'financial_records_anonymised_after_deletion'],
    ]);
    expect(summary.kept).toMatchObject({ total: 2, on_hold: 1, anchor_missing: 1 });
  });
});
