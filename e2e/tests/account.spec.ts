// A learner's own account: from the name in the header to the account page, the download of
// everything stored about them, and deleting the account (refused until confirmed, then done:
// signed out, and the old password opens nothing). With and without JavaScript.
import { expect, test } from '@playwright/test';
import * as fs from 'fs';
import { expectAccessible, PASSWORD, ready, register, shot, signIn, uniqueEmail } from './helpers';

test('a learner downloads their data and deletes their account', async ({ page }, testInfo) => {
  const email = uniqueEmail('account');
  await register(page, testInfo, 'Data Eiersen', email);
  await expect(page).toHaveURL(/\/courses\/rtw-coordinator$/);
  await ready(page, testInfo);

  await page.locator('#signed-in-as').click();
  await expect(page).toHaveURL(/\/account$/);
  await ready(page, testInfo);
  await expect(page.locator('h1')).toHaveText('Kontoen din');
  await expect(page.locator('#account-email')).toHaveText(email);

  // The download is the learner's own data, as JSON.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-data').click()]);
  expect(download.suggestedFilename()).toBe('rtw-academy-data.json');
  const doc = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
  expect(doc.format).toBe('rtw-academy-personal-data/1');
  expect(doc.account.email).toBe(email);
  expect(doc.account.name).toBe('Data Eiersen');
  expect(doc.enrolments.map((e: { course: string }) => e.course)).toContain('rtw-coordinator');

  // Nothing is deleted without the password and the confirmation, and each says so.
  await page.locator('#delete-account').click();
  await expect(page.locator('#field-password-error')).toHaveText('Skriv inn passordet ditt for å bekrefte.');
  await expect(page.locator('#field-confirm-error')).toHaveText('Kryss av i boksen for å bekrefte at du vil slette kontoen.');
  await expect(page.locator('#field-confirm')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, testInfo);
  await shot(page, testInfo, 'account-delete-errors');
  await page.getByLabel('Passord', { exact: true }).fill('ikke mitt passord');
  await page.locator('#field-confirm').check();
  await page.locator('#delete-account').click();
  await expect(page.locator('#field-password-error')).toHaveText('Det er ikke passordet ditt. Ingenting ble slettet.');
  await expect(page.locator('#account-email')).toHaveText(email);

  await page.getByLabel('Passord', { exact: true }).fill(PASSWORD);
  await page.locator('#field-confirm').check();
  await page.locator('#delete-account').click();
  await expect(page).toHaveURL(/\/account\?deleted=1$/);
  await ready(page, testInfo);
  await expect(page.locator('h1')).toHaveText('Kontoen din er slettet');
  await expect(page.locator('#nav-sign-in')).toBeVisible();
  await shot(page, testInfo, 'account-deleted');

  // The account is gone: the old password opens nothing.
  await signIn(page, testInfo, email);
  await expect(page.locator('#form-error')).toContainText('Feil e-post eller passord');
  await expect(page).toHaveURL(/\/sign-in/);
});
