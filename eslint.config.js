// Lint rules: typescript-eslint with type information, so promise misuse is caught.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'tmp/**',
      'bench/out/**',
      '**/*.js',
      '!eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression[callee.property.name="only"]', message: 'no .only in committed tests' },
      ],
    },
  },
  {
    // The web UI renders hostile documents: it builds DOM from text nodes only (src/web/ui/dom.ts).
    files: ['src/web/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...[
          'innerHTML',
          'outerHTML',
          'insertAdjacentHTML',
          'write',
          'writeln',
          'createContextualFragment',
          'srcdoc',
        ].map((property) => ({
          property,
          message: 'never parse strings as HTML: build nodes with h() from dom.ts',
        })),
      ],
      'no-restricted-globals': ['error', { name: 'eval', message: 'no eval' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression[callee.property.name="only"]', message: 'no .only in committed tests' },
        { selector: 'NewExpression[callee.name="DOMParser"]', message: 'never parse strings as HTML' },
        { selector: 'NewExpression[callee.name="Function"]', message: 'no code from strings' },
        {
          selector:
            'CallExpression[callee.property.name="setAttribute"][arguments.0.value=/^(on|style$|href$|src$)/i]',
          message: 'set attributes through h()/s() from dom.ts, which refuse handlers and unsafe URLs',
        },
      ],
    },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
);
