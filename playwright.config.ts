/**
 * The browser suite: the production build, served locally, in Debian's Chromium (found, or
 * installed with apt-get when running as root; see tests/e2e/chromium.ts). Two builds: the app
 * as shipped, and one that adds a hostile scenario (tests/fixtures/scenarios/payloads).
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from './tests/e2e/chromium';

const executablePath = ensureChromium();
const PORT = Number(process.env.E2E_PORT ?? 4391);
const PAYLOAD_PORT = PORT + 1;
// The env var silences Vite's notice about a future config loader (it is not an error).
const vite = 'VITE_CONFIG_NATIVE_IGNORE_WARNING=true node node_modules/vite/bin/vite.js';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // How long an auto-retrying assertion waits for its state. Playwright's 5 s default is too tight
  // on a loaded 2-core machine: with two CPU-bound processes beside the suite the map was ready
  // 5.4 s after navigation (1.7 s when quiet), and the first render took over 5 s with the page's
  // CPU throttled fourfold. A passing assertion returns as soon as its state shows, so this costs
  // a passing run nothing; only a real failure takes longer to report.
  expect: { timeout: 15_000 },
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: [
    {
      command: `${vite} build --logLevel warn && ${vite} preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `${vite} build --logLevel warn --outDir dist-payloads && ${vite} preview --outDir dist-payloads --host 127.0.0.1 --port ${PAYLOAD_PORT} --strictPort`,
      url: `http://127.0.0.1:${PAYLOAD_PORT}/`,
      env: { NAC_EXTRA_SCENARIOS: 'tests/fixtures/scenarios/payloads' },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
