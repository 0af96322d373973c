import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { loadWorkbookFile } from '../../src/host/xlsx';

jest.setTimeout(120_000);

const dir = mkdtempSync(path.join(tmpdir(), 'cartera-out-'));
const write = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

const sales = write(
  'ventas.csv',
  [
    'Fecha,Cliente,Importe,Nº factura,Línea',
    '2024-01-05,C1,100,F1,Papel',
    '2024-02-05,C1,50,F2,Tinta',
    '2024-03-01,C2,"1.234,56",F3,Papel',
    '2024-03-09,C3,20,F4,Tinta',
    '2024-03-10,,20,F5,Tinta',
  ].join('\n'),
);
const clients = write(
  'clientes.csv',
  ['Código cliente,Razón social,Zona', 'C1,Talleres Pérez S.L.,Norte', 'C2,"=HYPERLINK(""http://x"",""y"")",Sur', 'C3,+34 600 000 000,Norte', 'C9,Sin compras S.A.,Este'].join(
    '\n',
  ),
);

async function run(args: string[]) {
  let stderr = '';
  const code = await main(args, { stdout: () => undefined, stderr: (t) => void (stderr += t) });
  return { code, stderr };
}

describe('cartera analyze --out', () => {
  test('writes the source tables and the add-in sheets; data text stays text, never a formula', async () => {
    const out = path.join(dir, 'cartera.xlsx');
    const r = await run(['analyze', '--sales', sales, '--clients', clients, '--out', out, '--quiet', '--lang', 'en']);
    expect(r).toEqual({ code: 0, stderr: '' });
    const bytes = readFileSync(out);
    const wb = await loadWorkbookFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), 'cartera.xlsx');
    const names = wb.sheets().map((s) => s.name);
    expect(names.slice(0, 2)).toEqual(['clientes', 'ventas']);
    expect(names.some((n) => /summary/i.test(n))).toBe(true);
    expect(names.some((n) => /quality/i.test(n))).toBe(true);
    // the user's client list is the source copy, untouched (the name is text, not a formula)
    const name = wb.cell('clientes', 'B3');
    expect(name.formula ?? null).toBeNull();
    expect(name.value).toBe('=HYPERLINK("http://x","y")');
    // nowhere in the written workbook is there a formula
    for (const sheet of names) {
      const used = wb.values(sheet);
      for (let r0 = 0; r0 < used.length; r0++)
        for (let c = 0; c < used[r0].length; c++) expect(wb.cell(sheet, r0, c).formula ?? null).toBeNull();
    }
    // the rejected sale (no client id) is listed on the Data quality sheet with its row
    const quality = names.find((n) => /quality/i.test(n))!;
    const text = wb.values(quality).flat().map(String);
    expect(text).toContain('6');
  });

  test('--lang must be es, pt or en', async () => {
    const r = await run(['analyze', '--sales', sales, '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
