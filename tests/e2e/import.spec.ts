// Scenario files in Chromium against the production build: import by the file chooser and by a
// drop, play, share the link to a fresh browser, export; refusals leave the table as it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { choose, expect, radio, started, test } from './fixtures';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const MINIMAL = join(FIXTURES, 'scenarios/valid-minimal.yaml');
const picker = (page: Page) => page.getByRole('combobox', { name: 'Scenario' });

test('a file imported through the file chooser plays, and its link opens it in a fresh browser', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  // What a person sees and clicks: the file picker's label, "Import" (named in full for
  // assistive technology: the input is "Import scenario file").
  await page.getByText('Import', { exact: true }).click();
  await (await chooser).setFiles(MINIMAL);
  await expect(picker(page)).toHaveValue('test-case');
  await expect(picker(page).locator('option:checked')).toHaveText('Imported: A test case');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A test case');
  await choose(page, 'France', 'Object');
  await expect(page.getByRole('status')).toHaveText(/^Blocked: France/);
  await expect(page).toHaveURL(/#2\/test-case\/consensus\/FR=o\/[A-Za-z0-9+$-]+$/);
  const link = page.url();
  expect(link.length).toBeLessThanOrEqual(2000);

  // The same browser after a reload keeps the imported scenario.
  await page.goto('/');
  await page.reload();
  await expect(picker(page)).toHaveValue('test-case');

  // A fresh browser (no storage) with only the link.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  const errors: string[] = [];
  fresh.on('pageerror', (e) => errors.push(e.message));
  await fresh.goto(link);
  await expect(picker(fresh)).toHaveValue('test-case');
  await expect(radio(fresh, 'France', 'Object')).toBeChecked();
  await expect(fresh.getByRole('status')).toHaveText(/^Blocked: France/);
  expect(errors).toEqual([]);
  await other.close();
});

test('a dropped file is imported, with a hint while it is over the page', async ({ page }) => {
  await page.goto('/');
  const dataTransfer = await page.evaluateHandle(
    (text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.yaml', { type: 'application/yaml' }));
      return dt;
    },
    readFileSync(MINIMAL, 'utf8'),
  );
  await expect(page.getByRole('status')).toHaveText(/^Blocked/);
  // The page listens for drops from an effect that runs a little after the first paint: a drag
  // sent as soon as the outcome shows can come before it (see `started`).
  await started(page);
  await page.locator('main').dispatchEvent('dragenter', { dataTransfer });
  await expect(page.getByText('Drop a scenario file (YAML or JSON) to import it')).toBeVisible();
  await page.locator('main').dispatchEvent('drop', { dataTransfer });
  await expect(picker(page)).toHaveValue('test-case');
  await expect(page.getByText(/Imported “A test case” from dropped.yaml/)).toBeVisible();
});

test('an invalid file lists its problems and changes nothing', async ({ page }) => {
  await page.goto('/');
  await page
    .getByLabel('Import scenario file')
    .setInputFiles(join(FIXTURES, 'scenarios/bad/unknown-ally.yaml'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('“unknown-ally.yaml” is not a valid scenario file');
  await expect(alert.getByRole('listitem').first()).toHaveText(/^14:3: unknown ally code XX/);
  await expect(picker(page)).toHaveValue('vilnius-2023');
  await expect(page.getByRole('status')).toHaveText(
    /^Blocked: France objects \(named official\); Germany, following France \(reported\)\./,
  );
});

test('a file over 1 MB is refused', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Import scenario file').setInputFiles({
    name: 'huge.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.alloc(1_200_000, 'a'),
  });
  await expect(page.getByRole('alert').getByRole('listitem')).toHaveText(
    '1:1: file is 1,200,000 bytes; scenario files are limited to 1 MB',
  );
  await expect(picker(page)).toHaveValue('vilnius-2023');
});

test('a damaged link that carries a scenario shows a notice and the default scenario', async ({
  page,
}) => {
  await page.goto('/#2/test-case/consensus//N4IgZg9gTgtghgFxALgIwBoQEsA');
  await expect(page.getByRole('alert')).toContainText('Showing the default scenario instead');
  await expect(picker(page)).toHaveValue('vilnius-2023');
  await expect(page.getByRole('status')).toHaveText(
    /^Blocked: France objects \(named official\); Germany, following France \(reported\)\./,
  );
});

test('the table exports as a scenario file that imports back to the same table', async ({
  page,
}) => {
  await page.goto('/');
  await choose(page, 'France', 'Support');
  await choose(page, 'Hungary', 'Object');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export scenario (YAML)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('vilnius-2023.yaml');
  const path = await file.path();
  expect(readFileSync(path, 'utf8')).toContain('Set in the simulator: support.');
  await page.getByLabel('Import scenario file').setInputFiles(path);
  await expect(picker(page)).toHaveValue('vilnius-2023-imported');
  await expect(radio(page, 'France', 'Support')).toBeChecked();
  await expect(radio(page, 'Hungary', 'Object')).toBeChecked();
  await expect(page.getByRole('status')).toHaveText(/^Blocked: Hungary/);
  // A shipped-size scenario is too large for a link: the page says so and offers the file.
  await expect(page.getByText(/too large to travel in a link/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download the scenario file' })).toBeVisible();

  const sources = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download sources' }).click();
  expect((await sources).suggestedFilename()).toBe('vilnius-2023-imported.sources.md');
});
