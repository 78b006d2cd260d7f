// @ts-check
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'coverage/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // rules/ is pure law as code: no I/O, no clock, nothing else of the project.
    files: ['src/rules/**/*.ts'],
    ignores: ['src/rules/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'http', 'https', 'net', 'child_process', 'pg', 'kysely', '@electric-sql/*', 'fastify', 'pino'], message: 'src/rules/ does no I/O.' },
          { group: ['**/cases/**', '**/store/**', '**/api/**', '**/web/**', '**/cli/**', '**/statistics/**', '**/i18n/**'], message: 'src/rules/ imports nothing from the other folders.' },
        ],
      }],
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date']", message: 'No clock in rules/: the date is an input.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'No clock in rules/: the date is an input.' },
        { selector: "MemberExpression[object.name='Temporal'][property.name='Now']", message: 'No clock in rules/: the date is an input.' },
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'rules/ is deterministic.' },
      ],
    },
  },
  {
    // lab/ (the policy lab, issue 13) reads the case load and the rules; the edges call it, never the other way.
    files: ['src/lab/**/*.ts'],
    ignores: ['src/lab/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/api/**', '**/web/**', '**/cli/**'], message: 'src/lab/ is called by the edges and imports none of them.' }],
      }],
    },
  },
);
