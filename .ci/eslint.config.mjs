// ESLint flat config (kept in .ci/ so the top level stays as the design card fixes it;
// `npm run lint` passes it with -c).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// ── Layers (README "Architecture"): which folder of src/ may import which. ────────────────────────
// engine ← i18n ← report ← excel ← taskpane / cli / playground; host (the simulated Excel) and files
// (text/xlsx file reading) serve only the CLI, the playground and the tests. A folder not named in
// `may` is forbidden to it (static imports, `export … from` and dynamic `import()` alike). Only
// src/excel touches Office.js, and only src/excel/officeContext.ts reads the `Office` global.
// tests/lint/arrows.test.ts checks every arrow below on a wrong-way import.
const FOLDERS = [
  'engine',
  'i18n',
  'report',
  'excel',
  'files',
  'host',
  'sample',
  'taskpane',
  'commands',
  'cli',
  'playground',
];
const LAYERS = {
  engine: {
    may: [],
    packages: [
      'react',
      'react-dom',
      'react-dom/*',
      '@fluentui/*',
      '@microsoft/office-js',
      'exceljs',
      'comlink',
    ],
  },
  i18n: { may: ['engine'], packages: ['react', 'react-dom', '@fluentui/*', '@microsoft/office-js'] },
  report: {
    may: ['engine', 'i18n'],
    packages: ['react', 'react-dom', '@fluentui/*', '@microsoft/office-js'],
  },
  excel: { may: ['engine', 'i18n', 'report'], packages: ['react', 'react-dom', '@fluentui/*'] },
  files: { may: ['engine', 'i18n'], packages: ['react', 'react-dom', '@fluentui/*'] },
  host: { may: ['files', 'i18n'], packages: ['react', 'react-dom', '@fluentui/*'] },
  sample: { may: ['engine', 'i18n', 'report', 'excel', 'host', 'files'], packages: [] },
  taskpane: { may: ['engine', 'i18n', 'report', 'excel', 'files'], packages: [] },
  // the ribbon's function file (commands.html): no React, Office.js only through src/excel
  commands: { may: ['engine', 'i18n', 'report', 'excel'], packages: ['react', 'react-dom', 'react-dom/*', '@fluentui/*'] },
  cli: {
    may: ['engine', 'i18n', 'report', 'excel', 'host', 'files', 'sample'],
    packages: ['react', 'react-dom', '@fluentui/*'],
  },
  playground: {
    may: ['engine', 'i18n', 'report', 'excel', 'host', 'files', 'sample', 'taskpane'],
    packages: [],
  },
};
/** Folders whose code never names the Office.js globals (src/excel uses them; src/host implements them). */
const NO_OFFICE = ['engine', 'i18n', 'report', 'files', 'sample', 'taskpane', 'commands', 'cli', 'playground'];

function layers() {
  return FOLDERS.map((folder) => {
    const { may, packages } = LAYERS[folder];
    const banned = FOLDERS.filter((f) => f !== folder && !may.includes(f));
    const why = `src/${folder} may import only ${may.length ? may.map((f) => `src/${f}`).join(', ') : 'itself'} (README "Architecture")`;
    // "../report", "../../report/types", "../../../src/report" (never "./report" inside the folder)
    const source = `^(\\.\\./)+(src/)?(${banned.join('|')})(/|$)`;
    const rules = {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: source, message: why },
            ...(packages.length
              ? [
                  {
                    group: packages,
                    message: `src/${folder} does not use these packages (README "Architecture")`,
                  },
                ]
              : []),
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: `ImportExpression[source.value=/${source.replace(/\//g, '\\/')}/]`, message: why },
        ...(folder === 'host'
          ? []
          : [
              {
                selector: "MemberExpression[property.name='Office']",
                message: 'Office.js is read in src/excel/officeContext.ts only',
              },
            ]),
        ...(NO_OFFICE.includes(folder)
          ? [
              {
                selector: "MemberExpression[object.name='context'][property.name='workbook']",
                message: 'workbook batches (context.workbook…) belong in src/excel, which takes `run`',
              },
            ]
          : []),
      ],
    };
    if (NO_OFFICE.includes(folder)) {
      const office = (name) => ({
        name,
        message: 'only src/excel touches Office.js (the pane gets `run` and what it needs as parameters)',
      });
      rules['no-restricted-globals'] = [
        'error',
        office('Office'),
        office('Excel'),
        office('OfficeExtension'),
      ];
    }
    if (folder === 'engine') {
      // the engine is pure: no DOM either
      rules['no-restricted-globals'].push('document', 'window');
    }
    return { files: [`src/${folder}/**/*.{ts,tsx}`], rules };
  }).concat([
    {
      // src/excel: Excel's types and run, but the `Office` global only where the add-in starts
      files: ['src/excel/**/*.ts'],
      ignores: ['src/excel/officeContext.ts'],
      rules: {
        'no-restricted-globals': [
          'error',
          { name: 'Office', message: 'Office.js is read in src/excel/officeContext.ts only' },
        ],
      },
    },
  ]);
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'tests/e2e/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: {
      globals: {
        ...globals.browser,
        ...globals.node,
        Office: 'readonly',
        Excel: 'readonly',
        OfficeExtension: 'readonly',
      },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  ...layers(),
);
