// Shared steps for the journeys. Element ids are the same ones the pages render.
import { expect, Page, TestInfo } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';
import { MAIL_DIR, SHOTS_DIR } from '../playwright.config';

export const COURSE = 'rtw-coordinator';
export const PASSWORD = 'en lang og trygg setning';

export function jsEnabled(testInfo: TestInfo): boolean {
  return testInfo.project.use.javaScriptEnabled !== false;
}

/** A unique address per test and run, so tests never share an account. */
export function uniqueEmail(tag: string): string {
  return `${tag}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.no`;
}

/** Waits until the page is interactive: hydrated when JavaScript is on, loaded otherwise. */
export async function ready(page: Page, testInfo: TestInfo) {
  if (jsEnabled(testInfo)) {
    await page.waitForSelector('body[data-hydrated="true"]');
  } else {
    await page.waitForLoadState('load');
  }
}

export async function open(page: Page, testInfo: TestInfo, url: string) {
  const response = await page.goto(url);
  await ready(page, testInfo);
  return response;
}

export async function shot(page: Page, testInfo: TestInfo, name: string) {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS_DIR, `${testInfo.project.name}-${name}.png`), fullPage: true });
}

export async function register(page: Page, testInfo: TestInfo, name: string, email: string, password = PASSWORD) {
  await open(page, testInfo, '/register');
  await page.getByLabel('Fullt navn').fill(name);
  await page.getByLabel('E-postadresse').fill(email);
  await page.getByLabel('Passord', { exact: true }).fill(password);
  await page.locator('#register-submit').click();
}

export async function signIn(page: Page, testInfo: TestInfo, email: string, password = PASSWORD) {
  await open(page, testInfo, '/sign-in');
  await page.getByLabel('E-postadresse').fill(email);
  await page.getByLabel('Passord', { exact: true }).fill(password);
  await page.locator('#sign-in-submit').click();
}

export async function signOut(page: Page) {
  await page.locator('#sign-out').click();
  await expect(page.locator('#nav-sign-in')).toBeVisible();
}

export interface Mail { to: string[]; subject: string; text: string }

/** The newest message the SMTP server received for `address`, waiting for it to arrive. */
export async function mailTo(address: string, timeoutMs = 15_000): Promise<Mail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (fs.existsSync(MAIL_DIR)) {
      const found = fs.readdirSync(MAIL_DIR)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .reverse()
        .map((f) => JSON.parse(fs.readFileSync(path.join(MAIL_DIR, f), 'utf8')) as Mail)
        .find((m) => m.to.includes(address));
      if (found) return found;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no email to ${address} arrived within ${timeoutMs} ms`);
}

/**
 * No WCAG 2.1 A/AA violation that axe-core can find on the page as it is now. axe runs inside the
 * page, so it runs in the hydrated project only; the markup is the same server-rendered HTML.
 */
export async function expectAccessible(page: Page, testInfo: TestInfo) {
  if (!jsEnabled(testInfo)) return;
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `accessibility violations on ${page.url()}`).toEqual([]);
}
