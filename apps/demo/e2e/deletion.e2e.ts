import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bornYearsAgo, launch, newPage, shot, signInAs, signUp, usePolicy } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function click(page: Page, testId: string) {
  await page.getByTestId(testId).click();
  await page.waitForLoadState('load');
}

/** Runs the operator's purge of one policy and waits (reloading, at most 10 s) until the queue is done. */
async function purge(page: Page, base: string, policy: string) {
  await page.selectOption('select[name=policy]', policy);
  await click(page, 'operator-purge');
  for (let i = 0; i < 40 && (await page.getByTestId('purge-busy').count()) > 0; i++) {
    await page.waitForTimeout(250);
    await page.goto(`${base}/operator`);
  }
  expect(await page.getByTestId('purge-busy').count()).toBe(0);
}

const acted = async (page: Page, policy: string) =>
  Number(new RegExp(`${policy}: .*?(\\d+) acted on`).exec((await page.getByTestId('purge-runs').textContent()) ?? '')?.[1]);

describe('delete my account, legal hold and purge', () => {
  it('a new 004 account: timeline with grace period, deletion, cancel inside the grace period', async () => {
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

  it('004, Ben deleted 40 days ago: past the grace period, no cancel button', async () => {
    const { page, base, context } = await newPage(browser);
    await signInAs(page, base, '004-ben');
    await page.goto(`${base}/account/delete`);
    expect(await page.getByTestId('deletion-requested').isVisible()).toBe(true);
    expect(await page.getByTestId('cancel-deletion').count()).toBe(0);
    await context.close();
  });

  it('002, deleted 40 days ago: a purge preview at a date shows what would go, deletes nothing', async () => {
    const { page, base, context } = await newPage(browser);
    await signInAs(page, base, '002-ben');
    await page.goto(`${base}/account/delete`);
    const timeline = await page.getByTestId('timeline').textContent();
    expect(timeline).toContain('Kept at least until then');
    expect(timeline).toContain('tax');
    await shot(page, '11-delete-timeline-002-seven-years');
    const before = await page.getByTestId('timeline').textContent();
    await page.fill('input[name=preview]', '2100-12-31');
    await click(page, 'run-purge');
    expect(Number((await page.getByTestId('purge-deleted-count').textContent())?.match(/\d+/)?.[0])).toBeGreaterThan(0);
    expect(await page.getByTestId('purge-report').textContent()).toContain('financial_records_7_years');
    expect(await page.getByTestId('preview-note').textContent()).toContain('nothing has been deleted');
    await shot(page, '12-purge-preview-002');
    await page.goto(`${base}/account/delete`);
    expect(await page.getByTestId('timeline').textContent()).toBe(before);
    await context.close();
  });

  it('the operator: a legal hold visibly stops the real purge; released, the purge deletes what is due', async () => {
    const op = await newPage(browser);
    await signInAs(op.page, op.base, 'operator');
    expect(op.page.url()).toContain('/operator');
    await shot(op.page, '50-operator');
    await op.page.getByTestId('hold-000-ben').click();
    await op.page.waitForLoadState('load');
    const ben = await newPage(browser);
    await signInAs(ben.page, ben.base, '000-ben');
    await ben.page.goto(`${ben.base}/account/delete`);
    expect(await ben.page.getByTestId('hold-banner').textContent()).toContain('Legal hold in place');
    expect(await ben.page.getByTestId('timeline').textContent()).toContain('paused by the legal hold');
    await shot(ben.page, '13-legal-hold-banner');
    await purge(op.page, op.base, '000');
    expect(await acted(op.page, '000')).toBe(0);
    await click(op.page, 'hold-000-ben');
    await purge(op.page, op.base, '000');
    expect(await acted(op.page, '000')).toBeGreaterThan(0);
    await shot(op.page, '51-operator-after-purge');
    await ben.page.goto(`${ben.base}/account/delete`);
    expect(await ben.page.getByTestId('hold-banner').count()).toBe(0);
    await shot(ben.page, '14-purged-after-release');
    await op.context.close();
    await ben.context.close();
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
