import { defineManifest, type PrivacyManifestInput } from '@priv/schema';

/**
 * Coders Gym (codersgym.hourproof.app), a mobile app for practising LeetCode problems. Source:
 * https://codersgym.hourproof.app/privacy, "Last updated: April 2, 2026", read 2026-12-03 through
 * the stored-pages search. The copy read lacks the list under "Locally Stored Data", the text under
 * "Data Security" and the contact address at the end; none of them is invented here. It names no
 * minimum age (only "not directed at children under 13"), no lawful basis and no period.
 */
export const codersGymInput = {
  version: '2026-04-02',
  effectiveDate: '2026-04-02',
  controller: { name: 'Coders Gym' },
  contact: { other: 'By email, at the address given at the end of the policy.' },
  purposes: [
    { key: 'provide_service', description: "To fetch your profile and progress from LeetCode's public API." },
    { key: 'code_execution', description: 'To run code and submit solutions, through LeetCode.' },
    { key: 'product_analytics', description: 'Basic analytics, through Firebase.' },
    { key: 'debugging', description: 'Crash reporting, through Firebase.' },
    { key: 'x_advertising', label: 'Advertising', description: 'The App displays advertisements via Google AdMob.' },
  ],
  collections: [
    {
      category: 'user.account.username',
      description: 'Your LeetCode username, stored on your device. We do not store your LeetCode password.',
      purposes: ['provide_service'],
      source: 'data_subject',
      retentionStatement: 'Stored on your device; uninstalling the App removes all locally stored data.',
    },
    {
      category: 'user.content.code_submission',
      description: 'Code you run or submit, sent from your device directly to LeetCode.',
      purposes: ['code_execution'],
      source: 'data_subject',
    },
  ],
  recipients: [
    {
      key: 'leetcode',
      name: 'LeetCode',
      services: ['code_execution'],
      categories: ['user.account.username', 'user.content.code_submission'],
      description:
        'The App fetches problems, runs code, submits solutions and retrieves your profile data; all calls go directly from your device to LeetCode.',
    },
    {
      key: 'firebase',
      name: 'Firebase',
      services: ['analytics', 'monitoring'],
      categories: [],
      collectsDirectly: ['user.technical.device', 'user.behavior.product_analytics', 'user.technical.error_log'],
      excludedCategories: ['user.account.username', 'user.content.code_submission'],
      purposes: ['product_analytics', 'debugging'],
      privacyPolicyUrl: 'https://firebase.google.com/support/privacy',
      description: 'No personally identifiable information (such as your LeetCode username or code) is sent to Firebase.',
    },
    {
      key: 'admob',
      name: 'Google AdMob',
      services: ['other'],
      categories: [],
      collectsDirectly: ['user.technical.device', 'user.behavior.product_analytics'],
      purposes: ['x_advertising'],
      description:
        'AdMob may collect device identifiers and usage data to serve ads. You can opt out of personalized advertising in your iOS Settings under Privacy & Security > Tracking.',
    },
  ],
  dataLocation: { description: 'Locally stored data is stored entirely on your device and is never uploaded to any external server.' },
  rights: [{ right: 'erasure', description: 'To request deletion of any analytics data, contact us by email.', channels: [{ method: 'email' }] }],
  age: { description: 'The App is not directed at children under 13. We do not knowingly collect personal information from children.' },
  notice: { material: { channels: ['page_update'] }, minor: { channels: ['page_update'] } },
  commitments: [{ kind: 'no_sale_of_data', statement: 'We do not sell, trade, or transfer your personal data to any third party.' }],
} satisfies PrivacyManifestInput;

/** Coders Gym's policy as a validated manifest. */
export const codersGym = defineManifest(codersGymInput);
