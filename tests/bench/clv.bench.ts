// Benchmark: SPEC §7 on 100,000 simulated clients (two years of whole-day purchases drawn from known
// BG/NBD and Gamma-Gamma parameters): both fits and every prediction (CLV, P(alive), expected
// purchases, portfolio value with sensitivity). Target: ≤ 2 s for lifetimeValue. Also the CDNOW fit.
import { bgnbdFit } from '../../src/engine/clv/bgnbdFit';
import { clientLifetimeValue } from '../../src/engine/clv/clientLifetimeValue';
import { gammaGammaFit } from '../../src/engine/clv/gammaGammaFit';
import { lifetimeValue } from '../../src/engine/clv/lifetimeValue';
import { modelInputs } from '../../src/engine/clv/modelInputs';
import { dayFromYmd } from '../../src/engine/dates';
import { purchaseOccasions } from '../../src/engine/purchaseOccasions';
import { cdnowSales, CDNOW_AS_OF } from '../engine/clv/cdnow';
import { simulateOccasions } from '../engine/clv/simulate';

const CLIENTS = 100_000;
const BGNBD = { r: 0.25, alpha: 28, a: 0.8, b: 2.5 }; // α per day (4 per week)
const GG = { p: 6, q: 4, gamma: 15 };

function timed<T>(label: string, f: () => T): T {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const out = f();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(
    `${label.padEnd(44)} ${wall.toFixed(0).padStart(6)} ms wall ${((cpu.user + cpu.system) / 1000).toFixed(0).padStart(6)} ms cpu`,
  );
  return out;
}

export async function run(): Promise<void> {
  const asOf = dayFromYmd(2024, 12, 31);
  const occasions = timed('simulate 100,000 clients (not measured work)', () =>
    simulateOccasions(CLIENTS, BGNBD, GG, 20240501, asOf, 730),
  );
  console.log(`  ${occasions.length} purchase days`);

  // Stages one by one (weeks), then the whole entry point as the add-in calls it.
  const inputs = timed('modelInputs', () => modelInputs(occasions, CLIENTS, asOf, 'weeks'));
  const bg = timed('BG/NBD fit', () => bgnbdFit(inputs, { include: inputs.hasPurchase }));
  const gg = timed('Gamma-Gamma fit', () =>
    gammaGammaFit(inputs.x, inputs.meanValue, { include: inputs.hasPurchase }),
  );
  console.log(`  BG/NBD ${JSON.stringify(bg.params)} (${bg.evaluations} evaluations)`);
  console.log(
    `  Gamma-Gamma ${JSON.stringify(gg.params)} (${gg.evaluations} evaluations, ${gg.clients} clients)`,
  );
  if (bg.params) {
    timed('predictions: 12 months × 4 discount rates', () =>
      clientLifetimeValue(inputs, bg.params!, gg.params, new Float64Array(CLIENTS).fill(1), {
        horizonMonths: 12,
        discountRates: [0.1, 0.05, 0.1, 0.15],
      }),
    );
  }
  for (const timeUnit of ['weeks', 'days'] as const) {
    for (let rep = 0; rep < 2; rep++) {
      const res = timed(`lifetimeValue, ${timeUnit}, run ${rep + 1} (target ≤ 2000 ms)`, () =>
        lifetimeValue(occasions, CLIENTS, asOf, { timeUnit }),
      );
      if (rep === 1)
        console.log(
          `  status ${res.status}, portfolio ${res.portfolio.total.toFixed(2)}, warnings ${res.warnings.length}`,
        );
    }
  }

  const { sales, clientCount } = cdnowSales();
  const cdnow = modelInputs(
    purchaseOccasions(sales, clientCount, CDNOW_AS_OF),
    clientCount,
    CDNOW_AS_OF,
    'weeks',
  );
  for (let rep = 0; rep < 2; rep++) {
    const fit = timed(`CDNOW BG/NBD fit (2,357 clients), run ${rep + 1}`, () => bgnbdFit(cdnow));
    if (rep === 1) console.log(`  ${JSON.stringify(fit.params)} LL ${fit.logLikelihood?.toFixed(2)}`);
  }
  timed('CDNOW Gamma-Gamma fit (946 clients)', () => gammaGammaFit(cdnow.x, cdnow.meanValue));
  timed('CDNOW lifetimeValue end to end', () =>
    lifetimeValue(purchaseOccasions(sales, clientCount), clientCount, CDNOW_AS_OF),
  );
}

export default run;
