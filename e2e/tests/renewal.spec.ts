// Renewing a certificate: the learner earns the practice certificate, sees what renewal asks for,
// logs continuing professional development (a wrong entry first: every error is shown at its
// field), renews, and finds the new certificate linked to the old.
import { expect, test } from '@playwright/test';
import { earnPracticeCertificate, expectAccessible, ready, register, shot, uniqueEmail } from './helpers';

test('a learner logs CPD and renews a certificate', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await register(page, testInfo, 'Fornyer Testesen', uniqueEmail('renew'));
  await expect(page).toHaveURL(/\/courses\/rtw-coordinator$/);

  await earnPracticeCertificate(page, testInfo);

  // Renewal is open (the practice rule opens it at once) but needs two hours of CPD.
  await page.goto('/certificates');
  await ready(page, testInfo);
  const card = page.locator('.certificate-card');
  await expect(card).toHaveCount(1);
  const oldCode = (await card.locator('.code').textContent())!.trim();
  const renewal = card.locator('.renewal');
  await expect(renewal).toHaveAttribute('data-state', 'open');
  await expect(renewal.locator('.renewal-cpd')).toContainText('0 av 2 timer');
  await expect(renewal.locator('.renew-certificate')).toHaveCount(0);

  // The CPD log: a wrong entry shows every error at its field and stores nothing.
  await page.locator('#cpd-link').click();
  await ready(page, testInfo);
  await expect(page.locator('#cpd-none')).toBeVisible();
  await page.getByLabel('Aktivitet', { exact: true }).fill('Kurs i motiverende intervju');
  await page.getByLabel('Timer', { exact: true }).fill('1000');
  await page.locator('#cpd-add').click();
  await ready(page, testInfo);
  await expect(page.locator('#field-hours-error')).toContainText('fra 0,1 til 100');
  await expect(page.locator('#field-provider-error')).toBeVisible();
  await expect(page.locator('#field-done_on-error')).toBeVisible();
  await expect(page.locator('#field-attested_by-error')).toBeVisible();
  await expect(page.locator('#field-hours')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#cpd-none')).toBeVisible();

  await page.getByLabel('Aktivitet', { exact: true }).fill('Kurs i motiverende intervju');
  await page.getByLabel('Arrangør', { exact: true }).fill('NAV Arbeidslivssenter');
  await page.getByLabel('Dato', { exact: true }).fill(new Date().toISOString().slice(0, 10));
  await page.getByLabel('Timer', { exact: true }).fill('2,5');
  await page.getByLabel('Bekreftet av', { exact: true }).fill('Kari Leder, HR-sjef');
  await page.locator('#cpd-add').click();
  await ready(page, testInfo);
  await expect(page.locator('#cpd-log tbody tr')).toHaveCount(1);
  await expect(page.locator('#cpd-log caption')).toContainText('2,5 timer');
  await shot(page, testInfo, 'cpd-log');
  await expectAccessible(page, testInfo);

  // Renew: a new certificate, and the old one says which.
  await page.goto('/certificates');
  await ready(page, testInfo);
  await expect(renewal.locator('.renewal-cpd')).toContainText('2,5 av 2 timer');
  await renewal.locator('.renew-certificate').click();
  await ready(page, testInfo);
  await expect(page.locator('.certificate-card')).toHaveCount(2);
  const old = page.locator(`.certificate-card[data-code="${oldCode}"]`);
  await expect(old.locator('.renewal')).toHaveAttribute('data-state', 'renewed');
  const newCode = (await page.locator(`.certificate-card:not([data-code="${oldCode}"]) .code`).textContent())!.trim();
  await expect(old.locator('.renewal-state')).toContainText(newCode);
  await shot(page, testInfo, 'certificates-renewed');
  await expectAccessible(page, testInfo);

  const api = await page.request.get(`/api/v1/certificates/${newCode}`);
  expect((await api.json()).status).toBe('valid');
});
