import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'tests/console-replicas/dist/**', 'tests/portal-replica/dist/**', '.tmp/**', '.vitest/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // lib/ is pure: the extension APIs belong to entrypoints and components.
    files: ['lib/**/*.ts'],
    ignores: ['lib/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'browser', message: 'lib/ is pure: pass values in from entrypoints.' }, { name: 'chrome', message: 'lib/ is pure.' }],
    },
  },
  {
    // The IAM simulator is AGPL: tests may use it, nothing that ships may import it.
    files: ['lib/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@cloud-copilot/iam-simulate', '@cloud-copilot/iam-policy', '@cloud-copilot/iam-expand', '@cloud-copilot/iam-utils'], message: 'AGPL, test-only: use it from tests/unit, never from shipped code.' }] }],
    },
  },
);
