// Flat config. The layer rules below keep the architecture of DESIGN.md honest:
// engine <- scenario <- words <- state <- ui/charts <- app, and the engine stays pure; the room
// protocol (src/room) sits beside the scenario, and the room server (server/) uses only those. The words
// (every sentence and domain noun people read) sit above the scenario, which they describe.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import patterns for the project's own layers, by folder name. */
const dirs = (...names) => names.map((name) => `**/${name}/**`);
/** The UI runtime no layer below the UI may import. */
const NO_UI = ['react', 'react-dom', 'zustand', 'zustand/*'];

const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

const htmlSinks = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'No HTML sinks: render text.',
  },
  {
    selector: "MemberExpression[property.name='innerHTML']",
    message: 'No HTML sinks: render text.',
  },
  {
    selector: "MemberExpression[property.name='outerHTML']",
    message: 'No HTML sinks: render text.',
  },
  {
    selector: "CallExpression[callee.property.name='html']",
    message: 'No d3 .html(): render text.',
  },
];

const noOnly = ['describe', 'it', 'test'].map((object) => ({
  object,
  property: 'only',
  message: 'No .only in committed tests.',
}));

const COMPOSITION_ROOT_ONLY =
  'Only the composition root (src/app) touches location and storage: components get callbacks.';
const BROWSER_STATE = ['localStorage', 'sessionStorage', 'location'];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-payloads',
      'coverage',
      'node_modules',
      'test-results',
      'playwright-report',
      'reports',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', ...htmlSinks],
      'no-restricted-properties': ['error', ...noOnly],
    },
  },
  {
    // No import cycles among our own modules. Type-only imports are erased and do not count.
    files: ['{src,tests,bench,scripts}/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Tests may assert presence with `!` where an absent value would fail the test anyway.
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**', 'bench/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The address bar and storage belong to src/app; everything below it gets callbacks. A later
    // block replaces a rule's whole option list, so the .only entries are repeated here.
    files: ['src/**'],
    ignores: ['src/app/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...BROWSER_STATE.map((name) => ({ name, message: COMPOSITION_ROOT_ONLY })),
      ],
      'no-restricted-properties': [
        'error',
        ...noOnly,
        ...['window', 'document', 'globalThis', 'self'].flatMap((object) =>
          BROWSER_STATE.map((property) => ({ object, property, message: COMPOSITION_ROOT_ONLY })),
        ),
      ],
    },
  },
  layer(
    ['src/engine/**'],
    [
      {
        group: [...NO_UI, 'react-dom/*', 'd3-selection', 'd3', 'yaml', 'zod'],
        message: 'src/engine is pure TypeScript.',
      },
      {
        group: dirs('scenario', 'words', 'state', 'ui', 'charts', 'app', 'cli'),
        message: 'The engine depends on nothing above it.',
      },
    ],
  ),
  layer(
    ['src/scenario/**'],
    [
      { group: [...NO_UI, 'd3', 'd3-*'], message: 'src/scenario is the input boundary, no UI.' },
      {
        group: dirs('words', 'state', 'ui', 'charts', 'app', 'cli'),
        message: 'scenario depends only on engine.',
      },
    ],
  ),
  layer(
    ['src/words/**'],
    [
      { group: [...NO_UI, 'd3', 'd3-*'], message: 'src/words is plain sentences, no UI.' },
      {
        group: dirs('state', 'ui', 'charts', 'app', 'cli'),
        message: 'words depend only on engine and scenario.',
      },
    ],
  ),
  layer(
    ['src/state/**'],
    [
      {
        group: dirs('ui', 'charts', 'app', 'cli'),
        message: 'state depends only on engine, scenario and words.',
      },
    ],
  ),
  layer(
    ['src/charts/**'],
    [
      {
        group: [...dirs('state', 'ui', 'app', 'cli'), 'zustand', 'zustand/*'],
        message: 'Charts take props and callbacks, never the store.',
      },
    ],
  ),
  layer(
    ['src/ui/**'],
    [{ group: dirs('app', 'cli'), message: 'ui does not import the composition root.' }],
  ),
  layer(
    ['src/room/**'],
    [
      { group: [...NO_UI, 'd3', 'd3-*'], message: 'src/room is the room protocol, no UI.' },
      {
        group: dirs('words', 'state', 'ui', 'charts', 'app', 'cli'),
        message: 'The room protocol depends only on engine and scenario.',
      },
    ],
  ),
  layer(
    ['server/**'],
    [
      {
        group: [...NO_UI, 'd3', 'd3-*', ...dirs('state', 'ui', 'charts', 'app', 'cli')],
        message: 'The room server imports the engine, scenario and room code, never the UI.',
      },
    ],
  ),
  layer(
    ['src/cli/**'],
    [
      {
        group: ['react', 'react-dom', ...dirs('state', 'ui', 'charts', 'app')],
        message: 'The command line runs on engine, scenario and words only.',
      },
    ],
  ),
);
