// Issue #20: the CLI's peak memory came at the end, while the JSON was written, with the sales rows'
// columns (and the sales reader's own) still held. Without --out they are released before the JSON is
// written: what is left of array buffers then (after a forced collection) is the analysis and the write
// buffer, not the rows. The bin runs as a user runs it, with a preload that measures when the JSON's
// temporary file is opened.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

jest.setTimeout(240_000);

const BIN = path.resolve(__dirname, '../../src/cli/cartera.js');
const dir = mkdtempSync(path.join(tmpdir(), 'cartera-jsonmem-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROWS = 300_000;

test('300,000 sales rows: their columns are gone when the JSON file is opened', () => {
  const lines = ['Cliente,Fecha,Importe,Producto'];
  for (let i = 0; i < ROWS; i++)
    lines.push(`C${i % 5000},2024-0${1 + (i % 9)}-1${i % 10},${(i % 97) + 0.5},P${i % 300}`);
  const sales = path.join(dir, 'ventas.csv');
  writeFileSync(sales, lines.join('\n') + '\n');
  const preload = path.join(dir, 'atOpen.js');
  const report = path.join(dir, 'arrayBuffers.txt');
  writeFileSync(
    preload,
    `const fsp = require('fs/promises');
const open = fsp.open;
fsp.open = function (file, ...rest) {
  if (String(file).endsWith('.tmp')) {
    // twice: after one collection the freed buffers are sometimes still counted
    global.gc();
    global.gc();
    require('fs').writeFileSync(${JSON.stringify(report)}, String(process.memoryUsage().arrayBuffers));
  }
  return open.call(this, file, ...rest);
};
`,
  );
  const out = path.join(dir, 'out.json');
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '-r', preload, BIN, 'analyze', '--sales', sales, '--json', out, '--quiet'],
    {
      encoding: 'utf8',
    },
  );
  expect({ code: r.status, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  expect(JSON.parse(readFileSync(out, 'utf8')).quality.rowsUsed).toBe(ROWS);
  // the rows' columns alone: amount (8 bytes), day, client and row number (4 bytes each) = 6 MB;
  // with them held the array buffers were 9.4 MB here, without them 2.8 MB
  const arrayBuffers = Number(readFileSync(report, 'utf8'));
  expect(arrayBuffers).toBeGreaterThan(0);
  expect(arrayBuffers).toBeLessThan(ROWS * 20 * 0.8);
});
