import { BEHAVIOURS, NO_CODE, RFM_SEGMENTS, STATUSES, TRENDS } from '../types';
import type { AbcClassSummary, AbcResult, ParetoFacts } from './abcClasses';
import type { ScoreBand } from './rfmScores';

/** Clients and value of one group (an RFM segment, a status...). */
export interface GroupTotal {
  /** index in the group's code list */
  code: number;
  id: string;
  clients: number;
  /** sum of the ABC basis value (cents) of its clients */
  valueCents: number;
  /** valueCents / the portfolio's total value (0 when that is ≤ 0) */
  valueShare: number;
  /** clients / all clients */
  clientShare: number;
}

export interface PortfolioSummary {
  clients: number;
  /** clients with at least one purchase up to asOf */
  customers: number;
  /** clients with no sales at all up to asOf */
  prospects: number;
  /** clients with sales but only returns */
  salesButNoPurchase: number;
  /** clients seen in the sales but not in the client list */
  notInList: number;
  /** the ABC value (basis and window as chosen), summed over all clients, cents */
  totalValueCents: number;
  valueBasis: 'revenue' | 'margin';
  valueWindow: 'trailing12' | 'all';
  abc: AbcClassSummary[];
  pareto: ParetoFacts;
  /** per RFM_SEGMENTS; clients without a purchase in the RFM window are in `unscored` */
  rfmSegments: GroupTotal[];
  unscored: { clients: number; valueCents: number };
  status: GroupTotal[];
  behaviour: GroupTotal[];
  /** continuing clients only */
  trend: GroupTotal[];
  thresholds: { abc: AbcResult['thresholds']; r: ScoreBand[]; f: ScoreBand[]; m: ScoreBand[] };
}

export interface SummaryInput {
  value: Float64Array;
  valueBasis: 'revenue' | 'margin';
  valueWindow: 'trailing12' | 'all';
  abc: AbcResult;
  rfmSegment: Uint8Array;
  status: Uint8Array;
  behaviour: Uint8Array;
  trend: Uint8Array;
  hasSales: Uint8Array;
  hasSalesButNoPurchase: Uint8Array;
  inList: Uint8Array;
  bands: { r: ScoreBand[]; f: ScoreBand[]; m: ScoreBand[] };
}

/** Clients and value per ABC class, RFM segment, status and behaviour; the thresholds used. */
export function portfolioSummary(input: SummaryInput): PortfolioSummary {
  const { value } = input;
  const n = value.length;
  let total = 0, prospects = 0, noPurchase = 0, notInList = 0;
  for (let i = 0; i < n; i++) {
    total += value[i];
    if (input.hasSales[i] === 0) prospects++;
    noPurchase += input.hasSalesButNoPurchase[i];
    if (input.inList[i] === 0) notInList++;
  }
  const groups = (codes: Uint8Array, labels: readonly string[]): GroupTotal[] => {
    const clients = new Float64Array(labels.length), values = new Float64Array(labels.length);
    for (let i = 0; i < n; i++) {
      const c = codes[i];
      if (c === NO_CODE) continue;
      clients[c]++;
      values[c] += value[i];
    }
    return labels.map((id, code) => ({
      code,
      id,
      clients: clients[code],
      valueCents: values[code],
      valueShare: total > 0 ? values[code] / total : 0,
      clientShare: n > 0 ? clients[code] / n : 0,
    }));
  };
  let unscored = 0, unscoredValue = 0;
  for (let i = 0; i < n; i++) {
    if (input.rfmSegment[i] === NO_CODE) {
      unscored++;
      unscoredValue += value[i];
    }
  }
  return {
    clients: n,
    customers: n - prospects - noPurchase,
    prospects,
    salesButNoPurchase: noPurchase,
    notInList,
    totalValueCents: total,
    valueBasis: input.valueBasis,
    valueWindow: input.valueWindow,
    abc: input.abc.summary,
    pareto: input.abc.pareto,
    rfmSegments: groups(input.rfmSegment, RFM_SEGMENTS),
    unscored: { clients: unscored, valueCents: unscoredValue },
    status: groups(input.status, STATUSES),
    behaviour: groups(input.behaviour, BEHAVIOURS),
    trend: groups(input.trend, TRENDS),
    thresholds: { abc: input.abc.thresholds, ...input.bands },
  };
}
