import { codementorAi, codementorAiInput, codeRunner } from '@priv/examples';
import { defineManifest } from '@priv/schema';
import { describe, expect, it } from 'vitest';
import { NO_PUBLIC_HOLIDAYS } from '@priv/calendar';
import {
  breachDeadlines,
  buildPolicyDocument,
  ccpaConfirmationDeadline,
  ccpaOptOutDeadline,
  ccpaRequestDeadline,
  classifyChange,
  describeNotice,
  diffManifests,
  documentToHtml,
  documentToMarkdown,
  earliestEffectiveDate,
  escapeHtml,
  escapeMarkdown,
  gdprRequestDeadline,
  InsufficientNoticeError,
  lastPublicationDate,
  NoticeError,
  NoticeInputError,
  planNotice,
  renderPolicyHtml,
  orderPeriods,
  policyRequestDeadline,
  renderPolicyMarkdown,
  requestDeadlines,
} from '../src/index.js';

// The @example of each public function, run as written.
describe('TSDoc examples', () => {
  it('diffManifests', () => {
    const next = defineManifest({
      ...codementorAiInput,
      version: '2026-09-01',
      effectiveDate: '2026-09-01',
      recipients: [
        ...codementorAiInput.recipients,
        { key: 'mixpanel', name: 'Mixpanel', role: 'sub_processor', services: ['analytics'], categories: ['user.technical.ip_address'] },
      ],
    });
    const diff = diffManifests(codementorAi, next);
    expect(diff.changes.map((c) => c.kind)).toEqual(['recipient_added']);
    expect(diff.changes[0]?.pathText).toBe('recipients[4]');
    const plan = planNotice(diff, codementorAi.notice, { publishedAt: '2026-09-01T10:00:00Z', timeZone: 'UTC', effectiveDate: 'earliest' });
    expect(plan.earliestEffectiveDate).toBe('2026-09-16');
    expect(plan.channels[0]?.sendBefore.toISOString()).toBe('2026-09-02T00:00:00.000Z');
    expect(planNotice(diff, codementorAi.notice, { publishedAt: '2026-09-01T10:00:00Z', timeZone: 'UTC', effectiveDate: '2026-10' }).effectiveDate).toBe(
      '2026-10-01',
    );
    try {
      planNotice(diff, codementorAi.notice, { publishedAt: 'yesterday', timeZone: 'UTC', effectiveDate: 'earliest' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(NoticeError);
      expect((error as NoticeError).pathText).toBe('publishedAt');
    }
  });

  it('classifyChange and the error classes', () => {
    expect(
      classifyChange({
        kind: 'contact_changed',
        path: ['contact', 'email'],
        pathText: 'contact.email',
        before: 'a@x.io',
        after: 'b@x.io',
        summary: 'Privacy contact changed.',
      }).classification,
    ).toBe('minor');
    expect(new NoticeInputError('unknown_channel', ['material', 'channels', 0], 'Unknown channel "sms"').pathText).toBe('material.channels[0]');
    expect(new InsufficientNoticeError('2026-06-01', '2026-06-16', 'material changes: 14 days by email').earliestEffectiveDate).toBe('2026-06-16');
  });

  it('durations and notice windows', () => {
    expect(orderPeriods({ months: 1 }, { days: 30 })).toBe('depends');
    expect(orderPeriods('indefinite', { years: 100 })).toBe('longer');
    expect(earliestEffectiveDate('2026-05-12', { days: 14 }, false, 'UTC')).toBe('2026-05-27');
    expect(earliestEffectiveDate('2026-05-12', { days: 14 }, true, 'UTC')).toBe('2026-05-26');
    expect(earliestEffectiveDate('2026-01-30', { months: 1 }, false, 'UTC')).toBe('2026-03-01');
    expect(lastPublicationDate('2026-05-27', { days: 14 }, false, 'UTC')).toBe('2026-05-12');
    expect(lastPublicationDate('2026-03-31', { months: 1 }, true, 'UTC')).toBe('2026-02-28');
    expect(describeNotice({ days: 14 })).toBe('14 days');
    expect(describeNotice(undefined)).toBe('no advance notice');
  });

  it('deadlines', () => {
    expect(gdprRequestDeadline('2025-03-05T10:00:00Z', { timeZone: 'Europe/Berlin', holidays: NO_PUBLIC_HOLIDAYS }).deadline.lastDay).toBe('2025-04-07');
    expect(ccpaRequestDeadline('2026-01-01T12:00:00-08:00', { timeZone: 'America/Los_Angeles' }).deadline.lastDay).toBe('2026-02-14');
    expect(ccpaConfirmationDeadline('2026-01-02T12:00:00-08:00', { timeZone: 'America/Los_Angeles', holidays: NO_PUBLIC_HOLIDAYS }).lastDay).toBe('2026-01-15');
    expect(ccpaOptOutDeadline('2026-01-02T12:00:00-08:00', { timeZone: 'America/Los_Angeles', holidays: NO_PUBLIC_HOLIDAYS }).lastDay).toBe('2026-01-22');
    expect(breachDeadlines(codeRunner, '2026-10-24T09:00:00Z').users?.expiresAt.toISOString()).toBe('2026-10-27T09:00:00.000Z');
    const r = requestDeadlines(codementorAi, 'erasure', '2026-06-10T08:00:00Z', { law: 'gdpr', holidays: NO_PUBLIC_HOLIDAYS });
    expect(r.legal.deadline.lastDay).toBe('2026-07-10');
    expect(r.actOn.basis).toBe('gdpr_art_12_3');
    expect(policyRequestDeadline(codementorAi, 'erasure', '2026-06-10T08:00:00Z').deadline.lastDay).toBe('2026-07-10');
  });

  it('rendering', () => {
    expect(escapeMarkdown('Hoster <EU> *fast*')).toBe('Hoster \\<EU\\> \\*fast\\*');
    expect(escapeHtml('<script>alert("x")</script> & co')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(documentToMarkdown({ title: 'Privacy policy', intro: [], sections: [{ id: 'contact', title: 'Contact', blocks: [] }] })).toBe(
      '# Privacy policy\n\n## Contact\n',
    );
    expect(documentToHtml({ title: 'Privacy <policy>', intro: [], sections: [] })).toBe(
      '<article class="privacy-policy">\n<h1>Privacy &lt;policy&gt;</h1>\n</article>\n',
    );
    expect(
      buildPolicyDocument(codementorAi)
        .sections.map((s) => s.id)
        .slice(0, 3),
    ).toEqual(['what-we-collect', 'why-we-use-it', 'who-we-share-it-with']);
    expect(renderPolicyMarkdown(codementorAi).split('\n')[0]).toBe('# Privacy policy — CodeMentor AI');
    expect(renderPolicyHtml(codementorAi).includes('<section id="what-we-collect">')).toBe(true);
  });
});
