import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/vitePluginCsp';
import { dropDefaultMessages } from './scripts/vitePluginMessages';
import { classRooms } from './scripts/vitePluginRooms';
import { scenarioCatalog } from './scripts/vitePluginScenarios';

// NAC_EXTRA_SCENARIOS adds scenario folders to a build (the browser suite's payload build).
const scenarioDirs = [
  fileURLToPath(new URL('./scenarios', import.meta.url)),
  ...(process.env.NAC_EXTRA_SCENARIOS ?? '').split(',').filter(Boolean),
];

/**
 * Modules of the page's first visit that lazy parts share: the UI runtime, the d3 modules its
 * charts use, the engine and the table's state and words. Not the lazy parts' own modules (the
 * exercises' search and checker, the class room's words and table bridge, the scenario reader,
 * the catalogs of the parts that load on demand and of languages other than English), which
 * would then load on every first visit.
 */
const FIRST_VISIT =
  /node_modules[\\/](react|react-dom|scheduler|zustand|d3-(array|color|format|interpolate|scale))[\\/]|src[\\/](engine[\\/](?!minimal)|words[\\/](?!exercises|room\.|compare\.|timeline\.|share\.|noticeText\.|parts[\\/]|compiled[\\/](?!page\.))|state[\\/](?!roomTable)|room[\\/](snapshot|code|limits)|scenario[\\/](model|number|play|link|limits|translate|languages))/;

/**
 * The offline build: a service worker (Workbox, through vite-plugin-pwa) that precaches every
 * script, style, page and icon of the build, so that once a visit has installed it the simulator
 * works with no network; and the manifest that makes it installable. The page registers the
 * worker itself once it is idle (src/app/offline.ts), from a TrustedScriptURL; a new version
 * waits until the user says so or the next visit (registerType 'prompt').
 */
const offline = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  filename: 'sw.js',
  // The icons are in the precache through globPatterns already.
  includeManifestIcons: false,
  manifest: {
    name: 'NAC consensus simulator: the Tokyo office veto',
    short_name: 'NAC veto',
    description:
      'Play with a veto: the North Atlantic Council’s consensus rule and the 2023 dispute over a NATO liaison office in Tokyo.',
    lang: 'en',
    start_url: '.',
    scope: '.',
    display: 'standalone',
    // The page's own light background and the favicon's blue; dark screens get theirs from
    // index.html's theme-color for (prefers-color-scheme: dark).
    background_color: '#ffffff',
    theme_color: '#0072B2',
    icons: [
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      {
        src: 'icons/icon-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  },
  workbox: {
    // Not the source maps: only a developer's tools ask for them, and never offline.
    globPatterns: ['**/*.{js,css,html,svg,png}'],
    // The page is one document whose state is in the fragment: any address opens it offline.
    navigateFallback: 'index.html',
    // A page opened at the room server's address is the server's answer, never the cached app.
    // (Other requests to it, the room's socket included, are never the worker's: nothing in the
    // precache matches them.)
    navigateFallbackDenylist: [/^\/rooms/],
    cleanupOutdatedCaches: true,
    // The first install takes the open page at once (nothing old to disagree with); an update
    // waits for the user's word (skipWaiting stays off).
    clientsClaim: true,
  },
});

export default defineConfig({
  plugins: [
    dropDefaultMessages(),
    react(),
    scenarioCatalog(scenarioDirs),
    contentSecurityPolicy(),
    classRooms(),
    offline,
  ],
  resolve: {
    alias: [
      // The catalogs are compiled to ICU ASTs ahead (npm run i18n): the page never parses a
      // message, so it ships FormatJS without the parser (no-parser.js throws if one is asked).
      {
        find: /^@formatjs\/icu-messageformat-parser$/,
        replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
      },
    ],
  },
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
