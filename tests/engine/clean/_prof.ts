import { createSalesReader } from '../../../src/engine/clean';
const N = 1_048_576;
const data: any[][] = [];
let seed = 42;
const rnd = (): number => ((seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff);
for (let i = 0; i < N; i++) data.push([10000 + Math.floor(rnd() * 50000), 40000 + Math.floor(rnd() * 1500) + rnd(), Math.round(rnd() * 100000) / 100, 500000 + (i >> 2), 'P' + (i % 300)]);
for (const m of [{ client: 0, date: 1, amount: 2 }, { client: 0, date: 1, amount: 2, invoice: 3 }, { client: 0, date: 1, amount: 2, invoice: 3, product: 4 }]) {
  for (let rep = 0; rep < 3; rep++) {
    const t0 = performance.now();
    const r = createSalesReader(m as any, { sheet: 'S', headerRow: 1, firstColumn: 0, headers: ['a', 'b', 'c', 'd', 'e'] });
    for (let i = 0; i < N; i += 50000) r.add(data.slice(i, i + 50000));
    const t1 = performance.now();
    r.finish();
    console.log(Object.keys(m).length, (t1 - t0).toFixed(0), (performance.now() - t1).toFixed(0));
  }
}
