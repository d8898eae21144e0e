import { defineManifest, type PrivacyManifestInput } from '@priv/schema';

const EMAIL = { method: 'email', address: 'privacy@codetrain.ai' } as const;
const ACCOUNT = ['account_and_usage_while_active'];

/**
 * Seed 003: CodeTrain, an AI coding tutor operated by Inferhaven. Source:
 * shared/seeds/003_8cc7c5e6209e6f0c.txt. The copy has no date; `effectiveDate` is the date the seed
 * was collected. Which categories each provider receives is inferred from its stated role (the policy
 * names providers, not what each sees); examples/README.md says so.
 */
export const codetrainInput = {
  version: 'seed-003',
  effectiveDate: '2026-05-01',
  timeZone: 'UTC',
  controller: { name: 'CodeTrain', operatedBy: 'Inferhaven' },
  contact: { email: 'privacy@codetrain.ai' },
  frameworks: ['GDPR', 'UK_GDPR', 'CCPA'],
  purposes: [
    { key: 'provide_service', description: 'To operate the Service.' },
    { key: 'authentication', description: 'Sign-in via our auth provider (Clerk).' },
    { key: 'security', description: 'To secure the Service.' },
    { key: 'usage_metering', description: 'To enforce plan limits and show your usage.' },
    { key: 'billing', description: 'To process payments.' },
    { key: 'ai_tutoring', description: 'To generate a tutoring response (managed plans).' },
    { key: 'support', description: 'To provide support.' },
    { key: 'product_improvement', description: 'To improve the product.' },
    { key: 'legal_compliance', description: 'As needed for legal, accounting, and security purposes.' },
  ],
  collections: [
    {
      category: 'user.contact.email',
      description: 'Account data via our auth provider (Clerk).',
      purposes: ['authentication', 'provide_service', 'support'],
      source: 'third_party',
      retention: ACCOUNT,
    },
    {
      category: 'user.identity.name',
      description: 'Account data via our auth provider (Clerk).',
      purposes: ['authentication', 'provide_service'],
      source: 'third_party',
      retention: ACCOUNT,
    },
    {
      category: 'user.account.oauth_profile',
      description: 'Basic profile info if you sign in with GitHub/Google.',
      purposes: ['authentication'],
      source: 'third_party',
      retention: ACCOUNT,
      optional: true,
    },
    {
      category: 'user.behavior.usage_metering',
      description: 'Session counts, model token usage and cost.',
      purposes: ['usage_metering', 'product_improvement'],
      source: 'automatic',
      retention: ACCOUNT,
    },
    {
      category: 'user.account.plan',
      description: 'Plan and entitlement state.',
      purposes: ['usage_metering', 'billing'],
      source: 'automatic',
      retention: ACCOUNT,
    },
    {
      category: 'user.payment.customer_reference',
      description: 'A Stripe customer/subscription reference; we never see or store your full card number.',
      purposes: ['billing', 'legal_compliance'],
      source: 'third_party',
      retention: ACCOUNT,
    },
    {
      category: 'user.content.ai_prompt',
      description: 'Prompt snippets (managed plans only): transiently proxied to the model provider; not retained as a profile of your code.',
      purposes: ['ai_tutoring'],
      source: 'data_subject',
      retention: ['prompt_snippets_not_retained'],
      optional: true,
    },
    {
      category: 'user.communication.support',
      description: 'Support communications, if you email us.',
      purposes: ['support'],
      source: 'data_subject',
      retention: ACCOUNT,
      optional: true,
    },
    {
      category: 'user.technical.session_token',
      description: 'Essential cookies for authentication/session management (via Clerk).',
      purposes: ['authentication', 'security'],
      source: 'automatic',
      retention: ACCOUNT,
    },
    {
      category: 'user.technical.ip_address',
      description: 'Connections to our hosting and CDN.',
      purposes: ['security', 'provide_service'],
      source: 'automatic',
      retention: ACCOUNT,
    },
  ],
  notCollected: ['user.payment.card_number'],
  recipients: [
    {
      key: 'clerk',
      name: 'Clerk',
      role: 'sub_processor',
      services: ['authentication'],
      categories: ['user.contact.email', 'user.identity.name', 'user.account.oauth_profile', 'user.technical.session_token'],
    },
    {
      key: 'stripe',
      name: 'Stripe',
      role: 'sub_processor',
      services: ['payments'],
      categories: ['user.contact.email', 'user.payment.customer_reference'],
      collectsDirectly: ['user.payment.card_number'],
    },
    {
      key: 'openrouter',
      name: 'OpenRouter',
      role: 'sub_processor',
      services: ['ai_gateway'],
      categories: ['user.content.ai_prompt'],
      purposes: ['ai_tutoring'],
    },
    {
      key: 'anthropic',
      name: 'Anthropic',
      role: 'sub_processor',
      services: ['ai_model_provider'],
      categories: ['user.content.ai_prompt'],
      purposes: ['ai_tutoring'],
    },
    { key: 'cloudflare', name: 'Cloudflare', role: 'sub_processor', services: ['hosting', 'cdn', 'dns'], categories: ['user.technical.ip_address'] },
    {
      key: 'fly_io',
      name: 'Fly.io',
      role: 'sub_processor',
      services: ['api_hosting'],
      categories: ['user.contact.email', 'user.behavior.usage_metering', 'user.account.plan', 'user.content.ai_prompt', 'user.technical.ip_address'],
    },
    {
      key: 'neon',
      name: 'Neon',
      role: 'sub_processor',
      services: ['database'],
      categories: ['user.contact.email', 'user.identity.name', 'user.behavior.usage_metering', 'user.account.plan', 'user.payment.customer_reference'],
    },
  ],
  cookies: [
    {
      name: 'Clerk session',
      category: 'strictly_necessary',
      storage: 'cookie',
      purpose: 'Authentication and session management.',
      lifetime: 'session',
      provider: 'clerk',
    },
  ],
  rights: [
    { right: 'access', channels: [EMAIL], jurisdictions: ['EU', 'UK', 'US-CA'] },
    { right: 'rectification', channels: [EMAIL], jurisdictions: ['EU', 'UK', 'US-CA'] },
    { right: 'portability', channels: [EMAIL], jurisdictions: ['EU', 'UK', 'US-CA'] },
    { right: 'erasure', description: 'You can request deletion.', channels: [EMAIL], jurisdictions: ['EU', 'UK', 'US-CA'] },
    { right: 'objection', description: 'Object to certain processing.', channels: [EMAIL], jurisdictions: ['EU', 'UK', 'US-CA'] },
  ],
  retention: [
    {
      key: 'account_and_usage_while_active',
      description:
        'We keep account and usage data while your account is active and as needed for legal, accounting, and security purposes. No end is promised after deletion.',
      anchor: 'account_deleted',
      period: 'indefinite',
      bound: 'maximum',
      action: 'delete',
    },
    {
      key: 'prompt_snippets_not_retained',
      description: 'Prompt snippets are transiently proxied and not retained.',
      anchor: 'record_created',
      period: { days: 0 },
      bound: 'maximum',
      action: 'delete',
    },
  ],
  age: { minimumAge: 16, description: "The Service isn't directed to children under 16, and we don't knowingly collect their data." },
  notice: { material: { channels: ['page_update'], mayUse: ['email'] }, minor: { channels: ['page_update'] } },
  commitments: [
    { kind: 'no_sale_of_data', statement: 'We do not sell your personal data.' },
    { kind: 'no_third_party_advertising_trackers', statement: "We don't use advertising trackers." },
    { kind: 'no_full_card_data', statement: 'We never see or store your full card number.' },
    { kind: 'encryption_in_transit', statement: 'We use encryption in transit, scoped access tokens, and reputable infrastructure providers.' },
  ],
} satisfies PrivacyManifestInput;

/** Seed 003 as a validated manifest. */
export const codetrain = defineManifest(codetrainInput);
