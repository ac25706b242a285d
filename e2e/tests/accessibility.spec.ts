// The accessibility statement: reachable from every page's footer, without violations in light
// and dark colour schemes and at 320 px, and its feedback form explains a missing message, then
// sends the feedback to the team by email through the outbox, for anyone, signed in or not.
import { expect, test } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';
import { MAIL_DIR } from '../playwright.config';
import { expectAccessible, ready, shot } from './helpers';

async function mailContaining(marker: string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (fs.existsSync(MAIL_DIR)) {
      for (const f of fs.readdirSync(MAIL_DIR).filter((f) => f.endsWith('.json'))) {
        const m = JSON.parse(fs.readFileSync(path.join(MAIL_DIR, f), 'utf8')) as { to: string[]; text: string };
        if (m.text.includes(marker)) return m.to.join(',');
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no email containing ${marker} within ${timeoutMs} ms`);
}

test('the accessibility statement is linked everywhere and takes feedback from anyone', async ({ page }, testInfo) => {
  await page.goto('/');
  await ready(page, testInfo);
  await page.locator('#footer-accessibility').click();
  await ready(page, testInfo);
  await expect(page).toHaveURL(/\/accessibility$/);
  await expect(page.locator('h1')).toHaveText('Tilgjengelighetserklæring');
  await expect(page.locator('#a11y-gaps li')).toHaveCount(3);
  await expectAccessible(page, testInfo);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, testInfo);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 320, height: 900 });
  await expectAccessible(page, testInfo);
  // Reflow (WCAG 1.4.10): nothing makes a 320 px screen scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await shot(page, testInfo, 'accessibility-mobile');
  await page.setViewportSize({ width: 1280, height: 900 });

  // A missing message is explained at the field.
  await page.locator('#feedback-submit').click();
  await ready(page, testInfo);
  await expect(page.locator('#field-message-error')).toContainText('Beskriv problemet');
  await expect(page.locator('#field-message')).toHaveAttribute('aria-invalid', 'true');

  const marker = `Nedtellingen leses ikke opp (${testInfo.project.name} ${Date.now()})`;
  await page.getByLabel('Hva fungerte ikke?').fill(marker);
  await page.getByLabel('Hvilken side? (valgfritt)').fill('/courses/rtw-coordinator');
  await page.locator('#feedback-submit').click();
  await ready(page, testInfo);
  await expect(page.locator('#feedback-sent')).toContainText('Takk.');
  expect(await mailContaining(marker)).toContain('no-reply@rtw-academy.invalid');
});
