import { describe, expect, it } from 'vitest';
import { codingIde as m } from '../src/index.js';
import { collected, recipient, rule, rulesFor } from './helpers.js';

describe('seed 004: coding IDE with credits', () => {
  it('collects account, project, usage, support, technical, analytics, performance and referral data', () => {
    expect(collected(m)).toEqual(
      expect.arrayContaining([
        'user.identity.name',
        'user.contact.email',
        'user.account.username',
        'user.content.code_project',
        'user.behavior.usage_metering',
        'user.behavior.execution_history',
        'user.communication.support',
        'user.technical.ip_address',
        'user.technical.user_agent',
        'user.technical.device',
        'user.behavior.product_analytics',
        'user.technical.error_log',
        'user.technical.referrer',
        'user.account.oauth_profile',
      ]),
    );
  });

  it('uses analytics cookies (Google Analytics) besides essential ones, and local storage', () => {
    expect(m.cookies.filter((c) => c.category === 'analytics').map((c) => c.name)).toEqual(['Google Analytics', 'performance monitoring', 'feature usage']);
    expect(m.cookies.find((c) => c.name === 'Google Analytics')?.provider).toBe('google_analytics');
    expect(m.cookies.filter((c) => c.storage === 'local_storage')).toHaveLength(2);
  });

  it('names each service provider by type', () => {
    const byService = (s: string) => m.recipients.filter((r) => r.services.includes(s as never)).map((r) => r.name);
    expect(byService('analytics')).toEqual(['Google Analytics', 'Mixpanel']);
    expect(byService('payments')).toEqual(['Stripe', 'Razorpay']);
    expect(byService('hosting')).toEqual(['AWS', 'DigitalOcean']);
    expect(byService('email')).toEqual(['SendGrid', 'Mailgun']);
    expect(byService('support_desk')).toEqual(['Intercom', 'Zendesk']);
    expect(recipient(m, 'A buyer or successor').role).toBe('acquirer');
  });

  it('has a 7-day recoverable grace period, then removal from active systems within 30 days', () => {
    expect(rule(m, 'deleted_after_grace_period')).toMatchObject({
      anchor: 'deletion_requested',
      gracePeriod: { days: 7 },
      period: { days: 30 },
      storage: 'active',
      action: 'delete',
    });
    expect(rulesFor(m, 'user.content.code_project')).toEqual(['deleted_after_grace_period']);
  });

  it('answers rights requests within 30 days, extendable with notice for complex requests', () => {
    expect(m.rights).toHaveLength(9);
    for (const right of m.rights) expect(right.response).toEqual({ within: { days: 30 }, extension: { withNotice: true } });
  });

  it('is for 13+, under 18 with parental or guardian permission, teacher-managed accounts, no marketing to minors', () => {
    expect(m.age).toMatchObject({
      minimumAge: 13,
      parentalConsentBelow: 18,
      consentFrom: ['parent', 'guardian'],
      educationalAccounts: { managedBy: ['teacher'], mayConsent: true, limitedData: true },
      minorRestrictedPurposes: ['marketing'],
      parentsMayRequestAccessOrDeletion: true,
    });
  });

  it("gives 30 days' notice for material changes; minor updates are posted; continued use means acceptance", () => {
    expect(m.notice).toMatchObject({
      material: { advanceNotice: { days: 30 }, channels: ['page_update', 'email'], mayUse: ['in_app'] },
      minor: { channels: ['page_update'] },
      continuedUseMeansAcceptance: true,
      minorExamples: ['Clarifications', 'Contact information', 'Formatting'],
    });
  });
});
