import { analyse, type FullAnalysis } from '../../src/engine/pipeline';
import { METHOD_NO_PURCHASE, METHOD_RETENTION } from '../../src/engine/clv';
import { STATUSES } from '../../src/engine/types';
import { AS_OF, d, pipelineInput } from '../report/pipelineFixture';

// Parts can be made to fail on demand (isolation tests); otherwise the real engines run.
const mockFailing = new Set<string>();
jest.mock('../../src/engine/metrics', () => {
  const actual = jest.requireActual('../../src/engine/metrics');
  return {
    ...actual,
    portfolioMetrics: (...args: unknown[]) => {
      if (mockFailing.has('metrics')) throw new Error('metrics exploded');
      return actual.portfolioMetrics(...args);
    },
  };
});
jest.mock('../../src/engine/clv', () => {
  const actual = jest.requireActual('../../src/engine/clv');
  return {
    ...actual,
    lifetimeValue: (...args: unknown[]) => {
      if (mockFailing.has('clv')) throw new RangeError('clv exploded');
      return actual.lifetimeValue(...args);
    },
  };
});
jest.mock('../../src/engine/visits', () => {
  const actual = jest.requireActual('../../src/engine/visits');
  return {
    ...actual,
    visitPlan: (...args: unknown[]) => {
      if (mockFailing.has('visits')) throw new Error('visits exploded');
      return actual.visitPlan(...args);
    },
  };
});

afterEach(() => mockFailing.clear());

const run = (options: Parameters<typeof pipelineInput>[0] = {}) => analyse(pipelineInput(options), { asOf: AS_OF });

/** Every value is a primitive, an array, a typed array or a plain object: what structured clone keeps as is. */
function assertPlain(value: unknown, path = 'analysis'): void {
  if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return;
  if (typeof value === 'function') throw new Error(`${path} is a function`);
  if (ArrayBuffer.isView(value)) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertPlain(v, `${path}[${i}]`));
    return;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw new Error(`${path} is a ${proto?.constructor?.name}`);
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) assertPlain(v, `${path}.${k}`);
}

describe('analyse: the whole pipeline', () => {
  test('metrics.latest holds the whole-portfolio values of the latest complete period (hand-computed)', () => {
    const a = run();
    expect(a.warnings).toEqual([]);
    expect(a.metrics!.partialPeriod).toBe('2025-03');
    expect(a.metrics!.latestPeriod).toBe('2025-02');
    const latest = a.metrics!.latest;
    expect(latest.revenue).toBe(470);
    expect(latest.active_clients).toBe(3);
    expect(latest.new_clients).toBe(1);
    expect(latest.new_client_revenue).toBe(300);
    expect(latest.retained_clients).toBe(2);
    expect(latest.retention_rate).toBeCloseTo(2 / 3, 12);
    expect(latest.churn_rate).toBeCloseTo(1 / 3, 12);
    expect(latest.nrr).toBeCloseTo(170 / 350, 12);
    expect(latest.grr).toBeCloseTo(120 / 350, 12);
    expect(latest.new_revenue_share).toBeCloseTo(300 / 470, 12);
    expect(latest.top1_share).toBeCloseTo(300 / 470, 12);
    // no first-contact column: no acquisition rate, absent rather than 0
    expect('acquisition_rate' in latest).toBe(false);
  });

  test('CLV shapes: per-client typed arrays, portfolio total = Σ CLV; < 10 clients fall back to the retention model', () => {
    const a = run();
    const clv = a.clv!;
    expect(clv.clients.clv).toBeInstanceOf(Float64Array);
    expect(clv.clients.pAlive).toBeInstanceOf(Float64Array);
    expect(clv.clients.expectedPurchases).toBeInstanceOf(Float64Array);
    expect(clv.clients.clv).toHaveLength(a.clientCount);
    expect(clv.status).toBe('fallback');
    expect(clv.reason).toBe('too_few_clients');
    // C1–C4 bought: retention model; C5 (prospect) has no purchase
    expect(Array.from(clv.clients.method)).toEqual([METHOD_RETENTION, METHOD_RETENTION, METHOD_RETENTION, METHOD_RETENTION, METHOD_NO_PURCHASE]);
    // less than two years of data: r unknown → 0, so every CLV is 0 and the warning says why
    expect(clv.retention.source).toBe('unknown');
    expect(clv.warnings.map((w) => w.id)).toEqual(expect.arrayContaining(['retention_fallback', 'retention_unknown']));
    expect(clv.portfolio.total).toBe(Array.from(clv.clients.clv).reduce((x, y) => x + y, 0));
    expect(clv.portfolio.clients).toBe(4);
  });

  test('with fixed options the model values are passed through: horizon, discount and margin reach lifetimeValue', () => {
    const a = analyse(pipelineInput(), { asOf: AS_OF, horizonMonths: 24, discountRate: 0.2, marginRate: 0.5, timeUnit: 'weeks' });
    expect(a.clv!.settings).toMatchObject({ horizonMonths: 24, discountRate: 0.2, timeUnit: 'weeks' });
    expect(a.clv!.margin).toEqual({ source: 'parameter', portfolioRate: 0.5 });
  });

  test('visits: next visit = last visit + the class interval; never visited = due now; nothing planned = NaN', () => {
    const a = run({ visits: true });
    const next = a.visits!.nextVisit;
    expect(next).toBeInstanceOf(Float64Array);
    // C1 ranks first by revenue: class A; first purchase 64 days ago: new → 12 visits a year, every 30 days
    expect(a.abc.classCode[0]).toBe(0);
    expect(STATUSES[a.lifecycle.status[0]]).toBe('new');
    expect(a.visits!.plan.source).toBe('log');
    expect(a.visits!.plan.lastVisit[0]).toBe(d(2025, 2, 1));
    expect(next[0]).toBe(d(2025, 3, 3));
    expect(next[1]).toBe(AS_OF); // C2: visits planned, never visited
    expect(Number.isNaN(next[4])).toBe(true); // C5: prospect without potential, no visits
    // owners: from the list (Ana, Luis); C4 has none in the list and no salesperson in the sales
    expect(a.visits!.owner.labels).toEqual(['Ana', 'Luis']);
    expect(a.visits!.owner.codes[3]).toBe(-1);
    expect(a.visits!.bySalesperson.map((r) => [r.member, r.clients])).toEqual([['Ana', 2], ['Luis', 2], ['(unassigned)', 1]]);
    expect(a.visits!.territoryKey).toBe('Zona');
    expect(a.visits!.byTerritory!.map((r) => [r.member, r.clients])).toEqual([['Norte', 3], ['Sur', 2]]);
  });

  test('cross-selling: gaps valued at the peers median spend (hand-computed)', () => {
    const x = run().crossSell!;
    expect(x.lines).toEqual(['L1', 'L2']);
    const opp = Array.from({ length: x.opportunities.length }, (_, k) => [x.opportunities.client[k], x.lines[x.opportunities.line[k]], x.opportunities.value[k]]);
    expect(opp).toEqual([[2, 'L1', 26500], [3, 'L1', 26500], [1, 'L2', 7000]]);
  });

  test('the result is plain data: structured clone keeps every part, typed arrays included', () => {
    const a = run({ visits: true });
    expect(() => assertPlain(a)).not.toThrow();
    const copy = structuredClone(a) as FullAnalysis;
    expect(copy).toEqual(a);
    // structuredClone builds its typed arrays in the host realm (not jest's): compare by tag
    const tag = (x: unknown) => Object.prototype.toString.call(x);
    expect(tag(copy.clv!.clients.clv)).toBe('[object Float64Array]');
    expect(tag(copy.visits!.nextVisit)).toBe('[object Float64Array]');
  });
});

describe('analyse: each part is isolated', () => {
  test.each([
    ['metrics', 'metrics exploded'],
    ['clv', 'clv exploded'],
    ['visits', 'visits exploded'],
  ])('when %s throws, it becomes a warning and the other parts still run', (part, message) => {
    mockFailing.add(part);
    const a = run({ visits: true });
    expect(a.warnings).toEqual([{ part, code: 'error', message }]);
    expect(a[part as 'metrics' | 'clv' | 'visits']).toBeNull();
    for (const other of ['metrics', 'clv', 'visits', 'crossSell'] as const) if (other !== part) expect(a[other]).not.toBeNull();
    // the classification is untouched
    expect(a.abc.classCode).toHaveLength(5);
  });

  test('all parts failing still gives the classification', () => {
    for (const p of ['metrics', 'clv', 'visits']) mockFailing.add(p);
    const a = run();
    expect(a.warnings.map((w) => w.part)).toEqual(['metrics', 'clv', 'visits']);
    expect(a.crossSell).not.toBeNull(); // it finds the owners itself
    expect(a.summary.clients).toBe(5);
  });

  test('no product line: cross-selling becomes a warning with the engine code; the rest runs', () => {
    const a = run({ product: false });
    expect(a.crossSell).toBeNull();
    expect(a.warnings).toEqual([expect.objectContaining({ part: 'crossSell', code: 'no_product_line' })]);
    expect(a.metrics).not.toBeNull();
    expect(a.visits).not.toBeNull();
  });

  test('a CLV option the model refuses becomes a warning (discount rate 0), not a page of zeros', () => {
    const a = analyse(pipelineInput(), { asOf: AS_OF, discountRate: 0 });
    expect(a.clv).toBeNull();
    expect(a.warnings).toEqual([expect.objectContaining({ part: 'clv', code: 'clv_bad_option', where: { option: 'discountRate' } })]);
    expect(a.warnings[0].message).toContain('discountRate');
  });

  test('a bad classification option still throws (nothing to report without the classification)', () => {
    expect(() => analyse(pipelineInput(), { asOf: AS_OF, abcA: 2 })).toThrow(/abcA/);
  });
});
