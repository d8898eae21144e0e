import { generateSignedCookie } from 'hono/cookie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_PASSWORD, sessionCookie, testApp } from './helpers.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp(undefined, { signInLimits: { perAddress: { points: 1000, seconds: 600 }, perEmail: { points: 3, seconds: 900 } } });
});
afterAll(async () => {
  await t.db.close();
});

describe('accounts belong to their owners', () => {
  it("GET /api/accounts/:id: a child's record is 401 without a session, 404 to another account, 200 to its owner and the operator (never the password hash)", async () => {
    expect((await t.request('/api/accounts/000-mia')).status).toBe(401);
    const other = await t.request('/api/accounts/000-mia', { cookies: await t.as('000-ada') });
    expect(other.status).toBe(404);
    expect(await other.text()).not.toContain('Mia');
    const own = await t.request('/api/accounts/000-mia', { cookies: await t.as('000-mia') });
    expect(own.status).toBe(200);
    const body = (await own.json()) as { account: Record<string, unknown> };
    expect(body.account.name).toBe('Mia Chen');
    expect(body.account).not.toHaveProperty('password_hash');
    expect((await t.request('/api/accounts/000-mia', { cookies: await t.asOperator() })).status).toBe(200);
  });

  it('the old bare cookie `account=000-mia` signs nobody in', async () => {
    const html = await (await t.request('/account', { cookies: { account: '000-mia' } })).text();
    expect(html).not.toContain('Mia Chen');
    expect((await t.request('/account', { cookies: { account: '000-mia' } })).status).toBe(401);
  });

  it('a forged session cookie (signed with another secret, or a tampered signature) signs nobody in', async () => {
    const forged = await generateSignedCookie('session', 'made-up-token', 'not-the-secret');
    expect((await t.request('/account', { cookies: forged.split(';')[0]! })).status).toBe(401);
    const real = await t.as('000-ada');
    const tampered = real.replace(/.$/, (ch) => (ch === 'A' ? 'B' : 'A'));
    expect((await t.request('/account', { cookies: tampered })).status).toBe(401);
    // A correctly signed token that is no session (e.g. guessed) signs nobody in either.
    const signedGuess = await generateSignedCookie('session', 'guessed-token', t.secret);
    expect((await t.request('/account', { cookies: signedGuess.split(';')[0]! })).status).toBe(401);
  });

  it('sessions rotate: sign-in issues a new token and ends the old one; sign-out ends it on the server', async () => {
    const first = await t.as('001-ada');
    const res = await t.form('/signin', { email: 'ada.001@example.com', password: 'demo-password-for-tests' }, first);
    const second = sessionCookie(res);
    expect(second).not.toBe(first);
    expect((await t.request('/account', { cookies: first })).status).toBe(401);
    expect((await t.request('/account', { cookies: second })).status).toBe(200);
    const out = await t.form('/signout', {}, second);
    expect(out.headers.get('set-cookie')).toMatch(/^session=;/);
    expect((await t.request('/account', { cookies: second })).status).toBe(401); // a copied cookie is dead too
  });

  it('the account list, holds, purges and reset are for the operator only (401 anonymous, 403 for a learner)', async () => {
    const ada = await t.as('002-ada');
    for (const [path, method] of [
      ['/operator', 'GET'],
      ['/operator/purge', 'POST'],
      ['/operator/reset', 'POST'],
      ['/operator/accounts/002-ben/hold', 'POST'],
    ] as const) {
      const anon = method === 'GET' ? await t.request(path) : await t.form(path, { hold: 'place', reason: 'x' });
      expect(anon.status, `${method} ${path}`).toBe(401);
      const learner = method === 'GET' ? await t.request(path, { cookies: ada }) : await t.form(path, { hold: 'place', reason: 'x' }, ada);
      expect(learner.status, `${method} ${path}`).toBe(403);
    }
    const [ben] = await t.db.query<{ hold: unknown }>("select hold from accounts where id = '002-ben'");
    expect(ben!.hold).toBeNull();
    const op = await t.request('/operator', { cookies: await t.asOperator() });
    expect(op.status).toBe(200);
    const html = await op.text();
    expect(html).toContain('data-testid="accounts-table"');
    expect(html).not.toContain('mia.000@example.com'); // ids and states only
    expect((await t.request('/accounts')).status).toBe(404); // the old "sign in as anyone" list is gone
  });

  it('a wrong password is a 401 with the email kept; the operator password works only for the operator', async () => {
    const res = await t.form('/signin', { email: 'ada.003@example.com', password: 'wrong password' });
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html).toContain('value="ada.003@example.com"');
    expect(html).not.toContain('wrong password');
    expect((await t.form('/signin', { email: 'ada.003@example.com', password: OPERATOR_PASSWORD })).status).toBe(401);
  });
});

describe('sign-in rate limit', () => {
  it('after 3 attempts for one email (this test app), the 4th is 429 with Retry-After, even with the right password', async () => {
    for (let i = 0; i < 3; i++) expect((await t.form('/signin', { email: 'ben.003@example.com', password: `guess ${i} guess` })).status).toBe(401);
    const blocked = await t.form('/signin', { email: 'ben.003@example.com', password: 'demo-password-for-tests' });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another email is not blocked.
    expect((await t.form('/signin', { email: 'ada.004@example.com', password: 'demo-password-for-tests' })).status).toBe(303);
  });
});

describe('forms are safe from other sites', () => {
  it('a form posted from another origin is refused (403) and changes nothing: reset, sign-in (login CSRF), deletion', async () => {
    const op = await t.asOperator();
    const evil = { origin: 'http://evil.example' };
    const reset = await t.form('/operator/reset', {}, op, evil);
    expect(reset.status).toBe(403);
    expect(await reset.text()).toContain('another site');
    const login = await t.form('/signin', { email: 'ada.000@example.com', password: 'demo-password-for-tests' }, undefined, evil);
    expect(login.status).toBe(403);
    expect(login.headers.get('set-cookie')).toBeNull();
    const ada = await t.as('003-ada');
    expect((await t.form('/account/delete', {}, ada, evil)).status).toBe(403);
    const [row] = await t.db.query<{ deleted_at: Date | null }>("select deleted_at from accounts where id = '003-ada'");
    expect(row!.deleted_at).toBeNull();
    // Sec-Fetch-Site: cross-site with no Origin is refused too; no Origin and no Sec-Fetch-Site at all as well.
    expect((await t.form('/account/delete', {}, ada, { 'sec-fetch-site': 'cross-site', origin: '' })).status).toBe(403);
  });

  it('every page carries a strict CSP (no inline script or style), nosniff and frame-ancestors none', async () => {
    for (const path of ['/', '/signin', '/signup', '/nope', '/api/accounts/x']) {
      const res = await t.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
    const html = await (await t.request('/')).text();
    expect(html).not.toMatch(/<script|<style|style="/);
    expect(html).toContain('<link rel="stylesheet" href="/static/style.css"');
    expect((await t.request('/static/style.css')).headers.get('content-type')).toContain('text/css');
  });
});
