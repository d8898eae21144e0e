import { defineManifest, type PrivacyManifestInput } from '@priv/schema';

/**
 * LeetDecode (leetdecode.com), a coding-problem practice platform. Source:
 * https://leetdecode.com/privacy, "Last updated: February 2026", read 2026-12-03 through the
 * stored-pages search. The policy names no retention period, no lawful basis, no age rule and no
 * contact address (questions go through its GitHub repository, whose address the text does not give).
 */
export const leetdecodeInput = {
  version: '2026-02',
  effectiveDate: '2026-02',
  controller: { name: 'LeetDecode', website: 'https://leetdecode.com' },
  contact: { other: 'Through our GitHub repository.' },
  purposes: [
    { key: 'provide_service', description: 'To provide and maintain the Service.' },
    { key: 'x_public_profile', label: 'Your profile and history', description: 'To display your profile and submission history.' },
    { key: 'security', description: 'To protect against abuse and unauthorized access.' },
    { key: 'product_improvement', description: 'To improve the Service.' },
  ],
  collections: [
    {
      category: 'user.identity.name',
      description: 'Your name, from Google or GitHub when you sign in.',
      purposes: ['provide_service', 'x_public_profile'],
      source: 'third_party',
    },
    {
      category: 'user.contact.email',
      description: 'Your email address, from Google or GitHub when you sign in.',
      purposes: ['provide_service'],
      source: 'third_party',
    },
    {
      category: 'user.profile.photo',
      description: 'Your profile picture, from Google or GitHub when you sign in.',
      purposes: ['x_public_profile'],
      source: 'third_party',
    },
    { category: 'user.content.code_submission', description: 'Code submissions and execution results.', purposes: ['provide_service', 'x_public_profile'] },
    { category: 'user.behavior.learning_progress', description: 'Problem progress and starred problems.', purposes: ['provide_service'] },
    { category: 'user.technical.ip_address', description: 'Session data: IP address prefix.', purposes: ['security'] },
    { category: 'user.technical.user_agent', description: 'Session data: user agent.', purposes: ['security'] },
  ],
  recipients: [
    {
      key: 'judge0',
      name: 'Judge0',
      services: ['code_execution'],
      categories: ['user.content.code_submission'],
      description: 'Only the code you submit, without personal identifiers.',
    },
    { key: 'aws', name: 'AWS', services: ['hosting'], categories: ['user'], description: 'Cloud infrastructure for hosting.' },
    { key: 'supabase', name: 'Supabase', services: ['authentication'], categories: [], description: 'Authentication provider for sign-in.' },
  ],
  dataLocation: { description: 'Your data is stored in PostgreSQL (user data, submissions) and Redis (sessions, cache), hosted on AWS infrastructure.' },
  cookies: [
    {
      name: 'sid',
      category: 'strictly_necessary',
      storage: 'cookie',
      purpose: 'Maintains your authentication state. It is HTTP-only and secure.',
      lifetime: { duration: { hours: 24 } },
    },
  ],
  rights: [
    { right: 'rectification', description: 'Update your profile information at any time.', channels: [{ method: 'self_service' }] },
    { right: 'erasure', description: 'Request deletion of your account by contacting us.' },
    { right: 'x_sign_out', description: 'Sign out to clear your session.', channels: [{ method: 'self_service' }] },
  ],
  commitments: [
    { kind: 'no_sale_of_data', statement: 'We do not sell your personal information.' },
    {
      kind: 'x_security_measures',
      statement: 'We use CSRF protection, rate limiting, session fingerprinting and encrypted token storage. No system is 100% secure.',
    },
  ],
  notice: {
    material: { channels: [], description: 'We will notify users of significant changes.' },
    minor: { channels: [], description: 'We may update this policy from time to time.' },
  },
  labels: { x_sign_out: 'Sign out' },
} satisfies PrivacyManifestInput;

/** LeetDecode's policy as a validated manifest. */
export const leetdecode = defineManifest(leetdecodeInput);
