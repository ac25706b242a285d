// A timed quiz (the final assessment, 60 minutes) shows the time left and counts it down.
import { expect, test } from '@playwright/test';
import { COURSE, ready, register, uniqueEmail } from './helpers';

test('a timed attempt shows the time left, counting down', async ({ page }, testInfo) => {
  await register(page, testInfo, 'Tid Testesen', uniqueEmail('timer'));
  await expect(page).toHaveURL(new RegExp(`/courses/${COURSE}$`));
  await page.goto(`/courses/${COURSE}/quizzes/final-assessment`);
  await ready(page, testInfo);
  await expect(page.locator('#quiz-rules')).toContainText('Tidsfrist: 60 minutter');
  await page.locator('#start-quiz').click();
  await ready(page, testInfo);
  await expect(page.locator('fieldset.question')).toHaveCount(40);
  const timer = page.getByRole('timer');
  await expect(timer).toContainText(/Tid igjen: (60:00|59:\d\d)/);
  const first = await timer.textContent();
  await expect(timer).not.toHaveText(first ?? '', { timeout: 5_000 });
});
