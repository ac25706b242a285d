// Taking an end-of-module quiz: the rules are shown, the attempt carries no answer key (in the
// page or in any response the browser receives), and submitting shows the review.
import { expect, test } from '@playwright/test';
import { COURSE, ready, register, shot, uniqueEmail } from './helpers';

test('a learner takes the module 1 quiz and sees the review, with no key sent before submitting', async ({ page }, testInfo) => {
  const bodies: string[] = [];
  page.on('response', async (response) => {
    // Pages and server-function answers: what carries data (the wasm bundle only has field names).
    const type = response.headers()['content-type'] ?? '';
    if (!/html|json|text\/plain|octet|cbor/.test(type) || response.url().endsWith('.wasm')) return;
    try {
      bodies.push(await response.text());
    } catch {
      // redirects and aborted requests have no body
    }
  });

  await register(page, testInfo, 'Quiz Testesen', uniqueEmail('quiz'));
  await expect(page).toHaveURL(new RegExp(`/courses/${COURSE}$`));
  await page.locator('[data-quiz="module-1-quiz"] a').click();
  await ready(page, testInfo);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Test: modul 1');
  await expect(page.locator('#quiz-rules')).toContainText('krav for å bestå 80 %');
  await shot(page, testInfo, 'quiz');

  await page.locator('#start-quiz').click();
  await ready(page, testInfo);
  await expect(page).toHaveURL(/\/quizzes\/module-1-quiz\/attempts\/\d+$/);
  const questions = page.locator('fieldset.question');
  // After a client-side navigation the attempt loads in: wait for it, do not just count.
  await expect(questions).toHaveCount(10);
  const count = 10;
  await shot(page, testInfo, 'attempt');

  // Nothing the browser has received so far says which answer is right.
  bodies.push(await page.content());
  for (const body of bodies) {
    expect(body).not.toMatch(/"correct"\s*:/);
    expect(body).not.toContain('"explanation"');
    expect(body).not.toContain('"accepted"');
    expect(body).not.toContain('"feedback"');
  }

  // Answer every question somehow: the first choice, a valid order, a number, a word.
  for (let i = 0; i < count; i++) {
    const q = questions.nth(i);
    const radios = q.locator('input[type=radio]');
    if (await radios.count()) await radios.first().check();
    const boxes = q.locator('input[type=checkbox]');
    if (await boxes.count()) await boxes.first().check();
    const selects = q.locator('select');
    const n = await selects.count();
    for (let s = 0; s < n; s++) await selects.nth(s).selectOption({ index: s + 1 });
    const texts = q.locator('input[type=text]');
    if (await texts.count()) await texts.first().fill('1');
  }
  await page.locator('#submit-attempt').click();
  await ready(page, testInfo);
  await expect(page).toHaveURL(/\/attempts\/\d+\/review$/);
  await expect(page.locator('#review-score')).toContainText('Kravet for å bestå er 80 %');
  await expect(page.locator('.review-item')).toHaveCount(10);
  await expect(page.locator('.review-item .right-answer').first()).not.toBeEmpty();
  await shot(page, testInfo, 'review');

  await page.locator('#back-to-quiz').click();
  await ready(page, testInfo);
  await expect(page.locator('#attempts li')).toHaveCount(1);
});
