// What the Results view and the client card show, computed from an analysis (pure; no React, no Office.js).
import type { FullAnalysis } from '../engine/pipeline';
import {
  ABC_CLASSES,
  NO_CODE,
  RFM_SEGMENTS,
  STATUSES,
  TRENDS,
  type ClientRole,
  type ClientsData,
  type RfmSegment,
  type Status,
} from '../engine/types';
import type { MessageKey } from '../i18n';
import { LIFECYCLE_RULES } from '../engine/classify/lifecycleStatus';
import { clvAssumptions, type ClvAssumptions } from '../report/clvAssumptions';
import { ACTION_LISTS, type ActionList } from '../engine/changes';

export interface Kpis {
  clients: number;
  customers: number;
  revenue12: number;
  active: number;
  atRisk: number;
  /** share of the ABC value brought by class A, 0–1 */
  shareA: number;
  pareto: { clientShare: number; valueShare: number } | null;
  /** whole-portfolio NRR of the latest complete period (nrrPeriod), when the metrics ran and it exists */
  nrr: number | null;
  /** the period of nrr ("2024-11"); never the partial current period when a complete one exists */
  nrrPeriod: string | null;
  /** portfolio value (customer equity), when lifetime value ran */
  portfolioValue: number | null;
}

export interface GroupRow {
  id: string;
  clients: number;
  value: number;
  share: number;
}

export interface ParetoPoint {
  /** decile 1–10 of ranked clients */
  decile: number;
  /** share of the value in this decile, 0–100 */
  share: number;
  /** cumulative share, 0–100 */
  cumulative: number;
}

/** The purchase model's back-test, when it ran (SPEC §7 validation). */
export interface ValidationLine {
  holdout: number;
  timeUnit: 'days' | 'weeks';
  predicted: number;
  actual: number;
  mae: number;
}

export interface ResultsModel {
  asOf: number;
  kpis: Kpis;
  /** the unfinished current period of the metrics and the latest complete one (SPEC §6), when they ran */
  periods: { partial: string | null; latest: string | null } | null;
  /** message key naming the money figure (and its window) of the segment and status tables */
  valueLabel: MessageKey;
  /** what the portfolio value assumes (horizon, discount, margin, fallback), when lifetime value ran */
  clvAssumptions: ClvAssumptions | null;
  validation?: ValidationLine | null;
  segments: GroupRow[];
  statuses: GroupRow[];
  pareto: ParetoPoint[];
  /** changes since the comparison date (SPEC §11): the day and the size of each action list, when they ran */
  changes?: { compareDate: number; counts: { list: ActionList; clients: number }[] } | null;
}

export function resultsModel(analysis: FullAnalysis): ResultsModel {
  const { summary, facts, abc } = analysis;
  let revenue12 = 0;
  for (let i = 0; i < facts.revenue12.length; i++) revenue12 += facts.revenue12[i];
  const statusClients = (id: string) => summary.status.find((s) => s.id === id)?.clients ?? 0;
  const a = summary.abc.find((c) => c.label === 'A');
  const total = summary.totalValueCents;
  const metrics = analysis.metrics;
  return {
    asOf: analysis.asOf,
    kpis: {
      clients: summary.clients,
      customers: summary.customers,
      revenue12: revenue12 / 100,
      active: statusClients('active'),
      atRisk: statusClients('at_risk'),
      shareA: a && total > 0 ? a.valueCents / total : 0,
      pareto: summary.pareto.rankedClients > 0
        ? { clientShare: summary.pareto.clientShare, valueShare: summary.pareto.valueShare }
        : null,
      nrr: metrics?.latest.nrr ?? null,
      nrrPeriod: metrics?.latest.nrr !== undefined ? metrics.latestPeriod : null,
      portfolioValue: analysis.clv?.portfolio.total ?? null,
    },
    periods: metrics ? { partial: metrics.partialPeriod, latest: metrics.latestPeriod } : null,
    valueLabel: valueLabelKey(summary.valueBasis, summary.valueWindow),
    clvAssumptions: analysis.clv ? clvAssumptions(analysis.clv) : null,
    validation: validationLine(analysis),
    segments: summary.rfmSegments.map((g) => ({ id: g.id, clients: g.clients, value: g.valueCents / 100, share: g.valueShare })),
    statuses: summary.status.map((g) => ({ id: g.id, clients: g.clients, value: g.valueCents / 100, share: g.valueShare })),
    pareto: paretoDeciles(abc.order, abc.valueCents),
    changes: analysis.changes
      ? {
          compareDate: analysis.changes.compareDate,
          counts: ACTION_LISTS.map((list) => ({ list, clients: analysis.changes!.lists[list].length })),
        }
      : null,
  };
}

/** The label of the classification value (SPEC §3 basis and window), the one the sheets use for it. */
export function valueLabelKey(basis: 'revenue' | 'margin', window: 'trailing12' | 'all'): MessageKey {
  return basis === 'revenue' && window === 'trailing12' ? 'col.revenue12' : `kpi.value.${basis}.${window}`;
}

function validationLine(analysis: FullAnalysis): ValidationLine | null {
  const v = analysis.clv?.validation;
  if (!v || v.status !== 'ok') return null;
  return { holdout: v.holdout, timeUnit: v.timeUnit, predicted: v.predictedTotal, actual: v.actualTotal, mae: v.mae };
}

/** Value share per decile of ranked clients (best first) and its running total, in percent. */
export function paretoDeciles(order: Int32Array, valueCents: Float64Array): ParetoPoint[] {
  const n = order.length;
  if (n === 0) return [];
  let total = 0;
  for (let k = 0; k < n; k++) total += valueCents[order[k]];
  if (total <= 0) return [];
  const out: ParetoPoint[] = [];
  let cumulative = 0;
  for (let d = 0; d < 10; d++) {
    const lo = Math.floor((d * n) / 10), hi = Math.floor(((d + 1) * n) / 10);
    let sum = 0;
    for (let k = lo; k < hi; k++) sum += valueCents[order[k]];
    cumulative += sum;
    out.push({ decile: d + 1, share: (100 * sum) / total, cumulative: (100 * cumulative) / total });
  }
  return out;
}

export interface ClientCardModel {
  index: number;
  id: string;
  name: string | null;
  abc: string | null;
  rfmCode: string | null;
  rfmSegment: RfmSegment | null;
  status: Status;
  special: boolean;
  why: { key: MessageKey; params: Record<string, number> };
  trend: (typeof TRENDS)[number] | null;
  lastPurchase: number | null;
  usualGap: number | null;
  revenue12: number;
  purchases: number;
  clv: number | null;
  /** the margin rate in this client's CLV; assumed = no margin or cost column (SPEC §7) */
  clvMargin: { rate: number; assumed: boolean } | null;
  pAlive: number | null;
  nextVisit: number | null;
  /** days the next visit is past due at the as-of date (> 0 = overdue), null without a next visit */
  visitDaysOverdue: number | null;
  /** the client's salesperson (client list, else the sales), null when unassigned or no visits part */
  salesperson: string | null;
  /** the client list's contact columns that have a value, in CONTACT_ROLES order */
  contacts: { role: ClientRole; value: string }[];
  actions: MessageKey[];
}

/** The client list's roles shown as the card's contact details. */
export const CONTACT_ROLES: readonly ClientRole[] = ['contact', 'email', 'phone', 'address'];

function contactsOf(clients: ClientsData | null, i: number): ClientCardModel['contacts'] {
  const out: ClientCardModel['contacts'] = [];
  for (const role of CONTACT_ROLES) {
    const key = clients?.roles[role];
    const attr = key ? clients!.attributes[key] : undefined;
    if (!attr) continue;
    const value =
      attr.kind === 'text' ? (attr.codes[i] >= 0 ? attr.labels[attr.codes[i]] : '') : Number.isFinite(attr.values[i]) ? String(attr.values[i]) : '';
    if (value.trim() !== '') out.push({ role, value });
  }
  return out;
}

/** Finds the client of a selected row: the first cell whose text is a client id of the analysis. */
export function clientIndexOfRow(cells: readonly unknown[], index: Map<string, number>): number {
  for (const cell of cells) {
    if (cell === '' || cell === null || cell === undefined || typeof cell === 'boolean') continue;
    const key = typeof cell === 'number' ? String(cell) : String(cell).trim();
    const found = index.get(key);
    if (found !== undefined) return found;
  }
  return -1;
}

export function clientCardModel(analysis: FullAnalysis, clients: ClientsData | null, i: number): ClientCardModel {
  const { facts, abc, rfm, lifecycle, behaviour } = analysis;
  const status = STATUSES[lifecycle.status[i]];
  const rule = LIFECYCLE_RULES[lifecycle.rule[i]];
  const gap = Math.round(lifecycle.usualGap[i]);
  const why: ClientCardModel['why'] =
    rule === 'no_purchase'
      ? { key: 'pane.why.noPurchase', params: {} }
      : rule === 'new'
        ? { key: 'pane.why.new', params: { days: lifecycle.daysSinceFirst[i], limit: lifecycle.params.newDays } }
        : rule === 'lost'
          ? { key: 'pane.why.lost', params: { days: lifecycle.daysSinceLast[i], limit: lifecycle.params.lostDays } }
          : { key: `pane.why.${rule}`, params: { days: lifecycle.daysSinceLast[i], gap } };
  const nameKey = clients?.roles.name;
  const nameAttr = nameKey ? clients?.attributes[nameKey] : undefined;
  const name = nameAttr && nameAttr.kind === 'text' && nameAttr.codes[i] >= 0 ? nameAttr.labels[nameAttr.codes[i]] : null;
  const clv = analysis.clv?.clients.clv[i];
  const pAlive = analysis.clv?.clients.pAlive[i];
  const margin = analysis.clv?.clients.marginRate[i];
  const next = analysis.visits?.nextVisit[i];
  const owner = analysis.visits?.owner.codes[i];
  const abcClass = abc.classCode[i] === NO_CODE ? null : ABC_CLASSES[abc.classCode[i]];
  const actions: MessageKey[] = [`pane.action.${status}`];
  if (abcClass === 'A') actions.push('pane.action.classA');
  return {
    index: i,
    id: analysis.ids[i],
    name,
    abc: abcClass,
    rfmCode: rfm.r[i] ? `${rfm.r[i]}${rfm.f[i]}${rfm.m[i]}` : null,
    rfmSegment: rfm.segment[i] === NO_CODE ? null : RFM_SEGMENTS[rfm.segment[i]],
    status,
    special: lifecycle.special[i] === 1,
    why,
    trend: behaviour.trend[i] === NO_CODE ? null : (TRENDS[behaviour.trend[i]] ?? null),
    lastPurchase: facts.lastPurchase[i] >= 0 ? facts.lastPurchase[i] : null,
    usualGap: facts.purchases[i] > 0 ? gap : null,
    revenue12: facts.revenue12[i] / 100,
    purchases: facts.purchasesAll[i],
    clv: clv !== undefined && Number.isFinite(clv) ? clv : null,
    clvMargin:
      margin !== undefined && Number.isFinite(margin) && analysis.clv
        ? { rate: margin, assumed: analysis.clv.margin.source === 'default' }
        : null,
    pAlive: pAlive !== undefined && Number.isFinite(pAlive) ? pAlive : null,
    nextVisit: next !== undefined && Number.isFinite(next) ? next : null,
    visitDaysOverdue: next !== undefined && Number.isFinite(next) ? analysis.asOf - next : null,
    salesperson: owner !== undefined && owner >= 0 ? analysis.visits!.owner.labels[owner] : null,
    contacts: contactsOf(clients, i),
    actions,
  };
}
