// The whole way through a quiz: take it, fail, wait, retake, pass, review (test course in
// e2e/fixtures: pass mark 100 %, one minute's wait after a failed attempt).
import { expect, test } from '@playwright/test';
import { COURSE, ready, register, shot, uniqueEmail } from './helpers';

const QUIZ = '/courses/test-practice/quizzes/practice-quiz';

test('a learner fails, waits, retakes and passes, and sees each review', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await register(page, testInfo, 'Øve Testesen', uniqueEmail('retake'));
  await expect(page).toHaveURL(new RegExp(`/courses/${COURSE}$`));
  await page.goto(QUIZ);
  await ready(page, testInfo);
  await expect(page.locator('#quiz-rules')).toContainText('krav for å bestå 100 %');
  await expect(page.locator('#quiz-rules')).toContainText('må du vente ett minutt før neste');

  // First attempt: one answer wrong.
  await page.locator('#start-quiz').click();
  await ready(page, testInfo);
  await page.getByLabel('Feil svar A').check();
  await page.getByLabel('Sant', { exact: true }).check();
  await page.locator('#submit-attempt').click();
  await ready(page, testInfo);
  await expect(page.locator('#review-verdict')).toHaveText('Ikke bestått ennå.');
  await expect(page.locator('.review-item.wrong .right-answer')).toHaveText('Riktig svar A');
  await shot(page, testInfo, 'review-failed');

  // The wait: no new attempt yet.
  await page.locator('#back-to-quiz').click();
  await ready(page, testInfo);
  await expect(page.locator('#quiz-wait')).toBeVisible();
  await expect(page.locator('#start-quiz')).toHaveCount(0);
  await shot(page, testInfo, 'quiz-wait');

  // After the minute, the second attempt.
  await page.waitForTimeout(62_000);
  await page.goto(QUIZ);
  await ready(page, testInfo);
  await page.locator('#start-quiz').click();
  await ready(page, testInfo);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('forsøk 2');
  await page.getByLabel('Riktig svar A').check();
  await page.getByLabel('Sant', { exact: true }).check();
  await page.locator('#submit-attempt').click();
  await ready(page, testInfo);
  await expect(page.locator('#review-verdict')).toHaveText('Bestått.');
  await expect(page.locator('#review-score')).toContainText('Du fikk 100 %');

  await page.locator('#back-to-quiz').click();
  await ready(page, testInfo);
  await expect(page.locator('#quiz-passed')).toBeVisible();
  await expect(page.locator('#attempts li')).toHaveCount(2);
  await shot(page, testInfo, 'quiz-passed');
});
