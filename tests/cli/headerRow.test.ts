// One header rule (issue #16): the CLI finds a file's header row where the add-in finds it in the
// same rows on a sheet (src/engine/clean/headerRowOf), and a file without one is refused as the
// add-in refuses such a range.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CliError } from '../../src/cli/cliError';
import { ingestTables } from '../../src/cli/ingestTables';
import { readTable } from '../../src/cli/readTable';
import type { Cell } from '../../src/engine/types';
import { openSource } from '../../src/excel/openSource';
import type { ExcelRun } from '../../src/excel/types';
import { createWorkbook } from '../../src/host';

const dir = mkdtempSync(path.join(tmpdir(), 'cartera-header-'));
const DATA: Cell[][] = [
  ['C1', '2024-01-05', 10],
  ['C2', '2024-02-05', 20],
  ['C3', '2024-03-05', 30],
];

const CASES: [string, Cell[][]][] = [
  ['header first', [['Cliente', 'Fecha', 'Importe'], ...DATA]],
  ['a title and a blank row above', [['Ventas 2024', '', ''], ['', '', ''], ['Cliente', 'Fecha', 'Importe'], ...DATA]],
  // the row naming roles wins over a note of two text cells above it
  ['a two-cell note above', [['Exportado', 'por el ERP', ''], ['Cliente', 'Fecha', 'Importe'], ...DATA]],
  // a row naming roles but holding a number is no header: the add-in takes the first row that is one
  ['a number among the role names', [['Cliente', 'Fecha', 2024], ['Cuenta', 'Día', 'Neto'], ...DATA]],
];

async function addinHeaderRow(rows: Cell[][]): Promise<number> {
  const width = Math.max(...rows.map((r) => r.length));
  const wb = createWorkbook({ sheets: ['Hoja'] });
  wb.setCells('Hoja', 'A1', rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? '')));
  const info = await openSource(wb.run.bind(wb) as ExcelRun, { kind: 'address', address: `Hoja!A1:C${rows.length}` });
  return info.headerRowIndex + 1;
}

function csvOf(rows: Cell[][]): string {
  return rows.map((r) => r.map((v) => String(v)).join(',')).join('\n') + '\n';
}

describe('the header row: the CLI finds it where the add-in does', () => {
  test.each(CASES)('%s', async (name, rows) => {
    const file = path.join(dir, `${name.replace(/\W+/g, '_')}.csv`);
    writeFileSync(file, csvOf(rows));
    let cli: number | string;
    try {
      cli = ingestTables(file, await readTable(file), null, null, { map: [['client', 'A'], ['date', 'B'], ['amount', 'C']] })
        .salesSource.headerRow;
    } catch (e) {
      cli = (e as Error).message;
    }
    expect(cli).toBe(await addinHeaderRow(rows));
  });

  test('a file without a header row is refused, naming the rows looked at', async () => {
    const file = path.join(dir, 'no-header.csv');
    writeFileSync(file, csvOf(DATA));
    const table = await readTable(file);
    expect(() => ingestTables(file, table, null, null)).toThrow(CliError);
    expect(() => ingestTables(file, table, null, null)).toThrow(/no header row in the first 12 rows/);
  });
});
