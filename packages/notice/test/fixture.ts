import { defineManifest, type PrivacyManifest, type PrivacyManifestInput } from '@priv/schema';

/** A small manifest written in code: one purpose set, three collections, two recipients. */
export const baseInput = {
  version: '1.0.0',
  effectiveDate: '2026-01-15',
  timeZone: 'Europe/Berlin',
  controller: { name: 'Tiny Tutor', website: 'https://tiny.example' },
  contact: { email: 'privacy@tiny.example' },
  frameworks: ['GDPR'],
  purposes: [
    { key: 'authentication', description: 'Sign-in.' },
    { key: 'ai_tutoring', description: 'Hints from the AI tutor, if you turn it on.' },
    { key: 'security', description: 'Keep accounts safe.' },
  ],
  collections: [
    { category: 'user.contact.email', purposes: ['authentication'], legalBases: ['contract'], source: 'data_subject', retention: ['while_active'] },
    {
      category: 'user.content.ai_prompt',
      purposes: ['ai_tutoring'],
      legalBases: ['consent'],
      source: 'data_subject',
      retention: ['while_active'],
      optional: true,
    },
    { category: 'user.technical.ip_address', purposes: ['security'], legalBases: ['legitimate_interests'], source: 'automatic', retention: ['logs'] },
  ],
  recipients: [
    { key: 'hoster', name: 'Hoster <EU>', role: 'sub_processor', services: ['hosting'], categories: ['user.technical.ip_address'] },
    {
      key: 'llm',
      name: 'LLM Co',
      role: 'sub_processor',
      services: ['ai_model_provider'],
      categories: ['user.content.ai_prompt'],
      optional: true,
      enabledByDefault: false,
      trainsModelsOnData: false,
    },
  ],
  cookies: [{ name: 'session', category: 'strictly_necessary', storage: 'cookie', purpose: 'Keeps you signed in.', lifetime: 'session' }],
  rights: [
    { right: 'access', channels: [{ method: 'email', address: 'privacy@tiny.example' }], response: { within: { days: 30 } } },
    {
      right: 'erasure',
      channels: [
        { method: 'self_service', location: 'Settings' },
        { method: 'email', address: 'privacy@tiny.example' },
      ],
      response: { within: { days: 30 } },
    },
  ],
  retention: [
    {
      key: 'while_active',
      description: 'Kept while the account is active.',
      anchor: 'account_deleted',
      period: { days: 30 },
      bound: 'maximum',
      action: 'delete',
    },
    {
      key: 'logs',
      description: 'Logs are kept for 14 days.',
      anchor: 'record_created',
      period: { days: 14 },
      bound: 'maximum',
      action: 'delete',
      storage: 'logs',
    },
  ],
  age: { minimumAge: 13, parentalConsentBelow: 16 },
  notice: { material: { advanceNotice: { days: 14 }, channels: ['email'] }, minor: { channels: ['page_update'] } },
  breach: { notifyUsersWithin: { hours: 72 } },
  commitments: [{ kind: 'no_sale_of_data', statement: 'We do not sell your data.' }],
} satisfies PrivacyManifestInput;

/** The fixture as a validated manifest. */
export const base: PrivacyManifest = defineManifest(baseInput);

/** A later version of the fixture with some fields replaced. */
export function next(patch: { readonly [K in keyof PrivacyManifestInput]?: unknown }): PrivacyManifest {
  return defineManifest({ ...baseInput, version: '1.1.0', effectiveDate: '2026-03-01', ...patch } as PrivacyManifestInput);
}
