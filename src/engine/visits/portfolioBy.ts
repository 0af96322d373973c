import type { Categorical } from '../types';
import { ABC_CLASSES, STATUSES } from '../types';
import { foldText } from '../segments/foldText';
import { compareNames } from './compareNames';
import type { VisitPlan } from './visitPlan';
import type { VisitPolicy } from './visitPolicy';

const S_AT_RISK = STATUSES.indexOf('at_risk');
const S_INACTIVE = STATUSES.indexOf('inactive');

export interface PortfolioByInput {
  /** the group of each client: owner (clientOwners) or territory (attributeGroups); -1 = blank */
  by: Categorical;
  abc: Uint8Array;
  status: Uint8Array;
  /** per client revenue of the trailing 12 months, integer cents */
  revenue12: Float64Array;
  plan?: VisitPlan | null;
  /** the groups are salespeople: compare their planned hours with this policy's capacity */
  capacity?: VisitPolicy | null;
  /** name of the blank group: "(unassigned)" for salespeople, "(blank)" otherwise */
  blankLabel?: string;
}

export interface PortfolioRow {
  member: string;
  /** the row of clients with no group */
  blank: boolean;
  clients: number;
  /** clients by class: A, B, C, N, then no class (prospects) */
  byClass: number[];
  /** clients by STATUSES order, then no status */
  byStatus: number[];
  /** cents */
  revenue12: number;
  /** trailing-12-month revenue of the at-risk and inactive clients, cents */
  valueAtRisk: number;
  plannedVisits: number;
  plannedHours: number;
  /** NaN unless the groups are salespeople (and for the unassigned row) */
  capacityHours: number;
  /** plannedHours / capacityHours; NaN when capacity is NaN or 0 with no hours */
  utilisation: number;
  overCapacity: boolean;
  underServed: number;
  overServed: number;
  /** clients whose next visit is due on or before the as-of date */
  due: number;
}

/**
 * The portfolio by salesperson or territory: clients, class and status mix, revenue, value at risk,
 * planned visits and hours against capacity. Rows in name order, groups without clients left out,
 * the blank group last (only when some client has no group).
 */
export function portfolioBy(input: PortfolioByInput): PortfolioRow[] {
  const { by, abc, status, revenue12, plan } = input;
  const m = by.labels.length;
  const n = by.codes.length;
  const rows: PortfolioRow[] = [];
  for (let g = 0; g <= m; g++)
    rows.push({
      member: g < m ? by.labels[g] : (input.blankLabel ?? '(blank)'),
      blank: g === m,
      clients: 0,
      byClass: new Array(ABC_CLASSES.length + 1).fill(0),
      byStatus: new Array(STATUSES.length + 1).fill(0),
      revenue12: 0,
      valueAtRisk: 0,
      plannedVisits: 0,
      plannedHours: 0,
      capacityHours: NaN,
      utilisation: NaN,
      overCapacity: false,
      underServed: 0,
      overServed: 0,
      due: 0,
    });
  for (let i = 0; i < n; i++) {
    const row = rows[by.codes[i] >= 0 ? by.codes[i] : m];
    row.clients++;
    row.byClass[abc[i] < ABC_CLASSES.length ? abc[i] : ABC_CLASSES.length]++;
    row.byStatus[status[i] < STATUSES.length ? status[i] : STATUSES.length]++;
    const rev = revenue12[i] || 0;
    row.revenue12 += rev;
    if (status[i] === S_AT_RISK || status[i] === S_INACTIVE) row.valueAtRisk += rev;
    if (plan) {
      row.plannedVisits += plan.plannedVisits[i];
      row.plannedHours += plan.plannedHours[i];
      row.underServed += plan.underServed[i];
      row.overServed += plan.overServed[i];
      row.due += plan.due[i];
    }
  }
  const policy = input.capacity;
  if (policy) {
    const caps = new Map<string, number>();
    for (const [name, hours] of Object.entries(policy.capacityBySalesperson)) caps.set(foldText(name), hours);
    for (let g = 0; g < m; g++) {
      const row = rows[g];
      row.capacityHours = caps.get(foldText(row.member)) ?? policy.capacityHours;
      row.utilisation =
        row.capacityHours > 0 ? row.plannedHours / row.capacityHours : row.plannedHours > 0 ? Infinity : NaN;
      row.overCapacity = row.plannedHours > row.capacityHours;
    }
  }
  const named = rows
    .slice(0, m)
    .filter((r) => r.clients > 0)
    .sort((a, b) => compareNames(a.member, b.member));
  return rows[m].clients > 0 ? [...named, rows[m]] : named;
}
