import { describe, expect, it } from 'vitest';
import { codetrain as m } from '../src/index.js';
import { collected, recipient, rule } from './helpers.js';

describe('seed 003: CodeTrain', () => {
  it('collects account data via Clerk, usage and metering (tokens and cost), a Stripe reference, prompts, support mail', () => {
    expect(collected(m)).toEqual(
      expect.arrayContaining([
        'user.contact.email',
        'user.identity.name',
        'user.account.oauth_profile',
        'user.behavior.usage_metering',
        'user.account.plan',
        'user.payment.customer_reference',
        'user.content.ai_prompt',
        'user.communication.support',
      ]),
    );
    expect(m.notCollected).toEqual(['user.payment.card_number']);
    expect(m.controller.operatedBy).toBe('Inferhaven');
  });

  it('proxies prompt snippets without retaining them', () => {
    expect(rule(m, 'prompt_snippets_not_retained')).toMatchObject({ anchor: 'record_created', period: { days: 0 }, action: 'delete' });
    expect(m.collections.find((c) => c.category === 'user.content.ai_prompt')?.optional).toBe(true);
  });

  it('keeps account and usage data while active, with no end promised', () => {
    expect(rule(m, 'account_and_usage_while_active').period).toBe('indefinite');
  });

  it('names Clerk, Stripe, OpenRouter, Anthropic, Cloudflare, Fly.io and Neon', () => {
    expect(m.recipients.map((r) => r.name)).toEqual(['Clerk', 'Stripe', 'OpenRouter', 'Anthropic', 'Cloudflare', 'Fly.io', 'Neon']);
    expect(recipient(m, 'Cloudflare').services).toEqual(['hosting', 'cdn', 'dns']);
    expect(recipient(m, 'Anthropic').services).toEqual(['ai_model_provider']);
    expect(m.cookies[0]).toMatchObject({ category: 'strictly_necessary', provider: 'clerk' });
  });

  it('grants GDPR / UK GDPR / CCPA rights by email', () => {
    expect(m.frameworks).toEqual(['GDPR', 'UK_GDPR', 'CCPA']);
    expect(m.rights.map((r) => r.right)).toEqual(['access', 'rectification', 'portability', 'erasure', 'objection']);
    for (const right of m.rights) expect(right.jurisdictions).toEqual(['EU', 'UK', 'US-CA']);
  });

  it('is not for children under 16', () => {
    expect(m.age?.minimumAge).toBe(16);
  });

  it('posts updates with a new date; material changes may also be emailed; no advance period', () => {
    expect(m.notice?.material).toEqual({ channels: ['page_update'], mayUse: ['email'] });
  });
});
