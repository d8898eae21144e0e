import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PHONE_COUNTRIES } from '@priv/redact';
import { redactForTutor, splitAtFindings, splitOn, tutorRedactOptions } from '../src/domain/redaction.js';
import { SEED_POLICIES } from '../src/domain/policies.js';
import { testApp } from './helpers.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.db.close();
});

const message = 'Mail ada@example.com or call +44 20 7946 0958; card 4242 4242 4242 4242.';

describe('AI tutor page', () => {
  it('under 000 shows what would be sent, placeholders and findings highlighted', async () => {
    const html = await (await t.form('/tutor', { message }, { policy: '000' })).text();
    expect(html).toContain('<mark class="ph">[EMAIL_1]</mark>');
    expect(html).toContain('<mark class="ph">[PHONE_1]</mark>');
    expect(html).toContain('<mark class="ph">[CARD_1]</mark>');
    expect(html).toContain('<mark class="found" title="email">ada@example.com</mark>');
  });

  it("reads national numbers in the signed-in person's country (Ada, GB)", async () => {
    const html = await (await t.form('/tutor', { message: 'ring me on 020 7946 0958' }, await t.as('000-ada'))).text();
    expect(html).toContain('<mark class="ph">[PHONE_1]</mark>');
  });

  it('refuses an empty message (400) and, through the API, one over 20,000 characters or 1 MB (413)', async () => {
    expect((await t.form('/tutor', { message: '   ' })).status).toBe(400);
    const big = await t.request('/api/redact', { method: 'POST', body: JSON.stringify({ message: 'a'.repeat(30_000) }) });
    expect(big.status).toBe(413);
    const huge = await t.request('/api/redact', { method: 'POST', body: JSON.stringify({ message: 'a'.repeat(2_000_000) }) });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { error: { message: string } }).error.message).toContain('1 MB');
  });

  it('the API answers with the text sent and the findings', async () => {
    const res = await t.request('/api/redact', { method: 'POST', body: JSON.stringify({ message: 'x a@b.co y' }), cookies: { policy: '000' } });
    expect(await res.json()).toMatchObject({ sent: 'x [EMAIL_1] y', findings: [{ kind: 'email', start: 2, end: 8, replacement: '[EMAIL_1]' }] });
  });
});

describe('redaction options and highlight helpers', () => {
  it("000 redacts what its policy names before Gemini; a policy without a promise gets every kind; the person's country reads national numbers", () => {
    const [s000, s001] = SEED_POLICIES;
    const options = tutorRedactOptions(s000!.manifest, 'US-CA');
    expect(options.kinds).toEqual(['email', 'phone', 'card']);
    // The account's country first, then every other default country: never narrower than the default.
    expect(options.countries?.[0]).toBe('US');
    expect([...(options.countries ?? [])].sort()).toEqual([...DEFAULT_PHONE_COUNTRIES].sort());
    expect(tutorRedactOptions(s001!.manifest, undefined)).toEqual({});
  });

  it("a signed-in account's country never narrows the reading: a GB student's pasted US and French numbers are removed", () => {
    const [s000] = SEED_POLICIES;
    const sent = redactForTutor(s000!.manifest, 'GB', 'mine is 020 7946 0958, my tutor in SF is (415) 555-2671, Paris 06 12 34 56 78').text;
    expect(sent).not.toMatch(/7946|555-2671|56 78/);
  });

  it('splitOn marks every placeholder and keeps the text whole', () => {
    const parts = splitOn('a [EMAIL_1] b [PHONE_1]', ['[EMAIL_1]', '[PHONE_1]']);
    expect(parts.map((p) => p.text).join('')).toBe('a [EMAIL_1] b [PHONE_1]');
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['[EMAIL_1]', '[PHONE_1]']);
  });

  it('splitAtFindings ignores overlapping and out-of-range findings', () => {
    const parts = splitAtFindings('abcdef', [
      { kind: 'email', start: 1, end: 3, replacement: '' },
      { kind: 'phone', start: 2, end: 4, replacement: '' },
      { kind: 'card', start: 5, end: 99, replacement: '' },
    ]);
    expect(parts).toEqual([{ text: 'a' }, { text: 'bc', kind: 'email' }, { text: 'def' }]);
  });
});

describe('the tutor banner says how phone numbers are read', () => {
  it("signed out: no country is passed (the package's default); signed in: the account's country", async () => {
    const anon = await (await t.request('/tutor', { cookies: { policy: '000' } })).text();
    expect(anon).toContain('no country is passed');
    const ada = await (await t.request('/tutor', { cookies: await t.as('000-ada') })).text();
    expect(ada).toContain('numbering plan of GB');
    const mia = await (await t.request('/tutor', { cookies: await t.as('000-mia') })).text();
    expect(mia).toContain('numbering plan of US'); // US-CA reads the US plan
  });
});
