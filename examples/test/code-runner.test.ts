import { describe, expect, it } from 'vitest';
import { codeRunner as m } from '../src/index.js';
import { collected, recipient, rule, rulesFor } from './helpers.js';

describe('seed 001: code-running lesson platform', () => {
  it('collects account data, code submissions with run results, preferences and server logs', () => {
    expect(collected(m)).toEqual(
      expect.arrayContaining([
        'user.contact.email',
        'user.account.username',
        'user.account.password_hash',
        'user.content.code_submission',
        'user.behavior.execution_history',
        'user.technical.session_token',
        'user.account.settings',
        'user.technical.server_log',
        'user.technical.ip_address',
        'user.technical.user_agent',
        'user.behavior.aggregated_statistics',
        'user.content.upload',
      ]),
    );
    expect(m.cookies.find((c) => c.name === 'JWT')).toMatchObject({ storage: 'local_storage', category: 'strictly_necessary' });
  });

  it('keeps server logs up to 30 days, rolling from creation', () => {
    expect(rule(m, 'server_logs_30_days')).toMatchObject({ anchor: 'record_created', period: { days: 30 }, bound: 'maximum', action: 'delete' });
    expect(rulesFor(m, 'user.technical.server_log')).toEqual(['server_logs_30_days']);
    expect(rulesFor(m, 'user.technical.ip_address')).toEqual(['server_logs_30_days']);
  });

  it('deletes immediately and irreversibly', () => {
    expect(rule(m, 'account_deleted_immediately')).toMatchObject({ anchor: 'account_deleted', period: { days: 0 }, bound: 'maximum' });
    expect(rule(m, 'account_deleted_immediately').gracePeriod).toBeUndefined();
    expect(m.rights.find((r) => r.right === 'erasure')?.channels[0]?.method).toBe('self_service');
  });

  it('uses Resend, Judge0, OpenRouter (optional, off by default), Stripe (when enabled), self-hosted MinIO', () => {
    expect(recipient(m, 'Resend').services).toEqual(['email']);
    expect(recipient(m, 'Judge0').categories).toEqual(['user.content.code_submission']);
    expect(recipient(m, 'OpenRouter')).toMatchObject({ optional: true, enabledByDefault: false });
    expect(recipient(m, 'Stripe')).toMatchObject({ condition: 'When payments are enabled.', collectsDirectly: ['user.payment.card_number'] });
    expect(recipient(m, 'MinIO (self-hosted)')).toMatchObject({ selfHosted: true, services: ['object_storage'] });
  });

  it('sends marketing email only with consent (opt in)', () => {
    const email = m.collections.find((c) => c.category === 'user.contact.email');
    expect(email?.purposes).toContain('marketing');
    expect(email?.legalBases).toBeUndefined(); // the policy names no lawful basis
  });

  it('notifies users of a breach within 72 hours', () => {
    expect(m.breach?.notifyUsersWithin).toEqual({ hours: 72 });
  });

  it('gives EU/UK residents correction and objection; everyone self-service export and deletion', () => {
    expect(m.rights.find((r) => r.right === 'objection')?.jurisdictions).toEqual(['EU', 'UK']);
    expect(m.rights.find((r) => r.right === 'portability')?.channels[0]?.method).toBe('self_service');
  });

  it('states no age or change-notice policy', () => {
    expect(m.age).toBeUndefined();
    expect(m.notice).toBeUndefined();
  });
});
