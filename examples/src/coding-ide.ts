import { defineManifest, type PrivacyManifestInput } from '@priv/schema';

const DELETION = ['deleted_after_grace_period'];
const EMAIL = { method: 'email', location: 'Our support team' } as const;
const SELF = { method: 'self_service', location: 'Account dashboard and profile settings' } as const;
const RESPONSE = { within: { days: 30 }, extension: { withNotice: true } };

/**
 * Seed 004: a coding IDE with credits, used in classrooms. Source: shared/seeds/004_4086114b85e7a8e3.txt.
 * The copy names no platform, date or contact address; `effectiveDate` is the date the seed was
 * collected and the contact is the support system the policy describes.
 */
export const codingIdeInput = {
  version: 'seed-004',
  effectiveDate: '2026-05-01',
  timeZone: 'UTC',
  controller: { name: 'Coding IDE with credits' },
  contact: { supportTicket: 'Messages sent through our support system.' },
  frameworks: ['GDPR'],
  purposes: [
    { key: 'provide_service', description: 'Provide access to our coding IDE and execution environment; save and sync your projects across devices.' },
    { key: 'code_execution', description: 'Run your code in the execution environment.' },
    { key: 'billing', description: 'Manage your credit balance and subscription status; process payments and billing.' },
    { key: 'authentication', description: 'Keep you logged in; sign in with Google, GitHub or other OAuth providers.' },
    { key: 'product_analytics', description: 'Analyze usage patterns; conduct A/B testing for better user experience.' },
    { key: 'product_improvement', description: 'Improve performance, develop new features, optimize our infrastructure.' },
    { key: 'support', description: 'Respond to your inquiries and provide customer support.' },
    { key: 'transactional_communications', description: 'Send important service updates and notifications.' },
    { key: 'marketing', description: 'Share relevant educational content and tutorials; notify you about new features.' },
    { key: 'security', description: 'Prevent unauthorized access; protect the rights and safety of our users.' },
    { key: 'fraud_prevention', description: 'Prevent fraud and abuse; enforce our Terms of Service.' },
    { key: 'legal_compliance', description: 'Comply with legal obligations.' },
    { key: 'personalization', description: 'Remember your settings, editor preferences and themes.' },
  ],
  collections: [
    { category: 'user.identity.name', description: 'Account information at signup.', purposes: ['provide_service', 'support'], source: 'data_subject', retention: DELETION },
    { category: 'user.contact.email', description: 'Account information at signup, or from an OAuth provider.', purposes: ['authentication', 'transactional_communications', 'marketing', 'support'], source: 'data_subject', retention: DELETION },
    { category: 'user.account.username', description: 'Account information at signup.', purposes: ['authentication'], source: 'data_subject', retention: DELETION },
    { category: 'user.account.oauth_profile', description: 'Basic information from Google, GitHub or other OAuth providers: email, username, profile picture.', purposes: ['authentication'], source: 'third_party', retention: DELETION, optional: true },
    { category: 'user.content.code_project', description: 'Code projects you create and save.', purposes: ['provide_service', 'code_execution'], source: 'data_subject', retention: DELETION },
    { category: 'user.behavior.usage_metering', description: 'Credits consumed.', purposes: ['billing'], source: 'automatic', retention: DELETION },
    { category: 'user.financial.credit_balance', description: 'Credit balance and subscription status.', purposes: ['billing', 'legal_compliance'], source: 'derived', retention: ['legal_compliance_records'] },
    { category: 'user.behavior.execution_history', description: 'Execution history.', purposes: ['provide_service'], source: 'automatic', retention: DELETION },
    { category: 'user.behavior.product_analytics', description: 'Platform activity; pages visited, time spent, features used.', purposes: ['product_analytics', 'product_improvement'], source: 'automatic', retention: DELETION },
    { category: 'user.communication.support', description: 'Messages sent through our support system.', purposes: ['support'], source: 'data_subject', retention: DELETION },
    { category: 'user.technical.ip_address', description: 'Technical data.', purposes: ['security', 'fraud_prevention'], source: 'automatic', retention: DELETION },
    { category: 'user.technical.user_agent', description: 'Browser type and operating system.', purposes: ['security', 'product_improvement'], source: 'automatic', retention: DELETION },
    { category: 'user.technical.device', description: 'Device information.', purposes: ['security', 'product_improvement'], source: 'automatic', retention: DELETION },
    { category: 'user.technical.error_log', description: 'Error logs, crash reports, and system performance metrics.', purposes: ['product_improvement'], source: 'automatic', retention: DELETION },
    { category: 'user.technical.referrer', description: 'Source of traffic (if any).', purposes: ['product_analytics'], source: 'automatic', retention: DELETION },
    { category: 'user.technical.session_token', description: 'Authentication cookie that keeps you logged in.', purposes: ['authentication', 'security'], source: 'automatic', retention: DELETION },
    { category: 'user.account.settings', description: 'Your settings, editor preferences and themes.', purposes: ['personalization'], source: 'data_subject', retention: DELETION },
    { category: 'user.payment.billing_details', description: 'Billing information.', purposes: ['billing', 'legal_compliance'], source: 'data_subject', retention: ['legal_compliance_records'] },
    { category: 'user.consent.parental', description: 'Parental or guardian permission for users under 18.', purposes: ['legal_compliance'], subjects: ['minor', 'parent_guardian'], source: 'data_subject', retention: DELETION },
  ],
  recipients: [
    { key: 'google_analytics', name: 'Google Analytics', role: 'sub_processor', services: ['analytics'], categories: ['user.behavior.product_analytics'], purposes: ['product_analytics'], contractuallyBound: true, description: 'Anonymized usage data.' },
    { key: 'mixpanel', name: 'Mixpanel', role: 'sub_processor', services: ['analytics'], categories: ['user.behavior.product_analytics'], purposes: ['product_analytics'], contractuallyBound: true, description: 'Anonymized usage data.' },
    { key: 'stripe', name: 'Stripe', role: 'sub_processor', services: ['payments'], categories: ['user.payment.billing_details', 'user.contact.email'], purposes: ['billing'], contractuallyBound: true },
    { key: 'razorpay', name: 'Razorpay', role: 'sub_processor', services: ['payments'], categories: ['user.payment.billing_details', 'user.contact.email'], purposes: ['billing'], contractuallyBound: true },
    { key: 'aws', name: 'AWS', role: 'sub_processor', services: ['hosting', 'object_storage'], categories: ['user'], contractuallyBound: true, description: 'Hosting and storage.' },
    { key: 'digitalocean', name: 'DigitalOcean', role: 'sub_processor', services: ['hosting', 'object_storage'], categories: ['user'], contractuallyBound: true, description: 'Hosting and storage.' },
    { key: 'sendgrid', name: 'SendGrid', role: 'sub_processor', services: ['email'], categories: ['user.contact.email'], purposes: ['transactional_communications'], contractuallyBound: true },
    { key: 'mailgun', name: 'Mailgun', role: 'sub_processor', services: ['email'], categories: ['user.contact.email'], purposes: ['transactional_communications'], contractuallyBound: true },
    { key: 'intercom', name: 'Intercom', role: 'sub_processor', services: ['support_desk'], categories: ['user.communication.support', 'user.contact.email', 'user.identity.name'], purposes: ['support'], contractuallyBound: true },
    { key: 'zendesk', name: 'Zendesk', role: 'sub_processor', services: ['support_desk'], categories: ['user.communication.support', 'user.contact.email', 'user.identity.name'], purposes: ['support'], contractuallyBound: true },
    { key: 'authorities', name: 'Authorities and courts', role: 'public_authority', services: ['legal_process'], categories: [], condition: 'When required by law: legal processes (subpoenas, court orders), protection of our rights, fraud prevention, user safety.' },
    { key: 'acquirer', name: 'A buyer or successor', role: 'acquirer', services: ['other'], categories: ['user'], condition: 'In a merger, acquisition, or sale of assets; we will notify users.' },
  ],
  cookies: [
    { name: 'authentication', category: 'strictly_necessary', storage: 'cookie', purpose: 'Keep you logged in during your session.', lifetime: 'session' },
    { name: 'preferences', category: 'preferences', storage: 'cookie', purpose: 'Remember your settings and preferences.', lifetime: 'persistent' },
    { name: 'security', category: 'strictly_necessary', storage: 'cookie', purpose: 'Protect against fraud and unauthorized access.', lifetime: 'session' },
    { name: 'Google Analytics', category: 'analytics', storage: 'cookie', purpose: 'Understand how users interact with our platform.', lifetime: 'persistent', provider: 'google_analytics' },
    { name: 'performance monitoring', category: 'analytics', storage: 'cookie', purpose: 'Track page load times and errors.', lifetime: 'persistent' },
    { name: 'feature usage', category: 'analytics', storage: 'cookie', purpose: 'Measure adoption of new features.', lifetime: 'persistent' },
    { name: 'recent projects', category: 'preferences', storage: 'local_storage', purpose: 'Store your recent projects and code snippets; cache frequently used data.', lifetime: 'persistent' },
    { name: 'editor preferences', category: 'preferences', storage: 'local_storage', purpose: 'Remember your editor preferences and themes.', lifetime: 'persistent' },
  ],
  rights: [
    { right: 'access', description: 'Request a copy of all personal data we hold about you; view and manage it in your account dashboard.', channels: [SELF, EMAIL], response: RESPONSE },
    { right: 'portability', description: 'Download your projects and data in a portable format.', channels: [SELF], response: RESPONSE },
    { right: 'rectification', description: 'Modify your account information at any time; request correction of inaccurate or incomplete data.', channels: [SELF, EMAIL], response: RESPONSE },
    { right: 'erasure', description: 'Delete your account from your profile settings or by email; we send a confirmation email before deletion.', channels: [SELF, EMAIL], response: RESPONSE },
    { right: 'restriction', description: 'Limit how we process your data.', channels: [EMAIL], response: RESPONSE },
    { right: 'opt_out_of_marketing', description: 'Unsubscribe from promotional communications.', channels: [SELF], response: RESPONSE },
    { right: 'objection', description: 'Object to processing, including marketing.', channels: [EMAIL], response: RESPONSE },
    { right: 'withdraw_consent', description: 'Withdraw consent for data processing.', channels: [SELF, EMAIL], response: RESPONSE },
    { right: 'automated_decision_making', description: 'Object to automated decision-making.', channels: [EMAIL], response: RESPONSE },
  ],
  retention: [
    { key: 'deleted_after_grace_period', description: 'Account access is disabled immediately; for 7 days data is marked for deletion but recoverable; after 30 days it is completely removed from active systems.', anchor: 'deletion_requested', period: { days: 30 }, gracePeriod: { days: 7 }, bound: 'maximum', action: 'delete', storage: 'active' },
    { key: 'legal_compliance_records', description: 'Some data may be retained for legal compliance. No period is promised.', anchor: 'account_deleted', period: 'indefinite', bound: 'maximum', action: 'delete' },
  ],
  age: {
    minimumAge: 13,
    parentalConsentBelow: 18,
    consentFrom: ['parent', 'guardian'],
    onUnderageDiscovered: 'delete_data',
    educationalAccounts: { managedBy: ['teacher'], mayConsent: true, limitedData: true, description: 'Educational accounts may be managed by teachers, with minimal data collection.' },
    minorRestrictedPurposes: ['marketing'],
    parentsMayRequestAccessOrDeletion: true,
    description: 'Intended for users 13 years and older; users under 18 require parental or guardian permission.',
  },
  notice: {
    material: { advanceNotice: { days: 30 }, channels: ['page_update', 'email'], mayUse: ['in_app'] },
    minor: { channels: ['page_update'] },
    continuedUseMeansAcceptance: true,
    materialExamples: ['New data collection', 'Sharing practices', 'User rights'],
    minorExamples: ['Clarifications', 'Contact information', 'Formatting'],
  },
  commitments: [
    { kind: 'no_sale_of_data', statement: 'We do not sell, rent, or trade your personal data to any third parties.' },
    { kind: 'data_minimisation', statement: 'We only collect data that is necessary for providing our services.' },
    { kind: 'encryption_in_transit', statement: 'All data transmission uses HTTPS/TLS encryption.' },
    { kind: 'encryption_at_rest', statement: 'Encrypted storage with access controls.' },
    { kind: 'security_audits', statement: 'Periodic security assessments and penetration testing.' },
    { kind: 'processing_agreements', statement: 'All third-party service providers are bound by strict data processing agreements.' },
  ],
} satisfies PrivacyManifestInput;

/** Seed 004 as a validated manifest. */
export const codingIde = defineManifest(codingIdeInput);
