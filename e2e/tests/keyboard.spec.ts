// Keyboard only: register → lesson → quiz → case → certificate with Tab, Shift-free arrow keys,
// Enter and typing, never the mouse (test course in e2e/fixtures). Every Tab stop shows its focus,
// the skip link is the first stop and jumps to the content, the focus goes somewhere sensible after
// each action (with JavaScript: the content after a page change, the feedback after a check, the
// new situation after a decision), and no page traps the focus.
import { expect, Page, test, TestInfo } from '@playwright/test';
import { arrowTo, expectNoKeyboardTrap, jsEnabled, open, PASSWORD, ready, tabTo, uniqueEmail } from './helpers';

/** Enter on the focused element, then waits for what it leads to (the page at `url`, if given). */
async function enter(page: Page, testInfo: TestInfo, url?: RegExp) {
  await page.keyboard.press('Enter');
  if (url) await expect(page).toHaveURL(url);
  await page.waitForLoadState('load');
  await ready(page, testInfo);
}

/** After a page change with JavaScript on, the focus is at the start of the new content. */
async function focusAtContent(page: Page, testInfo: TestInfo) {
  if (jsEnabled(testInfo)) await expect(page.locator('#main')).toBeFocused();
}

test('a learner goes from registration to a certificate with the keyboard alone', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await open(page, testInfo, '/register');

  // The skip link is the first stop, visible when focused, and takes the focus to the content.
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  const box = (await skip.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  await tabTo(page, '#field-name');
  await page.keyboard.type('Tastatur Testesen');
  await tabTo(page, '#field-email');
  await page.keyboard.type(uniqueEmail('keyboard'));
  await tabTo(page, '#field-password');
  await page.keyboard.type(PASSWORD);
  await enter(page, testInfo);
  await expect(page).toHaveURL(/\/courses\/rtw-coordinator$/);

  // To the test course's lesson through the home page, and complete it.
  await tabTo(page, '#brand');
  await enter(page, testInfo, /\/$/);
  await focusAtContent(page, testInfo);
  await tabTo(page, 'a[href="/courses/test-practice"]');
  await enter(page, testInfo, /\/courses\/test-practice$/);
  await expect(page.locator('h1')).toHaveText('Øvingskurs for tester');
  await focusAtContent(page, testInfo);
  await tabTo(page, 'a[href="/courses/test-practice/lessons/practice-lesson"]');
  await enter(page, testInfo, /\/lessons\/practice-lesson$/);
  await focusAtContent(page, testInfo);
  await tabTo(page, '#complete-lesson');
  await enter(page, testInfo);
  await expect(page.locator('#lesson-completed')).toBeVisible();

  // The quiz with feedback as you go: arrow keys choose, Enter checks and submits.
  await tabTo(page, '#back-to-programme');
  await enter(page, testInfo, /\/courses\/test-practice$/);
  await tabTo(page, 'a[href="/courses/test-practice/quizzes/practice-check"]');
  await enter(page, testInfo, /\/quizzes\/practice-check$/);
  await tabTo(page, '#start-quiz');
  await enter(page, testInfo);
  await expect(page).toHaveURL(/\/attempts\/\d+$/);
  await expectNoKeyboardTrap(page);
  await tabTo(page, '#question-practice-a input[type=radio]');
  await arrowTo(page, 'Riktig svar A');
  await expect(page.getByLabel('Riktig svar A')).toBeChecked();
  await tabTo(page, '[data-check="practice-a"]');
  await enter(page, testInfo);
  await expect(page.locator('#feedback-practice-a')).toContainText('Riktig.');
  if (jsEnabled(testInfo)) await expect(page.locator('#feedback-practice-a')).toBeFocused();
  await tabTo(page, '#question-practice-b input[type=radio]');
  await arrowTo(page, 'Sant');
  await tabTo(page, '[data-check="practice-b"]');
  await enter(page, testInfo);
  await expect(page.locator('#feedback-practice-b')).toContainText('Riktig.');
  await tabTo(page, '#submit-attempt');
  await enter(page, testInfo);
  await expect(page.locator('#review-verdict')).toHaveText('Bestått.');
  await focusAtContent(page, testInfo);

  // The case: two decisions to an ending.
  await tabTo(page, '#back-to-quiz');
  await enter(page, testInfo, /\/quizzes\/practice-check$/);
  await tabTo(page, '#back-to-programme');
  await enter(page, testInfo, /\/courses\/test-practice$/);
  await tabTo(page, 'a[href="/courses/test-practice/cases/practice-case"]');
  await enter(page, testInfo, /\/cases\/practice-case$/);
  await tabTo(page, '#start-case');
  await enter(page, testInfo);
  await expect(page).toHaveURL(/\/runs\/\d+$/);
  await expectNoKeyboardTrap(page);
  await tabTo(page, '#case-choices button', 'Avtal at Siri og Tor lager planen sammen denne uken');
  await enter(page, testInfo);
  await expect(page.locator('#situation-heading')).toContainText('Nærmeste leder: Tor');
  if (jsEnabled(testInfo)) await expect(page.locator('#situation-heading')).toBeFocused();
  await tabTo(page, '#case-choices button', 'Gå gjennom planen og avtal tilrettelegging');
  await enter(page, testInfo);
  await expect(page.locator('#case-result')).toContainText('Poengsum: 100 av 100');

  // The certificate, and its downloads within reach.
  await tabTo(page, '#nav-certificates');
  await enter(page, testInfo, /\/certificates$/);
  await focusAtContent(page, testInfo);
  const card = page.locator('.certificate-card');
  await expect(card).toContainText('Øvingsbevis');
  await expect(card.locator('.status')).toHaveText('Gyldig');
  await tabTo(page, '.certificate-card .download-pdf');
  await tabTo(page, '.certificate-card .download-credential');
  await expectNoKeyboardTrap(page);
});
