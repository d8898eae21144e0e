import type { PrivacyManifest } from '@priv/schema';
import { documentToHtml } from './html.js';
import { documentToMarkdown } from './markdown.js';
import { buildPolicyDocument } from './policy-document.js';

/**
 * The human-readable policy of a manifest, as Markdown. Generated from the manifest, so the text
 * cannot drift from what the code does.
 *
 * @example
 * renderPolicyMarkdown(codementorAi).split('\n')[0]; // '# Privacy policy — CodeMentor AI'
 */
export function renderPolicyMarkdown(manifest: PrivacyManifest): string {
  return documentToMarkdown(buildPolicyDocument(manifest));
}

/**
 * The human-readable policy of a manifest, as an HTML fragment with every text escaped.
 *
 * @example
 * renderPolicyHtml(codementorAi).includes('<section id="what-we-collect">'); // true
 */
export function renderPolicyHtml(manifest: PrivacyManifest): string {
  return documentToHtml(buildPolicyDocument(manifest));
}
