import { describe, expect, it } from 'vitest';
import { mentorMarketplace as m } from '../src/index.js';
import { collected, recipient, rule, rulesFor } from './helpers.js';

describe('seed 002: mentor marketplace', () => {
  it('collects account, usage, payment and technical info, but not the card number', () => {
    expect(collected(m)).toEqual(
      expect.arrayContaining([
        'user.identity.name',
        'user.contact.email',
        'user.account.password_hash',
        'user.profile',
        'user.account.role',
        'user.behavior.enrollment',
        'user.behavior.booking',
        'user.behavior.cart',
        'user.communication.notification',
        'user.content.message',
        'user.content.review',
        'user.communication.support',
        'user.financial.transaction',
        'user.payment.card_token',
        'user.technical.ip_address',
        'user.technical.user_agent',
        'user.technical.session_token',
      ]),
    );
    expect(m.notCollected).toEqual(['user.payment.card_number']);
  });

  it('shows mentors a limited profile: name, email, photo, booking message; never payment or purchase history', () => {
    const mentors = recipient(m, 'Mentors you book with');
    expect(mentors.role).toBe('other_users');
    expect(mentors.categories).toEqual(['user.identity.name', 'user.contact.email', 'user.profile.photo', 'user.content.message']);
    expect(mentors.excludedCategories).toEqual(['user.payment', 'user.financial']);
  });

  it('uses Stripe (card info, name/email), Zoom (name/email), Bunny CDN (anonymous IP), an email provider', () => {
    expect(recipient(m, 'Stripe')).toMatchObject({
      categories: ['user.identity.name', 'user.contact.email', 'user.payment.card_token'],
      collectsDirectly: ['user.payment.card_number'],
    });
    expect(recipient(m, 'Zoom').categories).toEqual(['user.identity.name', 'user.contact.email']);
    expect(recipient(m, 'Bunny CDN').categories).toEqual(['user.technical.ip_address']);
    expect(recipient(m, 'Email provider').categories).toEqual(['user.contact.email', 'user.communication.email_content']);
    expect(recipient(m, 'Law enforcement')).toMatchObject({ role: 'public_authority', categories: [] });
    expect(m.commitments.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['no_sale_of_data', 'no_ai_training_on_user_content', 'no_cross_site_tracking', 'no_sharing_for_marketing']),
    );
  });

  it('exports as a ZIP of JSON, CSV + PDF, text and uploaded files, within 30 days (usually a week)', () => {
    const access = m.rights.find((r) => r.right === 'access');
    expect(access?.channels[0]?.method).toBe('support_ticket');
    expect(access?.response).toEqual({ within: { days: 30 }, usually: { weeks: 1 } });
    expect(access?.export?.packaging).toBe('zip');
    expect(access?.export?.parts.map((p) => [p.content, p.formats])).toEqual([
      ['Account info', ['json']],
      ['Purchase history', ['csv', 'pdf']],
      ['Messages', ['text']],
      ['Reviews and comments', ['json']],
      ['Files you uploaded (profile photo, etc.)', ['original_files']],
    ]);
  });

  it('keeps financial records at least 7 years from the transaction, anonymised after deletion', () => {
    expect(rule(m, 'financial_records_7_years')).toMatchObject({ anchor: 'transaction_date', period: { years: 7 }, bound: 'minimum' });
    expect(rule(m, 'financial_records_anonymised_after_deletion')).toMatchObject({ anchor: 'account_deleted', action: 'anonymise' });
    expect(rulesFor(m, 'user.financial.transaction')).toEqual(['financial_records_7_years', 'financial_records_anonymised_after_deletion']);
  });

  it('keeps tickets and disputes 3 years after resolution, personal data 30 days after deletion', () => {
    expect(rule(m, 'support_tickets_3_years_after_resolution')).toMatchObject({ anchor: 'ticket_resolved', period: { years: 3 }, minimum: { years: 3 } });
    expect(rule(m, 'disputes_3_years_after_resolution')).toMatchObject({ anchor: 'dispute_resolved', period: { years: 3 } });
    expect(rule(m, 'personal_data_after_deletion')).toMatchObject({ anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete' });
    expect(rule(m, 'while_active').period).toBe('indefinite');
    expect(rule(m, 'anonymised_usage_stats')).toMatchObject({ period: 'indefinite', action: 'anonymise' });
  });

  it('is for users 16 and older; a discovered minor account is deleted', () => {
    expect(m.age).toMatchObject({ minimumAge: 16, onUnderageDiscovered: 'delete_account', parentsMayRequestAccessOrDeletion: true });
    expect(m.age?.parentalConsentBelow).toBeUndefined();
  });

  it("gives 30 days' notice in-app and by email; breach notice within 72 hours", () => {
    expect(m.notice?.material).toEqual({ advanceNotice: { days: 30 }, channels: ['in_app', 'email'] });
    expect(m.breach?.notifyUsersWithin).toEqual({ hours: 72 });
    expect(m.contact.supportTicket).toContain('Privacy inquiry');
  });
});
