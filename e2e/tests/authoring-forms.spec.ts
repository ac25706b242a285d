// An author changes a quiz in its form (no TOML), sees it as a learner would, adds an option to
// an item bank and removes it again. Runs hydrated and without JavaScript: the form is a plain
// form post either way. Nothing is published, so the two runs never meet.
import { expect, test } from '@playwright/test';
import { open, ready, registerAuthor, shot, signIn, uniqueEmail } from './helpers';

const QUIZ = '01-rtw-and-the-coordinator/module-1-quiz.quiz.toml';
const ITEMS = 'items/01-rtw-and-the-coordinator.toml';

test('an author edits a quiz in its form, previews it as a learner, and adds and removes an option', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const aud = uniqueEmail('aud-form');
  await registerAuthor(page, testInfo, 'Aud Skjema', aud);
  await signIn(page, testInfo, aud);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));

  await open(page, testInfo, '/author');
  await page.locator('#start-draft-rtw-coordinator').click();
  await expect(page).toHaveURL(/\/author\/drafts\/\d+$/);
  await ready(page, testInfo);
  const draftUrl = page.url();

  // The quiz opens in its form, with the questions as a learner sees them beside it.
  await page.locator(`#draft-files li[data-path="${QUIZ}"] a`).click();
  await expect(page).toHaveURL(/\/edit\?path=/);
  await ready(page, testInfo);
  await expect(page.locator('#structured-form')).toBeVisible();
  await expect(page.locator('#learner-preview #q-m01-what-a-coordinator-does-prompt')).toBeVisible();
  const passMark = page.locator('#ff-pass_mark');
  await expect(passMark).toHaveValue('80');
  await passMark.fill('70');
  const title = page.getByLabel('title (Norsk bokmål)');
  const newTitle = `Test: modul 1 – endret i skjema ${Date.now()}`;
  await title.fill(newTitle);
  // Enter in a field saves (it never adds or removes an entry).
  await title.press('Enter');
  await expect(page.locator('#file-saved')).toBeVisible();
  await ready(page, testInfo);
  await expect(page.locator('#ff-pass_mark')).toHaveValue('70');
  await expect(page.locator('#learner-preview .preview-title')).toHaveText(newTitle);
  await shot(page, testInfo, 'author-form');

  // The text view shows the same file, with only those lines changed.
  await page.locator('#edit-as-text').click();
  await ready(page, testInfo);
  await expect(page.locator('#field-content')).toHaveValue(/\npass_mark = 70\n/);

  // An item bank: add an option to the first item, see the validator ask for it, remove it.
  await open(page, testInfo, draftUrl);
  await page.locator(`#draft-files li[data-path="${ITEMS}"] a`).click();
  await ready(page, testInfo);
  await page.locator('#add-entry-items-0-options').click();
  await expect(page).toHaveURL(/#entry-items-0-options-\d+$/);
  await ready(page, testInfo);
  await expect(page.locator('#file-problems')).toBeVisible();
  const added = new URL(page.url()).hash.slice(1);
  const entry = page.locator(`[id="${added}"]`);
  await expect(entry.locator('legend')).toHaveText(/^options \d+$/);
  await entry.locator('.remove-entry summary').click();
  await entry.locator('.remove-entry button').click();
  await expect(page.locator('#file-saved')).toBeVisible();
  await ready(page, testInfo);
  await expect(page.locator(`[id="${added}"]`)).toHaveCount(0);

  // The draft lists exactly the quiz's change (the item bank is as it was).
  await open(page, testInfo, draftUrl);
  await expect(page.locator('#changes ins', { hasText: 'pass_mark = 70' })).toBeVisible();
  await expect(page.locator(`#changes pre[data-path="${ITEMS}"]`)).toHaveCount(0);
  await expect(page.locator('#no-problems')).toBeVisible();
});
