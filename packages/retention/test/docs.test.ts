import { mentorMarketplace } from '@priv/examples';
import { describe, expect, it } from 'vitest';
import { compilePolicy, compileRule, explainRetention, isCompiledRule, isRetentionPolicy, retentionEnd, rulesForCategories } from '../src/index.js';

// The README's and TSDoc's examples, verbatim where they show a value.
describe('documented examples', () => {
  const logs = {
    key: 'server_logs_30_days',
    description: 'Technical logs are kept up to 30 days.',
    anchor: 'record_created',
    period: { days: 30 },
    bound: 'maximum',
    action: 'delete',
    timeZone: 'UTC',
  } as const;

  it('five minutes', () => {
    expect(retentionEnd(logs, { record_created: new Date('2026-01-10T15:00:00Z') })).toEqual({
      status: 'ends',
      rule: 'server_logs_30_days',
      bound: 'maximum',
      action: 'delete',
      end: new Date('2026-02-10T00:00:00.000Z'),
      timeZone: 'UTC',
    });
    expect(retentionEnd(logs, {})).toEqual({ status: 'none', rule: 'server_logs_30_days', reason: 'anchor_missing', anchor: 'record_created' });
    expect(new Date(compileRule(logs).end(Date.parse('2026-01-10T15:00:00Z'))).toISOString()).toBe('2026-02-10T00:00:00.000Z');
    expect(isCompiledRule(compileRule(logs))).toBe(true);
    expect(isCompiledRule(logs)).toBe(false);
  });

  it('retentionEnd in Berlin', () => {
    const backups = {
      key: 'backups_after_deletion',
      description: 'After deletion: 30 days in backups.',
      anchor: 'account_deleted',
      period: { days: 30 },
      bound: 'maximum',
      action: 'delete',
      timeZone: 'Europe/Berlin',
    } as const;
    const result = retentionEnd(backups, { account_deleted: new Date('2026-03-20T10:00:00Z') });
    expect(result.status === 'ends' && result.end.toISOString()).toBe('2026-04-19T22:00:00.000Z');
    expect(retentionEnd(backups, {}).status).toBe('none');
  });

  it('compilePolicy and rulesForCategories', () => {
    const policy = compilePolicy({
      timeZone: 'Europe/Berlin',
      retention: [
        { key: 'logs_30_days', description: 'Logs are kept 30 days.', anchor: 'record_created', period: { days: 30 }, bound: 'maximum', action: 'delete' },
      ],
      collections: [{ category: 'user.technical', retention: ['logs_30_days'] }],
    });
    expect(policy.rulesFor(['user.technical.ip_address']).map((rule) => rule.key)).toEqual(['logs_30_days']);
    expect(policy.rulesFor(['user.contact.email'])).toHaveLength(0);
    expect(rulesForCategories(mentorMarketplace, ['user.financial.invoice']).map((rule) => rule.key)).toEqual([
      'financial_records_7_years',
      'financial_records_anonymised_after_deletion',
    ]);
    expect(isRetentionPolicy(compilePolicy(mentorMarketplace))).toBe(true);
    expect(isRetentionPolicy(mentorMarketplace)).toBe(false);
  });

  it('explainRetention on the mentor marketplace invoice', () => {
    const invoice = {
      id: 'inv-1',
      categories: ['user.financial.invoice'],
      events: { transaction_date: new Date('2024-05-02T10:00:00Z'), account_deleted: new Date('2026-01-10T10:00:00Z') },
    };
    expect(explainRetention(mentorMarketplace, invoice, { now: new Date('2026-06-01T00:00:00Z') })).toMatchObject({
      decision: 'kept',
      reason: 'retention_period',
      dueAt: new Date('2031-05-03T00:00:00.000Z'),
      action: 'delete',
      rule: 'financial_records_7_years',
      overrides: 'financial_records_anonymised_after_deletion',
    });
  });
});
