// An author edits a lesson in the browser, a second author approves it, and a learner who starts
// the course afterwards reads the new version. Runs hydrated (with the live preview) and without
// JavaScript (plain form posts). Each mode edits its own course, so the two runs, which may go at
// the same time, never publish over each other.
import { expect, test } from '@playwright/test';
import path from 'node:path';
import { ROOT } from '../playwright.config';
import { jsEnabled, open, ready, register, registerAuthor, shot, signIn, signOut, uniqueEmail } from './helpers';

const PICTURE = 'Arbeidstakeren, arbeidsgiveren og NAV, bundet sammen';

test('an author edits a lesson, a second author approves it, and a new learner reads it', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const js = jsEnabled(testInfo);
  const course = js
    ? { id: 'test-practice', file: 'm/practice-lesson.nb.md', lesson: '/courses/test-practice/lessons/practice-lesson' }
    : { id: 'rtw-coordinator', file: '01-rtw-and-the-coordinator/why-coordination.nb.md', lesson: '/courses/rtw-coordinator/lessons/why-coordination' };
  const marker = `Nytt avsnitt ${Date.now()} om tidlig kontakt.`;

  const aud = uniqueEmail('aud');
  const bo = uniqueEmail('bo');
  for (const [name, email] of [['Bo Forfatter', bo], ['Aud Forfatter', aud]]) {
    await registerAuthor(page, testInfo, name, email);
  }
  // Hydrated, the new version is sent as compatible: Kim, who has started, moves to it. (Without
  // JavaScript it is not, so learners of the bundled programme that other tests use stay put.)
  const kim = uniqueEmail('kim');
  if (js) {
    await register(page, testInfo, 'Kim Kompatibel', kim);
    await expect(page.locator('#signed-in-as')).toBeVisible();
    await open(page, testInfo, course.lesson);
    await page.locator('#complete-lesson').click();
    await expect(page.locator('#complete-lesson')).toHaveCount(0);
    await signOut(page);
  }

  // Aud starts a draft and edits the lesson.
  await signIn(page, testInfo, aud);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await open(page, testInfo, '/');
  await page.locator('#nav-author').click();
  await expect(page).toHaveURL(/\/author$/);
  await ready(page, testInfo);
  await page.locator(`#start-draft-${course.id}`).click();
  await expect(page).toHaveURL(/\/author\/drafts\/\d+$/);
  await ready(page, testInfo);
  await expect(page.locator('#draft')).toHaveAttribute('data-state', 'draft');
  await expect(page.locator('#no-problems')).toBeVisible();
  const draftUrl = page.url();
  // Aud adds a picture beside the lesson (a plain multipart form, with or without JavaScript).
  await page.getByLabel('Mappe', { exact: true }).selectOption(course.file.split('/')[0]);
  await page.getByLabel('Fil', { exact: true }).setInputFiles(path.join(ROOT, 'e2e', 'fixtures', 'three-actors.png'));
  await page.locator('#upload-asset').click();
  await expect(page.locator('#asset-saved')).toBeVisible();
  await ready(page, testInfo);
  await expect(page.locator('#asset-list li')).toHaveCount(1);
  await page.locator(`#draft-files li[data-path="${course.file}"] a`).click();
  await expect(page).toHaveURL(/\/edit\?path=/);
  await ready(page, testInfo);
  const editor = page.getByLabel('Filens tekst');
  const original = await editor.inputValue();
  expect(original).toContain('+++');
  await editor.fill(`${original.trimEnd()}\n\n${marker}\n\n![${PICTURE}](three-actors.png)\n`);
  if (js) {
    // The preview follows the typing before anything is saved.
    await expect(page.locator('#preview-body')).toContainText(marker);
  }
  await page.locator('#save-file').click();
  await expect(page.locator('#file-saved')).toBeVisible();
  await ready(page, testInfo);
  await expect(page.locator('#preview-body')).toContainText(marker);
  await shot(page, testInfo, 'author-editor');

  // Back on the draft: the change is listed, and Aud sends it for review.
  await open(page, testInfo, draftUrl);
  await expect(page.locator('#changes ins', { hasText: marker })).toBeVisible();
  if (js) await page.getByLabel('Deltakere som har startet, flyttes til den nye versjonen').check();
  await page.locator('#submit-draft').click();
  await expect(page.locator('#draft')).toHaveAttribute('data-state', 'in_review');
  await ready(page, testInfo);
  // Four eyes: Aud cannot approve her own change.
  await expect(page.locator('#needs-other-reviewer')).toBeVisible();
  await expect(page.locator('#approve-draft')).toHaveCount(0);
  await signOut(page);

  // Bo reviews and approves.
  await signIn(page, testInfo, bo);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await open(page, testInfo, draftUrl);
  await expect(page.locator('#changes ins', { hasText: marker })).toBeVisible();
  await expect(page.locator('#compatible-note')).toHaveCount(js ? 1 : 0);
  await shot(page, testInfo, 'author-review');
  await page.locator('#approve-draft').click();
  await expect(page.locator('#draft-published')).toBeVisible();
  await expect(page.locator('#draft')).toHaveAttribute('data-state', 'published');
  await signOut(page);

  if (js) {
    // Kim was moved: she reads the new text, and the lesson she finished still counts.
    await signIn(page, testInfo, kim);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await open(page, testInfo, course.lesson);
    await expect(page.locator('.lesson-body')).toContainText(marker);
    await expect(page.locator('#complete-lesson')).toHaveCount(0);
    await open(page, testInfo, `/courses/${course.id}`);
    await expect(page.locator('#programme-moved')).toBeVisible();
    await shot(page, testInfo, 'programme-moved');
    await signOut(page);
  }

  // A learner who starts now reads the new version.
  await register(page, testInfo, 'Lea Leser', uniqueEmail('lea'));
  await expect(page.locator('#signed-in-as')).toBeVisible();
  await open(page, testInfo, course.lesson);
  await expect(page.locator('.lesson-body')).toContainText(marker);
  // The picture is there and loads (the browser decoded it).
  const picture = page.locator(`.lesson-body img[alt="${PICTURE}"]`);
  await expect(picture).toBeVisible();
  expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
  await shot(page, testInfo, 'lesson-with-picture');
  await signOut(page);

  // Bo withdraws the new version again, saying why; whoever starts afterwards gets the one before.
  await signIn(page, testInfo, bo);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await open(page, testInfo, '/author');
  const newest = page.locator(`#versions-${course.id} li`).first();
  await newest.locator('summary').click();
  await newest.getByLabel('Hvorfor').fill('Avsnittet må skrives om');
  await newest.locator('button[type=submit]').click();
  await expect(page.locator(`#versions-${course.id} li`).first()).toHaveAttribute('data-withdrawn', 'true');
  await shot(page, testInfo, 'author-overview');
  await signOut(page);
  await register(page, testInfo, 'Sen Leser', uniqueEmail('sen'));
  await expect(page.locator('#signed-in-as')).toBeVisible();
  await open(page, testInfo, course.lesson);
  await expect(page.locator('.lesson-body')).not.toContainText(marker);
});
