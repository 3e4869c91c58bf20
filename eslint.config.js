// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsdoc from 'eslint-plugin-jsdoc';
import globals from 'globals';

const publicContexts = ['ExportNamedDeclaration > FunctionDeclaration'];

export default tseslint.config(
  { ignores: ['dist/**', 'docs/api/**', 'coverage/**', 'node_modules/**', 'test/.doctest/**', 'test/integration/**/node_modules/**', 'examples/**/vendor/**', '.scratch/**', 'out/**', 'bench/.data/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain Node scripts (build, CI, fixture and demo generators).
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'CallExpression[callee.property.name="toBeCloseTo"]', message: 'use expectClose with an explicit rtol (STYLE rule 18)' }],
    },
  },
  {
    // Public functions: summary, params, returns, throws and an @example (STYLE rules 9-10).
    files: ['src/**/*.ts'],
    ignores: ['src/**/_internal/**', 'src/cli/**'],
    plugins: { jsdoc },
    rules: {
      'jsdoc/require-jsdoc': ['error', { publicOnly: true, require: { FunctionDeclaration: true, ClassDeclaration: true }, contexts: ['TSInterfaceDeclaration', 'TSTypeAliasDeclaration'] }],
      'jsdoc/require-example': ['error', { contexts: publicContexts, exemptNoArguments: false }],
      'jsdoc/require-param': ['error', { contexts: publicContexts, checkDestructured: false }],
      'jsdoc/require-returns': ['error', { contexts: publicContexts }],
      'jsdoc/check-param-names': ['error', { checkDestructured: false }],
    },
  },
  {
    // Domain layers and stats never import zod, fs or danfojs (ARCHITECTURE; STYLE rule 1).
    files: ['src/change/**', 'src/outcomes/**', 'src/equity/**', 'src/socialvalue/**', 'src/stats/**', 'src/data/**', 'src/errors/**', 'src/_internal/**', 'src/index.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['zod', 'zod/*'], message: 'zod lives in src/schema only' },
        { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'stream'], message: 'the browser-safe core has no Node built-ins' },
        { group: ['danfojs', 'danfojs-node', 'exceljs', 'csv-parse', 'csv-parse/*', 'vega', 'vega-lite'], message: 'Node-only and optional packages belong in io/ or report/' },
        { group: ['**/io/**', '**/report/**', '**/cli/**', '**/schema/**'], message: 'imports point downwards only (ARCHITECTURE)' },
      ] }],
    },
  },
);
