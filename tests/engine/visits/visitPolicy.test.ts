import { DEFAULT_VISIT_POLICY, parseVisitPolicy } from '../../../src/engine/visits/visitPolicy';
import { plannedVisitRate } from '../../../src/engine/visits/visitPlan';
import { ABC_CLASSES, NO_CODE, STATUSES, CarteraError } from '../../../src/engine/types';

const cls = (c: string) => ABC_CLASSES.indexOf(c as never);
const st = (s: string) => STATUSES.indexOf(s as never);
const rate = (abc: string | null, status: string | null, potential = false, policy = DEFAULT_VISIT_POLICY) =>
  plannedVisitRate(
    policy,
    abc === null ? NO_CODE : cls(abc),
    status === null ? NO_CODE : st(status),
    potential,
  );

describe('parseVisitPolicy', () => {
  test('the defaults are SPEC §8: A 12, B 4, C 1, at risk +2, new 2 in the first quarter, prospects with potential 2, lost 0', () => {
    const p = parseVisitPolicy();
    expect(p.visitsPerYear).toEqual({ A: 12, B: 4, C: 1, N: 0 });
    expect([p.atRiskExtra, p.newFirstQuarter, p.prospectWithPotential, p.lost]).toEqual([2, 2, 2, 0]);
    expect(p.capacityHours).toBe(1400);
  });

  test('round-trips through JSON (stored in the workbook) and fills what an older copy lacks', () => {
    const p = parseVisitPolicy({ visitsPerYear: { A: 10 }, capacityBySalesperson: { Ana: 900 } });
    expect(p.visitsPerYear).toEqual({ A: 10, B: 4, C: 1, N: 0 });
    expect(parseVisitPolicy(JSON.stringify(p))).toEqual(p);
    expect(parseVisitPolicy({ visitHours: { A: '2,5' } }).visitHours.A).toBe(2.5);
  });

  test('a bad entry is refused by name', () => {
    expect(() => parseVisitPolicy({ visitsPerYear: { B: -1 } })).toThrow(/visitsPerYear\.B/);
    expect(() => parseVisitPolicy({ visitsPerYear: { D: 3 } })).toThrow(/unknown entry visitsPerYear\.D/);
    expect(() => parseVisitPolicy({ capacityHours: 'lots' })).toThrow(CarteraError);
    expect(() => parseVisitPolicy('{not json')).toThrow(/not valid JSON/);
  });
});

describe('plannedVisitRate: each policy rule', () => {
  test('active clients get their class visits, spaced evenly (365.25 / visits, rounded days)', () => {
    expect(rate('A', 'active')).toEqual({ perYear: 12, intervalDays: 30 });
    expect(rate('B', 'active')).toEqual({ perYear: 4, intervalDays: 91 });
    expect(rate('C', 'active')).toEqual({ perYear: 1, intervalDays: 365 });
    expect(rate('N', 'active').perYear).toBe(0);
    expect(rate('N', 'active').intervalDays).toBeNaN();
  });

  test('at risk adds 2 to the class (A 14 every 26 days, C 3, N 2)', () => {
    expect(rate('A', 'at_risk')).toEqual({ perYear: 14, intervalDays: 26 });
    expect(rate('C', 'at_risk')).toEqual({ perYear: 3, intervalDays: 122 });
    expect(rate('N', 'at_risk').perYear).toBe(2);
    const edited = parseVisitPolicy({ atRiskExtra: 3 });
    expect(rate('A', 'at_risk', false, edited).perYear).toBe(15);
  });

  test('a new client gets 2 visits in its first quarter, then its class rhythm', () => {
    // C: 2 + 1 × 3/4 = 2.75 a year; first-quarter spacing 91.3 / 2 = 46 days.
    expect(rate('C', 'new')).toEqual({ perYear: 2.75, intervalDays: 46 });
    // B: 2 + 3 = 5 a year, spaced 46 days while new.
    expect(rate('B', 'new')).toEqual({ perYear: 5, intervalDays: 46 });
    // A: never fewer than an established A (12), monthly.
    expect(rate('A', 'new')).toEqual({ perYear: 12, intervalDays: 30 });
  });

  test('lost overrides the class; inactive keeps it (+ inactiveExtra, 0 by default)', () => {
    expect(rate('A', 'lost').perYear).toBe(0);
    expect(rate('B', 'inactive').perYear).toBe(4);
    expect(rate('B', 'inactive', false, parseVisitPolicy({ inactiveExtra: 1 })).perYear).toBe(5);
    expect(rate('A', 'lost', false, parseVisitPolicy({ lost: 1 })).perYear).toBe(1);
  });

  test('prospects: 2 with a potential, 0 without', () => {
    expect(rate(null, 'prospect', true)).toEqual({ perYear: 2, intervalDays: 183 });
    expect(rate(null, 'prospect', false).perYear).toBe(0);
    expect(rate(null, null, true).perYear).toBe(2);
  });
});
