import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './helpers.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.db.close();
});

const adult = { name: 'Ada', email: 'ada@example.com', birthDate: '1990-05-01', country: 'GB', timeZone: 'Europe/London', password: 'correct horse battery' };

describe('pages', () => {
  it('serves the picker with the five seeds', async () => {
    const res = await t.request('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const id of ['000', '001', '002', '003', '004']) expect(html).toContain(`data-testid="policy-${id}"`);
  });

  it('renders the policy page from the manifest', async () => {
    const html = await (await t.request('/policy', { cookies: { policy: '002' } })).text();
    expect(html).toContain('privacy-policy');
  });
});

describe('sign-up gate', () => {
  it('a 14-year-old (born 2012-06-01, on 2026-11-22) needs consent under 000 and is refused under 002 until 2028-06-01', async () => {
    const kid = { ...adult, birthDate: '2012-06-01' };
    const a = await (await t.form('/signup', kid, { policy: '000' })).text();
    expect(a).toContain('data-testid="gate-consent"');
    expect(a).toContain('1 June 2030'); // consent needed until 18
    const b = await (await t.form('/signup', kid, { policy: '002' })).text();
    expect(b).toContain('data-testid="gate-refused"');
    expect(b).toContain('2028-06-01');
  });

  it('an adult is signed in and sent to their data', async () => {
    const res = await t.form('/signup', adult, { policy: '000' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/account?welcome=1');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^session=[^;]+\.[^;]+;/); // value.signature
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('acct-');
    const [row] = await t.db.query<{ password_hash: string }>("select password_hash from accounts where email = 'ada@example.com'");
    expect(row!.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row!.password_hash).not.toContain('correct horse');
  });

  it('an email that already has an account is refused, with the form kept', async () => {
    const res = await t.form('/signup', { ...adult, name: 'Ada Again' }, { policy: '000' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('already has an account');
    expect(html).toContain('value="Ada Again"');
    expect(html).not.toContain('correct horse');
  });

  it('a password shorter than 10 characters is refused, the rest of the form kept', async () => {
    const res = await t.form('/signup', { ...adult, email: 'short@example.com', password: 'short' }, { policy: '000' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('At least 10 characters');
    expect(html).toContain('value="short@example.com"');
  });

  it('records consent and creates the account; refuses consent that leaves out a needed purpose, re-showing what was typed', async () => {
    const kid = { ...adult, email: 'kid@example.com', birthDate: '2011-01-15', parentName: 'Pat', role: 'parent', method: 'signed_form' };
    const missing = await t.form('/signup/consent', { ...kid, purposes: ['authentication'] }, { policy: '000' });
    expect(missing.status).toBe(422);
    const html = await missing.text();
    expect(html).toContain('cannot be opened without consent to');
    expect(html).toContain('value="Pat"');
    expect(html).toMatch(/value="authentication" checked/);
    const ok = await t.form(
      '/signup/consent',
      {
        ...kid,
        purposes: [
          'authentication',
          'transactional_communications',
          'provide_service',
          'progress_tracking',
          'product_improvement',
          'ai_tutoring',
          'billing',
          'security',
          'fraud_prevention',
          'localization',
        ],
      },
      { policy: '000' },
    );
    expect(ok.status).toBe(303);
  });
});

describe('bad input gets a 4xx with a message, never a 500', () => {
  it('an impossible date', async () => {
    const res = await t.form('/signup', { ...adult, birthDate: '2010-02-30' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('birthDate');
    expect(html).not.toMatch(/at .*\.js:\d+/);
  });

  it('a birth date in the future', async () => {
    const res = await t.form('/signup', { ...adult, birthDate: '2030-01-01' });
    expect(res.status).toBe(400);
  });

  it('a malformed form (missing fields)', async () => {
    const res = await t.form('/signup', { name: '' });
    expect(res.status).toBe(400);
  });

  it('a malformed manifest, through the API, with zod paths', async () => {
    const res = await t.request('/api/manifests/validate', { method: 'POST', body: JSON.stringify({ version: '1', effectiveDate: '2026-02-30' }) });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { issues: { pathText: string }[] };
    expect(body.issues.map((i) => i.pathText)).toContain('effectiveDate');
  });

  it('broken JSON through the upload form', async () => {
    const res = await t.form('/policy/upload', { text: '{ "version": ' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('data-testid="upload-errors"');
  });

  it('an unknown account (the operator asks: 404 with the id; a wrong sign-in: 401)', async () => {
    const res = await t.request('/api/accounts/nobody', { cookies: await t.asOperator() });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('nobody');
    const page = await t.form('/signin', { email: 'nobody@example.com', password: 'whatever-it-is' });
    expect(page.status).toBe(401);
  });

  it('an unknown policy', async () => {
    const res = await t.form('/policy/select', { policy: '999' });
    expect(res.status).toBe(404);
  });

  it('a body over 1 MB', async () => {
    const res = await t.form('/policy/upload', { text: 'x'.repeat(2_000_000) });
    expect(res.status).toBe(413);
  });

  it('an unknown page', async () => {
    expect((await t.request('/nope')).status).toBe(404);
  });
});

describe('export', () => {
  const held = async (id: string) =>
    new Set((await t.db.query<{ category: string }>('select category from records where account_id = $1', [id])).map((r) => r.category));

  it('002 promises a ZIP of JSON, CSV and text; every category held is in it; PDF and files are listed as not produced', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const res = await t.request('/account/export', { cookies: await t.as('002-ada') });
    expect(res.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['README.txt', 'account-info.json', 'account.json', 'messages.txt', 'purchase-history.csv', 'reviews-and-comments.json']),
    );
    expect(strFromU8(files['purchase-history.csv']!)).toMatch(/^id,category,label,value,storage,collected_at\r\n/);
    expect(strFromU8(files['README.txt']!)).toContain('Purchase history as pdf');
    const text = Object.values(files)
      .map((f) => strFromU8(f))
      .join('\n');
    for (const category of await held('002-ada')) expect(text, category).toContain(category);
  });

  it('000 promises learning progress as one JSON file; the rest of what the account holds is in it too (the access right promises all of it)', async () => {
    const res = await t.request('/account/export', { cookies: await t.as('000-mia') });
    expect(res.headers.get('content-type')).toBe('application/json');
    const body = (await res.json()) as {
      parts: { content: string; records: { category: string }[] }[];
      parentalConsent?: { consentedBy: { name: string } };
      account: { birthDate: string };
    };
    expect(body.parts[0]!.content).toBe('Learning progress');
    expect(body.parts[0]!.records.every((r) => r.category === 'user.behavior.learning_progress')).toBe(true);
    expect(body.parts[1]!.content).toBe('Everything else we hold about you');
    const exported = new Set(body.parts.flatMap((p) => p.records.map((r) => r.category)));
    expect(exported).toEqual(await held('000-mia'));
    expect(body.parentalConsent?.consentedBy.name).toBe('Lin Chen');
    expect(body.account.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('asks to sign in first', async () => {
    expect((await t.request('/account/export')).status).toBe(401);
  });
});

describe('JSON API', () => {
  it('age gate: a decision for valid input, a 400 with paths for an impossible date or unknown country', async () => {
    const post = (body: unknown) => t.request('/api/age-gate', { method: 'POST', body: JSON.stringify(body), cookies: { policy: '002' } });
    const ok = await post({ birthDate: '2012-06-01', country: 'DE', timeZone: 'Europe/Berlin' });
    expect(await ok.json()).toMatchObject({ policy: '002', gate: { status: 'refused', eligibleOn: '2028-06-01' } });
    const bad = await post({ birthDate: '2012-02-30', country: 'DE', timeZone: 'Europe/Berlin' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { issues: { pathText: string }[] } }).error.issues[0]?.pathText).toBe('birthDate');
    const unknown = await post({ birthDate: '2012-06-01', country: 'XX', timeZone: 'Europe/Berlin' });
    expect(unknown.status).toBe(400);
    const notJson = await t.request('/api/age-gate', { method: 'POST', body: 'nope' });
    expect(notJson.status).toBe(400);
  });
});
