import type { PrivacyManifest } from '@priv/schema';
import { chatcode } from './chatcode.js';
import { codersGym } from './coders-gym.js';
import { leetdecode } from './leetdecode.js';

/** A real public policy (not a seed) encoded as a manifest: where it was read and when. */
export interface RealPolicyManifest {
  readonly id: 'chatcode' | 'leetdecode' | 'coders-gym';
  readonly source: string;
  readonly lastUpdated: string;
  readonly manifest: PrivacyManifest;
}

/** Three real policies of developer-learning platforms, read 2026-12-03. */
export const realPolicyManifests: readonly RealPolicyManifest[] = [
  { id: 'chatcode', source: 'https://chatcode.co/privacy', lastUpdated: 'June 2025', manifest: chatcode },
  { id: 'leetdecode', source: 'https://leetdecode.com/privacy', lastUpdated: 'February 2026', manifest: leetdecode },
  { id: 'coders-gym', source: 'https://codersgym.hourproof.app/privacy', lastUpdated: 'April 2, 2026', manifest: codersGym },
];
