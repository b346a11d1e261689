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

export default defineConfig({
  plugins: [react(), scenarioCatalog(scenarioDirs), contentSecurityPolicy(), classRooms()],
  build: {
    target: 'es2022',
    sourcemap: true,
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
