// Single sign-on through a real OpenID provider (panva's oidc-provider on loopback, started by
// playwright.config.ts): an administrator connects the organisation's provider; an employee signs
// in through it from the sign-in page and has an account in the organisation without ever making
// a password; an ID token with a broken signature shows the page that says so and makes nothing.
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { OIDC_CLIENT, OIDC_PORT, OIDC_SECRET } from '../playwright.config';
import { createAdmin, expectAccessible, open, ready, shot, signIn, signOut, uniqueEmail } from './helpers';

const ISSUER = `http://127.0.0.1:${OIDC_PORT}`;

/** Signs in at the provider's own form as `login` (any login works there). */
async function atProvider(page: Page, login: string) {
  await expect(page).toHaveURL(new RegExp(`^${ISSUER}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any');
  await page.locator('button[type="submit"]').click();
}

async function signInThrough(page: Page, testInfo: TestInfo, orgName: string, login: string) {
  await open(page, testInfo, '/sign-in');
  await expect(page.locator('#sso-sign-in')).toBeVisible();
  await page.locator('#sso-choices a', { hasText: orgName }).click();
  await atProvider(page, login);
}

test('an employee signs in through the organisation and never makes a password', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const orgName = `Nordby kommune ${testInfo.project.name} ${Date.now()}`;
  const ada = uniqueEmail('ada-sso');

  // The administrator creates the organisation and connects its provider.
  createAdmin(ada);
  await signIn(page, testInfo, ada);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await open(page, testInfo, '/organisations');
  await page.locator('#field-name').fill(orgName);
  await page.locator('#field-kind').selectOption('municipality');
  await page.locator('#org-create').click();
  await expect(page).toHaveURL(/\/organisations\/\d+$/);
  await ready(page, testInfo);
  await page.locator('#org-sso-link').click();
  await expect(page).toHaveURL(/\/organisations\/\d+\/sign-in$/);
  await ready(page, testInfo);
  await expect(page.locator('#sso-none')).toBeVisible();
  await expect(page.locator('#sso-redirect-uri')).toHaveText(/\/sso\/callback$/);
  // A wrong address is refused with the reason beside the field.
  await page.locator('#field-issuer').fill('http://127.0.0.1:9/');
  await page.locator('#field-client_id').fill(OIDC_CLIENT);
  await page.locator('#field-client_secret').fill(OIDC_SECRET);
  await page.locator('#sso-save').click();
  await expect(page.locator('#field-issuer-error')).toContainText('discovery');
  await page.locator('#field-issuer').fill(ISSUER);
  await page.locator('#field-client_id').fill(OIDC_CLIENT);
  await page.locator('#field-client_secret').fill(OIDC_SECRET);
  await page.locator('#sso-save').click();
  await expect(page.locator('#sso-saved')).toBeVisible();
  await expect(page.locator('#sso-provider')).toHaveAttribute('data-state', 'on');
  await expect(page.locator('#sso-people')).toHaveText('0');
  await expectAccessible(page, testInfo);
  await shot(page, testInfo, 'org-sso');
  await signOut(page);

  // An employee signs in through it: the first time makes the account, in the organisation.
  const login = `kari.nordmann.${testInfo.project.name}.${Date.now()}`;
  await open(page, testInfo, '/sign-in');
  await expectAccessible(page, testInfo);
  await shot(page, testInfo, 'sign-in-sso');
  await signInThrough(page, testInfo, orgName, login);
  await page.waitForURL((url) => url.origin !== ISSUER && !url.pathname.startsWith('/sso'));
  await ready(page, testInfo);
  await open(page, testInfo, '/account');
  await expect(page.locator('#account-email')).toHaveText(`${login}@kommune.example`);
  await expect(page.locator('#organisations')).toContainText(orgName);
  await shot(page, testInfo, 'sso-account');
  await signOut(page);
  // Signing out here does not sign out at the provider (as with any single sign-on); forget its
  // session so that the next person signs in at its form.
  await page.context().clearCookies();

  // A token whose signature was changed on the way: the page says why, nobody is signed in.
  await signInThrough(page, testInfo, orgName, `bad-signature.per.${testInfo.project.name}`);
  await expect(page).toHaveURL(/\/sso\/failed\?reason=invalid-token$/);
  await ready(page, testInfo);
  await expect(page.locator('#sso-failed-reason')).toHaveAttribute('data-reason', 'invalid-token');
  await expect(page.locator('#sso-failed-reason')).toContainText('kunne ikke stoles på');
  await expectAccessible(page, testInfo);
  await shot(page, testInfo, 'sso-failed');
  await open(page, testInfo, '/account');
  await expect(page.locator('#account-email')).toHaveCount(0);

  // The administrator sees one person signed in through the provider.
  await signIn(page, testInfo, ada);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await open(page, testInfo, '/organisations');
  await page.locator('a', { hasText: orgName }).first().click();
  await ready(page, testInfo);
  await page.locator('#org-sso-link').click();
  await ready(page, testInfo);
  await expect(page.locator('#sso-people')).toHaveText('1');
});
