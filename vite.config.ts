import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/vitePluginCsp';
import { classRooms } from './scripts/vitePluginRooms';
import { scenarioCatalog } from './scripts/vitePluginScenarios';

// NAC_EXTRA_SCENARIOS adds scenario folders to a build (the browser suite's payload build).
const scenarioDirs = [
  fileURLToPath(new URL('./scenarios', import.meta.url)),
  ...(process.env.NAC_EXTRA_SCENARIOS ?? '').split(',').filter(Boolean),
];

/**
 * Modules of the page's first visit that lazy parts share: the UI runtime, the engine and the
 * table's state and words. Not the lazy parts' own modules (the exercises' search and checker,
 * the scenario reader), which would then load on every first visit.
 */
const FIRST_VISIT =
  /node_modules[\\/](react|react-dom|scheduler|zustand)[\\/]|src[\\/](engine[\\/](?!minimal)|words[\\/](?!exercises)|state[\\/]|room[\\/](snapshot|code|limits)|scenario[\\/](model|number|play|link|limits))/;

export default defineConfig({
  plugins: [react(), scenarioCatalog(scenarioDirs), contentSecurityPolicy(), classRooms()],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Rolldown gives each set of modules that the page and a lazy part (the room's views,
          // the exercises) both import a common chunk of its own: the first visit then loaded
          // seven small files, each gzipped apart (about 8 kB more than together). What the page
          // itself needs goes in one chunk instead; the lazy parts keep their own.
          groups: [{ name: 'page', test: FIRST_VISIT }],
        },
      },
    },
  },
  test: {
    globals: true,
    // Unit and component tests; the browser suite (tests/e2e) is run by Playwright.
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // The command-line tests start real processes; on a loaded two-core machine that takes seconds.
    testTimeout: 30_000,
    setupFiles: ['tests/setup.ts'],
    // The JSON report is what .ci/run counts (CI reads a plain "N passed, N failed" line).
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
