import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bornYearsAgo, launch, newPage, passwords, shot, signInAs, signUp, usePolicy } from './browser.js';

let browser: Browser;
let evil: Server;
/** Another origin on loopback (another port): the attacker's site. */
let evilBase = '';
const evilPages = new Map<string, string>();

beforeAll(async () => {
  browser = await launch();
  evil = createServer((req, res) => {
    const html = evilPages.get(req.url ?? '') ?? 'nothing here';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
  evilBase = `http://127.0.0.1:${(evil.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => evil?.close(resolve));
});

describe('the sign-in page and the attacks a visitor could try', () => {
  it('sign-in: a wrong password is refused with the email kept; the right one signs in', async () => {
    const { page, base, context } = await newPage(browser);
    await page.goto(`${base}/signin`);
    await shot(page, '60-sign-in');
    await page.fill('input[name=email]', 'ada.000@example.com');
    await page.fill('input[name=password]', 'not the password');
    await page.getByTestId('signin-submit').click();
    await page.waitForLoadState('load');
    expect(await page.getByTestId('signin-errors').textContent()).toContain('do not match');
    expect(await page.inputValue('input[name=email]')).toBe('ada.000@example.com');
    await shot(page, '61-sign-in-refused');
    await page.fill('input[name=password]', passwords().demo);
    await page.getByTestId('signin-submit').click();
    await page.waitForLoadState('load');
    expect(await page.getByTestId('current-account').textContent()).toContain('000-ada');
    const cookie = (await context.cookies()).find((c) => c.name === 'session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.value).not.toContain('000-ada');
    await context.close();
  });

  it("another account by id: a child's record is refused to a stranger and to another account", async () => {
    const { page, base, context } = await newPage(browser);
    const anon = await page.goto(`${base}/api/accounts/000-mia`);
    expect(anon?.status()).toBe(401);
    await signInAs(page, base, '000-ada');
    const other = await page.goto(`${base}/api/accounts/000-mia`);
    expect(other?.status()).toBe(404);
    expect(await page.content()).not.toContain('Mia Chen');
    await context.close();
  });

  it('a forged cookie (the old `account=000-mia`, or a session signed with another secret) signs nobody in', async () => {
    const { page, base, context } = await newPage(browser);
    const url = new URL(base);
    await context.addCookies([
      { name: 'account', value: '000-mia', domain: url.hostname, path: '/' },
      { name: 'session', value: 'forged-token.c2lnbmF0dXJl', domain: url.hostname, path: '/' },
    ]);
    const res = await page.goto(`${base}/account`);
    expect(res?.status()).toBe(401);
    expect(await page.content()).not.toContain('Mia Chen');
    await context.close();
  });

  it("a form posted from another site is refused: the operator's reset, and a login CSRF", async () => {
    const { page, base, context } = await newPage(browser);
    await usePolicy(page, base, '001');
    await signUp(page, base, { name: 'Still Here', birthDate: bornYearsAgo(30), country: 'GB' });
    await page.getByTestId('signout').click();
    await page.waitForLoadState('load');
    await signInAs(page, base, 'operator');
    evilPages.set('/reset', `<form method="post" action="${base}/operator/reset"><button id="go">Win a prize</button></form>`);
    await page.goto(`${evilBase}/reset`);
    const [res] = await Promise.all([page.waitForResponse((r) => r.url() === `${base}/operator/reset`), page.click('#go')]);
    expect(res.status()).toBe(403);
    await page.goto(`${base}/operator`);
    expect(await page.getByTestId('accounts-table').textContent()).toMatch(/acct-/); // the sign-up above survived: no reset
    // Login CSRF: the attacker's page signs the visitor in as the attacker's account.
    const visitor = await newPage(browser);
    evilPages.set(
      '/login',
      `<form method="post" action="${base}/signin"><input name="email" value="ben.000@example.com"><input name="password" value="${passwords().demo}"><button id="go">Continue</button></form>`,
    );
    await visitor.page.goto(`${evilBase}/login`);
    const [login] = await Promise.all([visitor.page.waitForResponse((r) => r.url() === `${base}/signin`), visitor.page.click('#go')]);
    expect(login.status()).toBe(403);
    expect((await visitor.context.cookies(base)).find((c) => c.name === 'session')).toBeUndefined();
    await visitor.context.close();
    await context.close();
  });

  it('framing: a page on another site cannot show the demo in a frame (frame-ancestors none)', async () => {
    const { page, base, context } = await newPage(browser);
    await signInAs(page, base, '002-ada');
    evilPages.set('/frame', `<h1>evil</h1><iframe id="f" src="${base}/account" width="800" height="400"></iframe>`);
    const blocked = new Promise<boolean>((resolve) => {
      page.on('console', (m) => (m.text().includes('frame-ancestors') ? resolve(true) : undefined));
      setTimeout(() => resolve(false), 10_000).unref();
    });
    await page.goto(`${evilBase}/frame`);
    expect(await blocked).toBe(true);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    const shown = frame
      ? await frame
          .locator('[data-testid=current-account]')
          .count()
          .catch(() => 0)
      : 0;
    expect(shown).toBe(0);
    await shot(page, '62-framing-blocked');
    await context.close();
  });
});
