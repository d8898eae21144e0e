import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitAtFindings, splitOn, type RedactFn } from '../src/domain/redaction.js';
import { testApp } from './helpers.js';

/** A stand-in with the announced API of @priv/redact (emails only), to test the page on its own. */
const fakeRedact: RedactFn = (text) => {
  const findings: { kind: string; start: number; end: number; replacement: string }[] = [];
  let out = '';
  let at = 0;
  for (const m of text.matchAll(/[\w.+-]+@[\w-]+\.[\w.]+/g)) {
    findings.push({ kind: 'email', start: m.index, end: m.index + m[0].length, replacement: '[EMAIL]' });
    out += text.slice(at, m.index) + '[EMAIL]';
    at = m.index + m[0].length;
  }
  return { text: out + text.slice(at), findings };
};

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp(undefined, { redact: fakeRedact });
});
afterAll(async () => {
  await t.db.close();
});

describe('AI tutor page', () => {
  it('shows what would be sent, with placeholders highlighted', async () => {
    const html = await (await t.form('/tutor', { message: 'mail me at ada@example.com please' })).text();
    expect(html).toContain('<mark class="ph">[EMAIL]</mark>');
    expect(html).toContain('<mark class="found" title="email">ada@example.com</mark>');
  });

  it('refuses an empty message (400) and a message over 20,000 characters through the API (413)', async () => {
    expect((await t.form('/tutor', { message: '   ' })).status).toBe(400);
    const big = await t.request('/api/redact', { method: 'POST', body: JSON.stringify({ message: 'a'.repeat(30_000) }) });
    expect(big.status).toBe(413);
    const huge = await t.request('/api/redact', { method: 'POST', body: JSON.stringify({ message: 'a'.repeat(2_000_000) }) });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { error: { message: string } }).error.message).toContain('1 MB');
  });

  it('the API answers with the text sent and the findings', async () => {
    const res = await t.request('/api/redact', { method: 'POST', body: JSON.stringify({ message: 'x a@b.co y' }) });
    expect(await res.json()).toMatchObject({ sent: 'x [EMAIL] y', findings: [{ kind: 'email', start: 2, end: 8 }] });
  });
});

describe('highlight helpers', () => {
  it('splitOn marks every placeholder and keeps the text whole', () => {
    const parts = splitOn('a [EMAIL] b [PHONE]', ['[EMAIL]', '[PHONE]']);
    expect(parts.map((p) => p.text).join('')).toBe('a [EMAIL] b [PHONE]');
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['[EMAIL]', '[PHONE]']);
  });

  it('splitAtFindings ignores overlapping and out-of-range findings', () => {
    const parts = splitAtFindings('abcdef', [
      { kind: 'x', start: 1, end: 3, replacement: '' },
      { kind: 'y', start: 2, end: 4, replacement: '' },
      { kind: 'z', start: 5, end: 99, replacement: '' },
    ]);
    expect(parts).toEqual([{ text: 'a' }, { text: 'bc', kind: 'x' }, { text: 'def' }]);
  });
});
