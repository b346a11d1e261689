// The timeline and the scenario comparison in Chromium, against the production build.
import { axeViolations } from './axe';
import { ally, expect, openTab, radio, test } from './fixtures';
import type { Page } from '@playwright/test';

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const stepper = (page: Page) =>
  timeline(page).getByRole('group', { name: 'Step through the scenarios' });
const scenario = (page: Page) => page.getByRole('combobox', { name: 'Scenario' });

test.describe('the timeline', () => {
  test('walks from spring 2023 to June 2025 by mouse; the scenario and the status follow', async ({
    page,
  }) => {
    await page.goto('/');
    await openTab(page, 'Timeline');
    await timeline(page).getByRole('button', { name: 'Show timeline' }).click();
    await expect(timeline(page).getByRole('img', { name: /Tokyo office story/ })).toBeVisible();
    await stepper(page)
      .getByRole('button', { name: /Previous/ })
      .click();
    await expect(scenario(page)).toHaveValue('spring-2023');
    await expect(page.getByRole('status')).toHaveText(/^Passes/);
    await expect(page).toHaveURL(/spring-2023/);

    const next = stepper(page).getByRole('button', { name: /Next/ });
    await next.click();
    await expect(scenario(page)).toHaveValue('vilnius-2023');
    await expect(page.getByRole('status')).toHaveText(
      /^Blocked: France objects \(named official\); Germany, following France \(reported\)\./,
    );
    await expect(timeline(page)).toContainText(/France: Undecided\s*→\s*to\s+Object/);

    await next.click();
    await expect(scenario(page)).toHaveValue('washington-2024');
    await expect(page.getByRole('radiogroup')).toHaveCount(32);
    await expect(radio(page, 'Sweden', 'Support')).toBeChecked();
    await expect(timeline(page)).toContainText('Sweden joined (32 allies)');

    await next.click();
    await expect(scenario(page)).toHaveValue('shelved-2025');
    await expect(stepper(page).getByRole('button', { name: /Hague/ })).toHaveAttribute(
      'aria-current',
      'step',
    );
    await expect(timeline(page)).toContainText('No ally changed position.');
    // The last step: Next stays focusable but says it is unavailable.
    await expect(next).toHaveAttribute('aria-disabled', 'true');
    await expect(next).toBeDisabled();

    // Each step was one undoable intent.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(scenario(page)).toHaveValue('washington-2024');
  });

  test('walks by keyboard: arrow keys on a step, focus follows the step', async ({ page }) => {
    await page.goto('/#3/spring-2023/consensus//r=2');
    await expect(scenario(page)).toHaveValue('spring-2023');
    await openTab(page, 'Timeline');
    const spring = stepper(page).getByRole('button', { name: /Spring 2023/ });
    await spring.focus();
    await page.keyboard.press('ArrowRight');
    await expect(scenario(page)).toHaveValue('vilnius-2023');
    await expect(stepper(page).getByRole('button', { name: /Vilnius/ })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(scenario(page)).toHaveValue('washington-2024');
    await expect(ally(page, 'Sweden')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(scenario(page)).toHaveValue('shelved-2025');
    await expect(page.getByRole('status')).toHaveText(
      /^Blocked: France objects \(named official\); Germany, following France \(reported\)\./,
    );
    await page.keyboard.press('ArrowLeft');
    await expect(scenario(page)).toHaveValue('washington-2024');
    // Enter on a focused step button applies that step too.
    await page.keyboard.press('Tab');
    await expect(stepper(page).getByRole('button', { name: /Hague/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(scenario(page)).toHaveValue('shelved-2025');
  });

  test('the scenario picker moves the timeline too', async ({ page }) => {
    await page.goto('/');
    await openTab(page, 'Timeline');
    await scenario(page).selectOption('washington-2024');
    await expect(timeline(page)).toContainText(
      'Since Vilnius summit, July 2023: Sweden joined the table',
    );
    await timeline(page).getByRole('button', { name: 'Show timeline' }).click();
    await expect(stepper(page).getByRole('button', { name: /Washington/ })).toHaveAttribute(
      'aria-current',
      'step',
    );
    await expect(
      timeline(page).getByRole('heading', { name: 'What changed since Vilnius summit, July 2023' }),
    ).toBeVisible();
  });
});

test.describe('compare scenarios', () => {
  test('two pickers show what changed, with sources, without touching the table', async ({
    page,
  }) => {
    await page.goto('/');
    await openTab(page, 'Compare scenarios');
    const panel = page.getByRole('region', { name: 'Compare scenarios' });
    await panel.getByRole('combobox', { name: 'Compare from' }).selectOption('vilnius-2023');
    await panel.getByRole('combobox', { name: 'Compare to' }).selectOption('washington-2024');
    await expect(panel).toContainText('What changed: Sweden joined the table');
    await panel.getByRole('button', { name: 'Show the changes in detail' }).click();
    await expect(panel.getByRole('heading', { name: 'Joined the table' })).toBeVisible();
    await expect(panel).toContainText('Sweden joined (32 allies)');
    await expect(panel).toContainText(/United States: Support\s*→\s*to\s+Undecided/);
    await expect(panel.getByRole('list', { name: 'Sources for Sweden' })).toContainText(
      'The Local',
    );
    await expect(scenario(page)).toHaveValue('vilnius-2023');
    await panel.getByRole('button', { name: 'Swap' }).click();
    await expect(panel.getByRole('heading', { name: 'Not at the table' })).toBeVisible();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });
    test('the opened timeline and the detailed comparison pass axe', async ({ page }) => {
      await page.goto('/#3/washington-2024/consensus//r=2');
      // Two tabs, one scan each.
      const scan = (panel: string) => axeViolations(page, { include: panel });
      await openTab(page, 'Timeline');
      await timeline(page).getByRole('button', { name: 'Show timeline' }).click();
      await expect(timeline(page).getByRole('img', { name: /Tokyo office story/ })).toBeVisible();
      expect(await scan('.timeline-panel')).toEqual([]);
      await openTab(page, 'Compare scenarios');
      await page
        .getByRole('region', { name: 'Compare scenarios' })
        .getByRole('button', { name: 'Show the changes in detail' })
        .click();
      expect(await scan('.compare-panel')).toEqual([]);
    });
  });
}
