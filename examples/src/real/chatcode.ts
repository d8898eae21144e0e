import { defineManifest, type PrivacyManifestInput } from '@priv/schema';

/**
 * ChatCode (chatcode.co), cloud coding containers with AI chat. Source: https://chatcode.co/privacy,
 * "Last updated: June 2025", read 2026-12-03 through the stored-pages search. Encoded from the text
 * alone: nothing the policy does not say (no lawful bases, no roles, no cookie names, no anchor for
 * the 7-year billing rule, no contact address: the copy read shows it only as "[email protected]").
 */
export const chatcodeInput = {
  version: '2025-06',
  effectiveDate: '2025-06',
  controller: { name: 'ChatCode', website: 'https://chatcode.co' },
  contact: { other: 'By email, at the privacy address shown in the published policy.' },
  categories: [{ key: 'user.content.ai_chat', label: 'AI chat messages', description: 'The messages you send to the AI chat.' }],
  events: [
    { key: 'conversation_ended', description: 'The chat conversation ended' },
    { key: 'deleted_by_you', description: 'You deleted it or your container was removed' },
  ],
  purposes: [
    { key: 'account_management', description: 'Account info like email and name, when you sign up.' },
    { key: 'billing', description: 'Usage data, for billing.' },
    { key: 'product_improvement', description: 'Usage data, for improvement.' },
    { key: 'security', description: 'Technical logs, for security.' },
    { key: 'provide_service', description: 'Your code runs in your own isolated container.' },
    { key: 'x_ai_chat', label: 'AI chat', description: 'Your chat messages are processed by AI model providers to answer you.' },
  ],
  collections: [
    {
      category: 'user.contact.email',
      description: 'Email, when you sign up.',
      purposes: ['account_management'],
      retention: ['deleted_after_closure'],
      retentionStatement: 'Account data is kept while your account exists.',
    },
    {
      category: 'user.identity.name',
      description: 'Name, when you sign up.',
      purposes: ['account_management'],
      retention: ['deleted_after_closure'],
      retentionStatement: 'Account data is kept while your account exists.',
    },
    {
      category: 'user.behavior.product_analytics',
      description: 'Which features you use and how long you use them.',
      purposes: ['billing', 'product_improvement'],
      retention: ['deleted_after_closure'],
    },
    {
      category: 'user.technical.ip_address',
      description: 'Technical logs: IP address.',
      purposes: ['security'],
      source: 'automatic',
      retention: ['logs_30_days'],
    },
    {
      category: 'user.technical.user_agent',
      description: 'Technical logs: browser.',
      purposes: ['security'],
      source: 'automatic',
      retention: ['logs_30_days'],
    },
    {
      category: 'user.technical.server_log',
      description: 'Technical logs: timestamps.',
      purposes: ['security'],
      source: 'automatic',
      retention: ['logs_30_days'],
    },
    {
      category: 'user.content.code_project',
      description: 'Your code and projects, in your isolated container. Only you can access it; we cannot read it.',
      purposes: ['provide_service'],
      retention: ['code_deleted_with_container'],
      retentionStatement: 'Code and projects are kept until you delete them or your container is removed. When you delete it, it is gone.',
    },
    { category: 'user.content.ai_chat', description: 'Your chat messages.', purposes: ['x_ai_chat'], retention: ['chat_not_stored'] },
    {
      category: 'user.financial.transaction',
      description: 'Billing records.',
      purposes: ['billing'],
      retentionStatement: 'Billing records are kept for 7 years to meet legal requirements.',
    },
  ],
  notCollected: ['user.payment.card_number'],
  recipients: [
    {
      key: 'google_github_sign_in',
      name: 'Google and GitHub',
      services: ['authentication'],
      categories: [],
      description: 'They handle authentication. We receive email and name only.',
    },
    {
      key: 'stripe',
      name: 'Stripe',
      services: ['payments'],
      categories: [],
      collectsDirectly: ['user.payment.card_number'],
      description: 'Stripe handles payments and card data. We never see your card number.',
    },
    {
      key: 'ai_providers',
      name: 'Anthropic, OpenAI and Google',
      services: ['ai_model_provider'],
      categories: ['user.content.ai_chat'],
      purposes: ['x_ai_chat'],
      description: 'They process your chat messages.',
    },
  ],
  cookies: [{ category: 'strictly_necessary', purpose: 'Authentication, including a session token.' }],
  rights: [
    { right: 'access', description: 'You can access your data.' },
    { right: 'rectification', description: 'You can correct your data.' },
    { right: 'erasure', description: 'You can delete your account.' },
    { right: 'portability', description: 'You can export your code.' },
    { right: 'complain_to_authority', description: 'EU users can lodge a complaint with their local supervisory authority.', jurisdictions: ['EU'] },
    { right: 'opt_out_of_sale', description: 'We do not sell your data, so no opt-out is needed.', jurisdictions: ['US-CA'] },
  ],
  retention: [
    {
      key: 'logs_30_days',
      description: 'Logs are kept for 30 days.',
      anchor: 'record_created',
      period: { days: 30 },
      bound: 'maximum',
      action: 'delete',
      storage: 'logs',
    },
    {
      key: 'deleted_after_closure',
      description: 'Everything is deleted within 30 days of account closure.',
      anchor: 'account_deleted',
      period: { days: 30 },
      bound: 'maximum',
      action: 'delete',
    },
    {
      key: 'code_deleted_with_container',
      description: 'Deleted code is gone.',
      anchor: 'deleted_by_you',
      period: { days: 0 },
      bound: 'maximum',
      action: 'delete',
    },
    {
      key: 'chat_not_stored',
      description: 'Chat messages are not stored after the conversation ends.',
      anchor: 'conversation_ended',
      period: { days: 0 },
      bound: 'maximum',
      action: 'delete',
    },
  ],
  commitments: [
    { kind: 'no_ai_training_on_user_content', statement: 'We do not train AI on your code.' },
    { kind: 'x_no_code_scanning', statement: 'We do not scan or analyze your code.' },
    { kind: 'no_sale_of_data', statement: 'We do not sell your personal information.' },
    { kind: 'x_no_sharing_with_advertisers', statement: 'We do not share your data with advertisers.' },
    { kind: 'x_container_isolation', statement: 'Containers are isolated at the kernel level with LXD.' },
    { kind: 'encryption_at_rest', statement: 'Data is encrypted at rest and in transit. Backups are encrypted.' },
    { kind: 'x_no_tracking_cookies', statement: 'We do not use tracking cookies or third-party analytics cookies.' },
  ],
} satisfies PrivacyManifestInput;

/** ChatCode's policy as a validated manifest. */
export const chatcode = defineManifest(chatcodeInput);
