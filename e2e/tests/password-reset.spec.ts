// Password reset by email, through a real SMTP server.
import { expect, test } from '@playwright/test';
import { COURSE, mailTo, open, register, shot, signIn, signOut, uniqueEmail } from './helpers';

test('a forgotten password is reset with the emailed link, once', async ({ page }, testInfo) => {
  const email = uniqueEmail('reset');
  await register(page, testInfo, 'Randi Reset', email);
  await expect(page).toHaveURL(new RegExp(`/courses/${COURSE}$`));
  await signOut(page);

  await open(page, testInfo, '/sign-in');
  await page.locator('#forgot-password-link').click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel('E-postadresse').fill(email);
  await page.locator('#forgot-submit').click();
  await expect(page.locator('#reset-sent')).toBeVisible();

  const mail = await mailTo(email);
  expect(mail.subject).toBe('Tilbakestill passordet ditt i RTW Academy');
  expect(mail.text).toContain('Hei Randi Reset');
  const link = mail.text.match(/http:\/\/\S+\/reset-password\?token=[0-9a-f]{64}/)?.[0];
  expect(link).toBeTruthy();

  await open(page, testInfo, link!);
  await page.getByLabel('Nytt passord').fill('et nytt og langt passord');
  await page.locator('#reset-submit').click();
  await expect(page).toHaveURL(/\/sign-in\?reset=1$/);
  await expect(page.locator('#reset-done')).toBeVisible();
  await shot(page, testInfo, 'reset-done');

  await signIn(page, testInfo, email);
  await expect(page.locator('#form-error')).toContainText('Feil e-post eller passord');
  await signIn(page, testInfo, email, 'et nytt og langt passord');
  await expect(page.locator('#signed-in-as')).toHaveText('Randi Reset');

  // The link works once.
  await open(page, testInfo, link!);
  await page.getByLabel('Nytt passord').fill('enda et nytt passord her');
  await page.locator('#reset-submit').click();
  await expect(page.locator('#form-error')).toContainText('virker ikke lenger');
});

test('the interface language can be changed', async ({ page }, testInfo) => {
  await open(page, testInfo, '/');
  await page.locator('#language-select').selectOption('en');
  await page.locator('#language-form button').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Qualify as a return-to-work coordinator');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('#language-select').selectOption('sv');
  await page.locator('#language-form button').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.locator('#nav-sign-in')).toHaveText('Logga in');
});
