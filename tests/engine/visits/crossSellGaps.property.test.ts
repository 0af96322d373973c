import fc from 'fast-check';
import { crossSellGaps } from '../../../src/engine/visits/crossSellGaps';
import { toCents } from '../../../src/engine/money';
import { clientsData, d, salesData, type SaleRow } from './fixtures';

const asOf = d('2024-06-30');
const DAYS = ['2024-06-01', '2024-06-02', '2024-06-03'];
const LINES = ['L0', 'L1', 'L2', 'L3'];

/** The definition written out plainly: peers listed one by one, medians by sorting. */
function reference(segOf: number[], rows: SaleRow[], minShare: number) {
  const n = segOf.length;
  const spend = Array.from({ length: n }, () => new Map<string, number>());
  const daySum = Array.from({ length: n }, () => new Map<string, number>());
  for (const r of rows) {
    spend[r.client].set(r.product!, (spend[r.client].get(r.product!) ?? 0) + r.amount);
    daySum[r.client].set(r.date, (daySum[r.client].get(r.date) ?? 0) + r.amount);
  }
  const buyer = [...daySum].map((m) => [...m.values()].some((v) => toCents(v) >= 0));
  const buys = (c: number, l: string) => toCents(spend[c].get(l) ?? 0) > 0;
  const gaps: [number, string, number][] = [];
  for (let c = 0; c < n; c++) {
    if (!buyer[c]) continue;
    const peers = segOf.map((s, i) => i).filter((i) => i !== c && buyer[i] && segOf[i] === segOf[c]);
    if (peers.length === 0) continue;
    for (const l of LINES) {
      if (buys(c, l)) continue;
      const b = peers.filter((i) => buys(i, l));
      if (b.length === 0 || b.length < minShare * peers.length - 1e-9) continue;
      const v = b.map((i) => toCents(spend[i].get(l)!)).sort((x, y) => x - y);
      const m = v.length % 2 ? v[v.length >> 1] : Math.round((v[v.length / 2 - 1] + v[v.length / 2]) / 2);
      gaps.push([c, l, m]);
    }
  }
  return gaps;
}

describe('crossSellGaps against the plain definition', () => {
  test('random portfolios: same gaps and values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 10 }),
        fc.array(
          fc.record({
            client: fc.nat(),
            day: fc.integer({ min: 0, max: 2 }),
            line: fc.integer({ min: 0, max: 3 }),
            cents: fc.integer({ min: -3000, max: 20000 }),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        fc.constantFrom(0.3, 0.5, 0.75, 1),
        (segOf, raw, minShare) => {
          const rows: SaleRow[] = raw.map((r) => ({
            client: r.client % segOf.length,
            date: DAYS[r.day],
            amount: r.cents / 100,
            product: LINES[r.line],
          }));
          const clients = clientsData(
            segOf.map((_, i) => `K${i}`),
            { Seg: segOf.map((s) => `S${s}`) },
            { segment: 'Seg' },
          );
          const got = crossSellGaps({ clients, sales: salesData(rows), asOf, minShare });
          const o = got.opportunities;
          const list = Array.from({ length: o.length }, (_, k): [number, string, number] => [
            o.client[k],
            got.lines[o.line[k]],
            o.value[k],
          ]);
          const key = (g: [number, string, number]) => `${g[0]} ${g[1]} ${g[2]}`;
          expect(list.map(key).sort()).toEqual(reference(segOf, rows, minShare).map(key).sort());
          for (let k = 1; k < o.length; k++) expect(o.value[k]).toBeLessThanOrEqual(o.value[k - 1]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
