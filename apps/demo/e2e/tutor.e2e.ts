import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, shot, usePolicy } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('AI tutor', () => {
  it('under 000, emails, phone numbers and card numbers never reach the model', async () => {
    const { page, base, context } = await newPage(browser);
    await usePolicy(page, base, '000');
    await page.goto(`${base}/tutor`);
    expect(await page.getByTestId('redaction-promise').textContent()).toContain('Google');
    await page.fill('textarea[name=message]', 'My loop breaks. Mail ada@example.com or call +44 20 7946 0958; my card is 4242 4242 4242 4242.');
    await page.getByTestId('tutor-send').click();
    await page.waitForLoadState('load');
    const sent = (await page.getByTestId('sent-to-model').textContent()) ?? '';
    expect(sent).toContain('My loop breaks.');
    expect(sent).not.toContain('ada@example.com');
    expect(sent).not.toContain('7946 0958');
    expect(sent).not.toContain('4242 4242 4242 4242');
    expect(await page.locator('[data-testid=sent-to-model] mark.ph').count()).toBeGreaterThanOrEqual(3);
    const kinds = (await page.getByTestId('findings').textContent()) ?? '';
    expect(kinds).toMatch(/email/i);
    expect(kinds).toMatch(/phone/i);
    expect(kinds).toMatch(/card/i);
    await shot(page, '30-ai-tutor-redaction');
    await context.close();
  });

  it('an empty message gets a clear message', async () => {
    const { page, base, context } = await newPage(browser);
    await page.goto(`${base}/tutor`);
    await page.fill('textarea[name=message]', '   ');
    await page.getByTestId('tutor-send').click();
    await page.waitForLoadState('load');
    expect(await page.getByTestId('tutor-errors').textContent()).toContain('Type a message first');
    await context.close();
  });
});
