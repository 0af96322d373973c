import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';

const BIN = path.resolve(__dirname, '../../src/cli/cartera.js');
const dir = mkdtempSync(path.join(tmpdir(), 'cartera-cli-'));
const file = (name: string, text: string): string => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function runMain(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

const SALES = [
  'Cliente;Fecha;Importe;Nº factura',
  '101;05/01/2024;100,00;F1',
  '101;05/01/2024;50,50;F1',
  '101;20/03/2024;1.234,50;F2',
  '00102;01/02/2024;80;F3',
  ';01/02/2024;5;F4',
  '103;ayer;5;F5',
  '',
  '102;15/03/2024;(20,00);F6',
].join('\n');

describe('cartera bin (spawned)', () => {
  test('a small CSV → JSON file, exit 0', () => {
    const sales = file('ventas.csv', SALES + '\n');
    const out = path.join(dir, 'out.json');
    const r = run(['analyze', '--sales', sales, '--json', out]);
    expect(r.stderr).toBe(`cartera: wrote ${out}\n`);
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.asOf).toBe('2024-03-20');
    expect(json.quality).toMatchObject({ rowsRead: 8, rowsUsed: 5, rowsRejected: 2, rowsAfterAsOf: 0, blankRows: 1 });
    expect(json.quality.rejected.map((r: { row: number; reason: string; column: string }) => [r.row, r.reason, r.column])).toEqual([
      [6, 'missing_client', 'A (Cliente)'],
      [7, 'bad_date', 'B (Fecha)'],
    ]);
    const byId = Object.fromEntries(json.clients.map((c: { id: string }) => [c.id, c]));
    expect(Object.keys(byId).sort()).toEqual(['00102', '101', '102']);
    // 100 + 50.50 + 1234.50 in the trailing 12 months.
    expect(byId['101'].revenue12).toBe(1385);
    expect(byId['101'].purchases).toBe(2);
    expect(byId['101'].recencyDays).toBe(0);
    expect(byId['102'].revenue12).toBe(-20);
    expect(byId['102'].rfmSegment).toBeNull();
    expect(byId['00102'].revenue12).toBe(80);
    for (const c of json.clients) {
      for (const key of ['id', 'abc', 'revenue12', 'purchases', 'recencyDays', 'r', 'f', 'm', 'rfmSegment', 'status', 'pAlive', 'expectedPurchases', 'clv'])
        expect(c).toHaveProperty(key);
    }
    expect(json.metrics.find((m: { metric: string; period: string }) => m.metric === 'revenue' && m.period === '2024-01')).toMatchObject({
      dimension: 'all',
      member: 'all',
      value: 150.5,
    });
    expect(json.model).toHaveProperty('bgnbd');
    expect(json.model).toHaveProperty('gammaGamma');
  });

  test('a bad file: one line on stderr naming it, exit 2', () => {
    const r = run(['analyze', '--sales', 'no-such-file.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cartera: no-such-file.csv: no such file\n');
    expect(r.stdout).toBe('');
  });

  test('a bad option: one line on stderr, exit 2, no stack trace', () => {
    const r = run(['analyze', '--sales', 'x.csv', '--period', 'week']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cartera: --period: "week" is not one of month, quarter, half, year\n');
  });

  test('--help: usage on stdout, exit 0', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: cartera analyze --sales FILE/);
    expect(r.stderr).toBe('');
  });
});

describe('main (in process)', () => {
  test.each([
    [[], 'no command given'],
    [['analise'], 'unknown command "analise"'],
    [['analyze'], '--sales FILE is required'],
    [['analyze', '--sales'], '--sales needs a value'],
    [['analyze', '--sales', 'a.csv', '--as-of', '2024-02-30'], '--as-of: "2024-02-30" is not a date in the form YYYY-MM-DD'],
    [['analyze', '--sales', 'a.csv', '--time-unit', 'months'], '--time-unit: "months" is not days or weeks'],
    [['analyze', '--sales', 'a.csv', '--map', 'cliente=X'], '--map: unknown role "cliente"'],
    [['analyze', '--sales', 'a.csv', '--out', 'a.json'], '--out: "a.json" must be an .xlsx file'],
    [['analyze', '--sales', 'a.csv', '--quiet=yes'], '--quiet takes no value'],
    [['analyze', '--sales', 'a.csv', '--sales', 'b.csv'], '--sales is given twice'],
    [['analyze', '--sales', 'a.pdf'], 'a.pdf: no such file'],
  ])('%j → exit 2: %s', async (args, message) => {
    const r = await runMain(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toContain(message);
  });

  test('unsupported type, binary content and a bad gzip', async () => {
    expect((await runMain(['analyze', '--sales', file('a.pdf', 'x')])).stderr).toMatch(/a\.pdf: unsupported file type/);
    expect((await runMain(['analyze', '--sales', file('b.csv', 'a,b\u0000c')])).stderr).toMatch(/b\.csv: not a text file/);
    expect((await runMain(['analyze', '--sales', file('c.csv.gz', 'plain')])).stderr).toMatch(/c\.csv\.gz: not a valid gzip file/);
    expect((await runMain(['analyze', '--sales', file('d.xlsx', 'plain')])).stderr).toMatch(/d\.xlsx: not a valid \.xlsx workbook/);
  });

  test('missing columns are named, with the way to map them', async () => {
    const r = await runMain(['analyze', '--sales', file('nodate.csv', 'Cliente,Importe\n1,5\n')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cartera: nodate.csv'.replace('nodate.csv', path.join(dir, 'nodate.csv')) + ': no date column found (columns: Cliente, Importe); name it with --map date=HEADER\n');
  });

  test('--map overrides detection, by header (any case) or column letter', async () => {
    const sales = file('m.csv', 'Quien,Cuando,Cuanto,Otro\nA,2024-01-01,10,99\nB,2024-01-02,20,98\n');
    const r = await runMain(['analyze', '--sales', sales, '--quiet', '--map', 'client=quien,date=B', '--map', 'amount=Cuanto']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.clients.map((c: { id: string; revenue12: number }) => [c.id, c.revenue12])).toEqual([['A', 10], ['B', 20]]);
    const bad = await runMain(['analyze', '--sales', sales, '--map', 'client=Nadie']);
    expect(bad.stderr).toMatch(/no column "Nadie" for role client \(columns: Quien, Cuando, Cuanto, Otro\)/);
  });

  test('mixed currencies stop the run with one line', async () => {
    const sales = file('cur.csv', 'Cliente,Fecha,Importe,Moneda\nA,2024-01-01,10,EUR\nB,2024-01-02,20,BRL\n');
    const r = await runMain(['analyze', '--sales', sales]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^cartera: Column D \(Moneda\) on sheet "cur" mixes currencies: EUR \(row 2\) and BRL \(row 3\)\./);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });

  test('--clients: list clients first, sales-only ids not in list; --as-of sets rows after it aside', async () => {
    const clients = file('clientes.csv', 'Código,Nombre,Zona\n101,Acme S.A.,Norte\n104,Nadie,Sur\n');
    const sales = file('v.csv', SALES + '\n');
    const r = await runMain(['analyze', '--sales', sales, '--clients', clients, '--as-of', '2024-03-01', '--period', 'quarter', '--quiet']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.asOf).toBe('2024-03-01');
    expect(json.clients.map((c: { id: string; inList: boolean }) => [c.id, c.inList])).toEqual([
      ['101', true], ['104', true], ['00102', false], ['102', false],
    ]);
    expect(json.clients[1]).toMatchObject({ id: '104', status: 'prospect', abc: null, purchases: 0 });
    expect(json.quality).toMatchObject({ rowsRead: 8, rowsUsed: 3, rowsAfterAsOf: 2, rowsRejected: 2, blankRows: 1 });
    expect(json.quality.issues.filter((i: { kind: string }) => i.kind === 'not_in_list')).toHaveLength(2);
    expect(json.metrics[0].period).toBe('2024-Q1');
  });

  test('--out to a folder that does not exist: one line, exit 2', async () => {
    const r = await runMain(['analyze', '--sales', file('o.csv', SALES), '--out', path.join(dir, 'missing', 'o.xlsx'), '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--out .*cannot write/);
  });
});
