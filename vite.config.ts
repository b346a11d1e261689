import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { scenarioCatalog } from './scripts/vitePluginScenarios';

export default defineConfig({
  plugins: [react(), scenarioCatalog(fileURLToPath(new URL('./scenarios', import.meta.url)))],
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
    setupFiles: ['tests/setup.ts'],
    // The JSON report is what .ci/run counts (CI reads a plain "N passed, N failed" line).
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
