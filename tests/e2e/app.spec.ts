// The simulator driven as a person drives it, in Chromium, against the production build.
import type { Page } from '@playwright/test';
import { ally, choose, expect, openTab, radio, settled, test } from './fixtures';

test.describe('the table', () => {
  test('opens on Vilnius 2023, blocked by France', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(/NAC consensus simulator/);
    await expect(page.getByRole('combobox', { name: 'Scenario' })).toContainText('Vilnius');
    await expect(page.getByRole('status')).toHaveText(
      /^Blocked: France objects \(named official\); Germany, following France \(reported\)\./,
    );
    await expect(page.getByRole('radiogroup')).toHaveCount(31);
  });

  test('positions set by mouse change the outcome, the hemicycle and the why panel', async ({
    page,
  }) => {
    await page.goto('/');
    await choose(page, 'France', 'Support');
    await expect(page.getByRole('status')).toHaveText(/^Passes/);
    await expect(radio(page, 'Germany', 'Support')).toBeChecked();
    await expect(page.getByRole('button', { name: /^France: support/ })).toBeVisible();
    // Why is the explanations' tab open at first.
    await expect(page.getByRole('region', { name: 'Why' })).toContainText(
      'It passes as the table stands',
    );
    await choose(page, 'Hungary', 'Object');
    await expect(page.getByRole('status')).toHaveText(/^Blocked: Hungary/);
  });

  test('a click on a seat of the hemicycle cycles that ally', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /^Hungary: undecided/ }).click();
    await expect(radio(page, 'Hungary', 'Object')).toBeChecked();
  });

  test('switching the rule judges the same table again', async ({ page }) => {
    await page.goto('/');
    await choose(page, 'France', 'Support');
    await page.getByRole('combobox', { name: 'Decision rule' }).selectOption('unanimity');
    await expect(page.getByRole('status')).toHaveText(/^Pending: it still needs Hungary/);
    await page.getByRole('combobox', { name: 'Decision rule' }).selectOption('veto-players');
    await expect(page.getByRole('status')).toHaveText(/^Passes/);
  });

  test('the 2024 scenario seats Sweden', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('washington-2024');
    await expect(page.getByRole('radiogroup')).toHaveCount(32);
    await expect(radio(page, 'Sweden', 'Support')).toBeChecked();
  });

  test('undo and redo, by buttons and shortcuts', async ({ page }) => {
    await page.goto('/');
    await choose(page, 'France', 'Support');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(radio(page, 'France', 'Object')).toBeChecked();
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(radio(page, 'France', 'Support')).toBeChecked();
    await page.keyboard.press('Control+z');
    await expect(radio(page, 'France', 'Object')).toBeChecked();
    await page.keyboard.press('Control+Shift+z');
    await expect(radio(page, 'France', 'Support')).toBeChecked();
  });

  test('every chart has a text alternative and a table view', async ({ page }) => {
    await page.goto('/');
    // The charts on the first screen, then those of each explanations' tab (the odds and power
    // arrive from the worker, the map as its own chunk: settled waits for them).
    let total = 0;
    for (const tab of [null, 'Thresholds', 'Odds', 'Power', 'Map']) {
      if (tab) await openTab(page, tab);
      await settled(page);
      if (tab === 'Odds')
        await expect(
          page.getByRole('img', { name: /moves the odds|likely to object/ }),
        ).toHaveCount(2);
      if (tab === 'Power')
        await expect(page.getByRole('img', { name: /Power of each ally/ })).toBeVisible();
      const charts = page.locator('svg[role="img"], svg[role="group"]');
      const count = await charts.count();
      for (let i = 0; i < count; i++) {
        const chart = charts.nth(i);
        await expect(chart).toHaveAccessibleName(/\w+/);
        await expect(chart).toHaveAccessibleDescription(/\w{3,}/);
      }
      await expect(page.getByText('Table view')).toHaveCount(count);
      total += count;
    }
    // The hemicycle and the rules under every tab (5 x 2), and the thresholds, two odds charts,
    // the power and the map.
    expect(total).toBe(5 * 2 + 5);
  });
});

test.describe("the allies' rows", () => {
  /** The row's height and the top and bottom of its name, radios and note, in px. */
  const measure = (page: Page, name: string) =>
    page.locator('li.ally', { has: ally(page, name) }).evaluate((li) => {
      const box = (sel: string) => li.querySelector(sel)?.getBoundingClientRect();
      const name = box('.ally-name');
      const radios = box('.positions');
      const note = box('.ally-note');
      return {
        height: li.getBoundingClientRect().height,
        width: li.getBoundingClientRect().width,
        name: name && { top: name.top, bottom: name.bottom },
        radios: radios && { top: radios.top, bottom: radios.bottom },
        note: note && { top: note.top, width: note.width },
      };
    });

  test('one line each at 1280 px: tags never change its height; the note opens below', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await ally(page, 'Hungary').scrollIntoViewIfNeeded();
    const before = await measure(page, 'Hungary');
    expect(before.height).toBeLessThanOrEqual(40);
    // Name and radios on the same line.
    expect(before.radios!.top).toBeLessThan(before.name!.bottom);
    // Blocking and changed by you come; the row keeps its height.
    await choose(page, 'France', 'Support');
    await choose(page, 'Hungary', 'Object');
    await expect(page.locator('li.ally', { has: ally(page, 'Hungary') })).toContainText(
      'blocking · changed by you',
    );
    expect((await measure(page, 'Hungary')).height).toBe(before.height);
    // The evidence chip opens the note and sources, below the line and across the row.
    await page
      .locator('li.ally', { has: ally(page, 'Hungary') })
      .locator('summary')
      .click();
    const open = await measure(page, 'Hungary');
    expect(open.note!.top).toBeGreaterThanOrEqual(open.radios!.bottom);
    expect(open.note!.width).toBeCloseTo(open.width, 0);
    expect(open.height).toBeGreaterThan(before.height);
  });

  test('two lines on a phone (name and chip, then the radios), and no sideways scroll', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    await ally(page, 'North Macedonia').scrollIntoViewIfNeeded();
    const row = await measure(page, 'North Macedonia');
    expect(row.radios!.top).toBeGreaterThanOrEqual(row.name!.bottom);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
});

test.describe('keyboard alone', () => {
  test('Tab reaches every control with a visible focus; arrows and Space set positions', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('status')).toBeVisible();
    // Walk the first stops of the tab order: each must show a focus indicator.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      await expect(page.locator(':focus')).toHaveCount(1); // focus has landed somewhere
      const visible = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return 'nothing focused';
        const target = el.closest('label') ?? el;
        const style = getComputedStyle(target);
        const ring = el.querySelector?.('.seat-ring');
        const ok =
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
          (ring && parseFloat(getComputedStyle(ring).strokeWidth) >= 3);
        return ok
          ? 'ok'
          : `no visible focus on ${el.tagName} ${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 30)}`;
      });
      expect(visible).toBe('ok');
    }
    // An ally's radio group: arrows move and select.
    await radio(page, 'France', 'Object').focus();
    await page.keyboard.press('ArrowLeft');
    await expect(radio(page, 'France', 'Undecided')).toBeChecked();
    await expect(page.getByRole('status')).toHaveText(/^Passes/);
    // The hemicycle draws the deferred copy of the table: let it catch up before walking its
    // seats, or it re-sorts them under the keys.
    await expect(page.getByRole('button', { name: /^France: undecided/ })).toBeVisible();
    // The hemicycle: one tab stop, arrows move between seats, Enter cycles.
    await page
      .getByRole('button', { name: /: support|: undecided|: object/ })
      .and(page.locator('[tabindex="0"]'))
      .focus();
    await page.keyboard.press('End');
    const last = page.locator(':focus');
    const before = await last.getAttribute('aria-label');
    await page.keyboard.press('Enter');
    await expect(page.locator(':focus')).not.toHaveAttribute('aria-label', before ?? '');
  });
});

test.describe('state that is never lost', () => {
  test('Copy link gives a link that opens the same table in a fresh browser', async ({
    page,
    browser,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await choose(page, 'France', 'Support');
    await choose(page, 'Hungary', 'Object');
    await page.getByRole('combobox', { name: 'Decision rule' }).selectOption('qmv');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // The address bar is written a frame after the change: wait for it rather than read it once.
    await expect(page).toHaveURL(link);
    expect(link.length).toBeLessThan(300);

    const other = await browser.newContext();
    const fresh = await other.newPage();
    await fresh.goto(link);
    await expect(radio(fresh, 'France', 'Support')).toBeChecked();
    await expect(radio(fresh, 'Hungary', 'Object')).toBeChecked();
    await expect(fresh.getByRole('combobox', { name: 'Decision rule' })).toHaveValue('qmv');
    await expect(fresh.getByRole('status')).toHaveText(await page.getByRole('status').innerText());
    await other.close();
  });

  test('opening the app again brings the work back', async ({ page, context }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('shelved-2025');
    await choose(page, 'Germany', 'Support');
    // The address bar and storage are written together, just after the change is painted.
    await expect(page).toHaveURL(/DE=s/);
    const again = await context.newPage();
    await again.goto('/');
    await expect(again.getByRole('combobox', { name: 'Scenario' })).toHaveValue('shelved-2025');
    await expect(radio(again, 'Germany', 'Support')).toBeChecked();
    await again.reload();
    await expect(radio(again, 'Germany', 'Support')).toBeChecked();
  });

  for (const hash of [
    '#1/vilnius-2023/consensus/FR=banana',
    '#99/vilnius-2023/consensus/',
    '#1/atlantis-1949/consensus/',
    '#%E0%A4%A',
  ]) {
    test(`a damaged link (${hash}) shows a notice and the default scenario`, async ({ page }) => {
      await page.goto(`/${hash}`);
      await expect(page.getByRole('alert')).toContainText(/link/i);
      await expect(page.getByRole('status')).toHaveText(/^Blocked: France/);
      await expect(ally(page, 'France')).toBeVisible();
    });
  }

  test('a link pasted into the address bar loads that table', async ({ page }) => {
    await page.goto('/');
    await page.goto('/#3/washington-2024/unanimity/SE=o/r=2');
    await expect(radio(page, 'Sweden', 'Object')).toBeChecked();
    await expect(page.getByRole('status')).toHaveText(/^Blocked:/);
  });
});

test.describe('power indices, computed in a Web Worker', () => {
  test('consensus gives every ally 1/31; qmv puts the United States far ahead; the page stays responsive', async ({
    page,
  }) => {
    await page.goto('/');
    await openTab(page, 'Power');
    const panel = page.getByRole('region', { name: /power indices/ });
    await expect(
      panel.getByRole('img', { name: /under NAC consensus/ }),
    ).toHaveAccessibleDescription(/All 31 members hold equal power/);
    await page.getByRole('combobox', { name: 'Decision rule' }).selectOption('qmv');
    // While the worker computes, the table still answers at once.
    await choose(page, 'France', 'Support');
    await expect(page.getByRole('status')).toHaveText(/^Passes/);
    await expect(
      panel.getByRole('img', { name: /under EU-style qualified majority/ }),
    ).toHaveAccessibleDescription(/^Largest normalized Banzhaf power: United States/);
    const workers = page.workers();
    expect(workers.length).toBe(1);
  });
});

test.describe('odds, computed in the Web Worker', () => {
  test("Hungary's chance set to 0.2 under consensus changes the odds and the tornado", async ({
    page,
  }) => {
    await page.goto('/');
    await choose(page, 'France', 'Support');
    await openTab(page, 'Odds');
    const panel = page.getByRole('region', { name: 'Odds' });
    const figure = panel.getByText(/^Probability of passage under NAC consensus/);
    await expect(figure).toContainText('50.0%');
    await panel.getByRole('spinbutton', { name: 'Chance Hungary consents, in percent' }).fill('20');
    await expect(figure).toContainText('20.0%');
    await expect(
      panel.getByRole('img', { name: /How far each undecided ally moves the odds/ }),
    ).toHaveAccessibleDescription(
      /Hungary moves it most: 0\.0% if it objects, 100\.0% if it consents/,
    );
    // The slider works by keyboard too.
    await panel.getByRole('slider', { name: 'Chance Hungary consents' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(figure).toContainText('21.0%');
  });
});
