// Each rule that used to be written in several places (issue #16) now lives in one file: this test
// reads every source file and fails when a rule's telltale code appears anywhere else. Where a rule
// lives is the table "Where a rule lives" in README.md. A new copy fails here; the fix is to import
// the owner (or, for a real exception, to add it to `elsewhere` with the reason).
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const repo = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(path.join(repo, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return sources(rel);
    return /\.(ts|tsx)$/.test(e.name) ? [rel] : [];
  });
}

/** Comments do not count: only code states a rule. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1');
}

interface Rule {
  rule: string;
  /** the one file the rule lives in */
  owner: string;
  /** what writing the rule again looks like */
  telltale: RegExp;
  /** a copy as it was once written elsewhere: the telltale must find it */
  copy: string;
  /** other files that may show the telltale, and why */
  elsewhere?: Record<string, string>;
}

const RULES: Rule[] = [
  {
    rule: 'the required sales roles (client, date, amount or quantity × price)',
    owner: 'src/engine/clean/requiredRoles.ts',
    telltale: /\bamount\s*===\s*undefined\s*&&\s*\(?\s*[\w.]*quantity\s*===\s*undefined/,
    copy: 'if (mapping.amount === undefined && (mapping.quantity === undefined || mapping.price === undefined))',
  },
  {
    rule: 'the header row among the first rows of a range or file',
    owner: 'src/engine/clean/headerRowOf.ts',
    telltale: /\bfindHeaderRow\(|\bfunction looksLikeHeader\b/,
    copy: 'const h = findHeaderRow(shortCells(table.rows.slice(0, HEADER_SCAN)));',
    elsewhere: { 'src/engine/clean/findHeaderRow.ts': 'the role-scoring half of the rule, used by headerRowOf only' },
  },
  {
    rule: 'column letters → index',
    owner: 'src/engine/clean/columnLetter.ts',
    telltale: /charCodeAt\([^)]*\)[^;\n]{0,12}-\s*64\b/,
    copy: ".reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;",
    elsewhere: { 'src/host/address.ts': "the simulated Excel's own A1 parser: it may not import the engine" },
  },
  {
    rule: 'column index → letters',
    owner: 'src/engine/clean/columnLetter.ts',
    telltale: /fromCharCode\(\s*65\s*\+/,
    copy: 's = String.fromCharCode(65 + ((n - 1) % 26)) + s;',
    elsewhere: { 'src/host/address.ts': "the simulated Excel's own A1 printer: it may not import the engine" },
  },
  {
    rule: "the 'Cartera: ' prefix of our columns beside a client list",
    owner: 'src/report/ownColumnHeader.ts',
    // a string that starts with it (messages that mention «Cartera: …» columns are not the rule)
    telltale: /(?:[=(,?:+[]|\breturn)\s*['"`]Cartera: /,
    copy: "header: `Cartera: ${f.column.header}`",
    elsewhere: {
      'src/taskpane/index.tsx': 'the page\'s start-up failure line ("Cartera: <error>"), not a column',
      'src/playground/index.tsx': 'the page\'s start-up failure line ("Cartera: <error>"), not a column',
      'src/commands/commandMessages.ts': "the ribbon command's notice (\"Cartera: análisis actualizado…\"), not a column",
    },
  },
  {
    rule: 'typing a text-file field (number, TRUE/FALSE, text)',
    owner: 'src/files/csvCell.ts',
    telltale: /\bplainNumber\(|\bfunction csvCell\b|\^\(true\|false\)\$/,
    copy: "if (/^(true|false)$/i.test(t)) return { value: t.toUpperCase() === 'TRUE' };",
    elsewhere: { 'src/files/plainNumber.ts': 'the number part of the rule, used by csvCell only' },
  },
  {
    rule: 'reading an .xlsx cell (dates, formulas, rich text, errors)',
    owner: 'src/files/xlsxCellValue.ts',
    telltale: /\brichText\b/,
    copy: "if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('');",
  },
  {
    rule: 'the currency of a sales range (first three-letter code of its currency column)',
    owner: 'src/engine/clean/currencyOf.ts',
    telltale: /\/\^\[A-Za-z\]\{3\}\$\/\.test\(\w+\.trim\(\)\)|\bfunction currencyOf\b/,
    copy: "if (typeof v === 'string' && /^[A-Za-z]{3}$/.test(v.trim())) return v.trim().toUpperCase();",
  },
  {
    rule: 'a sheet name Excel accepts (forbidden characters, 31 units, " (2)" when taken)',
    owner: 'src/engine/sheetNameFor.ts',
    telltale: /` \(\$\{\w+\}\)`|\[:\\\\\/\?\*\[\\\]|\b31\s*-\s*\w+\.length\b|\bSHEET_NAME_MAX\s*=/,
    copy: "name = wanted.slice(0, 31 - suffix.length) + suffix;",
    elsewhere: { 'src/host/model.ts': 'the simulated Excel refusing a bad name, as Excel does (not naming one)' },
  },
];

const files = sources('src').map((file) => ({ file, text: code(readFileSync(path.join(repo, file), 'utf8')) }));

describe('one rule, one place (issue #16)', () => {
  test.each(RULES.map((r) => [r.rule, r] as const))('%s', (_, r) => {
    // the telltale finds a copy and the owner (else it could never fail)
    expect(r.telltale.test(r.copy)).toBe(true);
    expect(files.find((f) => f.file === r.owner)?.text).toMatch(r.telltale);
    const written = files.filter((f) => r.telltale.test(f.text)).map((f) => f.file);
    const allowed = new Set([r.owner, ...Object.keys(r.elsewhere ?? {})]);
    // a copy: import the owner instead
    expect(written.filter((f) => !allowed.has(f))).toEqual([]);
  });

  test('the known exceptions still exist (a stale one would hide a copy)', () => {
    for (const r of RULES)
      for (const file of Object.keys(r.elsewhere ?? {})) {
        const text = files.find((f) => f.file === file)?.text ?? '';
        expect([file, r.telltale.test(text)]).toEqual([file, true]);
      }
  });
});
