// Flat config. The layering of shared/design/architecture.md is enforced here with
// no-restricted-imports per folder; later blocks replace the rule for their files, so each layer
// states its whole list.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

const noNode = (layer) => ({
  paths: nodeBuiltins.map((name) => ({ name, message: `${layer} runs without Node modules.` })),
  patterns: [{ group: ['node:*'], message: `${layer} runs without Node modules.` }],
});

/** Relative imports that climb out of a layer into another top-level folder. */
const intoFolders = (folders, message) => ({
  regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`,
  message,
});

const packages = (names, message) => names.map((name) => ({ name, message }));

const sharedRule = {
  paths: [
    ...noNode('shared/').paths,
    ...packages(
      [
        'electron',
        'better-sqlite3',
        '@duckdb/node-api',
        'react',
        'react-dom',
        'zustand',
        'recharts',
      ],
      'shared/ is pure TypeScript: it may import zod and other shared/ files only.',
    ),
  ],
  patterns: [
    ...noNode('shared/').patterns,
    { group: ['react/*', 'react-dom/*', '@tanstack/*'], message: 'shared/ imports no UI code.' },
    intoFolders(
      ['main', 'renderer', 'preload', 'test', 'bench', 'scripts', 'resources'],
      'shared/ imports nothing of ours outside shared/.',
    ),
  ],
};

const rendererRule = {
  paths: [
    ...noNode('renderer/').paths,
    ...packages(
      ['electron', 'better-sqlite3', '@duckdb/node-api'],
      'renderer/ runs in the window: it reaches the back end only through renderer/src/api.',
    ),
  ],
  patterns: [
    ...noNode('renderer/').patterns,
    intoFolders(['main', 'preload'], 'renderer/ may import shared/, never main/ or preload/.'),
  ],
};

const mainRule = {
  paths: packages(
    ['electron'],
    'Only main/electron/ may import electron: the back end runs without it (browser host, tests).',
  ),
  patterns: [intoFolders(['renderer', 'preload'], 'main/ may import shared/, not the window.')],
};

const electronShellRule = {
  paths: [],
  patterns: [intoFolders(['renderer', 'preload'], 'main/electron/ may import main/ and shared/.')],
};

const preloadRule = {
  paths: [
    ...noNode('preload/').paths,
    ...packages(
      ['better-sqlite3', '@duckdb/node-api', 'react', 'react-dom', 'zod'],
      'The sandboxed preload may import electron and shared/ only.',
    ),
  ],
  patterns: [
    ...noNode('preload/').patterns,
    intoFolders(
      ['main', 'renderer'],
      'The sandboxed preload may import electron and shared/ only.',
    ),
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'release/',
      'build-electron/',
      'test-results/',
      'playwright-report/',
      '.electronegativity/',
      '.bench/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  // A promise nobody awaits loses its rejection, and one passed where a plain callback is expected
  // (an event handler, forEach) runs unchecked: both need the types, so they read tsconfig.json.
  // Fire-and-forget is written `void promise`, with the reason beside it where it is not obvious.
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  // Globals per folder, for what TypeScript does not see (plain .js/.mjs); in .ts files the
  // tsconfig of each layer decides (npm run typecheck). Node's globals only where Node runs.
  {
    files: ['main/**', 'scripts/**', 'bench/**', 'test/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**', 'preload/**', 'test/e2e/**', 'bench/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  { files: ['renderer/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  { files: ['shared/**'], rules: { 'no-restricted-imports': ['error', sharedRule] } },
  { files: ['renderer/**'], rules: { 'no-restricted-imports': ['error', rendererRule] } },
  { files: ['main/**'], rules: { 'no-restricted-imports': ['error', mainRule] } },
  { files: ['main/electron/**'], rules: { 'no-restricted-imports': ['error', electronShellRule] } },
  { files: ['preload/**'], rules: { 'no-restricted-imports': ['error', preloadRule] } },
  prettier,
);
