// Benchmark (not a test): node --expose-gc --import tsx tests/engine/clean/ingest.bench.ts
// Ingests 1,048,576 sales rows (client, date serial with time, amount, invoice, product) given as
// Range.values would give them, in blocks of 50,000 rows, the way the Excel reader feeds them:
// each block is built (untimed), then add()ed and dropped. Prints the time spent in add() and
// finish(), wall clock and CPU (the machine is shared, so CPU time is the steadier figure).
import { createSalesReader } from '../../../src/engine/clean';
import type { Cell, SalesMapping } from '../../../src/engine/types';

const N = 1_048_576;
const BLOCK = 50_000;
const products = Array.from({ length: 300 }, (_, k) => `P${k}`);
const clientsText = Array.from({ length: 50_000 }, (_, k) => `C${k}`);

function block(start: number, size: number, textIds: boolean, rnd: () => number): Cell[][] {
  const out: Cell[][] = new Array(size);
  for (let k = 0; k < size; k++) {
    const i = start + k;
    const c = Math.floor(rnd() * 50_000);
    out[k] = [
      textIds ? clientsText[c] : 10_000 + c,
      40_000 + Math.floor(rnd() * 1500) + rnd(),
      Math.round(rnd() * 100_000) / 100,
      500_000 + (i >> 2),
      products[Math.floor(rnd() * 300)],
    ];
  }
  return out;
}

function run(mapping: SalesMapping, textIds: boolean): { wall: number; cpu: number } {
  let seed = 42;
  const rnd = (): number => (seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff;
  (globalThis as { gc?: () => void }).gc?.();
  let wall = 0;
  let cpu = 0;
  const headers = ['Cliente', 'Fecha', 'Importe', 'Factura', 'Producto'];
  let t = performance.now();
  let c = process.cpuUsage();
  const reader = createSalesReader(mapping, { sheet: 'Ventas', headerRow: 1, firstColumn: 0, headers }, { rowCount: N });
  const lap = (): void => {
    wall += performance.now() - t;
    const u = process.cpuUsage(c);
    cpu += (u.user + u.system) / 1000;
  };
  lap();
  for (let i = 0; i < N; i += BLOCK) {
    const rows = block(i, Math.min(BLOCK, N - i), textIds, rnd);
    t = performance.now();
    c = process.cpuUsage();
    reader.add(rows);
    lap();
  }
  t = performance.now();
  c = process.cpuUsage();
  const r = reader.finish();
  lap();
  if (r.quality.rowsUsed !== N) throw new Error('rows lost');
  return { wall, cpu };
}

const cases: Array<[string, SalesMapping, boolean]> = [
  ['client+date+amount, numeric ids', { client: 0, date: 1, amount: 2 }, false],
  ['+ invoice + product, numeric ids', { client: 0, date: 1, amount: 2, invoice: 3, product: 4 }, false],
  ['+ invoice + product, text ids', { client: 0, date: 1, amount: 2, invoice: 3, product: 4 }, true],
];
for (const [name, mapping, textIds] of cases) {
  const res = Array.from({ length: 7 }, () => run(mapping, textIds));
  const med = (k: 'wall' | 'cpu'): number => res.map((r) => r[k]).sort((a, b) => a - b)[3];
  const best = (k: 'wall' | 'cpu'): number => Math.min(...res.map((r) => r[k]));
  console.log(
    `${name}: ${N} rows, wall median ${med('wall').toFixed(0)} ms (best ${best('wall').toFixed(0)}), ` +
      `CPU median ${med('cpu').toFixed(0)} ms (best ${best('cpu').toFixed(0)}), 7 runs`,
  );
}
