// The layer arrows of README "Architecture" are lint rules (.ci/eslint.config.mjs, `layers()`): one
// wrong-way import per arrow must be an error, so a rule cannot silently disappear. ESLint loads its
// flat config with a dynamic import(), which jest's CommonJS runtime cannot do: it runs in a child node.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const repo = path.resolve(__dirname, '../..');

interface Case {
  filePath: string;
  code: string;
}

const LINT = `
import { ESLint } from 'eslint';
const cases = JSON.parse(process.argv[1]);
const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: '.ci/eslint.config.mjs' });
const out = [];
for (const c of cases) {
  const [r] = await eslint.lintText(c.code, { filePath: c.filePath });
  out.push(r.messages.map((m) => ({ rule: m.ruleId, fatal: Boolean(m.fatal), message: m.message })));
}
process.stdout.write(JSON.stringify(out));
`;

function lint(cases: Case[]): { rule: string | null; fatal: boolean; message: string }[][] {
  const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', LINT, JSON.stringify(cases)], {
    cwd: repo,
    encoding: 'utf8',
  });
  return JSON.parse(stdout);
}

const use = (source: string, dynamic = false) =>
  dynamic
    ? `export const load = () => import('${source}');\n`
    : `import * as m from '${source}';\nexport const x = m;\n`;

/** [file, import, why it is the wrong way] */
const WRONG: [string, string, string][] = [
  ['src/engine/pipeline.ts', '../report/types', 'engine → report'],
  ['src/engine/clean/index.ts', '../../i18n', 'engine → i18n'],
  ['src/engine/classify/index.ts', '../../excel/types', 'engine → excel'],
  ['src/engine/types.ts', '../taskpane/controller', 'engine → taskpane'],
  ['src/engine/types.ts', '../host', 'engine → host'],
  ['src/engine/types.ts', '../files', 'engine → files'],
  ['src/engine/types.ts', '../cli/main', 'engine → cli'],
  ['src/engine/types.ts', '../playground/Playground', 'engine → playground'],
  ['src/engine/types.ts', 'react', 'engine → react'],
  ['src/engine/types.ts', '@fluentui/react-components', 'engine → Fluent'],
  ['src/i18n/index.ts', '../report/types', 'i18n → report'],
  ['src/report/types.ts', '../excel/types', 'report → excel'],
  ['src/report/types.ts', '../taskpane/controller', 'report → taskpane'],
  ['src/report/types.ts', '../host', 'report → host'],
  ['src/report/types.ts', '../cli/main', 'report → cli'],
  ['src/report/types.ts', '../playground/Playground', 'report → playground'],
  ['src/excel/types.ts', '../taskpane/controller', 'excel → taskpane'],
  ['src/excel/types.ts', '../host', 'excel → host'],
  ['src/excel/types.ts', '../cli/main', 'excel → cli'],
  ['src/excel/types.ts', '../playground/Playground', 'excel → playground'],
  ['src/excel/types.ts', 'react', 'excel → react'],
  ['src/files/index.ts', '../host', 'files → host'],
  ['src/files/index.ts', '../excel/types', 'files → excel'],
  ['src/host/index.ts', '../excel/types', 'host → excel'],
  ['src/host/index.ts', '../taskpane/controller', 'host → taskpane'],
  ['src/host/index.ts', '../engine/types', 'host → engine'],
  ['src/taskpane/controller.ts', '../host', 'taskpane → host'],
  ['src/taskpane/controller.ts', '../playground/mountPlayground', 'taskpane → playground'],
  ['src/taskpane/controller.ts', '../cli/main', 'taskpane → cli'],
  ['src/taskpane/controller.ts', '../sample/loadSampleWorkbook', 'taskpane → sample'],
  ['src/commands/commands.ts', '../taskpane/controller', 'commands → taskpane'],
  ['src/commands/commands.ts', '../host', 'commands → host'],
  ['src/commands/commands.ts', 'react', 'commands → react'],
  ['src/taskpane/controller.ts', '../commands/refreshAnalysis', 'taskpane → commands'],
  ['src/cli/main.ts', '../taskpane/controller', 'cli → taskpane'],
  ['src/cli/main.ts', '../playground/Playground', 'cli → playground'],
  ['src/playground/Playground.tsx', '../cli/main', 'playground → cli'],
];

/** right-way imports: the rules must not fire on them */
const RIGHT: [string, string][] = [
  ['src/engine/clean/index.ts', '../types'],
  ['src/engine/pipeline.ts', './classify'],
  ['src/report/types.ts', '../engine/types'],
  ['src/report/types.ts', '../i18n'],
  ['src/excel/types.ts', '../report/types'],
  ['src/taskpane/controller.ts', '../excel/runAnalysis'],
  ['src/commands/refreshAnalysis.ts', '../excel/runAnalysis'],
  ['src/commands/refreshAnalysis.ts', '../report/fullReport'],
  ['src/host/xlsx.ts', '../files'],
  // issue #20: the pane's engine worker reads the CSV the user picks
  ['src/taskpane/readSalesFile.ts', '../files/createTextReader'],
  ['src/playground/Playground.tsx', '../host'],
  ['src/cli/main.ts', '../host'],
];

describe('lint enforces the layers (README "Architecture")', () => {
  const cases: Case[] = [
    ...WRONG.map(([filePath, source]) => ({ filePath, code: use(source) })),
    ...WRONG.filter(([, s]) => s.startsWith('.')).map(([filePath, source]) => ({
      filePath,
      code: use(source, true),
    })),
    ...RIGHT.map(([filePath, source]) => ({ filePath, code: use(source) })),
    // Office.js outside src/excel, and the Office global outside src/excel/officeContext.ts
    { filePath: 'src/taskpane/index.tsx', code: 'export const ready = () => Office.onReady();\n' },
    { filePath: 'src/taskpane/mount.tsx', code: 'export const run = () => Excel.run(async () => 1);\n' },
    { filePath: 'src/report/types.ts', code: 'export const lang = () => Office.context.displayLanguage;\n' },
    {
      filePath: 'src/taskpane/mount.tsx',
      code: 'export const office = () => (globalThis as { Office?: unknown }).Office;\n',
    },
    { filePath: 'src/excel/writeReport.ts', code: 'export const req = () => Office.context.requirements;\n' },
    { filePath: 'src/commands/commands.ts', code: 'export const ready = () => Office.onReady();\n' },
    // a workbook batch in the pane (it belongs in src/excel)
    {
      filePath: 'src/taskpane/controller.ts',
      code: 'export const go = (run: (b: (c: Excel.RequestContext) => Promise<void>) => Promise<void>) =>\n  run(async (context) => { context.workbook.worksheets.getItem("A").activate(); });\n',
    },
    // where they are allowed
    { filePath: 'src/excel/officeContext.ts', code: 'export const ready = () => Office.onReady();\n' },
    { filePath: 'src/excel/writeReport.ts', code: 'export const run = () => Excel.run(async () => 1);\n' },
  ];
  const results = lint(cases);
  const restricted = (messages: { rule: string | null }[]) =>
    messages.filter((m) => /^no-restricted-(imports|syntax|globals)$/.test(m.rule ?? ''));

  test('no snippet is a parse error', () => {
    expect(results.flat().filter((m) => m.fatal)).toEqual([]);
  });

  test.each(WRONG.map(([file, source, arrow], i) => [arrow, file, source, i] as const))(
    'static import %s (%s imports %s) is an error',
    (_arrow, _file, _source, i) => {
      expect(restricted(results[i]).length).toBeGreaterThan(0);
    },
  );

  const relative = WRONG.filter(([, s]) => s.startsWith('.'));
  test.each(relative.map(([file, source, arrow], i) => [arrow, file, source, WRONG.length + i] as const))(
    'dynamic import() %s (%s imports %s) is an error',
    (_arrow, _file, _source, i) => {
      expect(restricted(results[i]).length).toBeGreaterThan(0);
    },
  );

  test('right-way imports pass', () => {
    const start = WRONG.length + relative.length;
    const fired = RIGHT.map(([file, source], k) => ({
      file,
      source,
      messages: restricted(results[start + k]),
    }));
    expect(fired.filter((f) => f.messages.length > 0)).toEqual([]);
  });

  test('Office.js globals and workbook batches only in src/excel; the Office global only in officeContext.ts', () => {
    const start = WRONG.length + relative.length + RIGHT.length;
    const office = results.slice(start, start + 7).map((m) => restricted(m).length > 0);
    expect(office).toEqual([true, true, true, true, true, true, true]);
    const allowed = results.slice(start + 7).map((m) => restricted(m).length);
    expect(allowed).toEqual([0, 0]);
  });
});
