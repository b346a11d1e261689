// The offline build in Chromium: after one visit online the simulator keeps working with no
// network (reload, positions, the map, power, links, the handout, an imported scenario); a room
// says plainly that it cannot be reached; a new version waits for the user's word; and the app
// is installable.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { axeViolations } from './axe';
import { serveBuild } from './builds';
import { choose, expect, openTab, radio, started, test } from './fixtures';

const READY = 'Ready to work offline: this browser now keeps the whole simulator.';
const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures');

/** A first visit, online, until the service worker has stored the app and controls the page. */
async function firstVisit(page: Page, url = '/') {
  await page.goto(url);
  await storedForOffline(page);
}

async function storedForOffline(page: Page) {
  await started(page);
  await expect(page.getByText(READY)).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one visit the simulator works with no network', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The map's atlas: the page itself never asks for it (its tab is closed); the service worker
  // stores it in the background (registered after the page's load, when idle: bench:offline
  // measures that against the largest paint).
  const atlas: ('page' | 'worker')[] = [];
  context.on('request', (r) => {
    if (/countries-110m/.test(r.url())) atlas.push(r.serviceWorker() ? 'worker' : 'page');
  });
  await page.goto('/');
  await started(page);
  await storedForOffline(page);
  expect(atlas, 'the page asked for the atlas').not.toContain('page');
  expect(atlas.length, 'the worker stored the atlas in the background').toBeGreaterThan(0);
  expect(await axeViolations(page)).toEqual([]); // with the card that says so
  await context.setOffline(true);

  await page.reload();
  await expect(page.getByRole('status')).toHaveText(/^Blocked: France objects/);
  await choose(page, 'France', 'Support');
  await expect(page.getByRole('status')).toHaveText(/^Passes/);

  // The map's chunks and atlas were stored in the background, not loaded on the first paint.
  await openTab(page, 'Map');
  await expect(page.getByRole('group', { name: / on the map: positions under / })).toBeVisible();
  // Power in the worker, itself from the cache.
  await openTab(page, 'Power');
  await expect(
    page
      .getByRole('region', { name: /power indices/ })
      .getByRole('img', { name: /under NAC consensus/ }),
  ).toHaveAccessibleDescription(/All 31 members hold equal power/);

  // A link copied offline opens its table offline, in another tab.
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const other = await context.newPage();
  await other.goto(link);
  await expect(radio(other, 'France', 'Support')).toBeChecked();
  await expect(other.getByRole('status')).toHaveText(/^Passes/);
  await other.close();

  // The handout prints from the cached page.
  await started(page);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.getByLabel('Printed handout')).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });

  // An imported scenario: its reader is a lazy chunk, from the cache too; its link carries it.
  await page
    .getByLabel('Import scenario file')
    .setInputFiles(join(FIXTURES, 'scenarios/valid-minimal.yaml'));
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('test-case');
  // The address carries the scenario itself (written a frame after the change).
  await expect(page).toHaveURL(/#\d\/test-case\/.+\/.{20,}/);
  const carried = page.url();
  const opened = await context.newPage();
  await opened.goto(carried);
  await expect(opened.getByRole('combobox', { name: 'Scenario' })).toHaveValue('test-case');
  await opened.close();
});

test('on the projector the first install’s card waits for the editing view', async ({ page }) => {
  // The page's clock, so that a lesson's minutes of presenting pass at once.
  await page.clock.install();
  await page.goto('/#3/vilnius-2023/consensus//r=2,present=1');
  await expect(page.getByRole('region', { name: 'Presenter mode' })).toBeVisible();
  // Installed and in control: the card's moment has come, and it covers no seat.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect(page.getByText(READY)).toBeHidden();
  // Longer than the card stays in view: its time counts from when it can be seen.
  await page.clock.runFor(60_000);
  await page.getByRole('button', { name: 'Leave presenter mode' }).click();
  await expect(page.getByText(READY)).toBeVisible();
});

test('offline, a class room says it cannot be reached and the table keeps working', async ({
  page,
  context,
}) => {
  await firstVisit(page);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Start a class room' }).click();
  await expect(page.getByText(/No room was started: this device is offline/)).toBeVisible();
  await expect(page).not.toHaveURL(/#room\//);
  await choose(page, 'France', 'Support');
  await expect(page.getByRole('status')).toHaveText(/^Passes/);
});

test('a new version waits for the user’s word; the table, stored work and old links survive', async ({
  browser,
}) => {
  // Two builds at one address: the app as shipped, then a newer one (it offers one more
  // scenario, the payload build's; playwright.config.ts makes both before the suite).
  const server = await serveBuild(join(ROOT, 'dist'));
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await firstVisit(page, server.url);
    await choose(page, 'France', 'Support');
    await expect(page).toHaveURL(/FR=s/);
    const oldLink = page.url();
    const scenarios = page.getByRole('combobox', { name: 'Scenario' }).getByRole('option');
    const shipped = await scenarios.count();

    server.serve(join(ROOT, 'dist-payloads'));
    // The browser looks for a new worker when the page is opened again.
    await page.reload();
    await expect(page.getByText('A new version of the simulator is ready.')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    // Nothing reloads by itself: a mark left in this page stays, and it is the old build.
    await page.evaluate(() => ((window as unknown as { mark: number }).mark = 1));
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { mark?: number }).mark)).toBe(1);
    await expect(scenarios).toHaveCount(shipped);
    await expect(radio(page, 'France', 'Support')).toBeChecked();

    await page.getByRole('button', { name: 'Update now' }).click();
    // The page reloads into the new version, at the same table.
    await expect(scenarios).toHaveCount(shipped + 1);
    expect(
      await page.evaluate(() => (window as unknown as { mark?: number }).mark),
    ).toBeUndefined();
    await expect(radio(page, 'France', 'Support')).toBeChecked();
    await expect(page.getByText('A new version of the simulator is ready.')).toHaveCount(0);
    // Stored work: a fresh tab at the bare address opens the last table.
    const again = await context.newPage();
    await again.goto(server.url);
    await expect(radio(again, 'France', 'Support')).toBeChecked();
    // An old link opens in the new version.
    await again.goto(oldLink.replace(/FR=s/, 'FR=o'));
    await expect(radio(again, 'France', 'Object')).toBeChecked();
  } finally {
    await context.close();
    await server.close();
  }
});

test('the app is installable: Chromium reports no installability errors', async ({ baseURL }) => {
  // Chromium never installs from a private profile ("in-incognito"), which is what a test's
  // context is: this one runs in a profile of its own on disk.
  const profile = mkdtempSync(join(tmpdir(), 'nac-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    baseURL,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await firstVisit(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a room link opened offline says the room opens once the network is back', async ({
  page,
  context,
  watch,
}) => {
  await firstVisit(page);
  await context.setOffline(true);
  await page.goto('/#room/K7PQ2M');
  // The table stays until the room's code has loaded (its hand-in field is also "Your name").
  await expect(page.getByRole('button', { name: 'Join the room' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Your name' }).fill('Ana');
  await page.getByRole('button', { name: 'Join the room' }).click();
  await expect(page.getByRole('textbox', { name: 'Your name' })).toBeHidden();
  await expect(page.getByRole('alert')).toHaveText(
    /^This device is offline: the room opens once the network is back/,
  );
  // Back online, the room server answers (this code names no room).
  await context.setOffline(false);
  await expect(page.getByRole('alert')).toHaveText(/This room does not exist on the server/);
  // The browser logs the room socket's tries while offline (if it tried before the network came
  // back): expected here, and only those.
  const offline = (p: string) => /ws:.*\/rooms.*ERR_INTERNET_DISCONNECTED/.test(p);
  watch.problems.splice(0, watch.problems.length, ...watch.problems.filter((p) => !offline(p)));
});
