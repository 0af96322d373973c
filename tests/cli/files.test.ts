// Issue #15, file & CLI part: outputs never overwrite inputs and are written atomically; text files
// read as Excel opens them; binary and damaged files refused in one line; --lang; data never echoed raw.
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import * as analyzeModule from '../../src/cli/analyze';
import { main } from '../../src/cli/main';
import { writeFileAtomic } from '../../src/cli/writeFileAtomic';
import * as xlsx from '../../src/host/xlsx';

jest.setTimeout(120_000);

const dir = mkdtempSync(path.join(tmpdir(), 'cartera-files-'));
const file = (name: string, content: string | Uint8Array): string => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

const SALES = 'Cliente,Fecha,Importe\n101,2024-01-05,100\n102,2024-02-01,80\n101,2024-03-20,50\n';

afterEach(() => jest.restoreAllMocks());

describe('outputs', () => {
  test('--json naming the input (same path, through a symlink, or the client list) is refused, exit 2; the input is byte-identical', async () => {
    const sales = file('in.csv', SALES);
    const clients = file('clients.csv', 'Código,Nombre\n101,Acme\n');
    const link = path.join(dir, 'link.json');
    symlinkSync(sales, link);
    for (const [args, option, named] of [
      [['--json', sales], '--json', sales],
      [['--json', link], '--json', link],
      [['--clients', clients, '--json', clients], '--json', clients],
      [
        ['--out', path.join(dir, 'in.csv.xlsx'), '--json', path.join(dir, 'in.csv.xlsx')],
        '--json',
        path.join(dir, 'in.csv.xlsx'),
      ],
    ] as const) {
      const r = await run(['analyze', '--sales', sales, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')).toHaveLength(2);
      expect(r.stderr).toContain(`cartera: ${option} ${named}: `);
    }
    expect(readFileSync(sales, 'utf8')).toBe(SALES);
    expect(readFileSync(clients, 'utf8')).toBe('Código,Nombre\n101,Acme\n');
    expect(existsSync(path.join(dir, 'in.csv.xlsx'))).toBe(false);
  });

  test('a failure while writing leaves no output (nor its temporary file); an existing output stays as it was', async () => {
    const out = file('partial.json', 'old');
    await expect(
      writeFileAtomic('--json', out, async (h) => {
        await h.write('{"half": ');
        throw new Error('disk gone');
      }),
    ).rejects.toThrow('disk gone');
    expect(readFileSync(out, 'utf8')).toBe('old');
    const fresh = path.join(dir, 'fresh.json');
    await expect(
      writeFileAtomic('--json', fresh, async (h) => {
        await h.write('{');
        throw new Error('x');
      }),
    ).rejects.toThrow('x');
    expect(existsSync(fresh)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  test('--out: the workbook writer throwing mid-write leaves the previous file untouched, one line, exit 1', async () => {
    const sales = file('w.csv', SALES);
    const out = file('w.xlsx', 'previous');
    // the workbook's bytes fail half-way through the write
    async function* halfThenFail(): AsyncGenerator<Uint8Array> {
      yield new TextEncoder().encode('PK half a workbook');
      throw new Error('boom\n    at saveWorkbook (xlsx.ts:1:1)');
    }
    jest.spyOn(xlsx, 'saveWorkbook').mockResolvedValue(halfThenFail() as unknown as Uint8Array);
    const r = await run(['analyze', '--sales', sales, '--out', out, '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('cartera: unexpected error: boom at saveWorkbook (xlsx.ts:1:1)\n');
    expect(readFileSync(out, 'utf8')).toBe('previous');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  test('a client list named History.csv is copied as the sheet "History_" (Excel reserves History); no sales sheet, exit 0', async () => {
    const sales = file('h.csv', SALES);
    const clients = file('History.csv', 'Código,Nombre\n101,Acme\n102,Beta\n');
    const out = path.join(dir, 'history.xlsx');
    const r = await run(['analyze', '--sales', sales, '--clients', clients, '--out', out, '--quiet']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('History_');
    expect(names).not.toContain('h');
  });
});

describe('errors: one line, the CLI language, no raw data', () => {
  test('an unexpected error (e.g. "Infinity cannot be converted to a BigInt") is one line, exit 1, no stack', async () => {
    const e = new RangeError(
      'The number Infinity cannot be converted to a BigInt because it is not an integer',
    );
    e.stack = `RangeError: ${e.message}\n    at BigInt (<anonymous>)\n    at analyze (analyze.ts:3:3)`;
    jest.spyOn(analyzeModule, 'analyze').mockImplementation(() => {
      throw e;
    });
    const r = await run(['analyze', '--sales', file('big.csv', SALES)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`cartera: unexpected error: ${e.message}\n`);
  });

  test('--lang es|pt|en (pt-BR, pt-PT are pt): file errors in that language; English by default', async () => {
    const missing = path.join(dir, 'nope.csv');
    expect((await run(['analyze', '--sales', missing])).stderr).toBe(`cartera: ${missing}: no such file\n`);
    expect((await run(['analyze', '--sales', missing, '--lang', 'es'])).stderr).toBe(
      `cartera: ${missing}: el archivo no existe\n`,
    );
    expect((await run(['analyze', '--lang=pt-BR', '--sales', missing])).stderr).toBe(
      `cartera: ${missing}: o arquivo não existe\n`,
    );
    expect((await run(['analyze', '--sales', missing, '--lang', 'pt-PT'])).code).toBe(2);
  });

  test("the shared writer's errors come in the CLI language, without the add-in's instructions", async () => {
    const headers = ['Código', 'Nombre', ...Array.from({ length: 600 }, (_, i) => `extra${i}`)];
    const clients = file(
      'wide.csv',
      headers.join(',') + '\n' + ['101', 'Acme', ...Array(600).fill('x')].join(',') + '\n',
    );
    const sales = file('narrow.csv', SALES);
    const out = path.join(dir, 'wide.xlsx');
    const en = await run(['analyze', '--sales', sales, '--clients', clients, '--out', out, '--quiet']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      `cartera: --out ${out}: the table wide has 602 columns; the workbook takes at most 512\n`,
    );
    const es = await run([
      'analyze',
      '--sales',
      sales,
      '--clients',
      clients,
      '--out',
      out,
      '--quiet',
      '--lang',
      'es',
    ]);
    expect(es.stderr).toBe(
      `cartera: --out ${out}: la tabla wide tiene 602 columnas; el libro admite como máximo 512\n`,
    );
    expect(es.stderr + en.stderr).not.toMatch(/Seleccione|Select only/);
    expect(existsSync(out)).toBe(false);
  });

  test('a sales file wider than the add-in reads still gives --out: the sales are not a sheet', async () => {
    const headers = ['Cliente', 'Fecha', 'Importe', ...Array.from({ length: 600 }, (_, i) => `extra${i}`)];
    const sales = file(
      'wideSales.csv',
      headers.join(',') + '\n' + ['101', '2024-01-05', '100', ...Array(600).fill('x')].join(',') + '\n',
    );
    const out = path.join(dir, 'wideSales.xlsx');
    expect(await run(['analyze', '--sales', sales, '--out', out, '--quiet'])).toMatchObject({
      code: 0,
      stderr: '',
    });
    expect(existsSync(out)).toBe(true);
  });

  test('control characters from the data are escaped, a 200 KB header is cut', async () => {
    const ctl = await run(['analyze', '--sales', file('ctl.csv', 'Cli\u001b[2Jente,Imp\u0007orte\n1,5\n')]);
    expect(ctl.code).toBe(2);
    expect([...ctl.stderr.slice(0, -1)].filter((c) => c.charCodeAt(0) < 32)).toEqual([]);
    expect(ctl.stderr).toContain('Cli\\x1B[2Jente');
    const huge = await run([
      'analyze',
      '--sales',
      file('huge.csv', 'Cliente,' + 'H'.repeat(200_000) + '\n1,5\n'),
    ]);
    expect(huge.code).toBe(2);
    expect(huge.stderr.split('\n')).toHaveLength(2);
    expect(huge.stderr.length).toBeLessThan(500);
  });

  test('a PNG renamed .csv and a damaged .xlsx are refused in one line naming the file, exit 2', async () => {
    const png = file(
      'photo.csv',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    );
    expect(await run(['analyze', '--sales', png])).toMatchObject({
      code: 2,
      stderr: `cartera: ${png}: not a text file (a PNG image)\n`,
    });
    const bad = file('bad.xlsx', Uint8Array.from([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5, 6, 7, 8]));
    const r = await run(['analyze', '--sales', bad, '--lang', 'es']);
    expect(r).toMatchObject({
      code: 2,
      stderr: `cartera: ${bad}: el libro .xlsx está dañado o no es un libro de Excel\n`,
    });
  });
});

describe('text files read as Excel opens them', () => {
  test('header in CRLF, body in LF: every row used, counts balance', async () => {
    const r = await run(['analyze', '--sales', file('mixed.csv', SALES.replace('\n', '\r\n')), '--quiet']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).quality).toMatchObject({
      rowsRead: 3,
      rowsUsed: 3,
      rowsRejected: 0,
      blankRows: 0,
    });
  });

  test('a lone CR inside a CRLF file ends a row (no two rows glued into one field)', async () => {
    const text = 'Cliente,Fecha,Importe\r\n101,2024-01-05,100\r102,2024-02-01,80\r\n101,2024-03-20,50\r\n';
    const r = await run(['analyze', '--sales', file('cr.csv', text), '--quiet']);
    expect(JSON.parse(r.stdout).quality).toMatchObject({ rowsRead: 3, rowsUsed: 3, rowsRejected: 0 });
  });

  test('an unclosed quote is a rejected row with its reason; the file is read and the counts balance', async () => {
    const text = 'Cliente,Fecha,Importe\n101,2024-01-05,100\n102,"2024-02-01,80\n101,2024-03-20,50\n';
    const r = await run(['analyze', '--sales', file('quote.csv', text), '--quiet']);
    expect(r.code).toBe(0);
    const q = JSON.parse(r.stdout).quality;
    expect(q).toMatchObject({ rowsRead: 3, rowsUsed: 2, rowsRejected: 1, blankRows: 0 });
    expect(q.rejected).toEqual([
      { sheet: 'quote', row: 3, column: '', reason: 'broken_quotes', value: '102,"2024-02-01,80' },
    ]);
  });

  test('one invalid byte does not re-decode the file: Peña stays Peña; the byte is reported with its row', async () => {
    const bytes = Buffer.concat([
      Buffer.from('Cliente,Fecha,Importe\nPeña,2024-01-05,100\nMu'),
      Buffer.from([0xff]),
      Buffer.from('ller,2024-02-01,80\n'),
    ]);
    const r = await run(['analyze', '--sales', file('pena.csv', bytes)]);
    expect(r.code).toBe(0);
    expect(
      JSON.parse(r.stdout)
        .clients.map((c: { id: string }) => c.id)
        .sort(),
    ).toEqual(['Mu\uFFFDller', 'Peña']);
    expect(r.stderr).toBe(
      `cartera: ${path.join(dir, 'pena.csv')}: 1 byte(s) that are not UTF-8 show as "\uFFFD" (row 3)\n`,
    );
  });

  test('UTF-16 LE with BOM, tab-separated (Excel "Unicode Text") is read', async () => {
    const bytes = Buffer.from('\uFEFF' + SALES.replace(/,/g, '\t'), 'utf16le');
    const r = await run(['analyze', '--sales', file('unicode.txt', bytes), '--quiet']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).quality).toMatchObject({ rowsRead: 3, rowsUsed: 3 });
  });
});

test('an unclosed quote in the client list is listed with the rejected rows', async () => {
  const clients = file('cl.csv', 'Código,Nombre\n101,"Acme\n102,Beta\n');
  const r = await run(['analyze', '--sales', file('cs.csv', SALES), '--clients', clients, '--quiet']);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout);
  expect(json.quality.rejected).toEqual([
    { sheet: 'cl', row: 2, column: '', reason: 'broken_quotes', value: '101,"Acme' },
  ]);
  expect(json.clients.map((c: { id: string; inList: boolean }) => [c.id, c.inList])).toEqual([
    ['102', true],
    ['101', false],
  ]);
});

test('--lang es: option and column errors in Spanish too (found before or after --lang on the line)', async () => {
  expect((await run(['analyze', '--period', 'week', '--sales', 'a.csv', '--lang', 'es'])).stderr).toBe(
    'cartera: --period: "week" no es uno de month, quarter, half, year\n',
  );
  const r = await run(['analyze', '--lang', 'es', '--sales', file('nofecha.csv', 'Cliente,Importe\n1,5\n')]);
  expect(r.stderr).toBe(
    `cartera: ${path.join(dir, 'nofecha.csv')}: no se encontró la columna de fecha (columnas: Cliente, Importe); indíquela con --map date=ENCABEZADO\n`,
  );
});

test('an empty text file says so, in one line', async () => {
  const empty = file('empty.csv', '');
  expect(await run(['analyze', '--sales', empty])).toMatchObject({
    code: 2,
    stderr: `cartera: ${empty}: the file is empty\n`,
  });
});

test('a file larger than one read chunk is streamed: CRLFs across chunk edges, a broken row near the end, counts balance', async () => {
  const lines = ['Cliente;Fecha;Importe'];
  for (let i = 0; i < 60_000; i++) lines.push(`C${i % 997};2024-0${1 + (i % 9)}-1${i % 10};${i % 50},5`);
  lines.splice(59_990, 0, 'C1;"2024-01-01;5');
  const big = file('big-stream.csv', lines.join('\r\n') + '\r\n');
  const r = await run(['analyze', '--sales', big, '--quiet', '--locale', 'es-ES']);
  expect(r.stderr).toBe('');
  const q = JSON.parse(r.stdout).quality;
  expect(q).toMatchObject({ rowsRead: 60_001, rowsUsed: 60_000, rowsRejected: 1, blankRows: 0 });
  expect(q.rejected).toEqual([
    { sheet: 'big-stream', row: 59_991, column: '', reason: 'broken_quotes', value: 'C1;"2024-01-01;5' },
  ]);
});
