import {
  codementorAi,
  codementorAiInput,
  codeRunner,
  codeRunnerInput,
  codetrain,
  codetrainInput,
  codingIde,
  codingIdeInput,
  mentorMarketplace,
  mentorMarketplaceInput,
} from '@priv/examples';
import { defineManifest, type PrivacyManifest, type PrivacyManifestInput } from '@priv/schema';
import { describe, expect, it } from 'vitest';
import { classifyChanges, diffManifests, InsufficientNoticeError, planNotice, renderChangeSummary } from '../src/index.js';

/** The next version of a seed: a new analytics sub-processor receiving the first collected category. */
function withNewRecipient(input: PrivacyManifestInput): PrivacyManifest {
  const category = input.collections[0]!.category;
  const recipients = [
    ...(input.recipients ?? []),
    { key: 'new_analytics', name: 'New Analytics Inc.', role: 'sub_processor' as const, services: ['analytics' as const], categories: [category] },
  ];
  return defineManifest({ ...input, version: 'next', effectiveDate: '2026-12-01', recipients });
}

/** The next version of a seed with only a new privacy contact address. */
function withNewContact(input: PrivacyManifestInput): PrivacyManifest {
  return defineManifest({ ...input, version: 'next', effectiveDate: '2026-12-01', contact: { email: 'privacy@new.example' } });
}

const publishedAt = '2026-09-01T10:00:00Z';
const iso = (d: Date | undefined) => d?.toISOString();

describe('000 CodeMentor AI: "We will announce material changes via email at least 14 days in advance"', () => {
  const classified = classifyChanges(diffManifests(codementorAi, withNewRecipient(codementorAiInput)));

  it('classifies a new sub-processor as material', () => {
    expect(classified.changes.map((c) => [c.kind, c.classification])).toEqual([['recipient_added', 'material']]);
  });

  it('needs 14 days by email: published 1 September, effective 16 September at the earliest', () => {
    const plan = planNotice(classified, codementorAi.notice, { publishedAt, effectiveDate: 'earliest' });
    expect(plan.timeZone).toBe('UTC');
    expect(plan.earliestEffectiveDate).toBe('2026-09-16');
    expect(plan.channels.map((c) => [c.channel, c.promised, iso(c.sendBefore)])).toEqual([['email', true, '2026-09-02T00:00:00.000Z']]);
  });

  it('refuses 15 September', () => {
    expect(() => planNotice(classified, codementorAi.notice, { publishedAt, effectiveDate: '2026-09-15' })).toThrow(InsufficientNoticeError);
  });

  it('renders the notice email', async () => {
    const plan = planNotice(classified, codementorAi.notice, { publishedAt, effectiveDate: 'earliest' });
    const summary = renderChangeSummary(classified, { manifest: withNewRecipient(codementorAiInput), plan });
    expect(summary.subject).toBe('CodeMentor AI privacy policy: changes taking effect on 2026-09-16');
    await expect(summary.markdown).toMatchFileSnapshot('./rendered/000-change-email.md');
    await expect(summary.html).toMatchFileSnapshot('./rendered/000-change-email.html');
  });

  it("states the manifest's own date in the email by default, and a month as the month", () => {
    // The next version says 2026-12-01: the email must not announce the earliest allowed date instead.
    const next = withNewRecipient(codementorAiInput);
    const summary = renderChangeSummary(classified, { manifest: next, plan: planNotice(classified, codementorAi.notice, { publishedAt }) });
    expect(summary.subject).toBe('CodeMentor AI privacy policy: changes taking effect on 2026-12-01');
    const monthly = defineManifest({ ...codementorAiInput, version: 'next', effectiveDate: '2026-12', recipients: next.recipients });
    const monthDiff = classifyChanges(diffManifests(codementorAi, monthly));
    const inMonth = renderChangeSummary(monthDiff, { manifest: monthly, plan: planNotice(monthDiff, codementorAi.notice, { publishedAt }) });
    expect(inMonth.subject).toBe('CodeMentor AI privacy policy: changes taking effect in December 2026');
    expect(inMonth.markdown).toContain('The new version takes effect in December 2026.');
    expect(inMonth.markdown).not.toContain('2026-12-01');
    // Without a plan, the diff's own date is used, as written.
    expect(renderChangeSummary(monthDiff, { manifest: monthly }).subject).toBe('CodeMentor AI privacy policy: changes taking effect in December 2026');
  });
});

describe('001 code runner: no promise about changes', () => {
  it('plans no notice, but the change is still material', () => {
    const classified = classifyChanges(diffManifests(codeRunner, withNewRecipient(codeRunnerInput)));
    expect(classified.material).toBe(true);
    const plan = planNotice(classified, codeRunner.notice, { publishedAt, effectiveDate: 'earliest' });
    expect(plan).toMatchObject({ noticeRequired: false, earliestEffectiveDate: '2026-09-01', channels: [] });
  });
});

describe('002 mentor marketplace: "in-app and by email at least 30 days before the change takes effect"', () => {
  const classified = classifyChanges(diffManifests(mentorMarketplace, withNewRecipient(mentorMarketplaceInput)));

  it('needs 30 days in-app and by email', () => {
    const plan = planNotice(classified, mentorMarketplace.notice, { publishedAt, effectiveDate: 'earliest' });
    expect(plan.earliestEffectiveDate).toBe('2026-10-02');
    expect(plan.channels.map((c) => [c.channel, c.promised, c.lastSendDate])).toEqual([
      ['email', true, '2026-09-01'],
      ['in_app', true, '2026-09-01'],
    ]);
  });

  it('for an effective date of 1 December, both must go out by 31 October', () => {
    const plan = planNotice(classified, mentorMarketplace.notice, { publishedAt, effectiveDate: '2026-12-01' });
    expect(plan.channels.every((c) => c.lastSendDate === '2026-10-31')).toBe(true);
    expect(() => planNotice(classified, mentorMarketplace.notice, { publishedAt, effectiveDate: '2026-10-01' })).toThrow(InsufficientNoticeError);
  });
});

describe('003 CodeTrain: "We\'ll post updates here with a new date. Material changes may also be notified by email."', () => {
  it('promises no advance period: the page is updated by the effective date, email is optional', () => {
    const classified = classifyChanges(diffManifests(codetrain, withNewRecipient(codetrainInput)));
    const plan = planNotice(classified, codetrain.notice, { publishedAt, effectiveDate: 'earliest' });
    expect(plan.earliestEffectiveDate).toBe('2026-09-01');
    expect(plan.channels.map((c) => [c.channel, c.promised, c.lastSendDate])).toEqual([
      ['page_update', true, '2026-09-01'],
      ['email', false, '2026-09-01'],
    ]);
  });
});

describe('004 coding IDE: "30 days notice for material changes", minor updates posted, continued use means acceptance', () => {
  it('needs 30 days on the page and by email for material changes; in-app is optional', () => {
    const classified = classifyChanges(diffManifests(codingIde, withNewRecipient(codingIdeInput)));
    const plan = planNotice(classified, codingIde.notice, { publishedAt, effectiveDate: 'earliest' });
    expect(plan.earliestEffectiveDate).toBe('2026-10-02');
    expect(plan.continuedUseMeansAcceptance).toBe(true);
    expect(plan.channels.map((c) => [c.channel, c.promised])).toEqual([
      ['email', true],
      ['page_update', true],
      ['in_app', false],
    ]);
    const summary = renderChangeSummary(classified, { manifest: withNewRecipient(codingIdeInput), plan });
    expect(summary.markdown).toContain('If you keep using the service after 2026-10-02, you accept the updated policy.');
  });

  it('treats a contact change as a minor update: posted, no advance notice', () => {
    const classified = classifyChanges(diffManifests(codingIde, withNewContact(codingIdeInput)));
    expect(classified.changes.map((c) => [c.kind, c.classification])).toEqual([
      ['contact_changed', 'minor'],
      ['contact_changed', 'minor'],
    ]);
    const plan = planNotice(classified, codingIde.notice, { publishedAt, effectiveDate: 'earliest' });
    expect(plan.earliestEffectiveDate).toBe('2026-09-01');
    expect(plan.channels.map((c) => c.channel)).toEqual(['page_update']);
  });
});
