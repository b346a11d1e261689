/**
 * Takes the README's screenshots of the real production build in Chromium:
 *   npm run build && npx tsx scripts/screenshot.ts
 * Serves dist/ with `vite preview` on a free port and drives Debian's Chromium (CHROME_PATH or
 * /usr/bin/chromium).
 */
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startPreview } from '../tests/e2e/server';
import { chromiumPath, CHROMIUM_ARGS } from '../tests/e2e/chromium';

const out = join(import.meta.dirname, '../docs');
const server = await startPreview();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const [name, viewport, scheme, present] of [
    // A laptop or a projector's first screen; a phone; presenter mode on a 1080p projector.
    ['screenshot.png', { width: 1280, height: 720 }, 'light', false],
    ['screenshot-phone-dark.png', { width: 360, height: 780 }, 'dark', false],
    ['screenshot-presenter.png', { width: 1920, height: 1080 }, 'light', true],
  ] as const) {
    const page = await browser.newPage({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
    await page.goto(`${server.url}/`);
    await page.getByRole('status').waitFor();
    // The rows render in a transition, the rules' odds come from the worker: wait for both.
    await page.getByRole('radiogroup').last().waitFor();
    await page
      .getByRole('img', { name: 'The same table judged under every decision rule' })
      .waitFor();
    if (present) {
      await page.getByRole('button', { name: 'Present' }).click();
      await page.getByRole('region', { name: 'Presenter mode' }).waitFor();
    }
    await page.waitForTimeout(500); // the deferred charts' render after the rows
    await page.screenshot({ path: join(out, name), fullPage: false });
    console.log(`wrote docs/${name}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
