// ESLint: typescript-eslint's recommended rules over everything we write. Import cycles are checked
// by scripts/check-cycles.ts, which (unlike import-x/no-cycle) also counts type-only imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.wxt/',
      '.tmp/',
      'node_modules/',
      'lib/skills/data/',
      'lib/courses/data/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        // WXT auto-imports these in entrypoints.
        defineBackground: 'readonly',
        defineContentScript: 'readonly',
        defineUnlistedScript: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-undef': 'off', // TypeScript checks names; browser and Node globals differ by folder.
      eqeqeq: ['error', 'smart'],
    },
  },
);
