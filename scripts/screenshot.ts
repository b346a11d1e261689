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
  for (const [name, viewport, scheme] of [
    ['screenshot.png', { width: 1280, height: 1000 }, 'light'],
    ['screenshot-phone-dark.png', { width: 390, height: 844 }, 'dark'],
  ] as const) {
    const page = await browser.newPage({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
    await page.goto(`${server.url}/`);
    await page.getByRole('status').waitFor();
    await page.screenshot({ path: join(out, name), fullPage: false });
    console.log(`wrote docs/${name}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
