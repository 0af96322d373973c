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
  test('writes the client list and the add-in sheets, never the raw sales; data text stays text, never a formula', async () => {
    const out = path.join(dir, 'cartera.xlsx');
    const r = await run(['analyze', '--sales', sales, '--clients', clients, '--out', out, '--quiet', '--lang', 'en']);
    expect(r).toEqual({ code: 0, stderr: '' });
    const bytes = readFileSync(out);
    const wb = await loadWorkbookFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), 'cartera.xlsx');
    const names = wb.sheets().map((s) => s.name);
    expect(names[0]).toBe('clientes');
    expect(names).not.toContain('ventas');
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

  test('one reading feeds both: --json and --out together give the same classes, beside the list and per client', async () => {
    const out = path.join(dir, 'both.xlsx');
    const json = path.join(dir, 'both.json');
    const r = await run(['analyze', '--sales', sales, '--clients', clients, '--out', out, '--json', json, '--quiet', '--lang', 'en']);
    expect(r).toEqual({ code: 0, stderr: '' });
    const doc = JSON.parse(readFileSync(json, 'utf8')) as { clients: { id: string; abc: string | null }[] };
    const abcOf = new Map(doc.clients.map((c) => [c.id, c.abc ?? '']));
    const bytes = readFileSync(out);
    const wb = await loadWorkbookFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), 'both.xlsx');
    // the classification columns beside the list: each row's class is the JSON's for its client
    const list = wb.values('clientes');
    const abcColumn = list[0].indexOf('Cartera: ABC class');
    expect(abcColumn).toBeGreaterThan(0);
    for (const row of list.slice(1)) expect([row[0], row[abcColumn]]).toEqual([row[0], abcOf.get(String(row[0]))]);
    // the per-client sheet lists every client of the JSON
    const sheet = wb.sheets().find((s) => /clients$/i.test(s.name))!.name;
    const ids = new Set(wb.values(sheet).map((row) => String(row[0])));
    for (const c of doc.clients) expect(ids.has(c.id)).toBe(true);
  });

  test('--lang must be es, pt or en', async () => {
    const r = await run(['analyze', '--sales', sales, '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
