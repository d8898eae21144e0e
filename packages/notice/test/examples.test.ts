import { codementorAi, codementorAiInput, codeRunner } from '@priv/examples';
import { defineManifest } from '@priv/schema';
import { describe, expect, it } from 'vitest';
import {
  addCalendar,
  addDays,
  addMonths,
  approximateDays,
  breachDeadlines,
  buildPolicyDocument,
  calendarDeadline,
  ccpaRequestDeadline,
  classifyChange,
  compareDurations,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  describeNotice,
  diffManifests,
  documentToHtml,
  documentToMarkdown,
  earliestEffectiveDate,
  escapeHtml,
  escapeMarkdown,
  formatInZone,
  InsufficientNoticeError,
  lastPublicationDate,
  localDate,
  NoticeError,
  NoticeInputError,
  planNotice,
  renderPolicyHtml,
  renderPolicyMarkdown,
  startOfLocalDay,
} from '../src/index.js';

// The @example of each public function, run as written.
describe('TSDoc examples', () => {
  it('diffManifests', () => {
    const next = defineManifest({
      ...codementorAiInput,
      version: '2026-09-01',
      effectiveDate: '2026-09-01',
      recipients: [...codementorAiInput.recipients, { key: 'mixpanel', name: 'Mixpanel', role: 'sub_processor', services: ['analytics'], categories: ['user.technical.ip_address'] }],
    });
    const diff = diffManifests(codementorAi, next);
    expect(diff.changes.map((c) => c.kind)).toEqual(['recipient_added']);
    expect(diff.changes[0]?.pathText).toBe('recipients[4]');
    const plan = planNotice(diff, codementorAi.notice, { publishedAt: '2026-09-01T10:00:00Z', timeZone: 'UTC' });
    expect(plan.earliestEffectiveDate).toBe('2026-09-16');
    expect(plan.channels[0]?.sendBefore.toISOString()).toBe('2026-09-02T00:00:00.000Z');
    try {
      planNotice(diff, codementorAi.notice, { publishedAt: 'yesterday', timeZone: 'UTC' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(NoticeError);
      expect((error as NoticeError).pathText).toBe('publishedAt');
    }
  });

  it('classifyChange and the error classes', () => {
    expect(classifyChange({ kind: 'contact_changed', path: ['contact', 'email'], pathText: 'contact.email', before: 'a@x.io', after: 'b@x.io', summary: 'Privacy contact changed.' }).classification).toBe('minor');
    expect(new NoticeInputError('unknown_channel', ['material', 'channels', 0], 'Unknown channel "sms"').pathText).toBe('material.channels[0]');
    expect(new InsufficientNoticeError('2026-06-01', '2026-06-16', 'material changes: 14 days by email').earliestEffectiveDate).toBe('2026-06-16');
  });

  it('calendar helpers', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addCalendar('2024-02-29', { years: 1 })).toBe('2025-02-28');
    expect(addCalendar('2026-01-01', { weeks: 2, days: 1 })).toBe('2026-01-16');
    expect(daysBetween('2026-02-01', '2026-03-01')).toBe(28);
    expect(dayOfWeek('2026-11-22')).toBe(0);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(localDate(new Date('2026-03-29T23:30:00Z'), 'Europe/Berlin')).toBe('2026-03-30');
    expect(startOfLocalDay('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(formatInZone(new Date('2026-03-31T08:00:00Z'), 'Europe/Berlin')).toBe('2026-03-31T10:00:00+02:00');
  });

  it('durations and notice windows', () => {
    expect(approximateDays({ weeks: 2 })).toBe(14);
    expect(approximateDays({ hours: 36 })).toBe(1.5);
    expect(compareDurations({ days: 30 }, { months: 1 })).toBeLessThan(0);
    expect(compareDurations('indefinite', { years: 100 })).toBeGreaterThan(0);
    expect(earliestEffectiveDate('2026-05-12', { days: 14 }, false, 'UTC')).toBe('2026-05-27');
    expect(earliestEffectiveDate('2026-05-12', { days: 14 }, true, 'UTC')).toBe('2026-05-26');
    expect(earliestEffectiveDate('2026-01-30', { months: 1 }, false, 'UTC')).toBe('2026-03-01');
    expect(lastPublicationDate('2026-05-27', { days: 14 }, false, 'UTC')).toBe('2026-05-12');
    expect(lastPublicationDate('2026-03-31', { months: 1 }, true, 'UTC')).toBe('2026-02-28');
    expect(describeNotice({ days: 14 })).toBe('14 days');
    expect(describeNotice(undefined)).toBe('no advance notice');
  });

  it('deadlines', () => {
    expect(ccpaRequestDeadline('2026-01-01T12:00:00-08:00', { timeZone: 'America/Los_Angeles' }).deadline.lastDay).toBe('2026-02-15');
    expect(breachDeadlines(codeRunner, '2026-10-24T09:00:00Z').users?.expiresAt.toISOString()).toBe('2026-10-27T09:00:00.000Z');
    const d = calendarDeadline('policy_response_time', new Date('2026-01-31T10:00:00Z'), '2026-01-31', { months: 1 }, 'UTC');
    expect(d.lastDay).toBe('2026-02-28');
    expect(d.expiresAt.toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('rendering', () => {
    expect(escapeMarkdown('Hoster <EU> *fast*')).toBe('Hoster \\<EU\\> \\*fast\\*');
    expect(escapeHtml('<script>alert("x")</script> & co')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(documentToMarkdown({ title: 'Privacy policy', intro: [], sections: [{ id: 'contact', title: 'Contact', blocks: [] }] })).toBe('# Privacy policy\n\n## Contact\n');
    expect(documentToHtml({ title: 'Privacy <policy>', intro: [], sections: [] })).toBe('<article class="privacy-policy">\n<h1>Privacy &lt;policy&gt;</h1>\n</article>\n');
    expect(buildPolicyDocument(codementorAi).sections.map((s) => s.id).slice(0, 3)).toEqual(['what-we-collect', 'why-we-use-it', 'who-we-share-it-with']);
    expect(renderPolicyMarkdown(codementorAi).split('\n')[0]).toBe('# Privacy policy — CodeMentor AI');
    expect(renderPolicyHtml(codementorAi).includes('<section id="what-we-collect">')).toBe(true);
  });
});
