import fc from 'fast-check';
import { analyzePortfolio } from '../../../src/engine/classify/analyzePortfolio';
import { defaultAnalysisOptions } from '../../../src/engine/classify/analysisOptions';
import { ABC_CLASSES, BEHAVIOURS, CarteraError, NO_CODE, RFM_SEGMENTS, STATUSES } from '../../../src/engine/types';
import { day, indexOf, portfolio, type Sale } from './helpers';

const label = (list: readonly string[], code: number) => (code === NO_CODE ? null : list[code]);

describe('analyzePortfolio on a hand-computed portfolio', () => {
  const rows: Sale[] = [
    ['A', '2024-10-01', 500],
    ['A', '2024-11-01', 300],
    ['A', '2024-12-01', 200],
    ['B', '2024-03-01', 400],
    ['B', '2024-12-31', 100],
    ['C', '2022-01-01', 50],
    ['D', '2024-12-20', -30],
    ['E', '2024-11-15', 100],
    ['E', '2024-11-15', -20],
  ];
  const input = portfolio(rows, ['P', 'A', 'B', 'C']);
  const res = analyzePortfolio({ ...input, salesSheet: 'Ventas', clientColumn: 'A (Cliente)' });
  const at = (id: string) => indexOf(res.ids, id);
  const row = (id: string) => {
    const i = at(id);
    return {
      abc: label(ABC_CLASSES, res.abc.classCode[i]),
      value: res.abc.valueCents[i],
      rfm: res.rfm.code[i],
      rfmValue: res.rfm.value[i],
      segment: label(RFM_SEGMENTS, res.rfm.segment[i]),
      status: STATUSES[res.lifecycle.status[i]],
      behaviour: BEHAVIOURS[res.behaviour.behaviour[i]],
    };
  };

  test('as-of is the last sale date', () => {
    expect(res.asOfIso).toBe('2024-12-31');
    expect(res.options.asOf).toBe(day('2024-12-31'));
  });

  test.each([
    ['A', { abc: 'A', value: 100000, rfm: 344, rfmValue: 11, segment: 'loyal', status: 'active', behaviour: 'started' }],
    ['B', { abc: 'A', value: 50000, rfm: 433, rfmValue: 10, segment: 'potential_loyalist', status: 'active', behaviour: 'started' }],
    ['C', { abc: 'N', value: 0, rfm: 111, rfmValue: 3, segment: 'hibernating', status: 'lost', behaviour: 'none' }],
    ['D', { abc: 'N', value: -3000, rfm: 0, rfmValue: 0, segment: null, status: 'inactive', behaviour: 'none' }],
    ['E', { abc: 'B', value: 8000, rfm: 212, rfmValue: 5, segment: 'hibernating', status: 'new', behaviour: 'started' }],
    ['P', { abc: null, value: 0, rfm: 0, rfmValue: 0, segment: null, status: 'prospect', behaviour: 'none' }],
  ])('client %s', (id, expected) => {
    expect(row(id)).toEqual(expected);
  });

  test('usual gap: A has its own (30.5), the others take the portfolio rhythm', () => {
    expect(res.facts.usualGap[at('A')]).toBe(30.5);
    expect(res.facts.usualGap[at('B')]).toBe(30.5);
    expect(res.facts.gapSource[at('B')]).toBe(1);
  });

  test('summary: per class, per segment, per status; Pareto data; thresholds', () => {
    const s = res.summary;
    expect(s.clients).toBe(6);
    expect(s.customers).toBe(4);
    expect(s.prospects).toBe(1);
    expect(s.salesButNoPurchase).toBe(1);
    expect(s.notInList).toBe(2);
    expect(s.abc.map((c) => [c.label, c.clients, c.valueCents])).toEqual([
      ['A', 2, 150000],
      ['B', 1, 8000],
      ['C', 0, 0],
      ['N', 2, -3000],
    ]);
    expect(s.pareto).toMatchObject({ topClients: 2, rankedClients: 3, topValueCents: 150000, totalValueCents: 158000 });
    const seg = Object.fromEntries(s.rfmSegments.filter((g) => g.clients > 0).map((g) => [g.id, g.clients]));
    expect(seg).toEqual({ loyal: 1, potential_loyalist: 1, hibernating: 2 });
    expect(s.unscored).toEqual({ clients: 2, valueCents: -3000 });
    expect(s.status.map((g) => g.clients)).toEqual([1, 1, 2, 0, 1, 1]);
    expect(s.status[2].valueCents).toBe(150000);
    expect(s.totalValueCents).toBe(155000);
    expect(s.thresholds.r[3]).toEqual({ score: 4, clients: 1, min: 0, max: 0 });
    expect(s.thresholds.abc.minValueA).toBe(50000);
  });

  test('the returns-only client is listed on the quality report with its row', () => {
    expect(res.quality.issues).toEqual([
      expect.objectContaining({ kind: 'no_purchase', sheet: 'Ventas', row: 8, column: 'A (Cliente)', clientId: 'D' }),
    ]);
    expect(res.quality.rowsAfterAsOf).toBe(0);
    expect(input.quality.issues).toEqual([]); // the input report is not modified
  });
});

describe('analyzePortfolio options and errors', () => {
  const rows: Sale[] = [
    ['A', '2024-01-10', 100, undefined, 40],
    ['B', '2024-02-10', 300, undefined, 10],
    ['B', '2024-03-10', 5, undefined, 1],
    ['C', '2024-04-10', 7, undefined, 2],
  ];

  test('a sales row whose client index is outside the client table is refused with its row, even after the last sale', () => {
    const input = portfolio(rows);
    const client = Int32Array.from(input.sales.client);
    client[3] = input.clients.ids.length; // the last row, which also carries the last sale
    const bad = { ...input, sales: { ...input.sales, client } };
    expect(() => analyzePortfolio(bad)).toThrow(CarteraError);
    expect(() => analyzePortfolio(bad)).toThrow(/Sales row \d+ refers to client index 3/);
  });

  test('an as-of on or after the last sale sets no row aside', () => {
    const res = analyzePortfolio(portfolio(rows), { asOf: day('2024-06-30') });
    expect(res.quality.rowsAfterAsOf).toBe(0);
    expect(res.quality.issues).toEqual([]);
  });

  test('an earlier as-of sets later rows aside and keeps the balance', () => {
    const input = portfolio(rows);
    input.quality = { ...input.quality, rowsRead: 6, blankRows: 1, rowsRejected: 1 };
    input.quality.rowsUsed = 4;
    const res = analyzePortfolio({ ...input, dateColumn: 'B (Fecha)' }, { asOf: day('2024-02-29') });
    const q = res.quality;
    expect(q.rowsAfterAsOf).toBe(2);
    expect(q.rowsUsed).toBe(2);
    expect(q.rowsRead).toBe(q.rowsUsed + q.rowsRejected + q.rowsAfterAsOf + q.blankRows);
    expect(q.issues[0]).toMatchObject({ kind: 'after_as_of', column: 'B (Fecha)', row: 0 });
    // C only bought after asOf: it is not a client yet
    const c = indexOf(res.ids, 'C');
    expect(STATUSES[res.lifecycle.status[c]]).toBe('prospect');
    expect(res.abc.classCode[c]).toBe(NO_CODE);
    expect(res.facts.purchases[indexOf(res.ids, 'B')]).toBe(1);
  });

  test('ABC by margin, all history, count mode', () => {
    const input = portfolio(rows);
    const res = analyzePortfolio(input, { abcBasis: 'margin', abcWindow: 'all' });
    expect(Array.from(res.abc.valueCents)).toEqual([4000, 1100, 200]);
    expect(Array.from(res.abc.classCode, (c) => ABC_CLASSES[c]).join('')).toBe('AAC');
    const byCount = analyzePortfolio(input, { abcMode: 'count' });
    // 3 ranked: 20 % = 0.6 clients → only the first is A; 50 % = 1.5 → the second is B
    expect(Array.from(byCount.abc.classCode, (c) => ABC_CLASSES[c]).join('')).toBe('BAC');
  });

  test('margin basis without a margin column is refused with a clear message', () => {
    const input = portfolio(rows.map((r) => [r[0], r[1], r[2]] as Sale));
    expect(() => analyzePortfolio(input, { abcBasis: 'margin' })).toThrow(/margin \(or cost\) column/);
  });

  test('bad options and empty sales are refused', () => {
    const input = portfolio(rows);
    expect(() => analyzePortfolio(input, { newDays: -1 })).toThrow(CarteraError);
    expect(() => analyzePortfolio(input, { abcA: 0.99, abcB: 0.9 })).toThrow(/abcA/);
    expect(() => analyzePortfolio(portfolio([], ['X']))).toThrow(/no usable rows/);
    const none = analyzePortfolio(portfolio([], ['X']), { asOf: day('2024-01-01') });
    expect(STATUSES[none.lifecycle.status[0]]).toBe('prospect');
  });

  test('defaults are the SPEC values', () => {
    expect(defaultAnalysisOptions).toMatchObject({
      abcA: 0.8, abcB: 0.95, abcCountA: 0.2, abcCountB: 0.5, rfmWindowMonths: null,
      newDays: 90, lostDays: 365, activeGapFactor: 1.5, atRiskGapFactor: 3, defaultGapDays: 90,
      behaviourWindowMonths: 12, trendThreshold: 0.1, period: 'month', horizonMonths: 12, discountRate: 0.1,
    });
  });
});

describe('analyzePortfolio properties', () => {
  const saleArb = fc.tuple(
    fc.constantFrom('a', 'b', 'c', 'd', 'e', '10', '9', 'x y'),
    fc.integer({ min: 45000, max: 45800 }),
    fc.integer({ min: -5000, max: 20000 }).map((c) => c / 100),
    fc.option(fc.constantFrom('f1', 'f2', 'f3', 'f4'), { nil: undefined }),
  );

  test('results do not depend on row order, and the quality report balances', () => {
    fc.assert(
      fc.property(
        fc.array(saleArb, { minLength: 1, maxLength: 40 }),
        fc.integer(),
        fc.option(fc.integer({ min: 45000, max: 45800 }), { nil: null }),
        (raw, seed, asOf) => {
          const rows = raw.map(([id, d, a, inv]) => [id, d, a, inv === undefined ? undefined : `${id}-${inv}`] as Sale);
          const shuffled = rows
            .map((r, i) => ({ r, k: (i * 2654435761 + seed) % 1000003 }))
            .sort((x, y) => x.k - y.k)
            .map((x) => x.r);
          const one = analyzePortfolio(portfolio(rows, ['p']), { asOf });
          const two = analyzePortfolio(portfolio(shuffled, ['p']), { asOf });
          const q = two.quality;
          expect(q.rowsRead).toBe(q.rowsUsed + q.rowsRejected + q.rowsAfterAsOf + q.blankRows);
          const view = (res: typeof one) =>
            Object.fromEntries(
              res.ids.map((id, i) => [
                id,
                [
                  res.abc.classCode[i], res.abc.rank[i], res.abc.valueCents[i], res.rfm.code[i], res.rfm.segment[i],
                  res.lifecycle.status[i], res.lifecycle.rule[i], res.facts.usualGap[i], res.behaviour.behaviour[i],
                  res.behaviour.trend[i], res.facts.purchases[i], res.facts.revenueAll[i], res.facts.avgTicket[i],
                ],
              ]),
            );
          expect(view(two)).toEqual(view(one));
          expect(two.summary).toEqual(one.summary);
        },
      ),
      { numRuns: 200 },
    );
  });
});
