// With JavaScript, answers are saved as they are given: a reload resumes the attempt with them.
import { expect, test } from '@playwright/test';
import { COURSE, ready, register, uniqueEmail } from './helpers';

test('answers are saved as they are given and come back after a reload', async ({ page }, testInfo) => {
  await register(page, testInfo, 'Lagre Testesen', uniqueEmail('autosave'));
  await expect(page).toHaveURL(new RegExp(`/courses/${COURSE}$`));
  await page.locator('[data-quiz="module-1-quiz"] a').click();
  await ready(page, testInfo);
  await page.locator('#start-quiz').click();
  await ready(page, testInfo);
  await expect(page).toHaveURL(/\/attempts\/\d+$/);

  const radio = page.locator('fieldset.question input[type=radio]').first();
  await radio.check();
  await expect(page.locator('#autosave-status')).toHaveText('Svarene dine er lagret.');
  const checkedId = await radio.getAttribute('id');

  await page.reload();
  await ready(page, testInfo);
  await expect(page.locator(`#${checkedId}`)).toBeChecked();
});
