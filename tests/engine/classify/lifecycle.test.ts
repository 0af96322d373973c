import { lifecycleStatus, lifecycleWhy, LIFECYCLE_RULES } from '../../../src/engine/classify/lifecycleStatus';
import { behaviour } from '../../../src/engine/classify/behaviour';
import { purchaseOccasions } from '../../../src/engine/purchaseOccasions';
import { BEHAVIOURS, NO_CODE, STATUSES, TRENDS } from '../../../src/engine/types';
import { day, indexOf, portfolio, type Sale } from './helpers';

const ASOF = 1000;
type Case = [label: string, first: number, last: number, g: number, onlyReturns: 0 | 1, status: string, rule: string];

// first / last are days before asOf (-1 = none)
const cases: Case[] = [
  ['prospect', -1, -1, 90, 0, 'prospect', 'prospect'],
  ['returns only', -1, -1, 90, 1, 'inactive', 'no_purchase'],
  ['first purchase 89 days ago', 89, 5, 10, 0, 'new', 'new'],
  ['first purchase 90 days ago is not new', 90, 5, 10, 0, 'active', 'active'],
  ['new beats inactive', 60, 60, 1, 0, 'new', 'new'],
  ['last purchase 366 days ago', 800, 366, 400, 0, 'lost', 'lost'],
  ['365 days is not lost', 800, 365, 400, 0, 'active', 'active'],
  ['lost beats a long usual gap', 800, 400, 1000, 0, 'lost', 'lost'],
  ['30 days with g 20 (≤ 1.5 g)', 500, 30, 20, 0, 'active', 'active'],
  ['31 days with g 20', 500, 31, 20, 0, 'at_risk', 'at_risk'],
  ['60 days with g 20 (≤ 3 g)', 500, 60, 20, 0, 'at_risk', 'at_risk'],
  ['61 days with g 20', 500, 61, 20, 0, 'inactive', 'inactive'],
  ['half-day gap: 23 ≤ 1.5 × 15.5', 500, 23, 15.5, 0, 'active', 'active'],
  ['half-day gap: 24 > 23.25', 500, 24, 15.5, 0, 'at_risk', 'at_risk'],
];

function run(list: Case[], special: Uint8Array | null = null, params?: Parameters<typeof lifecycleStatus>[2]) {
  const facts = {
    firstPurchase: Int32Array.from(list.map((c) => (c[1] < 0 ? -1 : ASOF - c[1]))),
    lastPurchase: Int32Array.from(list.map((c) => (c[2] < 0 ? -1 : ASOF - c[2]))),
    usualGap: Float64Array.from(list.map((c) => c[3])),
    hasSalesButNoPurchase: Uint8Array.from(list.map((c) => c[4])),
  };
  return lifecycleStatus(facts, ASOF, params, special);
}

describe('lifecycleStatus', () => {
  const result = run(cases);
  cases.forEach((c, i) => {
    test(`${c[0]} → ${c[5]}`, () => {
      expect(STATUSES[result.status[i]]).toBe(c[5]);
      expect(LIFECYCLE_RULES[result.rule[i]]).toBe(c[6]);
    });
  });

  test('the why carries the rule and its numbers', () => {
    expect(lifecycleWhy(result, 9)).toEqual({
      status: 'at_risk',
      rule: 'at_risk',
      daysSinceFirst: 500,
      daysSinceLast: 31,
      usualGap: 20,
      limit: 60,
      special: false,
    });
    expect(lifecycleWhy(result, 0)).toMatchObject({ rule: 'prospect', daysSinceLast: null, limit: null });
    expect(lifecycleWhy(result, 5)).toMatchObject({ rule: 'lost', daysSinceLast: 366, limit: 365 });
    expect(lifecycleWhy(result, 2)).toMatchObject({ rule: 'new', daysSinceFirst: 89, limit: 90 });
  });

  test('special is a flag beside the status', () => {
    const r = run(cases.slice(0, 3), Uint8Array.from([0, 1, 1]));
    expect(Array.from(r.special)).toEqual([0, 1, 1]);
    expect(STATUSES[r.status[1]]).toBe('inactive');
  });

  test('parameters change the limits, not the rules', () => {
    const r = run(
      [['x', 40, 40, 10, 0, '', ''], ['y', 500, 200, 10, 0, '', ''], ['z', 500, 25, 10, 0, '', '']],
      null,
      { newDays: 30, lostDays: 180, activeGapFactor: 2, atRiskGapFactor: 3 },
    );
    expect(Array.from(r.status, (s) => STATUSES[s])).toEqual(['inactive', 'lost', 'at_risk']);
  });
});

describe('behaviour', () => {
  // current window 2023-07-01 … 2024-06-30, previous 2022-07-01 … 2023-06-30
  const rows: Sale[] = [
    ['started', '2023-07-01', 10],
    ['stopped', '2023-06-30', 10],
    ['grow', '2022-07-01', 100], ['grow', '2024-06-30', 110.01],
    ['flat+10', '2023-01-01', 100], ['flat+10', '2024-01-01', 110],
    ['flat-10', '2023-01-01', 100], ['flat-10', '2024-01-01', 90],
    ['decline', '2023-01-01', 100], ['decline', '2024-01-01', 89.99],
    ['free', '2023-01-01', 0], ['free', '2024-01-01', 50],
    ['old', '2022-06-30', 10],
    ['returns', '2023-01-01', 40], ['returns', '2024-01-01', -15],
    ['late', '2024-07-01', 10],
  ];
  const { sales, clients } = portfolio(rows, ['prospect']);
  const asOf = day('2024-06-30');
  const occ = purchaseOccasions(sales, clients.ids.length, asOf);
  const b = behaviour(occ, clients.ids.length, asOf, { windowMonths: 12, trendThreshold: 0.1 });
  const of = (id: string) => {
    const i = indexOf(clients.ids, id);
    return [BEHAVIOURS[b.behaviour[i]], b.trend[i] === NO_CODE ? null : TRENDS[b.trend[i]]];
  };

  test('windows', () => {
    expect(b.currentStart).toBe(day('2023-07-01'));
    expect(b.previousStart).toBe(day('2022-07-01'));
  });
  test.each([
    ['started', 'started', null],
    ['stopped', 'stopped', null],
    ['grow', 'continuing', 'growing'],
    ['flat+10', 'continuing', 'stable'],
    ['flat-10', 'continuing', 'stable'],
    ['decline', 'continuing', 'declining'],
    ['free', 'continuing', 'growing'],
    ['old', 'none', null],
    ['returns', 'stopped', null],
    ['late', 'none', null],
    ['prospect', 'none', null],
  ])('%s → %s %s', (id, kind, trend) => {
    expect(of(id)).toEqual([kind, trend]);
  });
  test('revenue per window in cents, returns included', () => {
    const i = indexOf(clients.ids, 'returns');
    expect(b.revenueCurrent[i]).toBe(-1500);
    expect(b.revenuePrevious[i]).toBe(4000);
  });
});
