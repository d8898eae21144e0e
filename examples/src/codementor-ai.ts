import { defineManifest, type PrivacyManifestInput } from '@priv/schema';

/**
 * Seed 000: CodeMentor AI (learnpython.academy), an AI Python tutor. Source:
 * shared/seeds/000_510a9834e8c8c32a.txt, "Last updated: May 12, 2026".
 */
export const codementorAiInput = {
  version: '2026-05-12',
  effectiveDate: '2026-05-12',
  timeZone: 'UTC',
  controller: { name: 'CodeMentor AI', website: 'https://learnpython.academy' },
  contact: { email: 'support@learnpython.academy' },
  frameworks: ['GDPR'],
  purposes: [
    { key: 'provide_service', description: 'To provide the service you paid for.' },
    { key: 'authentication', description: 'Registration and login.' },
    { key: 'transactional_communications', description: 'Important notifications.' },
    { key: 'progress_tracking', description: 'To remember where you left off.' },
    { key: 'ai_tutoring', description: 'Answering your questions in the AI tutor.' },
    { key: 'billing', description: 'Payments, handled by Stripe.' },
    { key: 'fraud_prevention', description: 'To detect fraud, spam, and abuse.' },
    { key: 'security', description: 'Technical logs for security.' },
    { key: 'localization', description: 'UI language detection.' },
    { key: 'product_improvement', description: 'To improve the product (aggregated metrics).' },
  ],
  collections: [
    { category: 'user.contact.email', description: 'Email', purposes: ['authentication', 'transactional_communications'], source: 'data_subject', retention: ['account_data_while_active', 'backups_after_deletion'] },
    { category: 'user.account.password_hash', description: 'Hashed password; we never see your plaintext password.', purposes: ['authentication'], source: 'data_subject', retention: ['account_data_while_active', 'backups_after_deletion'] },
    { category: 'user.behavior.learning_progress', description: 'Completed lessons and XP.', purposes: ['provide_service', 'progress_tracking', 'product_improvement'], source: 'automatic', retention: ['account_data_while_active', 'backups_after_deletion'] },
    { category: 'user.content.code_project', description: 'Code you wrote.', purposes: ['provide_service', 'progress_tracking'], source: 'data_subject', retention: ['account_data_while_active', 'backups_after_deletion'] },
    { category: 'user.content.ai_prompt', description: 'Your question, current code and task text, sent to the AI tutor.', purposes: ['ai_tutoring'], source: 'data_subject', retention: ['account_data_while_active', 'backups_after_deletion'] },
    { category: 'user.payment.customer_reference', description: 'Payment data, handled by Stripe.', purposes: ['billing'], source: 'third_party', retention: ['account_data_while_active', 'backups_after_deletion'] },
    { category: 'user.technical.ip_address', description: 'Technical logs: IP.', purposes: ['security', 'fraud_prevention'], source: 'automatic', retention: ['account_data_while_active', 'backups_after_deletion'] },
    { category: 'user.technical.user_agent', description: 'Technical logs: User-Agent.', purposes: ['security'], source: 'automatic', retention: ['account_data_while_active', 'backups_after_deletion'] },
    { category: 'user.technical.browser_language', description: 'Technical logs: browser language.', purposes: ['localization'], source: 'automatic', retention: ['account_data_while_active', 'backups_after_deletion'] },
    { category: 'user.technical.country', description: 'Technical logs: country.', purposes: ['security', 'localization'], source: 'automatic', retention: ['account_data_while_active', 'backups_after_deletion'] },
    { category: 'user.technical.session_token', description: 'Auth session cookie.', purposes: ['authentication'], source: 'automatic', retention: ['account_data_while_active', 'backups_after_deletion'] },
    { category: 'user.account.settings', description: 'Selected language.', purposes: ['localization'], source: 'data_subject', retention: ['account_data_while_active', 'backups_after_deletion'] },
  ],
  notCollected: ['user.payment.card_number'],
  recipients: [
    { key: 'supabase', name: 'Supabase', role: 'sub_processor', services: ['database', 'authentication'], categories: ['user.contact.email', 'user.account.password_hash', 'user.behavior.learning_progress', 'user.content.code_project', 'user.payment.customer_reference', 'user.technical', 'user.account.settings'], contractuallyBound: true },
    { key: 'vercel', name: 'Vercel', role: 'sub_processor', services: ['hosting'], categories: ['user.technical.ip_address', 'user.technical.user_agent'] },
    { key: 'stripe', name: 'Stripe', role: 'sub_processor', services: ['payments'], categories: ['user.contact.email', 'user.payment.customer_reference'], description: 'Payment processing. We do NOT have full card details.' },
    { key: 'google_gemini', name: 'Google (Gemini API)', role: 'sub_processor', services: ['ai_model_provider'], categories: ['user.content.ai_prompt'], excludedCategories: ['user.contact.email', 'user.identity.name'], purposes: ['ai_tutoring'], trainsModelsOnData: false, description: 'AI tutor: your question, current code and task text. Google does NOT use your data to train models.' },
  ],
  cookies: [
    { name: 'auth session', category: 'strictly_necessary', storage: 'cookie', purpose: 'Keeps you signed in.', lifetime: 'session' },
    { name: 'selected language', category: 'strictly_necessary', storage: 'cookie', purpose: 'Remembers your selected language.', lifetime: 'persistent' },
  ],
  rights: [
    { right: 'access', description: 'Copy of all your data.', channels: [{ method: 'email', address: 'support@learnpython.academy' }], response: { within: { days: 30 } } },
    { right: 'rectification', description: 'Update inaccurate data.', channels: [{ method: 'email', address: 'support@learnpython.academy' }], response: { within: { days: 30 } } },
    { right: 'erasure', description: 'Fully delete account (right to be forgotten).', channels: [{ method: 'email', address: 'support@learnpython.academy' }], response: { within: { days: 30 } } },
    { right: 'portability', description: 'Get your progress as JSON.', channels: [{ method: 'email', address: 'support@learnpython.academy' }], response: { within: { days: 30 } }, export: { packaging: 'single_file', parts: [{ content: 'Learning progress', formats: ['json'], categories: ['user.behavior.learning_progress'] }], machineReadable: true } },
  ],
  retention: [
    { key: 'account_data_while_active', description: 'Data is kept while the account is active.', anchor: 'account_deleted', period: { days: 0 }, bound: 'maximum', action: 'delete', storage: 'active' },
    { key: 'backups_after_deletion', description: 'After deletion: 30 days in backups, then permanently erased.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete', storage: 'backups' },
  ],
  age: { minimumAge: 13, parentalConsentBelow: 18, consentFrom: ['parent'], description: 'Not intended for persons under 13. Persons 13-18 only with parental consent.' },
  notice: { material: { advanceNotice: { days: 14 }, channels: ['email'] }, minor: { channels: ['page_update'] } },
  redaction: { kinds: ['email', 'phone', 'card'], before: ['google_gemini'], description: 'The server automatically redacts emails, phone numbers, and card numbers before the text reaches the AI.' },
  commitments: [
    { kind: 'no_sale_of_data', statement: 'We do NOT sell your data.' },
    { kind: 'passwords_hashed', statement: 'Hashed password: we never see your plaintext password.' },
    { kind: 'no_full_card_data', statement: 'Payment data is handled by Stripe. We do NOT have full card details.' },
    { kind: 'no_ai_training_on_user_content', statement: 'Google (Gemini API) does NOT use your data to train models.' },
    { kind: 'redaction_before_ai', statement: 'Emails, phone numbers and card numbers are redacted before the text reaches the AI.' },
    { kind: 'no_third_party_advertising_trackers', statement: 'No marketing or analytics cookies.' },
  ],
} satisfies PrivacyManifestInput;

/** Seed 000 as a validated manifest. */
export const codementorAi = defineManifest(codementorAiInput);
