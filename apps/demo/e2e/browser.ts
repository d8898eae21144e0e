import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
/** Where screenshots go (gitignored). */
export const SCREENSHOTS = resolve(here, '..', 'test-output', 'screenshots');

/** The flags from the developers' guide: headless, no sandbox (root in CI), nothing that calls home. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches Debian's chromium. */
export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS, headless: true, timeout: 60_000 });
}

/** A fresh browser context (own cookies) with short timeouts, so nothing hangs. */
export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; base: string }> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(20_000);
  const page = await context.newPage();
  return { context, page, base: inject('baseUrl') };
}

/** Saves a full-page screenshot as `test-output/screenshots/<name>.png`. */
export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = resolve(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** A birth date `years` years and `days` days before today (UTC), as YYYY-MM-DD; never 29 February (its birthdays follow a per-country rule). */
export function bornYearsAgo(years: number, days = 10): string {
  const now = new Date();
  const date = new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), now.getUTCDate()) - days * 86_400_000).toISOString().slice(0, 10);
  return date.endsWith('-02-29') ? `${date.slice(0, 4)}-02-28` : date;
}

/** Picks a seed policy on the picker page. */
export async function usePolicy(page: Page, base: string, id: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByTestId(`use-${id}`).click();
  await page.waitForLoadState('load');
}

/** The seeded demo accounts' password and the operator's, as the server printed them on start. */
export function passwords(): { demo: string; operator: string } {
  return { demo: inject('demoPassword'), operator: inject('operatorPassword') };
}

/** Signs in through the sign-in page: a seeded account by id (`002-ben`), or `operator`. */
export async function signInAs(page: Page, base: string, id: string): Promise<void> {
  const [policy, who] = id.split('-') as [string, string];
  const email = id === 'operator' ? 'operator@demo.invalid' : `${who}.${policy}@example.com`;
  await page.goto(`${base}/signin`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', id === 'operator' ? passwords().operator : passwords().demo);
  await page.getByTestId('signin-submit').click();
  await page.waitForLoadState('load');
}

/** A password for accounts the browser tests sign up. */
export const TEST_PASSWORD = 'browser test password';

/** Fills and submits the sign-up form. */
export async function signUp(page: Page, base: string, person: { name: string; birthDate: string; country: string; timeZone?: string }): Promise<void> {
  await page.goto(`${base}/signup`);
  await page.fill('input[name=name]', person.name);
  await page.fill('input[name=email]', `${person.name.toLowerCase().replace(/\W+/g, '.')}@example.com`);
  await page.fill('input[name=birthDate]', person.birthDate);
  await page.selectOption('select[name=country]', person.country);
  if (person.timeZone) await page.selectOption('select[name=timeZone]', person.timeZone);
  await page.fill('input[name=password]', TEST_PASSWORD);
  await page.getByTestId('signup-submit').click();
  await page.waitForLoadState('load');
}
