/**
 * The offline build's cost to a first visit (npm run bench:offline): the production build in
 * Chromium, each visit in a fresh context (nothing cached), alternately with the service worker
 * allowed and blocked (Playwright's serviceWorkers: 'block', as before the offline build):
 *   - Largest Contentful Paint of the first visit, and how long after it the registration began
 *     (it waits for the page's load and an idle moment: it should never come before);
 *   - with the worker: when the page said "Ready to work offline" (the precache stored), and the
 *     bytes the precache fetched (uncompressed, as vite preview serves them).
 * Prints medians and ranges; asserts nothing.
 */
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/e2e/chromium';
import { REGISTER_MARK } from '../src/state/offline';
import { startPreview } from '../tests/e2e/server';

const VISITS = 12;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const range = (xs: number[]) => `${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)}`;

async function visit(browser: Browser, url: string, worker: boolean) {
  const context = await browser.newContext({ serviceWorkers: worker ? 'allow' : 'block' });
  await context.addInitScript(() => {
    const w = window as unknown as { __lcp: number };
    w.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  // Requests the service worker makes (the precache) are the context's, not the page's: their
  // sizes are read as they finish, and all read before the context closes.
  const workerSizes: Promise<number>[] = [];
  context.on('requestfinished', (request) => {
    if (request.serviceWorker())
      workerSizes.push(
        request
          .response()
          .then((r) => r?.body())
          .then(
            (b) => b?.length ?? 0,
            () => 0,
          ),
      );
  });
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(url);
  await page.getByRole('status').waitFor();
  let ready = NaN;
  let registered = NaN;
  if (worker) {
    await page.getByText('Ready to work offline').waitFor({ timeout: 60_000 });
    ready = Date.now() - t0;
    registered = await page.evaluate(
      (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? NaN,
      REGISTER_MARK,
    );
  } else await page.waitForTimeout(1000);
  const lcp = await page.evaluate(() => (window as unknown as { __lcp: number }).__lcp);
  const workerBytes = (await Promise.all(workerSizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return { lcp, ready, registered, workerBytes };
}

const server = await startPreview();
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  const withWorker: Awaited<ReturnType<typeof visit>>[] = [];
  const without: number[] = [];
  for (let i = 0; i < VISITS; i++) {
    without.push((await visit(browser, `${server.url}/`, false)).lcp);
    withWorker.push(await visit(browser, `${server.url}/`, true));
  }
  const lcps = withWorker.map((v) => v.lcp);
  const ready = withWorker.map((v) => v.ready);
  const after = withWorker.map((v) => v.registered - v.lcp);
  const kb = median(withWorker.map((v) => v.workerBytes)) / 1024;
  console.log(`Offline build: Chromium ${browser.version()}, ${VISITS} first visits each\n`);
  console.log(
    `  LCP, service worker blocked: median ${median(without).toFixed(0)} ms (${range(without)})`,
  );
  console.log(
    `  LCP, service worker allowed: median ${median(lcps).toFixed(0)} ms (${range(lcps)})`,
  );
  console.log(
    `  the registration started after the LCP by: median ${median(after).toFixed(0)} ms (${range(after)})`,
  );
  console.log(
    `  ready to work offline after: median ${median(ready).toFixed(0)} ms (${range(ready)}); precache fetched ${kb.toFixed(0)} kB`,
  );
} finally {
  await browser.close();
  await server.close();
}
