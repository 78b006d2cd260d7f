// @ts-check
import tseslint from 'typescript-eslint';

const folders = ['rules', 'shared', 'store', 'i18n', 'cases', 'statistics', 'lab', 'api', 'web', 'main', 'cli'];

/**
 * The imports a folder of src/ may make: only from the folders in `allowed` (and its own). Tests are exempt
 * (they drive a folder through the ones above it).
 */
function layer(folder, allowed, message, files = [`src/${folder}/**/*.ts`], more = []) {
  const forbidden = folders.filter((f) => f !== folder.split('/')[0] && !allowed.includes(f));
  return [
    {
      files,
      ignores: [`src/${folder}/**/*.test.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          { patterns: [{ group: forbidden.flatMap((f) => [`../${f}/*`, `../**/../${f}/*`, `**/src/${f}/*`]), message }, ...more] },
        ],
      },
    },
  ];
}

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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'http', 'https', 'net', 'child_process', 'pg', 'kysely', '@electric-sql/*', 'fastify', 'pino'],
              message: 'src/rules/ does no I/O.',
            },
            {
              group: [
                '**/cases/**',
                '**/store/**',
                '**/api/**',
                '**/web/**',
                '**/cli/**',
                '**/statistics/**',
                '**/i18n/**',
                '**/lab/**',
                '**/main/**',
                '**/shared/**',
              ],
              message: 'src/rules/ imports nothing from the other folders.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: 'No clock in rules/: the date is an input.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'No clock in rules/: the date is an input.' },
        { selector: "MemberExpression[object.name='Temporal'][property.name='Now']", message: 'No clock in rules/: the date is an input.' },
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'rules/ is deterministic.' },
      ],
    },
  },
  // The direction of the architecture (docs/architecture in the folders' READMEs): each folder imports only
  // the folders below it. rules/ and shared/ import none; main/ assembles the program; cli/ starts it.
  ...layer('shared', [], 'src/shared/ holds what every folder may use and imports none of them.'),
  ...layer('store', ['shared'], 'src/store/ is the database: it imports only src/shared/.'),
  ...layer('i18n', ['rules', 'shared'], 'src/i18n/ holds messages: it imports only src/rules/ and src/shared/.'),
  ...layer(
    'cases',
    ['rules', 'store', 'shared', 'i18n'],
    'src/cases/ asks the rules and writes through the store; it knows no HTTP, no statistics and no edge.',
    undefined,
    // Every legal judgement of the case work is a question to a rule set, traced and cited: it reads no dated
    // parameter and decides no rule itself.
    [
      {
        group: ['**/rules/engine/parameter.ts', '**/rules/engine/context.ts', '**/rules/engine/rule.ts'],
        message: 'src/cases/ asks a rule set (ask in src/cases/rules.ts); it reads no parameter and evaluates no rule itself.',
      },
    ],
  ),
  ...layer(
    'statistics',
    ['rules', 'store', 'shared'],
    'src/statistics/ reads what the store holds (the tables the case work keeps for it), never the case work.',
  ),
  // lab/ (the policy lab) reads the case load and the rules; the edges call it, never the other way.
  ...layer('lab', ['rules', 'store', 'shared', 'statistics'], 'src/lab/ is called by the edges and imports none of them.'),
  ...layer(
    'api',
    ['rules', 'store', 'shared', 'i18n', 'cases', 'statistics', 'lab'],
    'src/api/ is an edge: it does not import the pages, the CLI or the composition root (src/main/ gives it what it needs).',
  ),
  ...layer(
    'web',
    ['rules', 'store', 'shared', 'i18n', 'cases', 'statistics', 'lab'],
    'src/web/ is an edge: it does not import the API, the CLI or the composition root (what both edges share is in src/shared/).',
  ),
  // Two corners the folders' lists leave open: the statistics pages read the figures, not the case work, and
  // the problem mapping (errors to problem+json, for the API and the CLI) needs only the catalogue and the rules.
  ...layer(
    'web/statistics',
    ['rules', 'store', 'shared', 'i18n', 'statistics'],
    'The statistics pages read the figures (src/statistics/), never the case work.',
  ),
  ...layer('api', ['rules', 'shared'], "src/api/problem.ts maps errors at the edge: it needs only the catalogue (src/shared/) and the rules' own error.", [
    'src/api/problem.ts',
  ]),
  ...layer(
    'main',
    ['rules', 'store', 'shared', 'i18n', 'cases', 'statistics', 'lab', 'api', 'web'],
    'src/main/ assembles the program; only the CLI imports it.',
  ),
  // cli/ starts the program: the pages it prints (--format html) come through the composition root.
  ...layer(
    'cli',
    ['rules', 'store', 'shared', 'i18n', 'cases', 'statistics', 'lab', 'api', 'main'],
    'src/cli/ does not import the pages: src/main/renderers.ts gives it the ones it prints.',
  ),
);
