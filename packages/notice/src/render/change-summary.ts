import type { PrivacyManifest } from '@priv/schema';
import type { ClassifiedDiff } from '../classify-changes.js';
import type { NoticePlan } from '../plan-notice.js';
import { link, p, ul, type Block, type Inline, type PolicyDocument, type PolicySection } from './document.js';
import { documentToHtml } from './html.js';
import { documentToMarkdown } from './markdown.js';

/** A change notice ready to send: subject line, Markdown and HTML bodies, and the structure. */
export interface ChangeSummary {
  readonly subject: string;
  readonly markdown: string;
  readonly html: string;
  readonly document: PolicyDocument;
}

/** Options for {@link renderChangeSummary}. */
export interface ChangeSummaryOptions {
  /** The new manifest, for the controller's name, the contact and the continued-use rule. */
  readonly manifest?: PrivacyManifest;
  /** The notice plan, for the effective date. */
  readonly plan?: NoticePlan;
}

/**
 * The summary of a policy change for the notice email or in-app message: material changes first
 * ("Important changes"), then minor ones, the effective date from the plan, and what the person can
 * do. Every text is escaped in both outputs.
 *
 * @example
 * const summary = renderChangeSummary(classified, { manifest: next, plan });
 * summary.subject; // 'CodeMentor AI privacy policy: changes taking effect on 2026-09-16'
 * summary.markdown.includes('## Important changes'); // true when a change is material
 */
export function renderChangeSummary(diff: ClassifiedDiff, options: ChangeSummaryOptions = {}): ChangeSummary {
  const name = options.manifest?.controller.name ?? 'Our';
  const effective = options.plan?.effectiveDate ?? diff.to.effectiveDate;
  const subject = `${name} privacy policy: changes taking effect on ${effective}`;
  const material = diff.changes.filter((c) => c.classification === 'material');
  const minor = diff.changes.filter((c) => c.classification === 'minor');
  const intro: Inline[][] = [[`We are updating our privacy policy from version ${diff.from.version} to version ${diff.to.version}. The new version takes effect on ${effective}.`]];
  const sections: PolicySection[] = [];
  if (material.length > 0) sections.push({ id: 'important-changes', title: 'Important changes', blocks: [ul(material.map((c) => [c.summary]))] });
  if (minor.length > 0) sections.push({ id: 'other-updates', title: 'Other updates', blocks: [ul(minor.map((c) => [c.summary]))] });
  if (diff.changes.length === 0) sections.push({ id: 'no-changes', title: 'What changes', blocks: [p('Nothing in what we collect, share or promise changes.')] });
  const options_: Block[] = [];
  if (options.manifest?.notice?.continuedUseMeansAcceptance) {
    options_.push(p(`If you keep using the service after ${effective}, you accept the updated policy. If you disagree, contact us or delete your account.`));
  }
  const contact = options.manifest?.contact;
  if (contact?.email) options_.push(p('Questions: ', link(contact.email, `mailto:${contact.email}`), '.'));
  else if (contact?.url) options_.push(p('Questions: ', link(contact.url, contact.url), '.'));
  else if (contact?.supportTicket) options_.push(p(`Questions: ${contact.supportTicket}`));
  else if (contact?.other) options_.push(p(`Questions: ${contact.other}`));
  if (options_.length > 0) sections.push({ id: 'your-options', title: 'Your options', blocks: options_ });
  const document: PolicyDocument = { title: subject, intro, sections };
  return { subject, markdown: documentToMarkdown(document), html: documentToHtml(document), document };
}
