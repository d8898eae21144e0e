import { defineManifest, type PrivacyManifestInput } from '@priv/schema';

/**
 * Seed 001: a small code-running lesson platform (Judge0 for execution). Source:
 * shared/seeds/001_05e7649d7c9b15e1.txt. The policy gives no date and no contact address in the copy
 * we have (the address is obfuscated), so `effectiveDate` is the date the seed was collected and the
 * contact says where to look.
 */
export const codeRunnerInput = {
  version: 'seed-001',
  effectiveDate: '2026-05-01',
  timeZone: 'UTC',
  controller: { name: 'Code-running lesson platform' },
  contact: { other: 'The email address at the end of the privacy policy page ("Questions about this policy? Email us").' },
  frameworks: ['GDPR', 'UK_GDPR'],
  purposes: [
    { key: 'authentication', description: 'Account creation, sign-in and keeping you signed in.' },
    { key: 'transactional_communications', description: 'Account verification and password reset.' },
    { key: 'marketing', description: 'Occasional product announcements, only if you opt in.' },
    { key: 'code_execution', description: 'Evaluating your lesson against the course\'s test cases.' },
    { key: 'progress_tracking', description: 'Progress tracking and attempt history, shown to you.' },
    { key: 'ai_tutoring', description: 'AI feedback on your code, only if you enable AI coaching.' },
    { key: 'debugging', description: 'Debugging.' },
    { key: 'fraud_prevention', description: 'Abuse prevention.' },
    { key: 'personalization', description: 'Preferences such as your selected language for project courses.' },
    { key: 'product_improvement', description: 'Aggregated, non-identifying telemetry to improve the curriculum.' },
    { key: 'billing', description: 'Payments, when enabled.' },
    { key: 'provide_service', description: 'User-uploaded images: avatars and course covers.' },
  ],
  collections: [
    { category: 'user.contact.email', purposes: ['authentication', 'transactional_communications', 'marketing'], source: 'data_subject', retention: ['account_deleted_immediately'] },
    { category: 'user.account.username', purposes: ['authentication'], source: 'data_subject', retention: ['account_deleted_immediately'] },
    { category: 'user.account.password_hash', description: 'An encrypted (bcrypt) hash of your password; never the password in plain text.', purposes: ['authentication'], source: 'data_subject', retention: ['account_deleted_immediately'] },
    { category: 'user.content.code_submission', description: 'The source you submitted, the language and the result of the run.', purposes: ['code_execution', 'progress_tracking', 'ai_tutoring'], source: 'data_subject', retention: ['account_deleted_immediately'] },
    { category: 'user.behavior.execution_history', description: 'Timing and memory metrics of each run.', purposes: ['progress_tracking'], source: 'automatic', retention: ['account_deleted_immediately'] },
    { category: 'user.behavior.learning_progress', description: 'Progress and attempt history.', purposes: ['progress_tracking'], source: 'derived', retention: ['account_deleted_immediately'] },
    { category: 'user.content.ai_prompt', description: 'The relevant lesson context sent for AI feedback.', purposes: ['ai_tutoring'], source: 'derived', retention: ['account_deleted_immediately'], optional: true },
    { category: 'user.technical.session_token', description: 'A JWT in localStorage that keeps you signed in.', purposes: ['authentication'], source: 'automatic', retention: ['account_deleted_immediately'] },
    { category: 'user.account.settings', description: 'Preferences such as your selected language for project courses.', purposes: ['personalization'], source: 'data_subject', retention: ['account_deleted_immediately'] },
    { category: 'user.technical.server_log', description: 'Server logs: the routes you visit.', purposes: ['debugging', 'fraud_prevention'], source: 'automatic', retention: ['server_logs_30_days'] },
    { category: 'user.technical.ip_address', description: 'In server logs.', purposes: ['debugging', 'fraud_prevention'], source: 'automatic', retention: ['server_logs_30_days'] },
    { category: 'user.technical.user_agent', description: 'In server logs.', purposes: ['debugging', 'fraud_prevention'], source: 'automatic', retention: ['server_logs_30_days'] },
    { category: 'user.behavior.aggregated_statistics', description: 'Which lessons people start, where they get stuck, completion rates.', purposes: ['product_improvement'], source: 'derived', retention: ['aggregated_telemetry'] },
    { category: 'user.payment.customer_reference', description: 'Payments, when enabled; we never see your card number.', purposes: ['billing'], source: 'third_party', retention: ['account_deleted_immediately'], optional: true },
    { category: 'user.content.upload', description: 'User-uploaded images: avatars and course covers.', purposes: ['provide_service'], source: 'data_subject', retention: ['account_deleted_immediately'] },
  ],
  notCollected: ['user.payment.card_number'],
  recipients: [
    { key: 'resend', name: 'Resend', role: 'sub_processor', services: ['email'], categories: ['user.contact.email'], purposes: ['transactional_communications'], description: 'Email delivery (transactional only).' },
    { key: 'judge0', name: 'Judge0', role: 'sub_processor', services: ['code_execution'], categories: ['user.content.code_submission'], purposes: ['code_execution'], description: 'Code execution, isolated per submission.' },
    { key: 'openrouter', name: 'OpenRouter', role: 'sub_processor', services: ['ai_gateway', 'ai_model_provider'], categories: ['user.content.ai_prompt', 'user.content.code_submission'], purposes: ['ai_tutoring'], optional: true, enabledByDefault: false, description: 'AI coaching (optional, off by default), routing to the configured Claude model. Your code and the lesson prompt are sent; nothing else.' },
    { key: 'stripe', name: 'Stripe', role: 'sub_processor', services: ['payments'], categories: ['user.payment.customer_reference'], collectsDirectly: ['user.payment.card_number'], purposes: ['billing'], condition: 'When payments are enabled.', description: 'We never see your card number: Stripe handles it.' },
    { key: 'minio', name: 'MinIO (self-hosted)', role: 'processor', services: ['object_storage'], categories: ['user.content.upload'], selfHosted: true, description: 'Object storage for user-uploaded images on our own infrastructure.' },
  ],
  cookies: [
    { name: 'JWT', category: 'strictly_necessary', storage: 'local_storage', purpose: 'Keeps you signed in.', lifetime: 'persistent' },
    { name: 'preferences', category: 'preferences', storage: 'local_storage', purpose: 'Your selected language for project courses.', lifetime: 'persistent' },
  ],
  rights: [
    { right: 'access', description: 'Export all data we hold on you.', channels: [{ method: 'self_service', location: 'Settings page in your dashboard' }] },
    { right: 'portability', description: 'Export all data we hold on you.', channels: [{ method: 'self_service', location: 'Settings page in your dashboard' }] },
    { right: 'erasure', description: 'Delete your account entirely. Deletion is immediate and irreversible.', channels: [{ method: 'self_service', location: 'Settings page in your dashboard' }] },
    { right: 'rectification', channels: [{ method: 'email', location: 'The address at the end of the policy' }], jurisdictions: ['EU', 'UK'] },
    { right: 'objection', channels: [{ method: 'email', location: 'The address at the end of the policy' }], jurisdictions: ['EU', 'UK'] },
  ],
  retention: [
    { key: 'server_logs_30_days', description: 'Server logs are kept for up to 30 days.', anchor: 'record_created', period: { days: 30 }, bound: 'maximum', action: 'delete', storage: 'logs' },
    { key: 'account_deleted_immediately', description: 'Deleting your account is immediate and irreversible.', anchor: 'account_deleted', period: { days: 0 }, bound: 'maximum', action: 'delete' },
    { key: 'aggregated_telemetry', description: 'Aggregated, non-identifying telemetry.', anchor: 'record_created', period: 'indefinite', bound: 'maximum', action: 'anonymise' },
  ],
  breach: { notifyUsersWithin: { hours: 72 }, description: 'If we ever discover a breach affecting your data, we will notify you within 72 hours, as required by applicable law.' },
  commitments: [
    { kind: 'passwords_hashed', statement: 'Passwords are bcrypt-hashed; never stored in plain text.' },
    { kind: 'encryption_in_transit', statement: 'We use TLS for all traffic.' },
    { kind: 'no_third_party_advertising_trackers', statement: 'We do not use third-party advertising trackers.' },
    { kind: 'no_sale_of_data', statement: 'We do not sell or rent your email.' },
    { kind: 'no_full_card_data', statement: 'We never see your card number: Stripe handles it.' },
  ],
} satisfies PrivacyManifestInput;

/** Seed 001 as a validated manifest. */
export const codeRunner = defineManifest(codeRunnerInput);
