import { clientHistory } from '../../../src/engine/visits/clientHistory';
import { d, salesData } from './fixtures';

const asOf = d('2026-11-03');

describe('clientHistory', () => {
  const sales = salesData([
    { client: 0, date: '2025-10-15', amount: 50, product: 'Tornillos', invoice: 'F-1' }, // before the 12 months
    { client: 0, date: '2025-11-02', amount: 100, product: 'Tornillos', invoice: 'F-2' },
    { client: 0, date: '2026-03-10', amount: 30.1, product: 'Tuercas', invoice: 'F-3' },
    { client: 0, date: '2026-03-10', amount: 0.2, product: 'Tuercas', invoice: 'F-3' },
    { client: 1, date: '2026-03-11', amount: 999, product: 'Tuercas', invoice: 'F-4' }, // another client
    { client: 0, date: '2026-11-01', amount: 20, product: 'Arandelas', invoice: 'F-5' },
    { client: 0, date: '2026-11-02', amount: -5, product: 'Arandelas', invoice: 'F-6' }, // a return
    { client: 0, date: '2026-11-20', amount: 700, product: 'Clavos', invoice: 'F-7' }, // after as-of
    { client: 0, date: '2026-06-01', amount: 8, product: null, invoice: 'F-8' },
  ]);
  const h = clientHistory(sales, 0, asOf, { invoices: 3 });

  test('12 calendar months ending with the as-of month, revenue per month in cents', () => {
    expect(h.months).toHaveLength(12);
    expect(h.months[0]).toBe('2025-12');
    expect(h.months[11]).toBe('2026-11');
    expect(h.monthRevenue[h.months.indexOf('2026-03')]).toBe(30.3);
    expect(h.monthRevenue[11]).toBe(15);
    expect(Array.from(h.monthRevenue).reduce((a, b) => a + b, 0)).toBeCloseTo(53.3, 9);
  });

  test('last invoices, latest first, lines summed per invoice; rows after as-of and other clients left out', () => {
    expect(h.invoices.map((x) => x.invoice)).toEqual(['F-6', 'F-5', 'F-8']);
    expect(h.invoices[0]).toEqual({ day: d('2026-11-02'), invoice: 'F-6', amount: -5, lines: 1 });
    const all = clientHistory(sales, 0, asOf, { invoices: 10 });
    expect(all.invoices.find((x) => x.invoice === 'F-3')).toMatchObject({ amount: 30.3, lines: 2 });
    expect(all.invoices.map((x) => x.invoice)).not.toContain('F-7');
    expect(all.invoices.map((x) => x.invoice)).not.toContain('F-4');
  });

  test('top products by net revenue over the history, with their share', () => {
    expect(h.products.map((p) => p.product)).toEqual(['Tornillos', 'Tuercas', 'Arandelas']);
    expect(h.products[0].amount).toBe(150);
    expect(h.total).toBe(203.3);
    expect(h.products[0].share).toBeCloseTo(150 / 203.3, 9);
  });

  test('without an invoice column a purchase is a day', () => {
    const s = salesData([
      { client: 0, date: '2026-10-01', amount: 10 },
      { client: 0, date: '2026-10-01', amount: 5 },
      { client: 0, date: '2026-10-05', amount: 1 },
    ]);
    const x = clientHistory(s, 0, asOf);
    expect(x.invoices).toEqual([
      { day: d('2026-10-05'), invoice: null, amount: 1, lines: 1 },
      { day: d('2026-10-01'), invoice: null, amount: 15, lines: 2 },
    ]);
    expect(x.products).toEqual([]);
  });
});
