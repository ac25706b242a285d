// A case simulation from the first situation to an ending and its debrief, then a replay that
// follows the expert's path (test course in e2e/fixtures: a short Norwegian case).
import { expect, test } from '@playwright/test';
import { expectAccessible, jsEnabled, ready, register, shot, uniqueEmail } from './helpers';

const CASE = '/courses/test-practice/cases/practice-case';

test('a learner plays a case to an ending, reads the debrief and replays it', async ({ page }, testInfo) => {
  await register(page, testInfo, 'Case Testesen', uniqueEmail('case'));
  await expect(page).toHaveURL(/\/courses\/rtw-coordinator$/);
  await page.goto(CASE);
  await ready(page, testInfo);
  await expect(page.locator('#case-facts')).toContainText('Norske regler');
  await expectAccessible(page, testInfo);
  await shot(page, testInfo, 'case-overview');
  await page.locator('#start-case').click();
  await ready(page, testInfo);

  // The first situation: whose view, the clock, documents, state and the timeline.
  await expect(page).toHaveURL(/\/cases\/practice-case\/runs\/\d+$/);
  await expect(page.locator('#situation-heading')).toContainText('Arbeidstakeren: Siri');
  await expect(page.locator('#case-clock')).toHaveText('Uke 1 av sykefraværet (dag 5)');
  await page.locator('.case-document summary').click();
  await expect(page.locator('.case-document')).toContainText('sykmeldt 100 % i fire uker');
  await expect(page.locator('#case-vars')).toContainText('50 av 100');
  await expect(page.locator('#case-timeline .milestone.now')).toContainText('Nå: uke 1');
  await shot(page, testInfo, 'case-situation');
  await expectAccessible(page, testInfo);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, testInfo);
  await page.emulateMedia({ colorScheme: 'light' });

  // A poor decision: the plan deadline passes and the case reacts.
  await page.getByRole('button', { name: 'Vent til Siri er friskere' }).click();
  await ready(page, testInfo);
  await expect(page.locator('#case-clock')).toHaveText('Uke 7 av sykefraværet (dag 47)');
  await expect(page.locator('#case-events')).toContainText('Fristen for oppfølgingsplanen gikk ut uten en plan.');
  await expect(page.locator('#case-vars')).toContainText('30 av 100');
  await expect(page.locator('#situation-heading')).toContainText('Nærmeste leder: Tor');
  if (jsEnabled(testInfo)) {
    // After a decision the new situation's heading has the focus.
    await expect(page.locator('#situation-heading')).toBeFocused();
  }
  // Keyboard only: Tab to the expert's choice and press Enter.
  const adjust = page.getByRole('button', { name: 'Gå gjennom planen og avtal tilrettelegging' });
  await adjust.focus();
  await page.keyboard.press('Enter');
  await ready(page, testInfo);

  // The ending and the debrief, decision by decision, with the reasoning and the sources.
  await expect(page.locator('#case-result')).toContainText('Gradert tilbakeføring i uke 9');
  await expect(page.locator('#case-result')).toContainText('Poengsum: 60 av 100');
  await expect(page.locator('#expert-ending')).toContainText('Tilbake i full jobb i uke 9');
  await expect(page.locator('#debrief .debrief-row')).toHaveCount(2);
  const first = page.locator('#debrief .debrief-row').first();
  await expect(first).toContainText('Du valgte: Vent til Siri er friskere');
  await expect(first).toContainText('Eksperten ville valgt: Avtal at Siri og Tor lager planen sammen denne uken');
  await expect(first.getByRole('link', { name: 'Arbeidsmiljøloven § 4-6 (3)' }).first()).toBeVisible();
  await expect(page.locator('#debrief .debrief-row.same')).toContainText('Eksperten ville valgt det samme.');
  await expect(page.locator('#case-choices')).toHaveCount(0);
  await shot(page, testInfo, 'case-debrief');
  await expectAccessible(page, testInfo);

  // Replay on the expert's path; both runs are kept.
  await page.locator('#play-again').click();
  await ready(page, testInfo);
  await expect(page.locator('.eyebrow')).toContainText('runde 2');
  await page.getByRole('button', { name: 'Avtal at Siri og Tor lager planen sammen denne uken' }).click();
  await ready(page, testInfo);
  await expect(page.locator('#case-events')).not.toContainText('Fristen for oppfølgingsplanen gikk ut');
  await page.getByRole('button', { name: 'Gå gjennom planen og avtal tilrettelegging' }).click();
  await ready(page, testInfo);
  await expect(page.locator('#case-result')).toContainText('Tilbake i full jobb i uke 9');
  await expect(page.locator('#debrief-heading + p')).toHaveText('Du valgte som eksperten i 2 av 2 beslutninger.');

  await page.goto(CASE);
  await ready(page, testInfo);
  await expect(page.locator('#runs li')).toHaveCount(2);
  await expect(page.locator('#runs li').first()).toContainText('Gradert tilbakeføring');
  await page.goto('/courses/test-practice');
  await ready(page, testInfo);
  await expect(page.locator('[data-case="practice-case"]')).toContainText('beste poengsum 100');
});

test('a case on a narrow screen shows the situation before the side panels', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await register(page, testInfo, 'Mobil Testesen', uniqueEmail('case-mobile'));
  await expect(page).toHaveURL(/\/courses\/rtw-coordinator$/);
  await page.goto(CASE);
  await ready(page, testInfo);
  await page.locator('#start-case').click();
  await ready(page, testInfo);
  const situation = await page.locator('#situation').boundingBox();
  const timeline = await page.locator('#case-timeline').boundingBox();
  expect(situation && timeline && situation.y < timeline.y).toBeTruthy();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await shot(page, testInfo, 'case-mobile');
  await expectAccessible(page, testInfo);
});
