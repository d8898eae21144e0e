import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './helpers.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.db.close();
});

describe('notice editor', () => {
  it('the unchanged next version has no changes', async () => {
    const html = await (await t.request('/policy/edit', { cookies: { policy: '000' } })).text();
    expect(html).toContain('data-testid="editor-text"');
  });

  it('adding a sub-processor under 000 is material: 14 days by email, effective 2026-12-07 at the earliest', async () => {
    const res = await t.form('/policy/edit', { preset: 'add_recipient' }, { policy: '000' });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Material change');
    expect(html).toContain('recipient added');
    expect(html).toContain('2026-12-07'); // published 22 Nov, 14 days from 23 Nov
    expect(html).toContain('data-testid="schedule-table"');
    expect(html).toContain('data-testid="email-preview"');
  });

  it('rewording a purpose is minor', async () => {
    const html = await (await t.form('/policy/edit', { preset: 'wording' }, { policy: '004' })).text();
    expect(html).toContain('Minor change');
  });

  it('an effective date earlier than the promise allows is refused with the earliest date (422)', async () => {
    const draft = await (await t.form('/policy/edit', { preset: 'add_recipient' }, { policy: '002' })).text();
    const text = /<textarea name="manifest"[^>]*>([\s\S]*?)<\/textarea>/.exec(draft)?.[1] ?? '';
    const json = text.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
    const res = await t.form('/policy/edit', { manifest: json, effectiveDate: '2026-11-25' }, { policy: '002' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('data-testid="too-early"');
  });

  it('an invalid draft lists its problems by path', async () => {
    const res = await t.form('/policy/edit', { manifest: '{"version": 2}' }, { policy: '000' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('effectiveDate');
  });
});
