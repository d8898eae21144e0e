import { formatPolicyDate, type PrivacyManifest } from '@priv/schema';
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
 * @param diff - what `classifyChanges` returned
 * @param options - the new `manifest` (for the controller's name) and the notice `plan` (for the effective date)
 * @returns `subject`, `markdown` and `html` of the notice, every piece of manifest text escaped
 * @example
 * import { classifyChanges, diffManifests, planNotice, renderChangeSummary } from '@priv/notice';
 * import { defineManifest, type PrivacyManifestInput } from '@priv/schema';
 *
 * const input = {
 *   version: '2026-05-12', effectiveDate: '2026-05-12', timeZone: 'UTC',
 *   controller: { name: 'CodeMentor AI' }, contact: { email: 'support@learnpython.academy' },
 *   purposes: [{ key: 'provide_service', description: 'To provide the service you paid for.' }],
 *   collections: [
 *     { category: 'user.contact.email', purposes: ['provide_service'], legalBases: ['contract'], source: 'data_subject', retention: ['backups_after_deletion'] },
 *     { category: 'user.technical.ip_address', purposes: ['provide_service'], legalBases: ['legitimate_interests'], source: 'automatic', retention: ['backups_after_deletion'] },
 *   ],
 *   recipients: [{ key: 'vercel', name: 'Vercel', role: 'sub_processor', services: ['hosting'], categories: ['user.technical.ip_address'] }],
 *   rights: [{ right: 'erasure', description: 'Delete your account.', channels: [{ method: 'email', address: 'support@learnpython.academy' }], response: { within: { days: 30 } } }],
 *   retention: [{ key: 'backups_after_deletion', description: '30 days in backups after deletion.', anchor: 'account_deleted', period: { days: 30 }, bound: 'maximum', action: 'delete', storage: 'backups' }],
 *   notice: { material: { advanceNotice: { days: 14 }, channels: ['email'] }, minor: { channels: ['page_update'] } },
 *   breach: { notifyUsersWithin: { hours: 72 } },
 * } satisfies PrivacyManifestInput;
 * const v1 = defineManifest(input);
 * const v2 = defineManifest({ ...input, version: '2026-09-01', effectiveDate: '2026-09-01',
 *   recipients: [...input.recipients, { key: 'mixpanel', name: 'Mixpanel', role: 'sub_processor', services: ['analytics'], categories: ['user.technical.ip_address'] }] });
 * const classified = classifyChanges(diffManifests(v1, v2));
 * const plan = planNotice(classified, v1.notice, { publishedAt: '2026-09-01T10:00:00Z', timeZone: 'UTC', effectiveDate: 'earliest' });
 * const summary = renderChangeSummary(classified, { manifest: v2, plan });
 * summary.subject; // 'CodeMentor AI privacy policy: changes taking effect on 2026-09-16'
 * summary.markdown.includes('## Important changes'); // true: a change is material
 * // A policy that will print only a month keeps the month in the notice, not its first day:
 * const october = planNotice(classified, v1.notice, { publishedAt: '2026-09-01T10:00:00Z', timeZone: 'UTC', effectiveDate: '2026-10' });
 * renderChangeSummary(classified, { manifest: v2, plan: october }).subject; // 'CodeMentor AI privacy policy: changes taking effect in October 2026'
 */
export function renderChangeSummary(diff: ClassifiedDiff, options: ChangeSummaryOptions = {}): ChangeSummary {
  const name = options.manifest?.controller.name ?? 'Our';
  // The date as the policy will print it: a month stays a month ("in October 2026"), never its first day.
  const asWritten = options.plan?.effectiveDateAsWritten ?? diff.to.effectiveDate;
  const effective = asWritten.length === 7 ? `in ${formatPolicyDate(asWritten)}` : `on ${asWritten}`;
  const subject = `${name} privacy policy: changes taking effect ${effective}`;
  const material = diff.changes.filter((c) => c.classification === 'material');
  const minor = diff.changes.filter((c) => c.classification === 'minor');
  const intro: Inline[][] = [
    [`We are updating our privacy policy from version ${diff.from.version} to version ${diff.to.version}. The new version takes effect ${effective}.`],
  ];
  const sections: PolicySection[] = [];
  if (material.length > 0) sections.push({ id: 'important-changes', title: 'Important changes', blocks: [ul(material.map((c) => [c.summary]))] });
  if (minor.length > 0) sections.push({ id: 'other-updates', title: 'Other updates', blocks: [ul(minor.map((c) => [c.summary]))] });
  if (diff.changes.length === 0)
    sections.push({ id: 'no-changes', title: 'What changes', blocks: [p('Nothing in what we collect, share or promise changes.')] });
  const options_: Block[] = [];
  if (options.manifest?.notice?.continuedUseMeansAcceptance) {
    options_.push(
      p(
        `If you keep using the service ${asWritten.length === 7 ? `once the new version takes effect ${effective}` : `after ${asWritten}`}, you accept the updated policy. If you disagree, contact us or delete your account.`,
      ),
    );
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
