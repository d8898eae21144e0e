import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bornYearsAgo, launch, newPage, shot, signUp, usePolicy } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function signInAs(page: Page, base: string, id: string) {
  await page.goto(`${base}/accounts`);
  await page.getByTestId(`signin-${id}`).click();
  await page.waitForLoadState('load');
}

async function click(page: Page, testId: string) {
  await page.getByTestId(testId).click();
  await page.waitForLoadState('load');
}

describe('delete my account, legal hold and purge', () => {
  it('a new 004 account: timeline with grace period, deletion, cancel', async () => {
    const { page, base, context } = await newPage(browser);
    await usePolicy(page, base, '004');
    await signUp(page, base, { name: 'Dana Delete', birthDate: bornYearsAgo(25), country: 'FR', timeZone: 'Europe/Paris' });
    await page.goto(`${base}/account/delete`);
    expect(await page.getByTestId('timeline').textContent()).toContain('Removed from active systems');
    await click(page, 'delete-account');
    const timeline = await page.getByTestId('timeline').textContent();
    expect(timeline).toContain('grace period');
    expect(timeline).toContain('Europe/Paris');
    expect(await page.getByTestId('deletion-requested').isVisible()).toBe(true);
    await shot(page, '10-delete-timeline-004');
    await click(page, 'cancel-deletion');
    expect(await page.getByTestId('deletion-requested').count()).toBe(0);
    await context.close();
  });

  it('002, deleted 40 days ago: the purge deletes personal data and keeps invoices for 7 years', async () => {
    const { page, base, context } = await newPage(browser);
    await signInAs(page, base, '002-ben');
    await page.goto(`${base}/account/delete`);
    const timeline = await page.getByTestId('timeline').textContent();
    expect(timeline).toContain('Kept at least until then');
    expect(timeline).toContain('tax');
    await shot(page, '11-delete-timeline-002-seven-years');
    await click(page, 'run-purge');
    const report = page.getByTestId('purge-report');
    expect(Number((await page.getByTestId('purge-deleted-count').textContent())?.match(/\d+/)?.[0])).toBeGreaterThan(0);
    expect(await report.textContent()).toContain('financial_records_7_years');
    await shot(page, '12-purge-report-002');
    await context.close();
  });

  it('a legal hold visibly stops the purge; released, the purge deletes', async () => {
    const { page, base, context } = await newPage(browser);
    await signInAs(page, base, '000-ben');
    await page.goto(`${base}/account/delete`);
    await click(page, 'hold-toggle');
    expect(await page.getByTestId('hold-banner').textContent()).toContain('Legal hold in place');
    expect(await page.getByTestId('timeline').textContent()).toContain('paused by the legal hold');
    await click(page, 'run-purge');
    expect(await page.getByTestId('purge-deleted-count').textContent()).toContain(': 0');
    expect(await page.getByTestId('purge-report').textContent()).toContain('on hold');
    await shot(page, '13-legal-hold-stops-purge');
    await click(page, 'hold-toggle');
    expect(await page.getByTestId('hold-banner').count()).toBe(0);
    await click(page, 'run-purge');
    expect(Number((await page.getByTestId('purge-deleted-count').textContent())?.match(/\d+/)?.[0])).toBeGreaterThan(0);
    expect(await page.getByTestId('nothing-left').isVisible()).toBe(true);
    await shot(page, '14-purged-after-release');
    await context.close();
  });

  it('your data and the ZIP export of policy 002', async () => {
    const { page, base, context } = await newPage(browser);
    await signInAs(page, base, '002-ada');
    await shot(page, '15-your-data-002');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-link').click()]);
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    await context.close();
  });
});
