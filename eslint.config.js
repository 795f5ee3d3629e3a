// Lint, including the architecture's dependency direction (DESIGN.md "Dependencies point one
// way"): renderer -> shared <- electron/core <- electron/{main,cli,web}; only electron/main and
// electron/preload import 'electron'; shared/ and renderer/ import no Node built-ins.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const pureMessage = 'Node built-ins are not allowed here: keep this layer pure.';
// Exact names (a pattern "events" would also catch our own ./events).
const nodeBuiltinPaths = builtinModules
  .filter((m) => !m.startsWith('_'))
  .flatMap((m) => [m, `node:${m}`])
  .map((name) => ({ name, message: pureMessage }));
const nodeBuiltins = { group: ['node:*'], message: pureMessage };
const electron = { group: ['electron', 'electron/*'], message: "Only electron/main and electron/preload may import 'electron'." };
const intoElectron = { group: ['**/electron/**', '!electron'], message: 'This layer must not import from electron/.' };
const intoRenderer = { group: ['**/renderer/**'], message: 'Nothing imports the renderer.' };
const intoMainOrHosts = {
  group: ['**/main/**', '**/cli/**', '**/web/**', '**/preload/**'],
  message: 'The core must not depend on its hosts (main, preload, cli, web).',
};
const restrict = (...patterns) => ['error', { patterns }];
const restrictPure = (...patterns) => ['error', { paths: nodeBuiltinPaths, patterns: [nodeBuiltins, ...patterns] }];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.cache/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['scripts/**', 'build/**', 'bin/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': restrictPure(electron, intoElectron, intoRenderer) },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrictPure(electron, intoElectron),
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(electron, intoRenderer, intoMainOrHosts) },
  },
  {
    files: ['electron/cli/**/*.ts', 'electron/web/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(electron, intoRenderer, {
        group: ['**/main/**', '**/preload/**'],
        message: 'CLI and web bridge build on electron/core, not on the Electron shell.',
      }),
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(intoRenderer) },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
