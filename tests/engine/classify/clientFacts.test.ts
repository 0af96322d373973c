import { clientFacts } from '../../../src/engine/classify/clientFacts';
import { purchaseOccasions } from '../../../src/engine/purchaseOccasions';
import { day, indexOf, portfolio, type Sale } from './helpers';

function factsOf(rows: Sale[], asOfIso: string, options = {}, listed: string[] = []) {
  const { sales, clients } = portfolio(rows, listed);
  const asOf = day(asOfIso);
  const occ = purchaseOccasions(sales, clients.ids.length, asOf);
  const facts = clientFacts(occ, clients.ids.length, asOf, options);
  return { facts, at: (id: string) => indexOf(clients.ids, id) };
}

describe('clientFacts', () => {
  const rows: Sale[] = [
    ['X', '2023-06-30', 100], // the day before the trailing window
    ['X', '2023-07-01', 50], // first day of the window
    ['X', '2024-01-10', -20], // a return on its own day
    ['X', '2024-06-30', 60],
    ['X', '2024-07-01', 999], // after asOf
  ];

  test('windows, counts, recency, revenue in cents and average ticket', () => {
    const { facts, at } = factsOf(rows, '2024-06-30');
    const x = at('X');
    expect(facts.window12Start).toBe(day('2023-07-01'));
    expect(facts.purchases[x]).toBe(3);
    expect(facts.purchasesAll[x]).toBe(3);
    expect(facts.purchaseDays[x]).toBe(3);
    expect(facts.firstPurchase[x]).toBe(day('2023-06-30'));
    expect(facts.lastPurchase[x]).toBe(day('2024-06-30'));
    expect(facts.recencyDays[x]).toBe(0);
    expect(facts.revenue12[x]).toBe(9000); // 50 − 20 + 60
    expect(facts.revenueAll[x]).toBe(19000);
    expect(facts.monetary[x]).toBe(19000); // RFM window = all history by default
    expect(facts.avgTicket[x]).toBe(7000); // (100 + 50 + 60) / 3, returns not counted
    expect(facts.margin12).toBeNull();
    // gaps 1 and 365 days (2023-07-01 → 2024-06-30 crosses 2024-02-29): median 183
    expect(facts.usualGap[x]).toBe(183);
    expect(facts.gapSource[x]).toBe(0);
    expect(facts.hasSales[x]).toBe(1);
    expect(facts.hasSalesButNoPurchase[x]).toBe(0);
  });

  test('a 12-month RFM window limits F and M, not recency or first purchase', () => {
    const { facts, at } = factsOf(rows, '2024-06-30', { rfmWindowMonths: 12 });
    const x = at('X');
    expect(facts.purchases[x]).toBe(2);
    expect(facts.monetary[x]).toBe(9000);
    expect(facts.avgTicket[x]).toBe(5500);
    expect(facts.firstPurchase[x]).toBe(day('2023-06-30'));
    expect(facts.recencyDays[x]).toBe(0);
  });

  test('returns-only client: sales but no purchase, negative revenue, no dates', () => {
    const { facts, at } = factsOf([['R', '2024-01-01', -5], ['R', '2024-02-01', -1.5], ['Y', '2024-03-01', 1]], '2024-03-01');
    const r = at('R');
    expect(facts.hasSales[r]).toBe(1);
    expect(facts.hasSalesButNoPurchase[r]).toBe(1);
    expect(facts.purchases[r]).toBe(0);
    expect(facts.firstPurchase[r]).toBe(-1);
    expect(facts.lastPurchase[r]).toBe(-1);
    expect(facts.recencyDays[r]).toBe(-1);
    expect(facts.revenueAll[r]).toBe(-650);
    expect(Number.isNaN(facts.avgTicket[r])).toBe(true);
  });

  test('a zero-value order is a purchase; a day that nets negative is not', () => {
    const { facts, at } = factsOf(
      [['Z', '2024-01-01', 0], ['Z', '2024-01-05', 10], ['Z', '2024-01-05', -10.01]],
      '2024-01-31',
    );
    const z = at('Z');
    expect(facts.purchases[z]).toBe(1);
    expect(facts.lastPurchase[z]).toBe(day('2024-01-01'));
    expect(facts.revenueAll[z]).toBe(-1);
  });

  test('floats are summed and then rounded to cents', () => {
    const { facts, at } = factsOf([['F', '2024-01-01', 0.1], ['F', '2024-01-01', 0.2], ['F', '2024-01-02', 0.3]], '2024-01-02');
    expect(facts.revenueAll[at('F')]).toBe(60);
  });

  test('usual gap counts distinct purchase days: two invoices on one day are two purchases, one day', () => {
    const { facts, at } = factsOf(
      [
        ['I', 100, 1, 'a'],
        ['I', 100, 1, 'b'],
        ['I', 110, 1, 'c'],
        ['I', 130, 1, 'd'],
      ],
      '2000-01-01',
    );
    const i = at('I');
    expect(facts.purchases[i]).toBe(4);
    expect(facts.purchaseDays[i]).toBe(3);
    expect(facts.usualGap[i]).toBe(15); // gaps 10, 20
  });

  test('clients with fewer than 3 purchase days take the portfolio median of usual gaps', () => {
    const rows: Sale[] = [
      // A: gaps 10, 10 → 10; B: gaps 20, 40 → 30; C: gaps 40, 40, 60 → 40
      ['A', 1000, 1], ['A', 1010, 1], ['A', 1020, 1],
      ['B', 1000, 1], ['B', 1020, 1], ['B', 1060, 1],
      ['C', 1000, 1], ['C', 1040, 1], ['C', 1080, 1], ['C', 1140, 1],
      ['D', 1000, 1], ['D', 1100, 1],
      ['E', 1100, -3],
    ];
    const { facts, at } = factsOf(rows, '2000-01-01');
    expect(facts.usualGap[at('A')]).toBe(10);
    expect(facts.usualGap[at('B')]).toBe(30);
    expect(facts.usualGap[at('C')]).toBe(40);
    expect(facts.portfolioGap).toBe(30);
    expect(facts.portfolioGapSource).toBe('portfolio');
    expect(facts.usualGap[at('D')]).toBe(30);
    expect(facts.gapSource[at('D')]).toBe(1);
    expect(facts.usualGap[at('E')]).toBe(30);
  });

  test('portfolio median of an even number of usual gaps is the mean of the middle two', () => {
    const rows: Sale[] = [
      ['A', 1000, 1], ['A', 1010, 1], ['A', 1020, 1],
      ['B', 1000, 1], ['B', 1015, 1], ['B', 1030, 1],
      ['D', 1000, 1],
    ];
    const { facts, at } = factsOf(rows, '2000-01-01');
    expect(facts.portfolioGap).toBe(12.5);
    expect(facts.usualGap[at('D')]).toBe(12.5);
  });

  test('no client with 3 purchase days: the default gap (90, or the option)', () => {
    const rows: Sale[] = [['A', 1000, 1], ['A', 1010, 1]];
    expect(factsOf(rows, '2000-01-01').facts.usualGap[0]).toBe(90);
    const { facts } = factsOf(rows, '2000-01-01', { defaultGapDays: 30 });
    expect(facts.usualGap[0]).toBe(30);
    expect(facts.gapSource[0]).toBe(2);
    expect(facts.portfolioGapSource).toBe('default');
  });

  test('margin in the trailing window and all history', () => {
    const { facts } = factsOf(
      [['M', '2023-01-01', 100, undefined, 30], ['M', '2024-05-01', 50, undefined, 12.345]],
      '2024-06-30',
    );
    expect(facts.margin12![0]).toBe(1235);
    expect(facts.marginAll![0]).toBe(4235);
  });

  test('a listed client without sales has nothing', () => {
    const { facts, at } = factsOf([['A', 1000, 1]], '2000-01-01', {}, ['P']);
    const p = at('P');
    expect(facts.hasSales[p]).toBe(0);
    expect(facts.hasSalesButNoPurchase[p]).toBe(0);
    expect(facts.purchases[p]).toBe(0);
    expect(facts.revenueAll[p]).toBe(0);
  });
});
