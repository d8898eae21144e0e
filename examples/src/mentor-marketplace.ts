import { defineManifest, type PrivacyManifestInput } from '@priv/schema';

const DELETION = ['while_active', 'personal_data_after_deletion'];
const ticket = { method: 'support_ticket', location: 'Subject "Privacy inquiry"' } as const;

/**
 * Seed 002: a mentor marketplace (courses, live sessions with mentors). Source:
 * shared/seeds/002_19ee951da47c23bc.txt. The copy has no date; `effectiveDate` is the date the seed
 * was collected.
 */
export const mentorMarketplaceInput = {
  version: 'seed-002',
  effectiveDate: '2026-05-01',
  timeZone: 'UTC',
  controller: { name: 'Mentor marketplace' },
  contact: { supportTicket: 'Open a support ticket with subject "Privacy inquiry" (also for GDPR/legal requests).' },
  frameworks: ['GDPR'],
  purposes: [
    { key: 'provide_service', description: 'Delivering the service: we collect what is needed and nothing else.' },
    { key: 'authentication', description: 'Registration and login state.' },
    { key: 'marketplace', description: 'Connecting you with mentors you book.' },
    { key: 'live_sessions', description: 'Generating meeting rooms for live sessions.' },
    { key: 'billing', description: 'Payments.' },
    { key: 'legal_compliance', description: 'Transaction records required for tax and accounting.' },
    { key: 'security', description: 'Spotting suspicious logins.' },
    { key: 'product_analytics', description: 'Browser and OS version for analytics; anonymised usage stats.' },
    { key: 'support', description: 'Support tickets and support requests.' },
    { key: 'transactional_communications', description: 'Transactional emails and notifications.' },
    { key: 'marketing', description: 'Marketing emails (you can opt out in Account Settings → Notifications).' },
  ],
  collections: [
    { category: 'user.identity.name', description: 'Name (from registration).', purposes: ['provide_service', 'marketplace', 'live_sessions'], source: 'data_subject', retention: DELETION },
    { category: 'user.contact.email', description: 'Email (from registration).', purposes: ['authentication', 'marketplace', 'live_sessions', 'transactional_communications', 'marketing'], source: 'data_subject', retention: DELETION },
    { category: 'user.account.password_hash', description: 'Password hash; we never see your password in plain text.', purposes: ['authentication'], source: 'data_subject', retention: DELETION },
    { category: 'user.profile', description: 'Profile info you enter: photo, bio, skills, links.', purposes: ['marketplace'], source: 'data_subject', retention: DELETION },
    { category: 'user.account.role', description: 'Role (mentee / mentor).', purposes: ['provide_service'], source: 'data_subject', subjects: ['mentee', 'mentor'], retention: DELETION },
    { category: 'user.behavior.enrollment', description: 'Courses you enrolled in, lessons you watched.', purposes: ['provide_service'], source: 'automatic', retention: DELETION },
    { category: 'user.behavior.booking', description: 'Sessions you booked or delivered.', purposes: ['marketplace', 'live_sessions'], source: 'data_subject', subjects: ['mentee', 'mentor'], retention: DELETION },
    { category: 'user.behavior.cart', description: 'Cart and wishlist contents.', purposes: ['provide_service'], source: 'data_subject', retention: DELETION },
    { category: 'user.communication.notification', description: 'Your notifications.', purposes: ['transactional_communications'], source: 'derived', retention: DELETION },
    { category: 'user.communication.email_content', description: 'The contents of transactional emails.', purposes: ['transactional_communications'], source: 'derived', retention: DELETION },
    { category: 'user.content.message', description: 'Your messages, including the message sent with a booking.', purposes: ['marketplace'], source: 'data_subject', retention: DELETION },
    { category: 'user.content.review', description: 'Reviews and comments.', purposes: ['marketplace'], source: 'data_subject', retention: DELETION },
    { category: 'user.content.upload', description: 'Files you uploaded (profile photo, etc.).', purposes: ['marketplace'], source: 'data_subject', retention: DELETION },
    { category: 'user.communication.support', description: 'Support tickets you\'ve opened.', purposes: ['support'], source: 'data_subject', retention: ['support_tickets_3_years_after_resolution'] },
    { category: 'user.communication.dispute', description: 'Dispute records.', purposes: ['support', 'legal_compliance'], source: 'data_subject', retention: ['disputes_3_years_after_resolution'] },
    { category: 'user.financial.transaction', description: 'Transaction records (amount, item, date), required for tax and accounting.', purposes: ['billing', 'legal_compliance'], source: 'derived', retention: ['financial_records_7_years', 'financial_records_anonymised_after_deletion'] },
    { category: 'user.financial.invoice', description: 'PDF invoices.', purposes: ['billing', 'legal_compliance'], source: 'derived', retention: ['financial_records_7_years', 'financial_records_anonymised_after_deletion'] },
    { category: 'user.payment.card_token', description: 'A token from Stripe that represents "this user\'s card"; it cannot rebuild the card number, CVV or expiry.', purposes: ['billing'], source: 'third_party', retention: DELETION },
    { category: 'user.technical.ip_address', description: 'IP address, for security: spotting suspicious logins.', purposes: ['security'], source: 'automatic', retention: DELETION },
    { category: 'user.technical.user_agent', description: 'Browser and OS version, for analytics and support.', purposes: ['product_analytics', 'support'], source: 'automatic', retention: DELETION },
    { category: 'user.technical.session_token', description: 'Session cookies for login state.', purposes: ['authentication'], source: 'automatic', retention: DELETION },
    { category: 'user.behavior.aggregated_statistics', description: 'Anonymised usage stats for platform analytics.', purposes: ['product_analytics'], source: 'derived', retention: ['anonymised_usage_stats'] },
  ],
  notCollected: ['user.payment.card_number'],
  recipients: [
    { key: 'mentors', name: 'Mentors you book with', role: 'other_users', services: ['marketplace_counterparty'], categories: ['user.identity.name', 'user.contact.email', 'user.profile.photo', 'user.content.message'], excludedCategories: ['user.payment', 'user.financial'], purposes: ['marketplace', 'live_sessions'], description: 'They see your name, email, profile photo and the message you sent with the booking, to deliver the session. They don\'t see your payment details or purchase history on other mentors\' products.' },
    { key: 'stripe', name: 'Stripe', role: 'sub_processor', services: ['payments'], categories: ['user.identity.name', 'user.contact.email', 'user.payment.card_token'], collectsDirectly: ['user.payment.card_number'], purposes: ['billing'], contractuallyBound: true, description: 'Stripe sees your card info (they store it) and your name/email.' },
    { key: 'zoom', name: 'Zoom', role: 'sub_processor', services: ['video'], categories: ['user.identity.name', 'user.contact.email'], purposes: ['live_sessions'], contractuallyBound: true, description: 'Zoom sees your name/email to generate meeting rooms.' },
    { key: 'bunny_cdn', name: 'Bunny CDN', role: 'sub_processor', services: ['cdn', 'video'], categories: ['user.technical.ip_address'], purposes: ['provide_service'], contractuallyBound: true, description: 'Video hosting. Anonymous IP-based access only.' },
    { key: 'email_provider', name: 'Email provider', role: 'sub_processor', services: ['email'], categories: ['user.contact.email', 'user.communication.email_content'], purposes: ['transactional_communications'], contractuallyBound: true, description: 'For transactional emails. Sees your email and email contents.' },
    { key: 'law_enforcement', name: 'Law enforcement', role: 'public_authority', services: ['legal_process'], categories: [], condition: 'Only on a valid court order, with minimal disclosure.' },
  ],
  cookies: [
    { name: 'session', category: 'strictly_necessary', storage: 'cookie', purpose: 'Login state.', lifetime: 'session' },
  ],
  rights: [
    {
      right: 'access',
      description: 'Open a support ticket requesting a data export.',
      channels: [ticket],
      response: { within: { days: 30 }, usually: { weeks: 1 } },
      export: {
        packaging: 'zip',
        machineReadable: true,
        parts: [
          { content: 'Account info', formats: ['json'], categories: ['user.identity', 'user.contact', 'user.profile', 'user.account'] },
          { content: 'Purchase history', formats: ['csv', 'pdf'], categories: ['user.financial'] },
          { content: 'Messages', formats: ['text'], categories: ['user.content.message'] },
          { content: 'Reviews and comments', formats: ['json'], categories: ['user.content.review'] },
          { content: 'Files you uploaded (profile photo, etc.)', formats: ['original_files'], categories: ['user.content.upload'] },
        ],
      },
    },
    { right: 'portability', description: 'The data export is machine-readable and includes everything you\'d need to move to another platform.', channels: [ticket], response: { within: { days: 30 }, usually: { weeks: 1 } } },
    { right: 'rectification', description: 'Most data is editable in Account Settings; for anything else, open a support ticket.', channels: [{ method: 'self_service', location: 'Account Settings' }, ticket] },
    { right: 'erasure', description: 'Use the account deletion flow. Some records are retained for legal reasons, anonymised.', channels: [{ method: 'self_service', location: 'Account deletion flow' }] },
    { right: 'objection', description: 'Opt out of anything non-essential (marketing emails, analytics).', channels: [{ method: 'self_service', location: 'Account Settings → Notifications' }] },
    { right: 'opt_out_of_marketing', channels: [{ method: 'self_service', location: 'Account Settings → Notifications' }] },
  ],
  retention: [
    { key: 'while_active', description: 'While your account is active: indefinitely.', anchor: 'account_created', period: 'indefinite', bound: 'maximum', action: 'delete', storage: 'active' },
    { key: 'personal_data_after_deletion', description: 'After deletion, profile and personal data are deleted within 30 days.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete' },
    { key: 'financial_records_7_years', description: 'Financial records are retained 7 years for tax compliance.', anchor: 'transaction_date', period: { years: 7 }, bound: 'minimum', action: 'delete', reason: 'Tax and accounting law in most jurisdictions.' },
    { key: 'financial_records_anonymised_after_deletion', description: 'Records retained for legal reasons after deletion are anonymised.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'anonymise' },
    { key: 'support_tickets_3_years_after_resolution', description: 'Support tickets are retained 3 years after resolution.', anchor: 'ticket_resolved', period: { years: 3 }, bound: 'maximum', minimum: { years: 3 }, action: 'delete' },
    { key: 'disputes_3_years_after_resolution', description: 'Dispute records are retained 3 years after resolution.', anchor: 'dispute_resolved', period: { years: 3 }, bound: 'maximum', minimum: { years: 3 }, action: 'delete' },
    { key: 'anonymised_usage_stats', description: 'Anonymised usage stats are retained indefinitely for platform analytics.', anchor: 'record_created', period: 'indefinite', bound: 'maximum', action: 'anonymise' },
  ],
  age: { minimumAge: 16, onUnderageDiscovered: 'delete_account', parentsMayRequestAccessOrDeletion: true, description: 'Our platform is for users 16 and older. If we discover a minor account we delete it.' },
  notice: { material: { advanceNotice: { days: 30 }, channels: ['in_app', 'email'] }, minor: { channels: ['page_update'] } },
  breach: { notifyUsersWithin: { hours: 72 }, description: 'Breach notification within 72 hours if anything affects your data.' },
  commitments: [
    { kind: 'no_cross_site_tracking', statement: 'We don\'t track you around the web with tracking pixels outside our domain.' },
    { kind: 'no_sale_of_data', statement: 'We don\'t sell your data to anyone.' },
    { kind: 'no_ai_training_on_user_content', statement: 'We don\'t use your content to train AI models.' },
    { kind: 'no_sharing_for_marketing', statement: 'We don\'t share your email or phone with third parties for marketing.' },
    { kind: 'encryption_in_transit', statement: 'All data in transit is TLS-encrypted (HTTPS).' },
    { kind: 'passwords_hashed', statement: 'Passwords are hashed with bcrypt.' },
    { kind: 'no_full_card_data', statement: 'Payment card data never hits our database; Stripe\'s PCI-compliant infrastructure handles it.' },
    { kind: 'security_audits', statement: 'Regular security audits and penetration testing.' },
    { kind: 'processing_agreements', statement: 'Each service provider is contractually bound to use your data only for the service they provide us.' },
  ],
} satisfies PrivacyManifestInput;

/** Seed 002 as a validated manifest. */
export const mentorMarketplace = defineManifest(mentorMarketplaceInput);
