/**
 * What the second language costs (npm run bench:language): the production build in Chromium, each
 * visit in a fresh context (nothing cached, service worker blocked), alternately
 *   - in English (a browser that prefers English, no link language);
 *   - in French from a browser that prefers French (the French catalog loads before the first
 *     render);
 * giving the Largest Contentful Paint and when the outcome's status was on screen in the
 * expected language; then, on an English page, the time from choosing Français in the Language
 * control to the status reading in French (the catalog fetched on demand). Also the catalogs'
 * sizes as the build ships them. Prints medians and ranges; asserts nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/e2e/chromium';
import { startPreview } from '../tests/e2e/server';

const VISITS = 12;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const range = (xs: number[]) => `${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)}`;
const FIRST_WORD = { en: /^(Passes|Blocked|Pending)/, fr: /^(Adoptée|Bloquée|En attente)/ };

async function visit(browser: Browser, url: string, language: 'en' | 'fr') {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    locale: language === 'fr' ? 'fr-FR' : 'en-GB',
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __lcp: number };
    w.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(url);
  const status = page.getByRole('status').filter({ hasText: FIRST_WORD[language] }).first();
  await status.waitFor();
  const shown = await page.evaluate(() => performance.now());
  await page.waitForTimeout(500);
  const lcp = await page.evaluate(() => (window as unknown as { __lcp: number }).__lcp);
  let switched = NaN;
  if (language === 'en') {
    // Choose French, and time until the status reads in French.
    const t0 = await page.evaluate(() => performance.now());
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await page.getByRole('status').filter({ hasText: FIRST_WORD.fr }).first().waitFor();
    switched = (await page.evaluate(() => performance.now())) - t0;
  }
  await context.close();
  return { lcp, shown, switched };
}

const assets = join(import.meta.dirname, '../dist/assets');
const gz = (file: string) => gzipSync(readFileSync(join(assets, file))).length / 1000;
const french = readdirSync(assets).filter((f) => /^fr-.*\.js$/.test(f));

const server = await startPreview();
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  const en: Awaited<ReturnType<typeof visit>>[] = [];
  const fr: Awaited<ReturnType<typeof visit>>[] = [];
  for (let i = 0; i < VISITS; i++) {
    en.push(await visit(browser, `${server.url}/`, 'en'));
    fr.push(await visit(browser, `${server.url}/`, 'fr'));
  }
  const line = (label: string, xs: number[]) =>
    console.log(`  ${label}: median ${median(xs).toFixed(0)} ms (${range(xs)})`);
  console.log(`Languages: Chromium ${browser.version()}, ${VISITS} first visits each\n`);
  line(
    'LCP, English',
    en.map((v) => v.lcp),
  );
  line(
    'LCP, French (browser prefers French)',
    fr.map((v) => v.lcp),
  );
  line(
    'status on screen, English',
    en.map((v) => v.shown),
  );
  line(
    'status on screen, French',
    fr.map((v) => v.shown),
  );
  line(
    'Français chosen -> status in French',
    en.map((v) => v.switched),
  );
  for (const f of french) console.log(`  French catalog ${f}: ${gz(f).toFixed(1)} kB gz`);
} finally {
  await browser.close();
  await server.close();
}
