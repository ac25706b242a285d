// A municipality's journey: a platform administrator creates the organisation and invites its
// administrator, who joins by the emailed link, invites an employee from a pasted list (the dry
// run first), the employee joins by their link and completes a module, and the organisation's
// page shows it — the same record the employee sees on their account page.
import { expect, test } from '@playwright/test';
import * as crypto from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { completePracticeModule, createAdmin, expectAccessible, jsEnabled, mailTo, open, PASSWORD, ready, shot, signIn, signOut, uniqueEmail } from './helpers';

interface Hook { headers: http.IncomingHttpHeaders; body: string }

/** An HR system's webhook receiver on a loopback port: keeps every request it gets. */
async function startReceiver(): Promise<{ url: string; got: Hook[]; close: () => void }> {
  const got: Hook[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      got.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/rtw-events`, got, close: () => server.close() };
}

/** What the receiver does with the secret: HMAC-SHA256 over "timestamp.body". */
function signatureHolds(hook: Hook, secret: string): boolean {
  const t = hook.headers['rtw-webhook-timestamp'];
  const expected = 'v1=' + crypto.createHmac('sha256', secret).update(`${t}.${hook.body}`).digest('hex');
  return hook.headers['rtw-webhook-signature'] === expected;
}

function invitationLink(text: string): string {
  const link = text.match(/http:\/\/\S+\/invitation\?token=[A-Za-z0-9._-]+/)?.[0];
  expect(link, 'an invitation link in the email').toBeTruthy();
  return link!;
}

test('an administrator invites, an employee completes a module, and the organisation sees it', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const orgName = `Bodø kommune ${testInfo.project.name} ${Date.now()}`;
  const ada = uniqueEmail('ada');
  const anne = uniqueEmail('anne');
  const emil = uniqueEmail('emil');

  // The platform administrator creates the organisation and invites its administrator.
  createAdmin(ada);
  await signIn(page, testInfo, ada);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.locator('#nav-organisations').click();
  await ready(page, testInfo);
  await expect(page).toHaveURL(/\/organisations$/);
  await page.locator('#field-name').fill(orgName);
  await page.locator('#field-kind').selectOption('municipality');
  await page.locator('#org-create').click();
  await expect(page).toHaveURL(/\/organisations\/\d+$/);
  await ready(page, testInfo);
  await expect(page.locator('h1')).toHaveText(orgName);
  await page.locator('#invite-form #field-name').fill('Anne Admin');
  await page.locator('#invite-form #field-email').fill(anne);
  await page.locator('#field-role').selectOption('admin');
  await page.locator('#invite-submit').click();
  await expect(page.locator('#org-flash')).toBeVisible();
  await expect(page.locator(`#invitations tr[data-email="${anne}"]`)).toHaveAttribute('data-state', 'open');
  await signOut(page);

  // Anne joins by the link in her email: a new account with the invited address.
  let mail = await mailTo(anne);
  expect(mail.subject).toBe(`${orgName} inviterer deg til RTW Academy`);
  await open(page, testInfo, invitationLink(mail.text));
  await expect(page.locator('#invitation-lead')).toContainText(orgName);
  await expect(page.locator('#field-invited-email')).toHaveValue(anne);
  await expectAccessible(page, testInfo);
  await shot(page, testInfo, 'invitation');
  await page.locator('#field-password').fill(PASSWORD);
  await page.locator('#join-invitation').click();
  await expect(page).toHaveURL(/\/account\?joined=1/);
  await ready(page, testInfo);
  await expect(page.locator('#joined')).toBeVisible();
  await expect(page.locator('#organisations h3')).toHaveText(orgName);

  // Anne pastes a list with a mistake: the dry run shows it and imports nothing.
  await page.locator('#nav-organisations').click();
  await expect(page).toHaveURL(/\/organisations$/);
  await ready(page, testInfo);
  await page.getByRole('link', { name: orgName }).click();
  await expect(page).toHaveURL(/\/organisations\/\d+$/);
  await ready(page, testInfo);
  const orgUrl = page.url();
  await page.locator('#field-roster').fill(`Navn;E-post;Rolle\nEmil Ansatt;${emil};medlem\nUten Adresse;;medlem\n`);
  await page.locator('#roster-check').click();
  await expect(page).toHaveURL(/\/imports\/\d+$/);
  await ready(page, testInfo);
  await expect(page.locator('#import-problems li[data-line="3"]')).toContainText('Linje 3');
  await expect(page.locator('#import-apply')).toHaveCount(0);
  await expectAccessible(page, testInfo);
  await shot(page, testInfo, 'import-problems');

  // The corrected list: the dry run says what will happen, then one button sends it.
  await open(page, testInfo, orgUrl);
  if (jsEnabled(testInfo)) {
    // A file chosen in the picker fills the list, also one Excel saved in Windows-1252.
    await page.locator('#field-roster-file').setInputFiles({
      name: 'ansatte.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Navn;E-post\r\nÅse Ærlig Øvreås;ase@example.no\r\n', 'latin1'),
    });
    await expect(page.locator('#field-roster')).toHaveValue(/Åse Ærlig Øvreås;ase@example\.no/);
  } else {
    await expect(page.locator('#field-roster-file')).toBeHidden();
  }
  await page.locator('#field-roster').fill(`Navn;E-post;Rolle\nEmil Ansatt;${emil};medlem\n`);
  await page.locator('#roster-check').click();
  await expect(page).toHaveURL(/\/imports\/\d+$/);
  await ready(page, testInfo);
  await expect(page.locator(`#import-rows tr[data-email="${emil}"]`)).toHaveAttribute('data-outcome', 'invite');
  await shot(page, testInfo, 'import-dry-run');
  await page.locator('#import-apply').click();
  await expect(page).toHaveURL(/\/organisations\/\d+\?imported=1$/);
  await ready(page, testInfo);
  await expect(page.locator('#org-flash')).toContainText('Én invitasjon er sendt');
  await expect(page.locator(`#invitations tr[data-email="${emil}"]`)).toHaveAttribute('data-state', 'open');

  // Anne connects the HR system's webhook receiver for completed modules.
  const receiver = await startReceiver();
  await page.locator('#org-webhooks-link').click();
  await expect(page).toHaveURL(/\/organisations\/\d+\/webhooks$/);
  await ready(page, testInfo);
  await expect(page.locator('#hooks-none')).toBeVisible();
  await page.locator('#field-url').fill(receiver.url);
  await page.locator('#field-event_module_completed').check();
  await page.locator('#webhook-create').click();
  await expect(page).toHaveURL(/\/webhooks\?created=\d+$/);
  await ready(page, testInfo);
  const secret = (await page.locator('#webhook-secret').inputValue()).trim();
  expect(secret).toMatch(/^whsec_[0-9a-f]{64}$/);
  await expect(page.locator('#hooks tbody tr')).toHaveAttribute('data-state', 'active');
  await signOut(page);

  // Emil joins and completes the practice module (its lesson, its quizzes and its case; the
  // lesson and the check earn a certificate).
  mail = await mailTo(emil);
  await open(page, testInfo, invitationLink(mail.text));
  await expect(page.locator('#field-name')).toHaveValue('Emil Ansatt');
  await page.locator('#field-password').fill(PASSWORD);
  await page.locator('#join-invitation').click();
  await expect(page).toHaveURL(/\/account\?joined=1/);
  await completePracticeModule(page, testInfo);

  // The HR system's receiver is told, signed with the secret Anne was shown.
  await expect.poll(() => receiver.got.length, { timeout: 30_000 }).toBe(1);
  const hook = receiver.got[0];
  receiver.close();
  expect(hook.headers['rtw-webhook-event']).toBe('module.completed');
  expect(signatureHolds(hook, secret), 'the signature holds').toBe(true);
  const event = JSON.parse(hook.body);
  expect(event.data).toMatchObject({ course_id: 'test-practice', module_id: 'practice', person: { email: emil } });
  await open(page, testInfo, '/account');
  const mine = page.locator('#my-org-0-record');
  await expect(mine.locator('[data-fact="lessons"]')).toHaveText('1');
  await expect(mine.locator('[data-fact="quizzes"]')).toHaveText('2');
  await expect(mine.locator('[data-fact="modules"]')).toHaveText('1');
  await expect(mine.locator('[data-fact="certificates"]')).toContainText('Gyldig');
  await expectAccessible(page, testInfo);
  await shot(page, testInfo, 'account-organisations');
  await signOut(page);

  // Anne's page shows Emil's progress and certificate: the same record Emil saw.
  await signIn(page, testInfo, anne);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await open(page, testInfo, orgUrl);
  const row = page.locator(`#members tr[data-email="${emil}"]`);
  await expect(row.locator('td').nth(3)).toHaveText('1');
  await expect(row.locator('td').nth(4)).toHaveText('2');
  await expect(row.locator('td').nth(5)).toHaveText('1');
  await expect(row).toContainText('Gyldig');
  await expect(page.locator(`#invitations tr[data-email="${emil}"]`)).toHaveAttribute('data-state', 'accepted');
  // Certificates at a glance: Emil's is valid for a year, Anne has none; each count lists its people.
  await expect(page.locator('#standing-summary li[data-standing="valid"] .standing-count')).toHaveText('1');
  await expect(page.locator('#standing-summary li[data-standing="missing"] .standing-count')).toHaveText('1');
  await expect(page.locator('#standing-summary li[data-standing="expiring"] .standing-count')).toHaveText('0');
  // Completion by module: one of the two people completed the practice module, this week.
  const practice = page.locator('#modules tr[data-course="test-practice"][data-module="practice"]');
  await expect(practice.locator('td[data-completed]')).toHaveAttribute('data-completed', '1');
  await expect(practice.locator('progress')).toHaveAttribute('max', '2');
  await expect(page.locator('#weeks tbody tr').first().locator('td').last()).toHaveText('1');
  await expect(page.locator('#weeks-chart rect[data-lessons="1"]')).toHaveCount(1);
  await expectAccessible(page, testInfo);
  await shot(page, testInfo, 'organisation');
  await page.locator('#standing-summary li[data-standing="missing"] a').click();
  await expect(page).toHaveURL(/standing=missing/);
  await ready(page, testInfo);
  await expect(page.locator('#members tbody tr')).toHaveCount(1);
  await expect(page.locator(`#members tr[data-email="${anne}"]`)).toBeVisible();
  await expect(page.locator('#standing-filter')).toContainText('én person');
  // With a window of 180 days Emil's certificate (a year) still counts as valid.
  await page.locator('#field-within').selectOption('180');
  await page.locator('#standing-apply').click();
  await expect(page).toHaveURL(/within=180/);
  await ready(page, testInfo);
  await expect(page.locator('#standing-summary li[data-standing="valid"] .standing-count')).toHaveText('1');
  await page.locator('#standing-summary li[data-standing="valid"] a').click();
  await expect(page).toHaveURL(/standing=valid&within=180/);
  await ready(page, testInfo);
  await expect(page.locator('#members tbody tr')).toHaveCount(1);
  await expect(page.locator(`#members tr[data-email="${emil}"]`)).toBeVisible();
  await page.locator('#standing-all').click();
  await expect(page.locator('#members tbody tr')).toHaveCount(2);
  // Drilling down to Emil: his record and each module, the practice module completed.
  await page.locator(`#members tr[data-email="${emil}"] th a`).click();
  await expect(page).toHaveURL(/\/people\/\d+$/);
  await ready(page, testInfo);
  await expect(page.locator('#person-modules tr[data-module="practice"]')).toHaveAttribute('data-done', 'true');
  await expect(page.locator('#person-record [data-fact="modules"]')).toHaveText('1');
  await expectAccessible(page, testInfo);
  await shot(page, testInfo, 'org-person');

  // The delivery log shows the event delivered.
  await open(page, testInfo, `${orgUrl}/webhooks`);
  await expect(page.locator('#deliveries tbody tr[data-event="module.completed"]')).toHaveAttribute('data-state', 'delivered');
  await expectAccessible(page, testInfo);
  await shot(page, testInfo, 'webhooks');
  await open(page, testInfo, orgUrl);

  // Anne connects the HR system: a token that reads completed modules, shown once.
  await page.locator('#org-api-link').click();
  await expect(page).toHaveURL(/\/organisations\/\d+\/api$/);
  await ready(page, testInfo);
  await expect(page.locator('#tokens-none')).toBeVisible();
  await page.locator('#token-create').click();
  await expect(page.locator('#field-scopes-error')).toBeVisible();
  await page.locator('#field-name').fill('Visma HR');
  await page.locator('#field-scope_completions').check();
  await page.locator('#token-create').click();
  await expect(page).toHaveURL(/\/api\?created=\d+$/);
  await ready(page, testInfo);
  const token = (await page.locator('#revealed-token').inputValue()).trim();
  expect(token.split('.')).toHaveLength(3);
  await expect(page.locator('#tokens tbody tr')).toHaveCount(1);
  await expect(page.locator('#tokens tbody tr')).toHaveAttribute('data-state', 'active');
  await expectAccessible(page, testInfo);
  await shot(page, testInfo, 'hr-token');

  // The HR system reads Emil's completed module with it.
  const feed = await page.request.get('/api/v1/completions', { headers: { Authorization: `Bearer ${token}` } });
  expect(feed.status()).toBe(200);
  const completions = (await feed.json()).data;
  expect(completions).toHaveLength(1);
  expect(completions[0]).toMatchObject({ course_id: 'test-practice', module_id: 'practice', module_title: 'Øving' });
  const people = await page.request.get('/api/v1/people', { headers: { Authorization: `Bearer ${token}` } });
  expect(people.status(), 'the token may read completions only').toBe(403);

  // Shown once: reloading the page does not show it again. Revoked, it stops working.
  await page.reload();
  await ready(page, testInfo);
  await expect(page.locator('#revealed-token')).toHaveCount(0);
  await page.locator('#tokens tbody tr button').click();
  await expect(page.locator('#tokens tbody tr')).toHaveAttribute('data-state', 'revoked');
  const refused = await page.request.get('/api/v1/completions', { headers: { Authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
});
