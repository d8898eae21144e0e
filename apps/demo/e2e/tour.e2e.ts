import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, shot, signInAs } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('every page under every seed policy', () => {
  it('renders for the seeded active account of 000-004, with no error status', async () => {
    const { page, base, context } = await newPage(browser);
    for (const id of ['000', '001', '002', '003', '004']) {
      await signInAs(page, base, `${id}-ada`);
      for (const [path, name] of [
        ['/account', 'your-data'],
        ['/account/delete', 'delete'],
        ['/policy', 'policy'],
        ['/tutor', 'tutor'],
      ] as const) {
        const res = await page.goto(`${base}${path}`);
        expect(res?.status(), `${id} ${path}`).toBeLessThan(400);
        expect(await page.getByTestId('current-policy').textContent()).toBe(id);
        await shot(page, `40-${id}-${name}`);
      }
    }
    await context.close();
  });
});
