// Immediate feedback: each answer can be checked on its own, is graded at once on the server and
// then locked (test course in e2e/fixtures: two items, feedback = "immediate").
import { expect, test } from '@playwright/test';
import { expectAccessible, jsEnabled, ready, register, shot, uniqueEmail } from './helpers';

test('a learner checks answers one by one and gets feedback at once', async ({ page }, testInfo) => {
  await register(page, testInfo, 'Sjekk Testesen', uniqueEmail('check'));
  await expect(page).toHaveURL(/\/courses\/rtw-coordinator$/);
  await page.goto('/courses/test-practice/quizzes/practice-check');
  await ready(page, testInfo);
  await page.locator('#start-quiz').click();
  await ready(page, testInfo);
  // Before an item is checked, nothing on the page says what is right.
  expect(await page.content()).not.toContain('Fordi det er øving.');

  // Checking an unanswered question asks for an answer first.
  await page.locator('[data-check="practice-a"]').click();
  await ready(page, testInfo);
  await expect(page.locator('#check-error-practice-a')).toHaveText('Svar på spørsmålet før du sjekker det.');

  // A wrong answer, checked: feedback at once, and the answer is locked.
  await page.getByLabel('Feil svar A').check();
  await page.locator('[data-check="practice-a"]').click();
  await ready(page, testInfo);
  const feedback = page.locator('#feedback-practice-a');
  await expect(feedback).toContainText('Ikke riktig.');
  await expect(feedback.locator('.right-answer')).toHaveText('Riktig svar A');
  await expect(feedback).toContainText('Fordi det er øving.');
  await expect(page.getByLabel('Feil svar A')).toBeChecked();
  await expect(page.getByLabel('Riktig svar A')).toBeDisabled();
  await expect(page.locator('[data-check="practice-a"]')).toHaveCount(0);
  if (jsEnabled(testInfo)) await expect(feedback).toBeFocused();
  await shot(page, testInfo, 'quiz-immediate-feedback');
  await expectAccessible(page, testInfo);

  // The second answer, right.
  await page.getByLabel('Sant', { exact: true }).check();
  await page.locator('[data-check="practice-b"]').click();
  await ready(page, testInfo);
  await expect(page.locator('#feedback-practice-b')).toContainText('Riktig.');

  await page.locator('#submit-attempt').click();
  await ready(page, testInfo);
  await expect(page.locator('#review-score')).toContainText('Du fikk 50 %');
  await expect(page.locator('#review-verdict')).toHaveText('Bestått.');
});
