import { portfolioBy } from '../../../src/engine/visits/portfolioBy';
import { visitPlan } from '../../../src/engine/visits/visitPlan';
import { parseVisitPolicy } from '../../../src/engine/visits/visitPolicy';
import { attributeGroups } from '../../../src/engine/visits/attributeGroups';
import { ABC_CLASSES, NO_CODE, STATUSES } from '../../../src/engine/types';
import { categorical, clientsData, d } from './fixtures';

const asOf = d('2024-06-30');
const codes = (list: readonly string[], values: (string | null)[]) =>
  Uint8Array.from(values, (v) => (v === null ? NO_CODE : list.indexOf(v)));

describe('portfolioBy', () => {
  // Ana: two A clients (one at risk) → 24 + 28 = 52 h; Bea: a C client and an inactive B; one unassigned prospect.
  const clients = clientsData(
    ['A1', 'A2', 'C1', 'B1', 'P1'],
    { Zona: ['Norte', 'norte', 'Sur', null, 'Sur'] },
    { region: 'Zona' },
  );
  const abc = codes(ABC_CLASSES, ['A', 'A', 'C', 'B', null]);
  const status = codes(STATUSES, ['active', 'at_risk', 'active', 'inactive', 'prospect']);
  const revenue12 = Float64Array.from([500000, 300000, 10000, 40000, 0]);
  const owner = categorical(['Ana', 'Ana', 'Bea', 'Bea', null]);
  const policy = parseVisitPolicy({ capacityBySalesperson: { ANA: 50 } });
  const plan = visitPlan({ clients, asOf, abc, status, policy });
  const rows = portfolioBy({
    by: owner,
    abc,
    status,
    revenue12,
    plan,
    capacity: policy,
    blankLabel: '(unassigned)',
  });

  test('one row per salesperson, the unassigned last', () => {
    expect(rows.map((r) => r.member)).toEqual(['Ana', 'Bea', '(unassigned)']);
    expect(rows.map((r) => r.clients)).toEqual([2, 2, 1]);
  });

  test('class and status mix, revenue and value at risk (at-risk and inactive clients)', () => {
    const [ana, bea, none] = rows;
    expect(ana.byClass).toEqual([2, 0, 0, 0, 0]);
    expect(bea.byClass).toEqual([0, 1, 1, 0, 0]);
    expect(none.byClass).toEqual([0, 0, 0, 0, 1]);
    expect(ana.byStatus).toEqual([0, 0, 1, 1, 0, 0, 0]);
    expect([ana.revenue12, ana.valueAtRisk]).toEqual([800000, 300000]);
    expect([bea.revenue12, bea.valueAtRisk]).toEqual([50000, 40000]);
  });

  test('a salesperson over capacity; the others against the default 1,400 h', () => {
    const [ana, bea, none] = rows;
    expect([ana.plannedVisits, ana.plannedHours, ana.capacityHours]).toEqual([26, 52, 50]);
    expect(ana.utilisation).toBeCloseTo(1.04, 10);
    expect(ana.overCapacity).toBe(true);
    // Bea: C 1 visit × 1 h + inactive B 4 × 1.5 h = 7 h
    expect([bea.plannedHours, bea.capacityHours, bea.overCapacity]).toEqual([7, 1400, false]);
    expect(bea.utilisation).toBeCloseTo(0.005, 10);
    expect(none.capacityHours).toBeNaN();
    expect(none.overCapacity).toBe(false);
    // without visit data every planned client is due
    expect(rows.map((r) => r.due)).toEqual([2, 2, 0]);
  });

  test('by territory: groups merged across spellings, blank last, no capacity', () => {
    const t = portfolioBy({ by: attributeGroups(clients, 'Zona'), abc, status, revenue12, plan });
    expect(t.map((r) => [r.member, r.clients, r.revenue12])).toEqual([
      ['Norte', 2, 800000],
      ['Sur', 2, 10000],
      ['(blank)', 1, 40000],
    ]);
    expect(t[0].capacityHours).toBeNaN();
    expect(t[2].valueAtRisk).toBe(40000);
  });
});
