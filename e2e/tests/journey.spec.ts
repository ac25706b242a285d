// The first learner journey: register, see the programme, read a lesson, complete it, see
// progress, sign out and back in, and resume where one left off.
import { expect, test } from '@playwright/test';
import { COURSE, open, ready, register, shot, signIn, signOut, uniqueEmail } from './helpers';

test('a visitor registers, completes a lesson and resumes after signing in again', async ({ page }, testInfo) => {
  const email = uniqueEmail('kari');

  await open(page, testInfo, '/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('koordinator');
  await shot(page, testInfo, 'home');
  await page.locator('#home-register').click();
  await ready(page, testInfo);
  await expect(page).toHaveURL(/\/register$/);

  await register(page, testInfo, 'Kari Nordmann', email);
  await expect(page).toHaveURL(new RegExp(`/courses/${COURSE}$`));
  await expect(page.locator('#signed-in-as')).toHaveText('Kari Nordmann');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Koordinator for tilbakeføring til arbeid');
  await expect(page.locator('#progress-text')).toContainText(/\b0 av \d+ leksjoner fullført/);
  await expect(page.locator('.module h3').first()).toHaveText('Tilbakeføring til arbeid og koordinatorrollen');
  await expect(page.locator('#resume')).toHaveText('Start første leksjon');
  // The second lesson in the programme, where the learner continues after the first.
  const second = page.locator('[data-lesson]').nth(1);
  const secondId = await second.getAttribute('data-lesson');
  const secondTitle = (await second.locator('a').textContent())?.trim() ?? '';
  expect(secondId).toBeTruthy();
  await shot(page, testInfo, 'programme-new');

  await page.locator('#resume').click();
  await ready(page, testInfo);
  await expect(page).toHaveURL(new RegExp(`/courses/${COURSE}/lessons/why-coordination$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hvorfor koordinering trengs');
  await expect(page.locator('.lesson-body h2').first()).toHaveText('Mange aktører, én person');
  await shot(page, testInfo, 'lesson');

  await page.locator('#complete-lesson').click();
  await expect(page.locator('#lesson-completed')).toBeVisible();
  await expect(page.locator('#complete-lesson')).toHaveCount(0);

  await page.locator('#back-to-programme').click();
  await ready(page, testInfo);
  await expect(page.locator('#progress-text')).toContainText(/\b1 av \d+ leksjoner fullført/);
  await expect(page.locator('[data-lesson="why-coordination"]')).toHaveClass(/done/);
  await expect(page.locator('#resume')).toHaveText('Fortsett der du slapp');
  await shot(page, testInfo, 'programme-progress');

  await signOut(page);
  await expect(page).toHaveURL(/\/$/);

  await signIn(page, testInfo, email);
  await expect(page).toHaveURL(new RegExp(`/courses/${COURSE}$`));
  await expect(page.locator('#progress-text')).toContainText(/\b1 av \d+ leksjoner fullført/);
  await expect(page.locator('#resume')).toHaveAttribute('href', `/courses/${COURSE}/lessons/${secondId}`);
  await page.locator('#resume').click();
  await ready(page, testInfo);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(secondTitle);
});

test('a page that needs an account sends the visitor to sign in and back', async ({ page }, testInfo) => {
  const email = uniqueEmail('ola');
  await register(page, testInfo, 'Ola Nordmann', email);
  await expect(page).toHaveURL(new RegExp(`/courses/${COURSE}$`));
  await signOut(page);

  await open(page, testInfo, `/courses/${COURSE}/lessons/the-actors`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel('E-postadresse').fill(email);
  await page.getByLabel('Passord', { exact: true }).fill('en lang og trygg setning');
  await page.locator('#sign-in-submit').click();
  await expect(page).toHaveURL(new RegExp(`/courses/${COURSE}/lessons/the-actors$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aktørene og ansvaret deres');
});
