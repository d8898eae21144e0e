import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bornYearsAgo, launch, newPage, shot, signUp, TEST_PASSWORD, usePolicy } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('policy picker, sign-up gate and policy page', () => {
  it('lists the five seed policies and switches between them', async () => {
    const { page, base, context } = await newPage(browser);
    await page.goto(`${base}/`);
    for (const id of ['000', '001', '002', '003', '004']) await expect(page.getByTestId(`policy-${id}`).isVisible()).resolves.toBe(true);
    await shot(page, '01-pick-a-policy');
    await usePolicy(page, base, '002');
    expect(await page.getByTestId('current-policy').textContent()).toBe('002');
    await context.close();
  });

  it('the same 14-year-old needs consent under 000 and is refused under 002, with the date of eligibility', async () => {
    const birthDate = bornYearsAgo(14, 40);
    const sixteenth = `${Number(birthDate.slice(0, 4)) + 16}${birthDate.slice(4)}`;
    const { page, base, context } = await newPage(browser);

    await usePolicy(page, base, '002');
    await signUp(page, base, { name: 'Sam Refused', birthDate, country: 'GB' });
    const refused = page.getByTestId('gate-refused');
    expect(await refused.textContent()).toContain('You are 14');
    expect(await page.getByTestId('eligible-on').textContent()).toContain(String(Number(birthDate.slice(0, 4)) + 16));
    expect(await refused.textContent()).toContain(sixteenth);
    await shot(page, '02-signup-refused-002');

    await usePolicy(page, base, '000');
    await signUp(page, base, { name: 'Sam Consent', birthDate, country: 'GB' });
    expect(await page.getByTestId('gate-consent').textContent()).toContain('You are 14');
    await shot(page, '03-signup-needs-consent-000');
    // Nothing is pre-ticked: the parent ticks what they agree to.
    expect(await page.locator('[data-testid=consent-form] input[type=checkbox]:checked').count()).toBe(0);
    await page.fill('input[name=parentName]', 'Pat Parent');
    for (const box of await page.locator('[data-testid=required-purposes] input[type=checkbox]').all()) await box.check();
    await page.fill('input[name=password]', TEST_PASSWORD);
    await page.getByTestId('consent-submit').click();
    await page.waitForLoadState('load');
    expect(await page.getByTestId('welcome').textContent()).toContain('consent');
    expect(await page.getByTestId('consent-on-file').textContent()).toContain('Pat Parent');
    await shot(page, '04-your-data-after-consent');
    await context.close();
  });

  it('an adult is allowed straight away and sees what the account holds', async () => {
    const { page, base, context } = await newPage(browser);
    await usePolicy(page, base, '000');
    await signUp(page, base, { name: 'Alex Adult', birthDate: bornYearsAgo(30), country: 'DE', timeZone: 'Europe/Berlin' });
    expect(page.url()).toContain('/account');
    expect(await page.getByTestId('current-account').textContent()).toContain('Alex Adult');
    const table = await page.getByTestId('data-table').textContent();
    expect(table).toContain('Google (Gemini API)');
    expect(table).toContain('alex.adult@example.com');
    await context.close();
  });

  it('an impossible birth date gets a clear message, not an error page', async () => {
    const { page, base, context } = await newPage(browser);
    await signUp(page, base, { name: 'Leap Typo', birthDate: '2010-02-30', country: 'GB' });
    const text = await page.getByTestId('issues').textContent();
    expect(text).toContain('birthDate');
    await shot(page, '05-signup-impossible-date');
    await context.close();
  });

  it('renders the policy from the manifest', async () => {
    const { page, base, context } = await newPage(browser);
    await usePolicy(page, base, '000');
    await page.goto(`${base}/policy`);
    const text = await page.getByTestId('policy-render').textContent();
    expect(text).toContain('CodeMentor AI');
    expect(text).toMatch(/who we share it with/i);
    await shot(page, '06-policy-page');
    await context.close();
  });

  it('a malformed privacy.json is refused with the paths of its problems', async () => {
    const { page, base, context } = await newPage(browser);
    await page.goto(`${base}/`);
    const bad = {
      version: '1',
      effectiveDate: '2026-02-30',
      timeZone: 'Mars/Olympus',
      controller: { name: 'X' },
      contact: { email: 'a@b.co' },
      purposes: [],
      collections: [{ category: 'user.contact.email', purposes: ['marketing'], legalBases: ['contract'], source: 'data_subject', retention: [] }],
      recipients: [],
      retention: [],
    };
    await page.fill('textarea[name=text]', JSON.stringify(bad, null, 2));
    await page.getByTestId('upload-submit').click();
    await page.waitForLoadState('load');
    const issues = await page.getByTestId('upload-errors').textContent();
    expect(issues).toContain('effectiveDate');
    expect(issues).toContain('timeZone');
    // One issue per cause (@priv/schema): no purposes at all, not one issue per collection that names one.
    expect(issues).toContain('Declare at least one purpose');
    await shot(page, '07-malformed-manifest');
    await page.fill('textarea[name=text]', '{ "version": ');
    await page.getByTestId('upload-submit').click();
    await page.waitForLoadState('load');
    expect(await page.getByTestId('upload-errors').isVisible()).toBe(true);
    // The same through a file, as a team would upload its privacy.json.
    await page.setInputFiles('input[name=file]', {
      name: 'privacy.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...bad, timeZone: 'UTC' })),
    });
    await page.fill('textarea[name=text]', '');
    await page.getByTestId('upload-submit').click();
    await page.waitForLoadState('load');
    const fromFile = await page.getByTestId('upload-errors').textContent();
    expect(fromFile).toContain('Declare at least one purpose');
    expect(fromFile).not.toContain('timeZone');
    await context.close();
  });
});
