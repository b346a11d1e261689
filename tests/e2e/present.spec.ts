// Presenter mode by keyboard alone, its accessibility, and the printed handout: one A4 page,
// black on white, for every shipped scenario in light and dark system themes.
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, radio, settled, started, test } from './fixtures';

const presenter = (page: Page) => page.getByRole('region', { name: 'Presenter mode' });

/** Pages in a PDF: its page objects (`/Type /Page`), not the page tree (`/Type /Pages`). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

test('presenter mode by keyboard alone: France comes round and the table passes', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('status')).toHaveText(
    /^Blocked: France objects \(named official\); Germany, following France \(reported\)\./,
  );
  // The P key is heard by a listener the app adds just after the first paint (see `started`).
  await started(page);
  await page.keyboard.press('p');
  await expect(presenter(page)).toBeVisible();
  // The editing chrome is gone; the allies' radio groups and the outcome stay.
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Why' })).toBeHidden();
  await expect(radio(page, 'France', 'Object')).toBeChecked();
  for (let i = 0; i < 40 && !/Selected France/.test(await presenter(page).innerText()); i++)
    await page.keyboard.press('ArrowRight');
  await expect(presenter(page)).toContainText(/Selected\s*France\s*Object/);
  await page.keyboard.press('Space');
  await expect(radio(page, 'France', 'Support')).toBeChecked();
  await expect(page.getByRole('status')).toHaveText(/^Passes/);
  await expect(presenter(page)).toContainText(/France\s*Support/);
  await page.keyboard.press('3');
  await expect(radio(page, 'France', 'Object')).toBeChecked();
  await expect(page.getByRole('status')).toHaveText(/^Blocked/);
  await page.keyboard.press('Escape');
  await expect(presenter(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`presenter mode has no axe violations (${colorScheme})`, async ({ page }) => {
    // Two full axe scans: 9 to 12 s on a quiet machine, up to 50 s with two CPU-bound processes
    // beside the suite; more room than the default 60 s for a loaded laptop or shared runner.
    test.setTimeout(150_000);
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    // Scanned once the page has finished loading (the map and the worker's charts), not midway.
    await settled(page);
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(presenter(page)).toBeVisible();
    await page.keyboard.press('ArrowRight');
    const check = async (label: string) => expect(await axeViolations(page, { label })).toEqual([]);
    await check('presenting');
    await page.keyboard.press('?');
    await expect(page.getByRole('heading', { name: 'Keys in presenter mode' })).toBeVisible();
    await check('help open');
  });
}

/** Every shipped scenario, and a table whose outcome sentence is as long as they get. */
const HANDOUTS = [
  ['spring-2023', '/#3/spring-2023/consensus//r=2'],
  ['vilnius-2023', '/#3/vilnius-2023/consensus//r=2'],
  ['washington-2024', '/#3/washington-2024/consensus//r=2'],
  ['shelved-2025', '/#3/shelved-2025/consensus//r=2'],
  ['unsc-comparison', '/#3/unsc-comparison/consensus//r=2'],
  ['eu-council-comparison', '/#3/eu-council-comparison/eu-council-qmv//'],
  [
    'vilnius-2023, 14 changes, pending under unanimity',
    '/#3/vilnius-2023/unanimity/AL=u,BE=u,BG=u,CA=u,HR=u,CZ=u,DK=u,EE=u,FI=u,GR=u,IS=u,IT=u,LV=u,LT=u,FR=s/r=2',
  ],
] as const;

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the handout prints on one A4 page, black on white (${colorScheme})`, async ({ page }) => {
    for (const [label, link] of HANDOUTS) {
      await page.emulateMedia({ media: 'screen', colorScheme });
      await page.goto(link);
      // After the first, each link differs from the last only after the '#': the page stays and
      // loads the new table on hashchange. Wait for that table, not the last one still showing.
      const [, scenarioId, ruleId] = /^\/#\d\/([^/]+)\/([^/]+)\//.exec(link) ?? [];
      await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue(scenarioId ?? '');
      await expect(page.getByRole('combobox', { name: 'Decision rule' })).toHaveValue(ruleId ?? '');
      await expect(page.getByRole('status')).toHaveText(/^(Passes|Blocked|Pending)/);
      await expect(page.getByRole('alert')).toHaveCount(0); // the link opened as given
      // The handout listens for beforeprint from an effect that runs after the first paint.
      await started(page);
      await expect(page.getByLabel('Printed handout')).toHaveCount(0); // not on screen
      await page.emulateMedia({ media: 'print', colorScheme });
      // What the browser does before it prints (page.pdf below does it too; emulateMedia not).
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      const handout = page.getByLabel('Printed handout');
      await expect(handout, label).toBeVisible();
      await expect(page.getByRole('status'), label).toBeHidden();
      await expect(page.getByRole('button', { name: 'Print handout' }), label).toBeHidden();
      const colours = await handout.evaluate((el) => {
        const body = getComputedStyle(el.ownerDocument.body);
        return [getComputedStyle(el).color, body.backgroundColor];
      });
      expect(colours, label).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdfPageCount(pdf), `${label}: pages`).toBe(1);
      await expect(handout, `${label}: gone after printing`).toHaveCount(0);
    }
  });
}
