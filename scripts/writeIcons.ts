/**
 * Writes the installed app's icons (public/icons/*.png) from the favicon, drawn by Chromium:
 * launchers want raster icons of 192 and 512 pixels, and a "maskable" one whose drawing keeps
 * inside the safe circle (80% of the square) on a solid background. Run after changing the
 * favicon: `npx tsx scripts/writeIcons.ts`; the PNGs are checked in, so no build pays for this.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';

const root = join(import.meta.dirname, '..');
const favicon = readFileSync(join(root, 'public/favicon.svg'), 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(favicon).toString('base64')}`;

const icons = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const { file, size, maskable } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  // The favicon's own drawing fills its box; a maskable icon shrinks it into the safe zone.
  const inset = maskable ? Math.round(size * 0.16) : 0;
  await page.setContent(
    `<body style="margin:0;background:${maskable ? '#ffffff' : 'transparent'}">` +
      `<img src="${dataUrl}" style="display:block;margin:${inset}px;width:${size - 2 * inset}px;height:${size - 2 * inset}px"></body>`,
  );
  await page.screenshot({
    path: join(root, 'public/icons', file),
    omitBackground: !maskable,
    clip: { x: 0, y: 0, width: size, height: size },
  });
  await page.close();
  console.log(`public/icons/${file} (${size} px${maskable ? ', maskable' : ''})`);
}
await browser.close();
