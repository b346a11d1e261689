// axe-core on the main states of the app, light and dark: zero violations of WCAG 2 A/AA and
// best practice. Outcome changes are announced through the polite live region.
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { choose, expect, openTab, settled, test } from './fixtures';

// A full axe scan of the settled page (map included) took up to a minute with two CPU-bound
// processes beside the suite on this 2-core machine, before legacy mode (below); the default 60 s
// leaves no room on a loaded laptop or shared runner.
test.describe.configure({ timeout: 150_000 });

async function axe(page: Page, label: string) {
  expect(await axeViolations(page, { label })).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('the default table, blocked', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('status')).toHaveText(/^Blocked/);
      await settled(page);
      await axe(page, 'blocked');
    });

    test('passing, pending, with table views and sources open', async ({ page }) => {
      await page.goto('/');
      await choose(page, 'France', 'Support');
      await settled(page);
      await axe(page, 'passes');
      await page.getByRole('combobox', { name: 'Decision rule' }).selectOption('unanimity');
      await expect(page.getByRole('status')).toHaveText(/^Pending/);
      // Every chart is in (the worker's too) before the list of table views is taken.
      await settled(page);
      for (const summary of await page.getByText('Table view').all()) await summary.click();
      // An ally's evidence chip opens its note and sources; an assumed stance's, why the default.
      await page
        .locator('li.ally summary', { hasText: /note and sources \(/ })
        .first()
        .click();
      await page.locator('li.ally summary', { hasText: 'why this default' }).first().click();
      await openTab(page, 'Timeline');
      await page.getByRole('button', { name: 'Show timeline' }).click();
      await expect(page.getByRole('region', { name: 'Timeline' }).getByRole('img')).toBeVisible();
      await axe(page, 'pending, expanded, timeline');
    });

    test('a notice', async ({ page }) => {
      await page.goto('/#1/nowhere/consensus/');
      await expect(page.getByRole('alert')).toBeVisible();
      // The notice pushes the map below the distance at which it starts loading: this scan is
      // of the notice and the table (the map is scanned in the tests of each scenario).
      await settled(page, { map: false });
      await openTab(page, 'Compare scenarios');
      await axe(page, 'notice, compare scenarios');
    });

    // One test per scenario, each with another of the explanations' tabs open (the default,
    // Why, is in the tests above): a full axe scan of a 32-ally page takes seconds on a busy
    // machine, so every tab is scanned once per colour scheme rather than with every scenario.
    const tabs = [
      ['spring-2023', 'Odds'],
      ['washington-2024', 'Power'],
      ['shelved-2025', 'Map'],
      ['unsc-comparison', 'Thresholds'],
      ['eu-council-comparison', 'Map'],
      ['vilnius-2023', 'About this scenario'],
    ] as const;
    for (const [id, tab] of tabs) {
      test(`the ${id} scenario, with ${tab} open`, async ({ page }) => {
        await page.goto('/');
        await page.getByRole('combobox', { name: 'Scenario' }).selectOption(id);
        await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue(id);
        await openTab(page, tab);
        await settled(page);
        await axe(page, `${id}, ${tab}`);
      });
    }
  });
}

test('a phone-sized screen has no horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await expect(page.getByRole('status')).toHaveText(/^Blocked/);
  // Measured once every chart is drawn (on a phone the map waits for scrolling, so not the map).
  await settled(page, { map: false });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await axe(page, 'phone');
});

test('outcome changes are announced through the live region', async ({ page }) => {
  await page.goto('/');
  const status = page.getByRole('status');
  // role=status is an implicit polite live region; it must stay the same element so screen
  // readers announce its new text rather than a replaced node.
  const handle = await status.elementHandle();
  await choose(page, 'France', 'Support');
  await expect(status).toHaveText(/^Passes/);
  expect(await handle?.evaluate((el) => el.isConnected && el.getAttribute('role'))).toBe('status');
});
