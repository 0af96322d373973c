// Issue #20: a sales file longer than a sheet (1,048,576 rows) goes through the CLI with --json and
// --out — streamed, never a sheet — and its totals match a sum made while the file was generated.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createReadStream, createWriteStream } from 'node:fs';
import { createGzip } from 'node:zlib';
import { main } from '../../src/cli/main';
import { loadWorkbookFile } from '../../src/host/xlsx';

// generous: the file is large, the machine may be busy; nothing here is timed
jest.setTimeout(600_000);

const ROWS = 1_100_000;
const CLIENTS = 20_000;
const dir = mkdtempSync(path.join(tmpdir(), 'cartera-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Expected {
  rows: number;
  clients: number;
  cents: number;
}

/** Client, date (Feb–Dec 2024, inside the 12 months before 2024-12-31), amount with cents; summed as written. */
function generate(file: string): Expected {
  const fd = openSync(file, 'w');
  let a = 12345;
  const rand = () => (a = (Math.imul(a, 1103515245) + 12345) >>> 0) / 4294967296;
  const seen = new Uint8Array(CLIENTS);
  let clients = 0;
  let cents = 0;
  let text = 'Cliente,Fecha,Importe\n';
  for (let i = 0; i < ROWS; i++) {
    const c = i < CLIENTS ? i : Math.floor(rand() * CLIENTS);
    if (!seen[c]) {
      seen[c] = 1;
      clients++;
    }
    const month = 2 + Math.floor(rand() * 11);
    const day = 1 + Math.floor(rand() * 28);
    const amount = 100 + Math.floor(rand() * 99_900);
    cents += amount;
    text += `K${c},2024-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day},${Math.floor(amount / 100)}.${String(amount % 100).padStart(2, '0')}\n`;
    if (text.length > 1 << 20) {
      writeSync(fd, text);
      text = '';
    }
  }
  writeSync(fd, text);
  closeSync(fd);
  return { rows: ROWS, clients, cents };
}

interface Doc {
  quality: { rowsRead: number; rowsUsed: number; rowsRejected: number };
  clients: { revenue12: number }[];
}

function totals(doc: Doc) {
  return {
    rows: doc.quality.rowsRead,
    used: doc.quality.rowsUsed,
    rejected: doc.quality.rowsRejected,
    clients: doc.clients.length,
    cents: doc.clients.reduce((s, c) => s + Math.round(c.revenue12 * 100), 0),
  };
}

test('1,100,000 rows (more than a sheet holds) with --json and --out: totals as generated, plain and .csv.gz', async () => {
  const sales = path.join(dir, 'ventas.csv');
  const expected = generate(sales);
  const want = {
    rows: expected.rows,
    used: expected.rows,
    rejected: 0,
    clients: expected.clients,
    cents: expected.cents,
  };
  const json = path.join(dir, 'out.json');
  const out = path.join(dir, 'out.xlsx');
  let stderr = '';
  const io = { stdout: () => undefined, stderr: (t: string) => void (stderr += t) };
  const code = await main(
    [
      'analyze',
      '--sales',
      sales,
      '--as-of',
      '2024-12-31',
      '--json',
      json,
      '--out',
      out,
      '--quiet',
      '--lang',
      'en',
    ],
    io,
  );
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  expect(totals(JSON.parse(readFileSync(json, 'utf8')) as Doc)).toEqual(want);

  // the workbook: Cartera's sheets only, its quality sheet counting every row of the file
  const bytes = readFileSync(out);
  const wb = await loadWorkbookFile(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
    'out.xlsx',
  );
  expect(wb.sheets().map((s) => s.name)).not.toContain('ventas');
  const quality = wb.sheets().find((s) => /quality/i.test(s.name))!.name;
  expect(wb.values(quality).find((r) => r[0] === 'Rows read')?.[1]).toBe(expected.rows);
  const perClient = wb.sheets().find((s) => /clients$/i.test(s.name))!.name;
  expect(wb.values(perClient).filter((r) => /^K\d+$/.test(String(r[0]))).length).toBe(expected.clients);

  // the same file gzipped streams through zlib into the same reader
  const gz = path.join(dir, 'ventas.csv.gz');
  await pipeline(createReadStream(sales), createGzip({ level: 1 }), createWriteStream(gz));
  rmSync(sales);
  let stdout = '';
  const gzCode = await main(['analyze', '--sales', gz, '--as-of', '2024-12-31', '--quiet'], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  });
  expect({ code: gzCode, stderr }).toEqual({ code: 0, stderr: '' });
  expect(totals(JSON.parse(stdout) as Doc)).toEqual(want);
});
