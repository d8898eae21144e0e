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

describe('policy changes', () => {
  it('a new sub-processor is a material change with a notice schedule per channel', async () => {
    const { page, base, context } = await newPage(browser);
    await usePolicy(page, base, '002');
    await page.goto(`${base}/policy`);
    await page.getByTestId('edit-policy').click();
    await page.waitForLoadState('load');
    await page.getByTestId('preset-add_recipient').click();
    await page.waitForLoadState('load');
    expect(await page.getByTestId('classification').textContent()).toContain('Material change');
    expect(await page.getByTestId('diff-table').textContent()).toContain('Mixpanel');
    const schedule = await page.getByTestId('schedule-table').textContent();
    expect(schedule).toContain('email');
    expect(schedule).toContain('in app');
    await shot(page, '20-notice-editor-material');
    await context.close();
  });

  it('a broken draft shows its problems by path', async () => {
    const { page, base, context } = await newPage(browser);
    await page.goto(`${base}/policy/edit`);
    await page.fill('textarea[name=manifest]', '{ "version": "2", "effectiveDate": "2026-13-01" }');
    await page.getByTestId('editor-submit').click();
    await page.waitForLoadState('load');
    expect(await page.getByTestId('editor-errors').textContent()).toContain('effectiveDate');
    await context.close();
  });
});
