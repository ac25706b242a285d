// Shared steps for the journeys. Element ids are the same ones the pages render.
import { expect, Page, TestInfo } from '@playwright/test';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { MAIL_DIR, ROOT, RUN_DIR, SERVER_PORT, SHOTS_DIR } from '../playwright.config';

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

/** Runs the server's command line against the test server's database, as an operator would. */
function serverCli(args: string[]) {
  execFileSync(path.join(ROOT, 'target', 'debug', 'server'), args, {
    env: {
      ...process.env,
      DATABASE_URL: `sqlite:${RUN_DIR}/data/rtw.db`,
      RTW_DATA_DIR: `${RUN_DIR}/data`,
      RTW_BASE_URL: `http://127.0.0.1:${SERVER_PORT}`,
      RTW_ADMIN_PASSWORD: PASSWORD,
      RUST_LOG: 'warn',
    },
    stdio: 'pipe',
  });
}

/** A platform administrator, made with the server's command line. */
export function createAdmin(email: string) {
  serverCli(['users', 'create-admin', '--email', email, '--name', 'Ada Administrator']);
}

/** Makes a registered account an author, with the server's command line. */
export function grantAuthor(email: string) {
  serverCli(['users', 'grant-author', '--email', email]);
}

/** Registers an account, makes it an author, and signs out again. */
export async function registerAuthor(page: Page, testInfo: TestInfo, name: string, email: string) {
  await register(page, testInfo, name, email);
  await expect(page.locator('#signed-in-as')).toBeVisible();
  grantAuthor(email);
  await signOut(page);
}

/**
 * Earns the test course's practice certificate as the signed-in learner: its lesson completed and
 * its quiz (practice-check) passed.
 */
export async function earnPracticeCertificate(page: Page, testInfo: TestInfo) {
  await open(page, testInfo, '/courses/test-practice/lessons/practice-lesson');
  await page.locator('#complete-lesson').click();
  await expect(page.locator('#lesson-completed')).toBeVisible();
  await open(page, testInfo, '/courses/test-practice/quizzes/practice-check');
  await page.locator('#start-quiz').click();
  await ready(page, testInfo);
  await page.getByLabel('Riktig svar A').check();
  await page.getByLabel('Sant', { exact: true }).check();
  await page.locator('#submit-attempt').click();
  await ready(page, testInfo);
  await expect(page.locator('#review-verdict')).toHaveText('Bestått.');
}

/** The whole practice module: its lesson, both quizzes passed and the case played to an ending
 * (the expert's path). Completing it is what the HR feed reports. */
export async function completePracticeModule(page: Page, testInfo: TestInfo) {
  await earnPracticeCertificate(page, testInfo);
  await open(page, testInfo, '/courses/test-practice/quizzes/practice-quiz');
  await page.locator('#start-quiz').click();
  await ready(page, testInfo);
  await page.getByLabel('Riktig svar A').check();
  await page.getByLabel('Sant', { exact: true }).check();
  await page.locator('#submit-attempt').click();
  await ready(page, testInfo);
  await expect(page.locator('#review-verdict')).toHaveText('Bestått.');
  await open(page, testInfo, '/courses/test-practice/cases/practice-case');
  await page.locator('#start-case').click();
  await ready(page, testInfo);
  await page.getByRole('button', { name: 'Avtal at Siri og Tor lager planen sammen denne uken' }).click();
  await ready(page, testInfo);
  await page.getByRole('button', { name: 'Gå gjennom planen og avtal tilrettelegging' }).click();
  await ready(page, testInfo);
  await expect(page.locator('#case-result')).toContainText('Tilbake i full jobb i uke 9');
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

/** What has the keyboard focus: a short description, whether it matches, whether its focus shows. */
async function focused(page: Page, selector: string, text?: string) {
  return page.evaluate(([sel, txt]) => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { matches: false, visible: true, desc: 'body' };
    const s = getComputedStyle(el);
    // Our indicator: a 3 px outline in the focus colour (WCAG 2.4.7).
    const visible = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
    const matches = el.matches(sel as string) && (!txt || label.trim() === txt);
    return { matches, visible, desc: el.outerHTML.slice(0, 160) };
  }, [selector, text ?? '']);
}

/**
 * Presses Tab (only Tab) until the focused element matches `selector` (and, if given, its label or
 * text is `text`), asserting at every stop that the focus can be seen.
 */
export async function tabTo(page: Page, selector: string, text?: string, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page, selector, text);
    expect(f.visible, `the focus shows on ${f.desc}`).toBe(true);
    if (f.matches) return;
  }
  throw new Error(`${selector} ${text ?? ''} not reached with ${max} presses of Tab`);
}

/**
 * In a radio group that has the focus, presses the arrow key until the option labelled `text` has
 * it, then Space (Tab into a group focuses an option without choosing it).
 */
export async function arrowTo(page: Page, text: string, max = 12) {
  for (let i = 0; i < max; i++) {
    if ((await focused(page, 'input[type=radio]', text)).matches) {
      await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no radio option "${text}" reached with the arrow keys`);
}

/**
 * No keyboard trap (WCAG 2.1.2): Tab from the top of the page goes through everything and comes
 * back round to the skip link, the first stop.
 */
export async function expectNoKeyboardTrap(page: Page, max = 250) {
  // Round once to the skip link, then once more all the way round.
  for (const lap of ['to the top', 'all the way round']) {
    let back = false;
    for (let i = 0; i < max && !back; i++) {
      await page.keyboard.press('Tab');
      back = (await focused(page, '.skip-link')).matches;
    }
    expect(back, `Tab brings the focus ${lap} to the skip link within ${max} presses`).toBe(true);
  }
}
