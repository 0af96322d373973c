// Benchmark (not a test): npx tsx tests/engine/clean/ingest.bench.ts
// Ingests 1,048,576 sales rows as Range.values would give them, in blocks of 50,000 rows.
import { createSalesReader } from '../../../src/engine/clean';
import type { Cell } from '../../../src/engine/types';

const N = 1_048_576;
const BLOCK = 50_000;
function rows(kind: 'numbers' | 'mixed'): Cell[][] {
  let seed = 42;
  const rnd = (): number => ((seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff);
  const out: Cell[][] = new Array(N);
  const products = Array.from({ length: 300 }, (_, k) => `P${k}`);
  for (let i = 0; i < N; i++) {
    const client: Cell = kind === 'numbers' ? 10_000 + Math.floor(rnd() * 50_000) : `C${Math.floor(rnd() * 50_000)}`;
    out[i] = [
      client,
      40_000 + Math.floor(rnd() * 1500) + rnd(),
      Math.round(rnd() * 100_000) / 100,
      500_000 + (i >> 2),
      products[Math.floor(rnd() * 300)],
    ];
  }
  return out;
}

for (const kind of ['numbers', 'mixed'] as const) {
  const data = rows(kind);
  const times: number[] = [];
  for (let rep = 0; rep < 5; rep++) {
    const t0 = performance.now();
    const reader = createSalesReader(
      { client: 0, date: 1, amount: 2, invoice: 3, product: 4 },
      { sheet: 'Ventas', headerRow: 1, firstColumn: 0, headers: ['Cliente', 'Fecha', 'Importe', 'Factura', 'Producto'] },
    );
    for (let i = 0; i < N; i += BLOCK) reader.add(data.slice(i, i + BLOCK));
    const r = reader.finish();
    times.push(performance.now() - t0);
    if (r.quality.rowsUsed !== N) throw new Error('rows lost');
  }
  times.sort((a, b) => a - b);
  console.log(`${kind}: ${N} rows, median ${times[2].toFixed(0)} ms, best ${times[0].toFixed(0)} ms (5 runs)`);
}
