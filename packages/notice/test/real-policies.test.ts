import { realPolicyManifests, type RealPolicyManifest } from '@priv/examples';
import { describe, expect, it } from 'vitest';
import { getDataCategory, purposeLabel } from '@priv/schema';
import { renderPolicyMarkdown } from '../src/index.js';

/**
 * Three real public policies (not seeds), each as a list of the promises its original makes, in
 * our words, with the fragments the rendered text must contain for each. Two checks per policy:
 * every promise is stated, and every rendered line is made only of promises and the renderer's
 * own glue (headings, "Receives:", labels), so the text states nothing the original does not.
 * Sources and dates: examples/src/real/*.ts. Read 2026-12-03 through the stored-pages search.
 */
interface Promise {
  readonly promise: string;
  readonly says: readonly string[];
}

const PROMISES: Record<RealPolicyManifest['id'], readonly Promise[]> = {
  chatcode: [
    { promise: 'Last updated June 2025 (month only)', says: ['Version 2025-06, effective June 2025.', 'This version (2025-06) takes effect in June 2025.'] },
    {
      promise: 'Collects email and name at sign-up',
      says: ['Email, when you sign up.', 'Name, when you sign up.', 'Account info like email and name, when you sign up.'],
    },
    {
      promise: 'Usage data (features, time) for billing and improvement',
      says: ['Which features you use and how long you use them.', 'Usage data, for billing.', 'Usage data, for improvement.'],
    },
    {
      promise: 'Technical logs (IP, browser, timestamps) for security',
      says: [
        'Technical logs: IP address.',
        'Technical logs: browser.',
        'Technical logs: timestamps.',
        'Technical logs, for security.',
        'collected automatically when you use the service',
      ],
    },
    {
      promise: 'Payment is handled by Stripe; card number never seen',
      says: ['Stripe handles payments and card data. We never see your card number.', 'Collects directly from you: Card number.', 'Card number'],
    },
    { promise: 'Does not train AI on your code', says: ['We do not train AI on your code.'] },
    { promise: 'Does not scan or analyse your code', says: ['We do not scan or analyze your code.'] },
    { promise: 'Does not sell personal information', says: ['We do not sell your personal information.'] },
    { promise: 'Does not share data with advertisers', says: ['We do not share your data with advertisers.'] },
    {
      promise: 'Code lives in an isolated container only you can access; we cannot read it',
      says: [
        'Your code and projects, in your isolated container. Only you can access it; we cannot read it.',
        'Your code runs in your own isolated container.',
      ],
    },
    {
      promise: 'Deleted code is gone',
      says: ['When you delete it, it is gone.', 'Deleted code is gone.', 'Deleted immediately after you deleted it or your container was removed.'],
    },
    { promise: 'Containers isolated at kernel level (LXD)', says: ['Containers are isolated at the kernel level with LXD.'] },
    { promise: 'Encrypted at rest, in transit, and in backups', says: ['Data is encrypted at rest and in transit. Backups are encrypted.'] },
    { promise: 'Google and GitHub handle sign-in; only email and name received', says: ['They handle authentication. We receive email and name only.'] },
    {
      promise: 'Anthropic, OpenAI and Google process chat messages; not stored after the conversation',
      says: [
        'They process your chat messages.',
        'Your chat messages are processed by AI model providers to answer you.',
        'Your chat messages.',
        'Chat messages are not stored after the conversation ends.',
        'Deleted immediately after the chat conversation ended.',
      ],
    },
    { promise: 'Essential cookies for authentication, including a session token', says: ['Authentication, including a session token.'] },
    { promise: 'No tracking cookies, no third-party analytics cookies', says: ['We do not use tracking cookies or third-party analytics cookies.'] },
    { promise: 'Account data kept while the account exists', says: ['Account data is kept while your account exists.'] },
    {
      promise: 'Code kept until you delete it or the container is removed',
      says: ['Code and projects are kept until you delete them or your container is removed.'],
    },
    { promise: 'Logs kept 30 days', says: ['Logs are kept for 30 days.', 'Deleted at the latest 30 days after the record was created (logs).'] },
    {
      promise: 'Billing records kept 7 years for legal requirements',
      says: ['Billing records.', 'Billing records are kept for 7 years to meet legal requirements.'],
    },
    {
      promise: 'Everything deleted within 30 days of account closure',
      says: ['Everything is deleted within 30 days of account closure.', 'Deleted at the latest 30 days after the account was deleted.'],
    },
    {
      promise: 'Rights: access, correct, delete account, export code',
      says: ['You can access your data.', 'You can correct your data.', 'You can delete your account.', 'You can export your code.'],
    },
    {
      promise: 'EU users may complain to their supervisory authority',
      says: ['EU users can lodge a complaint with their local supervisory authority.', 'Applies in: the European Union.'],
    },
    { promise: 'California: no sale, so no opt-out needed', says: ['We do not sell your data, so no opt-out is needed.', 'Applies in: US-CA.'] },
    { promise: 'Contact by email for privacy questions', says: ['By email, at the privacy address shown in the published policy.'] },
  ],
  leetdecode: [
    {
      promise: 'Last updated February 2026 (month only)',
      says: ['Version 2026-02, effective February 2026.', 'This version (2026-02) takes effect in February 2026.'],
    },
    {
      promise: 'Name, email, picture from Google/GitHub sign-in',
      says: [
        'Your name, from Google or GitHub when you sign in.',
        'Your email address, from Google or GitHub when you sign in.',
        'Your profile picture, from Google or GitHub when you sign in.',
        'from third parties',
      ],
    },
    {
      promise: 'Code submissions and results; progress and starred problems',
      says: ['Code submissions and execution results.', 'Problem progress and starred problems.'],
    },
    { promise: 'Session data (IP prefix, user agent) for security', says: ['Session data: IP address prefix.', 'Session data: user agent.'] },
    {
      promise: 'Uses: provide the Service, display profile and history, protect against abuse, improve',
      says: [
        'To provide and maintain the Service.',
        'To display your profile and submission history.',
        'To protect against abuse and unauthorized access.',
        'To improve the Service.',
      ],
    },
    {
      promise: 'Stored in PostgreSQL and Redis on AWS',
      says: [
        'Your data is stored in PostgreSQL (user data, submissions) and Redis (sessions, cache), hosted on AWS infrastructure.',
        'Cloud infrastructure for hosting.',
      ],
    },
    { promise: 'No sale of personal information', says: ['We do not sell your personal information.'] },
    { promise: 'Judge0 gets only the code, without personal identifiers', says: ['Only the code you submit, without personal identifiers.'] },
    { promise: 'Supabase for sign-in', says: ['Authentication provider for sign-in.'] },
    {
      promise: 'Session cookie sid: HTTP-only, secure, 24 hours',
      says: ['**sid** (strictly necessary, cookie, kept for 24 hours)', 'Maintains your authentication state. It is HTTP-only and secure.'],
    },
    {
      promise: 'Rights: update profile, request deletion, sign out',
      says: [
        'Update your profile information at any time.',
        'Request deletion of your account by contacting us.',
        'Sign out to clear your session.',
        'yourself in the product',
      ],
    },
    {
      promise: 'Security measures; no system 100% secure',
      says: ['We use CSRF protection, rate limiting, session fingerprinting and encrypted token storage. No system is 100% secure.'],
    },
    {
      promise: 'May update; will notify of significant changes (no channel named)',
      says: ['We may update this policy from time to time.', 'We will notify users of significant changes.'],
    },
    { promise: 'Contact through the GitHub repository', says: ['Through our GitHub repository.'] },
  ],
  'coders-gym': [
    { promise: 'Last updated April 2, 2026', says: ['Version 2026-04-02, effective 2 April 2026.', 'This version (2026-04-02) takes effect on 2 April 2026.'] },
    {
      promise: 'LeetCode username stored locally; no password stored',
      says: [
        'Your LeetCode username, stored on your device. We do not store your LeetCode password.',
        'you provide it',
        "To fetch your profile and progress from LeetCode's public API.",
      ],
    },
    {
      promise: 'Locally stored data never uploaded',
      says: ['Locally stored data is stored entirely on your device and is never uploaded to any external server.'],
    },
    {
      promise: 'Calls go directly from the device to LeetCode',
      says: [
        'The App fetches problems, runs code, submits solutions and retrieves your profile data; all calls go directly from your device to LeetCode.',
        'Code you run or submit, sent from your device directly to LeetCode.',
        'To run code and submit solutions, through LeetCode.',
      ],
    },
    {
      promise: 'Firebase for analytics and crash reporting; no username or code sent',
      says: [
        'Basic analytics, through Firebase.',
        'Crash reporting, through Firebase.',
        'No personally identifiable information (such as your LeetCode username or code) is sent to Firebase.',
        'firebase.google.com/support/privacy',
      ],
    },
    {
      promise: 'AdMob ads; may collect device identifiers and usage; iOS opt-out',
      says: [
        'The App displays advertisements via Google AdMob.',
        'AdMob may collect device identifiers and usage data to serve ads. You can opt out of personalized advertising in your iOS Settings under Privacy & Security \\> Tracking.',
      ],
    },
    { promise: 'No sale, trade or transfer of personal data', says: ['We do not sell, trade, or transfer your personal data to any third party.'] },
    {
      promise: 'Uninstalling removes local data; analytics deletion by email',
      says: ['Stored on your device; uninstalling the App removes all locally stored data.', 'To request deletion of any analytics data, contact us by email.'],
    },
    {
      promise: 'Not directed at children under 13; no knowing collection',
      says: ['The App is not directed at children under 13. We do not knowingly collect personal information from children.'],
    },
    {
      promise: 'Changes reflected on this page',
      says: ['We announce material changes by an update of this page.', 'We announce minor changes by an update of this page.'],
    },
    { promise: 'Contact by email', says: ['By email, at the address given at the end of the policy.'] },
  ],
};

/** The renderer's own words around the promises: headings, field labels, names and data labels. */
function glueOf(r: RealPolicyManifest): string[] {
  const m = r.manifest;
  const label = (key: string) => m.categories.find((c) => c.key === key)?.label ?? getDataCategory(key)?.label ?? key;
  // Labels name data and purposes the promises already state; they add no promise of their own.
  const keys = [
    ...m.collections.map((c) => c.category),
    ...m.notCollected,
    ...m.recipients.flatMap((x) => [...x.categories, ...(x.collectsDirectly ?? []), ...(x.excludedCategories ?? [])]),
  ];
  return [
    `Privacy policy — ${m.controller.name}`,
    `**${m.controller.name}** is responsible for your data.`,
    'Website: ',
    'Email: ',
    'Web: ',
    'Where it comes from:',
    'Used for:',
    'Receives:',
    'For:',
    'Never receives:',
    'Collects directly from you:',
    'Applies to:',
    'Applies in:',
    'How:',
    'Its privacy policy:',
    'by email',
    'What we do not collect',
    'kept for',
    'strictly necessary',
    'cookies',
    'Cookies',
    ...m.recipients.flatMap((x) => [x.name, ...x.services.map((s) => s.replace(/_/g, ' '))]),
    'AI model provider',
    'code execution',
    'analytics',
    'monitoring',
    'authentication',
    'hosting',
    'payments',
    'other',
    ...keys.map(label),
    ...m.purposes.map((x) => purposeLabel(x)),
  ];
}

const LABELS = /\*\*[^*]+\*\*|\[[^\]]*\]\(<[^>]*>\)/g;

describe.each(realPolicyManifests.map((r) => [r.id, r] as const))('real policy %s', (id, r) => {
  const md = renderPolicyMarkdown(r.manifest);
  const promises = PROMISES[id];

  it('is checked in as a snapshot', async () => {
    await expect(md).toMatchFileSnapshot(`./rendered/real-${id}.md`);
  });

  it.each(promises.map((x) => [x.promise, x] as const))('states: %s', (_name, promise) => {
    for (const fragment of promise.says) expect(md).toContain(fragment);
  });

  it('states nothing the original does not: every line is promises and glue only', () => {
    const fragments = [...promises.flatMap((x) => x.says), ...glueOf(r)].sort((a, b) => b.length - a.length);
    const leftovers: string[] = [];
    for (const line of md.split('\n')) {
      if (line.trim() === '' || line.startsWith('#')) continue;
      let rest = line;
      for (const fragment of fragments) rest = rest.split(fragment).join(' ');
      rest = rest.replace(LABELS, ' ');
      if (!/^[\s.,;:()\-—]*$/.test(rest)) leftovers.push(`${line}\n    left: ${rest.trim()}`);
    }
    expect(leftovers).toEqual([]);
  });
});
