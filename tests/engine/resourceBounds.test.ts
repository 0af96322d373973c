// SPEC §2: every resource grows with the data, never with a date or an option. A far as-of date is
// refused before anything is allocated; a span of periods set by far dates in the data is refused by
// the metrics (a warning of the run), never allocated. Checked on the sizes of the typed arrays
// allocated, not on time.
import { analyzePortfolio } from '../../src/engine/classify';
import { createSalesReader } from '../../src/engine/clean';
import { dayFromIso, dayFromYmd, type Granularity } from '../../src/engine/dates';
import { portfolioMetrics, MAX_PERIODS } from '../../src/engine/metrics/portfolioMetrics';
import { analyse } from '../../src/engine/pipeline';
import { purchaseOccasions } from '../../src/engine/purchaseOccasions';
import { CarteraError, type Cell, type SourceRef } from '../../src/engine/types';

const TYPED = [
  'Int32Array',
  'Float64Array',
  'Uint8Array',
  'Uint16Array',
  'Uint32Array',
  'Float32Array',
  'Int8Array',
] as const;
/** elements: far above what 4 rows need, far below what a period per month up to 9999 needs */
const BUDGET = 2_000_000;

/** Runs `work` with every typed-array allocation measured; one over BUDGET throws instead of allocating. */
function measured<T>(work: () => T): { result: T | Error; largest: number } {
  const g = globalThis as unknown as Record<string, unknown>;
  const saved = TYPED.map((name) => g[name]);
  let largest = 0;
  TYPED.forEach((name, k) => {
    g[name] = new Proxy(saved[k] as new (...a: unknown[]) => object, {
      construct(target, args) {
        const n = typeof args[0] === 'number' ? args[0] : 0;
        largest = Math.max(largest, n);
        if (n > BUDGET) throw new Error(`allocation of ${n} elements`);
        return Reflect.construct(target, args);
      },
    });
  });
  try {
    return { result: work(), largest };
  } catch (e) {
    return { result: e as Error, largest };
  } finally {
    TYPED.forEach((name, k) => (g[name] = saved[k]));
  }
}

const src: SourceRef = {
  sheet: 'Ventas',
  headerRow: 1,
  firstColumn: 0,
  headers: ['Cliente', 'Fecha', 'Importe'],
};

function input(rows: Cell[][]) {
  const r = createSalesReader({ client: 0, date: 1, amount: 2 }, src);
  r.add(rows);
  return r.finish();
}

const FOUR_ROWS: Cell[][] = [
  ['C1', '2024-01-10', 10],
  ['C2', '2024-02-10', 20],
  ['C1', '2024-03-10', 30],
  ['C3', '2024-04-10', 40],
];

describe('an as-of date far from the data', () => {
  test.each(['month', 'quarter'] as Granularity[])(
    '--as-of 9999-12-31 --period %s is refused with a clear message',
    (period) => {
      const data = input(FOUR_ROWS);
      const { result, largest } = measured(() => analyse(data, { asOf: dayFromIso('9999-12-31'), period }));
      expect(result).toBeInstanceOf(CarteraError);
      expect((result as CarteraError).code).toBe('as_of_too_late');
      expect((result as CarteraError).where).toMatchObject({
        asOfDay: dayFromIso('9999-12-31'),
        lastSaleDay: dayFromIso('2024-04-10'),
        latestDay: dayFromIso('2034-04-10'),
      });
      expect(largest).toBeLessThan(BUDGET);
    },
  );

  test('ten years after the last sale is still analysed', () => {
    const data = input(FOUR_ROWS);
    const { result, largest } = measured(() =>
      analyse(data, { asOf: dayFromIso('2034-04-10'), period: 'month' }),
    );
    expect(result).not.toBeInstanceOf(Error);
    expect(largest).toBeLessThan(BUDGET);
  });

  test('the metrics alone refuse a span of more than MAX_PERIODS periods before allocating', () => {
    const data = input(FOUR_ROWS);
    const asOf = dayFromYmd(9999, 12, 31);
    const occasions = purchaseOccasions(data.sales, data.clients.ids.length, asOf);
    for (const granularity of ['month', 'quarter', 'half'] as Granularity[]) {
      const { result, largest } = measured(() =>
        portfolioMetrics({ sales: data.sales, clients: data.clients, occasions }, { asOf, granularity }),
      );
      expect((result as CarteraError).code).toBe('too_many_periods');
      expect((result as CarteraError).where).toMatchObject({ max: MAX_PERIODS, granularity });
      expect(largest).toBeLessThan(BUDGET);
    }
  });

  test('far dates in the data itself (two sales on 9999-12-31 beside 1900): metrics refused, the rest runs', () => {
    const data = input([
      ...FOUR_ROWS,
      ['C4', '1900-01-01', 5],
      ['C5', '9999-12-31', 1],
      ['C6', '9999-12-31', 1],
    ]);
    expect(data.quality.rowsRejected).toBe(0);
    const { result, largest } = measured(() => analyse(data, { period: 'month' }));
    expect(result).not.toBeInstanceOf(Error);
    const full = result as ReturnType<typeof analyse>;
    expect(full.metrics).toBeNull();
    expect(full.warnings).toContainEqual(
      expect.objectContaining({ part: 'metrics', code: 'too_many_periods' }),
    );
    expect(largest).toBeLessThan(BUDGET);
  });

  test('classification alone refuses the far as-of too', () => {
    const data = input(FOUR_ROWS);
    expect(() => analyzePortfolio(data, { asOf: dayFromIso('2100-01-01') })).toThrow(CarteraError);
  });
});
