// Every page of every role's journey (anonymous visitor, learner, administrator — who is also the
// author, until authors get accounts of their own), checked the same way:
// - axe-core finds no WCAG 2.1 A/AA violation in the light and the dark colour scheme, at desktop
//   width and at 320 px;
// - at 320 px nothing scrolls sideways (reflow, WCAG 1.4.10);
// - with the text at 200 % (WCAG 1.4.4) every piece of text outside charts is twice its size, nothing
//   scrolls sideways at desktop width and no text is cut off by its box.
// axe runs inside the page, so this spec runs hydrated only; the markup is the server's HTML.
import { expect, Page, test, TestInfo } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';
import { SHOTS_DIR } from '../playwright.config';
import { createAdmin, earnPracticeCertificate, expectAccessible, mailTo, PASSWORD, ready, register, shot, signIn, uniqueEmail } from './helpers';

const DESKTOP = { width: 1280, height: 900 };
const checked: string[] = [];
/** The pages shown in the README, shot at desktop and phone size into target/e2e/screenshots/readme. */
const README = ['home', 'programme', 'lesson', 'attempt', 'case-situation', 'case-ending', 'certificates', 'quiz-statistics'];

async function readmeShots(page: Page, name: string) {
  const dir = path.join(SHOTS_DIR, 'readme');
  fs.mkdirSync(dir, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: path.join(dir, `${name}-desktop.png`) });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.screenshot({ path: path.join(dir, `${name}-mobile.png`) });
  await page.setViewportSize(DESKTOP);
}

/** Text at 200 %: sizes doubled, no sideways scrolling, nothing cut off. */
async function expectTextResizes(page: Page) {
  const result = await page.evaluate(async () => {
    const texts = Array.from(document.querySelectorAll<HTMLElement>('body *')).filter(
      (el) =>
        !el.closest('svg, .visually-hidden, script, style, noscript') &&
        el.getClientRects().length > 0 &&
        Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''),
    );
    const before = texts.map((el) => parseFloat(getComputedStyle(el).fontSize));
    document.documentElement.style.fontSize = '200%';
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const notDoubled = texts
      .filter((el, i) => parseFloat(getComputedStyle(el).fontSize) < before[i] * 1.99)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent!.trim().slice(0, 40)}"`);
    const cut = Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter((el) => {
        if (el.closest('svg, .visually-hidden') || el.getClientRects().length === 0 || !el.textContent!.trim()) return false;
        const s = getComputedStyle(el);
        const clips = (v: string) => v === 'hidden' || v === 'clip';
        return (
          (clips(s.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
          (clips(s.overflowY) && el.scrollHeight > el.clientHeight + 1)
        );
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    const sideways = document.documentElement.scrollWidth - window.innerWidth;
    document.documentElement.style.fontSize = '';
    return { notDoubled, cut, sideways, count: texts.length };
  });
  expect(result.count, 'text found on the page').toBeGreaterThan(5);
  expect(result.notDoubled, `text that does not grow to 200 % on ${page.url()}`).toEqual([]);
  expect(result.cut, `text cut off at 200 % on ${page.url()}`).toEqual([]);
  expect(result.sideways, `sideways scrolling at 200 % text on ${page.url()}`).toBeLessThanOrEqual(0);
}

/** What the browser refused under the Content Security Policy, per page. */
const refused = new WeakMap<Page, string[]>();
test.beforeEach(({ page }) => {
  const list: string[] = [];
  refused.set(page, list);
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) list.push(`${page.url()}: ${m.text()}`);
  });
});

/** The whole check, on the page as it is now. */
async function check(page: Page, testInfo: TestInfo, name: string) {
  expect(refused.get(page) ?? [], 'nothing refused by the Content Security Policy').toEqual([]);
  await expectAccessible(page, testInfo);
  await expectTextResizes(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, testInfo);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 320, height: 800 });
  await expectAccessible(page, testInfo);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  // What sticks out, to say where the problem is when there is one.
  const wide = await page.evaluate(() =>
    Array.from(document.querySelectorAll('body *'))
      .filter((e) => e.getBoundingClientRect().right > 321 && !e.closest('.table-scroll'))
      .slice(-3)
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${e.className} (${Math.round(e.getBoundingClientRect().right)} px)`),
  );
  expect(width, `sideways scrolling at 320 px on ${page.url()}: ${wide.join(', ')}`).toBeLessThanOrEqual(320);
  await shot(page, testInfo, `page-${name}-mobile`);
  await page.setViewportSize(DESKTOP);
  await shot(page, testInfo, `page-${name}`);
  if (README.includes(name)) await readmeShots(page, name);
  checked.push(`${name} ${new URL(page.url()).pathname}`);
}

/** Opens `url` (expecting `status`) and checks it. */
async function visit(page: Page, testInfo: TestInfo, url: string, name: string, status = 200) {
  const response = await page.goto(url);
  expect(response!.status(), `status of ${url}`).toBe(status);
  const csp = (await response!.headerValue('content-security-policy')) ?? '';
  expect(csp, `the policy of ${url}`).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9_-]{16,}' 'wasm-unsafe-eval';/);
  await ready(page, testInfo);
  await check(page, testInfo, name);
}

test.afterAll(() => console.log(`pages checked:\n  ${checked.join('\n  ')}`));

test('every page an anonymous visitor can reach', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await visit(page, testInfo, '/', 'home-anonymous');
  await visit(page, testInfo, '/register', 'register');
  await page.locator('#register-submit').click();
  await expect(page.locator('#field-name-error')).toBeVisible();
  await check(page, testInfo, 'register-errors');
  await visit(page, testInfo, '/sign-in', 'sign-in');
  await page.getByLabel('E-postadresse').fill('ingen@example.no');
  await page.getByLabel('Passord', { exact: true }).fill('feil passord her');
  await page.locator('#sign-in-submit').click();
  await expect(page.locator('#form-error')).toBeVisible();
  await check(page, testInfo, 'sign-in-error');
  await visit(page, testInfo, '/sso/failed?reason=expired', 'sso-failed');
  await visit(page, testInfo, '/sso/link', 'sso-link-nothing');
  await visit(page, testInfo, '/forgot-password', 'forgot-password');
  await visit(page, testInfo, '/reset-password?token=ugyldig', 'reset-password');
  await visit(page, testInfo, '/verify', 'verify');
  await visit(page, testInfo, '/verify/RTW-0000-0000-0000-0000', 'verify-unknown');
  await visit(page, testInfo, '/accessibility', 'accessibility');
  await visit(page, testInfo, '/courses/rtw-coordinator', 'programme-anonymous-asks-to-sign-in');
  await visit(page, testInfo, '/finnes-ikke', 'not-found', 404);
});

test('the page after deleting an account', async ({ page }, testInfo) => {
  await register(page, testInfo, 'Slett Testesen', uniqueEmail('deleted'));
  await expect(page).toHaveURL(/\/courses\/rtw-coordinator$/);
  await page.goto('/account');
  await ready(page, testInfo);
  await page.getByLabel('Passord', { exact: true }).fill(PASSWORD);
  await page.locator('#field-confirm').check();
  await page.locator('#delete-account').click();
  await expect(page.locator('#account-deleted')).toBeVisible();
  await ready(page, testInfo);
  await check(page, testInfo, 'account-deleted');
});

test('every page of a learner\'s journey, in every language', async ({ page }, testInfo) => {
  test.setTimeout(360_000);
  await register(page, testInfo, 'Side Testesen', uniqueEmail('pages'));
  await expect(page).toHaveURL(/\/courses\/rtw-coordinator$/);
  await ready(page, testInfo);
  await check(page, testInfo, 'programme');
  await visit(page, testInfo, '/', 'home');
  await visit(page, testInfo, '/courses/rtw-coordinator/lessons/norwegian-timeline', 'lesson');

  // The quiz page, an attempt with feedback as you go, and the review.
  await visit(page, testInfo, '/courses/test-practice/quizzes/practice-check', 'quiz');
  await page.locator('#start-quiz').click();
  await ready(page, testInfo);
  await expect(page.locator('#attempt-form')).toBeVisible();
  await check(page, testInfo, 'attempt');
  await page.locator('[data-check="practice-a"]').click();
  await expect(page.locator('#check-error-practice-a')).toBeVisible();
  await check(page, testInfo, 'attempt-check-error');
  await page.getByLabel('Riktig svar A').check();
  await page.locator('[data-check="practice-a"]').click();
  await expect(page.locator('#feedback-practice-a')).toBeVisible();
  await page.getByLabel('Sant', { exact: true }).check();
  await page.locator('#submit-attempt').click();
  await ready(page, testInfo);
  await expect(page.locator('#review-verdict')).toBeVisible();
  await check(page, testInfo, 'review');
  await visit(page, testInfo, '/courses/test-practice/quizzes/practice-check', 'quiz-after');

  // A case: overview, a situation, the ending with its debrief.
  await page.goto('/courses/test-practice/lessons/practice-lesson');
  await ready(page, testInfo);
  await page.locator('#complete-lesson').click();
  await expect(page.locator('#lesson-completed')).toBeVisible();
  await visit(page, testInfo, '/courses/test-practice/cases/practice-case', 'case');
  await page.locator('#start-case').click();
  await ready(page, testInfo);
  await expect(page.locator('#situation-heading')).toBeVisible();
  await check(page, testInfo, 'case-situation');
  await page.getByRole('button', { name: 'Vent til Siri er friskere' }).click();
  await expect(page.locator('#case-events')).toBeVisible();
  await page.getByRole('button', { name: 'Gå gjennom planen og avtal tilrettelegging' }).click();
  await expect(page.locator('#debrief')).toBeVisible();
  await check(page, testInfo, 'case-ending');

  // Certificates, the CPD log with its errors, and the holder's view of verification.
  await visit(page, testInfo, '/certificates', 'certificates');
  const code = (await page.locator('.certificate-card .code').textContent())!.trim();
  await visit(page, testInfo, '/certificates/cpd', 'cpd');
  await page.locator('#cpd-add').click();
  await expect(page.locator('.field-error').first()).toBeVisible();
  await check(page, testInfo, 'cpd-errors');
  await visit(page, testInfo, `/verify/${code}`, 'verify-holder');
  await visit(page, testInfo, '/account', 'account');
  await page.locator('#delete-account').click();
  await expect(page.locator('#field-confirm-error')).toBeVisible();
  await check(page, testInfo, 'account-errors');

  // The other languages: the page's language follows the choice, and a lesson or case without a
  // translation says so and marks its text as bokmål.
  for (const [lang, heading, fallback] of [['nn', 'Tilgjengelegheitserklæring', true], ['sv', 'Tillgänglighetsredogörelse', true], ['en', 'Accessibility statement', false]] as const) {
    await page.goto('/courses/rtw-coordinator');
    await ready(page, testInfo);
    await page.locator('#language-select').selectOption(lang);
    await page.locator('#language-form button[type=submit]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await ready(page, testInfo);
    await check(page, testInfo, `programme-${lang}`);
    await visit(page, testInfo, '/courses/rtw-coordinator/lessons/employer-and-closest-manager', `lesson-${lang}`);
    await expect(page.locator('#language-fallback')).toHaveCount(fallback ? 1 : 0);
    await expect(page.locator('#lesson .prose')).toHaveAttribute('lang', fallback ? 'nb' : 'en');
    await visit(page, testInfo, '/courses/rtw-coordinator/cases/hanna-hospital-ward', `case-${lang}`);
    await expect(page.locator('.language-fallback')).toHaveCount(fallback ? 1 : 0);
    await expect(page.locator('#case h1')).toHaveAttribute('lang', fallback ? 'nb' : 'en');
    if (lang === 'nn') {
      // A quiz attempt in bokmål says so too, and marks its questions as bokmål.
      await page.goto('/courses/rtw-coordinator/quizzes/module-2-quiz');
      await ready(page, testInfo);
      await page.locator('#start-quiz').click();
      await expect(page).toHaveURL(/\/attempts\/\d+$/);
      await ready(page, testInfo);
      await expect(page.locator('.language-fallback')).toHaveCount(1);
      await expect(page.locator('.question-prompt').first()).toHaveAttribute('lang', 'nb');
      await check(page, testInfo, 'attempt-nn');
    }
    await visit(page, testInfo, '/accessibility', `accessibility-${lang}`);
    await expect(page.locator('h1')).toHaveText(heading);
  }
});

test('every page of an administrator\'s and author\'s work', async ({ page }, testInfo) => {
  test.setTimeout(360_000);
  // A certificate to administer.
  await register(page, testInfo, 'Holder Testesen', uniqueEmail('held'));
  await expect(page).toHaveURL(/\/courses\/rtw-coordinator$/);
  await earnPracticeCertificate(page, testInfo);
  await page.goto('/certificates');
  await ready(page, testInfo);
  const code = (await page.locator('.certificate-card .code').textContent())!.trim();
  await page.locator('#sign-out').click();
  await expect(page.locator('#nav-sign-in')).toBeVisible();

  const admin = uniqueEmail('admin');
  createAdmin(admin);
  await signIn(page, testInfo, admin);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await visit(page, testInfo, `/verify/${code}`, 'verify-admin');
  await page.getByLabel('Begrunnelse').fill('Kontroll av siden');
  await page.locator('#change-certificate').click();
  await expect(page.locator('#verify-result')).toHaveAttribute('data-status', 'revoked');
  await check(page, testInfo, 'verify-revoked');
  await visit(page, testInfo, '/author/courses/test-practice/quizzes/practice-check/statistics', 'quiz-statistics');
  await visit(page, testInfo, '/author/courses/test-practice/cases/practice-case/analytics', 'case-analytics');
  // Authoring: the overview, a draft with a problem and a change, and the editor with its preview.
  await visit(page, testInfo, '/author', 'author');
  await page.locator('#start-draft-test-practice').click();
  await expect(page).toHaveURL(/\/author\/drafts\/\d+$/);
  const draftPath = new URL(page.url()).pathname;
  await visit(page, testInfo, `${draftPath}/edit?path=m/practice-lesson.nb.md`, 'draft-editor');
  // Added to what is there: the authoring journey, running beside this one, may have published a
  // version whose lesson shows a picture, and a picture no lesson uses would be a problem.
  const lessonText = await page.locator('#field-content').inputValue();
  await page.locator('#field-content').fill(`${lessonText.trimEnd()}\n\n## Nytt\n\nMer tekst.\n`);
  await page.locator('#save-file').click();
  await expect(page.locator('#file-saved')).toBeVisible();
  // Structured files in their forms, with a learner's preview of the quiz and the case.
  await visit(page, testInfo, `${draftPath}/edit?path=m/practice-check.quiz.toml`, 'draft-form-quiz');
  await expect(page.locator('#learner-preview')).toBeVisible();
  await visit(page, testInfo, `${draftPath}/edit?path=m/practice-case.case.toml`, 'draft-form-case');
  await expect(page.locator('#learner-preview')).toBeVisible();
  await visit(page, testInfo, '/author/courses/rtw-coordinator/changes', 'version-changes');
  await visit(page, testInfo, `${draftPath}/edit?path=m/practice-lesson.en.md`, 'draft-editor-before-problem');
  await page.locator('#field-content').fill('No front matter');
  await page.locator('#save-file').click();
  await expect(page.locator('#file-problems')).toBeVisible();
  await check(page, testInfo, 'draft-editor-problem');
  await visit(page, testInfo, draftPath, 'draft');
  await expect(page.locator('#problems')).toBeVisible();
  await expect(page.locator('#changes ins').first()).toBeVisible();
  await visit(page, testInfo, '/certificates', 'certificates-admin');
  // The learning platforms (LTI): the page, then the form with its errors.
  await visit(page, testInfo, '/lti/platforms', 'lti-platforms');
  await page.locator('#field-name').fill('KS Læring');
  await page.locator('#field-issuer').fill('ikke en adresse');
  await page.locator('#lti-add').click();
  await expect(page.locator('#field-issuer-error')).toBeVisible();
  await check(page, testInfo, 'lti-platforms-errors');

  // An organisation's pages: the list with the form that creates one, the organisation with its
  // people and invitations, a roster's dry run, its HR integration, and the invitation link.
  await visit(page, testInfo, '/organisations', 'organisations');
  const orgName = `Sjekk kommune ${Date.now()}`;
  await page.locator('#field-name').fill(orgName);
  await page.locator('#org-create').click();
  await expect(page).toHaveURL(/\/organisations\/\d+$/);
  const orgPath = new URL(page.url()).pathname;
  const invited = uniqueEmail('invited');
  await page.locator('#field-roster').fill(`Navn;E-post\nIda Invitert;${invited}\nUten Adresse;\n`);
  await page.locator('#roster-check').click();
  await expect(page).toHaveURL(/\/imports\/\d+$/);
  await visit(page, testInfo, new URL(page.url()).pathname, 'roster-import');
  await visit(page, testInfo, orgPath, 'organisation-empty');
  await page.locator('#invite-form #field-name').fill('Ida Invitert');
  await page.locator('#invite-form #field-email').fill(invited);
  await page.locator('#invite-submit').click();
  await expect(page.locator(`#invitations tr[data-email="${invited}"]`)).toBeVisible();
  await visit(page, testInfo, orgPath, 'organisation');
  // The HR integration page, empty and with a token just created (shown once).
  await visit(page, testInfo, `${orgPath}/api`, 'org-api-empty');
  await page.locator('#field-name').fill('Lønn og personal');
  await page.locator('#field-scope_people').check();
  await page.locator('#field-scope_completions').check();
  await page.locator('#token-create').click();
  await expect(page).toHaveURL(/\/api\?created=\d+$/);
  await expect(page.locator('#revealed-token')).toBeVisible();
  await check(page, testInfo, 'org-api-token');
  // Its webhooks, empty and with one just added (its secret shown once).
  await visit(page, testInfo, `${orgPath}/webhooks`, 'org-webhooks-empty');
  await page.locator('#field-url').fill('https://hr.sjekk.example.org/rtw-events');
  await page.locator('#field-event_module_completed').check();
  await page.locator('#field-event_certificate_revoked').check();
  await page.locator('#webhook-create').click();
  await expect(page).toHaveURL(/\/webhooks\?created=\d+$/);
  await expect(page.locator('#webhook-secret')).toBeVisible();
  await check(page, testInfo, 'org-webhooks');
  // Its learning record store, not connected, then connected (the form shows its errors first).
  await visit(page, testInfo, `${orgPath}/xapi`, 'org-xapi-empty');
  await page.locator('#field-endpoint').fill('ftp://lrs.sjekk.example.org/');
  await page.locator('#lrs-save').click();
  await expect(page.locator('#field-endpoint-error')).toBeVisible();
  await check(page, testInfo, 'org-xapi-errors');
  await page.locator('#field-endpoint').fill('https://lrs.sjekk.example.org/xAPI/');
  await page.locator('#field-username').fill('rtw');
  await page.locator('#field-password').fill('lrs-passord');
  await page.locator('#lrs-save').click();
  await expect(page.locator('#lrs-connection')).toHaveAttribute('data-state', 'on');
  await check(page, testInfo, 'org-xapi');
  // Single sign-on, not connected, then the form with its errors.
  await visit(page, testInfo, `${orgPath}/sign-in`, 'org-sso-empty');
  await page.locator('#field-issuer').fill('ftp://idp.sjekk.example.org/');
  await page.locator('#sso-save').click();
  await expect(page.locator('#field-issuer-error')).toBeVisible();
  await expect(page.locator('#field-client_id-error')).toBeVisible();
  await check(page, testInfo, 'org-sso-errors');
  // Bulk verification: the empty form, then a list with an address and a code that does not exist.
  await visit(page, testInfo, `${orgPath}/verify`, 'bulk-verify-empty');
  await page.locator('#field-list').fill(`${invited}\nRTW-0000-0000-0000-0000\nikke-en-kode`);
  await page.locator('#bulk-check').click();
  await expect(page).toHaveURL(/\/verify\/\d+$/);
  await expect(page.locator('#bulk-rows tbody tr')).toHaveCount(3);
  await check(page, testInfo, 'bulk-verify');
  // A cohort, made on the organisation page, with its own page.
  await visit(page, testInfo, orgPath, 'organisation-before-cohort');
  await page.locator('#cohort-new summary').click();
  await page.locator('#cohort-form #field-name').fill('Kull vår 2027');
  await page.locator('#field-deadline').fill('2099-03-01');
  await page.locator('#cohort-create').click();
  await expect(page).toHaveURL(/\/cohorts\/\d+$/);
  // Nobody has joined this organisation yet (Ida is only invited): an empty cohort.
  await expect(page.locator('#cohort-members-none')).toBeVisible();
  await check(page, testInfo, 'cohort');
  // A learning network with this organisation in it. Another organisation with a long name is a
  // candidate too, so the choice of organisations must still fit a narrow screen.
  await page.goto('/organisations');
  await page.locator('#field-name').fill(`Interkommunalt samarbeid om helse- og omsorgstjenester i Nord-Østerdal ${Date.now()}`);
  await page.locator('#org-create').click();
  await expect(page).toHaveURL(/\/organisations\/\d+$/);
  await visit(page, testInfo, '/networks', 'networks');
  await page.locator('#network-form #field-name').fill(`Nettverk ${uniqueEmail('n').split('@')[0]}`);
  await page.locator('#network-create').click();
  await expect(page).toHaveURL(/\/networks\/\d+$/);
  await page.locator('#field-org_id').selectOption({ label: orgName });
  await page.locator('#network-add').click();
  await expect(page.locator('#network-orgs tbody tr')).toHaveCount(1);
  await check(page, testInfo, 'network');
  const mail = await mailTo(invited);
  const link = mail.text.match(/http:\/\/\S+\/invitation\?token=[A-Za-z0-9._-]+/)![0];
  await page.locator('#sign-out').click();
  await expect(page.locator('#nav-sign-in')).toBeVisible();
  await visit(page, testInfo, link, 'invitation');
});
