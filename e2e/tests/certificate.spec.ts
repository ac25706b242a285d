// A certificate from completion to verification: the learner completes what the test course's
// certificate asks for, finds the certificate, an anonymous visitor verifies it, an administrator
// revokes it, and the page and the JSON API say so.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'child_process';
import * as path from 'path';
import { ROOT, RUN_DIR, SERVER_PORT } from '../playwright.config';
import { expectAccessible, PASSWORD, ready, register, shot, signIn, signOut, uniqueEmail } from './helpers';

function createAdmin(email: string) {
  execFileSync(path.join(ROOT, 'target', 'debug', 'server'), ['users', 'create-admin', '--email', email, '--name', 'Ada Administrator'], {
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

test('a learner earns a certificate, a visitor verifies it and an administrator revokes it', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await register(page, testInfo, 'Sertifisert Testesen', uniqueEmail('cert'));
  await expect(page).toHaveURL(/\/courses\/rtw-coordinator$/);

  // The lesson and the quiz the certificate asks for.
  await page.goto('/courses/test-practice/lessons/practice-lesson');
  await ready(page, testInfo);
  await page.locator('#complete-lesson').click();
  await ready(page, testInfo);
  await page.goto('/courses/test-practice/quizzes/practice-check');
  await ready(page, testInfo);
  await page.locator('#start-quiz').click();
  await ready(page, testInfo);
  await page.getByLabel('Riktig svar A').check();
  await page.getByLabel('Sant', { exact: true }).check();
  await page.locator('#submit-attempt').click();
  await ready(page, testInfo);
  await expect(page.locator('#review-verdict')).toHaveText('Bestått.');

  // The certificate is there, valid, with its code.
  await page.locator('#nav-certificates').click();
  await ready(page, testInfo);
  const card = page.locator('.certificate-card');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Øvingsbevis');
  await expect(card.locator('.status')).toHaveText('Gyldig');
  const code = (await card.locator('.code').textContent())!.trim();
  expect(code).toMatch(/^RTW-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await shot(page, testInfo, 'certificates');
  await expectAccessible(page, testInfo);
  await signOut(page);

  // An anonymous visitor types the code, loosely.
  await page.goto('/verify');
  await ready(page, testInfo);
  await page.getByLabel('Sertifikatkode').fill(code.toLowerCase().replace(/-/g, ' '));
  await page.locator('#verify-submit').click();
  await ready(page, testInfo);
  await expect(page.locator('#verify-result')).toHaveAttribute('data-status', 'valid');
  await expect(page.locator('#verify-holder')).toHaveText('Sertifisert Testesen');
  await expect(page.locator('#change-certificate-form')).toHaveCount(0);
  await shot(page, testInfo, 'verify-valid');
  await expectAccessible(page, testInfo);

  // Unknown codes get a clear answer.
  await page.goto('/verify/RTW-0000-0000-0000-0000');
  await ready(page, testInfo);
  await expect(page.locator('#verify-not-found')).toContainText('Ingen sertifikater har denne koden.');

  // An administrator revokes it with a reason.
  const adminEmail = uniqueEmail('admin');
  createAdmin(adminEmail);
  await signIn(page, testInfo, adminEmail);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.goto(`/verify/${code}`);
  await ready(page, testInfo);
  await page.getByLabel('Begrunnelse').fill('Utstedt ved en feil i testen');
  await page.locator('#change-certificate').click();
  await ready(page, testInfo);
  await expect(page.locator('#verify-result')).toHaveAttribute('data-status', 'revoked');
  await expect(page.locator('#verify-result h2')).toHaveText('Trukket tilbake');
  await shot(page, testInfo, 'verify-revoked');
  await expectAccessible(page, testInfo);

  const api = await page.request.get(`/api/v1/certificates/${code}`);
  expect(api.status()).toBe(200);
  expect((await api.json()).status).toBe('revoked');
});
