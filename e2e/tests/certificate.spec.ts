// A certificate from completion to verification: the learner completes what the test course's
// certificate asks for, finds the certificate and downloads it (PDF and Open Badges credential), an
// anonymous visitor verifies it, an administrator revokes it, and the page, the JSON API and the
// signed status list say so; an independent Open Badges verifier (openbadgeslib) agrees each time.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import * as path from 'path';
import { gunzipSync } from 'zlib';
import { python, ROOT } from '../playwright.config';
import { createAdmin, earnPracticeCertificate, expectAccessible, ready, register, shot, signIn, signOut, uniqueEmail } from './helpers';

/** What the independent verifier says of the credential in `file`: `valid: …` or `invalid: …`. */
function independentVerify(file: string): string {
  try {
    // The library warns about plain HTTP (the loopback test server) before its verdict.
    return execFileSync(python, [path.join(ROOT, 'e2e', 'verify_ob3.py'), file], { stdio: 'pipe' }).toString().trim().split('\n').pop()!;
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    return `${err.stdout?.toString() ?? ''}${err.stderr?.toString() ?? ''}`.trim().split('\n').pop()!;
  }
}

function claims(jwt: string): any {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
}

test('a learner earns a certificate, a visitor verifies it and an administrator revokes it', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await register(page, testInfo, 'Sertifisert Testesen', uniqueEmail('cert'));
  await expect(page).toHaveURL(/\/courses\/rtw-coordinator$/);

  // The lesson and the quiz the certificate asks for.
  await earnPracticeCertificate(page, testInfo);

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

  // The PDF: named after the code, with the holder and the code in its text.
  const [pdf] = await Promise.all([page.waitForEvent('download'), card.locator('.download-pdf').click()]);
  expect(pdf.suggestedFilename()).toBe(`${code}.pdf`);
  const pdfFile = testInfo.outputPath('certificate.pdf');
  await pdf.saveAs(pdfFile);
  const text = execFileSync('pdftotext', [pdfFile, '-']).toString();
  expect(text).toContain('Sertifisert Testesen');
  expect(text).toContain(`Sertifikatkode: ${code}`);
  expect(text).toContain(`/verify/${code}`);

  // The Open Badges credential, which an independent verifier accepts.
  const [credential] = await Promise.all([page.waitForEvent('download'), card.locator('.download-credential').click()]);
  expect(credential.suggestedFilename()).toBe(`${code}.jwt`);
  const credentialFile = testInfo.outputPath('credential.jwt');
  await credential.saveAs(credentialFile);
  expect(independentVerify(credentialFile)).toBe('valid: Øvingsbevis');
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

  // The revocation status list has the certificate's bit set, and the independent verifier
  // now rejects the credential the learner downloaded before.
  const entry = claims(readFileSync(credentialFile, 'utf8')).credentialStatus.find(
    (e: { statusPurpose: string }) => e.statusPurpose === 'revocation',
  );
  const list = await page.request.get(entry.statusListCredential);
  expect(list.status()).toBe(200);
  const encoded: string = claims(await list.text()).credentialSubject.encodedList;
  const bits = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
  const index = Number(entry.statusListIndex);
  expect(bits[Math.floor(index / 8)] & (0x80 >> index % 8)).not.toBe(0);
  expect(independentVerify(credentialFile)).toMatch(/^invalid: Credential status 'revocation' is set/);
});
