import { crossSellGaps } from '../../../src/engine/visits/crossSellGaps';
import { CarteraError } from '../../../src/engine/types';
import { categorical, clientsData, d, salesData, type SaleRow } from './fixtures';

const asOf = d('2024-06-30'); // window 2023-07-01 … 2024-06-30

// Retail: R1 R2 R3 R4 (+ Z1 with only a return); Food: F1 alone; X1 has no sector; P1 never bought.
const clients = clientsData(
  ['R1', 'R2', 'R3', 'R4', 'F1', 'X1', 'P1', 'Z1', 'Q1'],
  {
    Sector: ['Retail', 'retail', 'Retail', 'Retail', 'Food', null, 'Retail', 'Retail', 'Retail'],
  },
  { industry: 'Sector' },
);
const rows: SaleRow[] = [
  { client: 0, date: '2024-01-10', amount: 100, product: 'L1' },
  { client: 0, date: '2024-01-10', amount: 50, product: 'L2' },
  { client: 1, date: '2024-02-10', amount: 120, product: 'L1' },
  { client: 1, date: '2024-02-10', amount: 80, product: 'L1' }, // R2 spends 200 on L1
  { client: 1, date: '2024-02-10', amount: 30, product: 'L2' },
  { client: 1, date: '2024-03-10', amount: 10, product: 'L3' },
  { client: 1, date: '2024-04-10', amount: -10, product: 'L3' }, // fully returned: R2 does not buy L3
  { client: 2, date: '2024-05-10', amount: 300, product: 'L1' },
  { client: 2, date: '2023-06-30', amount: 999, product: 'L2' }, // before the window
  { client: 3, date: '2024-06-30', amount: 40, product: 'L3' },
  { client: 4, date: '2024-06-01', amount: 70, product: 'L1' },
  { client: 4, date: '2024-06-01', amount: 70, product: 'L2' },
  { client: 5, date: '2024-06-01', amount: 60, product: 'L1' },
  { client: 7, date: '2024-06-01', amount: -50, product: 'L1' }, // a return only: not a buyer
  { client: 8, date: '2024-06-01', amount: 0, product: 'L2' }, // a free sample: a purchase, no line bought
  { client: 0, date: '2022-01-01', amount: 5, product: 'Nobody' }, // a line nobody buys in the window
];
const sales = salesData(rows);
const owner = categorical(['Ana', 'Ana', 'Bea', 'Bea', null, null, null, null, null]);

describe('crossSellGaps', () => {
  const r = crossSellGaps({ clients, sales, asOf, owner });
  const L = r.lines.length;
  const cell = (seg: string, line: string) => r.segments.indexOf(seg) * L + r.lines.indexOf(line);

  test('segments from the industry role; blank sector is its own segment', () => {
    expect(r.segmentKey).toBe('Sector');
    expect(r.segments).toEqual(['Retail', 'Food', '(blank)']);
    expect(r.lines).toEqual(['L1', 'L2', 'L3', 'Nobody']);
    // clients with a purchase in the window: R1–R4 and Q1 (free sample); Z1 (only a return) and P1 are out
    expect(Array.from(r.segmentClients)).toEqual([5, 1, 1]);
    expect(Array.from(r.clientSegment)).toEqual([0, 0, 0, 0, 1, 2, -1, -1, 0]);
  });

  test("penetration grid and the buyers' median spend (cents)", () => {
    expect(r.lineBuyers[cell('Retail', 'L1')]).toBe(3);
    expect(r.penetration[cell('Retail', 'L1')]).toBeCloseTo(3 / 5, 12);
    expect(r.penetration[cell('Retail', 'L2')]).toBeCloseTo(2 / 5, 12);
    expect(r.penetration[cell('Retail', 'L3')]).toBeCloseTo(1 / 5, 12);
    expect(r.medianSpend[cell('Retail', 'L1')]).toBe(20000); // 100, 200, 300
    expect(r.medianSpend[cell('Retail', 'L2')]).toBe(4000); // 50, 30 → 40
    expect(r.medianSpend[cell('Retail', 'L3')]).toBe(4000);
    expect(r.penetration[cell('Food', 'L2')]).toBe(1);
    expect(r.lineBuyers[cell('Retail', 'Nobody')]).toBe(0);
    expect(r.penetration[cell('Retail', 'Nobody')]).toBe(0);
    expect(r.medianSpend[cell('Retail', 'Nobody')]).toBeNaN();
  });

  test('gaps: lines bought by ≥ 50 % of the other clients of the segment, ranked by value', () => {
    // Retail peers = 4 others. L1: 3 buyers → gap for R4 (3/4) and Q1 (3/4); L2: 2 buyers → 2/4 = 50 % → gap
    // for R3, R4, Q1; L3: 1 buyer → none; "Nobody" → never.
    const o = r.opportunities;
    const list = Array.from({ length: o.length }, (_, k) => [
      clients.ids[o.client[k]],
      r.lines[o.line[k]],
      o.value[k],
      o.peerShare[k],
      o.salesperson[k] >= 0 ? r.salespersonLabels[o.salesperson[k]] : null,
    ]);
    // equal values keep the client list's order (R3, R4 before Q1)
    expect(list).toEqual([
      ['R4', 'L1', 20000, 0.75, 'Bea'],
      ['Q1', 'L1', 20000, 0.75, null],
      ['R3', 'L2', 4000, 0.5, 'Bea'],
      ['R4', 'L2', 4000, 0.5, 'Bea'],
      ['Q1', 'L2', 4000, 0.5, null],
    ]);
    expect(Array.from(r.gapCount)).toEqual([0, 0, 1, 2, 0, 0, 0, 0, 2]);
    expect(r.gapValue[3]).toBe(24000);
  });

  test('a segment of one client has no peers, hence no gaps', () => {
    expect(r.gapCount[4]).toBe(0);
    expect(r.gapCount[5]).toBe(0);
  });

  test('the share threshold is a parameter; peers exclude the client itself', () => {
    const strict = crossSellGaps({ clients, sales, asOf, minShare: 0.6 });
    expect(strict.opportunities.length).toBe(2); // only L1 (3/4 = 75 %)
    // two clients, one buys L1: for the other, its single peer buys it (100 %) → a gap
    const two = clientsData(['A', 'B'], { S: ['x', 'x'] }, { segment: 'S' });
    const pair = crossSellGaps({
      clients: two,
      sales: salesData([
        { client: 0, date: '2024-06-01', amount: 10, product: 'L1' },
        { client: 1, date: '2024-06-01', amount: 10, product: 'L2' },
      ]),
      asOf,
    });
    expect(pair.segmentKey).toBe('S');
    expect(Array.from(pair.gapCount)).toEqual([1, 1]);
  });

  test('blank segments can be left out; no segment column means the whole portfolio', () => {
    const ex = crossSellGaps({ clients, sales, asOf, blankSegment: 'exclude' });
    expect(ex.segments).toEqual(['Retail', 'Food']);
    expect(ex.clientSegment[5]).toBe(-1);
    const all = crossSellGaps({ clients, sales, asOf, segmentKey: null });
    expect(all.segments).toEqual(['(all)']);
    expect(all.segmentClients[0]).toBe(7);
  });

  test('the whole history window counts older sales', () => {
    const hist = crossSellGaps({ clients, sales, asOf, windowMonths: null });
    expect(
      hist.lineBuyers[hist.segments.indexOf('Retail') * hist.lines.length + hist.lines.indexOf('L2')],
    ).toBe(3);
  });

  test("equal values across segments rank in client order, a client's lines in name order", () => {
    const c2 = clientsData(['A', 'B', 'C', 'D'], { S: ['x', 'x', 'y', 'y'] }, { segment: 'S' });
    const s2 = salesData([
      { client: 0, date: '2024-06-01', amount: 5, product: 'Zeta' },
      { client: 0, date: '2024-06-01', amount: 5, product: 'Alfa' },
      { client: 1, date: '2024-06-01', amount: 1, product: 'Beta' },
      { client: 2, date: '2024-06-01', amount: 1, product: 'Gamma' },
      { client: 3, date: '2024-06-01', amount: 5, product: 'Zeta' },
    ]);
    const r2 = crossSellGaps({ clients: c2, sales: s2, asOf });
    const o = r2.opportunities;
    const list = Array.from(
      { length: o.length },
      (_, k) => `${c2.ids[o.client[k]]} ${r2.lines[o.line[k]]} ${o.value[k]}`,
    );
    expect(list).toEqual(['B Alfa 500', 'B Zeta 500', 'C Zeta 500', 'A Beta 100', 'D Gamma 100']);
  });

  test('clear errors: no product column, unknown segment column', () => {
    const noProduct = { ...sales, product: null };
    expect(() => crossSellGaps({ clients, sales: noProduct, asOf })).toThrow(CarteraError);
    expect(() => crossSellGaps({ clients, sales, asOf, segmentKey: 'Tamaño' })).toThrow(/Tamaño/);
  });
});
