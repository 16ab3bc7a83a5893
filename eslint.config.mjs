// ESLint flat config: typescript-eslint, Prettier compatibility, Office add-in rules as errors,
// and an import fence that keeps src/core pure (no Office, DOM, Node or UI code).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import officeAddins from 'eslint-plugin-office-addins';

const officePlugin = officeAddins.default ?? officeAddins;

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'build',
      'dist',
      'coverage',
      'tests/artifacts',
      'examples',
      'reports',
      '.stryker-tmp',
    ],
  },
  // Every exception carries its reason (`-- why`), and one that no longer suppresses anything is an error.
  { linterOptions: { reportUnusedDisableDirectives: 'error', reportUnusedInlineConfigs: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'office-addins': officePlugin },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process', 'stream', 'zlib'],
              message: 'src/core is pure: no Node imports.',
            },
            {
              group: ['exceljs', 'react', 'react-*', '@fluentui/*', '@microsoft/*', 'office-*'],
              message: 'src/core is pure: no Office, ExcelJS or UI imports.',
            },
            {
              group: ['../xlsx/*', '../excel/*', '../cli/*', '../taskpane/*', '../commands/*'],
              message: 'src/core must not depend on adapters.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'Office',
        'Excel',
        'process',
        'require',
        'Buffer',
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
