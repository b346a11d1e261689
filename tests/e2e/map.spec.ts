// The alliance map in Chromium, against the production build: loaded after the first paint, driven
// by mouse and keyboard like the hemicycle.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openTab, radio, settled, test } from './fixtures';

const MAP_TITLE = /on the map: positions under/;
const theMap = (page: Page) => page.getByRole('group', { name: MAP_TITLE });
const onMap = (page: Page, name: string) =>
  theMap(page).getByRole('button', { name: new RegExp(`^${name} on the map, `) });

test.describe('without the offline worker', () => {
  // Routing sees only the page's own requests: once the offline build's worker takes the page, it
  // answers the atlas from its cache. (tests/e2e/offline.spec.ts checks that the worker stores the
  // map only after the first paint.)
  test.use({ serviceWorkers: 'block' });
  test('the atlas is a separate chunk, fetched only when the Map tab opens', async ({ page }) => {
    // The first-visit HTML neither loads nor preloads the atlas.
    expect(readFileSync('dist/index.html', 'utf8')).not.toMatch(/countries-110m|AllianceMap/);
    // Hold the atlas back: the table, the outcome and the hemicycle are there without it.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const atlasRequests: string[] = [];
    await page.route(/countries-110m[^/]*\.js$/, async (route) => {
      atlasRequests.push(route.request().url());
      await held;
      await route.continue();
    });
    await page.goto('/');
    await expect(page.getByRole('status')).toHaveText(
      /^Blocked: France objects \(named official\); Germany, following France \(reported\)\./,
    );
    await expect(page.getByRole('button', { name: /^France: object/ })).toBeVisible();
    await settled(page);
    expect(atlasRequests).toEqual([]);
    await openTab(page, 'Map');
    await expect(page.getByText('Loading the map…')).toBeVisible();
    await expect(theMap(page)).toHaveCount(0);
    await expect.poll(() => atlasRequests.length).toBe(1);
    release();
    await expect(theMap(page)).toBeVisible();
    await expect(page.getByText('Loading the map…')).toHaveCount(0);
    await expect(theMap(page).getByRole('button')).toHaveCount(31);
  });
});

test('a click on France on the map cycles France: Blocked becomes Passes', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('status')).toHaveText(
    /^Blocked: France objects \(named official\); Germany, following France \(reported\)\./,
  );
  await expect(radio(page, 'France', 'Object')).toBeChecked();
  await openTab(page, 'Map');
  await onMap(page, 'France').click();
  // support -> undecided -> object -> support: from object, France comes to support.
  await expect(radio(page, 'France', 'Support')).toBeChecked();
  await expect(page.getByRole('status')).toHaveText(/^Passes/);
  await expect(onMap(page, 'France')).toHaveAttribute('data-position', 'support');
  await expect(onMap(page, 'Germany')).toHaveAttribute('data-position', 'support');
});

test('Luxembourg is reachable by keyboard and Enter cycles it', async ({ page }) => {
  await page.goto('/');
  await openTab(page, 'Map');
  const stop = theMap(page).locator('[tabindex="0"]');
  await stop.focus();
  await expect(stop).toHaveAccessibleName(/^(Canada|United States) on the map/);
  const lux = onMap(page, 'Luxembourg');
  for (let i = 0; i < 40; i++) {
    if (await lux.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('ArrowRight');
  }
  await expect(lux).toBeFocused();
  await expect(page.getByRole('tooltip')).toHaveText('Luxembourg: support');
  await page.keyboard.press('Enter');
  await expect(radio(page, 'Luxembourg', 'Undecided')).toBeChecked();
  await expect(lux).toBeFocused();
  await expect(lux).toHaveAccessibleName(/^Luxembourg on the map, undecided/);
  // A click on its disc works too (the disc is where a pointer can reach it).
  await lux.locator('.seat-ring').click();
  await expect(radio(page, 'Luxembourg', 'Object')).toBeChecked();
});

test('a custom body shows its countries on a world map and names the other seats', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('unsc-comparison');
  await openTab(page, 'Map');
  await expect(theMap(page).getByRole('button')).toHaveCount(5);
  await expect(onMap(page, 'China')).toBeVisible();
  await expect(page.getByText(/Not on the map: Elected member 1, /)).toBeVisible();
});

test('the Council of the EU puts all 27 members on the map, Malta with a disc', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('eu-council-comparison');
  await openTab(page, 'Map');
  await expect(theMap(page).getByRole('button')).toHaveCount(27);
  for (const name of ['Austria', 'Cyprus', 'Ireland', 'Malta', 'Germany'])
    await expect(onMap(page, name)).toBeVisible();
  await expect(page.getByText(/Not on the map:/)).toHaveCount(0);
  // Malta is a speck at this scale: its disc is where a pointer reaches it.
  await onMap(page, 'Malta').locator('.seat-ring').click();
  await expect(radio(page, 'Malta', 'Object')).toBeChecked();
});

test('map ready time (printed, not asserted)', async ({ page }) => {
  await page.goto('/');
  // At once: the time measured is from navigation to a map drawn as soon as it can be.
  await openTab(page, 'Map');
  await expect(theMap(page)).toBeVisible();
  // The map sets its ready mark from an effect, which runs a little after the map is painted.
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('nac:map-ready').length))
    .toBe(1);
  const times = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const ready = performance.getEntriesByName('nac:map-ready')[0]?.startTime ?? NaN;
    const loaded = performance.getEntriesByName('nac:atlas-loaded')[0]?.startTime ?? NaN;
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    return { ready, loaded, paint, domContentLoaded: nav.domContentLoadedEventEnd };
  });
  const line = `map ready ${times.ready.toFixed(0)} ms after navigation start (atlas loaded ${times.loaded.toFixed(0)} ms, first contentful paint ${times.paint.toFixed(0)} ms, DOMContentLoaded ${times.domContentLoaded.toFixed(0)} ms)`;
  test.info().annotations.push({ type: 'map-ready', description: line });
  console.log(line);
  expect(times.ready).toBeGreaterThan(0);
});
