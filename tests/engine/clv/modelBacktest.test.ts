import { bgnbdConditionalExpected } from '../../../src/engine/clv/bgnbdPredictor';
import { modelBacktest } from '../../../src/engine/clv/modelBacktest';
import { dayFromYmd } from '../../../src/engine/dates';
import { purchaseOccasions } from '../../../src/engine/purchaseOccasions';
import { cdnowSales, CDNOW_AS_OF } from './cdnow';
import { simulateOccasions } from './simulate';

const HOLDOUT_END = dayFromYmd(1998, 6, 30);

describe('modelBacktest (SPEC §7 validation)', () => {
  const { sales, clientCount } = cdnowSales();
  const occasions = purchaseOccasions(sales, clientCount, HOLDOUT_END);

  test('CDNOW: calibration to 1997-09-30, 39-week holdout to 1998-06-30', () => {
    const bt = modelBacktest(occasions, clientCount, HOLDOUT_END, { timeUnit: 'weeks', holdout: 39 });
    expect(bt.status).toBe('ok');
    expect([bt.calibrationEnd, bt.holdoutEnd, bt.holdoutDays]).toEqual([CDNOW_AS_OF, HOLDOUT_END, 273]);
    expect(bt.clients).toBe(2357);
    // The calibration fit is SPEC §7's reference fit.
    expect(bt.params!.r).toBeCloseTo(0.243, 3);
    expect(bt.params!.alpha).toBeCloseTo(4.414, 3);
    expect(bt.params!.a).toBeCloseTo(0.793, 3);
    expect(bt.params!.b).toBeCloseTo(2.426, 3);

    // Actual: distinct (client, day) with a purchase in the holdout, counted from the raw lines.
    const net = new Map<string, number>();
    for (let i = 0; i < sales.length; i++) {
      if (sales.day[i] <= CDNOW_AS_OF || sales.day[i] > HOLDOUT_END) continue;
      const key = `${sales.client[i]}:${sales.day[i]}`;
      net.set(key, (net.get(key) ?? 0) + sales.amount[i]);
    }
    expect(bt.actualTotal).toBe([...net.values()].filter((v) => v >= 0).length);
    expect(bt.actualTotal).toBe(1882);
    // Predicted: lifetimes' published parameters, client by client from the published summary inputs.
    const ref = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };
    expect(bt.predictedTotal).toBeCloseTo(1653.4, 1);
    expect(bt.mae).toBeCloseTo(0.785, 3);
    // Rows by calibration frequency add up to the totals; the model is close in every row but x = 1, 2
    // (BG/NBD's known under-prediction of CDNOW's light repeaters, Fader–Hardie–Lee 2005, fig. 5).
    expect(bt.byFrequency.map((r) => r.x)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(bt.byFrequency.reduce((s, r) => s + r.clients, 0)).toBe(2357);
    expect(bt.byFrequency.reduce((s, r) => s + r.clients * r.actual, 0)).toBeCloseTo(1882, 8);
    expect(bt.byFrequency.reduce((s, r) => s + r.clients * r.predicted, 0)).toBeCloseTo(bt.predictedTotal, 8);
    expect(bt.byFrequency[0]).toMatchObject({ clients: 1411 });
    expect(bt.byFrequency[0].predicted).toBeCloseTo(0.225, 3);
    expect(bt.byFrequency[0].actual).toBeCloseTo(0.2367, 4);
    // The per-client prediction is the BG/NBD conditional expectation (x = 2, t_x = 30.43, T = 38.86 → 1.226).
    expect(bgnbdConditionalExpected(ref, 39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
  });

  test('default holdout: the last third of the history, at most 12 months', () => {
    // CDNOW: 1997-01-01 → 1998-06-30 is 545 days: H = 181 days.
    const bt = modelBacktest(occasions, clientCount, HOLDOUT_END, { timeUnit: 'weeks' });
    expect([bt.status, bt.holdoutDays]).toEqual(['ok', 181]);
    expect(bt.holdout).toBeCloseTo(181 / 7, 12);
    const days = modelBacktest(occasions, clientCount, HOLDOUT_END, { timeUnit: 'days', holdout: 90 });
    expect([days.holdoutDays, days.calibrationEnd]).toEqual([90, HOLDOUT_END - 90]);
    const asOf = dayFromYmd(2024, 12, 31);
    const long = simulateOccasions(
      3000,
      { r: 0.5, alpha: 20, a: 0.8, b: 2.5 },
      { p: 6, q: 4, gamma: 15 },
      3,
      asOf,
      5 * 365,
    );
    const capped = modelBacktest(long, 3000, asOf, { timeUnit: 'days' });
    expect(capped.holdoutDays).toBe(365);
  });

  test('a model that is right predicts the holdout: simulated BG/NBD clients', () => {
    const asOf = dayFromYmd(2024, 12, 31);
    const n = 20_000;
    const sim = simulateOccasions(
      n,
      { r: 0.5, alpha: 20, a: 0.8, b: 2.5 },
      { p: 6, q: 4, gamma: 15 },
      5,
      asOf,
      3 * 365,
    );
    const bt = modelBacktest(sim, n, asOf, { timeUnit: 'days', holdout: 365 });
    expect(bt.status).toBe('ok');
    expect(Math.abs(bt.predictedTotal / bt.actualTotal - 1)).toBeLessThan(0.05);
    for (const row of bt.byFrequency)
      if (row.clients > 500)
        expect(Math.abs(row.predicted - row.actual)).toBeLessThan(0.15 * row.actual + 0.05);
  }, 240_000);

  test('statuses instead of throws: too short, invalid holdout, fit failed', () => {
    expect(modelBacktest(occasions, clientCount, HOLDOUT_END, { holdout: 600 }).status).toBe('too_short');
    expect(modelBacktest(occasions, clientCount, HOLDOUT_END, { holdout: -1 }).status).toBe(
      'invalid_holdout',
    );
    expect(modelBacktest(occasions, clientCount, HOLDOUT_END, { holdout: NaN }).status).toBe(
      'invalid_holdout',
    );
    const few = purchaseOccasions(sales, 5, HOLDOUT_END);
    const failed = modelBacktest(few, 5, HOLDOUT_END, { holdout: 39 });
    expect([failed.status, failed.reason]).toEqual(['fit_failed', 'too_few_clients']);
    const empty = modelBacktest(purchaseOccasions(sales, 0, HOLDOUT_END), 0, HOLDOUT_END);
    expect(empty.status).toBe('too_short');
  });
});
