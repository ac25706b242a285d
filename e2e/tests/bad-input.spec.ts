// Bad input gets a clear message on the page and changes nothing.
import { expect, test } from '@playwright/test';
import { COURSE, open, register, shot, signIn, signOut, uniqueEmail } from './helpers';

test('an empty registration form explains every missing field', async ({ page }, testInfo) => {
  await open(page, testInfo, '/register');
  await page.locator('#register-submit').click();
  await expect(page.locator('#form-error')).toContainText('Noen felt må rettes');
  await expect(page.locator('#field-name-error')).toHaveText('Skriv inn navnet ditt.');
  await expect(page.locator('#field-email-error')).toHaveText('Skriv inn e-postadressen din.');
  await expect(page.locator('#field-password-error')).toHaveText('Passordet må ha minst 12 tegn.');
  await expect(page.locator('#field-email')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/register/);
  await expect(page.locator('#nav-sign-in')).toBeVisible();
  await shot(page, testInfo, 'register-errors');
});

test('a taken email is refused without creating a second account', async ({ page }, testInfo) => {
  const email = uniqueEmail('taken');
  await register(page, testInfo, 'Første Person', email);
  await expect(page).toHaveURL(new RegExp(`/courses/${COURSE}$`));
  await signOut(page);

  await register(page, testInfo, 'Andre Person', email, 'et helt annet passord');
  await expect(page.locator('#field-email-error')).toContainText('finnes allerede en konto');
  await expect(page.locator('#nav-sign-in')).toBeVisible();

  // The first account still has its own password; the second attempt changed nothing.
  await signIn(page, testInfo, email, 'et helt annet passord');
  await expect(page.locator('#form-error')).toContainText('Feil e-post eller passord');
  await signIn(page, testInfo, email);
  await expect(page.locator('#signed-in-as')).toHaveText('Første Person');
});

test('a wrong password is refused with one clear message', async ({ page }, testInfo) => {
  const email = uniqueEmail('wrong');
  await register(page, testInfo, 'Per Hansen', email);
  await signOut(page);
  await signIn(page, testInfo, email, 'feil passord her');
  await expect(page.locator('#form-error')).toContainText('Feil e-post eller passord');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.locator('#nav-sign-in')).toBeVisible();
  await shot(page, testInfo, 'sign-in-error');
});

test('a lesson that does not exist gets a clear not-found page', async ({ page }, testInfo) => {
  await register(page, testInfo, 'Lise Berg', uniqueEmail('missing'));
  await expect(page).toHaveURL(new RegExp(`/courses/${COURSE}$`));
  const response = await open(page, testInfo, `/courses/${COURSE}/lessons/no-such-lesson`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fant ikke leksjonen');
  await expect(page.locator('#lesson-not-found a')).toHaveAttribute('href', `/courses/${COURSE}`);
  // Nothing was recorded: the programme still says nothing is done.
  await open(page, testInfo, `/courses/${COURSE}`);
  await expect(page.locator('#progress-text')).toContainText(/\b0 av \d+/);
  await shot(page, testInfo, 'lesson-not-found');
});
