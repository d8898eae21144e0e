import { describe, expect, it } from 'vitest';
import { codementorAi as m } from '../src/index.js';
import { collected, recipient, rule, rulesFor } from './helpers.js';

describe('seed 000: CodeMentor AI', () => {
  it('collects email, hashed password, learning progress and code, payment data via Stripe, technical logs', () => {
    expect(collected(m)).toEqual(
      expect.arrayContaining([
        'user.contact.email',
        'user.account.password_hash',
        'user.behavior.learning_progress',
        'user.content.code_project',
        'user.payment.customer_reference',
        'user.technical.ip_address',
        'user.technical.user_agent',
        'user.technical.browser_language',
        'user.technical.country',
      ]),
    );
    expect(m.notCollected).toContain('user.payment.card_number');
    expect(m.purposes.map((p) => p.key)).toEqual(expect.arrayContaining(['provide_service', 'progress_tracking', 'fraud_prevention', 'product_improvement']));
  });

  it('shares with Supabase (database, auth), Vercel (hosting), Stripe (payments), Gemini (AI tutor, no training)', () => {
    expect(recipient(m, 'Supabase').services).toEqual(['database', 'authentication']);
    expect(recipient(m, 'Vercel').services).toEqual(['hosting']);
    expect(recipient(m, 'Stripe').services).toEqual(['payments']);
    const gemini = recipient(m, 'Google (Gemini API)');
    expect(gemini.services).toEqual(['ai_model_provider']);
    expect(gemini.trainsModelsOnData).toBe(false);
    expect(gemini.categories).toEqual(['user.content.ai_prompt']);
    expect(gemini.excludedCategories).toEqual(['user.contact.email', 'user.identity.name']);
    expect(m.commitments.map((c) => c.kind)).toContain('no_sale_of_data');
  });

  it('redacts emails, phone numbers and card numbers before text reaches the AI', () => {
    expect(m.redaction).toMatchObject({ kinds: ['email', 'phone', 'card'], before: ['google_gemini'] });
  });

  it('uses strictly necessary cookies only: auth session and selected language', () => {
    expect(m.cookies.map((c) => [c.name, c.category])).toEqual([
      ['auth session', 'strictly_necessary'],
      ['selected language', 'strictly_necessary'],
    ]);
  });

  it('grants access, correction, erasure and JSON export by email, answered within 30 days', () => {
    expect(m.rights.map((r) => r.right)).toEqual(['access', 'rectification', 'erasure', 'portability']);
    for (const right of m.rights) {
      expect(right.channels).toEqual([{ method: 'email', address: 'support@learnpython.academy' }]);
      expect(right.response?.within).toEqual({ days: 30 });
    }
    expect(m.rights.find((r) => r.right === 'portability')?.export?.parts[0]?.formats).toEqual(['json']);
  });

  it('keeps data while the account is active, then 30 days in backups after deletion', () => {
    expect(rule(m, 'account_data_while_active')).toMatchObject({ anchor: 'account_deleted', period: { days: 0 }, storage: 'active', action: 'delete' });
    expect(rule(m, 'backups_after_deletion')).toMatchObject({
      anchor: 'account_deleted',
      period: { days: 30 },
      bound: 'maximum',
      storage: 'backups',
      action: 'delete',
    });
    expect(rulesFor(m, 'user.contact.email')).toEqual(['account_data_while_active', 'backups_after_deletion']);
  });

  it('refuses under 13 and needs parental consent from 13 to 18', () => {
    expect(m.age).toMatchObject({ minimumAge: 13, parentalConsentBelow: 18, consentFrom: ['parent'] });
  });

  it('announces material changes by email at least 14 days in advance', () => {
    expect(m.notice?.material).toEqual({ advanceNotice: { days: 14 }, channels: ['email'] });
    expect(m.effectiveDate).toBe('2026-05-12');
  });
});
