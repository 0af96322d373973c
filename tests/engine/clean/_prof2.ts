import { IdDictionary } from '../../../src/engine/clean/clientId';
const N = 1_048_576;
const data: any[][] = [];
let seed = 42;
const rnd = (): number => ((seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff);
for (let i = 0; i < N; i++) data.push([10000 + Math.floor(rnd() * 50000), 40000 + Math.floor(rnd() * 1500) + rnd(), Math.round(rnd() * 100000) / 100, 500000 + (i >> 2), 'P' + (i % 300)]);
for (let rep = 0; rep < 4; rep++) {
  let t0 = performance.now();
  let s = 0;
  for (let i = 0; i < N; i++) { const r = data[i]; s += (r[0] as number) + Math.floor(r[1]) + r[2]; }
  let t1 = performance.now();
  const d = new IdDictionary(); const out = new Int32Array(N);
  for (let i = 0; i < N; i++) out[i] = d.code(data[i][0]);
  let t2 = performance.now();
  const m = new Map<number, number>();
  for (let i = 0; i < N; i++) { const k = data[i][0]; let c = m.get(k); if (c === undefined) { c = m.size; m.set(k, c); } out[i] = c; }
  let t3 = performance.now();
  const d2 = new IdDictionary();
  for (let i = 0; i < N; i++) out[i] = d2.code(data[i][3]);
  let t4 = performance.now();
  console.log('scan', (t1 - t0).toFixed(0), 'dict', (t2 - t1).toFixed(0), 'rawmap', (t3 - t2).toFixed(0), 'invoices', (t4 - t3).toFixed(0), s > 0);
}
